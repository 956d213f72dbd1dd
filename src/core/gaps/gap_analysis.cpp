#include "core/gaps/gap_analysis.h"

#include <algorithm>

#include "core/catalog/service_cards.h"
#include "core/catalog/service_types.h"
#include "core/catalog/table3.h"
#include "core/gaps/gap_wording.h"
#include "core/resources/inventory_query.h"
#include "core/model/rules.h"

namespace prevplan {

namespace {

// The Table 3 groups of each catalog indicator recorded on its own (table3.h groupsOf).
std::vector<GroupSet> indicatorGroups() {
    std::vector<GroupSet> out(indicatorCount());
    for (std::size_t i = 0; i < indicatorCount(); ++i)
        for (int g : groupsOf(indicator(i).code)) out[i].set(static_cast<std::size_t>(g));
    return out;
}

// A lettered indicator whose sub-items are recorded falls where they do; recorded alone, it
// falls in the groups of all of them.
GroupSet groupsHit(const IndicatorSet& set, const std::vector<GroupSet>& byIndicator) {
    const IndicatorSet& lettered = catalogMasks().riskSituations;
    const IndicatorSet refined = withParents(set & ~lettered) & lettered;
    const IndicatorSet own = set & ~refined;
    GroupSet out;
    for (std::size_t i = 0; i < indicatorCount(); ++i)
        if (own[i]) out |= byIndicator[i];
    return out;
}

// One pass over the plan: the groups of every nucleus, and the households above 10 risks.
void sizeNuclei(const Plan& plan, GapAnalysis& out) {
    const auto groups = indicatorGroups();
    for (std::size_t h = 0; h < plan.households.size(); ++h) {
        const Household& household = *plan.households[h];
        IndicatorSet confirmed, any;
        long children = 0;
        const std::size_t first = out.nuclei.size();
        for (const FamilyNucleus& f : household.families) {
            const IndicatorSet c = confirmedSet(f), s = unjudgedSuspicions(f);
            confirmed |= c;
            any |= c | s;
            children += static_cast<long>(f.children.size());
            NucleusGroups n{h, static_cast<long>(f.children.size()), groupsHit(c | s, groups), groupsHit(c, groups)};
            if (n.groups.any()) out.nuclei.push_back(n);
        }
        const int risks = riskSituationCount(any);
        if (any.any()) {
            ++out.atRisk.households;
            out.atRisk.children += children;
            if (confirmed.any()) ++out.atRisk.confirmedHouseholds, out.atRisk.confirmedChildren += children;
        }
        if (!urgentHousehold(household)) continue;
        for (std::size_t i = first; i < out.nuclei.size(); ++i) out.nuclei[i].urgentHousehold = true;
        out.urgent.push_back({household.id, household.village,
                              household.families.empty() ? std::string() : household.families.front().head, risks,
                              riskSituationCount(confirmed), children});
    }
    std::stable_sort(out.urgent.begin(), out.urgent.end(),
                     [](const UrgentHousehold& a, const UrgentHousehold& b) { return a.risks > b.risks; });
}

// ---- the inventory within reach -----------------------------------------------------------------

enum class Reach { Commune, MicroTransport, MicroNoTransport, Outside };

Reach reachOf(const Plan& plan, const Service& s) {
    switch (placeOf(plan, s)) {
        case ServicePlace::Commune: return Reach::Commune;
        case ServicePlace::MicroArea:
            return findLocality(plan.resources, s.locality)->transport ? Reach::MicroTransport : Reach::MicroNoTransport;
        default: return Reach::Outside;
    }
}

// What delivers a need: services of its Table 2 type, or offering an A2.5 activity that
// identifies it. A recommendation often bundles alternatives ("renovation, or day care, or
// after-school"), so only an activity Table 3 lists first with this type, and first with no other
// type, identifies the need; 41 (after-school) is listed first with D4 and so never makes a day
// centre (A3). The recommendations' other types (`related`) serve to recognise DGASPC plans.
struct Delivers {
    std::vector<std::string> types, related;
    std::vector<int> activities;

