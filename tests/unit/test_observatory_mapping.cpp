// Column mapping of Observatory spreadsheets: recognition, remembered choices, and a header
// rewrite that keeps every row on its line.
#include <doctest/doctest.h>

#include "core/base/csv.h"
#include "core/observatory/observatory_csv.h"
#include "core/observatory/observatory_mapping.h"

#include <fstream>
#include <iterator>

using namespace prevplan;

TEST_CASE("headers are recognised by name, by Romanian wording and by indicator code") {
    const std::string text = "Nr. crt.;Numele copilului;Data nașterii;SAT;CNP;1.a;Confirmat 1.a;Observații\r\n1;Ana;;;;;;\r\n";
    const ColumnMapping m = autoMapping(text, {});
    CHECK(m.fileColumns.size() == 8);
    CHECK(m.targets == std::vector<std::string>{"", "child_name", "birth_date", "village", "cnp", "obs:1.a", "conf:1.a", ""});
    CHECK(m.recognised == std::vector<bool>{true, true, true, true, true, true, true, false});
}

TEST_CASE("a remembered choice wins, and a target is proposed only once") {
    const std::string text = "Observații,Copil,Nume copil\n";
    const ColumnMapping m = autoMapping(text, {{"observatii", "family_head"}});
    CHECK(m.targets == std::vector<std::string>{"family_head", "child_name", ""});
    CHECK(m.recognised == std::vector<bool>{true, true, false});
}

TEST_CASE("the mapped header replaces the old one; rows keep their line numbers") {
    const std::string text = "\xEF\xBB\xBF\"Numele\ncopilului\";Sat\r\nAna;Deal\r\n";
    ColumnMapping m = autoMapping(text, {});
    CHECK(m.targets == std::vector<std::string>{"child_name", "village"});
    const std::string mapped = applyMapping(text, m);
    CHECK(mapped == "\xEF\xBB\xBF" "child_name;village\r\n\r\nAna;Deal\r\n");
    const CsvDocument doc = readCsv(mapped);
    REQUIRE(doc.records.size() == 2);
    CHECK(doc.records[1].line == 3);  // as in the original file
}

TEST_CASE("only choices that differ from the column's own name are remembered") {
    ColumnMapping m;
    m.fileColumns = {"child_name", "Observații", "Nr."};
    m.targets = {"child_name", "family_head", ""};
    const RememberedMapping kept = rememberMapping(m, {{"observatii", "address"}, {"alta", "cnp"}});
    CHECK(kept == RememberedMapping{{"observatii", "family_head"}, {"alta", "cnp"}, {"nr", ""}});
}

TEST_CASE("a table can be rewritten with another separator") {
    CHECK(withSeparator("a;\"b;c\"\r\n1;2\r\n", ',') == "\xEF\xBB\xBF" "a,b;c\r\n1,2\r\n");
    CHECK(withSeparator("a,b\n\"x,y\",2\n", ';') == "\xEF\xBB\xBF" "a;b\r\nx,y;2\r\n");
}

TEST_CASE("a commune's own spreadsheet: mapped, then imported with its errors placed on its lines") {
    std::ifstream in(std::string(PREVPLAN_TEST_DATA) + "/csv/needs-mapping-errors.csv", std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    ColumnMapping m = autoMapping(text, {});
    CHECK(m.targets == std::vector<std::string>{"", "household_id", "village", "", "family_head", "child_name", "cnp",
                                                "birth_date", "sex", "sheet_id", "observed_on", "observed_by",
                                                "observed_by_position", "obs:1.b", "obs:4.b"});
    m.targets[3] = "address";  // "Strada și numărul", chosen by hand
    ObservatoryImportOptions options;
    options.county = 5;
    options.commune = "Ștefănești";
    options.today = Date{2026, 3, 1};
    options.validRowsOnly = true;
    const ObservatoryImport r = importObservatoryCsv(applyMapping(text, m), options);
    std::vector<std::string> errors;
    for (const Issue& i : r.issues)
        if (i.severity == Severity::Error) errors.push_back(i.where(Lang::En));
    CHECK(errors == std::vector<std::string>{"line 3, column birth_date", "line 4, column sex", "line 5, column village"});
    CHECK(r.rowsRead == 5);
    CHECK(r.rowsImported == 2);  // Ana and Sorina; the rows of Ion, Mihai and Vlad are left out
    REQUIRE(r.plan);
    CHECK(r.plan->households[0]->address == "Str. Mare 1");
}
