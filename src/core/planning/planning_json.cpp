#include "core/planning/planning_json.h"

#include <set>

#include <nlohmann/json.hpp>

#include "core/base/json_reader.h"
#include "core/base/json_writer.h"
#include "core/catalog/funding.h"
#include "core/catalog/objectives.h"
#include "core/catalog/service_types.h"
#include "core/planning/baselines.h"

namespace prevplan {

using nlohmann::json;

namespace {

// File names of the enums, by enum value.
const char* const kCriterionKeys[] = {"group_size", "urgency", "consultation", "resources",
                                      "funding", "cooperation", "civil_society"};
const char* const kFormatKeys[] = {"meeting", "public_debate", "online_poll", "sms_poll", "partnership_session"};
const char* const kParticipantKeys[] = {"families", "children_youth", "ngo", "school", "health",
                                        "church", "dgaspc", "council", "other"};
const char* const kBasisKeys[] = {"observed", "confirmed"};
const char* const kUnitKeys[] = {"households", "children_in_households", "children_directly"};
const char* const kActionKindKeys[] = {"new_service", "existing_service", "contracting",
                                       "public_information", "training", "other"};
const char* const kStatusKeys[] = {"planned", "in_progress", "done", "postponed", "cancelled"};
const char* const kSectionKeys[] = {"beneficiaries", "existing_services", "new_services",
                                    "contracting", "public_information", "training"};
// In CaseloadRule order; "case_manager_30" names the 30 of the prevention case officer.
const char* const kCaseloadKeys[] = {"case_manager_30", "case_officer_25", "gd797_50"};

static_assert(std::size(kCriterionKeys) == kCriterionCount);
static_assert(std::size(kFormatKeys) == kConsultationFormatCount);
static_assert(std::size(kParticipantKeys) == kParticipantKindCount);
static_assert(std::size(kActionKindKeys) == kActionKindCount);
static_assert(std::size(kStatusKeys) == kActionStatusCount);
static_assert(std::size(kSectionKeys) == kActionPlanSectionCount);
static_assert(std::size(kCaseloadKeys) == kCaseloadRuleCount);

template <typename E, std::size_t N>
const char* key(const char* const (&names)[N], E value) {
    return names[static_cast<std::size_t>(value)];
}

// ---- writing ------------------------------------------------------------------------------------

json candidateToJson(const Candidate& c) {
    json o = {{"id", c.id}, {"name", c.name}};
    putText(o, "service_type", c.serviceType);
    putText(o, "required_service", c.requiredService);
    if (!c.indicators.empty()) o["indicators"] = c.indicators;
    json scores = json::object();
    for (int k = 0; k < kCriterionCount; ++k) {
        const CriterionScore& s = c.scores[k];
        if (s.score == 0 && s.note.empty()) continue;
        json score = {{"score", s.score}};
        putText(score, "note", s.note);
        scores[kCriterionKeys[k]] = score;
    }
    if (!scores.empty()) o["scores"] = scores;
    if (c.shortListed) o["short_listed"] = true;
    return o;
}

json roundToJson(const ConsultationRound& r) {
    json o = {{"id", r.id}, {"format", key(kFormatKeys, r.format)}};
    putDate(o, "date", r.date);
    json participants = json::array();
    for (const auto& p : r.participants) {
        json j = {{"kind", key(kParticipantKeys, p.kind)}, {"count", p.count}};
        putText(j, "organisation", p.organisation);
        participants.push_back(j);
    }
    if (!participants.empty()) o["participants"] = participants;
    json opinions = json::array();
    for (const auto& op : r.opinions) {
        json j = {{"candidate", op.candidate}, {"votes", op.votes}};
        putText(j, "opinions", op.opinions);
        opinions.push_back(j);
    }
    if (!opinions.empty()) o["opinions"] = opinions;
    putText(o, "decisions", r.decisions);
    return o;
}

json objectiveToJson(const PlanObjective& ob) {
    json o = {{"id", ob.id}};
    if (ob.table4) o["table4"] = ob.table4;
    putText(o, "text", ob.text);
    if (ob.baseline)
        o["baseline"] = {{"measure", ob.baseline->measure},
                         {"basis", key(kBasisKeys, ob.baseline->basis)},
                         {"unit", key(kUnitKeys, ob.baseline->unit)}};
    if (ob.manualBaseline) o["manual_baseline"] = *ob.manualBaseline;
    if (ob.target) o["target"] = *ob.target;
    putDate(o, "target_date", ob.targetDate);
    putText(o, "priority", ob.priority);
    return o;
}

json actionToJson(const Action& a) {
    json o = {{"id", a.id}, {"description", a.description}, {"kind", key(kActionKindKeys, a.kind)}};
    putText(o, "responsible", a.responsible);
    putText(o, "partners", a.partners);
    putDate(o, "start", a.start);
    putDate(o, "end", a.end);
    json costs = json::object();
    for (const auto& c : a.costs) costs[std::to_string(c.year)] = c.ron;
    if (!costs.empty()) o["costs"] = costs;
    putText(o, "funding", a.funding);
    if (a.status != ActionStatus::Planned) o["status"] = key(kStatusKeys, a.status);
    putText(o, "objective", a.objective);
    putText(o, "priority", a.priority);
    return o;
}

json actionPlanToJson(const ActionPlanText& t) {
    json o = {{"year", t.year}};
    for (int s = 0; s < kActionPlanSectionCount; ++s) putText(o, kSectionKeys[s], t.sections[s]);
    return o;
}

template <typename T, typename F>
void putList(json& o, const char* k, const std::vector<T>& items, F toJson) {
    if (items.empty()) return;
    json list = json::array();
    for (const auto& item : items) list.push_back(toJson(item));
    o[k] = list;
}

// ---- reading ------------------------------------------------------------------------------------

class PlanningDecoder {
public:
    PlanningDecoder(JsonReader& r, Planning& p) : r_(r), p_(p) {}

