#include "core/registry/registry_json.h"

#include <nlohmann/json.hpp>

#include "core/base/json_reader.h"
#include "core/base/json_writer.h"
#include "core/observatory/observatory_json.h"

namespace prevplan {

using nlohmann::json;

namespace {

// A verdict's name by enum value: [0] is "not assessed".
const char* const kVerdictNames[] = {"unassessed", "confirmed", "rejected"};
static_assert(static_cast<int>(Verdict::Rejected) + 1 == 3, "three names per verdict");

// ---- writing ---------------------------------------------------------------------------------

json servicePlanToJson(const ServicePlan& p) {
    json o = json::object();
    if (!p.benefits.empty()) o["benefits"] = p.benefits;
    if (!p.services.empty()) o["services"] = p.services;
    putText(o, "other_benefits", p.otherBenefits);
    putText(o, "other_services", p.otherServices);
    putText(o, "provider", p.provider);
    putText(o, "goal", p.goal);
    if (p.durationMonths) o["duration_months"] = p.durationMonths;
    putText(o, "case_officer", p.caseOfficer);
    putText(o, "case_officer_function", p.caseOfficerFunction);
    putDate(o, "completed_on", p.completedOn);
    putDate(o, "approved_on", p.approvedOn);
    return o;
}

json visitToJson(const MonitoringVisit& v) {
    json o = {{"date", v.date.iso()}};
    putText(o, "by", v.by);
    if (v.revisionNeeded) o["revision_needed"] = true;
    putText(o, "reason", v.reason);
    putDate(o, "revised_on", v.revisedOn);
    return o;
}

// ---- reading ---------------------------------------------------------------------------------

ServicePlan readServicePlan(JsonReader& r, const json& j, const std::string& at) {
    ServicePlan p;
    r.stringList(j, at, "benefits", p.benefits);
    r.stringList(j, at, "services", p.services);
    r.string(j, at, "other_benefits", p.otherBenefits);
    r.string(j, at, "other_services", p.otherServices);
    r.string(j, at, "provider", p.provider);
    r.string(j, at, "goal", p.goal);
    if (r.integer(j, at, "duration_months", p.durationMonths) && (p.durationMonths < 0 || p.durationMonths > 240))
        r.invalid(at + "/duration_months", "durata trebuie să fie între 0 și 240 de luni",
                  "duration must be between 0 and 240 months");
    r.string(j, at, "case_officer", p.caseOfficer);
    r.string(j, at, "case_officer_function", p.caseOfficerFunction);
    r.date(j, at, "completed_on", p.completedOn);
    r.date(j, at, "approved_on", p.approvedOn);
    return p;
}

MonitoringVisit readVisit(JsonReader& r, const json& j, const std::string& at) {
    MonitoringVisit v;
    if (!r.expectObject(j, at)) return v;
    std::optional<Date> date;
    if (r.date(j, at, "date", date, true) && date) v.date = *date;
    r.string(j, at, "by", v.by);
    r.boolean(j, at, "revision_needed", v.revisionNeeded);
    r.string(j, at, "reason", v.reason);
    r.date(j, at, "revised_on", v.revisedOn);
    return v;
}

}  // namespace

json riskToJson(const RiskIdentification& r) {
    const auto verdict = [&](std::size_t i) { return static_cast<int>(r.verdicts[i]); };
    json o = {{"verdicts", writeCodeMap(verdict, kVerdictNames)}};
    putDate(o, "visited_on", r.visitedOn);
    putText(o, "visited_by", r.visitedBy);
    putText(o, "position", r.position);
    putDate(o, "dgaspc_notified_on", r.dgaspcNotifiedOn);
    return o;
}

void putChildCase(json& o, const Child& c) {
    putDate(o, "registered_on", c.registeredOn);
    if (c.servicePlan) o["service_plan"] = servicePlanToJson(*c.servicePlan);
    if (c.visits.empty()) return;
    json visits = json::array();
    for (const auto& v : c.visits) visits.push_back(visitToJson(v));
    o["visits"] = visits;
}

RiskIdentification readRisk(JsonReader& r, const json& j, const std::string& at) {
    RiskIdentification risk;
    r.date(j, at, "visited_on", risk.visitedOn);
    r.string(j, at, "visited_by", risk.visitedBy);
    r.string(j, at, "position", risk.position);
    readCodeMap(r, j, at, "verdicts", kVerdictNames,
                [&](int index, int value) { risk.verdicts[index] = static_cast<Verdict>(value); });
    r.date(j, at, "dgaspc_notified_on", risk.dgaspcNotifiedOn);
    return risk;
}

void readChildCase(JsonReader& r, const json& j, const std::string& at, Child& c) {
    r.date(j, at, "registered_on", c.registeredOn);
    r.optionalObject(j, at, "service_plan",
                     [&](const json& s, const std::string& sat) { c.servicePlan = readServicePlan(r, s, sat); });
    r.array(j, at, "visits", [&](const json& v, const std::string& vat) { c.visits.push_back(readVisit(r, v, vat)); });
}

}  // namespace prevplan
