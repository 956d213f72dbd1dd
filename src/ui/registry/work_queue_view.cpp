#include "ui/registry/work_queue_view.h"

#include <imgui.h>

#include "core/base/format.h"
#include "core/base/words.h"
#include "ui/kit/plan_edit.h"
#include "ui/kit/strings.h"
#include "ui/kit/table.h"
#include "ui/kit/widgets.h"
#include "ui/registry/filter_bar.h"
#include "ui/registry/strings.h"

namespace prevplan::ui {

namespace {

constexpr int kHorizonDays = 30;
constexpr unsigned int kUrgentRow = 0x402828C0;  // ABGR, kColorError made translucent

// The task types in the queue's own order, named.
constexpr TaskKind kKinds[] = {TaskKind::AbuseSuspicionVisit, TaskKind::NotifyDgaspc,    TaskKind::RiskIdentification,
                               TaskKind::ServicePlan,         TaskKind::MonitoringVisit, TaskKind::RefreshObservation};

const Text& taskName(TaskKind kind) {
    switch (kind) {
        case TaskKind::RefreshObservation: return str::kTaskRefresh;
        case TaskKind::RiskIdentification: return str::kTaskRisk;
        case TaskKind::NotifyDgaspc: return str::kTaskNotify;
        case TaskKind::ServicePlan: return str::kTaskServicePlan;
        case TaskKind::MonitoringVisit: return str::kTaskMonitoring;
        case TaskKind::AbuseSuspicionVisit: return str::kTaskAbuseVisit;
    }
    return str::kTaskRefresh;
}

std::string groupTitle(const Context& ctx, const WorkGroup& g) {
    std::string title = ctx.t(g.legal ? str::kLegalDeadlines : str::kRoutineDeadlines);
    if (g.kind) title += std::string(" · ") + ctx.t(taskName(*g.kind));
    if (!g.village.empty()) title += " · " + g.village;
    title += " — " + countOf(static_cast<long>(g.rows.size()), str::kTask, ctx.lang);
    if (g.overdue) title += ", " + countOf(g.overdue, str::kOverdueDeadline, ctx.lang);
    return title;
}

}  // namespace

void openTask(const WorkItem& item, PlanFocus& focus) {
    const FamilyRef ref{item.householdId, item.familyId};
    switch (item.kind) {
        case TaskKind::RefreshObservation: focus.open(Editor::Household, ref); break;
        case TaskKind::RiskIdentification:
        case TaskKind::AbuseSuspicionVisit:
        case TaskKind::NotifyDgaspc: focus.open(Editor::Risk, ref); break;
        case TaskKind::ServicePlan:
        case TaskKind::MonitoringVisit: focus.open(Editor::ServicePlan, ref, item.childId); break;
    }
}

void WorkQueueView::row(Context& ctx, const Plan& plan, const WorkItem& item, std::size_t index, PlanFocus& focus) {
    const FamilyNucleus* f = findFamily(plan, {item.householdId, item.familyId});
    const Child* c = f && !item.childId.empty() ? findChild(*f, item.childId) : nullptr;
    ImGui::TableNextRow();
    // Abuse and neglect stand apart from routine deadlines: a tinted row, URGENT and the task in red.
    if (item.urgent) ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, kUrgentRow);
    std::string due = item.due.shown() + (item.overdue ? std::string(" ") + ctx.t(str::kOverdue) : "");
    if (item.urgent) due = std::string(ctx.t(str::kUrgent)) + " " + due;
    cellText(due.c_str(), item.overdue || item.urgent ? kColorError : 0);
    cellText(ctx.t(taskName(item.kind)), item.urgent ? kColorError : 0);
    const std::string who = c ? c->name : f ? (f->head.empty() ? ctx.t(str::kUnnamed) : f->head) : std::string();
    cellText(who.c_str());
    const Household* h = findHousehold(plan, item.householdId);
    cellText(h ? h->village.c_str() : "");
    cellText(h ? h->address.c_str() : "");
    if (!ImGui::TableNextColumn()) return;
    ImGui::PushID(static_cast<int>(index));
    if (ImGui::SmallButton(ctx.t(str::kOpen))) openTask(item, focus);
    ImGui::PopID();
}

