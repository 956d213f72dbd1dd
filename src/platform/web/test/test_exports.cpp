// The C functions behind window.prevplanTest (web/test_api.js): linked only into the test build
// (build/web/site-test), never into the site, since they hand the whole workspace with its names
// and CNPs to any script of the page.
#include <emscripten.h>

#include <algorithm>
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

// For the bench: the core's needs report timed in the page's runtime, `runs` times, over the demo
// commune of `children` that `prevplan-cli demo --seed 42 --today 2026-11-29` writes (made here,
// so that 100,000 children need no file import first). Reads nothing of the open workspace.
// `samples`/`median`: needsReport() from the plan alone, each household read (and recorded) again;
// `recorded`: a ReportCache's first report, which records every household; `fromRecords`: the
// cache's report on another date, counted from those records alone, as every report after it is.
EMSCRIPTEN_KEEPALIVE const char* prevplan_test_time_report(int children, int runs) {
    static std::string out;
    const prevplan::Date today = *prevplan::Date::parse("2026-11-29");
    const prevplan::Plan plan = prevplan::makeDemoPlan(children, 42, today);
    const auto median = [](std::vector<double> ms) {
        std::sort(ms.begin(), ms.end());
        return ms.empty() ? 0.0 : ms[ms.size() / 2];
    };
    std::vector<double> ms, fromRecords;
    long households = 0;
    for (int i = 0; i < runs; ++i) {
        const double start = emscripten_get_now();
        households = prevplan::needsReport(plan, today).households;
        ms.push_back(emscripten_get_now() - start);
    }
    prevplan::ReportCache cache;
    double start = emscripten_get_now();
    cache.needsReport(plan, today);
    const double recorded = emscripten_get_now() - start;
    for (int i = 0; i < runs; ++i) {
        start = emscripten_get_now();
        cache.needsReport(plan, today.addDays(i % 2 == 0 ? -1 : 0));
        fromRecords.push_back(emscripten_get_now() - start);
    }
    out = nlohmann::json{{"children", children},
                         {"households", households},
                         {"samples", ms},
                         {"median", median(ms)},
                         {"recorded", recorded},
                         {"fromRecordsSamples", fromRecords},
                         {"fromRecords", median(fromRecords)}}
              .dump();
    return keep(out);
}

EMSCRIPTEN_KEEPALIVE long prevplan_test_frames() { return prevplan::web::test::iterations(); }

}  // extern "C"
