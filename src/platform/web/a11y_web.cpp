// The screen-reader mirror in the page (docs/accessibility.md): each frame's windows, tables and
// widgets, as Dear ImGui's hooks report them, go into a11y::Mirror; web/a11y.js keeps an
// off-screen DOM tree in step with it. ImGui's keyboard focus moves the DOM focus, and a screen
// reader's click or focus on a mirror element comes back here for the next frame.
#include <emscripten.h>

#include <algorithm>
#include <string>
#include <unordered_map>

#include "app/app.h"
#include "platform/a11y_mirror.h"
#include "platform/web/a11y_hooks.h"
#include "platform/web/web_host.h"

namespace {

using prevplan::a11y::ItemTraits;
using prevplan::a11y::Node;
using prevplan::a11y::Role;

prevplan::a11y::Mirror g_mirror;
std::unordered_map<ImGuiID, ItemTraits> g_traits;  // this frame's, by item
std::unordered_map<ImGuiID, bool> g_dataTables;    // this frame's tables: with a header row or for layout
std::string g_last;                                // the key of the item a hook added last, if any
ImGuiID g_focusRequest = 0;                        // a screen reader focused this item's element
ImGuiID g_sentFocus = 0;
prevplan::Lang g_sentLang = prevplan::Lang::Ro;
bool g_sentOnce = false;
bool g_recording = true;

EM_JS(void, js_a11y_update, (const char* tree, const char* said, unsigned focus, int english), {
    if (Module.prevplanA11y)
        Module.prevplanA11y.update(tree ? UTF8ToString(tree) : null, said ? UTF8ToString(said) : null, focus >>> 0,
                                   english ? 'en' : 'ro');
});

std::string visible(const char* label) { return std::string(label, ImGui::FindRenderedTextEnd(label)); }

bool startsWith(const char* s, const char* prefix) { return std::string(s).rfind(prefix, 0) == 0; }

bool isComboList(const ImGuiWindow* w) { return (w->Flags & ImGuiWindowFlags_Popup) && startsWith(w->Name, "##Combo"); }

// A root window's container: a dialog for a modal, otherwise a plain group; a window with a
// title bar starts with its title as a heading.
std::string windowKey(ImGuiWindow* window) {
    ImGuiWindow* root = window->RootWindow;
    const std::string key = "w" + std::to_string(root->ID);
    if (g_mirror.find(key)) return key;
    if (root->IsFallbackWindow) return key;  // ImGui's own "Debug" window, never shown: no heading
    const ImGuiWindowFlags flags = root->Flags;
    const Role role = (flags & ImGuiWindowFlags_Modal) ? Role::Dialog : Role::Group;
    const std::string title = visible(root->Name);
    g_mirror.container(key, "", role, role == Role::Dialog ? title : std::string());
    if (!(flags & ImGuiWindowFlags_NoTitleBar) && !title.empty()) {
        Node heading;
        heading.parent = key;
        heading.role = Role::Heading;
        heading.name = title;
        heading.level = 2;
        g_mirror.item(heading);
    }
    return key;
}

// The combo whose list `list` is: the item drawn last before the list's window began.
ImGuiID comboOf(const ImGuiContext* ctx, const ImGuiWindow* list) {
    for (const ImGuiWindowStackData& entry : ctx->CurrentWindowStack)
        if (entry.Window == list) return entry.ParentLastItemDataBackup.ID;
    return 0;
}

// The current row's place among all of a data table's rows, from 1 (its header row), and their
// number. A list clipper (the Observatory's thousands of children) draws only the visible rows
// without counting the others in the table's row number: its rows are placed by their height.
struct RowPlace {
    int index, count;
};
RowPlace rowPlace(const ImGuiContext* ctx, const ImGuiTable* table) {
    RowPlace place{table->CurrentRow + 1, table->CurrentRow + 1};
    if (ctx->ClipperTempDataStacked == 0) return place;
    const ImGuiListClipperData& data = ctx->ClipperTempData[ctx->ClipperTempDataStacked - 1];
    const ImGuiListClipper* clipper = data.ListClipper;
    if (!clipper || table->CurrentRow == 0) return place;  // the header row, drawn before the clipper
    constexpr int kHeaderRows = 1;
    place.count = clipper->ItemsCount + kHeaderRows;
    // A clipper's step draws items DisplayStart, DisplayStart + 1, … one table row each, so a row's
    // item is counted from the step's first row, whatever the rows' heights (a wrapped row is taller).
    static struct {
        const ImGuiListClipper* clipper = nullptr;
        const ImGuiTable* table = nullptr;
        int frame = -1, displayStart = -1, firstRow = 0;
    } step;
    if (step.clipper != clipper || step.table != table || step.frame != ctx->FrameCount || step.displayStart != clipper->DisplayStart) {
        step.clipper = clipper;
        step.table = table;
        step.frame = ctx->FrameCount;
        step.displayStart = clipper->DisplayStart;
        step.firstRow = table->CurrentRow;
    }
    const int item = clipper->DisplayStart + (table->CurrentRow - step.firstRow);
    place.index = kHeaderRows + std::clamp(item, 0, clipper->ItemsCount - 1) + 1;
    return place;
}

// Where an item goes: its window, the window's menu bar, a menu, a combo's list, a tab bar, or a
// table's cell. Sets `header` for an item of a table's header row, which its cell stands for.
// A menu, a list or a tab bar holds only its items: a text there stays in the window.
std::string parentOf(ImGuiContext* ctx, ImGuiWindow* window, ImGuiID id, bool& header) {
    header = false;
    const std::string wkey = windowKey(window);
    if (id != 0 && window->DC.NavLayerCurrent == ImGuiNavLayer_Menu)
        return g_mirror.container("b" + std::to_string(window->ID), wkey, Role::MenuBar).key;
    if (id != 0 && (window->RootWindow->Flags & ImGuiWindowFlags_ChildMenu))
        return g_mirror.container(wkey + "m", wkey, Role::Menu).key;
    if (id != 0 && isComboList(window->RootWindow)) {
        const std::string list = g_mirror.container(wkey + "l", wkey, Role::ListBox).key;
        g_mirror.comboList(comboOf(ctx, window->RootWindow), list);
        return list;
    }
    if (ImGuiTabBar* bar = ctx->CurrentTabBar; bar && id != 0 && ImGui::TabBarFindTabByID(bar, id))
        return g_mirror.container("tb" + std::to_string(bar->ID), wkey, Role::TabList).key;
    ImGuiTable* table = ctx->CurrentTable;
    if (!table || table->InnerWindow != window || !table->IsInsideRow) return wkey;
    // A table whose first row is not a header row lays out a form or a page: its items are
    // read in order, as the window's.
    const bool inHeader = (table->RowFlags & ImGuiTableRowFlags_Headers) != 0;
    if (!g_dataTables.emplace(table->ID, inHeader).first->second) return wkey;
    const std::string tkey = "t" + std::to_string(table->ID);
    Node& t = g_mirror.container(tkey, wkey, Role::Table);
    t.columns = table->ColumnsCount;
    const RowPlace place = rowPlace(ctx, table);
    t.rows = std::max(t.rows, place.count);
    const std::string rkey = tkey + "r" + std::to_string(table->CurrentRow);
    g_mirror.container(rkey, tkey, Role::Row).rowIndex = place.index;
    header = inHeader;
    const int column = table->CurrentColumn;
    const std::string name = header ? visible(ImGui::TableGetColumnName(table, column)) : std::string();
    // A header with no words (above a column of buttons) is an empty cell of the header row, as
    // a sighted user sees it, not a column header without a name.
    Node& cell = g_mirror.container(rkey + "c" + std::to_string(column), rkey,
                                    header && !name.empty() ? Role::ColumnHeader : Role::Cell, name);
    cell.columnIndex = column + 1;
    return cell.key;
}

// The text of the field being edited, as typed so far; never a password's.
std::string editedText(const ImGuiContext* ctx, ImGuiID id) {
    const ImGuiInputTextState& state = ctx->InputTextState;
    if (ctx->ActiveId != id || state.ID != id || (state.Flags & ImGuiInputTextFlags_Password)) return {};
    const ImWchar* text = state.TextW.Data;
    std::string out(static_cast<std::size_t>(ImTextCountUtf8BytesFromStr(text, text + state.CurLenW)) + 1, '\0');
    out.resize(static_cast<std::size_t>(
        ImTextStrToUtf8(out.data(), static_cast<int>(out.size()), text, text + state.CurLenW)));
    return out;
}

bool shown(const ImGuiWindow* window, const ImRect& bb) { return window->ClipRect.Overlaps(bb); }

void addText(ImGuiContext* ctx, const char* label) {
    ImGuiWindow* window = ctx->CurrentWindow;
    if (!window || !shown(window, ctx->LastItemData.Rect)) return;
    bool header = false;
    Node text;
    text.parent = parentOf(ctx, window, 0, header);
    text.name = visible(label);
    if (header || text.name.empty()) return;
    g_last = g_mirror.item(text).key;
}

}  // namespace

