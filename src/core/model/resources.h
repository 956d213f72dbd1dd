#pragma once
// The commune's resources (section 1.1.2, Annex A2.5): the functional micro-area, the services
// inventory, partners and the DGASPC's lists, plus the user's own additions to and dismissals
// from the gap analysis' candidate services (gap_analysis.h). Held by the plan as one value.
//
// Deliberately free of model.h (which includes this file): ids are plain strings and every
// reference between records is by id or, for a service's place, by locality name.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/base/date.h"

namespace prevplan {

// A yes/no question of A2.5 that may be unanswered ("NS/NR").
enum class YesNo : std::uint8_t { Unknown, Yes, No };

// A neighbouring village or town of the functional micro-area: the area reachable in about
// 30 minutes by some means of transport. The commune's own villages are the plan's villages.
struct Locality {
    std::string name;     // unique among the micro-area and distinct from the commune's villages
    std::string commune;  // the neighbouring commune or town it belongs to
    bool urban = false;   // rural and urban parts of the micro-area are kept apart
    int travelMinutes = 0;
    bool transport = false;  // public or organised transport to it exists
};

constexpr int kMicroAreaMinutes = 30;  // "a radius of approx. 30 minutes" (section 1.1.2)

// One service, expert or group of the inventory, with the A2.5 fields.
struct Service {
    std::string id;
    std::string type;       // Table 2 code ("A3", "G8"), see service_types.h
    std::string name;       // IS12, or the expert's name and role
    int supplier = 0;       // IS13 code 1-6 (a25.h); 0 not recorded
    std::string supplierOther;  // "6. Others, namely"
    std::string locality;   // a village of the commune or a micro-area locality (IS14/IS15)
    YesNo accredited = YesNo::Unknown;               // SSoc8
    std::optional<int> capacity, freePlaces;         // SSoc1; free places now, what the gap analysis counts
    // SSoc2: places for children who would be reintegrated in the commune's families or placed
    // with a family or in a placement centre of the commune.
    YesNo placesForSeparated = YesNo::Unknown;
    std::string access;                              // access procedure
    std::vector<int> activities;                     // SSoc3 codes the service ensures
    std::string activitiesOther;                     // SSoc3 30 "Others, which"
    std::string accessibility;                       // SSoc4 letters answered yes, "af"
    std::optional<int> monthlyCost;                  // SSoc7, RON a family pays per month; 0 free
    std::optional<int> beneficiaryCost;              // SSoc6, RON a beneficiary would pay, about
    std::string costNote;                            // SSoc5: what families pay for
    std::string timetable, contact;
    YesNo spasCooperates = YesNo::Unknown;           // IS16
    YesNo referredLastYear = YesNo::Unknown;         // IS17: SPAS referred someone in 12 months
    // A micro-area service's beneficiaries from the commune in the last 12 months: as far as SPAS
    // knows (IS18), and as the service says (SSoc9).
    YesNo communeBeneficiaries = YesNo::Unknown, communeBeneficiariesReported = YesNo::Unknown;
    int efficiency = 0;                              // IS19, 1-10; 0 cannot say
    int selfRating = 0;                              // SSoc10, the service's own 1-10; 0 cannot say
    std::string interviewer, interviewee;            // Cinesc4f who filled the sheet, OMsc4f who answered
    std::optional<Date> checkedOn;                   // last confirmed with the supplier
};

constexpr int kRecheckMonths = 3;  // the inventory is refreshed every 3 months (section 1.1.2)

// A potential partner at local or county level (GD 691 art. 9 (i)).
struct Partner {
    std::string id;
    std::string name;
    bool county = false;  // county level (DGASPC, PHD, school inspectorate…); else local
    std::string role;     // what it can bring
    std::string contact;
};

// From the DGASPC: children of the commune in special protection, by village.
struct ProtectedChildren {
    std::string village;
    int children = 0;
    std::string familySituation;  // what is known of the family, if anything
};

// A service the DGASPC lists for the commune.
enum class DgaspcListKind : std::uint8_t { FamilyType, County, Planned };
struct DgaspcService {
    std::string id;
    DgaspcListKind list = DgaspcListKind::County;
    std::string type;  // Table 2 code, if it has one
    std::string name;
    std::string place;  // where it is, or will be
    std::string note;   // places, access, planned date…
};

// A candidate service the user adds to the gap analysis' list.
struct AddedCandidate {
    std::string id;
    std::string type;  // Table 2 code, may be empty
    std::string card;  // service_cards.h code, may be empty
    std::string name;
    std::string reason;
    std::vector<int> groups;  // riskGroups() indexes it answers
};

// The user's decision to leave a candidate out of the priority setting.
struct Dismissal {
    std::string candidate;  // CandidateService::id
    std::string reason;
};

struct Resources {
    std::vector<Locality> microArea;
    std::vector<Service> services;
    std::vector<Partner> partners;
    std::vector<ProtectedChildren> childrenInProtection;
    std::vector<DgaspcService> dgaspcServices;
    std::optional<Date> dgaspcListsOn;  // when the DGASPC sent its lists
    std::vector<AddedCandidate> addedCandidates;
    std::vector<Dismissal> dismissals;

    bool empty() const {
        return microArea.empty() && services.empty() && partners.empty() && childrenInProtection.empty() &&
               dgaspcServices.empty() && !dgaspcListsOn && addedCandidates.empty() && dismissals.empty();
    }
};

// Lookups return nullptr when absent.
const Locality* findLocality(const Resources& r, const std::string& name);
const Service* findService(const Resources& r, const std::string& id);
const Dismissal* findDismissal(const Resources& r, const std::string& candidateId);

// Not confirmed with the supplier in the last 3 months (or never): to be checked again.
bool recheckDue(const Service& s, const Date& today);
bool hasActivity(const Service& s, int code);
bool hasAccessibility(const Service& s, char letter);

}  // namespace prevplan
