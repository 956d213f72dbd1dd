#include "core/resources/resources_json.h"

#include <iterator>
#include <set>

#include "core/catalog/a25.h"
#include "core/catalog/service_cards.h"
#include "core/catalog/service_types.h"
#include "core/catalog/table3.h"

namespace prevplan {

using nlohmann::json;

namespace {

const char* const kYesNoNames[] = {"unknown", "yes", "no"};
const char* const kListNames[] = {"family-type", "county", "planned"};
static_assert(std::size(kYesNoNames) == static_cast<std::size_t>(YesNo::No) + 1, "one key per value");
static_assert(std::size(kListNames) == static_cast<std::size_t>(DgaspcListKind::Planned) + 1, "one key per list");

// ---- writing: a value at its default is left out ------------------------------------------------

void put(json& o, const char* key, const std::string& v) {
    if (!v.empty()) o[key] = v;
}
void put(json& o, const char* key, const std::optional<Date>& v) {
    if (v) o[key] = v->iso();
}
void put(json& o, const char* key, const std::optional<int>& v) {
    if (v) o[key] = *v;
}
void put(json& o, const char* key, int v) {
    if (v) o[key] = v;
}
void put(json& o, const char* key, bool v) {
    if (v) o[key] = true;
}
void put(json& o, const char* key, YesNo v) {
    if (v != YesNo::Unknown) o[key] = kYesNoNames[static_cast<int>(v)];
}
template <class T>
void put(json& o, const char* key, const std::vector<T>& v) {
    if (!v.empty()) o[key] = v;
}

template <class T, class Encode>
void putList(json& o, const char* key, const std::vector<T>& items, Encode encode) {
    if (items.empty()) return;
    json list = json::array();
    for (const T& item : items) list.push_back(encode(item));
    o[key] = std::move(list);
}

json localityToJson(const Locality& l) {
    json o = {{"name", l.name}};
    put(o, "commune", l.commune);
    put(o, "urban", l.urban);
    put(o, "travel_minutes", l.travelMinutes);
    put(o, "transport", l.transport);
    return o;
}

json serviceToJson(const Service& s) {
    json o = {{"id", s.id}, {"type", s.type}};
    put(o, "name", s.name);
    put(o, "supplier", s.supplier);
    put(o, "supplier_other", s.supplierOther);
    put(o, "locality", s.locality);
    put(o, "accredited", s.accredited);
    put(o, "capacity", s.capacity);
    put(o, "free_places", s.freePlaces);
    put(o, "places_for_separated", s.placesForSeparated);
    put(o, "access", s.access);
    put(o, "activities", s.activities);
    put(o, "activities_other", s.activitiesOther);
    if (!s.accessibility.empty()) {
        json letters = json::array();
        for (char c : s.accessibility) letters.push_back(std::string(1, c));
        o["accessibility"] = letters;
    }
    put(o, "monthly_cost", s.monthlyCost);
    put(o, "beneficiary_cost", s.beneficiaryCost);
    put(o, "cost_note", s.costNote);
    put(o, "timetable", s.timetable);
    put(o, "contact", s.contact);
    put(o, "spas_cooperates", s.spasCooperates);
    put(o, "referred_last_year", s.referredLastYear);
    put(o, "commune_beneficiaries", s.communeBeneficiaries);
    put(o, "commune_beneficiaries_reported", s.communeBeneficiariesReported);
    put(o, "efficiency", s.efficiency);
    put(o, "self_rating", s.selfRating);
    put(o, "interviewer", s.interviewer);
    put(o, "interviewee", s.interviewee);
    put(o, "checked_on", s.checkedOn);
    return o;
}

json partnerToJson(const Partner& p) {
    json o = {{"id", p.id}, {"name", p.name}};
    put(o, "county", p.county);
    put(o, "role", p.role);
    put(o, "contact", p.contact);
    return o;
}

json protectedToJson(const ProtectedChildren& p) {
    json o = {{"children", p.children}};
    put(o, "village", p.village);
    put(o, "family_situation", p.familySituation);
    return o;
}

json dgaspcServiceToJson(const DgaspcService& s) {
    json o = {{"id", s.id}, {"list", kListNames[static_cast<int>(s.list)]}, {"name", s.name}};
    put(o, "type", s.type);
    put(o, "place", s.place);
    put(o, "note", s.note);
    return o;
}

json addedToJson(const AddedCandidate& a) {
    json o = {{"id", a.id}, {"name", a.name}};
    put(o, "type", a.type);
    put(o, "card", a.card);
    put(o, "reason", a.reason);
    json groups = json::array();
    for (int g : a.groups) groups.push_back(riskGroupKey(g));
    if (!groups.empty()) o["groups"] = groups;
    return o;
}

json dismissalToJson(const Dismissal& d) {
    json o = {{"candidate", d.candidate}};
    put(o, "reason", d.reason);
    return o;
}

// ---- reading ------------------------------------------------------------------------------------

class ResourcesDecoder {
public:
    explicit ResourcesDecoder(JsonReader& r) : r_(r) {}