namespace prevplan::web::a11y {

void itemAdded(ImGuiContext* ctx, const ImRect& bb, ImGuiID id) {
    if (!g_recording) return;
    g_last.clear();
    ImGuiWindow* window = ctx->CurrentWindow;
    if (!window) return;
    if (id == g_focusRequest) {
        ImGui::SetFocusID(id, window);
        ctx->NavDisableHighlight = false;
        ctx->NavDisableMouseHover = true;
        g_focusRequest = 0;
    }
    if (id == window->MoveId) return;  // the title bar: its window's heading
    if (!shown(window, bb)) return;    // scrolled away or clipped, as on screen
    bool header = false;
    Node node;
    node.id = id;
    node.parent = parentOf(ctx, window, id, header);
    if (header) return;
    const ImGuiItemFlags flags = ctx->LastItemData.InFlags;
    ItemTraits& traits = g_traits[id];
    traits.inMenu =
        window->DC.NavLayerCurrent == ImGuiNavLayer_Menu || (window->RootWindow->Flags & ImGuiWindowFlags_ChildMenu);
    traits.inList = isComboList(window->RootWindow);
    traits.inputable = (flags & ImGuiItemFlags_Inputable) != 0;
    node.role = prevplan::a11y::roleOf(traits);
    node.disabled = (flags & ImGuiItemFlags_Disabled) != 0;
    if (ImGuiTabBar* bar = ctx->CurrentTabBar)
        if (const ImGuiTabItem* tab = ImGui::TabBarFindTabByID(bar, id)) {
            node.role = Role::Tab;
            node.name = visible(bar->GetTabName(tab));
            node.checkable = true;
            node.checked = bar->SelectedTabId == id;
        }
    g_last = g_mirror.item(node).key;
}

void itemInfo(ImGuiContext* ctx, ImGuiID id, const char* label, ImGuiItemStatusFlags flags) {
    if (!g_recording) return;
    if (id == 0) {
        g_last.clear();
        if (label) addText(ctx, label);
        return;
    }
    Node* node = g_mirror.find(id);
    if (!node) return;
    if (label && !visible(label).empty()) node->name = visible(label);
    if (node->role == Role::TextField && node->value.empty()) node->value = editedText(ctx, id);
    // The flags of a kit's labelLastItem() say nothing: the role stays as ImGui's own call or the
    // kit's hint left it.
    if (node->role == Role::Tab || !(flags & (ImGuiItemStatusFlags_Openable | ImGuiItemStatusFlags_Checkable))) return;
    ItemTraits& traits = g_traits[id];
    if (flags & ImGuiItemStatusFlags_Openable) {
        traits.openable = true;
        node->expandable = true;
        node->expanded = (flags & ImGuiItemStatusFlags_Opened) != 0;
    }
    // A menu item is checkable only to show a check mark: one without is a plain item.
    const bool checked = (flags & ImGuiItemStatusFlags_Checked) != 0;
    if ((flags & ImGuiItemStatusFlags_Checkable) && (checked || !traits.inMenu)) {
        traits.checkable = node->checkable = true;
        node->checked = checked;
    }
    node->role = prevplan::a11y::roleOf(traits);
}

void frameDrawn() {
    if (!g_recording) return;
    ImGuiContext& g = *ImGui::GetCurrentContext();
    const auto frame = g_mirror.endFrame();
    g_traits.clear();
    g_dataTables.clear();
    g_last.clear();
    const ImGuiID focus = g.NavDisableHighlight ? 0 : g.NavId;
    const Lang lang = web::app().lang();
    if (frame.description.empty() && frame.announcements.empty() && focus == g_sentFocus && lang == g_sentLang &&
        g_sentOnce)
        return;
    js_a11y_update(frame.description.empty() ? nullptr : frame.description.c_str(),
                   frame.announcements.empty() ? nullptr : frame.announcements.c_str(), focus, lang == Lang::En);
    g_sentFocus = focus;
    g_sentLang = lang;
    g_sentOnce = true;
}

void setRecording(bool on) { g_recording = on; }

}  // namespace prevplan::web::a11y

