// Dear ImGui's test-engine hooks, shared by the screen-reader mirror (a11y_web.cpp), which every
// page has, and the recording behind the test API: every widget of a frame with its label and
// rectangle, so browser tests can click what a person would click. The recording runs only in
// the test build (web/test_api.js turns it on with ?test=1); the functions that hand it and the
// workspace to JavaScript live in platform/web/test/, linked into that build only.
#include <emscripten.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <nlohmann/json.hpp>
#include <string>
#include <unordered_map>
#include <vector>

#include "platform/web/a11y_hooks.h"
#include "platform/web/test/test_recording.h"
#include "platform/web/web_host.h"

namespace {

struct Item {
    ImGuiID id;
    std::string label, window;
    ImRect rect;
    float visibleWidth;  // of rect, inside the clip rectangle it was drawn under: less when cut off
};

float visibleWidth(const ImGuiWindow* window, ImRect rect) {
    if (window) rect.ClipWithFull(window->ClipRect);
    return rect.GetWidth();
}

bool g_enabled = false;
float g_ratio = 1;
long g_frames = 0;      // drawn frames
long g_iterations = 0;  // main-loop iterations, drawn or idle
std::vector<Item> g_building, g_lastFrame;
std::unordered_map<ImGuiID, std::size_t> g_index;  // id → position in g_building

// Set by web/test_api.js, which only the test build carries.
EM_JS(int, js_test_mode, (), { return Module.prevplanTestMode ? 1 : 0; });
EM_JS(void, js_first_frame, (), { if (Module.prevplanFirstFrame) Module.prevplanFirstFrame(); });

std::string visibleLabel(const char* label) {
    const char* end = ImGui::FindRenderedTextEnd(label);
    return std::string(label, end);
}

}  // namespace

// ---- Dear ImGui's test-engine hooks (IMGUI_ENABLE_TEST_ENGINE) ------------------------------------

void ImGuiTestEngineHook_ItemAdd(ImGuiContext* ctx, const ImRect& bb, ImGuiID id) {
    if (id == 0) return;  // plain text; labelled on request (ItemInfo below)
    prevplan::web::a11y::itemAdded(ctx, bb, id);
    if (!g_enabled) return;
    ImGuiWindow* window = ctx->CurrentWindow;
    // Items outside their window's visible area cannot be clicked.
    if (window && !window->ClipRect.Overlaps(bb)) return;
    g_index[id] = g_building.size();
    g_building.push_back({id, {}, window ? window->Name : "", bb, visibleWidth(window, bb)});
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext* ctx, ImGuiID id, const char* label, ImGuiItemStatusFlags flags) {
    prevplan::web::a11y::itemInfo(ctx, id, label, flags);
    if (!g_enabled) return;
    if (id == 0 && label) {
        ImGuiWindow* window = ctx->CurrentWindow;
        const ImRect& rect = ctx->LastItemData.Rect;
        g_building.push_back({0, visibleLabel(label), window ? window->Name : "", rect, visibleWidth(window, rect)});
        return;
    }
    const auto it = g_index.find(id);
    if (it != g_index.end() && label) g_building[it->second].label = visibleLabel(label);
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }

// ---- host side -----------------------------------------------------------------------------------

namespace prevplan::web {

void installTestApi() {
    g_enabled = js_test_mode() != 0;
    ImGui::GetCurrentContext()->TestEngineHookItems = true;  // the mirror's, in every page
}

void setPixelRatio(float ratio) { g_ratio = ratio; }

void loopTick() { ++g_iterations; }

void frameDrawn() {
    if (++g_frames == 1) js_first_frame();
    a11y::frameDrawn();
    if (!g_enabled) return;
    g_lastFrame.swap(g_building);
    g_building.clear();
    g_index.clear();
}

}  // namespace prevplan::web

namespace prevplan::web::test {

std::string itemsJson() {
    nlohmann::json items = nlohmann::json::array();
    for (const auto& it : g_lastFrame) {
        if (it.label.empty()) continue;
        items.push_back({{"id", it.id},
                         {"label", it.label},
                         {"window", it.window},
                         {"x", it.rect.Min.x / g_ratio},
                         {"y", it.rect.Min.y / g_ratio},
                         {"w", it.rect.GetWidth() / g_ratio},
                         {"h", it.rect.GetHeight() / g_ratio},
                         {"vw", it.visibleWidth / g_ratio}});
    }
    return items.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

long iterations() { return g_iterations; }

}  // namespace prevplan::web::test
