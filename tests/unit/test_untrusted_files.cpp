// Files from outside never crash, overflow or exhaust anything: the inputs too large for the
// bad-file corpus (tests/data/bad) are built here.
#include <doctest/doctest.h>

#include <climits>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "core/base/csv.h"
#include "core/base/json_reader.h"
#include "core/base/limits.h"
#include "core/base/words.h"
#include "core/model/planning.h"
#include "core/monitoring/trends.h"
#include "core/observatory/family_edits.h"
#include "core/observatory/observatory_csv.h"
#include "core/planning/budget.h"
#include "core/report/report_snapshots.h"
#include "core/resources/resources_csv.h"
#include "core/sharing/encrypted_envelope.h"
#include "core/workspace/package_header.h"
#include "core/workspace/workspace_json.h"

using namespace prevplan;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

const fs::path kData = PREVPLAN_TEST_DATA;

std::string slurp(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

json small() { return json::parse(slurp(kData / "good/small.json")); }

// A frozen report as the report writer makes it, trimmed to what the readers use.
json frozenReport() {
    json figure = {{"count", 1}, {"pct", 50.0}};
    json basis = {{"households", figure}, {"children_in_households", figure}, {"children_directly", nullptr}};
    return {
        {"format", "prevplan-needs-report"},
        {"version", 1},
        {"as_of", "2026-03-01"},
        {"households", 2},
        {"children", 4},
        {"indicators",
         {{"1.a", {{"observed", basis}, {"confirmed", basis}}}, {"any", {{"observed", basis}, {"confirmed", basis}}}}},
        {"registry", {{"children", 2}, {"by_confirmed_count", {{"1", 2}, {"2-5", 0}, {"6-10", 0}, {"11+", 0}}}}},
        {"table_a", json::array({{{"village", nullptr}, {"ins_children", nullptr}, {"observation_sheet", 4}}})},
        {"table_b",
         json::array(
             {{{"village", nullptr}, {"registry_children", 2}, {"by_risk_situation", {{"1", 2}, {"1.a", 2}}}}})}};
}

json withSnapshot(const json& report) {
    json doc = small();
    doc["plans"][0]["report_snapshots"] =
        json::array({{{"year", 2026}, {"taken_on", "2026-03-01"}, {"report", report}}});
    return doc;
}

std::string nested(std::size_t depth) { return std::string(depth, '[') + std::string(depth, ']'); }

const FormatError& firstError(const LoadResult& r) {
    REQUIRE_FALSE(r.errors.empty());
    return r.errors.front();
}

}  // namespace

