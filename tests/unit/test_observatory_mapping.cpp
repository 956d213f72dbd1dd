// Column mapping of Observatory spreadsheets: recognition, remembered choices, and a header
// rewrite that keeps every row on its line.
#include <doctest/doctest.h>

#include "core/base/csv.h"
#include "core/observatory/household_proposal.h"
#include "core/observatory/observatory_csv.h"
#include "core/observatory/observatory_mapping.h"

#include <algorithm>
#include <fstream>
#include <iterator>

using namespace prevplan;

TEST_CASE("headers are recognised by name, by Romanian wording and by indicator code") {
    const std::string text =
        "Nr. crt.;Numele copilului;Data nașterii;SAT;CNP;1.a;Confirmat 1.a;Observații\r\n1;Ana;;;;;;\r\n";
    const ColumnMapping m = autoMapping(text, {});
    CHECK(m.fileColumns.size() == 8);
    CHECK(m.targets ==
          std::vector<std::string>{"", "child_name", "birth_date", "village", "cnp", "obs:1.a", "conf:1.a", ""});
    CHECK(m.recognised == std::vector<bool>{true, true, true, true, true, true, true, false});
}

TEST_CASE("a remembered choice wins, and a target is proposed only once") {
    const std::string text = "Observații,Copil,Nume copil\n";
    const ColumnMapping m = autoMapping(text, {{"observatii", "family_head"}});
    CHECK(m.targets == std::vector<std::string>{"family_head", "child_name", ""});
    CHECK(m.recognised == std::vector<bool>{true, true, false});
}

TEST_CASE("the mapped header replaces the old one; rows keep their line numbers") {
    const std::string text = "\xEF\xBB\xBF\"Numele\ncopilului\";Sat;Nr. fișă\r\nAna;Deal;05001\r\n";
    ColumnMapping m = autoMapping(text, {});
    CHECK(m.targets == std::vector<std::string>{"child_name", "village", "sheet_id"});
    const std::string mapped = applyMapping(text, m);
    CHECK(mapped ==
          "\xEF\xBB\xBF"
          "child_name;village;sheet_id\r\n\r\nAna;Deal;05001\r\n");
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
    CHECK(withSeparator("a;\"b;c\"\r\n1;2\r\n", ',') ==
          "\xEF\xBB\xBF"
          "a,b;c\r\n1,2\r\n");
    CHECK(withSeparator("a,b\n\"x,y\",2\n", ';') ==
          "\xEF\xBB\xBF"
          "a;b\r\nx,y;2\r\n");
}

