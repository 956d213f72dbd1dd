// Re-importing a commune's Observatory table without silent damage: the cases of a security
// review, on a plan of three children built from a table, each re-imported file written out
// here. What held up stays held; a repeated row is a located error; a CNP that would rename a
// child or rewrite another family's data, and a name corrected without a CNP, wait for a choice.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/observatory/observatory_csv.h"
#include "core/observatory/observatory_merge.h"

using namespace prevplan;

namespace {

const char* kHeader =
    "household_id;family_id;village;family_head;child_name;cnp;birth_date;sex;sheet_id;observed_on;observed_by;"
    "observed_by_position\n";
const std::string kAnaCnp = "6150308050171";        // a girl born 2015-03-08 in Bihor
const std::string kAnaCorrected = "6150308050024";  // the same birth, another serial
const std::string kOtherCnp = "6150308050331";
const std::string kAna =
    "G1;G1/1;Deal;Dan Elena;Ana Dan;" + kAnaCnp + ";2015-03-08;F;05001;2026-01-10;Elena Dobre;profesor\n";
const std::string kMaria = "G2;G2/1;Vale;Dan Petru;Maria Dan;;2015-03-08;F;05002;2026-01-11;Elena Dobre;profesor\n";
const std::string kIon = "G3;G3/1;Deal;Pop Vasile;Ion Pop;;2014-05-01;M;05003;2026-01-12;Elena Dobre;profesor\n";

ObservatoryImport importRows(const std::string& rows, bool validRowsOnly = false) {
    ObservatoryImportOptions options;
    options.county = 5;
    options.commune = "Ștefănești";
    options.today = *Date::parse("2026-03-01");
    options.validRowsOnly = validRowsOnly;
    return importObservatoryCsv(kHeader + rows, options);
}

Plan emptyPlan() {
    Plan p;
    p.id = "p1";
    p.county = 5;
    p.commune = "Ștefănești";
    return p;
}

// The plan of the review: Ana (with a CNP) in G1, Maria and Ion (without) in G2 and G3.
const Plan& base() {
    static const Plan plan = [] {
        const ObservatoryImport file = importRows(kAna + kMaria + kIon);
        REQUIRE(file.plan);
        return mergeObservatory(emptyPlan(), *file.plan, *Date::parse("2026-03-01")).plan;
    }();
    return plan;
}

ObservatoryMerge reimport(const std::string& rows, const MergeChoices& choices = {}) {
    const ObservatoryImport file = importRows(rows);
    REQUIRE_MESSAGE(file.plan, (file.issues.empty() ? "" : file.issues[0].message(Lang::En)));
    return mergeObservatory(base(), *file.plan, *Date::parse("2026-03-01"), choices);
}

struct Found {
    const Household* household = nullptr;
    const FamilyNucleus* family = nullptr;
    const Child* child = nullptr;
};

Found find(const Plan& plan, const std::string& name) {
    for (const auto& h : plan.households)
        for (const auto& f : h->families)
            for (const auto& c : f.children)
                if (c.name == name) return {h.get(), &f, &c};
    return {};
}

long named(const Plan& plan, const std::string& name) {
    long n = 0;
    for (const auto& h : plan.households)
        for (const auto& f : h->families)
            n += std::count_if(f.children.begin(), f.children.end(), [&](const Child& c) { return c.name == name; });
    return n;
}

bool hasIssue(const ObservatoryImport& file, IssueKind kind, int line) {
    return std::any_of(file.issues.begin(), file.issues.end(),
                       [&](const Issue& i) { return i.kind == kind && i.line == line; });
}

// Ana's family as the base has it: nothing of another row may reach it.
void checkAnaUntouched(const Plan& plan) {
    const Found ana = find(plan, "Ana Dan");
    REQUIRE(ana.child);
    CHECK(ana.household->id == "G1");
    CHECK(ana.household->village == "Deal");
    CHECK(ana.family->head == "Dan Elena");
    CHECK(ana.family->sheet->sheetId == "05001");
}

}  // namespace