TEST_CASE("a depth of 100,000 nested arrays in a snapshot report is refused before any copy") {
    std::string text = withSnapshot(frozenReport()).dump();
    const std::string marker = "\"registry\":";
    text.insert(text.find(marker), "\"deep\":" + nested(100'000) + ",");
    const LoadResult r = loadWorkspace(text);
    CHECK_FALSE(r.workspace);
    CHECK(errorKindName(firstError(r).kind) == std::string("too-deep"));
    CHECK(firstError(r).where.rfind("line 1, column ", 0) == 0);
    CHECK(firstError(r).detailEn.find("nested too deep") != std::string::npos);
}

TEST_CASE("a depth of 100,000 nested arrays in a package report is refused") {
    json doc = small();
    doc["package"] = {{"kind", "dgaspc"},
                      {"version", 1},
                      {"created", "2026-03-01T10:00:00"},
                      {"plan", "p1"},
                      {"contents", "aggregated"},
                      {"report", frozenReport()}};
    std::string text = doc.dump();
    text.insert(text.find("\"registry\":"), "\"deep\":" + nested(100'000) + ",");
    const LoadResult r = loadWorkspace(text);
    CHECK(firstError(r).kind == ErrorKind::TooDeep);
}

TEST_CASE("nesting up to the limit reads; one more level is refused") {
    std::vector<FormatError> errors;
    CHECK(parseUntrusted(nested(kMaxJsonDepth), errors));
    CHECK(errors.empty());
    CHECK_FALSE(parseUntrusted(nested(kMaxJsonDepth + 1), errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].where == "line 1, column " + std::to_string(kMaxJsonDepth + 1));
    // Brackets inside strings do not count.
    errors.clear();
    CHECK(parseUntrusted("[\"" + std::string(1000, '[') + "\"]", errors));
}

TEST_CASE("a file above the size limit is refused unread") {
    std::string text(kMaxDocumentBytes + 1, ' ');
    text.front() = '{';
    text.back() = '}';
    const LoadResult r = loadWorkspace(text);
    CHECK_FALSE(r.workspace);
    CHECK(firstError(r).kind == ErrorKind::TooLarge);
    CHECK(firstError(r).detailEn.find("limit of 100 MB") != std::string::npos);
    CHECK(csvLimitProblem(scanCsv(text, [](const CsvRecord&) {})));
}

TEST_CASE("a file with more values than the limit is refused before its tree is built") {
    std::string text = "[0";
    text.reserve(2 * kMaxJsonValues + 4);
    for (std::size_t i = 0; i < kMaxJsonValues; ++i) text += ",0";
    text += "]";
    std::vector<FormatError> errors;
    CHECK_FALSE(parseUntrusted(text, errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].kind == ErrorKind::TooLarge);
}

TEST_CASE("every exception of the JSON library becomes a located error") {
    for (const char* text : {"1e400", "{\"format\":\"prevplan-workspace\",\"version\":1,\"plans\":[{\"n\":-1e999}]}"}) {
        CAPTURE(text);
        const LoadResult r = loadWorkspace(text);
        CHECK(firstError(r).kind == ErrorKind::NotJson);
        CHECK_FALSE(firstError(r).detailRo.empty());
    }
}

TEST_CASE("an error-heavy file keeps the first errors and counts the rest") {
    json doc = small();
    doc["plans"][0]["villages"] = json::array();
    for (int i = 0; i < 10'000; ++i) doc["plans"][0]["villages"].push_back(1);
    const LoadResult r = loadWorkspace(doc.dump());
    REQUIRE(r.errors.size() == kMaxErrors + 1);
    CHECK(r.errors[0].where == "/plans/0/villages/0");
    CHECK(r.errors.back().kind == ErrorKind::MoreErrors);
    CHECK(r.errorCount > 10'000);  // each village, and the household in a village no longer listed
    // More than 10,000 errors, less the 200 shown: a grouped number, in a label that needs no agreement.
    const auto dropped = static_cast<long long>(r.errorCount - kMaxErrors);
    CHECK(dropped > 9'800);
    CHECK(r.errors.back().detailEn == "… errors not shown: " + groupedNumber(dropped, Lang::En));
    CHECK(r.errors.back().detailRo == "… erori neafișate: " + groupedNumber(dropped, Lang::Ro));
}

TEST_CASE("integers are range-checked against the field, never truncated") {
    json doc = small();
    doc["plans"][0]["county"] = 4294967301LL;  // 2^32 + 5: read as 5 before
    LoadResult r = loadWorkspace(doc.dump());
    CHECK(firstError(r).kind == ErrorKind::InvalidValue);
    CHECK(firstError(r).where == "/plans/0/county");
    doc = small();
    doc["plans"][0]["county"] = -4294967291LL;
    CHECK(firstError(loadWorkspace(doc.dump())).where == "/plans/0/county");
    doc = small();
    doc["plans"][0]["next_serial"] = ULLONG_MAX;
    CHECK(firstError(loadWorkspace(doc.dump())).where == "/plans/0/next_serial");
    doc = small();
    doc["plans"][0]["next_serial"] = kMaxSerial;  // ids stay far from overflow, even in a 32-bit long
    CHECK(loadWorkspace(doc.dump()).workspace);
    doc["plans"][0]["next_serial"] = kMaxSerial + 1;
    CHECK(firstError(loadWorkspace(doc.dump())).where == "/plans/0/next_serial");
}

TEST_CASE("a frozen report is checked against the report layout when the workspace is read") {
    CHECK(loadWorkspace(withSnapshot(frozenReport()).dump()).workspace);
    const std::string at = "/plans/0/report_snapshots/0/report";
    struct Case {
        const char* pointer;
        json value;
        ErrorKind kind;
    };
    const Case cases[] = {
        {"/registry", "x", ErrorKind::WrongType},
        {"/registry/children", -1, ErrorKind::InvalidValue},
        {"/registry/by_confirmed_count", 3, ErrorKind::WrongType},
        {"/indicators", json::array(), ErrorKind::WrongType},
        {"/indicators/any", 1, ErrorKind::WrongType},
        {"/indicators/any/confirmed/households/count", 1.5, ErrorKind::WrongType},
        {"/indicators/any/confirmed/households/pct", "50", ErrorKind::WrongType},
        {"/households", kMaxReportCount + 1, ErrorKind::InvalidValue},
        {"/table_a/0/village", 3, ErrorKind::WrongType},
        {"/table_a/0/observation_sheet", "4", ErrorKind::WrongType},
        {"/table_b", 1, ErrorKind::WrongType},
        {"/table_b/0/by_risk_situation/1", json::array(), ErrorKind::WrongType},
        {"/as_of", "1 martie", ErrorKind::InvalidValue},
        {"/disclosure", "small-counts", ErrorKind::WrongType},
        {"/version", 2, ErrorKind::NewerVersion},
    };
    for (const Case& c : cases) {
        CAPTURE(c.pointer);
        json report = frozenReport();
        report[json::json_pointer(c.pointer)] = c.value;
        const LoadResult r = loadWorkspace(withSnapshot(report).dump());
        CHECK_FALSE(r.workspace);
        CHECK(firstError(r).where == at + c.pointer);
        CHECK(firstError(r).kind == c.kind);
    }
}

TEST_CASE("suppressed cells (null) and the disclosure note are accepted and read as not known") {
    json report = frozenReport();
    report["indicators"]["1.a"]["confirmed"]["households"]["count"] = nullptr;
    report["indicators"]["1.a"]["confirmed"]["households"]["pct"] = nullptr;
    report["table_a"][0]["observation_sheet"] = nullptr;
    report["table_b"][0]["by_risk_situation"]["1.a"] = nullptr;
    report["disclosure"] = {{"rule", "small-counts"}, {"threshold", 5}};
    const LoadResult r = loadWorkspace(withSnapshot(report).dump());
    REQUIRE(r.workspace);
    const Plan& plan = *r.workspace->plans[0];
    const FrozenFigures f = frozenFigures(plan.reportSnapshots[0]);
    CHECK_FALSE(f.row("1.a")->count(BaselineBasis::Confirmed, BaselineUnit::Households));
    CHECK(f.row("1.a")->count(BaselineBasis::Observed, BaselineUnit::Households) == 1);
    CHECK_FALSE(f.registryWith("1.a"));
    CHECK(f.registryWith("1") == 2);
    CHECK_FALSE(figureOf(f, {"1.a", BaselineBasis::Confirmed, BaselineUnit::Households}));
    const Trends t = trendsOf(plan);
    REQUIRE(t.dimensions.size() >= 1);
    CHECK(t.dimensions[0].values[0] == 2);
}

TEST_CASE("the readers of a stored report never throw on a wrong type") {
    // A report kept from before the check: every figure of the wrong type reads as none.
    ReportSnapshot s{
        2026, "2026-03-01",
        R"({"format":"prevplan-needs-report","registry":"x","indicators":{"any":{"confirmed":{"households":{"count":"7"}}}},"table_b":[1],"as_of":20260301,"children":-5})"};
    const FrozenFigures f = frozenFigures(s);
    CHECK(f.asOf.empty());
    CHECK(f.registryChildren == 0);
    CHECK(f.children == 0);
    CHECK_FALSE(f.row("any")->count(BaselineBasis::Confirmed, BaselineUnit::Households));
    Plan plan;
    plan.reportSnapshots = {s};
    CHECK(trendsOf(plan).years.size() == 1);
}

TEST_CASE("a package report of the wrong shape is refused at load, so the roll-up never sees it") {
    json doc = small();
    doc["plans"][0]["households"] = json::array();
    json report = frozenReport();
    doc["package"] = {{"kind", "dgaspc"},         {"version", 1},    {"created", "2026-03-01T10:00:00"}, {"plan", "p1"},
                      {"contents", "aggregated"}, {"report", report}};
    LoadResult r = loadWorkspace(doc.dump());
    REQUIRE(r.workspace);
    REQUIRE(r.package);
    doc["package"]["report"]["as_of"] = 20260301;
    r = loadWorkspace(doc.dump());
    CHECK_FALSE(r.workspace);
    CHECK(firstError(r).where == "/package/report/as_of");
    CHECK(firstError(r).kind == ErrorKind::WrongType);
    CHECK(r.package->report.is_null());  // what was refused is not kept for a reader
}

TEST_CASE("the envelope readers never throw, and iterations are range-checked, not truncated") {
    CHECK_FALSE(isEnvelope(R"({"format": 1, "x": "prevplan-encrypted"})"));
    CHECK_FALSE(isEnvelope("[\"prevplan-encrypted\"," + nested(100'000) + "]"));
    CHECK_FALSE(isEnvelope("\"prevplan-encrypted\" 1e400"));
    const std::string salt = "AAAAAAAAAAAAAAAAAAAAAA==", iv = "AAAAAAAAAAAAAAAA", data = "AAAAAAAAAAAAAAAAAAAAAAAAAAAA";
    json good = json::parse(envelopeToJson({"dgaspc-package", kPbkdf2Iterations, salt, iv, data}));
    for (const auto& [key, value] : std::vector<std::pair<std::string, json>>{{"format", 1},
                                                                              {"cipher", json::array()},
                                                                              {"kdf", 7},
                                                                              {"version", "1"},
                                                                              {"salt", 3},
                                                                              {"iterations", 4295567296LL},
                                                                              {"iterations", ULLONG_MAX},
                                                                              {"iterations", 6e5}}) {
        CAPTURE(key);
        json e = good;
        e[key] = value;
        const EnvelopeRead read = readEnvelope(e.dump());
        CHECK_FALSE(read.envelope);
        CHECK_FALSE(read.errorEn.empty());
    }
    CHECK_FALSE(readEnvelope("{\"format\":\"prevplan-encrypted\",\"iterations\":1e400}").envelope);
}

TEST_CASE("budget sums saturate instead of overflowing, and costs are capped at load and in the editor") {
    Planning p;
    Action a;
    a.id = "a1";
    a.costs = {{2026, LONG_MAX}, {2027, LONG_MAX}};  // as no file can hold any more
    p.actions = {a, a};
    const Budget b = budgetOf(p);
    CHECK(b.total == LONG_MAX);
    CHECK(b.byYear[0] == LONG_MAX);
    CHECK(actionTotalCost(a) == LONG_MAX);
    Action edited;
    setCost(edited, 2026, LONG_MAX);
    CHECK(edited.costs[0].ron == kMaxCostRon);

    json doc = json::parse(slurp(kData / "good/planning.json"));
    json& costs = doc["plans"][0]["planning"]["actions"][0]["costs"];
    costs[costs.begin().key()] = kMaxCostRon;
    CHECK(loadWorkspace(doc.dump()).workspace);
    costs[costs.begin().key()] = kMaxCostRon + 1;
    CHECK(firstError(loadWorkspace(doc.dump())).kind == ErrorKind::InvalidValue);
}

TEST_CASE("the next sheet id ignores a serial too long to be one of ours") {
    json doc = small();
    json& family = doc["plans"][0]["households"][0]["families"][0];
    family["sheet"]["id"] = "05" + std::string(30, '9');
    const LoadResult r = loadWorkspace(doc.dump());
    REQUIRE(r.workspace);
    const std::string next = nextSheetId(*r.workspace->plans[0]);
    CHECK(next.rfind("05", 0) == 0);
    CHECK(next.size() < 12);
}

TEST_CASE("a CSV line with more columns than the limit is refused, in both CSV imports") {
    std::string header;
    for (std::size_t i = 0; i <= kMaxCsvColumns; ++i) header += "c" + std::to_string(i) + ";";
    const std::string text = header + "\n1;2\n";
    const CsvDocument doc = readCsv(text);
    REQUIRE(doc.tooManyColumnsLine);
    CHECK(*doc.tooManyColumnsLine == 1);
    CHECK(doc.records[0].fields.size() == kMaxCsvColumns);

    const ObservatoryImport obs = importObservatoryCsv(text, {5, "Comuna", Date{2026, 3, 1}, false, {}});
    REQUIRE(obs.issues.size() == 1);
    CHECK(obs.issues[0].kind == IssueKind::TooLarge);
    CHECK(obs.issues[0].line == 1);
    const InventoryImport inv = importInventoryCsv(text);
    REQUIRE(inv.issues.size() == 1);
    CHECK(inv.issues[0].kind == IssueKind::TooLarge);
}

TEST_CASE("an error-heavy CSV keeps the first problems and counts the rest") {
    std::string text = "type;capacity\n";
    for (int i = 0; i < 5000; ++i) text += "x;y\n";
    const InventoryImport inv = importInventoryCsv(text);
    REQUIRE(inv.issues.size() == kMaxErrors + 1);
    CHECK(inv.issues.back().kind == IssueKind::MoreIssues);
    CHECK(inv.issues.back().severity == Severity::Error);
    CHECK(inv.issues.back().detailEn.find("problems not shown: ") != std::string::npos);
}

TEST_CASE("a place in the text is said in the reader's language; a JSON pointer stays as it is") {
    const FormatError cut{ErrorKind::NotJson, "line 1, column 66", "fișierul se termină prea devreme",
                          "the file ends too early"};
    CHECK(cut.message(Lang::Ro) == "rândul 1, coloana 66: fișierul se termină prea devreme");
    CHECK(cut.message(Lang::En) == "line 1, column 66: the file ends too early");
    const FormatError county{ErrorKind::InvalidValue, "/plans/0/county", "nu există", "does not exist"};
    CHECK(county.message(Lang::Ro) == "/plans/0/county: nu există");
    CHECK(loadWorkspace("{\"format\": ").errors.front().message(Lang::Ro).rfind("rândul 1, coloana ", 0) == 0);
}
