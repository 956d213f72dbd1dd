#include "ui/resources/resources_view.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include "core/base/fold.h"
#include "core/base/format.h"
#include "core/base/words.h"
#include "core/catalog/a25.h"
#include "core/catalog/service_types.h"
#include "core/resources/resource_edits.h"
#include "platform/platform.h"
#include "ui/kit/plan_edit.h"
#include "ui/resources/resources_panels.h"
#include "ui/resources/resources_widgets.h"
#include "ui/kit/strings.h"
#include "ui/resources/strings.h"
#include "ui/kit/strings.h"
#include "ui/kit/table.h"
#include "ui/kit/widgets.h"

namespace prevplan::ui {

namespace {


const Text* const kPlaces[] = {&str::kInCommune, &str::kInMicroArea};

}  // namespace

const InventoryList& ResourcesView::refresh(const Context& ctx, const Plan& plan) {
    const Date now = today();
    return list_.get(ctx.snapshot(plan), {filter_, now.days()}, [&] { return queryInventory(plan, filter_, now); });
}

void ResourcesView::openCsv(const std::string& filename, std::string_view bytes) {
    importName_ = filename;
    importResult_.clear();
    import_ = importInventoryCsv(bytes);
}

void ResourcesView::importPanel(Context& ctx, const Plan& plan) {
    if (!importResult_.empty()) note(importResult_.c_str(), kColorOk);
    if (!import_) return;
    textItem(format(ctx.t(str::kInventoryFileRead), importName_.c_str(), import_->rowsRead,
                    static_cast<int>(import_->services.size()))
                 .c_str());
    for (const Issue& issue : import_->issues)
        note(issue.message(ctx.lang).c_str(), issue.severity == Severity::Error ? kColorError : kColorWarning);
    if (primaryButton(ctx.t(str::kImportValid), !ctx.readOnly && !import_->services.empty())) {
        int added = 0;
        const int rows = static_cast<int>(import_->services.size());
        editPlanWith(ctx, plan, "import inventory", {}, [&](Plan& p) { added = mergeInventory(p, import_->services); });
        importResult_ = format(ctx.t(str::kInventoryImported), added, rows - added);
        import_.reset();
        return;
    }
    ImGui::SameLine();
    if (button(ctx.t(str::kCancel))) import_.reset();
    ImGui::Separator();
}

void ResourcesView::toolbar(Context& ctx, const Plan& plan) {
    if (primaryButton(ctx.t(str::kAddService), !ctx.readOnly)) {
        editPlanWith(ctx, plan, "add service", {}, [&](Plan& p) { editing_ = addService(p, today()); });
    }
    ImGui::SameLine();
    if (button(ctx.t(str::kImportInventory), !ctx.readOnly)) platform::openFilePicker(".csv,text/csv");
    ImGui::SameLine();
    if (button(ctx.t(str::kExportInventory)))
        platform::download("prevplan-" + fileSlug(plan.commune) + "-inventar-" + platform::todayIso() + ".csv",
                           "text/csv;charset=utf-8", exportInventoryCsv(plan.resources));
}

void ResourcesView::filters(const Context& ctx) {
    ImGui::SetNextItemWidth(em() * 11);
    ImGui::InputTextWithHint("##search", ctx.t(str::kSearchServiceHint), &filter_.search);
    labelLastItem(ctx.t(str::kSearch));
    ImGui::SameLine();
    int category = filter_.category + 1;
    auto categoryName = [&](int i) {
        return std::string(i == 0 ? ctx.t(str::kAllCategories) : ctx.t(serviceCategoryName(static_cast<ServiceCategory>(i - 1))));
    };
    if (choiceCombo("##category", ctx.t(str::kFilterCategory), categoryName(category).c_str(), kServiceCategoryCount + 1,
                    category, categoryName, em() * 14))
        filter_.category = category - 1;
    ImGui::SameLine();
    int place = filter_.place + 1;
    auto placeName = [&](int i) { return std::string(i == 0 ? ctx.t(str::kAnyPlace) : ctx.t(*kPlaces[i - 1])); };
    if (choiceCombo("##place", ctx.t(str::kFilterPlace), placeName(place).c_str(), 3, place, placeName, em() * 9))
        filter_.place = place - 1;
    toolbarNext(checkboxWidth(ctx.t(str::kOnlyToCheck)));
    ImGui::Checkbox(ctx.t(str::kOnlyToCheck), &filter_.toCheckOnly);
    toolbarNext(buttonWidth(ctx.t(str::kClearFilters)));
    if (button(ctx.t(str::kClearFilters))) filter_ = InventoryFilter{};
}

void ResourcesView::table(const Context& ctx, const Plan& plan, const InventoryList& list) {
    // Names wrap in their cells; places, dates and the efficiency score have the room they need.
    const std::string widestChecked = std::string("00.00.0000 ") + ctx.t(str::kToCheck);
    std::vector<TableColumn> columns = {
        {ctx.t(str::kColType), nullptr, 10},   {ctx.t(str::kColName), nullptr, 10},
        {ctx.t(str::kSupplier), nullptr, 7},   {ctx.t(str::kLocality), nullptr, 6},
        {ctx.t(str::kColPlaces), "999 / 999"}, {ctx.t(str::kColChecked), widestChecked.c_str()},
        {ctx.t(str::kColEfficiency), "10"},
    };
    for (TableColumn& c : columns) c.wrap = !c.widest;
    if (!beginFittedTable("inventory", columns, ctx.t(str::kColType), ImGuiTableFlags_ScrollY)) return;
    const Date now = today();
    clippedRows(static_cast<int>(list.rows.size()), [&](int row) {
        const Service& s = plan.resources.services[list.rows[static_cast<std::size_t>(row)]];
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        const std::string type = serviceTypeName(ctx, s.type);
        // The whole row opens the service; it is known by its type.
        ImGui::PushID(s.id.c_str());
        if (ImGui::Selectable("##row", false,
                              ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap))
            editing_ = s.id;
        labelLastItem(type.c_str());
        ImGui::PopID();
        ImGui::SameLine(0, 0);
        fittedText(type.c_str());
        cellText(s.name.c_str());
        cellText(s.supplier > 0 ? ctx.t(supplierTypes()[s.supplier - 1].label) : "");
        const ServicePlace place = placeOf(plan, s);
        cellText(s.locality.empty() ? ctx.t(str::kCommuneWide) : s.locality.c_str(),
                 place == ServicePlace::Outside ? kColorError : 0);
        const std::string places = std::string(s.freePlaces ? std::to_string(*s.freePlaces) : "?") + " / " +
                                   (s.capacity ? std::to_string(*s.capacity) : "?");
        cellRight(places.c_str());
        const std::string checked = (s.checkedOn ? s.checkedOn->shown() : std::string("—")) +
                                    (recheckDue(s, now) ? std::string(" ") + ctx.t(str::kToCheck) : "");
        cellText(checked.c_str(), recheckDue(s, now) ? kColorWarning : 0);
        labelLastItem((s.name + " " + checked).c_str());
        cellRight(s.efficiency ? std::to_string(s.efficiency).c_str() : "");
    });
    endFittedTable();
}

void ResourcesView::inventory(Context& ctx, const Plan& plan) {
    toolbar(ctx, plan);
    importPanel(ctx, plan);
    filters(ctx);
    const InventoryList& list = refresh(ctx, plan);
    textItem(format(ctx.t(str::kInventoryCounts), countOf(list.total, nouns::kService, ctx.lang).c_str(), list.inCommune,
                    list.inMicroArea, list.toCheck).c_str());
    textItem(format(ctx.t(str::kShownServices), static_cast<long>(list.rows.size()),
                    countOf(list.total, nouns::kService, ctx.lang).c_str()).c_str());
    note(ctx.t(plan.resources.services.empty() ? str::kEmptyInventory : str::kRecheckNote), kColorMuted);
    table(ctx, plan, list);
}

void ResourcesView::draw(Context& ctx, const Plan& plan) {
    if (!editing_.empty()) {
        if (form_.draw(ctx, plan, editing_)) return;
        editing_.clear();
    }
    if (!ImGui::BeginTabBar("resources")) return;
    if (tabItem(ctx, str::kTabInventory)) {
        inventory(ctx, plan);
        ImGui::EndTabItem();
    }
    if (tabItem(ctx, str::kTabMicroArea)) {
        microAreaPanel(ctx, plan, newLocality_);
        ImGui::EndTabItem();
    }
    if (tabItem(ctx, str::kTabPartners)) {
        partnersPanel(ctx, plan);
        ImGui::EndTabItem();
    }
    if (tabItem(ctx, str::kTabDgaspc)) {
        dgaspcPanel(ctx, plan);
        ImGui::EndTabItem();
    }
    ImGui::EndTabBar();
}

}  // namespace prevplan::ui
