#pragma once
// The Community Children Observatory as a list (Annex A2.1): one row per child, grouped by
// village and household, filtered and sorted. Computed once per plan snapshot and filter, so a
// screen can show 10,000 children without recomputing every frame.
#include <cstdint>
#include <string>
#include <vector>

#include "core/model/model.h"
#include "core/model/per_household.h"

namespace prevplan {

// What the methodology has done for a child's family nucleus so far; a child can be in several.
enum class ChildStatus : std::uint8_t {
    NoSheet = 1,         // no Observation Sheet yet
    SheetOutdated = 2,   // the sheet is 12 months old (or undated): refresh it (section 1.1.1)
    Suspicion = 4,       // the sheet suspects at least one risk situation
    Confirmed = 8,       // the risk identification confirmed at least one
    InRegistry = 16,     // registered in the Registry of at-risk children
    AbuseSignal = 32,    // abuse, neglect or exploitation suspected (not rejected) or confirmed
    TurnedEighteen = 64, // turned 18: out of the Observatory, kept in history (no other bit)
};

enum class ObservatoryColumn { Village, Household, Child, Cnp, BirthDate, SheetId, SheetDate, Suspicions, Confirmed };

struct ObservatoryFilter {
    std::string search;       // part of a child's or head's name (any case, with or without diacritics), CNP or sheet id
    std::string village;      // empty: every village
    int dimension = 0;        // 1..6: suspected or confirmed in that dimension; 0: any
    int indicator = -1;       // catalog position: suspected or confirmed; -1: any
    std::uint8_t status = 0;  // ChildStatus bits, any of which must hold; 0: any
    ObservatoryColumn sortBy = ObservatoryColumn::Village;
    bool descending = false;

    friend bool operator==(const ObservatoryFilter& a, const ObservatoryFilter& b);
    friend bool operator!=(const ObservatoryFilter& a, const ObservatoryFilter& b) { return !(a == b); }
};

struct ObservatoryRow {
    static constexpr std::uint32_t kNoChild = 0xFFFFFFFF;  // a family nucleus with no child recorded yet
    std::uint32_t household = 0, family = 0, child = 0;   // positions in the plan
    std::uint8_t status = 0;                             // ChildStatus bits
    std::uint8_t suspicions = 0, confirmed = 0;          // risk situations of the family nucleus
    bool hasChild() const { return child != kNoChild; }
};

struct ObservatoryList {
    std::vector<ObservatoryRow> rows;
    long households = 0, families = 0;  // how many of them the shown rows belong to
};

// What every row of a family nucleus shows before any filter: facts its children share, and each
// child's own status.
struct ObservatoryFamily {
    std::uint8_t status = 0;  // ChildStatus bits of the nucleus
    std::uint8_t suspicions = 0, confirmed = 0;
    IndicatorSet either;                    // suspected or confirmed
    std::vector<std::uint8_t> childStatus;  // per child: its own ChildStatus bits
};
// Each household's nuclei, kept between queries (the screen keeps one).
using ObservatoryFacts = PerHousehold<std::vector<ObservatoryFamily>>;

ObservatoryList queryObservatory(const Plan& plan, const ObservatoryFilter& filter, const Date& today);
// The same, reading the unchanged households' facts from `facts`.
ObservatoryList queryObservatory(const Plan& plan, const ObservatoryFilter& filter, const Date& today,
                                 ObservatoryFacts& facts);

// The records a row points at.
const Household& rowHousehold(const Plan& plan, const ObservatoryRow& row);
const FamilyNucleus& rowFamily(const Plan& plan, const ObservatoryRow& row);
const Child& rowChild(const Plan& plan, const ObservatoryRow& row);  // only when row.hasChild()


}  // namespace prevplan
