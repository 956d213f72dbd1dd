#include "core/planning/staffing.h"

#include <algorithm>
#include <cmath>

#include "core/catalog/caseload_norms.h"
#include "core/model/rules.h"

namespace prevplan {

const CaseloadNorm& caseloadNorm(CaseloadRule rule) { return caseloadNorms()[static_cast<std::size_t>(rule)]; }

int caseloadLimit(CaseloadRule rule) { return caseloadNorm(rule).limit; }

namespace {

// Index into Staffing::byFrequency for a monitoring interval of 12, 6 or 3 months.
int frequencyIndex(int months) { return months == 12 ? 0 : months == 6 ? 1 : 2; }

}  // namespace

Staffing staffing(const Plan& plan) {
    Staffing s;
    for (const auto& h : plan.households)
        for (const FamilyNucleus& f : h->families) {
            if (!inRegistry(f)) continue;
            const int months = monitoringIntervalMonths(confirmedRiskCount(f));
            const long children = static_cast<long>(f.children.size());
            s.activeCases += children;
            s.visitsPerYear += children * (12 / months);
            s.byFrequency[frequencyIndex(months)] += children;
        }
    s.limit = caseloadLimit(plan.planning.caseload);
    s.needed = static_cast<int>((s.activeCases + s.limit - 1) / s.limit);
    s.staff = plan.planning.spasStaff;
    return s;
}

int suggestedResourcesScore(const Staffing& s) {
    if (s.needed == 0) return kMaxScore;
    const double share = std::min(1.0, static_cast<double>(s.staff) / s.needed);
    return kMinScore + static_cast<int>(std::lround((kMaxScore - kMinScore) * share));
}

}  // namespace prevplan
