// The annual action plan's beneficiaries drafted from a ReportCache (as the action plan screen
// does after every edit) are those of the full report.
#include <doctest/doctest.h>

#include <memory>

#include "core/demo/demo.h"
#include "core/planning/action_plan.h"
#include "core/report/report_cache.h"

using namespace prevplan;

namespace {

const Date kToday{2026, 11, 29};

const std::string& beneficiariesOf(const ActionPlanSections& sections) {
    return sections[static_cast<int>(ActionPlanSection::Beneficiaries)];
}

// A copy of the household whose every nucleus has its first indicator suspected and confirmed.
HouseholdPtr confirmedEverywhere(const HouseholdPtr& recorded) {
    auto h = std::make_shared<Household>(*recorded);
    for (FamilyNucleus& f : h->families) {
        if (!f.sheet) f.sheet.emplace();
        f.sheet->answers[0] = Answer::Yes;
        if (!f.risk) f.risk.emplace();
        f.risk->verdicts[0] = Verdict::Confirmed;
    }
    return h;
}

}  // namespace

TEST_CASE("the action plan's beneficiaries from the report cache equal the full report's, edit after edit") {
    Plan plan = makeDemoPlan(1000, 42, kToday);
    ReportCache cache;
    for (const Lang lang : {Lang::Ro, Lang::En}) {
        const ActionPlanSections full = draftActionPlan(plan, 2027, kToday, lang);
        CHECK(draftActionPlan(plan, 2027, cache.needsReport(plan, kToday), lang) == full);
        CHECK_FALSE(beneficiariesOf(full).empty());
    }

    const std::string before = beneficiariesOf(draftActionPlan(plan, 2027, kToday, Lang::Ro));
    std::size_t touched = 0;
    for (std::size_t i = 0; i < plan.households.size() && touched < 3; ++i)
        if (!plan.households[i]->families.empty() && !plan.households[i]->families.front().risk) {
            plan.households[i] = confirmedEverywhere(plan.households[i]);
            ++touched;
        }
    REQUIRE(touched == 3);
    const ActionPlanSections viaCache = draftActionPlan(plan, 2027, cache.needsReport(plan, kToday), Lang::Ro);
    CHECK(cache.recounted() == 3);  // only the edited households were read again
    CHECK(viaCache == draftActionPlan(plan, 2027, kToday, Lang::Ro));
    CHECK(beneficiariesOf(viaCache) != before);  // the edit shows in the confirmed households' line
}