    void read(const json& j, const std::string& at) {
        r_.array(j, at, "candidates", [&](const json& c, const std::string& cat) { candidate(c, cat); });
        weights(j, at);
        r_.array(j, at, "rounds", [&](const json& c, const std::string& cat) { round(c, cat); });
        strategy(j, at);
        r_.array(j, at, "objectives", [&](const json& c, const std::string& cat) { objective(c, cat); });
        r_.array(j, at, "actions", [&](const json& c, const std::string& cat) { action(c, cat); });
        r_.array(j, at, "action_plans", [&](const json& c, const std::string& cat) { actionPlan(c, cat); });
        staff(j, at);
        r_.array(j, at, "amendments", [&](const json& c, const std::string& cat) { amendment(c, cat); });
    }

private:
    JsonReader& r_;
    Planning& p_;
    std::set<std::string> ids_;

    void uniqueId(const json& j, const std::string& at, Id& out) {
        if (r_.id(j, at, "id", out) && !ids_.insert(out).second)
            r_.error(ErrorKind::Duplicate, at + "/id", "identificatorul „" + out + "” apare de două ori",
                     "id \"" + out + "\" is used twice");
    }

    // A string that must be one of `names`; sets out to its position.
    template <typename E, std::size_t N>
    void choice(const json& j, const std::string& at, const char* k, const char* const (&names)[N], E& out) {
        std::string v;
        if (!r_.string(j, at, k, v)) return;
        for (std::size_t i = 0; i < N; ++i)
            if (v == names[i]) {
                out = static_cast<E>(i);
                return;
            }
        r_.invalid(JsonReader::pointer(at, k), "valoare necunoscută „" + v + "”", "unknown value \"" + v + "\"");
    }

    void reference(const json& j, const std::string& at, const char* k, Id& out, bool candidate) {
        if (!r_.string(j, at, k, out) || out.empty()) return;
        const bool known = candidate ? findCandidate(p_, out) != nullptr : findObjective(p_, out) != nullptr;
        if (!known)
            r_.invalid(JsonReader::pointer(at, k),
                       std::string(candidate ? "nu există candidatul „" : "nu există obiectivul „") + out + "”",
                       std::string(candidate ? "there is no candidate \"" : "there is no objective \"") + out + "\"");
    }