    void read(const json& j, const std::string& at, Resources& out) {
        r_.array(j, at, "micro_area", [&](const json& v, const std::string& a) { locality(v, a, out); });
        r_.array(j, at, "services", [&](const json& v, const std::string& a) { service(v, a, out); });
        r_.array(j, at, "partners", [&](const json& v, const std::string& a) { partner(v, a, out); });
        r_.array(j, at, "children_in_protection", [&](const json& v, const std::string& a) { inProtection(v, a, out); });
        r_.date(j, at, "dgaspc_lists_on", out.dgaspcListsOn);
        r_.array(j, at, "dgaspc_services", [&](const json& v, const std::string& a) { dgaspcService(v, a, out); });
        r_.array(j, at, "added_candidates", [&](const json& v, const std::string& a) { added(v, a, out); });
        r_.array(j, at, "dismissals", [&](const json& v, const std::string& a) { dismissal(v, a, out); });
    }

private:
    JsonReader& r_;
    std::set<std::string> ids_, localities_, dismissed_;

    void unique(std::set<std::string>& seen, const std::string& value, const std::string& where) {
        if (!value.empty() && !seen.insert(value).second)
            r_.error(ErrorKind::Duplicate, where, "„" + value + "” apare de două ori", "\"" + value + "\" appears twice");
    }

    void nonNegative(const json& j, const std::string& at, const char* key, int& out) {
        if (r_.integer(j, at, key, out) && out < 0)
            r_.invalid(JsonReader::pointer(at, key), "nu poate fi negativ", "cannot be negative");
    }
    void nonNegative(const json& j, const std::string& at, const char* key, std::optional<int>& out) {
        int v = 0;
        if (!r_.integer(j, at, key, v)) return;
        nonNegative(j, at, key, v);
        out = v;
    }

    // An A2.5 rating: 1-10, 0 when it cannot be said.
    void rating(const json& j, const std::string& at, const char* key, int& out) {
        if (r_.integer(j, at, key, out) && (out < 0 || out > 10))
            r_.invalid(JsonReader::pointer(at, key), "se notează de la 1 la 10 (0: nu se poate spune)",
                       "is rated 1 to 10 (0: cannot say)");
    }

    // One of `names`, by position.
    template <std::size_t N, class Enum>
    void named(const json& j, const std::string& at, const char* key, const char* const (&names)[N], Enum& out) {
        std::string value;
        if (!r_.string(j, at, key, value)) return;
        for (std::size_t i = 0; i < N; ++i)
            if (value == names[i]) {
                out = static_cast<Enum>(i);
                return;
            }
        r_.invalid(JsonReader::pointer(at, key), "valoarea „" + value + "” nu este permisă", "value \"" + value + "\" is not allowed");
    }

    // A Table 2 code, empty allowed unless required.
    void serviceType(const json& j, const std::string& at, std::string& out, bool required) {
        if (r_.string(j, at, "type", out, required) && (required || !out.empty()) && !findByCode(serviceTypes(), out))
            r_.invalid(at + "/type", "tipul de serviciu „" + out + "” nu este în Tabelul 2",
                       "service type \"" + out + "\" is not in Table 2");
    }

    void locality(const json& j, const std::string& at, Resources& out) {
        Locality l;
        if (!r_.expectObject(j, at)) return;
        if (r_.string(j, at, "name", l.name, true) && l.name.empty())
            r_.invalid(at + "/name", "numele localității este gol", "the locality name is empty");
        unique(localities_, l.name, at + "/name");
        r_.string(j, at, "commune", l.commune);
        r_.boolean(j, at, "urban", l.urban);
        nonNegative(j, at, "travel_minutes", l.travelMinutes);
        r_.boolean(j, at, "transport", l.transport);
        out.microArea.push_back(std::move(l));
    }

