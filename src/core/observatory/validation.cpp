#include "core/observatory/validation.h"

#include <cstdio>
#include <iterator>
#include <limits>
#include <unordered_map>

#include "core/base/limits.h"
#include "core/base/words.h"
#include "core/observatory/cnp.h"

namespace prevplan {

const char* issueKindName(IssueKind kind) {
    switch (kind) {
        case IssueKind::CsvSyntax: return "csv-syntax";
        case IssueKind::MissingColumn: return "missing-column";
        case IssueKind::DuplicateColumn: return "duplicate-column";
        case IssueKind::UnknownColumn: return "unknown-column";
        case IssueKind::UnknownIndicator: return "unknown-indicator";
        case IssueKind::NoRows: return "no-rows";
        case IssueKind::BadValue: return "bad-value";
        case IssueKind::Conflict: return "conflict";
        case IssueKind::DuplicateId: return "duplicate-id";
        case IssueKind::RepeatedRow: return "repeated-row";
        case IssueKind::MissingValue: return "missing-value";
        case IssueKind::CnpInvalid: return "cnp-invalid";
        case IssueKind::CnpBirthDate: return "cnp-birth-date";
        case IssueKind::CnpSex: return "cnp-sex";
        case IssueKind::DuplicateCnp: return "duplicate-cnp";
        case IssueKind::NotAChild: return "not-a-child";
        case IssueKind::OutsideAgeBounds: return "outside-age-bounds";
        case IssueKind::FutureDate: return "future-date";
        case IssueKind::DateOrder: return "date-order";
        case IssueKind::SheetIdFormat: return "sheet-id-format";
        case IssueKind::SheetIdCounty: return "sheet-id-county";
        case IssueKind::DuplicateSheetId: return "duplicate-sheet-id";
        case IssueKind::SheetIdSpaceExceeded: return "sheet-id-space-exceeded";
        case IssueKind::TooLarge: return "too-large";
        case IssueKind::MoreIssues: return "more-issues";
    }
    return "?";
}

void capIssues(Issues& issues) {
    if (issues.size() <= kMaxErrors) return;
    Issue more;
    more.kind = IssueKind::MoreIssues;
    more.severity = Severity::Warning;
    for (std::size_t i = kMaxErrors; i < issues.size(); ++i)
        if (issues[i].severity == Severity::Error) more.severity = Severity::Error;
    const auto n = static_cast<long long>(issues.size() - kMaxErrors);
    more.detailRo = "… probleme neafișate: " + groupedNumber(n, Lang::Ro);
    more.detailEn = "… problems not shown: " + groupedNumber(n, Lang::En);
    issues.resize(kMaxErrors);
    issues.push_back(std::move(more));
}

std::string Issue::where(Lang lang) const {
    const bool ro = lang == Lang::Ro;
    if (line > 0) {
        std::string w = (ro ? "rândul " : "line ") + std::to_string(line);
        if (!column.empty()) w += (ro ? ", coloana " : ", column ") + column;
        return w;
    }
    std::string w;
    auto add = [&](const Id& id, const char* nameRo, const char* nameEn) {
        if (id.empty()) return;
        if (!w.empty()) w += ", ";
        w += std::string(ro ? nameRo : nameEn) + " " + id;
    };
    add(householdId, "gospodăria", "household");
    add(familyId, "familia", "family");
    add(childId, "copilul", "child");
    return w;
}

std::string Issue::message(Lang lang) const {
    const std::string place = where(lang);
    const std::string& detail = lang == Lang::Ro ? detailRo : detailEn;
    return place.empty() ? detail : place + ": " + detail;
}

bool hasErrors(const Issues& issues) {
    for (const auto& i : issues)
        if (i.severity == Severity::Error) return true;
    return false;
}

std::string sheetIdFor(int county, int serial) {
    char buf[24];
    std::snprintf(buf, sizeof buf, "%02d%03d", county, serial);
    return buf;
}

namespace {

void add(Issues& out, IssueKind kind, Field field, std::string ro, std::string en,
         Severity severity = Severity::Error) {
    Issue i{kind, severity, field, std::move(ro), std::move(en), {}, {}, {}, 0, {}};
    out.push_back(std::move(i));
}

void checkNotFuture(const std::optional<Date>& date, const Date& today, Field field, const std::string& whatRo,
                    const std::string& whatEn, Issues& out) {
    if (!date || *date <= today) return;
    add(out, IssueKind::FutureDate, field, whatRo + " (" + date->shown() + ") este în viitor",
        whatEn + " (" + date->shown() + ") is in the future");
}

const char* sexRo(Sex s) { return s == Sex::Male ? "masculin" : "feminin"; }
const char* sexEn(Sex s) { return s == Sex::Male ? "male" : "female"; }

void checkCnp(const Child& child, const Date& today, Issues& out) {
    const CnpReading r = readCnp(child.cnp, today);
    switch (r.problem) {
        case CnpProblem::None: break;
        case CnpProblem::Length:
            add(out, IssueKind::CnpInvalid, Field::Cnp,
                "CNP-ul trebuie să aibă 13 cifre (are " + std::to_string(child.cnp.size()) + " caractere)",
                "the CNP must have 13 digits (it has " + std::to_string(child.cnp.size()) + " characters)");
            return;
        case CnpProblem::NotDigits:
            add(out, IssueKind::CnpInvalid, Field::Cnp, "CNP-ul poate conține doar cifre",
                "the CNP may contain digits only");
            return;
        case CnpProblem::SexDigit:
            add(out, IssueKind::CnpInvalid, Field::Cnp, "prima cifră a CNP-ului (sexul și secolul) nu poate fi 0",
                "the CNP's first digit (sex and century) cannot be 0");
            return;
        case CnpProblem::BirthDate:
            add(out, IssueKind::CnpInvalid, Field::Cnp, "data nașterii din CNP (cifrele 2–7) nu este o dată validă",
                "the birth date in the CNP (digits 2–7) is not a valid date");
            return;
        case CnpProblem::County:
            add(out, IssueKind::CnpInvalid, Field::Cnp, "codul de județ din CNP (cifrele 8–9) nu există",
                "the county code in the CNP (digits 8–9) does not exist");
            return;
        case CnpProblem::ControlDigit:
            add(out, IssueKind::CnpInvalid, Field::Cnp,
                std::string("cifra de control a CNP-ului este greșită (ar trebui să fie ") + r.expectedControl + ")",
                std::string("the CNP's control digit is wrong (it should be ") + r.expectedControl + ")");
            return;
    }
    const CnpFacts& f = *r.facts;
    // A mismatch is a warning: the CNP may be the mistyped one, and the social worker decides.
    if (child.birthDate && !cnpAgreesWithBirthDate(f, *child.birthDate))
        add(out, IssueKind::CnpBirthDate, Field::Cnp,
            "CNP-ul indică data nașterii " + f.birthDate.shown() + ", dar data înregistrată este " +
                child.birthDate->shown(),
            "the CNP gives the birth date " + f.birthDate.shown() + ", but the recorded birth date is " +
                child.birthDate->shown(),
            Severity::Warning);
    if (f.sex != Sex::Unknown && child.sex != Sex::Unknown && f.sex != child.sex)
        add(out, IssueKind::CnpSex, Field::Cnp,
            std::string("CNP-ul indică sexul ") + sexRo(f.sex) + ", dar este înregistrat " + sexRo(child.sex),
            std::string("the CNP says ") + sexEn(f.sex) + ", but the recorded sex is " + sexEn(child.sex),
            Severity::Warning);
}

void checkAge(const Date& birth, const Date& on, bool onObservation, Issues& out) {
    // Written only for a child it is about: checked for every child, they are rarely needed.
    const auto whenRo = [&] { return (onObservation ? "data observației (" : "azi (") + on.shown() + ")"; };
    const auto whenEn = [&] { return (onObservation ? "the observation date (" : "today (") + on.shown() + ")"; };
    if (birth > on) {
        add(out, IssueKind::NotAChild, Field::BirthDate, "copilul s-a născut după " + whenRo(),
            "the child was born after " + whenEn());
        return;
    }
    const int age = ageInYears(birth, on);
    if (age <= 17) return;
    add(out, IssueKind::NotAChild, Field::BirthDate,
        "copilul are " + countOf(age, nouns::kYear, Lang::Ro) + " la " + whenRo() + "; observatorul cuprinde copiii de 0–17 ani",
        "the child is " + std::to_string(age) + " on " + whenEn() + "; the Observatory covers children aged 0–17");
}

}  // namespace

void checkChild(const Child& child, const std::optional<Date>& observedOn, const Date& today, Issues& out) {
    if (child.name.empty())
        add(out, IssueKind::MissingValue, Field::ChildName, "numele copilului lipsește", "the child's name is missing");
    if (!child.birthDate) {
        add(out, IssueKind::MissingValue, Field::BirthDate, "data nașterii lipsește", "the birth date is missing");
    } else if (*child.birthDate > today) {
        checkNotFuture(child.birthDate, today, Field::BirthDate, "data nașterii", "the birth date", out);
    } else {
        checkAge(*child.birthDate, observedOn.value_or(today), observedOn.has_value(), out);
    }
    if (!child.cnp.empty()) checkCnp(child, today, out);
}

namespace {

// The age on `on` outside indicator i's bounds, as an issue; nullopt when within them.
std::optional<Issue> ageIssueOn(const Date& birth, std::size_t i, bool confirmed, const Date& on) {
    if (birth > on || withinAgeBounds(i, birth, on)) return std::nullopt;
    const char* code = indicator(i).code;
    const int months = ageInMonths(birth, on);
    // Babies' ages read in months, everyone else's in years.
    auto age = [&](Lang lang) {
        return months < 24 ? countOf(months, nouns::kMonth, lang) : countOf(months / 12, nouns::kYear, lang);
    };
    const AgeBounds& b = *ageBounds(i);
    Issue issue{IssueKind::OutsideAgeBounds,
                Severity::Error,
                Field::Exposure,
                std::string(code) + ": copilul are " + age(Lang::Ro) + " la " + on.shown() +
                    ", iar indicatorul privește copiii de " + ageBoundsText(b, Lang::Ro),
                std::string(code) + ": the child is " + age(Lang::En) + " old on " + on.shown() +
                    "; the indicator concerns children " + ageBoundsText(b, Lang::En),
                {},
                {},
                {},
                0,
                std::string(confirmed ? "conf:" : "obs:") + code};
    return issue;
}

}  // namespace

std::optional<Issue> exposureAgeIssue(const Child& child, std::size_t i, bool confirmed, const FamilyNucleus& family,
                                      const Date& today) {
    if (!child.birthDate) return std::nullopt;
    static const std::optional<Date> kNone;
    const std::optional<Date>& observed = family.sheet ? family.sheet->filledOn : kNone;
    const std::optional<Date>& visited = family.risk ? family.risk->visitedOn : kNone;
    if (!confirmed) return ageIssueOn(*child.birthDate, i, false, observed.value_or(visited.value_or(today)));
    auto issue = ageIssueOn(*child.birthDate, i, true, visited.value_or(observed.value_or(today)));
    if (issue && observed && !ageIssueOn(*child.birthDate, i, true, *observed)) return std::nullopt;
    return issue;
}

void checkExposureAges(const Child& child, const FamilyNucleus& family, const Date& today, Issues& out) {
    if (child.exposedObserved.none() && child.exposedConfirmed.none()) return;  // most children
    for (std::size_t i = 0; i < indicatorCount(); ++i)
        for (const bool confirmed : {false, true})
            if ((confirmed ? child.exposedConfirmed : child.exposedObserved)[i])
                if (auto issue = exposureAgeIssue(child, i, confirmed, family, today)) out.push_back(std::move(*issue));
}

void checkSheetId(const std::string& id, int county, Issues& out) {
    if (id.empty()) {
        add(out, IssueKind::MissingValue, Field::SheetId, "numărul fișei de observație lipsește",
            "the observation sheet number is missing");
        return;
    }
    bool digits = id.size() >= 5;
    for (char c : id) digits = digits && c >= '0' && c <= '9';
    // Past 999 the serial grows a digit (AA1000); it never has a padding zero then.
    const std::string serial = digits ? id.substr(2) : "";
    const bool zero = serial.find_first_not_of('0') == std::string::npos;
    if (!digits || zero || (serial.size() > 3 && serial[0] == '0')) {
        add(out, IssueKind::SheetIdFormat, Field::SheetId,
            "numărul fișei „" + id + "” nu are forma AABBB (codul județului și numărul fișei, 001–999)",
            "sheet number \"" + id + "\" is not AABBB (the county code and the sheet number, 001–999)");
        return;
    }
    const std::string expected = sheetIdFor(county, 0).substr(0, 2);
    if (id.compare(0, 2, expected) != 0)
        add(out, IssueKind::SheetIdCounty, Field::SheetId,
            "numărul fișei „" + id + "” începe cu " + id.substr(0, 2) + ", dar codul județului planului este " +
                expected,
            "sheet number \"" + id + "\" starts with " + id.substr(0, 2) + ", but the plan's county code is " +
                expected);
}

void checkSheet(const ObservationSheet& sheet, int county, const Date& today, Issues& out) {
    checkSheetId(sheet.sheetId, county, out);
    if (!sheet.filledOn)
        add(out, IssueKind::MissingValue, Field::ObservedOn, "data completării fișei lipsește",
            "the date the sheet was filled in is missing");
    checkNotFuture(sheet.filledOn, today, Field::ObservedOn, "data completării fișei", "the date the sheet was filled in",
                   out);
    if (sheet.filledBy.empty())
        add(out, IssueKind::MissingValue, Field::ObservedBy, "lipsește numele celui care a completat fișa",
            "the name of the person who filled in the sheet is missing");
}

void checkRisk(const RiskIdentification& risk, const ObservationSheet* sheet, const Date& today, Issues& out) {
    bool assessed = false;
    for (Verdict v : risk.verdicts) assessed = assessed || v != Verdict::NotAssessed;
    if (assessed && !risk.visitedOn)
        add(out, IssueKind::MissingValue, Field::RiskSheetOn,
            "riscurile sunt confirmate sau infirmate, dar lipsește data vizitei de identificare a riscurilor",
            "risks are confirmed or rejected, but the date of the risk identification visit is missing");
    checkNotFuture(risk.visitedOn, today, Field::RiskSheetOn, "data vizitei de identificare a riscurilor",
                   "the date of the risk identification visit", out);
    if (risk.visitedOn && sheet && sheet->filledOn && *risk.visitedOn < *sheet->filledOn)
        add(out, IssueKind::DateOrder, Field::RiskSheetOn,
            "vizita de identificare a riscurilor (" + risk.visitedOn->shown() +
                ") este înaintea fișei de observație (" + sheet->filledOn->shown() + ")",
            "the risk identification visit (" + risk.visitedOn->shown() + ") is before the observation sheet (" +
                sheet->filledOn->shown() + ")");
    checkNotFuture(risk.dgaspcNotifiedOn, today, Field::RiskRecord, "data sesizării DGASPC",
                   "the date the DGASPC was notified", out);
}

void checkFollowUp(const Child& child, const Date& today, Issues& out) {
    checkNotFuture(child.registeredOn, today, Field::Registry, "data înscrierii în registru",
                   "the registration date", out);
    if (const auto& plan = child.servicePlan) {
        checkNotFuture(plan->completedOn, today, Field::Registry, "data finalizării planului de servicii",
                       "the service plan completion date", out);
        checkNotFuture(plan->approvedOn, today, Field::Registry, "data aprobării planului de servicii",
                       "the service plan approval date", out);
        if (plan->completedOn && plan->approvedOn && *plan->approvedOn < *plan->completedOn)
            add(out, IssueKind::DateOrder, Field::Registry,
                "planul de servicii este aprobat (" + plan->approvedOn->shown() + ") înainte de a fi finalizat (" +
                    plan->completedOn->shown() + ")",
                "the service plan is approved (" + plan->approvedOn->shown() + ") before it is completed (" +
                    plan->completedOn->shown() + ")");
    }
    for (const auto& v : child.visits) {
        checkNotFuture(v.date, today, Field::Registry, "vizita de monitorizare", "the monitoring visit", out);
        checkNotFuture(v.revisedOn, today, Field::Registry, "data revizuirii planului", "the plan revision date", out);
    }
}

namespace {

// Stamps the place on the issues appended since `from`.
void place(Issues& out, std::size_t from, const Id& household, const Id& family, const Id& child) {
    for (std::size_t i = from; i < out.size(); ++i) {
        out[i].householdId = household;
        out[i].familyId = family;
        out[i].childId = child;
    }
}

}  // namespace

// What spans families: a sheet id or a CNP met before (in household order), and the count of sheets.
struct PlanValidation::Uniqueness {
    std::unordered_map<std::string, const FamilyNucleus*> sheets;
    std::unordered_map<std::string, const Child*> cnps;
    Issues found;  // reported after every family's own issues