TEST_CASE("a commune's own spreadsheet: mapped, then imported with its errors placed on its lines") {
    std::ifstream in(std::string(PREVPLAN_TEST_DATA) + "/csv/needs-mapping-errors.csv", std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    ColumnMapping m = autoMapping(text, {});
    CHECK(m.targets == std::vector<std::string>{"", "household_id", "village", "address", "family_head", "child_name",
                                                "cnp", "birth_date", "sex", "sheet_id", "observed_on", "observed_by",
                                                "observed_by_position", "obs:1.b", "obs:4.b"});
    ObservatoryImportOptions options;
    options.county = 5;
    options.commune = "Ștefănești";
    options.today = Date{2026, 3, 1};
    options.validRowsOnly = true;
    const ObservatoryImport r = importObservatoryCsv(applyMapping(text, m), options);
    std::vector<std::string> errors;
    for (const Issue& i : r.issues)
        if (i.severity == Severity::Error) errors.push_back(i.where(Lang::En));
    CHECK(errors ==
          std::vector<std::string>{"line 3, column birth_date", "line 4, column sex", "line 5, column village"});
    CHECK(r.rowsRead == 5);
    CHECK(r.rowsImported == 2);  // Ana and Sorina; the rows of Ion, Mihai and Vlad are left out
    REQUIRE(r.plan);
    CHECK(r.plan->households[0]->address == "Str. Mare 1");
}

TEST_CASE("a mayoralty's list of children: Romanian headers in its own words, mapped without a choice") {
    const std::string text =
        "Nr. crt.;Nume și prenume;Data nașterii (zz.ll.aaaa);CNP;Sex;Sat;Adresa;Părinte / reprezentant legal;"
        "Telefon;Școala\r\n";
    const ColumnMapping m = autoMapping(text, {});
    CHECK(m.targets == std::vector<std::string>{"", "child_name", "birth_date", "cnp", "sex", "village", "address",
                                                "family_head", "", ""});
    // The phone is known and left out; the school is not known: it stays unrecognised, never guessed.
    CHECK(m.recognised == std::vector<bool>{true, true, true, true, true, true, true, true, true, false});
    const ColumnMapping en =
        autoMapping("Surname,First name,Date of birth,Gender,Village,Street,House number,Parent,Phone\n", {});
    CHECK(en.targets == std::vector<std::string>{"child_surname", "child_given_name", "birth_date", "sex", "village",
                                                 "street", "house_number", "family_head", ""});
}

TEST_CASE("\"Nume\" is the surname beside \"Prenume\" and the whole name alone") {
    CHECK(autoMapping("Nume;Prenume;Sat\n", {}).targets ==
          std::vector<std::string>{"child_surname", "child_given_name", "village"});
    CHECK(autoMapping("Nume;Sat\n", {}).targets == std::vector<std::string>{"child_name", "village"});
}

TEST_CASE("split columns are joined, ignored ones left out, and a plain list gets empty sheet columns") {
    const std::string text =
        "Prenume;Nume;Telefon;Sat;Strada;Număr\r\n"
        "Ana;Popescu;0722;Deal;Str. Mare;12\r\n"
        "\r\n"
        "Ion;\"Pop\nescu\";;Deal;Mare;nr. 3\r\n"
        "Dan;Ene;;Vale;;\r\n";
    const std::string mapped = applyMapping(text, autoMapping(text, {}));
    const CsvDocument doc = readCsv(mapped);
    REQUIRE(doc.records.size() == 4);
    CHECK(doc.records[0].fields == std::vector<std::string>{"child_name", "village", "address", "sheet_id",
                                                            "observed_on", "observed_by", "observed_by_position"});
    CHECK(doc.records[1].fields == std::vector<std::string>{"Popescu Ana", "Deal", "Str. Mare nr. 12", "", "", "", ""});
    CHECK(doc.records[2].fields[0] == "Pop\nescu Ion");
    CHECK(doc.records[2].fields[2] == "Mare nr. 3");  // "nr." is not written twice
    CHECK(doc.records[3].fields[2] == "");
    // Every row on its own line, as in the file.
    CHECK(doc.records[2].line == 4);
    CHECK(doc.records[3].line == 6);
}

TEST_CASE("a list with a CNP gets the birth date and sex columns the CNP fills") {
    const std::string text = "Nume și prenume;CNP;Sat\n";
    const CsvDocument doc = readCsv(applyMapping(text, autoMapping(text, {})));
    REQUIRE(doc.records.size() == 1);
    CHECK(doc.records[0].fields == std::vector<std::string>{"child_name", "cnp", "village", "sheet_id", "observed_on",
                                                            "observed_by", "observed_by_position", "birth_date",
                                                            "sex"});
}

TEST_CASE("every column has a social worker's name, Romanian first") {
    for (const std::string& t : mappingTargets()) {
        if (t.find(':') != std::string::npos) continue;
        CHECK_MESSAGE(mappingTargetLabel(t, Lang::Ro) != t, t);
        CHECK_MESSAGE(mappingTargetLabel(t, Lang::En) != t, t);
    }
    CHECK(mappingTargetLabel("birth_date", Lang::Ro) == "Data nașterii");
    CHECK(mappingTargetLabel("obs:1.a", Lang::Ro) == "obs:1.a");
}

TEST_CASE("the commune's list template maps whole and needs the household proposal") {
    std::ifstream in(std::string(PREVPLAN_TEST_DATA) + "/../../assets/templates/lista-copii-primarie.csv",
                     std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const ColumnMapping m = autoMapping(text, {});
    REQUIRE_FALSE(m.fileColumns.empty());
    CHECK(std::all_of(m.recognised.begin(), m.recognised.end(), [](bool r) { return r; }));
    const std::string mapped = applyMapping(text, m);
    REQUIRE(needsHouseholdProposal(m));
    ObservatoryImportOptions options;
    options.county = 5;
    options.commune = "Exemplu";
    options.today = Date{2026, 11, 30};
    const ObservatoryImport r =
        importObservatoryCsv(applyHouseholdProposal(mapped, proposeHouseholds(mapped)), options);
    CHECK_FALSE(hasErrors(r.issues));
    REQUIRE(r.plan);
    CHECK(r.plan->households.size() == 1);
    CHECK(r.rowsImported == 2);
}