    void range(const json& j, const std::string& at, const char* k, long long lo, long long hi, int& out,
               bool required = false) {
        long long v = 0;
        if (!r_.integer(j, at, k, v, required)) return;
        if (v < lo || v > hi)
            r_.invalid(JsonReader::pointer(at, k),
                       "trebuie să fie între " + std::to_string(lo) + " și " + std::to_string(hi),
                       "must be between " + std::to_string(lo) + " and " + std::to_string(hi));
        else
            out = static_cast<int>(v);
    }

    void candidate(const json& j, const std::string& at) {
        Candidate c;
        if (!r_.expectObject(j, at)) return;
        uniqueId(j, at, c.id);
        r_.string(j, at, "name", c.name, true);
        if (r_.string(j, at, "service_type", c.serviceType) && !c.serviceType.empty() &&
            !findByCode(serviceTypes(), c.serviceType))
            r_.invalid(at + "/service_type", "tipul de serviciu „" + c.serviceType + "” nu este în Tabelul 2",
                       "service type \"" + c.serviceType + "\" is not in Table 2");
        r_.string(j, at, "required_service", c.requiredService);
        if (r_.stringList(j, at, "indicators", c.indicators))
            for (std::size_t i = 0; i < c.indicators.size(); ++i)
                if (indicatorIndex(c.indicators[i]) < 0)
                    r_.invalid(at + "/indicators/" + std::to_string(i), "indicatorul „" + c.indicators[i] + "” nu există",
                               "indicator \"" + c.indicators[i] + "\" does not exist");
        r_.optionalObject(j, at, "scores", [&](const json& s, const std::string& sat) { scores(c, s, sat); });
        r_.boolean(j, at, "short_listed", c.shortListed);
        p_.candidates.push_back(std::move(c));
    }

    void scores(Candidate& c, const json& j, const std::string& at) {
        for (const auto& [name, value] : j.items()) {
            const std::string where = JsonReader::pointer(at, name);
            int k = 0;
            while (k < kCriterionCount && name != kCriterionKeys[k]) ++k;
            if (k == kCriterionCount || isComputed(static_cast<Criterion>(k))) {
                r_.invalid(where, "„" + name + "” nu este un criteriu punctat de grup",
                           "\"" + name + "\" is not a criterion the group scores");
                continue;
            }
            if (!r_.expectObject(value, where)) continue;
            range(value, where, "score", kMinScore, kMaxScore, c.scores[k].score, true);
            r_.string(value, where, "note", c.scores[k].note);
        }
    }

    void weights(const json& j, const std::string& at) {
        r_.optionalObject(j, at, "weights", [&](const json& w, const std::string& wat) {
            for (const auto& [name, value] : w.items()) {
                int k = 0;
                while (k < kCriterionCount && name != kCriterionKeys[k]) ++k;
                if (k == kCriterionCount) {
                    r_.invalid(JsonReader::pointer(wat, name), "criteriul „" + name + "” nu există",
                               "criterion \"" + name + "\" does not exist");
                    continue;
                }
                range(w, wat, kCriterionKeys[k], 0, kMaxWeight, p_.weights[k]);
            }
        });
    }

