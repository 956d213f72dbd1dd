#pragma once
// Tables and toolbars that fit the window, at 1024×600 and at 150 % zoom: no cell, header or
// button is cut off without a way to read it.
#include <string>
#include <vector>

#include <imgui.h>

namespace prevplan::ui {

// A column: at least as wide as `widest` (the widest thing it holds: a date, a CNP, a count) or,
// without one, `minEm` font sizes, and its header; the columns share what is left in proportion. When the window is too
// narrow for every column, those with the highest `dropOrder` are hidden first (0: never hidden).
struct TableColumn {
    std::string name;
    const char* widest = nullptr;
    float minEm = 6;
    int dropOrder = 0;
    ImGuiTableColumnFlags flags = 0;
    ImGuiID userId = 0;
    bool button = false;  // `widest` is a button's label: room for its frame too
};

// Begins a resizable table of these columns, rows on alternate backgrounds; `extra` adds flags
// (ScrollY, Sortable…). `layoutKey` (the language, say) lays the columns out afresh when it
// changes, with the font size and the hidden columns. False when nothing is drawn: no EndTable then.
bool beginFittedTable(const char* id, const std::vector<TableColumn>& columns, const std::string& layoutKey,
                      ImGuiTableFlags extra = 0, const ImVec2& size = ImVec2(0, 0));
void endFittedTable();

// The cells of a row, each in the next column; a hidden column draws nothing. Text too wide for its
// cell ends in "…" and shows whole on hover; `color` 0 keeps the text colour.
void cellText(const char* text, unsigned int color = 0);
// The same in the current cell, after something else there (a row's selectable).
void fittedText(const char* text, unsigned int color = 0);
// A number or a date, right-aligned.
void cellRight(const char* text, unsigned int color = 0);

// Before a toolbar's next item of `width`: on the same line when it fits, else on the next one.
void toolbarNext(float width);
// The width of a button with this label.
float buttonWidth(const char* label);
// A toolbar's pieces, each after the last when it fits: a search field and a choice, labelled on
// their left (`widthEm` is the search field's), and a button. `first` starts the toolbar.
bool toolbarSearch(const char* label, std::string& text, float widthEm, bool first = false);
// The choice is as wide as its longest name.
bool toolbarChoice(const char* label, const std::vector<std::string>& names, int& current, bool first = false);
bool toolbarButton(const char* label, bool enabled = true, bool first = false);

}  // namespace prevplan::ui