namespace prevplan::a11y {

void describeLastItem(const Hint& hint) {
    const ImGuiID id = ImGui::GetCurrentContext()->LastItemData.ID;
    Node* node = id != 0 ? g_mirror.find(id) : g_last.empty() ? nullptr : g_mirror.find(g_last);
    if (!node) return;
    node->role = hint.role;
    if (!hint.value.empty()) node->value = std::string(hint.value);
    if (hint.role == Role::Radio || hint.role == Role::Option) {
        node->checkable = true;
        node->checked = hint.checked;
    }
    node->level = hint.level;
}

void announce(std::string_view text, Urgency urgency) {
    if (g_recording) g_mirror.announce(text, urgency);
}

}  // namespace prevplan::a11y

// web/a11y.js: a screen reader clicked a mirror element (or pressed Enter or Space on it), or
// moved its focus there. Both act on the next frame, as ImGui's own navigation would.
extern "C" {

EMSCRIPTEN_KEEPALIVE void prevplan_a11y_activate(unsigned id, int textField) {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    g.NavNextActivateId = id;
    g.NavNextActivateFlags = textField ? ImGuiActivateFlags_PreferInput : ImGuiActivateFlags_None;
    prevplan::web::wake();
}

EMSCRIPTEN_KEEPALIVE void prevplan_a11y_focus(unsigned id) {
    g_focusRequest = id;
    prevplan::web::wake();
}

}  // extern "C"