    void round(const json& j, const std::string& at) {
        ConsultationRound r;
        if (!r_.expectObject(j, at)) return;
        uniqueId(j, at, r.id);
        r_.date(j, at, "date", r.date);
        choice(j, at, "format", kFormatKeys, r.format);
        r_.array(j, at, "participants", [&](const json& pj, const std::string& pat) {
            Participant p;
            if (!r_.expectObject(pj, pat)) return;
            r_.string(pj, pat, "organisation", p.organisation);
            choice(pj, pat, "kind", kParticipantKeys, p.kind);
            range(pj, pat, "count", 1, 100000, p.count);
            r.participants.push_back(std::move(p));
        });
        r_.array(j, at, "opinions", [&](const json& oj, const std::string& oat) {
            CandidateOpinion o;
            if (!r_.expectObject(oj, oat)) return;
            if (r_.string(oj, oat, "candidate", o.candidate, true)) reference(oj, oat, "candidate", o.candidate, true);
            range(oj, oat, "votes", 0, 1000000, o.votes);
            r_.string(oj, oat, "opinions", o.opinions);
            r.opinions.push_back(std::move(o));
        });
        r_.string(j, at, "decisions", r.decisions);
        p_.rounds.push_back(std::move(r));
    }

    void strategy(const json& j, const std::string& at) {
        range(j, at, "start_year", 1900, 9999, p_.startYear);
        int period = p_.periodYears;
        if (r_.integer(j, at, "period_years", period)) {
            if (period == 5 || period == 10) p_.periodYears = period;
            else r_.invalid(at + "/period_years", "strategia are 5 sau 10 ani", "the strategy spans 5 or 10 years");
        }
        r_.string(j, at, "general_objective", p_.generalObjective);
    }

    void objective(const json& j, const std::string& at) {
        PlanObjective o;
        if (!r_.expectObject(j, at)) return;
        uniqueId(j, at, o.id);
        range(j, at, "table4", 0, static_cast<long long>(specificObjectives().size), o.table4);
        r_.string(j, at, "text", o.text);
        r_.optionalObject(j, at, "baseline", [&](const json& b, const std::string& bat) {
            BaselineDefinition d;
            if (r_.string(b, bat, "measure", d.measure, true) && !validMeasure(d.measure))
                r_.invalid(bat + "/measure", "„" + d.measure + "” nu este un indicator, o dimensiune sau o măsură a Registrului",
                           "\"" + d.measure + "\" is not an indicator, a dimension or a Registry measure");
            choice(b, bat, "basis", kBasisKeys, d.basis);
            choice(b, bat, "unit", kUnitKeys, d.unit);
            o.baseline = d;
        });
        o.manualBaseline = count(j, at, "manual_baseline");
        o.target = count(j, at, "target");
        r_.date(j, at, "target_date", o.targetDate);
        reference(j, at, "priority", o.priority, true);
        p_.objectives.push_back(std::move(o));
    }

    std::optional<long> count(const json& j, const std::string& at, const char* k) {
        long long v = 0;
        if (!r_.integer(j, at, k, v)) return std::nullopt;
        if (v >= 0) return static_cast<long>(v);
        r_.invalid(JsonReader::pointer(at, k), "nu poate fi negativ", "cannot be negative");
        return std::nullopt;
    }

    void action(const json& j, const std::string& at) {
        Action a;
        if (!r_.expectObject(j, at)) return;
        uniqueId(j, at, a.id);
        r_.string(j, at, "description", a.description, true);
        choice(j, at, "kind", kActionKindKeys, a.kind);
        r_.string(j, at, "responsible", a.responsible);
        r_.string(j, at, "partners", a.partners);
        r_.date(j, at, "start", a.start);
        if (r_.date(j, at, "end", a.end) && a.start && a.end && *a.end < *a.start)
            r_.invalid(at + "/end", "sfârșitul este înaintea începutului", "the end is before the start");
        r_.optionalObject(j, at, "costs", [&](const json& c, const std::string& cat) { costs(a, c, cat); });
        if (r_.string(j, at, "funding", a.funding) && !a.funding.empty() && !findByCode(fundingSources(), a.funding))
            r_.invalid(at + "/funding", "sursa de finanțare „" + a.funding + "” nu există",
                       "funding source \"" + a.funding + "\" does not exist");
        choice(j, at, "status", kStatusKeys, a.status);
        reference(j, at, "objective", a.objective, false);
        reference(j, at, "priority", a.priority, true);
        p_.actions.push_back(std::move(a));
    }