    void activities(const json& j, const std::string& at, Service& s) {
        r_.array(j, at, "activities", [&](const json& v, const std::string& a) {
            if (!v.is_number_integer())
                return r_.error(ErrorKind::WrongType, a, "trebuie să fie un număr întreg", "must be an integer");
            // Range-checked first, so that 2^32 + 5 is not taken for activity 5 (no activity is negative).
            const bool fits = v.is_number_unsigned() ? v.get<unsigned long long>() <= 1'000'000
                                                     : v.get<long long>() >= 0 && v.get<long long>() <= 1'000'000;
            const int code = fits ? v.get<int>() : -1;
            if (!findByCode(serviceActivities(), code))
                return r_.invalid(a, "activitatea " + v.dump() + " nu este în lista A2.5 (SSoc3)",
                                  "activity " + v.dump() + " is not in the A2.5 list (SSoc3)");
            s.activities.push_back(code);
        });
    }

    void accessibility(const json& j, const std::string& at, Service& s) {
        std::vector<std::string> letters;
        r_.stringList(j, at, "accessibility", letters);
        for (std::size_t i = 0; i < letters.size(); ++i) {
            const std::string& l = letters[i];
            if (l.size() != 1 || l[0] < 'a' || l[0] > 'f')
                r_.invalid(at + "/accessibility/" + std::to_string(i), "accesibilitatea se notează cu literele a–f (A2.5, SSoc4)",
                           "accessibility is written with the letters a–f (A2.5, SSoc4)");
            else if (!hasAccessibility(s, l[0]))
                s.accessibility += l;
        }
    }

    void service(const json& j, const std::string& at, Resources& out) {
        Service s;
        if (!r_.expectObject(j, at)) return;
        r_.id(j, at, "id", s.id);
        unique(ids_, s.id, at + "/id");
        serviceType(j, at, s.type, true);
        r_.string(j, at, "name", s.name);
        if (r_.integer(j, at, "supplier", s.supplier) && (s.supplier < 0 || s.supplier > static_cast<int>(supplierTypes().size)))
            r_.invalid(at + "/supplier", "furnizorul are codurile 1–6 (A2.5, IS13)", "the supplier codes are 1–6 (A2.5, IS13)");
        r_.string(j, at, "supplier_other", s.supplierOther);
        r_.string(j, at, "locality", s.locality);
        named(j, at, "accredited", kYesNoNames, s.accredited);
        nonNegative(j, at, "capacity", s.capacity);
        nonNegative(j, at, "free_places", s.freePlaces);
        named(j, at, "places_for_separated", kYesNoNames, s.placesForSeparated);
        r_.string(j, at, "access", s.access);
        activities(j, at, s);
        r_.string(j, at, "activities_other", s.activitiesOther);
        accessibility(j, at, s);
        nonNegative(j, at, "monthly_cost", s.monthlyCost);
        nonNegative(j, at, "beneficiary_cost", s.beneficiaryCost);
        r_.string(j, at, "cost_note", s.costNote);
        r_.string(j, at, "timetable", s.timetable);
        r_.string(j, at, "contact", s.contact);
        named(j, at, "spas_cooperates", kYesNoNames, s.spasCooperates);
        named(j, at, "referred_last_year", kYesNoNames, s.referredLastYear);
        named(j, at, "commune_beneficiaries", kYesNoNames, s.communeBeneficiaries);
        named(j, at, "commune_beneficiaries_reported", kYesNoNames, s.communeBeneficiariesReported);
        rating(j, at, "efficiency", s.efficiency);
        rating(j, at, "self_rating", s.selfRating);
        r_.string(j, at, "interviewer", s.interviewer);
        r_.string(j, at, "interviewee", s.interviewee);
        r_.date(j, at, "checked_on", s.checkedOn);
        out.services.push_back(std::move(s));
    }

