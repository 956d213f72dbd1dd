#pragma once
// The report on at-risk children (section 1.1.1 (e), Annex A2.4, Table 1): the three-level
// figures suspected and confirmed, per village and for the commune, bar charts per dimension
// and per indicator, the A2.4 tables, and the yearly snapshot.
#include <optional>
#include <string>
#include <vector>

#include "core/report/report_tables.h"
#include "ui/kit/context.h"
#include "ui/kit/charts.h"

namespace prevplan::ui {

class ReportView {
public:
    void draw(Context& ctx, const Plan& plan);

private:
    std::optional<Date> asOf_;  // none: today
    std::string village_;       // empty: the whole commune
    // Derived from (plan snapshot, date, village, language); a new plan pointer means a change.
    const Plan* cachedPlan_ = nullptr;
    long cachedDay_ = 0;
    std::string cachedVillage_;
    Lang cachedLang_ = Lang::Ro;
    NeedsReport commune_, shown_;  // shown_: the chosen village (or the commune)
    std::vector<ReportTable> tables_;
    std::vector<BarPair> dimensionBars_, indicatorBars_;
    std::vector<SnapshotSummary> snapshots_;

    void refresh(const Context& ctx, const Plan& plan);
    void controls(Context& ctx, const Plan& plan);
    void headline(const Context& ctx);
    void tables(const Context& ctx);
    void snapshots(Context& ctx, const Plan& plan);
};

}  // namespace prevplan::ui
