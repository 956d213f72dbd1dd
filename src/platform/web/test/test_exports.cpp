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
EMSCRIPTEN_KEEPALIVE const char* prevplan_test_time_report(int children, int runs) {
    static std::string out;
    const prevplan::Date today = *prevplan::Date::parse("2026-11-29");
    const prevplan::Plan plan = prevplan::makeDemoPlan(children, 42, today);
    std::vector<double> ms;
    long households = 0;
    for (int i = 0; i < runs; ++i) {
        const double start = emscripten_get_now();
        households = prevplan::needsReport(plan, today).households;
        ms.push_back(emscripten_get_now() - start);
    }
    std::vector<double> sorted = ms;
    std::sort(sorted.begin(), sorted.end());
    out = nlohmann::json{{"children", children},
                         {"households", households},
                         {"samples", ms},
                         {"median", sorted.empty() ? 0.0 : sorted[sorted.size() / 2]}}
              .dump();
    return keep(out);
}

EMSCRIPTEN_KEEPALIVE long prevplan_test_frames() { return prevplan::web::test::iterations(); }

}  // extern "C"
