// The C functions behind window.prevplanTest (web/test_api.js): linked only into the test build
// (build/web/site-test), never into the site, since they hand the whole workspace with its names
// and CNPs to any script of the page.
#include <emscripten.h>

#include <nlohmann/json.hpp>
#include <string>

#include "app/app.h"
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

EMSCRIPTEN_KEEPALIVE long prevplan_test_frames() { return prevplan::web::test::iterations(); }

}  // extern "C"
