#pragma once
// The report on at-risk children (section 1.1.1 (e), Annex A2.4, Table 1): the three-level
// figures suspected and confirmed, per village and for the commune, bar charts per dimension
// and per indicator, the A2.4 tables, and the yearly snapshot.
#include <optional>
#include <string>
#include <vector>

#include "core/base/memo.h"
#include "core/report/report_cache.h"
#include "core/report/report_tables.h"
#include "ui/kit/charts.h"
#include "ui/kit/context.h"

namespace prevplan::ui {

class ReportView {
public:
    void draw(Context& ctx, const Plan& plan);

private:
    std::optional<Date> asOf_;  // none: today
    std::string village_;       // empty: the whole commune
    // What the screen shows, derived from the plan.
    struct Figures {
        NeedsReport commune, shown;  // shown: the chosen village (or the commune)
        std::vector<ReportTable> tables;
        ReportTable publicCare;  // the commune's children in public care and their families
        std::vector<BarPair> dimensionBars, indicatorBars;
        std::vector<SnapshotSummary> snapshots;
    };
    Memo<Plan, Figures, long, std::string, Lang> figures_;  // for (plan snapshot, day, village, language)

    // From the shared cache (ctx.reports): a village's report comes from its running totals.
    const Figures& figures(Context& ctx, const Plan& plan);
    void controls(Context& ctx, const Plan& plan, const Figures& f);
    void headline(const Context& ctx, const Figures& f);
    void publicCare(const Figures& f);
    void tables(const Context& ctx, const Figures& f);
    void snapshots(Context& ctx, const Plan& plan, const Figures& f);
};

}  // namespace prevplan::ui
