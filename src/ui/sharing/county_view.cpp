#include "ui/sharing/county_view.h"

#include <imgui.h>

#include <algorithm>

#include "core/base/fold.h"
#include "core/base/format.h"
#include "core/base/words.h"
#include "core/catalog/counties.h"
#include "core/catalog/indicators.h"
#include "core/sharing/plan_document.h"
#include "core/sharing/small_counts.h"
#include "platform/platform.h"
#include "ui/kit/plan_edit.h"
#include "ui/kit/strings.h"
#include "ui/sharing/strings.h"
#include "ui/kit/widgets.h"

namespace prevplan::ui {

namespace {

// Table columns: commune, county, source, the count columns, the dimensions, the plan button.
constexpr int kFixedColumns = 3;
int countColumns() { return static_cast<int>(rollupColumns().size); }

long valueOf(const CommuneRow& r, int column) {
    const int c = column - kFixedColumns;
    if (c < countColumns()) return r.*rollupColumns()[static_cast<std::size_t>(c)].field;
    return r.atRiskChildrenByDimension[static_cast<std::size_t>(c - countColumns())];
}

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

const char* countyOf(const CommuneRow& r) {
    const County* c = findCounty(r.county);
    return c ? c->name : "?";
}

}  // namespace

void CountyView::addFile(const Context& ctx, const std::string& name, const std::string& bytes) {
    const LoadResult loaded = loadWorkspace(bytes);
    if (!loaded.workspace) {
        rejected_.push_back(format(ctx.t(str::kFileRejected), name.c_str(),
                                   loaded.errors.empty() ? "?" : loaded.errors.front().message(ctx.lang).c_str()));
        return;
    }
    std::vector<FormatError> errors;
    const auto rows = communeRows(loaded, name, today(), errors);
    if (!errors.empty()) {
        rejected_.push_back(format(ctx.t(str::kFileRejected), name.c_str(), errors.front().message(ctx.lang).c_str()));
        return;
    }
    for (std::size_t i = 0; i < rows.size(); ++i) {
        // The same file again replaces its row; plans may share an id (demo communes do).
        const auto same = std::find_if(communes_.begin(), communes_.end(), [&](const Commune& c) {
            return c.row.plan == rows[i].plan && c.row.source == rows[i].source;
        });
        Commune c{rows[i], loaded.workspace->plans[i], loaded.package};
        if (same != communes_.end()) *same = std::move(c);
        else communes_.push_back(std::move(c));
    }
    reorder_ = true;
}

std::vector<std::size_t> CountyView::shown() const {
    std::vector<std::size_t> out;
    const std::string needle = lower(filter_);
    for (std::size_t i = 0; i < communes_.size(); ++i)
        if (needle.empty() || lower(communes_[i].row.commune).find(needle) != std::string::npos) out.push_back(i);
    return out;
}

std::vector<CommuneRow> CountyView::shownRows() const {
    std::vector<CommuneRow> rows;
    for (std::size_t i : shown()) rows.push_back(communes_[i].row);
    return rows;
}

void CountyView::openPlan(const Context& ctx, const Commune& c) const {
    const std::string filename = "plan-" + fileSlug(c.row.commune) + ".html";
    // A package brings the document the council got; a workspace's is made now.
    if (c.package && !c.package->documentHtml.empty()) return platform::openHtml(filename, c.package->documentHtml);
    platform::openHtml(filename, planDocumentHtml(*c.plan, {ctx.lang, today(), 0, true}));
}

void CountyView::toolbar(Context& ctx) {
    if (ImGui::Button(ctx.t(str::kBack))) ctx.countyView = false;
    ImGui::SameLine();
    textItem(ctx.t(str::kCountyView));
    paragraph(ctx.t(str::kCountyHelp));
    if (ImGui::Button(ctx.t(str::kAddFiles))) platform::openFilesPicker(".json,application/json");
    ImGui::SameLine();
    if (button(ctx.t(str::kExportRollup), !communes_.empty()))
        platform::download("judet-" + today().iso() + ".csv", "text/csv;charset=utf-8", rollupToCsv(shownRows(), ctx.lang));
    ImGui::SameLine();
    if (button(ctx.t(str::kClearCounty), !communes_.empty())) communes_.clear(), rejected_.clear(), reorder_ = true;
    ImGui::SameLine();
    if (inputText("##filter", filter_, ImGui::GetFontSize() * 12)) reorder_ = true;
    labelLastItem(ctx.t(str::kFilterCommune));
    for (const auto& r : rejected_) note(r.c_str(), kColorError);
}

// The shown rows sorted by the table's first sort column, ties in file order.
void CountyView::sortOrder(const ImGuiTableSortSpecs& sort) {
    order_ = shown();
    if (sort.SpecsCount == 0) return;
    const int column = sort.Specs[0].ColumnIndex;
    const bool ascending = sort.Specs[0].SortDirection == ImGuiSortDirection_Ascending;
    const auto less = [&](const CommuneRow& x, const CommuneRow& y) {
        switch (column) {
            case 0: return x.commune < y.commune;
            case 1: return std::string(countyOf(x)) < countyOf(y);
            case 2: return x.source < y.source;
            default: return valueOf(x, column) < valueOf(y, column);
        }
    };
    std::stable_sort(order_.begin(), order_.end(), [&](std::size_t a, std::size_t b) {
        return ascending ? less(communes_[a].row, communes_[b].row) : less(communes_[b].row, communes_[a].row);
    });
}

void CountyView::table(Context& ctx) {
    const int columns = kFixedColumns + countColumns() + kDimensionCount + 1;
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders | ImGuiTableFlags_Sortable |
                                  ImGuiTableFlags_ScrollX | ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingFixedFit;
    const float height = std::min(static_cast<float>(order_.size() + 3), 14.0f) * ImGui::GetFrameHeightWithSpacing();
    if (!ImGui::BeginTable("county", columns, flags, ImVec2(0, height))) return;
    ImGui::TableSetupScrollFreeze(1, 1);
    ImGui::TableSetupColumn(ctx.t(str::kCommune), ImGuiTableColumnFlags_DefaultSort);
    ImGui::TableSetupColumn(ctx.t(str::kCounty));
    ImGui::TableSetupColumn(ctx.t(str::kColSource));
    for (const RollupColumn& c : rollupColumns()) ImGui::TableSetupColumn(c.header.in(ctx.lang));
    for (int d = 1; d <= kDimensionCount; ++d) ImGui::TableSetupColumn(dimension(d).name.in(ctx.lang));
    ImGui::TableSetupColumn("##plan", ImGuiTableColumnFlags_NoSort);
    ImGui::TableHeadersRow();
    if (ImGuiTableSortSpecs* sort = ImGui::TableGetSortSpecs(); sort && (sort->SpecsDirty || reorder_)) {
        sortOrder(*sort);
        sort->SpecsDirty = false;
        reorder_ = false;
    }
    const auto numbers = [&](const CommuneRow& r, bool isTotal) {
        for (int c = 0; c < rollupCellCount(); ++c) {
            ImGui::TableNextColumn();
            const std::string cell = rollupCell(r, c, isTotal);
            textItem(cell.c_str());
        }
    };
    for (std::size_t i : order_) {
        const Commune& c = communes_[i];
        ImGui::PushID(static_cast<int>(i));
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        textItem(c.row.commune.c_str());
        if (c.row.demo) ImGui::SameLine(), coloredText(format("[%s]", ctx.t(str::kDemoMark)).c_str(), kColorWarning);
        ImGui::TableNextColumn();
        textItem(countyOf(c.row));
        ImGui::TableNextColumn();
        textItem(ctx.t(c.row.named ? str::kNamedMark : c.row.package ? str::kPackageMark : str::kWorkspaceMark));
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", c.row.source.c_str());
        numbers(c.row, false);
        ImGui::TableNextColumn();
        if (ImGui::SmallButton(ctx.t(str::kOpenPlanDocument))) openPlan(ctx, c);
        ImGui::PopID();
    }
    std::vector<CommuneRow> rows;
    for (std::size_t i : order_) rows.push_back(communes_[i].row);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    textItem(ctx.t(str::kTotal));
    ImGui::TableNextColumn();
    ImGui::TableNextColumn();
    const CommuneRow total = totalsOf(rows);
    numbers(total, true);
    ImGui::EndTable();
    if (total.hidden.empty()) return;
    note(kHiddenCountNote.in(ctx.lang), kColorMuted);
    note(rollupHiddenSumNote().in(ctx.lang), kColorMuted);
}

// Horizontal bars, one per commune, for the chosen figure.
void CountyView::chart(const Context& ctx) {
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 16);
    if (ImGui::BeginCombo(stableId(ctx.t(str::kCompare), "compare").c_str(), rollupColumns()[static_cast<std::size_t>(compare_)].header.in(ctx.lang))) {
        for (int c = 0; c < countColumns(); ++c)
            if (ImGui::Selectable(rollupColumns()[static_cast<std::size_t>(c)].header.in(ctx.lang), c == compare_)) compare_ = c;
        ImGui::EndCombo();
    }
    const long CommuneRow::*field = rollupColumns()[static_cast<std::size_t>(compare_)].field;
    long largest = 1;
    for (std::size_t i : order_) largest = std::max(largest, communes_[i].row.*field);
    const float labelWidth = ImGui::GetFontSize() * 12, barMax = ImGui::GetContentRegionAvail().x - labelWidth - ImGui::GetFontSize() * 6;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    for (std::size_t i : order_) {
        const CommuneRow& r = communes_[i].row;
        textItem(r.commune.c_str());
        ImGui::SameLine(labelWidth);
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const float w = std::max(1.0f, barMax * static_cast<float>(r.*field) / static_cast<float>(largest));
        const float h = ImGui::GetTextLineHeight();
        draw->AddRectFilled(at, ImVec2(at.x + w, at.y + h), ImColor(0xFFA85F1F));
        ImGui::Dummy(ImVec2(w, h));
        ImGui::SameLine();
        textItem(groupedNumber(r.*field, ctx.lang).c_str());
    }
}

void CountyView::draw(Context& ctx) {
    toolbar(ctx);
    ImGui::Separator();
    if (communes_.empty()) return paragraph(ctx.t(str::kNoCommunes));
    if (reorder_) order_ = shown();  // the table sorts it
    const std::string communes = countOf(static_cast<long long>(communes_.size()), str::kCommuneNoun, ctx.lang);
    textItem(format(ctx.t(str::kCommunesShown), static_cast<int>(order_.size()), communes.c_str()).c_str());
    table(ctx);
    ImGui::Spacing();
    chart(ctx);
}

}  // namespace prevplan::ui
