// Emscripten 3.1.6's GLFW reads no coordinates from touch events, and its keyboard gives no text
// from an on-screen keyboard. web/touch.js keeps touches away from GLFW and calls the functions
// below; the mouse is driven from here while a finger is the pointer.
#include "platform/web/touch_web.h"

#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <cfloat>
#include <string>

#include "core/base/touch_gesture.h"
#include "core/base/typing.h"
#include "platform/web/web_host.h"

namespace {

// How far a finger may wander and still tap, in CSS pixels.
constexpr float kSlopCss = 12;

prevplan::TouchGesture g_finger(kSlopCss);
prevplan::TypingQueue g_typing;
bool g_fingerIsPointer = false;  // the last pointer input came from a finger
ImVec2 g_fingerAt(-FLT_MAX, -FLT_MAX);
ImVec2 g_scroll(0, 0);
enum class Tap { None, Press, Release, Leave };
Tap g_tap = Tap::None;
bool g_fingerSeen = false;  // a frame has had the pointer where the finger is (tabs want that before a press)
bool g_backspaceDown = false;

struct Field {
    bool wantsText = false, overField = false;
    ImGuiID id = 0;
    ImVec2 caret;
    float height = 0;
    bool operator!=(const Field& o) const {
        return wantsText != o.wantsText || overField != o.overField || id != o.id || caret.x != o.caret.x ||
               caret.y != o.caret.y || height != o.height;
    }
};
Field g_reported;

EM_JS(void, js_touch_field, (int wantsText, int overField, int id, float x, float y, float h), {
    if (Module.prevplanTouch) Module.prevplanTouch.field(wantsText != 0, overField != 0, id, x, y, h);
});
EM_JS(int, js_coarse_pointer, (), { return Module.prevplanTouch && Module.prevplanTouch.coarse() ? 1 : 0; });
EM_JS(float, js_pixel_ratio, (),
      { return Module.canvas.width / Math.max(1, Module.canvas.getBoundingClientRect().width); });

}  // namespace

namespace prevplan::web {

void touchBeforeFrame() {
    ImGuiIO& io = ImGui::GetIO();
    if (g_backspaceDown) {
        io.KeysDown[GLFW_KEY_BACKSPACE] = false;
        g_backspaceDown = false;
    } else if (!g_typing.empty()) {
        const TypingQueue::Step step = g_typing.next();
        if (step.backspace) io.KeysDown[GLFW_KEY_BACKSPACE] = g_backspaceDown = true;
        else io.AddInputCharactersUTF8(step.text.c_str());
    }
    if (!g_typing.empty() || g_backspaceDown || g_tap != Tap::None) wake();
    if (!g_fingerIsPointer) return;
    io.MousePos = g_fingerAt;
    io.MouseDown[0] = false;
    switch (g_tap) {
        case Tap::Press:
            if (!g_fingerSeen) break;
            io.MouseDown[0] = true;
            g_tap = Tap::Release;
            break;
        case Tap::Release: g_tap = Tap::Leave; break;
        case Tap::Leave:
            // After the release the finger is gone: nothing stays hovered.
            g_tap = Tap::None;
            if (!g_finger.touching()) g_fingerAt = ImVec2(-FLT_MAX, -FLT_MAX);
            break;
        case Tap::None: break;
    }
    g_fingerSeen = true;
}

// A drag scrolls the window under the finger, or the nearest one around it that scrolls.
void touchAfterNewFrame() {
    if (g_scroll.x == 0 && g_scroll.y == 0) return;
    ImGuiWindow* window = ImGui::GetCurrentContext()->HoveredWindow;
    while (window && window->ScrollMax.y == 0 && window->ScrollMax.x == 0 &&
           (window->Flags & ImGuiWindowFlags_ChildWindow))
        window = window->ParentWindow;
    if (window) {
        ImGui::SetScrollY(window, window->Scroll.y - g_scroll.y);
        ImGui::SetScrollX(window, window->Scroll.x - g_scroll.x);
    }
    g_scroll = ImVec2(0, 0);
}

void touchAfterFrame() {
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    Field now;
    now.wantsText = g.WantTextInputNextFrame == 1;
    now.overField = ImGui::GetMouseCursor() == ImGuiMouseCursor_TextInput;
    if (now.wantsText) {
        now.id = g.ActiveId;
        now.caret = g.PlatformImePos;
        now.height = g.FontSize;
    }
    if (!(now != g_reported)) return;
    g_reported = now;
    const float ratio = js_pixel_ratio();
    js_touch_field(now.wantsText, now.overField, static_cast<int>(now.id), now.caret.x / ratio, now.caret.y / ratio,
                   now.height / ratio);
}

bool coarsePointer() { return js_coarse_pointer() != 0; }

}  // namespace prevplan::web

// ---- called by web/touch.js ------------------------------------------------------------------------

extern "C" {

// phase: 0 down, 1 move, 2 up, 3 cancel; x, y in CSS pixels from the canvas's corner.
EMSCRIPTEN_KEEPALIVE void prevplan_touch(int phase, float x, float y) {
    using namespace prevplan::web;
    const float ratio = js_pixel_ratio();
    const ImVec2 at(x * ratio, y * ratio);
    g_fingerIsPointer = true;
    switch (phase) {
        case 0:
            g_finger.down(x, y);
            g_fingerAt = at;
            g_fingerSeen = false;
            break;
        case 1: {
            const prevplan::TouchGesture::Scroll s = g_finger.move(x, y);
            g_scroll.x += s.dx * ratio;
            g_scroll.y += s.dy * ratio;
            if (g_finger.dragging()) g_fingerAt = at;
            break;
        }
        case 2:
            if (g_finger.up(x, y)) g_tap = Tap::Press;
            break;
        default: g_finger.cancel(); break;
    }
    wake();
}

// The mouse moved: it is the pointer again.
EMSCRIPTEN_KEEPALIVE void prevplan_touch_mouse() { g_fingerIsPointer = false; }

// The hidden input's value went from `before` to `after`.
EMSCRIPTEN_KEEPALIVE void prevplan_touch_typed(const char* before, const char* after) {
    g_typing.push(prevplan::editBetween(before, after));
    prevplan::web::wake();
}

}  // extern "C"
