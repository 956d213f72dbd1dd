#pragma once
// Tables and toolbars that fit the window, at 1024×600 and at 150 % zoom: no cell, header or
// button is cut off without a way to read it.
#include <string>
#include <vector>

#include <imgui.h>

namespace prevplan::ui {

// A column: as wide as `widest` (the widest thing it holds: a date, a CNP, a count), kept whole, or
// a text column of at least `minEm` font sizes, the text columns sharing what is left in
// proportion; never narrower than its header. When the window is too narrow for every column,
// those with the highest `dropOrder` are hidden first (0: never hidden).
struct TableColumn {
    std::string name;
    const char* widest = nullptr;
    float minEm = 6;
    int dropOrder = 0;
    ImGuiTableColumnFlags flags = 0;
    ImGuiID userId = 0;
    bool button = false;  // `widest` is a button's label: room for its frame too
    bool wrap = false;    // long text wraps onto more lines in the cell, instead of ending in "…"
};

// Begins a resizable table of these columns, rows on alternate backgrounds; `extra` adds flags
// (ScrollY, Sortable…). `layoutKey` (the language, say) lays the columns out afresh when it
// changes, with the font size and the hidden columns. False when nothing is drawn: no EndTable then.
bool beginFittedTable(const char* id, const std::vector<TableColumn>& columns, const std::string& layoutKey,
                      ImGuiTableFlags extra = 0, const ImVec2& size = ImVec2(0, 0));
void endFittedTable();
float oneLineRowHeight();
// Ends the row drawn last; its true bottom.
float endLastRow();
// Ends the table at `bottom` when its last row reaches lower than the clipper counted.
void keepLastRow(float bottom);
// Rows 0…count-1 of a fitted table, row(i) drawing row i, a screenful at a time, when a row may
// wrap onto more lines than another: the clipper counts each row one line high, so it draws a
// screenful or more, and the table ends below its true last row, whatever the rows' heights.
template <typename Row>
void clippedRows(int count, Row row) {
    ImGuiListClipper clipper;
    clipper.Begin(count, oneLineRowHeight());
    // Row 0 is always drawn, as a clipper measuring its rows draws it: Tab from above enters the
    // table at its first row even when the table is scrolled away from it.
    if (count > 0) clipper.ForceDisplayRangeByIndices(0, 1);
    float bottom = 0;
    while (clipper.Step())
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            row(i);
            if (i == count - 1) bottom = endLastRow();
        }
    keepLastRow(bottom);
}

// The cells of a row, each in the next column; a hidden column draws nothing. Text too wide for its
// cell wraps in a `wrap` column, else ends in "…" and shows whole on hover; `color` 0 keeps the
// text colour.
void cellText(const char* text, unsigned int color = 0);
// The same in the current cell, after something else there (a row's selectable).
void fittedText(const char* text, unsigned int color = 0);
// Text that wraps at the cell's right edge, whatever the column.
void wrappedText(const char* text, unsigned int color = 0);
// A number or a date, right-aligned.
void cellRight(const char* text, unsigned int color = 0);

// Before a toolbar's next item of `width`: on the same line when it fits, else on the next one.
void toolbarNext(float width);
// The width of a button with this label.
float buttonWidth(const char* label);
// The width of a checkbox with this label (its box, the gap and the words).
float checkboxWidth(const char* label);
// A toolbar's pieces, each after the last when it fits: a search field and a choice, labelled on
// their left (`widthEm` is the search field's), and a button. `first` starts the toolbar.
bool toolbarSearch(const char* label, std::string& text, float widthEm, bool first = false);
// The choice is as wide as its longest name.
bool toolbarChoice(const char* label, const std::vector<std::string>& names, int& current, bool first = false);
bool toolbarButton(const char* label, bool enabled = true, bool first = false);
// The screen's main action, in a toolbar.
bool toolbarPrimary(const char* label, bool enabled = true, bool first = false);

}  // namespace prevplan::ui
