#pragma once
// Checks on the people and sheets of a plan, and the issue type shared with the Observatory
// CSV import: each issue has a kind, a place (in the plan, or a line and column of a file) and
// a message in Romanian and English.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/base/text.h"
#include "core/model/model.h"

namespace prevplan {

enum class Severity { Error, Warning };

enum class IssueKind {
    // The file itself (Observatory CSV import)
    CsvSyntax,         // unterminated quoted field
    MissingColumn,     // a required column is absent
    DuplicateColumn,   // two columns with the same name
    UnknownColumn,     // ignored (warning)
    UnknownIndicator,  // obs:/conf: with a code not in Table 1
    NoRows,            // a header and nothing else
    BadValue,          // a date, sex or yes/no that cannot be read
    Conflict,          // rows of one household or family disagree on a shared value
    DuplicateId,       // a household or family id used for two different things
    RepeatedRow,       // the same child twice in one family, with no CNP to tell them apart
    // People and sheets
    MissingValue,  // a required value is empty
    CnpInvalid,    // not 13 digits, impossible date, unknown county, wrong control digit
    CnpBirthDate,  // the CNP's date differs from the recorded birth date
    CnpSex,        // the CNP's sex differs from the recorded sex
    DuplicateCnp,
    NotAChild,         // not 0-17 on the observation date
    OutsideAgeBounds,  // named for a child-level indicator whose A2.3 ages it is outside of
    FutureDate,        // after today
    DateOrder,         // e.g. the risk identification visit before the observation
    SheetIdFormat,     // not AABBB
    SheetIdCounty,     // AA is not the plan's county
    DuplicateSheetId,
    SheetIdSpaceExceeded,  // more than 999 sheets: serials run past BBB (warning)
    // Limits (base/limits.h)
    TooLarge,    // a file above the size limit, or a line with too many columns
    MoreIssues,  // the last one kept when a file has more than kMaxErrors: "… and N more"
};

const char* issueKindName(IssueKind kind);  // "cnp-invalid", "not-a-child" … (stable)

// The value an issue is about; the CSV import maps it to its column.
enum class Field {
    None,
    HouseholdId,
    FamilyId,
    Village,
    ChildName,
    Cnp,
    BirthDate,
    Sex,
    SheetId,
    ObservedOn,
    ObservedBy,
    RiskSheetOn,
    RiskRecord,
    Registry,
    Exposure,  // a child named for an indicator; the issue's column is "obs:CODE" or "conf:CODE"
};

struct Issue {
    IssueKind kind;
    Severity severity = Severity::Error;
    Field field = Field::None;
    std::string detailRo, detailEn;
    // Where: ids in the plan (any may be empty) or, for imports, a line (1 = header) and column.
    Id householdId, familyId, childId;
    int line = 0;
    std::string column;

    std::string where(Lang lang) const;    // "line 5, column cnp" / "h1 / f2 / c3"; "" for the plan
    std::string message(Lang lang) const;  // "where: detail"
};

using Issues = std::vector<Issue>;

// Keeps the first kMaxErrors issues of an import and adds one MoreIssues with the count of the rest
// (an error when any of them is one), so that no file fills the screen or the memory with them.
void capIssues(Issues& issues);

bool hasErrors(const Issues& issues);

// The methodology's sheet serials run 001-999; a commune with more sheets than that keeps
// counting (AA1000, AA1001 …) so that every id stays unique: see docs/csv-format.md.
constexpr int kSheetSerialsPerCommune = 999;

// Building blocks, shared with the import; they append issues without a place.
// The child must be 0-17 on `observedOn` (or on today when there is no observation).
void checkChild(const Child& child, const std::optional<Date>& observedOn, const Date& today, Issues& out);
// A child named for indicator i (observed, or confirmed) although it is outside the indicator's
// A2.3 ages; nullopt when it is within them or its birth date is unknown. Observed namings count
// on the observation date; confirmed ones on the risk identification visit, or on the observation
// if the child was within the ages then (the visit confirms what was observed). Either date falls
// back to the other, then to today.
std::optional<Issue> exposureAgeIssue(const Child& child, std::size_t i, bool confirmed, const FamilyNucleus& family,
                                      const Date& today);
// Every naming of the child outside the ages, each an issue on its "obs:"/"conf:" column.
void checkExposureAges(const Child& child, const FamilyNucleus& family, const Date& today, Issues& out);
// AABBB: AA the county (zero-padded), BBB 001-999, or a longer serial from 1000 on.
void checkSheetId(const std::string& sheetId, int county, Issues& out);
void checkSheet(const ObservationSheet& sheet, int county, const Date& today, Issues& out);
void checkRisk(const RiskIdentification& risk, const ObservationSheet* sheet, const Date& today, Issues& out);
// Registry, service plan and monitoring dates: none in the future, approval after completion.
void checkFollowUp(const Child& child, const Date& today, Issues& out);

// Everything above, plus what spans families (duplicate sheet ids and CNPs, more sheets than
// the id space holds), each issue placed by household / family / child id.
Issues validatePlan(const Plan& plan, const Date& today);

// validatePlan() a few households at a time, for a page that must keep drawing; the issues are
// validatePlan()'s, in its order. The plan must not change while it runs.
class PlanValidation {
public:
    PlanValidation(const Plan& plan, const Date& today);
    ~PlanValidation();
    bool step(std::size_t households);  // true when every household is checked
    std::size_t householdsChecked() const { return next_; }
    Issues take();  // once step() returned true

private:
    struct Uniqueness;
    const Plan& plan_;
    Date today_;
    std::unique_ptr<Uniqueness> unique_;
    Issues out_;
    std::size_t next_ = 0;
    void household(const Household& h);
};

// The sheet id with serial n (1-based) in a county: "05001" … "05999", then "051000".
std::string sheetIdFor(int county, int serial);

}  // namespace prevplan