TEST_CASE("re-import: the base plan holds the three children of the table") {
    CHECK(childCount(base()) == 3);
    CHECK(find(base(), "Ana Dan").child->cnp == kAnaCnp);
}

// ---- what held up --------------------------------------------------------------------------------

TEST_CASE("re-import: the same table again changes nothing") {
    const ObservatoryMerge m = reimport(kAna + kMaria + kIon);
    CHECK(m.unchanged == 3);
    CHECK(m.added + m.changed + m.untouched == 0);
    CHECK(m.conflicts.empty());
    CHECK(childCount(m.plan) == 3);
}

TEST_CASE("re-import: a corrected CNP with the same sheet and name updates the child's CNP") {
    std::string row = kAna;
    row.replace(row.find(kAnaCnp), kAnaCnp.size(), kAnaCorrected);
    const ObservatoryMerge m = reimport(row);
    CHECK(m.changed == 1);
    CHECK(m.entries[0].changes == std::vector<std::string>{"cnp"});
    CHECK(m.conflicts.empty());
    CHECK(find(m.plan, "Ana Dan").child->cnp == kAnaCorrected);
    CHECK(childCount(m.plan) == 3);
}

TEST_CASE("re-import: a new sheet id without a CNP finds the child through the family id") {
    const ObservatoryMerge m =
        reimport("G2;G2/1;Vale;Dan Petru;Maria Dan;;2015-03-08;F;05009;2026-01-11;Elena Dobre;profesor\n");
    CHECK(m.changed == 1);
    CHECK(m.added == 0);
    CHECK(find(m.plan, "Maria Dan").family->sheet->sheetId == "05009");
    CHECK(childCount(m.plan) == 3);
}

TEST_CASE("re-import: capitals, doubled spaces, tabs and no-break spaces in a name find the same child") {
    for (const char* name :
         {"ION POP", "ion pop  ", "ION  POP", "Ion\tPop", "Ion\u00A0Pop", "ION \u00A0 POP", "\u00A0Ion Pop"}) {
        CAPTURE(name);
        const ObservatoryMerge m = reimport(std::string("G3;G3/1;Deal;Pop Vasile;") + name +
                                            ";;2014-05-01;M;05003;2026-01-12;Elena Dobre;profesor\n");
        CHECK(m.unchanged == 1);
        CHECK(m.added == 0);
        CHECK(m.conflicts.empty());
        CHECK(named(m.plan, "Ion Pop") == 1);  // the plan's spelling stays
        CHECK(childCount(m.plan) == 3);
    }
}

TEST_CASE("re-import: another household id with the child's CNP finds the child") {
    const ObservatoryMerge m =
        reimport("G9;G9/1;Deal;Dan Elena;Ana Dan;" + kAnaCnp + ";2015-03-08;F;05001;2026-01-10;Elena Dobre;profesor\n");
    CHECK(m.unchanged == 1);
    CHECK(m.added == 0);
    CHECK(m.plan.households.size() == 3);
    checkAnaUntouched(m.plan);
}

TEST_CASE("re-import: a CNP twice and an empty name are refused; a CNP that contradicts the birth date is a warning") {
    const ObservatoryImport wrongDate =
        importRows("G1;G1/1;Deal;Dan Elena;Ana Dan;6140308050173;2015-03-08;F;05001;2026-01-10;Elena Dobre;profesor\n");
    CHECK(wrongDate.plan);  // the user decides which of the two is right
    CHECK(hasIssue(wrongDate, IssueKind::CnpBirthDate, 2));

    const ObservatoryImport twice = importRows(kAna + "G2;G2/1;Vale;Dan Petru;Maria Dan;" + kAnaCnp +
                                               ";2015-03-08;F;05002;2026-01-11;Elena Dobre;profesor\n");
    CHECK_FALSE(twice.plan);
    CHECK(std::any_of(twice.issues.begin(), twice.issues.end(),
                      [](const Issue& i) { return i.kind == IssueKind::DuplicateCnp; }));

    const ObservatoryImport noName =
        importRows("G3;G3/1;Deal;Pop Vasile;;;2014-05-01;M;05003;2026-01-12;Elena Dobre;profesor\n");
    CHECK_FALSE(noName.plan);
    CHECK(hasIssue(noName, IssueKind::MissingValue, 2));
}

