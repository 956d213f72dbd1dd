#include "ui/kit/table.h"

#include <imgui_internal.h>

#include <algorithm>

#include "ui/kit/widgets.h"

namespace prevplan::ui {

namespace {

float headerWidth(const TableColumn& c, bool sortable) {
    const float arrow = sortable && !(c.flags & ImGuiTableColumnFlags_NoSort) ? em() : 0;
    return ImGui::CalcTextSize(c.name.c_str(), nullptr, true).x + arrow;
}

float columnWidth(const TableColumn& c, bool sortable) {
    float content = c.widest ? ImGui::CalcTextSize(c.widest).x : c.minEm * em();
    if (c.button) content += ImGui::GetStyle().FramePadding.x * 2;
    return std::max(content, headerWidth(c, sortable));
}

// The columns to hide so that the others fit `available`: highest drop order first.
std::vector<bool> hiddenColumns(const std::vector<TableColumn>& columns, float available, bool sortable) {
    const float padding = ImGui::GetStyle().CellPadding.x * 2 + 1;
    std::vector<bool> hidden(columns.size(), false);
    float needed = 0;
    int highest = 0;
    for (const auto& c : columns) {
        needed += columnWidth(c, sortable) + padding;
        highest = std::max(highest, c.dropOrder);
    }
    for (int order = highest; order > 0 && needed > available; --order)
        for (std::size_t i = 0; i < columns.size(); ++i)
            if (columns[i].dropOrder == order) {
                hidden[i] = true;
                needed -= columnWidth(columns[i], sortable) + padding;
            }
    return hidden;
}

// Which columns of the fitted tables being drawn wrap their text, innermost table last.
std::vector<std::vector<bool>> wrappingColumns;

bool wrapsHere() {
    if (wrappingColumns.empty() || !ImGui::GetCurrentTable()) return false;
    const std::vector<bool>& wraps = wrappingColumns.back();
    const auto column = static_cast<std::size_t>(ImGui::TableGetColumnIndex());
    return column < wraps.size() && wraps[column];
}

}  // namespace

bool beginFittedTable(const char* id, const std::vector<TableColumn>& columns, const std::string& layoutKey,
                      ImGuiTableFlags extra, const ImVec2& size) {
    const bool sortable = extra & ImGuiTableFlags_Sortable;
    float available = ImGui::GetContentRegionAvail().x;
    if (extra & ImGuiTableFlags_ScrollY) available -= ImGui::GetStyle().ScrollbarSize;
    const std::vector<bool> hidden = hiddenColumns(columns, available, sortable);
    // The widths are taken when a table is first laid out and kept while the user resizes; a new
    // language, font size or set of columns lays it out afresh, as another table.
    std::string key = layoutKey + "/" + std::to_string(static_cast<int>(em()));
    for (bool h : hidden) key += h ? '0' : '1';
    ImGui::PushID(key.c_str());
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_Resizable |
                                  ImGuiTableFlags_SizingFixedFit | extra;
    if (!ImGui::BeginTable(id, static_cast<int>(columns.size()), flags, size)) {
        ImGui::PopID();
        return false;
    }
    if (extra & ImGuiTableFlags_ScrollY) ImGui::TableSetupScrollFreeze(0, 1);
    for (std::size_t i = 0; i < columns.size(); ++i) {
        const TableColumn& c = columns[i];
        ImGuiTableColumnFlags cf = c.flags | (hidden[i] ? ImGuiTableColumnFlags_Disabled : 0);
        // A column of numbers, dates or a button keeps its width, since a cut one misleads ("1" for
        // 13); the text columns share the rest, weighed by their least width, and wrap or end in "…".
        cf |= c.widest ? ImGuiTableColumnFlags_WidthFixed : ImGuiTableColumnFlags_WidthStretch;
        ImGui::TableSetupColumn(c.name.c_str(), cf, columnWidth(c, sortable), c.userId);
    }
    std::vector<bool> wraps;
    for (const TableColumn& c : columns) wraps.push_back(c.wrap);
    wrappingColumns.push_back(std::move(wraps));
    // Each header's words are drawn after an unlabelled header (which sorts and resizes), so they
    // fit like any cell: cut with "…" and whole on hover when a person narrows the column.
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (!ImGui::TableSetColumnIndex(static_cast<int>(i))) continue;
        ImGui::PushID(static_cast<int>(i));
        ImGui::TableHeader("##header");
        ImGui::SameLine(0, 0);
        const std::string& name = columns[i].name;
        fittedText(std::string(name.c_str(), ImGui::FindRenderedTextEnd(name.c_str())).c_str());
        ImGui::PopID();
    }
    return true;
}

void endFittedTable() {
    wrappingColumns.pop_back();
    ImGui::EndTable();
    ImGui::PopID();
}

