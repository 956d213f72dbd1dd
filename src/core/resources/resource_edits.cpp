#include "core/resources/resource_edits.h"

#include <algorithm>

#include "core/catalog/service_types.h"

namespace prevplan {

namespace {

// Erases every element of `list` that `matches`.
template <typename List, typename Matches>
void eraseIf(List& list, Matches matches) {
    list.erase(std::remove_if(list.begin(), list.end(), matches), list.end());
}

}  // namespace

Id addService(Plan& plan, const Date& today) {
    Service s;
    s.id = newId(plan, 's');
    s.type = serviceTypes()[0].code;
    s.checkedOn = today;
    plan.resources.services.push_back(s);
    return s.id;
}

void deleteService(Resources& resources, const Id& serviceId) {
    eraseIf(resources.services, [&](const Service& s) { return s.id == serviceId; });
}

bool canAddLocality(const Plan& plan, const std::string& name) {
    if (name.empty() || findLocality(plan.resources, name)) return false;
    return std::none_of(plan.villages.begin(), plan.villages.end(), [&](const Village& v) { return v.name == name; });
}

void addLocality(Resources& resources, const std::string& name) {
    resources.microArea.push_back({name, {}, false, kMicroAreaMinutes, false});
}

Id addPartner(Plan& plan) {
    const Id id = newId(plan, 's');
    plan.resources.partners.push_back({id, {}, false, {}, {}});
    return id;
}

Id addDgaspcService(Plan& plan) {
    const Id id = newId(plan, 's');
    plan.resources.dgaspcServices.push_back({id, DgaspcListKind::County, {}, {}, {}, {}});
    return id;
}

void addProtectedChildren(Plan& plan) {
    const std::string village = plan.villages.empty() ? std::string() : plan.villages.front().name;
    plan.resources.childrenInProtection.push_back({village, 0, {}});
}

void dismissCandidate(Resources& resources, const Id& candidateId, const std::string& reason) {
    resources.dismissals.push_back({candidateId, reason});
}

void restoreCandidate(Resources& resources, const Id& candidateId) {
    eraseIf(resources.dismissals, [&](const Dismissal& d) { return d.candidate == candidateId; });
}

Id addCandidate(Plan& plan, AddedCandidate candidate) {
    candidate.id = newId(plan, 's');
    std::sort(candidate.groups.begin(), candidate.groups.end());
    plan.resources.addedCandidates.push_back(candidate);
    return candidate.id;
}

}  // namespace prevplan
