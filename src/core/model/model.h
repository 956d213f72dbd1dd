#pragma once
// The workspace model: plans (one per commune) → households → family nuclei → children.
//
// Plans and households are held through shared_ptr<const …>: an edit copies the plan's
// household list (pointers only) and the one household it touches, so every previous
// state stays intact and undo/redo are plain snapshots (see history.h).
#include <array>
#include <bitset>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/catalog/indicators.h"
#include "core/base/date.h"
#include "core/model/id.h"
#include "core/model/planning.h"
#include "core/model/resources.h"

namespace prevplan {

enum class Sex : std::uint8_t { Unknown, Male, Female };
enum class Answer : std::uint8_t { NotRecorded, Yes, No };          // observation sheet
enum class Verdict : std::uint8_t { NotAssessed, Confirmed, Rejected };  // risk identification

using Answers = std::array<Answer, kMaxIndicators>;    // indexed by catalog position
using Verdicts = std::array<Verdict, kMaxIndicators>;
using IndicatorSet = std::bitset<kMaxIndicators>;

// Observation Sheet (GD 691/2015, section 1.2.1), one per family nucleus: the current one.
struct ObservationSheet {
    std::string sheetId;  // AABBB: AA county code, BBB 001-999
    std::string filledBy, position;
    std::optional<Date> filledOn;
    // When SPAS received and registered the sheet: the 72-hour clock starts here (GD 691 art. 8);
    // none means the day it was filled in.
    std::optional<Date> receivedOn;
    Answers answers{};
    // Conclusion: who makes the home visit for risk identification, and when.
    std::string visitBy, visitByPosition;
    std::optional<Date> visitPlannedOn;
};

// Risk Identification Sheet (section 1.2.2): the home visit confirms or rejects each suspicion.
struct RiskIdentification {
    std::optional<Date> visitedOn;
    std::string visitedBy, position;
    Verdicts verdicts{};
    std::optional<Date> dgaspcNotifiedOn;  // abuse, neglect or exploitation confirmed
};

// Service plan (GD 691 art. 10-11, section 4.2), due within 30 days of registration.
struct ServicePlan {
    std::vector<std::string> benefits;  // codes from the section 4.2 benefits list
    std::vector<std::string> services;  // codes from the section 4.2 services list
    std::string otherBenefits, otherServices;
    std::string provider, goal;
    int durationMonths = 0;
    std::string caseOfficer, caseOfficerFunction;
    std::optional<Date> completedOn, approvedOn;  // approved by order of the mayor
};

struct MonitoringVisit {
    Date date;
    std::string by;
    bool revisionNeeded = false;
    std::string reason;
    std::optional<Date> revisedOn;
};

struct Child {
    Id id;
    std::string name;
    std::string cnp;  // optional personal numeric code
    std::optional<Date> birthDate;
    Sex sex = Sex::Unknown;
    // Separated from the family, in the special protection system (the DGASPC's list i, section
    // 1.1.2): the family stays in the Observatory and its risk identification is mandatory.
    bool inProtection = false;
    // Child-level indicators: which ones this child is directly exposed to.
    IndicatorSet exposedObserved, exposedConfirmed;
    // Registry of at-risk children (present once a risk is confirmed for the family).
    std::optional<Date> registeredOn;
    std::optional<ServicePlan> servicePlan;
    std::vector<MonitoringVisit> visits;
};

struct FamilyNucleus {
    Id id;
    std::string head;  // head of family / legal representative
    std::vector<Child> children;
    std::optional<ObservationSheet> sheet;
    std::optional<RiskIdentification> risk;
};

struct Household {
    Id id;
    std::string village;
    std::string address;
    std::vector<FamilyNucleus> families;
};

struct Village {
    std::string name;
    std::optional<int> insChildren;  // children 0-17 per the National Institute of Statistics
};

using HouseholdPtr = std::shared_ptr<const Household>;

// The needs report frozen as a year's figures (section 1.1.4.4: compared year on year, the
// report measures the plan's impact). `report` is the report's JSON (docs/report-format.md).
struct ReportSnapshot {
    int year = 0;
    std::string takenOn;  // ISO timestamp
    std::string report;
};

// When the plan left the SPAS (step 12, "Partajare"): its document opened or downloaded for the
// council, the DGASPC package exported, the council's decision recorded.
enum class ShareKind : std::uint8_t { PlanDocument, DgaspcPackage, CouncilDecision };
struct ShareRecord {
    Date on;
    ShareKind what = ShareKind::PlanDocument;
    std::string note;  // the council decision's number, as the council wrote it
};

struct Plan {
    Id id;
    int county = 0;  // Annex 1 code
    std::string commune;
    std::vector<Village> villages;
    bool demo = false;  // fictitious data, marked as such everywhere
    std::string createdOn, modifiedOn;  // ISO timestamps
    long nextSerial = 1;                // source of newId()
    std::vector<HouseholdPtr> households;
    std::vector<ReportSnapshot> reportSnapshots;  // at most one per year, oldest first
    // Observatory CSV import: the user's column headers → PrevPlan columns, for the next import.
    std::vector<std::pair<std::string, std::string>> csvMapping;
    Planning planning;  // priorities, objectives, actions, budget, staffing (planning.h)
    Resources resources;  // inventory, micro-area, DGASPC lists, candidate edits (resources.h)
    std::vector<ShareRecord> shared;  // oldest first
};

using PlanPtr = std::shared_ptr<const Plan>;

struct Workspace {
    std::vector<PlanPtr> plans;
};

// Lookups return nullptr when absent.
const Plan* findPlan(const Workspace& ws, const Id& id);
// The plan with shared ownership: a screen drawing it survives an edit that replaces it.
PlanPtr sharedPlan(const Workspace& ws, const Id& id);
// The shared snapshot that holds `plan`, or null when `plan` is not in `ws`: a key for caches
// that cannot be mistaken for a later snapshot (core/base/memo.h).
PlanPtr snapshotOf(const Workspace& ws, const Plan& plan);
const Household* findHousehold(const Plan& plan, const Id& id);

// Copy-on-write access for edits: clones the plan (shallow) or the household and
// replaces it in its container, then returns the mutable copy.
Plan& editPlan(Workspace& ws, const Id& id);
Household& editHousehold(Plan& plan, const Id& id);

// A fresh id unique within the plan, e.g. "h17", "f18", "c19".
Id newId(Plan& plan, char prefix);

// Counts over the whole plan.
std::size_t childCount(const Plan& plan);

}  // namespace prevplan