void WorkQueueView::group(Context& ctx, const Plan& plan, const std::vector<WorkItem>& items, const WorkGroup& g,
                          PlanFocus& focus) {
    const std::string title = groupTitle(ctx, g);
    std::string id = g.legal ? "legal" : "routine";
    if (g.kind) id += taskKindKey(*g.kind);
    id += g.village;
    if (g.legal) ImGui::PushStyleColor(ImGuiCol_Text, kColorError);
    const bool open =
        ImGui::CollapsingHeader(stableId(title.c_str(), id.c_str()).c_str(), ImGuiTreeNodeFlags_DefaultOpen);
    if (g.legal) ImGui::PopStyleColor();
    labelLastItem(title.c_str());
    if (!open) return;
    // Wide enough for its longest cell ("URGENT dd.mm.yyyy DEPĂȘIT"): the deadline is never cut.
    const std::string widestDue = std::string(ctx.t(str::kUrgent)) + " 00.00.0000 " + ctx.t(str::kOverdue);
    std::vector<TableColumn> columns = {
        {ctx.t(str::kColDue), widestDue.c_str()}, {ctx.t(str::kColTask), nullptr, 12},
        {ctx.t(str::kColWho), nullptr, 8},        {ctx.t(str::kColVillage), nullptr, 5, 1},
        {ctx.t(str::kColAddress), nullptr, 7, 2}, {"##open", ctx.t(str::kOpen)},
    };
    // A long task name, name or address wraps: read whole without a mouse, on every screen.
    for (std::size_t c = 1; c <= 4; ++c) columns[c].wrap = true;
    columns.back().button = true;
    if (!beginFittedTable(id.c_str(), columns, ctx.t(str::kColDue))) return;
    clippedRows(static_cast<int>(g.rows.size()), [&](int i) {
        const std::size_t index = g.rows[static_cast<std::size_t>(i)];
        row(ctx, plan, items[index], index, focus);
    });
    endFittedTable();
}

void WorkQueueView::filters(Context& ctx, const Plan& plan) {
    toolbarSearch(ctx.t(str::kSearch), filter_.search, 10, true);
    optionalChoice(ctx, ctx.t(str::kFilterTaskType), str::kEveryType, kKinds, taskName, filter_.kind);
    villageChoice(ctx, plan, filter_.village);
    enumChoice(ctx, ctx.t(str::kFilterDeadline), str::kDueNames, filter_.due);
    enumChoice(ctx, ctx.t(str::kFilterUrgency), str::kUrgencyNames, filter_.urgency);
    enumChoice(ctx, ctx.t(str::kGroupBy), str::kTaskGroupNames, filter_.grouping);
    if (toolbarButton(ctx.t(str::kClearFilters), !(filter_ == WorkFilter{}))) filter_ = WorkFilter{};
}

void WorkQueueView::draw(Context& ctx, const Plan& plan, PlanFocus& focus) {
    const Date now = today();
    const Queue& queue = queue_.get(ctx.snapshot(plan), {now.days()}, [&] {
        Queue q{workQueue(plan, now, kHorizonDays, parts_)};
        for (const auto& item : q.items) {
            q.overdue += item.overdue;
            q.urgent += item.urgent;
        }
        return q;
    });
    const std::vector<WorkItem>& items = queue.items;
    section(ctx.t(str::kWorkQueueTitle));
    textItem(format(ctx.t(str::kWorkQueueCounts),
                    countOf(static_cast<long>(items.size()), str::kTask, ctx.lang).c_str(),
                    countOfAdjective(queue.overdue, str::kOverdueTask, ctx.lang).c_str())
                 .c_str());
    if (queue.urgent) note(("⚠ " + countOf(queue.urgent, str::kUrgentTask, ctx.lang)).c_str(), kColorError);
    if (items.empty()) {
        note(ctx.t(str::kWorkQueueEmpty), kColorOk);
        return;
    }
    filters(ctx, plan);
    // Filtered and grouped once per change of the plan, the filter or the day, not per frame.
    const auto& groups =
        groups_.get(ctx.snapshot(plan), {filter_, now.days()}, [&] { return filterWorkQueue(plan, items, filter_); });
    if (groups.empty()) {
        note(ctx.t(str::kNoTaskMatches), kColorMuted);
        return;
    }
    ImGui::BeginChild("work-queue-groups");
    for (const WorkGroup& g : groups) group(ctx, plan, items, g, focus);
    ImGui::EndChild();
}

}  // namespace prevplan::ui
