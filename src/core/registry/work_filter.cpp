#include "core/registry/work_filter.h"

#include <map>
#include <tuple>
#include <unordered_map>

#include "core/base/fold.h"

namespace prevplan {

bool isLegalDeadline(TaskKind kind) {
    return kind == TaskKind::RiskIdentification || kind == TaskKind::AbuseSuspicionVisit ||
           kind == TaskKind::NotifyDgaspc;
}

bool WorkFilter::operator==(const WorkFilter& o) const {
    return search == o.search && kind == o.kind && village == o.village && due == o.due && urgency == o.urgency &&
           grouping == o.grouping;
}

bool RegistryFilter::operator==(const RegistryFilter& o) const {
    return search == o.search && plan == o.plan && village == o.village && due == o.due && grouping == o.grouping;
}

namespace {

// Where a group sits: its part (legal deadlines first), then its type or its village in the
// plan's order (villages the plan doesn't list after, by name).
using GroupKey = std::tuple<int, int, std::string>;

int villageOrder(const Plan& plan, const std::string& village) {
    for (std::size_t i = 0; i < plan.villages.size(); ++i)
        if (plan.villages[i].name == village) return static_cast<int>(i);
    return static_cast<int>(plan.villages.size());
}

// The search folded once; a row matches when any of its names or its address contains it.
class Search {
public:
    explicit Search(const std::string& text) : folded_(foldForSearch(text)) {}
    bool any() const { return !folded_.empty(); }
    bool matches(const Household& h, const FamilyNucleus* f, const Child* c) const {
        if (folded_.empty()) return true;
        auto has = [&](const std::string& s) { return foldForSearch(s).find(folded_) != std::string::npos; };
        return has(h.address) || (f && has(f->head)) || (c && has(c->name));
    }

private:
    std::string folded_;
};

const FamilyNucleus* familyOf(const Household& h, const Id& id) {
    for (const auto& f : h.families)
        if (f.id == id) return &f;
    return nullptr;
}

bool dueMatches(DueFilter due, bool overdue) { return due == DueFilter::Any || (due == DueFilter::Overdue) == overdue; }

// Gathers rows into groups by key and hands them back in key order.
template <typename Group>
class Grouper {
public:
    Group& at(const GroupKey& key) { return groups_[key]; }
    std::vector<Group> take() {
        std::vector<Group> out;
        out.reserve(groups_.size());
        for (auto& entry : groups_) out.push_back(std::move(entry.second));
        return out;
    }

private:
    std::map<GroupKey, Group> groups_;
};

}  // namespace

std::vector<WorkGroup> filterWorkQueue(const Plan& plan, const std::vector<WorkItem>& items, const WorkFilter& filter) {
    const Search search(filter.search);
    // Households by id once: a lookup per item through the plan would be quadratic in a town.
    std::unordered_map<std::string, const Household*> households;
    households.reserve(plan.households.size());
    for (const auto& h : plan.households) households.emplace(h->id, h.get());
    Grouper<WorkGroup> groups;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const WorkItem& item = items[i];
        if (filter.kind && item.kind != *filter.kind) continue;
        if (!dueMatches(filter.due, item.overdue)) continue;
        if (filter.urgency != UrgencyFilter::Any && (filter.urgency == UrgencyFilter::Urgent) != item.urgent) continue;
        const auto found = households.find(item.householdId);
        if (found == households.end()) continue;
        const Household* h = found->second;
        if (!filter.village.empty() && h->village != filter.village) continue;
        if (search.any()) {
            const FamilyNucleus* f = familyOf(*h, item.familyId);
            if (!search.matches(*h, f, f && !item.childId.empty() ? findChild(*f, item.childId) : nullptr)) continue;
        }
        const bool legal = isLegalDeadline(item.kind);
        GroupKey key{legal ? 0 : 1, 0, {}};
        if (filter.grouping == Grouping::ByType) std::get<1>(key) = static_cast<int>(item.kind);
        if (filter.grouping == Grouping::ByVillage)
            key = {std::get<0>(key), villageOrder(plan, h->village), h->village};
        WorkGroup& g = groups.at(key);
        g.legal = legal;
        if (filter.grouping == Grouping::ByType) g.kind = item.kind;
        if (filter.grouping == Grouping::ByVillage) g.village = h->village;
        g.rows.push_back(i);
        g.overdue += item.overdue;
    }
    return groups.take();
}

std::vector<RegistryGroup> filterRegistry(const Plan& plan, const std::vector<RegistryEntry>& entries,
                                          const RegistryFilter& filter) {
    const Search search(filter.search);
    Grouper<RegistryGroup> groups;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const RegistryEntry& e = entries[i];
        if (filter.plan && e.plan != *filter.plan) continue;
        if (!dueMatches(filter.due, e.overdue)) continue;
        const Household& h = *plan.households[e.household];
        if (!filter.village.empty() && h.village != filter.village) continue;
        if (search.any()) {
            const FamilyNucleus* f = findFamily(plan, e.family);
            if (!search.matches(h, f, f ? findChild(*f, e.childId) : nullptr)) continue;
        }
        GroupKey key{0, 0, {}};
        if (filter.grouping == Grouping::ByType) std::get<1>(key) = static_cast<int>(e.plan);
        if (filter.grouping == Grouping::ByVillage) key = {0, villageOrder(plan, h.village), h.village};
        RegistryGroup& g = groups.at(key);
        if (filter.grouping == Grouping::ByType) g.plan = e.plan;
        if (filter.grouping == Grouping::ByVillage) g.village = h.village;
        g.rows.push_back(i);
        g.overdue += e.overdue;
    }
    return groups.take();
}

}  // namespace prevplan
