#include "core/observatory/family_edits.h"

#include <algorithm>
#include <cstdlib>
#include <stdexcept>

#include "core/model/rules.h"
#include "core/observatory/validation.h"

namespace prevplan {

namespace {

template <typename Vec>
auto findById(Vec& items, const Id& id) {
    return std::find_if(items.begin(), items.end(), [&](const auto& x) { return x.id == id; });
}

}  // namespace

const FamilyNucleus* findFamily(const Plan& plan, const FamilyRef& ref) {
    const Household* h = findHousehold(plan, ref.household);
    if (!h) return nullptr;
    const auto it = findById(h->families, ref.family);
    return it == h->families.end() ? nullptr : &*it;
}

const Child* findChild(const FamilyNucleus& family, const Id& childId) {
    const auto it = findById(family.children, childId);
    return it == family.children.end() ? nullptr : &*it;
}

FamilyRef familyOfChild(const Plan& plan, const Id& childId) {
    for (const auto& h : plan.households)
        for (const auto& f : h->families)
            if (findChild(f, childId)) return {h->id, f.id};
    return {};
}

FamilyNucleus& editFamily(Plan& plan, const FamilyRef& ref) {
    Household& h = editHousehold(plan, ref.household);
    const auto it = findById(h.families, ref.family);
    if (it == h.families.end()) throw std::out_of_range("no family " + ref.family);
    return *it;
}

Child& editChild(FamilyNucleus& family, const Id& childId) {
    const auto it = findById(family.children, childId);
    if (it == family.children.end()) throw std::out_of_range("no child " + childId);
    return *it;
}

Id addHousehold(Plan& plan, const std::string& village) {
    auto h = std::make_shared<Household>();
    h->id = newId(plan, 'h');
    h->village = village;
    plan.households.push_back(h);
    addFamily(plan, h->id);
    return h->id;
}

Id addFamily(Plan& plan, const Id& householdId) {
    FamilyNucleus f;
    f.id = newId(plan, 'f');
    editHousehold(plan, householdId).families.push_back(f);
    return f.id;
}

Id addChild(Plan& plan, const FamilyRef& ref) {
    Child c;
    c.id = newId(plan, 'c');
    editFamily(plan, ref).children.push_back(c);
    return c.id;
}

void removeHousehold(Plan& plan, const Id& householdId) {
    auto& list = plan.households;
    list.erase(std::remove_if(list.begin(), list.end(), [&](const HouseholdPtr& h) { return h->id == householdId; }),
               list.end());
}

// Deleting what is already gone (a confirmation answered after a reload) changes nothing.
void removeFamily(Plan& plan, const FamilyRef& ref) {
    if (!findFamily(plan, ref)) return;
    auto& families = editHousehold(plan, ref.household).families;
    families.erase(findById(families, ref.family));
}

void removeChild(Plan& plan, const FamilyRef& ref, const Id& childId) {
    const FamilyNucleus* family = findFamily(plan, ref);
    if (!family || !findChild(*family, childId)) return;
    auto& children = editFamily(plan, ref).children;
    children.erase(findById(children, childId));
}

std::string householdName(const Household& household) {
    std::string heads;
    for (const FamilyNucleus& f : household.families) {
        if (f.head.empty()) continue;
        if (!heads.empty()) heads += ", ";
        heads += f.head;
    }
    if (!heads.empty()) return heads;
    return household.address.empty() ? household.id : household.address;
}

std::string familyName(const FamilyNucleus& family) { return family.head.empty() ? family.id : family.head; }
std::string childName(const Child& child) { return child.name.empty() ? child.id : child.name; }

namespace {

// The counts below a family, added to `impact`.
struct Below {
    long long families = 0, children = 0, sheets = 0, servicePlans = 0, visits = 0;

    void add(const Child& c) {
        ++children;
        servicePlans += c.servicePlan ? 1 : 0;
        visits += static_cast<long long>(c.visits.size());
    }
    void add(const FamilyNucleus& f) {
        ++families;
        sheets += f.sheet ? 1 : 0;
        for (const Child& c : f.children) add(c);
    }
    DeletionImpact impact(bool withFamilies, bool withChildren) const {
        DeletionImpact out;
        if (withFamilies) out.with(families, nouns::kFamily);
        if (withChildren) out.with(children, nouns::kChild);
        return out.with(sheets, deletion_nouns::kObservationSheet)
            .with(servicePlans, deletion_nouns::kServicePlan)
            .with(visits, deletion_nouns::kMonitoringVisit);
    }
};

}  // namespace

DeletionImpact householdDeletion(const Household& household) {
    Below below;
    for (const FamilyNucleus& f : household.families) below.add(f);
    return below.impact(true, true);
}

DeletionImpact familyDeletion(const FamilyNucleus& family) {
    Below below;
    below.add(family);
    return below.impact(false, true);
}

DeletionImpact childDeletion(const Child& child) {
    Below below;
    below.add(child);
    return below.impact(false, false);
}

std::string nextSheetId(const Plan& plan) {
    const std::string prefix = sheetIdFor(plan.county, 0).substr(0, 2);
    long highest = 0;
    for (const auto& h : plan.households)
        for (const auto& f : h->families) {
            if (!f.sheet || f.sheet->sheetId.compare(0, 2, prefix) != 0) continue;
            const std::string serial = f.sheet->sheetId.substr(2);
            // Serials of up to 9 digits: a longer one (a file may hold any text) is not one of ours,
            // and reading it would overflow.
            if (serial.empty() || serial.size() > 9 || serial.find_first_not_of("0123456789") != std::string::npos)
                continue;
            highest = std::max(highest, std::strtol(serial.c_str(), nullptr, 10));
        }
    return sheetIdFor(plan.county, static_cast<int>(highest + 1));
}

ObservationSheet newSheet(const Plan& plan, const Date& today) {
    ObservationSheet s;
    s.sheetId = nextSheetId(plan);
    s.filledOn = today;
    return s;
}

std::optional<Date> suggestedVisitDate(const ObservationSheet& sheet) {
    const auto received = sheetReceivedOn(sheet);
    if (!received) return std::nullopt;
    return received->addDays(kRiskIdentificationDays);
}

void registerConfirmedChildren(FamilyNucleus& family, const Date& fallback) {
    if (!inRegistry(family)) return;
    const Date on = family.risk->visitedOn.value_or(fallback);
    for (Child& c : family.children)
        if (!c.registeredOn) c.registeredOn = on;
}

IndicatorSet dgaspcNotificationDue(const FamilyNucleus& family) {
    if (!family.risk || family.risk->dgaspcNotifiedOn) return {};
    return confirmedSet(family) & catalogMasks().notifyDgaspc;
}

}  // namespace prevplan
