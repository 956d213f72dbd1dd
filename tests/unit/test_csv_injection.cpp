// Every CSV the app and the CLI write is inert in a spreadsheet (the OWASP rule on CSV injection):
// formula payloads put into every text of a rich workspace never begin a cell, and the app's own
// importers give back what was exported.
#include <doctest/doctest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "core/base/csv.h"
#include "core/demo/demo.h"
#include "core/observatory/observatory_csv.h"
#include "core/observatory/observatory_mapping.h"
#include "core/registry/registry.h"
#include "core/report/report.h"
#include "core/report/report_format.h"
#include "core/resources/resources_csv.h"
#include "core/sharing/dgaspc_package.h"
#include "core/sharing/rollup.h"
#include "core/workspace/workspace_json.h"

using namespace prevplan;
using nlohmann::json;

namespace {

const Date kToday{2026, 11, 25};

const std::vector<std::string> kPayloads = {"=HYPERLINK(\"http://x\",\"y\")", "+1", "-1+1", "@SUM(1)", "\t=1", "\r=1"};

void stringLeaves(const json& j, const json::json_pointer& at,
                  std::map<std::string, std::vector<json::json_pointer>>& out) {
    if (j.is_string()) out[j.get<std::string>()].push_back(at);
    else if (j.is_object())
        for (auto it = j.begin(); it != j.end(); ++it) stringLeaves(it.value(), at / it.key(), out);
    else if (j.is_array())
        for (std::size_t i = 0; i < j.size(); ++i) stringLeaves(j[i], at / i, out);
}

struct Injected {
    Plan plan;
    int strings = 0;  // distinct texts of the workspace that took the payload
};

// `pointer` is `parent` or lies inside it.
bool under(const std::string& pointer, const std::string& parent) {
    return pointer.compare(0, parent.size(), parent) == 0 &&
           (pointer.size() == parent.size() || pointer[parent.size()] == '/');
}

// The demo plan (households, sheets, Registry, service plans, inventory, planning) with `payload`
// put before every text the workspace format accepts so changed. Equal texts change together, so a
// village keeps matching everywhere it is named. All change at once; the texts the loader names in an
// error go back, until the document loads.
Injected inject(const std::string& payload) {
    Workspace ws;
    ws.plans.push_back(std::make_shared<const Plan>(makeDemoPlan(40, 5, kToday)));
    json doc = json::parse(saveWorkspace(ws));
    std::map<std::string, std::vector<json::json_pointer>> leaves;
    stringLeaves(doc, json::json_pointer(), leaves);
    std::map<std::string, bool> changed;
    for (const auto& [value, places] : leaves) {
        for (const auto& p : places) doc[p] = payload + value;
        changed[value] = true;
    }
    for (;;) {
        const LoadResult loaded = loadWorkspace(doc.dump());
        if (loaded.workspace) {
            Injected out;
            out.plan = *loaded.workspace->plans.front();
            for (const auto& [value, on] : changed) out.strings += on ? 1 : 0;
            return out;
        }
        // The texts an error names go back everywhere; when it names none exactly (a frozen
        // report as a whole), the texts inside the place it names go back there.
        int reverted = 0;
        for (const auto& [value, places] : leaves) {
            bool hit = false;
            for (const auto& p : places)
                for (const FormatError& e : loaded.errors) hit = hit || p.to_string() == e.where;
            if (!hit || !changed[value]) continue;
            for (const auto& p : places) doc[p] = value;
            changed[value] = false;
            ++reverted;
        }
        if (reverted == 0)
            for (const auto& [value, places] : leaves)
                for (const auto& p : places)
                    for (const FormatError& e : loaded.errors)
                        if (under(p.to_string(), e.where) && doc[p] != value) {
                            doc[p] = value;
                            ++reverted;
                        }
        REQUIRE_MESSAGE(reverted > 0, loaded.errors.front().message(Lang::En));
    }
}

bool plainNegativeNumber(const std::string& s) {
    if (s.size() < 2 || s[0] != '-') return false;
    for (std::size_t i = 1; i < s.size(); ++i)
        if (!std::isdigit(static_cast<unsigned char>(s[i])) && s[i] != '.' && s[i] != ',') return false;
    return true;
}

// No cell of the CSV begins with a formula character. The reader keeps a quoted CR as LF, so a
// leading LF stands for a CR that was written. Returns how many cells carry the payload.
int checkInert(const std::string& csv, const std::string& what, const std::string& payload) {
    const std::string mark = payload.substr(1);  // "\r=1" reads back as "\n=1"
    int carrying = 0;
    for (const CsvRecord& r : readCsv(csv).records)
        for (const std::string& f : r.fields) {
            if (f.find(mark) != std::string::npos) ++carrying;
            if (f.empty() || plainNegativeNumber(f)) continue;
            const char c = f[0];
            const bool formula = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\n';
            if (formula) FAIL_CHECK(what << ", line " << r.line << ": " << json(f).dump());
        }
    return carrying;
}

std::string report(const Plan& plan, Lang lang) {
    return formatReport(needsReport(plan, kToday), ReportFormat::Csv, lang);
}

}  // namespace