// ---- a row twice -------------------------------------------------------------------------------

TEST_CASE("re-import: the same row twice without a CNP is an error on the later row, not two children") {
    const ObservatoryImport file = importRows(kAna + kMaria + kIon + kMaria);
    CHECK_FALSE(file.plan);
    REQUIRE(hasIssue(file, IssueKind::RepeatedRow, 5));
    const auto repeat = std::find_if(file.issues.begin(), file.issues.end(),
                                     [](const Issue& i) { return i.kind == IssueKind::RepeatedRow; });
    CHECK(repeat->message(Lang::Ro).rfind("rândul 5: repetă rândul 3 (", 0) == 0);
    CHECK(repeat->message(Lang::En).rfind("line 5: repeats row 3 (", 0) == 0);
    CHECK(file.rowsRejected == 1);

    // Importing the valid rows keeps one Maria.
    const ObservatoryImport valid = importRows(kMaria + kMaria, true);
    REQUIRE(valid.plan);
    CHECK(valid.rowsImported == 1);
    const ObservatoryMerge m = mergeObservatory(base(), *valid.plan, *Date::parse("2026-03-01"));
    CHECK(m.unchanged == 1);
    CHECK(m.added == 0);
    CHECK(named(m.plan, "Maria Dan") == 1);
}

TEST_CASE("re-import: a repeated row is found in any spelling, and when only one of the two has a CNP") {
    const std::string shouting =
        "G2;G2/1;Vale;Dan Petru;MARIA  DAN;;2015-03-08;F;05002;2026-01-11;Elena Dobre;profesor\n";
    CHECK(hasIssue(importRows(kMaria + shouting), IssueKind::RepeatedRow, 3));
    CHECK(hasIssue(
        importRows(kAna + "G1;G1/1;Deal;Dan Elena;ana dan;;2015-03-08;F;05001;2026-01-10;Elena Dobre;profesor\n"),
        IssueKind::RepeatedRow, 3));
    // Two CNPs tell two children apart (the CNP check speaks for them); another birth date too.
    const ObservatoryImport twins = importRows(kAna + "G1;G1/1;Deal;Dan Elena;Ana Dan;" + kOtherCnp +
                                               ";2015-03-08;F;05001;2026-01-10;Elena Dobre;profesor\n");
    CHECK_FALSE(hasIssue(twins, IssueKind::RepeatedRow, 3));
    const ObservatoryImport older =
        importRows(kMaria + "G2;G2/1;Vale;Dan Petru;Maria Dan;;2013-03-08;F;05002;2026-01-11;Elena Dobre;profesor\n");
    CHECK(older.plan);
    CHECK(older.issues.empty());
}

// ---- a name corrected without a CNP ------------------------------------------------------------

TEST_CASE("re-import: a name corrected without a CNP is a possible duplicate the user decides") {
    const std::string ioan = "G3;G3/1;Deal;Pop Vasile;Ioan Pop;;2014-05-01;M;05003;2026-01-12;Elena Dobre;profesor\n";
    const ObservatoryMerge m = reimport(ioan);
    REQUIRE(m.conflicts.size() == 1);
    const MergeConflict& c = m.conflicts[0];
    CHECK(c.kind == ConflictKind::PossibleDuplicate);
    CHECK(c.file.name == "Ioan Pop");
    CHECK(c.plan.name == "Ion Pop");
    CHECK(c.plan.birthDate == "01.05.2014");  // as the user reads it
    CHECK(c.separateAllowed);
    CHECK(m.unresolved == 1);
    CHECK(m.entries[0].outcome == MergeOutcome::Conflict);
    CHECK(m.added == 0);
    CHECK(childCount(m.plan) == 3);  // never silently added

    const ObservatoryMerge same = reimport(ioan, {{c.row, Resolution::TakeFile}});
    CHECK(same.unresolved == 0);
    CHECK(same.changed == 1);
    CHECK(named(same.plan, "Ioan Pop") == 1);
    CHECK(named(same.plan, "Ion Pop") == 0);
    CHECK(childCount(same.plan) == 3);

    const ObservatoryMerge kept = reimport(ioan, {{c.row, Resolution::KeepPlan}});
    CHECK(kept.unresolved == 0);
    CHECK(kept.unchanged == 1);
    CHECK(named(kept.plan, "Ion Pop") == 1);
    CHECK(childCount(kept.plan) == 3);

    const ObservatoryMerge twin = reimport(ioan, {{c.row, Resolution::Separate}});
    CHECK(twin.unresolved == 0);
    CHECK(twin.added == 1);
    CHECK(find(twin.plan, "Ioan Pop").family == find(twin.plan, "Ion Pop").family);
    CHECK(childCount(twin.plan) == 4);
}

