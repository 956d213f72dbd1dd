#include "core/registry/work_queue.h"

#include <algorithm>

#include "core/model/rules.h"
#include "core/observatory/family_edits.h"

namespace prevplan {

const char* taskKindKey(TaskKind kind) {
    switch (kind) {
        case TaskKind::RefreshObservation: return "refresh-observation";
        case TaskKind::RiskIdentification: return "risk-identification";
        case TaskKind::NotifyDgaspc: return "notify-dgaspc";
        case TaskKind::ServicePlan: return "service-plan";
        case TaskKind::MonitoringVisit: return "monitoring-visit";
        case TaskKind::AbuseSuspicionVisit: return "abuse-suspicion-visit";
    }
    return "";
}

namespace {

constexpr int kServicePlanDays = 30;
constexpr int kObservationRefreshMonths = 12;

// Collects the tasks family nucleus by family nucleus; a date missing from the record makes its task
// due today. Only the children of the Observatory today count: at 18 they leave it.
class QueueBuilder {
public:
    QueueBuilder(const Date& today, int horizonDays) : today_(today), last_(today.addDays(horizonDays)) {}

    void addHousehold(const Household& household) {
        for (const auto& family : household.families) addFamily(household, family);
    }

    std::vector<WorkItem> take() { return std::move(items_); }

private:
    void addFamily(const Household& household, const FamilyNucleus& family) {
        // The sheets apply where children live, or where they were taken into special protection.
        if (family.children.empty()) return;
        if (outOfObservatoryOn(family, today_)) return;
        household_ = &household;
        family_ = &family;
        const IndicatorSet confirmed = confirmedSet(family);
        refreshObservation();
        if (needsRiskIdentification(family) && !riskIdentifiedSinceSheet(family)) riskIdentification();
        notifyDgaspc();
        if (confirmed.any())
            for (const Child& child : family.children)
                if (inObservatoryOn(child, today_)) registryChild(child);
    }

    void add(TaskKind kind, const std::optional<Date>& due, const Id& childId = {}, bool urgent = false) {
        const Date when = due.value_or(today_);
        if (when > last_ && !urgent) return;
        items_.push_back({kind, household_->id, family_->id, childId, when, when < today_, urgent});
    }

    void refreshObservation() {
        const auto& sheet = family_->sheet;
        if (!sheet || !sheet->filledOn)
            add(TaskKind::RefreshObservation, std::nullopt);
        else
            add(TaskKind::RefreshObservation, sheet->filledOn->addMonths(kObservationRefreshMonths));
    }

    // 72 hours from when SPAS received the sheet, or the planned visit if sooner; without a sheet
    // (a family known from the DGASPC's list) at once. A suspicion of abuse or neglect makes it urgent.
    void riskIdentification() {
        std::optional<Date> due;
        if (const auto& sheet = family_->sheet) {
            due = suggestedVisitDate(*sheet);
            if (sheet->visitPlannedOn && (!due || *sheet->visitPlannedOn < *due)) due = sheet->visitPlannedOn;
        }
        if (abuseVisitPending(*family_)) add(TaskKind::AbuseSuspicionVisit, due, {}, true);
        else add(TaskKind::RiskIdentification, due);
    }

    // "Immediately" once the home visit confirmed abuse, neglect or exploitation: on the visit day.
    void notifyDgaspc() {
        if (dgaspcNotificationDue(*family_).any()) add(TaskKind::NotifyDgaspc, family_->risk->visitedOn, {}, true);
    }

    void registryChild(const Child& child) {
        const auto& plan = child.servicePlan;
        if (!plan || !plan->completedOn) {
            std::optional<Date> confirmedOn = family_->risk->visitedOn;
            if (!confirmedOn) confirmedOn = child.registeredOn;
            add(TaskKind::ServicePlan, confirmedOn ? std::optional<Date>(confirmedOn->addDays(kServicePlanDays))
                                                   : std::nullopt,
                child.id);
            return;
        }
        add(TaskKind::MonitoringVisit, nextMonitoringVisit(*family_, child), child.id);
    }

    Date today_, last_;
    const Household* household_ = nullptr;
    const FamilyNucleus* family_ = nullptr;
    std::vector<WorkItem> items_;
};

}  // namespace

namespace {

std::vector<WorkItem> sorted(std::vector<WorkItem> items) {
    std::stable_sort(items.begin(), items.end(), [](const WorkItem& a, const WorkItem& b) {
        return a.urgent != b.urgent ? a.urgent : a.due < b.due;
    });
    return items;
}

}  // namespace

std::vector<WorkItem> workQueue(const Plan& plan, const Date& today, int horizonDays) {
    QueueBuilder builder(today, horizonDays);
    for (const auto& household : plan.households) builder.addHousehold(*household);
    return sorted(builder.take());
}

std::vector<WorkItem> workQueue(const Plan& plan, const Date& today, int horizonDays, QueueParts& parts) {
    const auto& all = parts.of(plan, today, [horizonDays](const Household& household, const Date& day) {
        return householdTasks(household, day, horizonDays);
    });
    std::vector<WorkItem> items;
    for (const auto& part : all) items.insert(items.end(), part.begin(), part.end());
    return sorted(std::move(items));
}

std::vector<WorkItem> householdTasks(const Household& household, const Date& today, int horizonDays) {
    QueueBuilder builder(today, horizonDays);
    builder.addHousehold(household);
    return builder.take();
}

}  // namespace prevplan
