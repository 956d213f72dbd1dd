// Browser entry point: GLFW (Emscripten's JavaScript implementation) + WebGL2 + Dear ImGui.
// Works around Emscripten 3.1.6's GLFW: no high-DPI, raw inverted wheel, key taps shorter
// than a frame, empty clipboard functions.
#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <cmath>
#include <string>
#include <vector>

#include "app/app.h"
#include "platform/web/touch_web.h"
#include "platform/web/web_host.h"
#include "ui/kit/keyboard.h"
#include "ui/kit/theme.h"

namespace {

prevplan::App* g_app = nullptr;
GLFWwindow* g_window = nullptr;
// What the fonts and the style are built for: the device's pixel ratio, the text size chosen
// on top of it, a finger as pointer, and the contrast.
struct Look {
    float pixelRatio = 0, textScale = 1;
    bool touch = false, highContrast = false;
    float scale() const { return pixelRatio * textScale; }
    bool operator==(const Look& o) const {
        return pixelRatio == o.pixelRatio && textScale == o.textScale && touch == o.touch &&
               highContrast == o.highContrast;
    }
};
Look g_look;

// An old laptop should not redraw an unchanging screen 60 times a second: frames are drawn
// only for a while after input or a host event (web::wake).
constexpr double kIdleAfterSeconds = 1.5;
double g_lastActivity = 0;
double g_cursorX = -1, g_cursorY = -1;

// Key taps shorter than a frame: while a key press has not been seen by a frame yet, every
// release (of that key or of a modifier held with it, as in a quick Ctrl+Z) is held back
// until a frame has seen the keys down.
bool g_unseenPress = false;
struct HeldRelease {
    int key, scancode, mods;
};
std::vector<HeldRelease> g_heldReleases;

void onKey(GLFWwindow* w, int key, int scancode, int action, int mods) {
    prevplan::web::wake();
    if (action == GLFW_PRESS) g_unseenPress = true;
    if (action == GLFW_RELEASE && g_unseenPress) {
        g_heldReleases.push_back({key, scancode, mods});
        return;
    }
    ImGui_ImplGlfw_KeyCallback(w, key, scancode, action, mods);
}

void releaseHeldKeys() {
    g_unseenPress = false;
    for (const HeldRelease& r : g_heldReleases)
        ImGui_ImplGlfw_KeyCallback(g_window, r.key, r.scancode, GLFW_RELEASE, r.mods);
    g_heldReleases.clear();
}

// Browser wheel events, in ImGui's units and direction.
EM_BOOL onWheel(int, const EmscriptenWheelEvent* e, void*) {
    prevplan::web::wake();
    const double perUnit = e->deltaMode == DOM_DELTA_PIXEL ? 100.0 : e->deltaMode == DOM_DELTA_LINE ? 3.0 : 1.0;
    ImGuiIO& io = ImGui::GetIO();
    io.MouseWheel -= static_cast<float>(e->deltaY / perUnit);
    io.MouseWheelH -= static_cast<float>(e->deltaX / perUnit);
    return EM_TRUE;
}

EM_BOOL onVisibility(int, const EmscriptenVisibilityChangeEvent* e, void*) {
    if (e->hidden && g_app) g_app->tabHidden(emscripten_get_now() / 1000.0);
    return EM_FALSE;
}

// The type scale is rasterised at the device's pixel ratio, so text stays sharp on high-DPI
// screens and at browser zoom; the spacing scales with it. Only a new scale rebuilds the fonts.
void buildFontsAndStyle(const Look& look, const Look& before) {
    namespace theme = prevplan::ui::theme;
    if (look.scale() != before.scale()) {
        theme::loadFonts(look.scale());
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
    }
    theme::applyStyle(look.scale(), look.highContrast ? theme::kHighContrastPalette : theme::kStandardPalette,
                      look.touch, look.pixelRatio);
}

// glfwSetWindowSize() would request fullscreen whenever the size equals the screen's.
EM_JS(void, js_resize_canvas, (int w, int h), {
    Module.canvas.width = w;
    Module.canvas.height = h;
    if (GLFW.active) {
        GLFW.active.width = w;
        GLFW.active.height = h;
    }
});

// prefers-contrast: more, or Windows' forced colours.
EM_JS(int, js_browser_asks_contrast, (), {
    if (!window.matchMedia) return 0;
    if (!Module.prevplanContrastQueries)
        Module.prevplanContrastQueries =
            [ matchMedia('(prefers-contrast: more)'), matchMedia('(forced-colors: active)') ];
    return Module.prevplanContrastQueries.some(function(q) { return q.matches; }) ? 1 : 0;
});

// The canvas is sized by CSS; its backing store follows in physical pixels.
void fitCanvas() {
    double cssW = 0, cssH = 0;
    emscripten_get_element_css_size("#canvas", &cssW, &cssH);
    const float scale = static_cast<float>(emscripten_get_device_pixel_ratio());
    const int w = static_cast<int>(std::lround(cssW * scale)), h = static_cast<int>(std::lround(cssH * scale));
    int curW = 0, curH = 0;
    glfwGetWindowSize(g_window, &curW, &curH);
    if (w > 0 && h > 0 && (w != curW || h != curH)) {
        js_resize_canvas(w, h);
        prevplan::web::wake();
    }
    const prevplan::ui::Display& display = g_app->display();
    const Look look{scale, display.textScale(), prevplan::web::coarsePointer(),
                    display.highContrast(js_browser_asks_contrast() != 0)};
    if (!(look == g_look)) {
        buildFontsAndStyle(look, g_look);
        g_look = look;
        prevplan::web::wake();
    }
    prevplan::web::setPixelRatio(scale);
}

bool cursorMoved() {
    double x = 0, y = 0;
    glfwGetCursorPos(g_window, &x, &y);
    const bool moved = x != g_cursorX || y != g_cursorY;
    g_cursorX = x;
    g_cursorY = y;
    return moved;
}

void frame() {
    const double now = emscripten_get_now() / 1000.0;
    prevplan::web::loopTick();
    fitCanvas();
    if (cursorMoved()) prevplan::web::wake();
    if (now - g_lastActivity > kIdleAfterSeconds) {
        g_app->idle(now);
        return;
    }
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    prevplan::web::touchBeforeFrame();
    ImGui::NewFrame();
    prevplan::web::touchAfterNewFrame();
    g_app->drawFrame(now);
    prevplan::web::touchAfterFrame();
    ImGui::Render();
    int w = 0, h = 0;
    glfwGetFramebufferSize(g_window, &w, &h);
    glViewport(0, 0, w, h);
    const ImVec4 page = ImGui::GetStyleColorVec4(ImGuiCol_WindowBg);
    glClearColor(page.x, page.y, page.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    releaseHeldKeys();
    prevplan::web::frameDrawn();
}

// Each input callback wakes the loop, then hands the event to ImGui's backend.
void onChar(GLFWwindow* w, unsigned int c) {
    prevplan::web::wake();
    ImGui_ImplGlfw_CharCallback(w, c);
}
void onMouseButton(GLFWwindow* w, int button, int action, int mods) {
    prevplan::web::wake();
    ImGui_ImplGlfw_MouseButtonCallback(w, button, action, mods);
}
void onCursorEnter(GLFWwindow* w, int entered) {
    prevplan::web::wake();
    ImGui_ImplGlfw_CursorEnterCallback(w, entered);
}
void onFocus(GLFWwindow* w, int focused) {
    prevplan::web::wake();
    ImGui_ImplGlfw_WindowFocusCallback(w, focused);
}

void installInput() {
    glfwSetKeyCallback(g_window, onKey);
    glfwSetCharCallback(g_window, onChar);
    glfwSetMouseButtonCallback(g_window, onMouseButton);
    glfwSetCursorEnterCallback(g_window, onCursorEnter);
    glfwSetWindowFocusCallback(g_window, onFocus);
    emscripten_set_wheel_callback("#canvas", nullptr, EM_TRUE, onWheel);
    emscripten_set_visibilitychange_callback(nullptr, EM_FALSE, onVisibility);
}

}  // namespace

namespace prevplan::web {
App& app() { return *g_app; }
void wake() { g_lastActivity = emscripten_get_now() / 1000.0; }
}  // namespace prevplan::web

int main() {
    if (!glfwInit()) return 1;
    glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    glfwWindowHint(GLFW_ALPHA_BITS, 0);
    glfwWindowHint(GLFW_DEPTH_BITS, 0);
    g_window = glfwCreateWindow(1024, 768, "PrevPlan", nullptr, nullptr);
    if (!g_window) return 1;
    glfwMakeContextCurrent(g_window);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // layout is not worth persisting; the workspace is
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.ConfigInputTextCursorBlink = false;
    prevplan::ui::installKeyboard();
    ImGui_ImplGlfw_InitForOpenGL(g_window, false);
    ImGui_ImplOpenGL3_Init("#version 300 es");
    installInput();
    prevplan::web::installClipboard();
    prevplan::web::installTestApi();

    g_app = new prevplan::App();
    g_app->start(emscripten_get_now() / 1000.0);
    emscripten_set_main_loop(frame, 0, true);
    return 0;
}