// ---- a CNP of another child --------------------------------------------------------------------

TEST_CASE("re-import: a row carrying the CNP of a child of another family is a conflict, never a rename or a rewrite") {
    // Maria's family's row, with Ana's CNP (its birth date fits: twins would have this).
    const std::string row =
        "G2;G2/1;Vale;Dan Ion;Maria Dan;" + kAnaCnp + ";2015-03-08;F;05002;2026-01-11;Elena Dobre;profesor\n";
    const ObservatoryMerge m = reimport(row);
    REQUIRE(m.conflicts.size() == 1);
    const MergeConflict& c = m.conflicts[0];
    CHECK(c.kind == ConflictKind::CnpOtherFamily);
    CHECK(c.file.name == "Maria Dan");
    CHECK(c.file.village == "Vale");
    CHECK(c.file.familyHead == "Dan Ion");
    CHECK(c.plan.name == "Ana Dan");
    CHECK(c.plan.village == "Deal");
    CHECK(c.plan.familyHead == "Dan Elena");
    CHECK(c.plan.cnp == kAnaCnp);
    CHECK_FALSE(c.separateAllowed);  // a second child with this CNP is not possible
    CHECK(m.unresolved == 1);
    CHECK(m.changed + m.added == 0);
    checkAnaUntouched(m.plan);
    CHECK(find(m.plan, "Ana Dan").child->cnp == kAnaCnp);
    CHECK(find(m.plan, "Maria Dan").family->head == "Dan Petru");

    // "A separate child" cannot be chosen here.
    CHECK(reimport(row, {{c.row, Resolution::Separate}}).unresolved == 1);

    const ObservatoryMerge kept = reimport(row, {{c.row, Resolution::KeepPlan}});
    CHECK(kept.unresolved == 0);
    CHECK(kept.changed + kept.added == 0);
    checkAnaUntouched(kept.plan);
    CHECK(find(kept.plan, "Ana Dan").child->cnp == kAnaCnp);
    CHECK(find(kept.plan, "Maria Dan").child->cnp.empty());

    // The file is right: the CNP is Maria's; Ana keeps her name and family, and loses the CNP.
    const ObservatoryMerge taken = reimport(row, {{c.row, Resolution::TakeFile}});
    CHECK(taken.unresolved == 0);
    CHECK(find(taken.plan, "Maria Dan").child->cnp == kAnaCnp);
    CHECK(find(taken.plan, "Maria Dan").family->head == "Dan Ion");
    CHECK(find(taken.plan, "Ana Dan").child->cnp.empty());
    checkAnaUntouched(taken.plan);
    CHECK(childCount(taken.plan) == 3);
}

TEST_CASE("re-import: a CNP in another family for a child the plan does not have adds it only when the user says so") {
    const std::string row =
        "G2;G2/1;Vale;Dan Petru;Elena Dan;" + kAnaCnp + ";2015-03-08;F;05002;2026-01-11;Elena Dobre;profesor\n";
    const ObservatoryMerge m = reimport(row);
    REQUIRE(m.conflicts.size() == 1);
    CHECK(m.conflicts[0].kind == ConflictKind::CnpOtherFamily);
    CHECK(childCount(m.plan) == 3);
    const ObservatoryMerge taken = reimport(row, {{m.conflicts[0].row, Resolution::TakeFile}});
    CHECK(taken.added == 1);
    CHECK(find(taken.plan, "Elena Dan").family == find(taken.plan, "Maria Dan").family);
    CHECK(find(taken.plan, "Elena Dan").child->cnp == kAnaCnp);
    CHECK(find(taken.plan, "Ana Dan").child->cnp.empty());
    checkAnaUntouched(taken.plan);
}

