#pragma once
// What every screen gets: the model's history, the language, navigation and read-only state.
#include <string>

#include "core/model/history.h"
#include "core/base/text.h"
#include "core/report/report_cache.h"
#include "ui/kit/deletion.h"

namespace prevplan::ui {

struct Context {
    explicit Context(History& h) : history(h) {}

    History& history;
    Lang lang = Lang::Ro;
    bool readOnly = false;
    Id openPlan;  // empty: the list of plans
    bool countyView = false;  // the county view (county_view.h) instead of the plans
    Deletions deletions;      // every delete asks here first (deletion.h)
    // The open plan's needs report, one for every screen that shows its figures: its households'
    // records are held once, made a slice a frame when the plan opens, and an edit reads again
    // only the households it replaced.
    ReportCache reports;

    const char* t(const Text& text) const { return text.in(lang); }
    const Workspace& workspace() const { return history.current(); }
    // The key for a view's cached figures (core/base/memo.h).
    PlanPtr snapshot(const Plan& plan) const { return snapshotOf(workspace(), plan); }
    // Every model change goes through here, so it is undoable and saved.
    void commit(Workspace next, std::string label, std::string mergeKey = {}) {
        if (!readOnly) history.commit(std::move(next), std::move(label), std::move(mergeKey));
    }
};

}  // namespace prevplan::ui
