#pragma once
// The development plan of community services (methodology section 1.1.4): priorities set with
// the community, the strategy's objectives with baselines measured in the Observatory and the
// Registry, actions with their costs and funding, the annual action plans (GD 797/2017 Annex 3),
// the SPAS staff, and the amendment log. Only definitions are stored here, never figures the
// data already holds: baselines, group sizes, budgets and staffing are computed from them.
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "core/base/date.h"
#include "core/model/deletion.h"
#include "core/model/id.h"

namespace prevplan {

// ---- priorities (section 1.1.4.3) -------------------------------------------------------------

// The seven criteria, in the methodology's order. The first two are computed from the data;
// the group scores the other five.
enum class Criterion { GroupSize, Urgency, Consultation, Resources, Funding, Cooperation, CivilSociety };
constexpr int kCriterionCount = 7;
static_assert(static_cast<int>(Criterion::CivilSociety) + 1 == kCriterionCount, "the count follows the enum");
constexpr int kMinScore = 1, kMaxScore = 5;
constexpr int kMaxWeight = 10;
inline bool isComputed(Criterion c) { return c == Criterion::GroupSize || c == Criterion::Urgency; }

struct CriterionScore {
    int score = 0;  // 1..5; 0: not scored yet
    std::string note;
};

// A service the commune could develop: from the required-services list or added by hand.
struct Candidate {
    Id id;
    std::string name;
    std::string serviceType;              // Table 2 code ("B2"), may be empty
    std::string requiredService;          // the required-services entry it came from; empty: added by hand
    std::vector<std::string> indicators;  // Table 1 codes of the group it serves (size and urgency)
    std::array<CriterionScore, kCriterionCount> scores{};  // GroupSize and Urgency are not stored
    bool shortListed = false;
};

enum class ConsultationFormat { Meeting, PublicDebate, OnlinePoll, SmsPoll, PartnershipSession };
constexpr int kConsultationFormatCount = 5;
static_assert(static_cast<int>(ConsultationFormat::PartnershipSession) + 1 == kConsultationFormatCount, "the count follows the enum");

enum class ParticipantKind { Families, ChildrenYouth, Ngo, School, Health, Church, Dgaspc, Council, Other };
constexpr int kParticipantKindCount = 9;
static_assert(static_cast<int>(ParticipantKind::Other) + 1 == kParticipantKindCount, "the count follows the enum");

struct Participant {
    std::string organisation;
    ParticipantKind kind = ParticipantKind::Families;
    int count = 1;
};

struct CandidateOpinion {
    Id candidate;
    int votes = 0;
    std::string opinions;
};

// One round of consultation; rounds are added, never overwritten (section 1.1.4.3: "may take
// several rounds").
struct ConsultationRound {
    Id id;
    std::optional<Date> date;
    ConsultationFormat format = ConsultationFormat::Meeting;
    std::vector<Participant> participants;
    std::vector<CandidateOpinion> opinions;
    std::string decisions;
};

// ---- the strategy (section 1.1.4.1, 1.1.4.2) --------------------------------------------------

// What a baseline counts. `measure` is a Table 1 code, a dimension "1".."6", "any" (the needs
// report's rows), or one of the Registry measures below.
enum class BaselineBasis { Observed, Confirmed };
enum class BaselineUnit { Households, ChildrenInHouseholds, ChildrenDirectly };
inline constexpr const char* kRegistryChildren = "registry";          // children in the Registry
inline constexpr const char* kRegistryOverTen = "registry-11+";       // … with more than 10 risk situations

struct BaselineDefinition {
    std::string measure;
    BaselineBasis basis = BaselineBasis::Confirmed;
    BaselineUnit unit = BaselineUnit::ChildrenInHouseholds;
};

struct PlanObjective {
    Id id;
    int table4 = 0;    // Table 4 number; 0: written by hand
    std::string text;  // hand-written text; for a Table 4 objective, empty means the catalog's
    std::optional<BaselineDefinition> baseline;  // none: the baseline is typed (manualBaseline)
    std::optional<long> manualBaseline;          // for objectives no Observatory figure measures
    std::optional<long> target;                  // the value aimed at by the target date
    std::optional<Date> targetDate;
    Id priority;  // the short-listed candidate it serves, may be empty
};

enum class ActionKind { NewService, ExistingService, Contracting, PublicInformation, Training, Other };
constexpr int kActionKindCount = 6;
static_assert(static_cast<int>(ActionKind::Other) + 1 == kActionKindCount, "the count follows the enum");
enum class ActionStatus { Planned, InProgress, Done, Postponed, Cancelled };
constexpr int kActionStatusCount = 5;
static_assert(static_cast<int>(ActionStatus::Cancelled) + 1 == kActionStatusCount, "the count follows the enum");

// The largest cost of an action in one year, 1 billion lei: far above any prevention action, and
// within a 32-bit long (the browser build's); files above it are refused and the editor stops there.
constexpr long kMaxCostRon = 1'000'000'000;

struct YearCost {
    int year = 0;
    long ron = 0;  // 0 .. kMaxCostRon
};

struct Action {
    Id id;
    std::string description, responsible, partners;
    ActionKind kind = ActionKind::Other;
    std::optional<Date> start, end;
    std::vector<YearCost> costs;  // estimated RON per year, by year
    std::string funding;          // a funding source code (catalog/funding.h)
    ActionStatus status = ActionStatus::Planned;
    Id objective, priority;       // what it serves; either may be empty
};

// The six sections GD 797/2017 Annex 3 art. 5 requires in an annual action plan.
enum class ActionPlanSection { Beneficiaries, ExistingServices, NewServices, Contracting, PublicInformation, Training };
constexpr int kActionPlanSectionCount = 6;
static_assert(static_cast<int>(ActionPlanSection::Training) + 1 == kActionPlanSectionCount, "the count follows the enum");

// What the user wrote for one year's sections; an empty text shows what the plan generates.
struct ActionPlanText {
    int year = 0;
    std::array<std::string, kActionPlanSectionCount> sections{};
};

// ---- staffing (Order 288/2006, GD 797/2017) ----------------------------------------------------

// The caseload norm the staffing counts with, in catalog/caseload_norms.h order.
enum class CaseloadRule { PreventionOfficer30, CaseOfficer25, SpecialProtection50 };
constexpr int kCaseloadRuleCount = 3;
static_assert(static_cast<int>(CaseloadRule::SpecialProtection50) + 1 == kCaseloadRuleCount,
              "the count follows the enum");

// ---- amendments (section 1.1.4.4) --------------------------------------------------------------

struct Amendment {
    std::optional<Date> date;
    std::string what, why;
};

struct Planning {
    // Priorities
    std::vector<Candidate> candidates;
    std::array<int, kCriterionCount> weights = defaultWeights();
    std::vector<ConsultationRound> rounds;
    // Strategy
    int startYear = 0;    // 0: not chosen yet
    int periodYears = 5;  // 5 or 10 (Law 292/2011 art. 117)
    std::string generalObjective;  // empty: the methodology's (catalog/objectives.h)
    std::vector<PlanObjective> objectives;
    std::vector<Action> actions;
    std::vector<ActionPlanText> actionPlans;
    // Staffing
    int spasStaff = 0;  // people in the SPAS who carry cases
    CaseloadRule caseload = CaseloadRule::PreventionOfficer30;
    std::vector<Amendment> amendments;

    // Size and urgency count most (section 1.1.4.3 names them first and explains why); the
    // group can change every weight.
    static constexpr std::array<int, kCriterionCount> defaultWeights() { return {3, 3, 2, 2, 2, 1, 1}; }
    bool empty() const;
};

// Lookups return nullptr when absent.
const Candidate* findCandidate(const Planning& p, const Id& id);
const PlanObjective* findObjective(const Planning& p, const Id& id);

// A candidate is removed with the links objectives and actions had to it; one a consultation
// round voted on stays (rounds are the record of what was decided): false then.
bool removeCandidate(Planning& p, const Id& id);
bool candidateInRounds(const Planning& p, const Id& id);
// Sets an action's cost for a year, keeping the costs ordered by year and without zero entries.
void setCost(Action& a, int year, long ron);
// An objective is removed with its actions' links to it.
void removeObjective(Planning& p, const Id& id);
void removeAction(Planning& p, const Id& id);
// What deleting them leaves behind: the objectives and actions that served the candidate, the
// actions that served the objective, stay without that link.
DeletionImpact candidateDeletion(const Planning& p, const Id& id);
DeletionImpact objectiveDeletion(const Planning& p, const Id& id);

}  // namespace prevplan