float oneLineRowHeight() { return ImGui::GetTextLineHeight() + ImGui::GetStyle().CellPadding.y * 2; }

float endLastRow() {
    ImGuiTable* table = ImGui::GetCurrentTable();
    if (table->IsInsideRow) ImGui::TableEndRow(table);
    return table->RowPosY2;
}

void keepLastRow(float bottom) {
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    ImGuiTable* table = ImGui::GetCurrentTable();
    if (bottom <= window->DC.CursorPos.y) return;
    // The clipper set the cursor where rows of one line would end; EndTable ends the table there.
    window->DC.CursorPos.y = bottom;
    window->DC.CursorMaxPos.y = std::max(window->DC.CursorMaxPos.y, bottom);
    table->RowPosY2 = bottom;
}

void cellText(const char* text, unsigned int color) {
    if (ImGui::TableNextColumn()) fittedText(text, color);
}

void fittedText(const char* text, unsigned int color) {
    const float room = ImGui::GetContentRegionAvail().x;
    const ImVec2 size = ImGui::CalcTextSize(text);
    if (size.x > room && wrapsHere()) return wrappedText(text, color);
    if (color) ImGui::PushStyleColor(ImGuiCol_Text, color);
    if (size.x <= room) {
        ImGui::TextUnformatted(text);
    } else {
        // The item keeps the text's whole width (the test recording compares it with what shows);
        // only the cell's part is drawn, ending in "…".
        ImGuiWindow* window = ImGui::GetCurrentWindow();
        const ImVec2 pos(window->DC.CursorPos.x, window->DC.CursorPos.y + window->DC.CurrLineTextBaseOffset);
        const ImRect whole(pos, ImVec2(pos.x + size.x, pos.y + size.y));
        ImGui::ItemSize(ImVec2(room, size.y));
        if (ImGui::ItemAdd(whole, 0)) {
            const float end = pos.x + room;
            ImGui::RenderTextEllipsis(window->DrawList, pos, ImVec2(end, whole.Max.y), end, end, text, nullptr, &size);
            if (ImGui::IsItemHovered()) {
                ImGui::BeginTooltip();
                ImGui::TextUnformatted(text);
                labelLastItem(text);
                ImGui::EndTooltip();
            }
        }
    }
    if (color) ImGui::PopStyleColor();
    labelLastItem(text);
}

void wrappedText(const char* text, unsigned int color) {
    if (color) ImGui::PushStyleColor(ImGuiCol_Text, color);
    // 0: the cell's right edge (a table cell's work rectangle ends there).
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(text);
    ImGui::PopTextWrapPos();
    if (color) ImGui::PopStyleColor();
    labelLastItem(text);
}

void cellRight(const char* text, unsigned int color) {
    if (!ImGui::TableNextColumn()) return;
    const float width = ImGui::CalcTextSize(text).x;
    const float room = ImGui::GetContentRegionAvail().x;
    if (room > width) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + room - width);
    if (color) ImGui::PushStyleColor(ImGuiCol_Text, color);
    ImGui::TextUnformatted(text);
    if (color) ImGui::PopStyleColor();
    labelLastItem(text);
}

void toolbarNext(float width) {
    const float right = ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + width;
    if (right <= ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x) ImGui::SameLine();
}

float buttonWidth(const char* label) {
    return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
}

float checkboxWidth(const char* label) {
    return ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize(label, nullptr, true).x;
}

namespace {

// Places a labelled field in a toolbar: the label and the field wrap together.
void toolbarField(const char* label, float fieldWidth, bool first) {
    const float width = ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().ItemSpacing.x + fieldWidth;
    if (!first) toolbarNext(width);
}

}  // namespace

bool toolbarSearch(const char* label, std::string& text, float widthEm, bool first) {
    toolbarField(label, widthEm * em(), first);
    return inputText(label, text, widthEm * em());
}

bool toolbarChoice(const char* label, const std::vector<std::string>& names, int& current, bool first) {
    float width = 0;
    for (const auto& name : names) width = std::max(width, ImGui::CalcTextSize(name.c_str()).x);
    width += ImGui::GetFrameHeight() + ImGui::GetStyle().FramePadding.x * 2;  // the arrow and the frame
    toolbarField(label, width, first);
    fieldLabel(label);
    auto name = [&](int i) { return names[static_cast<std::size_t>(i)]; };
    return choiceCombo((std::string("##") + label).c_str(), label, names[static_cast<std::size_t>(current)].c_str(),
                       static_cast<int>(names.size()), current, name, width);
}

bool toolbarButton(const char* label, bool enabled, bool first) {
    if (!first) toolbarNext(buttonWidth(label));
    return button(label, enabled);
}

bool toolbarPrimary(const char* label, bool enabled, bool first) {
    if (!first) toolbarNext(buttonWidth(label));
    return primaryButton(label, enabled);
}

}  // namespace prevplan::ui