    void add(const char* const* t, std::size_t nt, const int* a, std::size_t na) {
        for (std::size_t i = 0; i < nt && t[i]; ++i) types.emplace_back(t[i]);
        for (std::size_t i = 0; i < na && a[i]; ++i) activities.push_back(a[i]);
    }
    void addFirst(const Recommendation& rec) {
        add(rec.serviceTypes, 1, nullptr, 0);
        if (rec.activities[0] && identifies(rec.activities[0], rec.serviceTypes[0])) activities.push_back(rec.activities[0]);
        for (const char* t : rec.serviceTypes)
            if (t) related.emplace_back(t);
    }
    bool by(const Service& s) const {
        if (std::find(types.begin(), types.end(), s.type) != types.end()) return true;
        for (int a : activities)
            if (hasActivity(s, a)) return true;
        return false;
    }

    // Whether every recommendation listing the activity first lists this type first.
    static bool identifies(int activity, const std::string& type) {
        for (const Recommendation& r : recommendations())
            if (r.activities[0] == activity && type != r.serviceTypes[0]) return false;
        return true;
    }
};

template <class Need>
void locate(const Plan& plan, const Delivers& delivers, Need& need) {
    const auto& services = plan.resources.services;
    for (std::size_t i = 0; i < services.size(); ++i) {
        if (!delivers.by(services[i])) continue;
        const Reach reach = reachOf(plan, services[i]);
        if (reach == Reach::Commune) need.inCommune.push_back(i);
        else if (reach != Reach::Outside) need.inMicroArea.push_back(i);
    }
}

// ---- coverage --------------------------------------------------------------------------------

struct Pool {
    long places = 0;
    bool unrecorded = false;
    bool present = false;
};

Pool pool(const Plan& plan, const std::vector<std::size_t>& services, Reach reach) {
    Pool p;
    for (std::size_t i : services) {
        const Service& s = plan.resources.services[i];
        if (reachOf(plan, s) != reach) continue;
        p.present = true;
        if (s.freePlaces) p.places += *s.freePlaces;
        else p.unrecorded = true;
    }
    return p;
}

bool suffices(const Pool& p, long demand) { return p.present && (p.unrecorded || p.places >= demand); }

// Section 1.1.3: in the commune (enough places?), else in the micro-area (places, transport?),
// else create it — unless the existing service can be developed or the DGASPC plans one.
void judge(const Plan& plan, ServiceNeed& need) {
    const long demand = need.demand.children;
    if (need.type == kSpasServiceType) {
        need.coverage = Coverage::SpasWork;
        return;
    }
    if (demand == 0) {
        need.coverage = Coverage::IndividualPlans;
        return;
    }
    const Pool commune = pool(plan, need.inCommune, Reach::Commune);
    const Pool withTransport = pool(plan, need.inMicroArea, Reach::MicroTransport);
    const Pool noTransport = pool(plan, need.inMicroArea, Reach::MicroNoTransport);
    need.communePlaces = commune.places;
    need.microPlacesWithTransport = withTransport.places;
    need.microPlacesNoTransport = noTransport.places;
    const long rest = demand - commune.places;
    const Pool nearby{withTransport.places + noTransport.places, withTransport.unrecorded || noTransport.unrecorded,
                      withTransport.present || noTransport.present};
    if (suffices(commune, demand)) {
        need.coverage = Coverage::InCommune;
        need.placesUnrecorded = commune.places < demand;
    } else if (suffices(withTransport, rest)) {
        need.coverage = Coverage::InMicroArea;
        need.placesUnrecorded = withTransport.places < rest;
    } else if (suffices(nearby, rest)) {
        need.coverage = Coverage::MicroAreaNoTransport;
        need.placesUnrecorded = nearby.places < rest;
    } else {
        need.shortBy = rest - withTransport.places;
        need.coverage = commune.present ? Coverage::CommuneShort
                        : need.planned.empty() ? Coverage::Missing
                                               : Coverage::PlannedByDgaspc;
    }
}

void findPlanned(const Plan& plan, const Delivers& delivers, ServiceNeed& need) {
    const auto& list = plan.resources.dgaspcServices;
    for (std::size_t i = 0; i < list.size(); ++i)
        if (list[i].list == DgaspcListKind::Planned &&
            std::find(delivers.related.begin(), delivers.related.end(), list[i].type) != delivers.related.end())
            need.planned.push_back(i);
}

// ---- the two views -----------------------------------------------------------------------------

void groupLines(GapAnalysis& out) {
    for (std::size_t g = 0; g < riskGroups().size; ++g) {
        GroupNeed line;
        line.group = static_cast<int>(g);
        line.count = headcount(out, GroupSet().set(g));
        line.needsService = line.count.children >= kServiceThreshold;
        out.groups.push_back(line);
    }
}

void needLines(const Plan& plan, GapAnalysis& out) {
    GroupSet large;
    for (const GroupNeed& g : out.groups)
        if (g.needsService) large.set(static_cast<std::size_t>(g.group));
    std::vector<Delivers> delivers;
    std::vector<GroupSet> served;
    for (std::size_t r = 0; r < recommendations().size; ++r) {
        const Recommendation& rec = recommendations()[r];
        GroupNeed& group = out.groups[static_cast<std::size_t>(rec.group)];
        if (group.count.children == 0) continue;
        const std::string type = rec.serviceTypes[0];
        auto it = std::find_if(out.needs.begin(), out.needs.end(), [&](const ServiceNeed& n) { return n.type == type; });
        if (it == out.needs.end()) {
            out.needs.push_back({});
            out.needs.back().type = type;
            delivers.emplace_back();
            served.emplace_back();
            it = out.needs.end() - 1;
        }
        const std::size_t n = static_cast<std::size_t>(it - out.needs.begin());
        it->recommendations.push_back(static_cast<int>(r));
        if (std::find(it->groups.begin(), it->groups.end(), rec.group) == it->groups.end()) it->groups.push_back(rec.group);
        delivers[n].addFirst(rec);
        served[n].set(static_cast<std::size_t>(rec.group));
        group.needs.push_back(n);
    }
    for (std::size_t n = 0; n < out.needs.size(); ++n) {
        ServiceNeed& need = out.needs[n];
        need.demand = headcount(out, served[n] & large);
        need.smallGroups = headcount(out, served[n] & ~large);
        need.urgentHouseholds = urgentHouseholds(out, served[n] & large);
        need.card = serviceCardFor(need.type);
        locate(plan, delivers[n], need);
        findPlanned(plan, delivers[n], need);
        judge(plan, need);
    }
}

void coreLines(const Plan& plan, GapAnalysis& out) {
    for (std::size_t i = 0; i < coreServices().size; ++i) {
        const CoreService& core = coreServices()[i];
        Delivers delivers;
        delivers.add(core.serviceTypes, kMaxMappedCodes, core.activities, kMaxMappedCodes);
        CoreNeed line;
        line.core = static_cast<int>(i);
        locate(plan, delivers, line);
        out.core.push_back(line);
    }
}

}  // namespace

const char* serviceCardFor(const std::string& type) {
    // A card whose main type it is, else one that lists it.
    for (const ServiceCard& c : serviceCards())
        if (c.serviceTypes[0] && type == c.serviceTypes[0]) return c.code;
    for (const ServiceCard& c : serviceCards())
        for (const char* t : c.serviceTypes)
            if (t && type == t) return c.code;
    return nullptr;
}

Headcount headcount(const GapAnalysis& gaps, const GroupSet& groups) {
    Headcount c;
    std::size_t lastHousehold = static_cast<std::size_t>(-1), lastConfirmed = lastHousehold;
    for (const NucleusGroups& n : gaps.nuclei) {
        if ((n.groups & groups).none()) continue;
        c.children += n.children;
        if (n.household != lastHousehold) ++c.households, lastHousehold = n.household;
        if ((n.confirmed & groups).none()) continue;
        c.confirmedChildren += n.children;
        if (n.household != lastConfirmed) ++c.confirmedHouseholds, lastConfirmed = n.household;
    }
    return c;
}

int urgentHouseholds(const GapAnalysis& gaps, const GroupSet& groups) {
    int count = 0;
    std::size_t last = static_cast<std::size_t>(-1);
    for (const NucleusGroups& n : gaps.nuclei)
        if (n.urgentHousehold && (n.groups & groups).any() && n.household != last) ++count, last = n.household;
    return count;
}

GapAnalysis analyseGaps(const Plan& plan) {
    GapAnalysis out;
    sizeNuclei(plan, out);
    coreLines(plan, out);
    groupLines(out);
    needLines(plan, out);
    explain(plan, out);
    return out;
}

}  // namespace prevplan