TEST_CASE("no CSV export begins a cell with a formula character, whatever text the workspace holds") {
    for (const std::string& payload : kPayloads) {
        CAPTURE(json(payload).dump());
        const Injected in = inject(payload);
        CHECK(in.strings > 50);  // names, villages, commune, addresses, services, notes …
        const Plan& p = in.plan;

        const std::string observatory = exportObservatoryCsv(p);
        CHECK(checkInert(observatory, "Observatory", payload) > 0);
        CHECK(checkInert(withSeparator(observatory, ','), "Observatory with commas", payload) > 0);
        for (Lang lang : {Lang::Ro, Lang::En}) {
            CHECK(checkInert(exportRegistryCsv(p, kToday, lang, ';'), "Registry", payload) > 0);
            CHECK(checkInert(report(p, lang), "needs report", payload) > 0);
            CHECK(checkInert(withSeparator(report(p, lang), ';'), "needs report, other separator", payload) > 0);
        }
        CHECK(checkInert(exportInventoryCsv(p.resources), "inventory", payload) > 0);

        // The county roll-up, from the commune's package and from its workspace.
        const std::string package = dgaspcPackage(p, {PackageContents::Aggregated, "t", kToday, Lang::Ro, ""});
        const LoadResult loaded = loadWorkspace(package);
        REQUIRE(loaded.workspace);
        std::vector<FormatError> rollupErrors;
        const std::vector<CommuneRow> rows = communeRows(loaded, "p.json", kToday, rollupErrors);
        CHECK(rollupErrors.empty());
        for (Lang lang : {Lang::Ro, Lang::En})
            CHECK(checkInert(rollupToCsv(rows, lang), "roll-up", payload) > 0);

        // The blank template and the header a column mapping writes hold no workspace text.
        checkInert(exportObservatoryCsv(Plan{}), "template", payload);
        const std::string school = "\"" + payload + "\";Nume\r\n1;Ana\r\n";
        checkInert(applyMapping(school, autoMapping(school, {})), "mapped header", payload);
    }
}

TEST_CASE("a cell is made inert with one apostrophe, and the importers strip exactly that one") {
    CHECK(inertCsvCell("=1+1") == "'=1+1");
    CHECK(inertCsvCell("@SUM(1)") == "'@SUM(1)");
    CHECK(inertCsvCell("-1+1") == "'-1+1");
    CHECK(inertCsvCell("\t=1") == "'\t=1");
    CHECK(inertCsvCell("'=1") == "''=1");  // so that the importer's strip gives it back
    CHECK(inertCsvCell("Ana") == "Ana");
    CHECK(inertCsvCell("-3") == "-3");  // a number stays a number
    CHECK(inertCsvCell("-2,5") == "-2,5");
    CHECK(inertCsvCell("-2,") == "'-2,");
    CHECK(inertCsvCell("") == "");
    CHECK(csvLine({"=1", "a;b", "-1"}, ';') == "'=1;\"a;b\";-1\r\n");
    CHECK(csvLine({"=1"}, ';', CsvCells::AsRead) == "=1\r\n");
    for (const std::string s : {"=1", "+1", "-1+1", "@x", "'=1", "'", "'abc", "Ana", "-3", "\r=1"})
        CHECK(csvCellValue(inertCsvCell(s)) == s);
    CHECK(csvCellValue("'abc") == "'abc");  // Excel's own text mark on an ordinary cell is kept
}

// The demo plan with `payload` before the texts the Observatory and the inventory carry: villages,
// addresses, heads of family, children's names; services' names, localities and access.
Plan withTexts(const std::string& payload) {
    Plan p = makeDemoPlan(40, 5, kToday);
    for (Village& v : p.villages) v.name = payload + v.name;
    for (HouseholdPtr& h : p.households) {
        auto copy = std::make_shared<Household>(*h);
        copy->village = payload + copy->village;
        copy->address = payload + copy->address;
        for (FamilyNucleus& f : copy->families) {
            f.head = payload + f.head;
            for (Child& c : f.children) c.name = payload + c.name;
        }
        h = copy;
    }
    for (Service& s : p.resources.services) {
        s.name = payload + s.name;
        s.locality = payload + s.locality;
        s.access = payload + s.access;
    }
    return p;
}

TEST_CASE("export then import gives back every name, village and service a formula would start") {
    for (const std::string payload : {"=HYPERLINK(\"http://x\",\"y\")", "+1", "-1+1", "@SUM(1)", "'=", "'"}) {
        CAPTURE(payload);
        const Plan p = withTexts(payload);
        const std::string once = exportObservatoryCsv(p);
        ObservatoryImportOptions options;
        options.county = p.county;
        options.commune = p.commune;
        options.today = kToday;
        for (const std::string& csv : {once, withSeparator(once, ',')}) {
            const ObservatoryImport again = importObservatoryCsv(csv, options);
            REQUIRE(again.plan);
            CHECK(exportObservatoryCsv(*again.plan) == once);
            const Household& h = *again.plan->households.front();
            CHECK(h.village == p.households.front()->village);
            CHECK(h.families.front().head == p.households.front()->families.front().head);
            CHECK(h.families.front().children.front().name ==
                  p.households.front()->families.front().children.front().name);
        }

        const InventoryImport inventory = importInventoryCsv(exportInventoryCsv(p.resources));
        REQUIRE_FALSE(p.resources.services.empty());
        REQUIRE(inventory.services.size() == p.resources.services.size());
        for (std::size_t i = 0; i < inventory.services.size(); ++i) {
            CHECK(inventory.services[i].name == p.resources.services[i].name);
            CHECK(inventory.services[i].locality == p.resources.services[i].locality);
            CHECK(inventory.services[i].access == p.resources.services[i].access);
        }
    }
}
