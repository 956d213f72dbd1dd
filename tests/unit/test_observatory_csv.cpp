#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <tuple>

#include "core/base/csv.h"
#include "core/observatory/observatory_csv.h"

using namespace prevplan;

namespace {

const Date kToday{2026, 11, 25};

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    REQUIRE_MESSAGE(in, path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string fixture(const std::string& name) { return readFile(std::string(PREVPLAN_TEST_DATA) + "/csv/" + name); }

ObservatoryImportOptions options(bool validRowsOnly = false) {
    ObservatoryImportOptions o;
    o.county = 5;
    o.commune = "Comuna Test";
    o.today = kToday;
    o.validRowsOnly = validRowsOnly;
    return o;
}

using Place = std::tuple<int, std::string, IssueKind>;

std::vector<Place> places(const Issues& issues) {
    std::vector<Place> out;
    for (const auto& i : issues) out.emplace_back(i.line, i.column, i.kind);
    return out;
}

int index(const char* code) { return indicatorIndex(code); }

// The header every inline sample below shares.
const std::string kHeader =
    "household_id,family_id,village,child_name,birth_date,sex,sheet_id,observed_on,observed_by,"
    "observed_by_position";

}  // namespace

// ---- the CSV reader ---------------------------------------------------------------------------

TEST_CASE("CSV: plain runs and quoted runs are copied whole, whatever follows them") {
    const CsvDocument doc = readCsv("a;\"x\"\"y\"z;\"ab\r\ncd\"ef;;Ștefan \"Țepeș\"\n\"\";\"q;r\"\r\n");
    CHECK(doc.separator == ';');
    REQUIRE(doc.records.size() == 2);
    CHECK(doc.records[0].fields == std::vector<std::string>{"a", "x\"yz", "ab\ncdef", "", "Ștefan Țepeș"});
    CHECK(doc.records[1].line == 3);
    CHECK(doc.records[1].fields == std::vector<std::string>{"", "q;r"});
    CHECK(trimmedCell(" \t a b \t") == "a b");
    CHECK(trimmedCell(" \t ").empty());
    CHECK(trimmedCell("").empty());
}

TEST_CASE("CSV: separators, quotes, line ends, byte order mark") {
    const CsvDocument comma = readCsv("a,b;c\n1,\"x,y\"\n");
    CHECK(comma.separator == ',');
    REQUIRE(comma.records.size() == 2);
    CHECK(comma.records[0].fields == std::vector<std::string>{"a", "b;c"});
    CHECK(comma.records[1].fields == std::vector<std::string>{"1", "x,y"});

    const CsvDocument semi = readCsv("\xEF\xBB\xBF" "a;b,c;d\r\n1;\"say \"\"da\"\"\";\r\n");
    CHECK(semi.separator == ';');
    REQUIRE(semi.records.size() == 2);
    CHECK(semi.records[0].fields == std::vector<std::string>{"a", "b,c", "d"});
    CHECK(semi.records[1].fields == std::vector<std::string>{"1", "say \"da\"", ""});
}

TEST_CASE("CSV: a record's line is where it starts; blank lines are skipped") {
    const CsvDocument doc = readCsv("h1,h2\r\n\"two\r\nlines\",x\r\n\r\n,\r\nlast,y");
    REQUIRE(doc.records.size() == 3);
    CHECK(doc.records[1].line == 2);
    CHECK(doc.records[1].fields[0] == "two\nlines");
    CHECK(doc.records[2].line == 6);  // line 4 is empty, line 5 only separators
    CHECK(doc.records[2].fields == std::vector<std::string>{"last", "y"});
    CHECK_FALSE(doc.unterminatedQuoteLine);

    CHECK(readCsv("a\nb\n\"never closed\nc\n").unterminatedQuoteLine == 3);
}

TEST_CASE("CSV: writing quotes only what needs it") {
    CHECK(csvLine({"a", "b c", "d;e", "say \"x\"", "two\nlines", ""}, ';') ==
          "a;b c;\"d;e\";\"say \"\"x\"\"\";\"two\nlines\";\r\n");
}

// ---- import -----------------------------------------------------------------------------------

TEST_CASE("import an Excel export: BOM, semicolons, CRLF, Romanian dates and answers, any column order") {
    const ObservatoryImport r = importObservatoryCsv(fixture("excel_ro.csv"), options());
    // Only the "Nr." column is unknown: a warning, ignored.
    REQUIRE(places(r.issues) == std::vector<Place>{{1, "nr.", IssueKind::UnknownColumn}});
    REQUIRE(r.plan);
    CHECK(r.rowsRead == 3);
    CHECK(r.rowsImported == 3);
    CHECK(r.rowsRejected == 0);
    const Plan& p = *r.plan;
    CHECK(p.county == 5);
    CHECK(p.commune == "Comuna Test");
    REQUIRE(p.villages.size() == 2);
    CHECK(p.villages[0].name == "Valea Mică");
    CHECK(p.villages[1].name == "Dealu Mare");
    REQUIRE(p.households.size() == 2);

    // G1: one family nucleus (no family_id column), two children.
    const Household& g1 = *p.households[0];
    CHECK(g1.id == "G1");
    CHECK(g1.village == "Valea Mică");
    REQUIRE(g1.families.size() == 1);
    const FamilyNucleus& f = g1.families[0];
    CHECK(f.id == "G1/1");
    REQUIRE(f.sheet);
    CHECK(f.sheet->sheetId == "05001");
    CHECK(f.sheet->filledOn->iso() == "2026-01-10");
    CHECK(f.sheet->filledBy == "Elena Dobre");
    CHECK(f.sheet->position == "cadru didactic");
    CHECK(f.sheet->answers[index("1.a")] == Answer::Yes);
    CHECK(f.sheet->answers[index("1.a.1")] == Answer::Yes);
    CHECK(f.sheet->answers[index("2.b")] == Answer::Yes);  // child-level: Maria 1, Mihai 0
    CHECK(f.sheet->answers[index("4.b")] == Answer::Yes);  // Maria "da", Mihai "2"
    CHECK(f.sheet->answers[index("1.b")] == Answer::NotRecorded);  // no column
    REQUIRE(f.risk);
    CHECK(f.risk->visitedOn->iso() == "2026-01-12");
    CHECK(f.risk->verdicts[index("1.a")] == Verdict::Confirmed);
    CHECK(f.risk->verdicts[index("2.b")] == Verdict::Confirmed);
    CHECK(f.risk->verdicts[index("1.a.1")] == Verdict::NotAssessed);

    REQUIRE(f.children.size() == 2);
    const Child& maria = f.children[0];
    CHECK(maria.id == "c3");  // "G1" and "G2" hold serials 1 and 2, so new ids start at 3
    CHECK(maria.name == "Maria Ionescu");
    CHECK(maria.cnp == "6150308050171");
    CHECK(maria.birthDate->iso() == "2015-03-08");
    CHECK(maria.sex == Sex::Female);
    CHECK(maria.exposedObserved[index("2.b")]);
    CHECK(maria.exposedObserved[index("4.b")]);
    CHECK(maria.exposedObserved.count() == 2);
    CHECK(maria.exposedConfirmed.count() == 2);
    const Child& mihai = f.children[1];
    CHECK(mihai.sex == Sex::Male);  // "B" for băiat
    CHECK(mihai.birthDate->iso() == "2012-06-01");
    CHECK(mihai.exposedObserved.none());
    CHECK(mihai.exposedConfirmed.none());

    // G2: quoted name and position; every answer "no"; no risk identification.
    const FamilyNucleus& g2 = p.households[1]->families[0];
    CHECK(g2.children[0].name == "Ana-Maria \"Ani\" Pop");
    CHECK(g2.children[0].sex == Sex::Female);
    CHECK(g2.children[0].birthDate->iso() == "2016-02-29");
    CHECK(g2.sheet->position == "medic de familie; dispensar");
    CHECK(g2.sheet->answers[index("1.a")] == Answer::No);
    CHECK(g2.sheet->answers[index("2.b")] == Answer::No);
    CHECK(g2.sheet->answers[index("4.b")] == Answer::NotRecorded);
    CHECK_FALSE(g2.risk);
}

TEST_CASE("every error at once, by line and column, and nothing imported") {
    const ObservatoryImport r = importObservatoryCsv(fixture("errors.csv"), options());
    CHECK_FALSE(r.plan);
    CHECK(r.rowsRead == 9);
    CHECK(r.rowsImported == 0);
    CHECK(r.rowsRejected == 7);  // all but H7's and Ilie's rows
    CHECK(places(r.issues) == std::vector<Place>{
                                  {2, "cnp", IssueKind::CnpInvalid},
                                  {3, "birth_date", IssueKind::BadValue},
                                  {3, "sex", IssueKind::BadValue},
                                  {3, "observed_on", IssueKind::Conflict},
                                  {3, "obs:1.a", IssueKind::Conflict},
                                  {4, "sheet_id", IssueKind::SheetIdCounty},
                                  {4, "birth_date", IssueKind::NotAChild},
                                  {5, "family_id", IssueKind::Conflict},
                                  {6, "observed_on", IssueKind::FutureDate},
                                  {7, "village", IssueKind::MissingValue},
                                  {7, "risk_sheet_on", IssueKind::MissingValue},
                                  {7, "sheet_id", IssueKind::DuplicateSheetId},
                                  {8, "observed_by", IssueKind::MissingValue},
                              });
    CHECK(r.issues[0].message(Lang::En) == "line 2, column cnp: the CNP's control digit is wrong (it should be 4)");
    CHECK(r.issues[1].message(Lang::Ro) ==
          "rândul 3, coloana birth_date: „2015-13-01”: luna 13 nu există (lunile sunt 1–12)");
    CHECK(r.issues[3].message(Lang::En) ==
          "line 3, column observed_on: \"2026-01-11\" differs from \"2026-01-10\" on line 2; the value belongs to "
          "the whole family");
    CHECK(r.issues[7].message(Lang::Ro) ==
          "rândul 5, coloana family_id: familia „F1” este deja în gospodăria „H1” (rândul 2)");
    CHECK(r.issues[11].message(Lang::En) ==
          "line 7, column sheet_id: sheet number \"05001\" is also used by family F1");
}

TEST_CASE("valid rows only: rows with errors are skipped and counted") {
    const ObservatoryImport r = importObservatoryCsv(fixture("errors.csv"), options(true));
    REQUIRE(r.plan);
    CHECK(r.rowsRead == 9);
    CHECK(r.rowsImported == 1);
    CHECK(r.rowsRejected == 8);
    // Without lines 2 and 3, family F1 (Ilie, line 10) has answers but no sheet number, date or author.
    const std::vector<Place> all = places(r.issues);
    const std::vector<Place> last(all.end() - 3, all.end());
    CHECK(last == std::vector<Place>{{10, "sheet_id", IssueKind::MissingValue},
                                     {10, "observed_on", IssueKind::MissingValue},
                                     {10, "observed_by", IssueKind::MissingValue}});
    CHECK(r.issues.size() == 16);
    REQUIRE(r.plan->households.size() == 1);
    CHECK(r.plan->households[0]->id == "H7");
    CHECK(r.plan->households[0]->families[0].children[0].name == "Ema Pop");
}

TEST_CASE("a missing required column is one error that names it") {
    const std::string csv = "household_id;village;child_name;birth_date;sex;observed_on;observed_by;"
                            "observed_by_position\nH1;Sat;Ana;2016-01-01;F;2026-01-10;Ana;x\n";
    const ObservatoryImport r = importObservatoryCsv(csv, options());
    REQUIRE(r.issues.size() == 1);
    CHECK(r.issues[0].kind == IssueKind::MissingColumn);
    CHECK(r.issues[0].message(Lang::En) == "line 1, column sheet_id: the required column \"sheet_id\" is missing");
    CHECK(r.issues[0].message(Lang::Ro) == "rândul 1, coloana sheet_id: lipsește coloana obligatorie „sheet_id”");
    CHECK_FALSE(r.plan);

    // Verdicts need the date of the risk identification visit.
    const ObservatoryImport conf = importObservatoryCsv(kHeader + ",conf:1.a\n", options());
    CHECK(places(conf.issues) == std::vector<Place>{{1, "risk_sheet_on", IssueKind::MissingColumn}});
}

TEST_CASE("header problems: unknown indicator, duplicate column, no rows") {
    const ObservatoryImport r = importObservatoryCsv(kHeader + ",OBS:9.z, Sheet_ID \nH1\n", options());
    CHECK(places(r.issues) == std::vector<Place>{{1, "obs:9.z", IssueKind::UnknownIndicator},
                                                 {1, "sheet_id", IssueKind::DuplicateColumn}});
    CHECK(places(importObservatoryCsv(kHeader + "\n", options()).issues) ==
          std::vector<Place>{{1, "", IssueKind::NoRows}});
    CHECK(places(importObservatoryCsv("", options()).issues) == std::vector<Place>{{1, "", IssueKind::NoRows}});
    CHECK(places(importObservatoryCsv(kHeader + "\nH1,\"open\n", options()).issues) ==
          std::vector<Place>{{2, "", IssueKind::CsvSyntax}});
}

TEST_CASE("dates import in the ways people write them, and a wrong one says why") {
    std::string csv = kHeader + "\n";
    int n = 100;
    for (const char* birth : {"1.7.2018", "01.07.2018", "1/7/2018", "2018-07-01"}) {
        const std::string serial = std::to_string(++n);
        csv += "H" + serial + ",,Sat,C," + birth + ",M,05" + serial + ",10.1.2026,A,p\n";
    }
    const ObservatoryImport r = importObservatoryCsv(csv, options());
    REQUIRE(r.issues.empty());
    for (const auto& h : r.plan->households) {
        CHECK(h->families[0].children[0].birthDate == Date{2018, 7, 1});
        CHECK(h->families[0].sheet->filledOn == Date{2026, 1, 10});
    }
    const ObservatoryImport bad =
        importObservatoryCsv(kHeader + "\nH1,,Sat,C,1.7.18,M,05001,31.04.2026,A,p\n", options());
    CHECK(places(bad.issues) ==
          std::vector<Place>{{2, "birth_date", IssueKind::BadValue}, {2, "observed_on", IssueKind::BadValue}});
    CHECK(bad.issues[0].detailEn == "\"1.7.18\": write the year with four digits (2018, not 18)");
    CHECK(bad.issues[1].detailRo == "„31.04.2026” nu există: aprilie 2026 are 30 de zile");
}

TEST_CASE("a valid CNP gives a missing birth date and sex; one that disagrees is a warning") {
    const std::string head = kHeader + ",cnp\n";
    // 6150308050171: a girl born 08.03.2015.
    const ObservatoryImport filled =
        importObservatoryCsv(head + "H1,,Sat,Ana,,,05001,10.01.2026,A,p,6150308050171\n", options());
    REQUIRE(filled.issues.empty());
    const Child& ana = filled.plan->households[0]->families[0].children[0];
    CHECK(ana.birthDate == Date{2015, 3, 8});
    CHECK(ana.sex == Sex::Female);

    const ObservatoryImport differs =
        importObservatoryCsv(head + "H1,,Sat,Ana,9.3.2015,F,05001,10.01.2026,A,p,6150308050171\n", options());
    REQUIRE(differs.plan);  // imported, with the warning on its line and column
    CHECK(places(differs.issues) == std::vector<Place>{{2, "cnp", IssueKind::CnpBirthDate}});
    CHECK(differs.issues[0].severity == Severity::Warning);
}

TEST_CASE("a child named for an indicator outside its ages is an error on that cell") {
    // Observed on 10.01.2026: Ana, born 01.07.2022, is 3, outside 4.b's 6-15; Ion, born 10.01.2020, is 6.
    const std::string csv = kHeader +
                            ",obs:4.b\n"
                            "H1,,Sat,Ana,1.7.2022,F,05001,10.01.2026,A,p,1\n"
                            "H1,,Sat,Ion,10.1.2020,M,05001,10.01.2026,A,p,1\n";
    const ObservatoryImport r = importObservatoryCsv(csv, options());
    CHECK_FALSE(r.plan);
    CHECK(places(r.issues) == std::vector<Place>{{2, "obs:4.b", IssueKind::OutsideAgeBounds}});
    CHECK(
        r.issues[0].message(Lang::Ro) ==
        "rândul 2, coloana obs:4.b: 4.b: copilul are 3 ani la 10.01.2026, iar indicatorul privește copiii de 6–15 ani");
    CHECK(r.rowsRejected == 1);
}

TEST_CASE("answer and sex spellings") {
    std::string csv = kHeader + ",obs:1.a\n";
    const char* yes[] = {"1", "da", "DA", "yes", "Y", " y "};
    const char* no[] = {"0", "2", "nu", "No", "n"};
    const char* males[] = {"M", "m", "B", "b", "masculin", "Male", "băiat"};
    const char* females[] = {"F", "f", "feminin", "female", "fată", "F"};
    int n = 0;
    for (const char* v : yes) {
        ++n;
        csv += "Y" + std::to_string(n) + ",,Sat,C,2016-01-01,M,05" + std::to_string(100 + n) + ",2026-01-10,A,p," + v + "\n";
    }
    for (const char* v : no) {
        ++n;
        csv += "N" + std::to_string(n) + ",,Sat,C,2016-01-01,F,05" + std::to_string(100 + n) + ",2026-01-10,A,p," + v + "\n";
    }
    for (const char* v : males) csv += "M" + std::to_string(++n) + ",,Sat,C,2016-01-01," + v + ",,,,,\n";
    for (const char* v : females) csv += "F" + std::to_string(++n) + ",,Sat,C,2016-01-01," + v + ",,,,,\n";
    const ObservatoryImport r = importObservatoryCsv(csv, options());
    REQUIRE(r.issues.empty());
    for (const auto& h : r.plan->households) {
        const FamilyNucleus& f = h->families[0];
        switch (h->id[0]) {
            case 'Y': CHECK(f.sheet->answers[index("1.a")] == Answer::Yes); break;
            case 'N': CHECK(f.sheet->answers[index("1.a")] == Answer::No); break;
            case 'M': CHECK(f.children[0].sex == Sex::Male); CHECK_FALSE(f.sheet); break;
            case 'F': CHECK(f.children[0].sex == Sex::Female); break;
        }
    }
    const ObservatoryImport bad = importObservatoryCsv(kHeader + ",obs:1.a\nH1,,Sat,C,2016-01-01,M,05001,2026-01-10,A,p,poate\n", options());
    CHECK(places(bad.issues) == std::vector<Place>{{2, "obs:1.a", IssueKind::BadValue}});
    CHECK(bad.issues[0].detailRo == "„poate” nu este un răspuns (1 sau da; 0, 2 sau nu)");
}

TEST_CASE("the one-digit answers and every other spelling read the same way") {
    // "1", "0" and "2" are read before any comparison in any case; the rest as words, in any case,
    // with the spaces and tabs around them trimmed, and nothing else taken for an answer.
    const std::pair<const char*, Answer> cells[] = {
        {"1", Answer::Yes},   {" 1 ", Answer::Yes},  {"\t1", Answer::Yes}, {"Da", Answer::Yes},  {"YES", Answer::Yes},
        {"0", Answer::No},    {"2 ", Answer::No},     {" NU ", Answer::No},  {"nO", Answer::No},   {"N", Answer::No},
        {"", Answer::NotRecorded}, {"  ", Answer::NotRecorded}};
    for (const auto& [cell, expected] : cells) {
        CAPTURE(cell);
        const ObservatoryImport r = importObservatoryCsv(
            kHeader + ",obs:1.a\nH1,,Sat,C,2016-01-01,M,05001,2026-01-10,A,p," + cell + "\n", options());
        REQUIRE(r.issues.empty());
        CHECK(r.plan->households[0]->families[0].sheet->answers[index("1.a")] == expected);
    }
    for (const char* cell : {"11", "3", "Dă", "nu\xC2\xA0", "1.", "yes!", "ș"}) {
        CAPTURE(cell);
        const ObservatoryImport r = importObservatoryCsv(
            kHeader + ",obs:1.a\nH1,,Sat,C,2016-01-01,M,05001,2026-01-10,A,p," + cell + "\n", options());
        CHECK(places(r.issues) == std::vector<Place>{{2, "obs:1.a", IssueKind::BadValue}});
    }
}

TEST_CASE("family-level answers may repeat on each row, and must agree") {
    const std::string head = kHeader + ",obs:1.a,obs:4.b\n";
    const std::string ok = head +
                           "H1,,Sat,Ana,2012-01-01,F,05001,2026-01-10,A,p,1,0\n"
                           "H1,,Sat,Ion,2014-01-01,M,05001,2026-01-10,A,p,da,\n"
                           "H1,,,Eva,2016-01-01,F,,,,,,1\n";
    const ObservatoryImport r = importObservatoryCsv(ok, options());
    REQUIRE(r.issues.empty());
    const FamilyNucleus& f = r.plan->households[0]->families[0];
    CHECK(f.sheet->answers[index("1.a")] == Answer::Yes);
    CHECK(f.sheet->answers[index("4.b")] == Answer::Yes);  // Eva's
    CHECK_FALSE(f.children[0].exposedObserved[index("4.b")]);
    CHECK_FALSE(f.children[1].exposedObserved[index("4.b")]);
    CHECK(f.children[2].exposedObserved[index("4.b")]);

    const ObservatoryImport clash = importObservatoryCsv(head +
                                                             "H1,,Sat,Ana,2012-01-01,F,05001,2026-01-10,A,p,1,\n"
                                                             "H1,,Sat,Ion,2014-01-01,M,05001,2026-01-10,A,p,nu,\n",
                                                         options());
    CHECK(places(clash.issues) == std::vector<Place>{{3, "obs:1.a", IssueKind::Conflict}});
    CHECK(clash.issues[0].detailEn == "\"0\" differs from \"1\" on line 2; the value belongs to the whole family");
}

TEST_CASE("two family nuclei in one household; ids must not collide") {
    const std::string head = "household_id,family_id,village,child_name,birth_date,sex,sheet_id,observed_on,"
                             "observed_by,observed_by_position\n";
    const ObservatoryImport r = importObservatoryCsv(head +
                                                         "h7,f8,Sat,Ana,2012-01-01,F,05001,2026-01-10,A,p\n"
                                                         "h7,f9,Sat,Ion,2014-01-01,M,05002,2026-01-10,A,p\n",
                                                     options());
    REQUIRE(r.issues.empty());
    CHECK(r.plan->households[0]->families.size() == 2);
    CHECK(r.plan->nextSerial == 12);  // f9 holds 9; the children got c10 and c11
    CHECK(r.plan->households[0]->families[1].children[0].id == "c11");

    const ObservatoryImport clash = importObservatoryCsv(head + "X,X,Sat,Ana,2012-01-01,F,05001,2026-01-10,A,p\n",
                                                         options());
    CHECK(places(clash.issues) == std::vector<Place>{{2, "family_id", IssueKind::DuplicateId}});
}

// ---- export and round trip ---------------------------------------------------------------------

TEST_CASE("export: BOM, semicolons, CRLF, every column in A2.1 order") {
    const std::vector<std::string> cols = observatoryColumns();
    CHECK(cols.size() == 18 + 2 * indicatorCount());
    CHECK(cols.front() == "household_id");
    CHECK(cols[9] == "in_protection");
    CHECK(cols[14] == "obs:1.a");
    CHECK(cols[14 + indicatorCount()] == "visit_by");
    CHECK(cols[17 + indicatorCount()] == "conf:1.a");
    CHECK(cols.back() == "risk_sheet_on");

    const ObservatoryImport r = importObservatoryCsv(fixture("excel_ro.csv"), options());
    const std::string csv = exportObservatoryCsv(*r.plan);
    CHECK(csv.rfind("\xEF\xBB\xBFhousehold_id;family_id;village;address;family_head;child_name;cnp;", 0) == 0);
    const CsvDocument doc = readCsv(csv);
    REQUIRE(doc.records.size() == 4);
    CHECK(doc.records[1].fields[0] == "G1");
    CHECK(doc.records[1].fields[1] == "G1/1");
    CHECK(doc.records[2].fields[2] == "Valea Mică");  // shared values repeat on every row
    CHECK(doc.records[2].fields[10] == "05001");
    CHECK(doc.records[2].fields[7] == "01.06.2012");  // as Excel shows dates in Romania
    CHECK(doc.records[2].fields[8] == "M");
    CHECK(doc.records[3].fields[13] == "medic de familie; dispensar");
    CHECK(csv.find("\"medic de familie; dispensar\"") != std::string::npos);
}

TEST_CASE("export, import, export gives the same file") {
    const ObservatoryImport first = importObservatoryCsv(fixture("excel_ro.csv"), options());
    const std::string once = exportObservatoryCsv(*first.plan);
    const ObservatoryImport again = importObservatoryCsv(once, options());
    REQUIRE(places(again.issues).empty());
    CHECK(exportObservatoryCsv(*again.plan) == once);
}

TEST_CASE("a child-level yes that names no child is written on every child") {
    Plan p;
    p.county = 5;
    auto h = std::make_shared<Household>();
    h->id = "h1";
    h->village = "Sat";
    FamilyNucleus f;
    f.id = "f2";
    f.sheet = ObservationSheet{};
    f.sheet->sheetId = "05001";
    f.sheet->filledOn = Date{2026, 1, 10};
    f.sheet->filledBy = "A";
    f.sheet->answers[index("4.i")] = Answer::Yes;  // named through its sub-item only
    f.sheet->answers[index("4.i.1")] = Answer::Yes;
    f.sheet->answers[index("3.f")] = Answer::Yes;  // names nobody
    for (const char* name : {"Ana", "Ion"}) {
        Child c;
        c.id = newId(p, 'c');
        c.name = name;
        c.birthDate = Date{2021, 1, 1};
        f.children.push_back(c);
    }
    f.children[1].exposedObserved[index("4.i.1")] = true;
    h->families.push_back(f);
    p.households.push_back(h);

    const CsvDocument doc = readCsv(exportObservatoryCsv(p));
    const auto cols = observatoryColumns();
    auto at = [&](int row, const std::string& name) {
        return doc.records[row].fields[std::find(cols.begin(), cols.end(), name) - cols.begin()];
    };
    CHECK(at(1, "obs:4.i") == "0");
    CHECK(at(2, "obs:4.i") == "1");
    CHECK(at(1, "obs:4.i.1") == "0");
    CHECK(at(2, "obs:4.i.1") == "1");
    CHECK(at(1, "obs:3.f") == "1");
    CHECK(at(2, "obs:3.f") == "1");
    CHECK(at(1, "obs:1.a") == "");

    // A yes naming nobody goes on the children of the indicator's ages only: on 10.01.2026 Ana
    // (born 01.01.2021) is 5, outside 4.b's 6-15; Ion, born 01.01.2019, is 7.
    h->families[0].sheet->answers[index("4.b")] = Answer::Yes;
    h->families[0].children[1].birthDate = Date{2019, 1, 1};
    const CsvDocument aged = readCsv(exportObservatoryCsv(p));
    CHECK(aged.records[1].fields[std::find(cols.begin(), cols.end(), "obs:4.b") - cols.begin()] == "0");
    CHECK(aged.records[2].fields[std::find(cols.begin(), cols.end(), "obs:4.b") - cols.begin()] == "1");
}

TEST_CASE("the shipped template imports cleanly and is in export form") {
    const std::string text = readFile(std::string(PREVPLAN_TEST_DATA) + "/../../assets/templates/observatory-template.csv");
    const ObservatoryImport r = importObservatoryCsv(text, options());
    CHECK(r.issues.empty());
    REQUIRE(r.plan);
    CHECK(r.rowsImported == 2);
    CHECK(exportObservatoryCsv(*r.plan) == text);
}

TEST_CASE("a family whose children are all in special protection imports, and exports back") {
    // G2's only child is in care: the family keeps its row and its sheet; G1's child lives at home.
    const std::string csv = kHeader + ",in_protection\n"
                            "G1,,Deal,Ana,2016-01-01,F,05001,2026-01-10,A,p,\n"
                            "G2,,Deal,Ion,2012-05-05,M,05002,2026-01-10,A,p,da\n";
    const ObservatoryImport r = importObservatoryCsv(csv, options());
    REQUIRE(r.issues.empty());
    REQUIRE(r.plan->households.size() == 2);
    CHECK_FALSE(r.plan->households[0]->families[0].children[0].inProtection);
    const FamilyNucleus& g2 = r.plan->households[1]->families[0];
    REQUIRE(g2.children.size() == 1);
    CHECK(g2.children[0].inProtection);
    CHECK(g2.sheet->sheetId == "05002");
    const CsvDocument doc = readCsv(exportObservatoryCsv(*r.plan));
    CHECK(doc.records[1].fields[9] == "");
    CHECK(doc.records[2].fields[9] == "1");

    const ObservatoryImport bad = importObservatoryCsv(kHeader + ",in_protection\nG1,,Deal,Ana,2016-01-01,F,05001,2026-01-10,A,p,poate\n", options());
    CHECK(places(bad.issues) == std::vector<Place>{{2, "in_protection", IssueKind::BadValue}});
}