    // {"<year>": RON, …}
    void costs(Action& a, const json& j, const std::string& at) {
        for (const auto& [year, value] : j.items()) {
            const std::string where = JsonReader::pointer(at, year);
            const bool isYear = year.size() == 4 && year.find_first_not_of("0123456789") == std::string::npos;
            if (!isYear) {
                r_.invalid(where, "cheia trebuie să fie un an cu patru cifre", "the key must be a four-digit year");
                continue;
            }
            if (!value.is_number_integer()) {
                r_.error(ErrorKind::WrongType, where, "trebuie să fie un număr întreg de lei", "must be a whole number of RON");
                continue;
            }
            if (value.get<long long>() < 0) {
                r_.invalid(where, "costul nu poate fi negativ", "the cost cannot be negative");
                continue;
            }
            if (value.is_number_unsigned()
                    ? value.get<unsigned long long>() > static_cast<unsigned long long>(kMaxCostRon)
                    : value.get<long long>() > kMaxCostRon) {
                r_.invalid(where, "costul depășește 1.000.000.000 de lei pe an",
                           "the cost is above RON 1,000,000,000 a year");
                continue;
            }
            a.costs.push_back({std::stoi(year), static_cast<long>(value.get<long long>())});
        }
    }

    void actionPlan(const json& j, const std::string& at) {
        ActionPlanText t;
        if (!r_.expectObject(j, at)) return;
        range(j, at, "year", 1900, 9999, t.year, true);
        for (const auto& other : p_.actionPlans)
            if (t.year && other.year == t.year)
                r_.error(ErrorKind::Duplicate, at + "/year", "anul " + std::to_string(t.year) + " are deja un plan de acțiune",
                         "year " + std::to_string(t.year) + " already has an action plan");
        for (int s = 0; s < kActionPlanSectionCount; ++s) r_.string(j, at, kSectionKeys[s], t.sections[s]);
        p_.actionPlans.push_back(std::move(t));
    }

    void staff(const json& j, const std::string& at) {
        range(j, at, "spas_staff", 0, 10000, p_.spasStaff);
        choice(j, at, "caseload", kCaseloadKeys, p_.caseload);
    }

    void amendment(const json& j, const std::string& at) {
        Amendment a;
        if (!r_.expectObject(j, at)) return;
        r_.date(j, at, "date", a.date);
        r_.string(j, at, "what", a.what, true);
        r_.string(j, at, "why", a.why);
        p_.amendments.push_back(std::move(a));
    }
};

}  // namespace

json planningToJson(const Planning& p) {
    json o = json::object();
    putList(o, "candidates", p.candidates, candidateToJson);
    if (p.weights != Planning::defaultWeights()) {
        json w = json::object();
        for (int k = 0; k < kCriterionCount; ++k) w[kCriterionKeys[k]] = p.weights[k];
        o["weights"] = w;
    }
    putList(o, "rounds", p.rounds, roundToJson);
    if (p.startYear) o["start_year"] = p.startYear;
    if (p.periodYears != 5) o["period_years"] = p.periodYears;
    putText(o, "general_objective", p.generalObjective);
    putList(o, "objectives", p.objectives, objectiveToJson);
    putList(o, "actions", p.actions, actionToJson);
    putList(o, "action_plans", p.actionPlans, actionPlanToJson);
    if (p.spasStaff) o["spas_staff"] = p.spasStaff;
    if (p.caseload != CaseloadRule::PreventionOfficer30) o["caseload"] = key(kCaseloadKeys, p.caseload);
    putList(o, "amendments", p.amendments, [](const Amendment& a) {
        json j = {{"what", a.what}};
        putDate(j, "date", a.date);
        putText(j, "why", a.why);
        return j;
    });
    return o;
}

void readPlanning(JsonReader& reader, const json& plan, const std::string& at, Plan& out) {
    reader.optionalObject(plan, at, "planning", [&](const json& j, const std::string& pat) {
        PlanningDecoder(reader, out.planning).read(j, pat);
    });
}

}  // namespace prevplan
