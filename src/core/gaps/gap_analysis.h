#pragma once
// Required services (section 1.1.3): the needs analysis set against the resources inventory.
//
//  1. The three service types most communes need anyway are always considered (coreServices()).
//  2. Every Table 3 risk group is sized in children and households — confirmed where the risk
//     identification was done, suspected where it was not, each counted apart. Below 15 children
//     the group is served through individual service plans with existing services; at 15 or more
//     (PrevPlan's reading of "below 15" / "over 15") a service is needed.
//  3. Groups share services, so the needs are also gathered by service: one line per Table 2
//     service type a group's recommendation names first, with the distinct children of every
//     large group that needs it set against the free places of the services that deliver it —
//     in the commune, then in the micro-area (with or without transport), then planned by the
//     DGASPC, or missing.
//  4. Households with more than 10 risk situations are listed apart, as the most urgent
//     (rules.h urgentHousehold).
//
// The result ends in a list of CandidateService: what to develop, the input of priority setting.
#include <bitset>
#include <cstdint>
#include <string>
#include <vector>

#include "core/model/model.h"
#include "core/base/text.h"

namespace prevplan {

constexpr long kServiceThreshold = 15;  // children: at or above, a group needs a service

// A sentence built from the data, in both languages (catalog Text holds only literals).
struct Wording {
    std::string ro, en;
    const std::string& in(Lang lang) const { return lang == Lang::Ro ? ro : en; }
};

// Children and households, split by how sure the count is.
struct Headcount {
    long children = 0, households = 0;                    // confirmed + suspected
    long confirmedChildren = 0, confirmedHouseholds = 0;  // the home visit confirmed it
    long suspectedChildren() const { return children - confirmedChildren; }
    long suspectedHouseholds() const { return households - confirmedHouseholds; }
};

// A set of riskGroups() indexes.
using GroupSet = std::bitset<32>;

// Where a needed service stands, from best to worst.
enum class Coverage : std::uint8_t {
    SpasWork,              // the SPAS's own work (kSpasServiceType): nothing to set up
    IndividualPlans,       // only small groups need it: individual service plans, existing services
    InCommune,             // delivered in the commune with enough free places (or places unrecorded)
    InMicroArea,           // the commune's places plus the micro-area's, with transport, suffice
    MicroAreaNoTransport,  // enough places only counting micro-area services without transport
    CommuneShort,          // exists but short of places, nothing nearby makes up the difference
    PlannedByDgaspc,       // missing, and the DGASPC plans a service of this type
    Missing,               // nowhere within reach: to be created, alone or in partnership
};

// By service: one Table 2 service type that Table 3 recommends to at least one group with children.
struct ServiceNeed {
    std::string type;                  // Table 2 code, the key of the line
    std::vector<int> recommendations;  // recommendations() indexes whose first service type it is
    std::vector<int> groups;           // riskGroups() indexes with at least one child that need it
    Headcount demand;                  // distinct, over the groups of 15 children or more
    Headcount smallGroups;             // distinct, over the smaller groups (individual plans)
    int urgentHouseholds = 0;          // households in the demand with more than 10 risk situations
    // Inventory services that deliver it (of this type, or offering the A2.5 activity Table 3
    // lists first with it), as indexes into plan.resources.services.
    std::vector<std::size_t> inCommune, inMicroArea;
    std::vector<std::size_t> planned;  // Planned DGASPC services of a type its recommendations name
    long communePlaces = 0, microPlacesWithTransport = 0, microPlacesNoTransport = 0;  // known free places
    bool placesUnrecorded = false;  // a service counted on has no free places recorded
    long shortBy = 0;               // children beyond the places within reach (CommuneShort, Missing)
    Coverage coverage = Coverage::IndividualPlans;
    const char* card = nullptr;  // service_cards.h code of the catalogue card, if one fits
    Wording reasoning;
};

// By risk group: one line per Table 3 row.
struct GroupNeed {
    int group = 0;  // riskGroups() index
    Headcount count;
    bool needsService = false;      // count.children >= kServiceThreshold
    std::vector<std::size_t> needs;  // GapAnalysis::needs indexes, in the group's recommendation order
    Wording reasoning;
};

// One of the three service types most communes need (section 1.1.3, first step).
struct CoreNeed {
    int core = 0;                        // coreServices() index
    std::vector<std::size_t> inCommune;  // plan.resources.services indexes
    std::vector<std::size_t> inMicroArea;
    Wording reasoning;
};

// A household with more than 10 risk situations (section 1.1.4.3: urgent preventive work).
struct UrgentHousehold {
    Id household;
    std::string village, head;  // head of its first family nucleus
    int risks = 0;              // risk situations of its nuclei together
    int confirmedRisks = 0;     // of which confirmed by the home visit
    long children = 0;
};

// The Table 3 groups one family nucleus is in: what every headcount is computed from.
struct NucleusGroups {
    std::size_t household = 0;  // position in plan.households; a household's nuclei are adjacent
    long children = 0;
    GroupSet groups;     // confirmed or suspected
    GroupSet confirmed;  // confirmed by the home visit
    bool urgentHousehold = false;
};

struct GapAnalysis {
    std::vector<NucleusGroups> nuclei;  // family nuclei with at least one group, in plan order
    std::vector<CoreNeed> core;
    std::vector<GroupNeed> groups;  // every Table 3 row, in table order
    std::vector<ServiceNeed> needs;  // by service, in order of first appearance in Table 3
    std::vector<UrgentHousehold> urgent;  // most risks first
    Headcount atRisk;                     // households with at least one risk situation, any group
};

GapAnalysis analyseGaps(const Plan& plan);

// Distinct children and households in any of the groups; a household counts as confirmed when
// one of its nuclei is confirmed in one of them.
Headcount headcount(const GapAnalysis& gaps, const GroupSet& groups);
int urgentHouseholds(const GapAnalysis& gaps, const GroupSet& groups);
// The code of the service_cards.h card for a Table 2 type: one whose main type it is, else one
// that lists it; nullptr when none does.
const char* serviceCardFor(const std::string& type);

// ---- candidate services: where priority setting starts ----------------------------------------

enum class CandidateSource : std::uint8_t {
    GapAnalysis,  // a needed service not covered within reach
    CoreService,  // one of the three most communes need, absent from the commune
    AddedByHand,  // Resources::addedCandidates
};

enum class CandidateAction : std::uint8_t {
    Create,     // set it up, alone or in partnership (NGO, neighbouring mayoralties)
    Extend,     // develop the existing service: more places
    Transport,  // organise transport to the micro-area's service
    Coordinate, // the DGASPC plans it: agree on it with the DGASPC
};

struct CandidateService {
    std::string id;  // stable across recomputations: "gap:A3", "core:informare-acte", "added:s12"
    CandidateSource source = CandidateSource::GapAnalysis;
    CandidateAction action = CandidateAction::Create;
    std::string type;  // Table 2 code; may be empty for one added by hand
    std::string card;  // service_cards.h code; empty when no catalogue card fits
    std::string name;  // the added one's name; else empty (the type's or core service's label)
    std::vector<int> groups;   // riskGroups() indexes it serves
    Headcount demand;          // children and households it would serve (0 for a core service)
    int urgentHouseholds = 0;  // of them, households with more than 10 risk situations
    Wording reason;
    bool dismissed = false;
    std::string dismissalReason;
};

// The gap analysis' candidates (core services first, then by service in Table 3 order), then the
// user's own; dismissals from plan.resources applied.
std::vector<CandidateService> candidateServices(const Plan& plan, const GapAnalysis& gaps);

// The candidate's display name: its own, else the core service's title, else the Table 2 label.
std::string candidateName(const CandidateService& c, Lang lang);

}  // namespace prevplan