    void family(const Household& h, const FamilyNucleus& f) {
        if (f.sheet && !f.sheet->sheetId.empty()) {
            auto [it, fresh] = sheets.emplace(f.sheet->sheetId, &f);
            if (!fresh) {
                add(found, IssueKind::DuplicateSheetId, Field::SheetId,
                    "numărul fișei „" + f.sheet->sheetId + "” este folosit și de familia " + it->second->id,
                    "sheet number \"" + f.sheet->sheetId + "\" is also used by family " + it->second->id);
                place(found, found.size() - 1, h.id, f.id, {});
            }
        }
        for (const auto& c : f.children) {
            if (c.cnp.empty()) continue;
            auto [it, fresh] = cnps.emplace(c.cnp, &c);
            if (fresh) continue;
            add(found, IssueKind::DuplicateCnp, Field::Cnp,
                "CNP-ul " + c.cnp + " apare și la copilul „" + it->second->name + "”",
                "CNP " + c.cnp + " is also recorded for child \"" + it->second->name + "\"");
            place(found, found.size() - 1, h.id, f.id, c.id);
        }
    }

    void finish() {
        if (sheets.size() > static_cast<std::size_t>(kSheetSerialsPerCommune))
            add(found, IssueKind::SheetIdSpaceExceeded, Field::SheetId,
                "planul are " + countOf(static_cast<long long>(sheets.size()), nouns::kSheet, Lang::Ro) +
                    " de observație" +
                    ", mai multe decât cele 999 de numere AABBB ale unei comune; "
                    "numerotarea continuă după 999 (AA1000, AA1001 …)",
                "the plan has " + std::to_string(sheets.size()) +
                    " observation sheets, more than a commune's 999 AABBB numbers; numbering continues past 999 "
                    "(AA1000, AA1001 …)",
                Severity::Warning);
    }
};

PlanValidation::PlanValidation(const Plan& plan, const Date& today)
    : plan_(plan), today_(today), unique_(std::make_unique<Uniqueness>()) {}

PlanValidation::~PlanValidation() = default;

bool PlanValidation::step(std::size_t households) {
    for (std::size_t n = 0; n < households && next_ < plan_.households.size(); ++n)
        household(*plan_.households[next_++]);
    if (next_ < plan_.households.size()) return false;
    if (unique_) {
        unique_->finish();
        std::move(unique_->found.begin(), unique_->found.end(), std::back_inserter(out_));
        unique_.reset();
    }
    return true;
}

void PlanValidation::household(const Household& h) {
    for (const auto& f : h.families) {
        std::size_t from = out_.size();
        const ObservationSheet* sheet = f.sheet ? &*f.sheet : nullptr;
        if (sheet) checkSheet(*sheet, plan_.county, today_, out_);
        if (f.risk) checkRisk(*f.risk, sheet, today_, out_);
        place(out_, from, h.id, f.id, {});
        const std::optional<Date> observedOn = sheet ? sheet->filledOn : std::nullopt;
        for (const auto& c : f.children) {
            from = out_.size();
            checkChild(c, observedOn, today_, out_);
            checkExposureAges(c, f, today_, out_);
            checkFollowUp(c, today_, out_);
            place(out_, from, h.id, f.id, c.id);
        }
        unique_->family(h, f);
    }
}

Issues PlanValidation::take() { return std::move(out_); }

Issues validatePlan(const Plan& plan, const Date& today) {
    PlanValidation validation(plan, today);
    while (!validation.step(std::numeric_limits<std::size_t>::max())) {}
    return validation.take();
}

}  // namespace prevplan