TEST_CASE("re-import: a child's CNP under another name in the same family is a conflict; taking the file's renames") {
    const std::string row =
        "G1;G1/1;Deal;Dan Elena;Anca Dan;" + kAnaCnp + ";2015-03-08;F;05001;2026-01-10;Elena Dobre;profesor\n";
    const ObservatoryMerge m = reimport(row);
    REQUIRE(m.conflicts.size() == 1);
    CHECK(m.conflicts[0].kind == ConflictKind::CnpOtherName);
    CHECK(m.conflicts[0].plan.name == "Ana Dan");
    CHECK(named(m.plan, "Ana Dan") == 1);
    CHECK(named(m.plan, "Anca Dan") == 0);
    const ObservatoryMerge taken = reimport(row, {{m.conflicts[0].row, Resolution::TakeFile}});
    CHECK(taken.changed == 1);
    CHECK(taken.entries[0].changes == std::vector<std::string>{"child_name"});
    CHECK(find(taken.plan, "Anca Dan").child->cnp == kAnaCnp);
    CHECK(childCount(taken.plan) == 3);
}

TEST_CASE("re-import: the conflicts of a file are counted and keyed by the file's child, in file order") {
    const std::string ioan = "G3;G3/1;Deal;Pop Vasile;Ioan Pop;;2014-05-01;M;05003;2026-01-12;Elena Dobre;profesor\n";
    const std::string anca =
        "G1;G1/1;Deal;Dan Elena;Anca Dan;" + kAnaCnp + ";2015-03-08;F;05001;2026-01-10;Elena Dobre;profesor\n";
    const ObservatoryMerge m = reimport(anca + kMaria + ioan);
    REQUIRE(m.conflicts.size() == 2);
    CHECK(m.conflicts[0].row == 0);
    CHECK(m.conflicts[1].row == 2);
    CHECK(m.unresolved == 2);
    CHECK(m.unchanged == 1);
    CHECK(m.untouched == 0);
    const ObservatoryMerge half = reimport(anca + kMaria + ioan, {{2, Resolution::KeepPlan}});
    CHECK(half.unresolved == 1);
}

TEST_CASE("re-import: a family id alone does not make another table's family the plan's") {
    // Another table numbers its families like the plan: G2/1 is not Maria's family here.
    const ObservatoryMerge m =
        reimport("G2;G2/1;Munte;Ionescu Radu;Vlad Ionescu;;2012-01-01;M;05010;2026-01-11;Elena Dobre;profesor\n");
    CHECK(m.added == 1);
    CHECK(m.conflicts.empty());
    const Found maria = find(m.plan, "Maria Dan"), vlad = find(m.plan, "Vlad Ionescu");
    CHECK(maria.family->head == "Dan Petru");
    CHECK(maria.household->village == "Vale");
    CHECK(maria.family->sheet->sheetId == "05002");
    CHECK(vlad.family != maria.family);
    CHECK(vlad.household->village == "Munte");
}

TEST_CASE("re-import: a corrected name without a CNP or a sheet is still a possible duplicate through the family id") {
    const std::string ioan = "G3;G3/1;Deal;Pop Vasile;Ioan Pop;;2014-05-01;M;;;;\n";
    const ObservatoryMerge m = reimport(ioan);
    REQUIRE(m.conflicts.size() == 1);
    CHECK(m.conflicts[0].kind == ConflictKind::PossibleDuplicate);
    CHECK(childCount(m.plan) == 3);
    const ObservatoryMerge twin = reimport(ioan, {{0, Resolution::Separate}});
    CHECK(twin.added == 1);
    CHECK(find(twin.plan, "Ioan Pop").family == find(twin.plan, "Ion Pop").family);
    CHECK(find(twin.plan, "Ion Pop").family->sheet->sheetId == "05003");  // the family's values stay
}
