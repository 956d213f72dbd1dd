#include "core/gaps/gap_wording.h"

#include <algorithm>
#include <cstdio>
#include <tuple>

#include "core/catalog/indicators.h"
#include "core/catalog/table3.h"
#include "core/base/format.h"
#include "core/base/words.h"

namespace prevplan {

namespace {

// The sentences with figures, each pair checked for the same conversions (Text). %s are counts
// (countOf), numbers (groupedNumber) or amounts (formatRon), written in the sentence's language.
constexpr Text kAndMore{"și încă %s", "and %s more"};
constexpr Text kNotAccessible{"De verificat: „%s” nu este înregistrat ca accesibil fizic (A2.5, SSoc4 a).",
                              "To check: \"%s\" is not recorded as physically accessible (A2.5, SSoc4 a)."};
constexpr Text kCostly{"De verificat: „%s” costă %s pe lună, greu de plătit pentru familiile sărace.",
                       "To check: \"%s\" costs %s a month, hard to pay for poor families."};
constexpr Text kTooFewPlaces{"Nu există destule locuri în comună sau în microzona cu transport: mai trebuie %s.",
                             "Not enough places in the commune or the micro-area with transport: %s short."};
constexpr Text kNoTransport{
    "În microzonă sunt locuri (%s), dar o parte fără transport: trebuie găsită o soluție de transport.",
    "The micro-area has places (%s), but partly without transport: a transport solution is needed."};
constexpr Text kCommuneShort{
    "Există în comună (%s), dar cu %s pentru %s; mai trebuie %s, iar microzona nu acoperă lipsa: "
    "serviciul existent trebuie dezvoltat sau înființat altul.",
    "Present in the commune (%s), but with %s for %s; %s short, and the micro-area does not make "
    "up the difference: develop the existing service or set up another."};
constexpr Text kDgaspcPlans{"DGASPC plănuiește: %s — de convenit cu DGASPC.",
                            "The DGASPC plans: %s — agree on it with the DGASPC."};
constexpr Text kPartlyConfirmed{"(confirmați: %s, doar suspectați: %s)", "(confirmed: %s, only suspected: %s)"};

// A sentence in both languages; `args` gives the arguments in one language.
template <typename Args>
Wording both(const Text& sentence, Args args) {
    return {std::apply([&](auto... a) { return format(sentence.ro, a.c_str()...); }, args(Lang::Ro)),
            std::apply([&](auto... a) { return format(sentence.en, a.c_str()...); }, args(Lang::En))};
}

void append(Wording& w, const std::string& ro, const std::string& en) {
    w.ro += (w.ro.empty() ? "" : " ") + ro;
    w.en += (w.en.empty() ? "" : " ") + en;
}

void append(Wording& w, const Wording& more) { append(w, more.ro, more.en); }

// "20 de copii" / "20 children".
Wording countBoth(long n, const Noun& noun) { return {countOf(n, noun, Lang::Ro), countOf(n, noun, Lang::En)}; }

Wording freePlaces(long n, bool recorded = false) {
    return {freePlacesText(n, Lang::Ro, recorded), freePlacesText(n, Lang::En, recorded)};
}

// "Centrul de zi (Valea Mică), Școala (Dealu Mare) and 2 more".
Wording serviceList(const Plan& plan, const std::vector<std::size_t>& services) {
    constexpr std::size_t kNamed = 3;
    Wording w;
    for (std::size_t k = 0; k < services.size() && k < kNamed; ++k) {
        const Service& s = plan.resources.services[services[k]];
        const std::string item = (k ? ", " : "") + s.name + (s.locality.empty() ? "" : " (" + s.locality + ")");
        w.ro += item;
        w.en += item;
    }
    if (services.size() > kNamed) {
        const long long more = static_cast<long long>(services.size() - kNamed);
        append(w, both(kAndMore, [&](Lang l) { return std::make_tuple(groupedNumber(more, l)); }));
    }
    return w;
}

// The services of both lists, each once, in order.
std::vector<std::size_t> withinReach(std::vector<std::size_t> a, const std::vector<std::size_t>& b) {
    for (std::size_t i : b)
        if (std::find(a.begin(), a.end(), i) == a.end()) a.push_back(i);
    return a;
}

// For individual service plans: the inventory services that fit, or where to look.
Wording existingWording(const Plan& plan, const std::vector<std::size_t>& services) {
    if (services.empty())
        return {"Niciun serviciu potrivit în inventar: de căutat împreună cu DGASPC sau alți parteneri.",
                "No suitable service in the inventory: look for one with the DGASPC or other partners."};
    const Wording list = serviceList(plan, services);
    return {"Servicii existente potrivite: " + list.ro + ".", "Existing services that fit: " + list.en + "."};
}

// Whether one of a group's indicators has this role (catalog/indicators.h).
bool groupHasRole(int group, IndicatorRole role) {
    for (const char* code : riskGroups()[static_cast<std::size_t>(group)].indicators) {
        const int i = code ? indicatorIndex(code) : -1;
        if (i >= 0 && indicator(static_cast<std::size_t>(i)).role == role) return true;
    }
    return false;
}

// Whether the services counted on suit the groups (A2.5 accessibility, cost to poor families).
Wording fitNotes(const Plan& plan, const ServiceNeed& need) {
    bool disability = false, poverty = false;
    for (int g : need.groups) {
        disability |= groupHasRole(g, IndicatorRole::Disability);
        poverty |= groupHasRole(g, IndicatorRole::Poverty);
    }
    Wording w;
    for (std::size_t i : withinReach(need.inCommune, need.inMicroArea)) {
        const Service& s = plan.resources.services[i];
        if (disability && !hasAccessibility(s, 'a'))
            append(w, both(kNotAccessible, [&](Lang) { return std::make_tuple(s.name); }));
        if (poverty && s.monthlyCost.value_or(0) > 0)
            append(w, both(kCostly, [&](Lang l) { return std::make_tuple(s.name, formatRon(*s.monthlyCost, l)); }));
    }
    return w;
}

Wording demandWording(const ServiceNeed& need) {
    if (need.demand.children == 0) {
        const Wording c = countWording(need.smallGroups);
        return {"Doar grupuri sub 15 copii (" + c.ro + "): soluții individuale prin planurile de servicii.",
                "Only groups under 15 children (" + c.en + "): individual solutions through service plans."};
    }
    const Wording c = countWording(need.demand);
    return {"Grupurile de 15 sau mai mulți copii care au nevoie de el: " + c.ro + ".",
            "The groups of 15 or more children that need it: " + c.en + "."};
}

// Nothing within reach, or too few places in the micro-area with transport.
Wording absentWording(const ServiceNeed& need) {
    if (need.inCommune.empty() && need.inMicroArea.empty())
        return {"Nu există în comună sau în microzonă.", "Present neither in the commune nor in the micro-area."};
    return both(kTooFewPlaces, [&](Lang l) { return std::make_tuple(countOf(need.shortBy, nouns::kPlace, l)); });
}

// Known free places against the demand; services without a figure are counted on, to be checked.
Wording placesWording(long places, long demand, bool unrecorded) {
    const Wording children = countBoth(demand, nouns::kChild);
    if (!unrecorded) {
        const Wording free = freePlaces(places);
        return {free.ro + " pentru " + children.ro + ".", free.en + " for " + children.en + "."};
    }
    if (places == 0) return {"Locurile libere nu sunt înregistrate: verificați dacă ajung pentru " + children.ro + ".",
                             "Free places are not recorded: check that they suffice for " + children.en + "."};
    const Wording free = freePlaces(places, true);
    return {free.ro + " pentru " + children.ro + "; celelalte servicii nu au cifra: verificați-le.",
            free.en + " for " + children.en + "; the other services have no figure: check them."};
}

// The commune's share before the micro-area is counted.
Wording communePart(const Wording& commune, const ServiceNeed& need) {
    if (need.inCommune.empty()) return {"Nu există în comună.", "Not present in the commune."};
    const Wording free = freePlaces(need.communePlaces), children = countBoth(need.demand.children, nouns::kChild);
    return {"În comună: " + commune.ro + " — " + free.ro + " pentru " + children.ro + ".",
            "In the commune: " + commune.en + " — " + free.en + " for " + children.en + "."};
}

Wording coverageWording(const Plan& plan, const ServiceNeed& need) {
    const long demand = need.demand.children;
    const Wording commune = serviceList(plan, need.inCommune), micro = serviceList(plan, need.inMicroArea);
    Wording w;
    switch (need.coverage) {
        case Coverage::SpasWork:
            return {"Este munca SPAS, împreună cu instituțiile partenere; nu este un serviciu de înființat.",
                    "This is the SPAS's own work, with partner institutions; not a service to set up."};
        case Coverage::IndividualPlans:
            return existingWording(plan, withinReach(need.inCommune, need.inMicroArea));
        case Coverage::InCommune:
            append(w, "Acoperit în comună: " + commune.ro + ".", "Covered in the commune: " + commune.en + ".");
            append(w, placesWording(need.communePlaces, demand, need.placesUnrecorded));
            break;
        case Coverage::InMicroArea:
            append(w, communePart(commune, need));
            append(w, "În microzonă, cu transport: " + micro.ro + ".", "In the micro-area, with transport: " + micro.en + ".");
            append(w, placesWording(need.microPlacesWithTransport, demand - need.communePlaces, need.placesUnrecorded));
            break;
        case Coverage::MicroAreaNoTransport:
            append(w, communePart(commune, need));
            append(w, both(kNoTransport, [&](Lang l) { return std::make_tuple(micro.in(l)); }));
            break;
        case Coverage::CommuneShort: {
            append(w, both(kCommuneShort, [&](Lang l) {
                       return std::make_tuple(commune.in(l), freePlacesText(need.communePlaces, l),
                                              countOf(demand, nouns::kChild, l),
                                              countOf(need.shortBy, nouns::kPlace, l));
                   }));
            break;
        }
        case Coverage::PlannedByDgaspc: {
            std::string planned;
            for (std::size_t i : need.planned) planned += (planned.empty() ? "" : ", ") + plan.resources.dgaspcServices[i].name;
            append(w, absentWording(need));
            append(w, both(kDgaspcPlans, [&](Lang) { return std::make_tuple(planned); }));
            break;
        }
        case Coverage::Missing:
            append(w, absentWording(need));
            append(w, "Trebuie înființat, singuri sau în parteneriat (ONG, primăriile vecine).",
                   "To be set up, alone or in partnership (NGO, neighbouring mayoralties).");
            break;
    }
    if (need.placesUnrecorded && need.coverage == Coverage::MicroAreaNoTransport)
        append(w, "Locurile libere nu sunt toate înregistrate: verificați-le.", "Free places are not all recorded: check them.");
    return w;
}

Wording groupWording(const Plan& plan, const GapAnalysis& gaps, const GroupNeed& g) {
    if (g.count.children == 0) return {"Niciun copil în această situație.", "No child in this situation."};
    const Wording c = countWording(g.count);
    Wording w{c.ro + ".", c.en + "."};
    if (g.needsService) {
        append(w, "15 sau mai mulți copii: este nevoie de un serviciu pentru fiecare recomandare.",
               "15 or more children: a service is needed for each recommendation.");
        return w;
    }
    append(w, "Sub 15 copii: soluții individuale prin planurile de servicii, cu serviciile existente în comună sau în microzonă.",
           "Under 15 children: individual solutions through service plans, with the services of the commune or the micro-area.");
    std::vector<std::size_t> existing;
    for (std::size_t n : g.needs) existing = withinReach(existing, withinReach(gaps.needs[n].inCommune, gaps.needs[n].inMicroArea));
    append(w, existingWording(plan, existing));
    return w;
}

Wording coreWording(const Plan& plan, const CoreNeed& core) {
    if (!core.inCommune.empty()) {
        const Wording list = serviceList(plan, core.inCommune);
        return {"Există în comună: " + list.ro + ".", "Present in the commune: " + list.en + "."};
    }
    Wording w{"Nu există în comună: de înființat — majoritatea comunelor au nevoie de el, mai ales pentru familiile sărace.",
              "Not present in the commune: to be set up — most communes need it, above all for poor families."};
    if (!core.inMicroArea.empty()) {
        const Wording list = serviceList(plan, core.inMicroArea);
        append(w, "În microzonă există " + list.ro + ", dar copiii au nevoie de el aproape de casă.",
               "The micro-area has " + list.en + ", but children need it close to home.");
    }
    return w;
}

}  // namespace

std::string freePlacesText(long n, Lang lang, bool recorded) {
    const bool one = n == 1;
    if (lang == Lang::En)
        return groupedNumber(n, lang) + (one ? " free place" : " free places") + (recorded ? " recorded" : "");
    const char* participle = one ? " înregistrat" : " înregistrate";
    return countOf(n, nouns::kPlace, lang) + (one ? " liber" : " libere") + (recorded ? participle : "");
}

Wording countWording(const Headcount& c) {
    const Wording children = countBoth(c.children, nouns::kChild);
    const Wording households = countBoth(c.households, nouns::kHousehold);
    Wording w{children.ro + " din " + households.ro, children.en + " in " + households.en};
    if (c.children == 0) return w;
    if (c.confirmedChildren == c.children)
        append(w, "(confirmați la identificarea riscurilor)", "(confirmed by risk identification)");
    else if (c.confirmedChildren == 0)
        append(w, "(doar suspectați: identificarea riscurilor nu este făcută)", "(only suspected: risk identification not done)");
    else
        append(w, both(kPartlyConfirmed, [&](Lang l) {
                   return std::make_tuple(groupedNumber(c.confirmedChildren, l),
                                          groupedNumber(c.suspectedChildren(), l));
               }));
    return w;
}

void explain(const Plan& plan, GapAnalysis& gaps) {
    for (CoreNeed& core : gaps.core) core.reasoning = coreWording(plan, core);
    for (ServiceNeed& need : gaps.needs) {
        need.reasoning = demandWording(need);
        append(need.reasoning, coverageWording(plan, need));
        append(need.reasoning, fitNotes(plan, need));
    }
    for (GroupNeed& g : gaps.groups) g.reasoning = groupWording(plan, gaps, g);
}

}  // namespace prevplan
