#include "ui/registry/registry_view.h"

#include <imgui.h>

#include "core/base/format.h"
#include "core/base/words.h"
#include "ui/kit/plan_edit.h"
#include "ui/kit/strings.h"
#include "ui/kit/table.h"
#include "ui/kit/widgets.h"
#include "ui/observatory/needs_exports.h"
#include "ui/registry/filter_bar.h"
#include "ui/registry/strings.h"

namespace prevplan::ui {

namespace {

constexpr ServicePlanStatus kPlanStatuses[] = {ServicePlanStatus::Missing, ServicePlanStatus::Draft,
                                               ServicePlanStatus::AwaitingApproval, ServicePlanStatus::Approved};

std::string groupTitle(const Context& ctx, const RegistryGroup& g) {
    std::string title = g.plan ? ctx.t(servicePlanStatusName(*g.plan)) : g.village;
    if (title.empty()) title = ctx.t(str::kWholeRegistry);
    title += " — " + countOf(static_cast<long>(g.rows.size()), str::kRegistryChild, ctx.lang);
    if (g.overdue) title += ", " + countOf(g.overdue, str::kOverdueDeadline, ctx.lang);
    return title;
}

}  // namespace

void RegistryView::row(Context& ctx, const Plan& plan, const RegistryEntry& e, PlanFocus& focus) {
    const FamilyNucleus& f = *findFamily(plan, e.family);
    const Child& c = *findChild(f, e.childId);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    const char* name = c.name.empty() ? ctx.t(str::kUnnamed) : c.name.c_str();
    // The whole row opens the child's service plan; the child's name is what a person looks for.
    ImGui::PushID(c.id.c_str());
    if (ImGui::Selectable("##row", false, ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap))
        focus.open(Editor::ServicePlan, e.family, c.id);
    labelLastItem(name);
    ImGui::PopID();
    ImGui::SameLine(0, 0);
    fittedText(name);
    const Household& h = *plan.households[e.household];
    cellText(h.village.c_str());
    cellText(h.address.c_str());
    cellText(f.head.c_str());
    cellRight(std::to_string(e.confirmedRisks).c_str());
    cellText(format(ctx.t(str::kEveryMonths), countOf(e.monitoringMonths, nouns::kMonth, ctx.lang).c_str()).c_str());
    cellText(ctx.t(servicePlanStatusName(e.plan)));
    if (e.turned18On) {
        const std::string on = e.turned18On->shown();
        cellText(format(ctx.t(str::kLeftRegistry), on.c_str()).c_str());
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", format(ctx.t(str::kLeftRegistryWhole), on.c_str()).c_str());
    } else if (e.due) {
        const std::string due = e.due->shown() + (e.overdue ? std::string(" ") + ctx.t(str::kOverdue) : "");
        cellText(due.c_str(), e.overdue ? kColorError : 0);
    }
}

void RegistryView::group(Context& ctx, const Plan& plan, const std::vector<RegistryEntry>& entries,
                         const RegistryGroup& g, PlanFocus& focus) {
    const std::string id = g.plan ? std::to_string(static_cast<int>(*g.plan)) : g.village;
    if (filter_.grouping != Grouping::None) {
        const std::string title = groupTitle(ctx, g);
        const bool open =
            ImGui::CollapsingHeader(stableId(title.c_str(), id.c_str()).c_str(), ImGuiTreeNodeFlags_DefaultOpen);
        labelLastItem(title.c_str());
        if (!open) return;
    }
    const std::string widestDue = std::string("00.00.0000 ") + ctx.t(str::kOverdue);
    // Yearly is the longest of the three frequencies ("every 12 months").
    const std::string widestMonitoring =
        format(ctx.t(str::kEveryMonths), countOf(12, nouns::kMonth, ctx.lang).c_str());
    std::vector<TableColumn> columns = {
        {ctx.t(str::kColChild), nullptr, 8},
        {ctx.t(str::kColVillage), nullptr, 5, 2},
        {ctx.t(str::kColAddress), nullptr, 7, 3},
        {ctx.t(str::kColFamily), nullptr, 7, 1},
        {ctx.t(str::kColRisks), "99"},
        {ctx.t(str::kColMonitoring), widestMonitoring.c_str()},
        {ctx.t(str::kColServicePlan), nullptr, 7},
        {ctx.t(str::kColDue), widestDue.c_str()},
    };
    // Names, addresses and statuses wrap rather than end in "…".
    for (TableColumn& c : columns) c.wrap = !c.widest;
    columns.back().wrap = true;  // "left the Registry on …" may outgrow the widest deadline
    // One group scrolls in its own table under frozen headers; several scroll together.
    const ImGuiTableFlags scroll = filter_.grouping == Grouping::None ? ImGuiTableFlags_ScrollY : 0;
    if (!beginFittedTable(("registry" + id).c_str(), columns, ctx.t(str::kColDue), scroll)) return;
    clippedRows(static_cast<int>(g.rows.size()),
                [&](int i) { row(ctx, plan, entries[g.rows[static_cast<std::size_t>(i)]], focus); });
    endFittedTable();
}

void RegistryView::filters(Context& ctx, const Plan& plan) {
    toolbarSearch(ctx.t(str::kSearch), filter_.search, 10, true);
    optionalChoice(ctx, ctx.t(str::kColServicePlan), str::kAnyPlanStatus, kPlanStatuses, servicePlanStatusName, filter_.plan);
    villageChoice(ctx, plan, filter_.village);
    enumChoice(ctx, ctx.t(str::kFilterDeadline), str::kDueNames, filter_.due);
    enumChoice(ctx, ctx.t(str::kGroupBy), str::kRegistryGroupNames, filter_.grouping);
    if (toolbarButton(ctx.t(str::kClearFilters), !(filter_ == RegistryFilter{}))) filter_ = RegistryFilter{};
}

void RegistryView::draw(Context& ctx, const Plan& plan, PlanFocus& focus) {
    const Date now = today();
    const auto& entries = entries_.get(ctx.snapshot(plan), {now.days()}, [&] { return registryEntries(plan, now); });
    if (toolbarButton(ctx.t(str::kExportRegistry), true, true)) exportRegistry(ctx, plan);
    toolbarNext(em() * 11);
    separatorChoice(ctx);
    long current = 0;
    for (const RegistryEntry& e : entries) current += e.current();
    textItem(format(ctx.t(str::kRegistryCount), groupedNumber(current, ctx.lang).c_str()).c_str());
    if (entries.empty()) {
        note(ctx.t(str::kRegistryEmpty), kColorMuted);
        return;
    }
    filters(ctx, plan);
    // Filtered and grouped once per change of the plan, the filter or the day, not per frame.
    const auto& groups =
        groups_.get(ctx.snapshot(plan), {filter_, now.days()}, [&] { return filterRegistry(plan, entries, filter_); });
    if (groups.empty()) {
        note(ctx.t(str::kNoChildMatches), kColorMuted);
        return;
    }
    if (filter_.grouping == Grouping::None) {
        group(ctx, plan, entries, groups.front(), focus);
        return;
    }
    ImGui::BeginChild("registry-groups");
    for (const RegistryGroup& g : groups) group(ctx, plan, entries, g, focus);
    ImGui::EndChild();
}

}  // namespace prevplan::ui
