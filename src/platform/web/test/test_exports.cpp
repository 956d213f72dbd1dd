// The C functions behind window.prevplanTest (web/test_api.js): linked only into the test build
// (build/web/site-test), never into the site, since they hand the whole workspace with its names
// and CNPs to any script of the page.
#include <emscripten.h>

#include <algorithm>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "app/app.h"
#include "core/demo/demo.h"
#include "core/report/report.h"
#include "core/report/report_cache.h"
#include "core/workspace/workspace_json.h"
#include "platform/web/test/test_recording.h"
#include "platform/web/web_host.h"

namespace {

const char* keep(std::string& s) { return s.c_str(); }

}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE const char* prevplan_test_items() {
    static std::string out;
    out = prevplan::web::test::itemsJson();
    return keep(out);
}

EMSCRIPTEN_KEEPALIVE const char* prevplan_test_state() {
    static std::string out;
    out = prevplan::web::app().stateJson();
    return keep(out);
}

EMSCRIPTEN_KEEPALIVE const char* prevplan_test_import_errors() {
    static std::string out;
    nlohmann::json errors = nlohmann::json::array();
    for (const auto& e : prevplan::web::app().importFlow().errors())
        errors.push_back({{"kind", prevplan::errorKindName(e.kind)}, {"where", e.where}});
    out = errors.dump();
    return keep(out);
}

// For the bench: the needs report timed in the page's runtime over the demo commune of `children`
// that `prevplan-cli demo --seed 42 --today 2026-11-29` writes (made here, so that 100,000 children
// need no file import first). Reads nothing of the open workspace. As the app does it:
// `recording`/`longestSlice`: the plan's households recorded ahead in the slices a frame makes
// (ReportCache::countAhead, 256 households a call) from when the plan opens, then `firstReport`;
// `samples`/`median`: the report after an edit, `runs` times, each replacing one household (what
// every screen's report costs after an edit). Beside them: `fromRecords`, the report on another date
// counted from the records alone, and `fromPlan`, needsReport() from the plan alone, every household
// read again (what a report cost before the records were kept).
EMSCRIPTEN_KEEPALIVE const char* prevplan_test_time_report(int children, int runs) {
    static std::string out;
    const prevplan::Date today = *prevplan::Date::parse("2026-11-29");
    prevplan::Plan plan = prevplan::makeDemoPlan(children, 42, today);
    const auto median = [](std::vector<double> ms) {
        std::sort(ms.begin(), ms.end());
        return ms.empty() ? 0.0 : ms[ms.size() / 2];
    };
    const auto timed = [](auto&& f) {
        const double start = emscripten_get_now();
        f();
        return emscripten_get_now() - start;
    };
    prevplan::ReportCache cache;
    double recording = 0, longestSlice = 0;
    for (bool done = false; !done;) {
        const double ms = timed([&] { done = cache.countAhead(plan, today, 256); });
        recording += ms;
        longestSlice = std::max(longestSlice, ms);
    }
    long households = 0;
    const double firstReport = timed([&] { households = cache.needsReport(plan, today).households; });
    std::vector<double> afterEdit, fromRecords, fromPlan;
    for (int i = 0; i < runs && !plan.households.empty(); ++i) {
        const std::size_t at = (static_cast<std::size_t>(i) * 7919) % plan.households.size();
        auto edited = std::make_shared<prevplan::Household>(*plan.households[at]);
        edited->address += " bis";
        plan.households[at] = std::move(edited);
        afterEdit.push_back(timed([&] { cache.needsReport(plan, today); }));
    }
    for (int i = 0; i < runs; ++i)
        fromRecords.push_back(timed([&] { cache.needsReport(plan, today.addDays(i % 2 == 0 ? -1 : 0)); }));
    for (int i = 0; i < runs; ++i) fromPlan.push_back(timed([&] { prevplan::needsReport(plan, today); }));
    out =
        nlohmann::json{
            {"children", children},         {"households", households},          {"recording", recording},
            {"longestSlice", longestSlice}, {"firstReport", firstReport},        {"samples", afterEdit},
            {"median", median(afterEdit)},  {"fromRecordsSamples", fromRecords}, {"fromRecords", median(fromRecords)},
            {"fromPlanSamples", fromPlan},  {"fromPlan", median(fromPlan)}}
            .dump();
    return keep(out);
}

EMSCRIPTEN_KEEPALIVE long prevplan_test_frames() { return prevplan::web::test::iterations(); }

}  // extern "C"
