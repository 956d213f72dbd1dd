#include "ui/kit/keyboard.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <cmath>

namespace prevplan::ui {

namespace {

// What the start of a frame (before ImGui's navigation) hands to its end (after it).
struct Handover {
    bool navIdAlive = false;         // the focused control was drawn last frame
    bool tabbing = false;            // the Tab request being scored is ours (not SetKeyboardFocusHere)
    int dir = 0;                     // its direction: -1 backwards
    bool entering = false;           // it looks for the first (last) control of a region just reached
    bool applying = false;           // ImGui applies our Tab request's result this frame
    bool landsOnField = false;       // and the result is a text field
    ImGuiWindow* leaving = nullptr;  // Tab ran off the end of this child window
    int leavingDir = 0;
};
Handover g_handover;

bool enterDown(const ImGuiIO& io) {
    const int keys[] = {io.KeyMap[ImGuiKey_Enter], io.KeyMap[ImGuiKey_KeyPadEnter]};
    for (int key : keys)
        if (key >= 0 && key < IM_ARRAYSIZE(io.KeysDown) && io.KeysDown[key]) return true;
    return false;
}

// The result ImGui is about to apply for last frame's Tab, as NavMoveRequestApplyResult picks it.
const ImGuiNavItemData* tabResult(const ImGuiContext& g) {
    if ((g.NavTabbingCounter == 1 || g.NavTabbingDir == 0) && g.NavTabbingResultFirst.ID)
        return &g.NavTabbingResultFirst;
    return g.NavMoveResultLocal.ID ? &g.NavMoveResultLocal : nullptr;
}

// Whether last frame's Tab found nothing after (or, backwards, before) the focused control in its
// window and went round to the other end.
bool wentRound(const ImGuiContext& g, const ImGuiNavItemData* result) {
    if (!result) return true;
    if (g.NavTabbingDir >= 0) return result == &g.NavTabbingResultFirst && g.NavTabbingDir != 0;
    if (g.NavId == 0) return false;  // backwards into a region: its last control is right
    const ImRect& now = g.NavWindow->NavRectRel[g.NavLayer];
    const ImRect& next = result->RectRel;
    if (std::fabs(next.Min.y - now.Min.y) > 1) return next.Min.y > now.Min.y;
    return next.Min.x > now.Min.x;
}

ImGuiWindow* childRegion(const ImGuiContext& g, const ImGuiWindow* parent, ImGuiID id) {
    for (ImGuiWindow* w : g.Windows)
        if ((w->Flags & ImGuiWindowFlags_ChildWindow) && w->ParentWindow == parent && w->ChildId == id && w->WasActive)
            return w;
    return nullptr;
}

// Tab through every focusable control of the focused window, from the focused one (none: from an end).
void tab(ImGuiContext& g, int dir, bool entering = false) {
    const ImGuiScrollFlags scroll = ImGuiScrollFlags_KeepVisibleEdgeX | ImGuiScrollFlags_KeepVisibleEdgeY;
    ImGui::NavMoveRequestSubmit(ImGuiDir_None, dir < 0 ? ImGuiDir_Up : ImGuiDir_Down,
                                ImGuiNavMoveFlags_Tabbing | ImGuiNavMoveFlags_FocusApi, scroll);
    g.NavTabbingDir = dir;
    g.NavTabbingResultFirst.Clear();
    g.NavTabbingCounter = -1;
    g_handover.tabbing = true;
    g_handover.dir = dir;
    g_handover.entering = entering;
}

void beforeNewFrame(ImGuiContext* ctx, ImGuiContextHook*) {
    ImGuiContext& g = *ctx;
    Handover& h = g_handover;
    h.navIdAlive = g.NavIdIsAlive;
    h.leaving = nullptr;
    h.applying = h.landsOnField = false;
    // Enter is Space for ImGui's navigation: it presses a button once, however long it is held;
    // a text field being edited keeps it (ImGui activates nothing while an item is active).
    if (!g.IO.KeyCtrl && !g.IO.KeyAlt && enterDown(g.IO)) g.IO.NavInputs[ImGuiNavInput_Activate] = 1.0f;

    const bool ours = h.tabbing;
    h.tabbing = false;
    if (!ours || !g.NavMoveSubmitted || !(g.NavMoveFlags & ImGuiNavMoveFlags_Tabbing) || !g.NavWindow) return;
    h.applying = true;
    const ImGuiNavItemData* result = tabResult(g);
    h.landsOnField = result && (result->InFlags & ImGuiItemFlags_Inputable);
    ImGuiWindow* window = g.NavWindow;
    if (!(window->Flags & ImGuiWindowFlags_ChildWindow) || (window->Flags & ImGuiWindowFlags_Popup) ||
        !wentRound(g, result))
        return;
    // A region with nothing to press (a text that scrolls) is one stop: the arrow keys scroll it.
    if (!result && h.entering) return;
    // Out of a region at its end: on in the window around it, not round the region again.
    g.NavMoveResultLocal.Clear();
    g.NavMoveResultOther.Clear();
    g.NavTabbingResultFirst.Clear();
    h.leaving = window;
    h.leavingDir = g.NavTabbingDir < 0 ? -1 : +1;
}

void afterNewFrame(ImGuiContext* ctx, ImGuiContextHook*) {
    ImGuiContext& g = *ctx;
    Handover& h = g_handover;
    if (g.OpenPopupStack.empty() && (!g.NavWindow || !g.NavWindow->WasActive))
        ImGui::FocusTopMostWindowUnderOne(nullptr, nullptr);
    if (h.leaving && h.leaving->ParentWindow && h.leaving->ParentWindow->WasActive) {
        ImGui::FocusWindow(h.leaving->ParentWindow);
        g.NavId = h.leaving->ChildId;
        return tab(g, h.leavingDir);
    }
    const bool tabPressed = g.NavMoveSubmitted && (g.NavMoveFlags & ImGuiNavMoveFlags_Tabbing);
    if (tabPressed) {
        const bool alive = g.NavId != 0 && (h.navIdAlive || g.NavJustMovedToId == g.NavId);
        // Forward from the focused control, or from the top when it is gone.
        return tab(g, g.IO.KeyShift ? -1 : alive ? +1 : 0);
    }
    // Tab landed on a region that scrolls on its own: into it, to its first (or last) control.
    if (h.applying && g.NavJustMovedToId != 0 && !h.landsOnField && g.NavWindow) {
        ImGuiWindow* region = childRegion(g, g.NavWindow, g.NavJustMovedToId);
        if (!region || (region->Flags & ImGuiWindowFlags_NoNavInputs)) return;
        const int dir = h.dir < 0 ? -1 : 0;
        ImGui::FocusWindow(region);
        g.NavId = 0;
        tab(g, dir, true);
    }
}

}  // namespace

void installKeyboard() {
    ImGuiContext* ctx = ImGui::GetCurrentContext();
    ImGuiContextHook hook;
    hook.Type = ImGuiContextHookType_NewFramePre;
    hook.Callback = beforeNewFrame;
    ImGui::AddContextHook(ctx, &hook);
    hook.Type = ImGuiContextHookType_NewFramePost;
    hook.Callback = afterNewFrame;
    ImGui::AddContextHook(ctx, &hook);
}

void oneTabStop() {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    const ImGuiID id = g.LastItemData.ID;
    ImGuiNavItemData& result = g.NavMoveResultLocal;
    if (!g.NavMoveSubmitted || !(g.NavMoveFlags & ImGuiNavMoveFlags_Tabbing) || id == 0 || result.ID != id) return;
    if (g.NavTabbingDir > 0 && g.NavId == id && !g.NavMoveScoringItems) {
        // Tab from the field stopped at its frame: go on to the control after it.
        result.Clear();
        g.NavMoveScoringItems = g.NavAnyRequest = true;
        g.NavTabbingCounter = 1;
        return;
    }
    // Reached backwards through its frame: still the field, taking typing.
    result.InFlags |= ImGuiItemFlags_Inputable;
}

}  // namespace prevplan::ui
