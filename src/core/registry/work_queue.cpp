#include "core/registry/work_queue.h"

#include <algorithm>

#include "core/model/rules.h"

namespace prevplan {

const char* taskKindKey(TaskKind kind) {
    switch (kind) {
        case TaskKind::RefreshObservation: return "refresh-observation";
        case TaskKind::RiskIdentification: return "risk-identification";
        case TaskKind::NotifyDgaspc: return "notify-dgaspc";
        case TaskKind::ServicePlan: return "service-plan";
        case TaskKind::MonitoringVisit: return "monitoring-visit";
    }
    return "";
}

namespace {

constexpr int kRiskIdentificationDays = 3;  // 72 hours
constexpr int kServicePlanDays = 30;
constexpr int kObservationRefreshMonths = 12;

// Collects the tasks family nucleus by family nucleus; a date missing from the record makes its task
// due today.
class QueueBuilder {
public:
    QueueBuilder(const Date& today, int horizonDays) : today_(today), last_(today.addDays(horizonDays)) {}

    void addFamily(const Household& household, const FamilyNucleus& family) {
        // The sheets apply where children live, or where they were taken into special protection.
        if (family.children.empty()) return;
        household_ = &household;
        family_ = &family;
        const IndicatorSet confirmed = confirmedSet(family);
        refreshObservation();
        if (needsRiskIdentification(family) && !riskIdentifiedSinceSheet()) riskIdentification();
        notifyDgaspc(confirmed);
        if (confirmed.any())
            for (const Child& child : family.children) registryChild(child);
    }

    std::vector<WorkItem> take() {
        std::stable_sort(items_.begin(), items_.end(),
                         [](const WorkItem& a, const WorkItem& b) { return a.due < b.due; });
        return std::move(items_);
    }

private:
    void add(TaskKind kind, const std::optional<Date>& due, const Id& childId = {}) {
        const Date when = due.value_or(today_);
        if (when > last_) return;
        items_.push_back({kind, household_->id, family_->id, childId, when, when < today_});
    }

    void refreshObservation() {
        const auto& sheet = family_->sheet;
        if (!sheet || !sheet->filledOn)
            add(TaskKind::RefreshObservation, std::nullopt);
        else
            add(TaskKind::RefreshObservation, sheet->filledOn->addMonths(kObservationRefreshMonths));
    }

    // A risk identification older than the current sheet answered an earlier sheet.
    bool riskIdentifiedSinceSheet() const {
        const auto& risk = family_->risk;
        if (!risk || !risk->visitedOn) return false;
        if (!family_->sheet) return true;  // a child in protection: the visit needs no sheet first
        const auto& filled = family_->sheet->filledOn;
        return !filled || *risk->visitedOn >= *filled;
    }

    // Without a sheet (a family known from the DGASPC's list) the visit is due at once.
    void riskIdentification() {
        std::optional<Date> due;
        if (const auto& sheet = family_->sheet) {
            if (sheet->filledOn) due = sheet->filledOn->addDays(kRiskIdentificationDays);
            if (sheet->visitPlannedOn && (!due || *sheet->visitPlannedOn < *due)) due = sheet->visitPlannedOn;
        }
        add(TaskKind::RiskIdentification, due);
    }

    // Suspicions the home visit rejected need no notification; confirmations always do.
    void notifyDgaspc(const IndicatorSet& confirmed) {
        const auto& risk = family_->risk;
        if (risk && risk->dgaspcNotifiedOn) return;
        const IndicatorSet& notify = catalogMasks().notifyDgaspc;
        const IndicatorSet suspected = standingSuspicions() & notify;
        if (suspected.none() && (confirmed & notify).none()) return;
        std::optional<Date> due;
        if (suspected.any()) due = family_->sheet->filledOn;
        if (!due && risk) due = risk->visitedOn;
        add(TaskKind::NotifyDgaspc, due);
    }

    // Yes answers the risk identification has not rejected, with their parents.
    IndicatorSet standingSuspicions() const {
        IndicatorSet set;
        if (!family_->sheet) return set;
        const auto& risk = family_->risk;
        for (std::size_t i = 0; i < indicatorCount(); ++i)
            if (family_->sheet->answers[i] == Answer::Yes && !(risk && risk->verdicts[i] == Verdict::Rejected))
                set.set(i);
        return withParents(set);
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

std::vector<WorkItem> workQueue(const Plan& plan, const Date& today, int horizonDays) {
    QueueBuilder builder(today, horizonDays);
    for (const auto& household : plan.households)
        for (const auto& family : household->families) builder.addFamily(*household, family);
    return builder.take();
}

}  // namespace prevplan