    void partner(const json& j, const std::string& at, Resources& out) {
        Partner p;
        if (!r_.expectObject(j, at)) return;
        r_.id(j, at, "id", p.id);
        unique(ids_, p.id, at + "/id");
        r_.string(j, at, "name", p.name, true);
        r_.boolean(j, at, "county", p.county);
        r_.string(j, at, "role", p.role);
        r_.string(j, at, "contact", p.contact);
        out.partners.push_back(std::move(p));
    }

    void inProtection(const json& j, const std::string& at, Resources& out) {
        ProtectedChildren p;
        if (!r_.expectObject(j, at)) return;
        r_.string(j, at, "village", p.village);
        if (r_.integer(j, at, "children", p.children, true) && p.children < 0)
            r_.invalid(at + "/children", "nu poate fi negativ", "cannot be negative");
        r_.string(j, at, "family_situation", p.familySituation);
        out.childrenInProtection.push_back(std::move(p));
    }

    void dgaspcService(const json& j, const std::string& at, Resources& out) {
        DgaspcService s;
        if (!r_.expectObject(j, at)) return;
        r_.id(j, at, "id", s.id);
        unique(ids_, s.id, at + "/id");
        named(j, at, "list", kListNames, s.list);
        serviceType(j, at, s.type, false);
        r_.string(j, at, "name", s.name, true);
        r_.string(j, at, "place", s.place);
        r_.string(j, at, "note", s.note);
        out.dgaspcServices.push_back(std::move(s));
    }

    void added(const json& j, const std::string& at, Resources& out) {
        AddedCandidate a;
        if (!r_.expectObject(j, at)) return;
        r_.id(j, at, "id", a.id);
        unique(ids_, a.id, at + "/id");
        serviceType(j, at, a.type, false);
        if (r_.string(j, at, "card", a.card) && !a.card.empty() && !findByCode(serviceCards(), a.card))
            r_.invalid(at + "/card", "fișa de serviciu „" + a.card + "” nu există în catalog",
                       "service card \"" + a.card + "\" is not in the catalogue");
        r_.string(j, at, "name", a.name, true);
        r_.string(j, at, "reason", a.reason);
        std::vector<std::string> groups;
        r_.stringList(j, at, "groups", groups);
        for (std::size_t i = 0; i < groups.size(); ++i) {
            const int g = riskGroupByKey(groups[i]);
            if (g < 0)
                r_.invalid(at + "/groups/" + std::to_string(i), "„" + groups[i] + "” nu denumește un grup din Tabelul 3",
                           "\"" + groups[i] + "\" does not name a Table 3 group");
            else
                a.groups.push_back(g);
        }
        out.addedCandidates.push_back(std::move(a));
    }

    void dismissal(const json& j, const std::string& at, Resources& out) {
        Dismissal d;
        if (!r_.expectObject(j, at)) return;
        r_.id(j, at, "candidate", d.candidate);
        unique(dismissed_, d.candidate, at + "/candidate");
        r_.string(j, at, "reason", d.reason);
        out.dismissals.push_back(std::move(d));
    }
};

}  // namespace

std::string riskGroupKey(int group) {
    if (group < 0 || static_cast<std::size_t>(group) >= riskGroups().size) return {};
    return riskGroups()[static_cast<std::size_t>(group)].indicators[0];
}

int riskGroupByKey(const std::string& key) {
    for (std::size_t g = 0; g < riskGroups().size; ++g)
        if (key == riskGroups()[g].indicators[0]) return static_cast<int>(g);
    return -1;
}

json resourcesToJson(const Resources& r) {
    json o = json::object();
    putList(o, "micro_area", r.microArea, localityToJson);
    putList(o, "services", r.services, serviceToJson);
    putList(o, "partners", r.partners, partnerToJson);
    putList(o, "children_in_protection", r.childrenInProtection, protectedToJson);
    put(o, "dgaspc_lists_on", r.dgaspcListsOn);
    putList(o, "dgaspc_services", r.dgaspcServices, dgaspcServiceToJson);
    putList(o, "added_candidates", r.addedCandidates, addedToJson);
    putList(o, "dismissals", r.dismissals, dismissalToJson);
    return o;
}

void readResources(JsonReader& reader, const json& plan, const std::string& planAt, Resources& out) {
    reader.optionalObject(plan, planAt, "resources",
                          [&](const json& j, const std::string& at) { ResourcesDecoder(reader).read(j, at, out); });
}

}  // namespace prevplan
