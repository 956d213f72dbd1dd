#include "ui/registry/work_queue_view.h"

#include <imgui.h>

#include "core/base/format.h"
#include "core/base/words.h"
#include "ui/kit/plan_edit.h"
#include "ui/kit/strings.h"
#include "ui/registry/strings.h"
#include "ui/kit/widgets.h"

namespace prevplan::ui {

namespace {

constexpr int kHorizonDays = 30;
constexpr unsigned int kUrgentRow = 0x402828C0;  // ABGR, kColorError made translucent

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

void WorkQueueView::row(Context& ctx, const Plan& plan, const WorkItem& item, int index, PlanFocus& focus) {
    const FamilyNucleus* f = findFamily(plan, {item.householdId, item.familyId});
    const Child* c = f && !item.childId.empty() ? findChild(*f, item.childId) : nullptr;
    ImGui::TableNextRow();
    // Abuse and neglect stand apart from routine deadlines: a tinted row, URGENT and the task in red.
    if (item.urgent) ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, kUrgentRow);
    ImGui::TableNextColumn();
    std::string due = item.due.shown() + (item.overdue ? std::string(" ") + ctx.t(str::kOverdue) : "");
    if (item.urgent) due = std::string(ctx.t(str::kUrgent)) + " " + due;
    ImGui::TextColored(ImColor(item.overdue || item.urgent ? kColorError : ImGui::GetColorU32(ImGuiCol_Text)), "%s",
                       due.c_str());
    ImGui::TableNextColumn();
    if (item.urgent) ImGui::PushStyleColor(ImGuiCol_Text, kColorError);
    textItem(ctx.t(taskName(item.kind)));
    if (item.urgent) ImGui::PopStyleColor();
    ImGui::TableNextColumn();
    std::string who = c ? c->name : f ? (f->head.empty() ? f->id : f->head) : item.familyId;
    ImGui::TextUnformatted(who.c_str());
    ImGui::TableNextColumn();
    if (const Household* h = findHousehold(plan, item.householdId)) ImGui::TextUnformatted(h->village.c_str());
    ImGui::TableNextColumn();
    ImGui::PushID(index);
    if (ImGui::SmallButton(ctx.t(str::kOpen))) openTask(item, focus);
    ImGui::PopID();
}

void WorkQueueView::draw(Context& ctx, const Plan& plan, PlanFocus& focus) {
    const Date now = today();
    const Queue& queue = queue_.get(ctx.snapshot(plan), {now.days()}, [&] {
        Queue q{workQueue(plan, now, kHorizonDays)};
        for (const auto& item : q.items) {
            q.overdue += item.overdue;
            q.urgent += item.urgent;
        }
        return q;
    });
    const std::vector<WorkItem>& items = queue.items;
    ImGui::TextUnformatted(ctx.t(str::kWorkQueueTitle));
    textItem(format(ctx.t(str::kWorkQueueCounts), countOf(static_cast<long>(items.size()), str::kTask, ctx.lang).c_str(),
                    countOf(queue.overdue, str::kOverdueTask, ctx.lang).c_str())
                 .c_str());
    if (queue.urgent) note(("⚠ " + countOf(queue.urgent, str::kUrgentTask, ctx.lang)).c_str(), kColorError);
    if (items.empty()) {
        note(ctx.t(str::kWorkQueueEmpty), kColorOk);
        return;
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("work-queue", 5, flags)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    // Wide enough for its longest cell ("URGENT dd.mm.yyyy DEPĂȘIT"): the deadline is never cut.
    const std::string widestDue = std::string(ctx.t(str::kUrgent)) + " 00.00.0000 " + ctx.t(str::kOverdue);
    ImGui::TableSetupColumn(ctx.t(str::kColDue), ImGuiTableColumnFlags_WidthFixed,
                            ImGui::CalcTextSize(widestDue.c_str()).x);
    ImGui::TableSetupColumn(ctx.t(str::kColTask), 0, 4);
    ImGui::TableSetupColumn(ctx.t(str::kColWho), 0, 3);
    ImGui::TableSetupColumn(ctx.t(str::kColVillage), 0, 2);
    ImGui::TableSetupColumn("##open", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(items.size()));
    while (clipper.Step())
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) row(ctx, plan, items[i], i, focus);
    ImGui::EndTable();
}

}  // namespace prevplan::ui
