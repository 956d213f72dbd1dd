#include "core/observatory/observatory_query.h"

#include <algorithm>
#include <cctype>
#include <string_view>
#include <utility>

#include "core/base/fold.h"
#include "core/model/rules.h"

namespace prevplan {

bool operator==(const ObservatoryFilter& a, const ObservatoryFilter& b) {
    return a.search == b.search && a.village == b.village && a.dimension == b.dimension &&
           a.indicator == b.indicator && a.status == b.status && a.sortBy == b.sortBy && a.descending == b.descending;
}

namespace {

constexpr int kSheetRefreshMonths = 12;
constexpr auto kInRegistry = static_cast<std::uint8_t>(ChildStatus::InRegistry);
constexpr auto kTurnedEighteen = static_cast<std::uint8_t>(ChildStatus::TurnedEighteen);

using Family = ObservatoryFamily;

Family familyFacts(const FamilyNucleus& f, const Date& today) {
    Family facts;
    const IndicatorSet observed = observedSet(f), confirmed = confirmedSet(f);
    facts.either = observed | confirmed;
    facts.suspicions = static_cast<std::uint8_t>(riskSituationCount(observed));
    facts.confirmed = static_cast<std::uint8_t>(riskSituationCount(confirmed));
    auto flag = [&](ChildStatus s) { facts.status |= static_cast<std::uint8_t>(s); };
    if (!f.sheet) flag(ChildStatus::NoSheet);
    else if (!f.sheet->filledOn || f.sheet->filledOn->addMonths(kSheetRefreshMonths) <= today)
        flag(ChildStatus::SheetOutdated);
    if (observed.any()) flag(ChildStatus::Suspicion);
    if (confirmed.any()) flag(ChildStatus::Confirmed);
    if (abuseSignals(f).any()) flag(ChildStatus::AbuseSignal);
    // Registration is per child: InRegistry can only hold where a risk is confirmed.
    facts.childStatus.reserve(f.children.size());
    for (const Child& child : f.children)
        facts.childStatus.push_back(turned18By(child, today)
                                        ? kTurnedEighteen
                                        : facts.status | (child.registeredOn && facts.confirmed ? kInRegistry : 0));
    return facts;
}

std::vector<Family> householdFacts(const Household& household, const Date& today) {
    std::vector<Family> out;
    out.reserve(household.families.size());
    for (const FamilyNucleus& f : household.families) out.push_back(familyFacts(f, today));
    return out;
}

bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

bool matchesSearch(const std::string& folded, const FamilyNucleus& f, const Child* c) {
    if (folded.empty()) return true;
    if (contains(foldForSearch(f.head), folded)) return true;
    if (c && (contains(foldForSearch(c->name), folded) || contains(c->cnp, folded))) return true;
    return f.sheet && contains(f.sheet->sheetId, folded);
}

bool matchesIndicators(const ObservatoryFilter& filter, const Family& facts) {
    if (filter.dimension >= 1 && filter.dimension <= kDimensionCount &&
        (facts.either & catalogMasks().dimension[filter.dimension - 1]).none())
        return false;
    return filter.indicator < 0 || facts.either[static_cast<std::size_t>(filter.indicator)];
}

// A row's sort key for one column: text or a number. The text is the plan's own where it is
// compared as stored (no copy per row), or a folded name kept in `folded`.
struct SortKey {
    std::string_view text;
    long number = 0;
    bool operator<(const SortKey& o) const {
        const int c = text.compare(o.text);
        return c != 0 ? c < 0 : number < o.number;
    }
};

// Each household's village as its rank among the plan's village names in order: a commune has a
// handful of villages and thousands of rows.
std::vector<long> villageRanks(const Plan& plan) {
    std::vector<std::string_view> names;
    for (const auto& h : plan.households)
        if ((names.empty() || names.back() != h->village) &&
            std::find(names.begin(), names.end(), h->village) == names.end())
            names.push_back(h->village);
    std::sort(names.begin(), names.end());
    std::vector<long> ranks;
    ranks.reserve(plan.households.size());
    for (const auto& h : plan.households)  // neighbours mostly share their village
        ranks.push_back(!ranks.empty() && h->village == names[static_cast<std::size_t>(ranks.back())]
                            ? ranks.back()
                            : std::lower_bound(names.begin(), names.end(), h->village) - names.begin());
    return ranks;
}

long days(const std::optional<Date>& d) { return d ? d->days() : -1000000; }

SortKey sortKey(const Plan& plan, const ObservatoryRow& r, ObservatoryColumn column, std::string& folded) {
    const FamilyNucleus& f = rowFamily(plan, r);
    const Child* c = r.hasChild() ? &rowChild(plan, r) : nullptr;
    switch (column) {
        case ObservatoryColumn::Village: return {rowHousehold(plan, r).village};
        case ObservatoryColumn::Household: return {folded = foldForSearch(f.head)};
        case ObservatoryColumn::Child: return {folded = c ? foldForSearch(c->name) : std::string()};
        case ObservatoryColumn::Cnp: return {c ? std::string_view(c->cnp) : std::string_view()};
        case ObservatoryColumn::BirthDate: return {{}, c ? days(c->birthDate) : days(std::nullopt)};
        case ObservatoryColumn::SheetId: return {f.sheet ? std::string_view(f.sheet->sheetId) : std::string_view()};
        case ObservatoryColumn::SheetDate: return {{}, f.sheet ? days(f.sheet->filledOn) : days(std::nullopt)};
        case ObservatoryColumn::Suspicions: return {{}, r.suspicions};
        case ObservatoryColumn::Confirmed: return {{}, r.confirmed};
    }
    return {};
}

// The default order, by village: rows counted into their village's place, in their order, with
// no comparison (every edit of a town's Observatory sorts its rows again).
void sortByVillage(const Plan& plan, bool descending, std::vector<ObservatoryRow>& rows) {
    const std::vector<long> rank = villageRanks(plan);
    const std::size_t villages =
        rank.empty() ? 0 : static_cast<std::size_t>(*std::max_element(rank.begin(), rank.end())) + 1;
    const auto place = [&](const ObservatoryRow& r) {
        const auto k = static_cast<std::size_t>(rank[r.household]);
        return descending ? villages - 1 - k : k;
    };
    std::vector<std::size_t> next(villages + 1, 0);  // where each village's rows begin
    for (const ObservatoryRow& r : rows) ++next[place(r) + 1];
    for (std::size_t v = 0; v < villages; ++v) next[v + 1] += next[v];
    std::vector<ObservatoryRow> sorted(rows.size());
    for (const ObservatoryRow& r : rows) sorted[next[place(r)]++] = r;
    rows = std::move(sorted);
}

// Ties keep the plan's order (village, household, family, child). The rows are sorted as
// positions into their keys, computed once per row.
void sortRows(const Plan& plan, const ObservatoryFilter& filter, std::vector<ObservatoryRow>& rows) {
    if (filter.sortBy == ObservatoryColumn::Village) return sortByVillage(plan, filter.descending, rows);
    std::vector<std::string> folded(rows.size());  // never grows: the keys' views stay valid
    std::vector<SortKey> keys;
    keys.reserve(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) keys.push_back(sortKey(plan, rows[i], filter.sortBy, folded[i]));
    std::vector<std::uint32_t> order(rows.size());
    for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        return filter.descending ? keys[b] < keys[a] : keys[a] < keys[b];
    });
    std::vector<ObservatoryRow> sorted;
    sorted.reserve(rows.size());
    for (const std::uint32_t i : order) sorted.push_back(rows[i]);
    rows = std::move(sorted);
}

}  // namespace

ObservatoryList queryObservatory(const Plan& plan, const ObservatoryFilter& filter, const Date& today) {
    ObservatoryFacts facts;
    return queryObservatory(plan, filter, today, facts);
}

ObservatoryList queryObservatory(const Plan& plan, const ObservatoryFilter& filter, const Date& today,
                                 ObservatoryFacts& kept) {
    ObservatoryList out;
    const std::string folded = foldForSearch(filter.search);
    const std::vector<std::vector<Family>>& all = kept.of(plan, today, householdFacts);
    for (std::uint32_t h = 0; h < plan.households.size(); ++h) {
        const Household& household = *plan.households[h];
        if (!filter.village.empty() && household.village != filter.village) continue;
        bool householdShown = false;
        for (std::uint32_t f = 0; f < household.families.size(); ++f) {
            const FamilyNucleus& family = household.families[f];
            const Family& facts = all[h][f];
            const std::uint8_t possible = facts.status | (facts.confirmed ? kInRegistry : 0);
            if (!matchesIndicators(filter, facts) || (filter.status && !(possible & filter.status))) continue;
            bool familyShown = false;
            // A nucleus without children yet still shows, so that it can be found and completed.
            if (family.children.empty() && matchesSearch(folded, family, nullptr) &&
                (!filter.status || (facts.status & filter.status))) {
                out.rows.push_back({h, f, ObservatoryRow::kNoChild, facts.status, facts.suspicions, facts.confirmed});
                familyShown = true;
            }
            for (std::uint32_t c = 0; c < family.children.size(); ++c) {
                if (!matchesSearch(folded, family, &family.children[c])) continue;
                const std::uint8_t status = facts.childStatus[c];
                if (filter.status && !(status & filter.status)) continue;
                out.rows.push_back({h, f, c, status, facts.suspicions, facts.confirmed});
                familyShown = true;
            }
            out.families += familyShown;
            householdShown = householdShown || familyShown;
        }
        out.households += householdShown;
    }
    sortRows(plan, filter, out.rows);
    return out;
}

const Household& rowHousehold(const Plan& plan, const ObservatoryRow& row) { return *plan.households[row.household]; }
const FamilyNucleus& rowFamily(const Plan& plan, const ObservatoryRow& row) {
    return rowHousehold(plan, row).families[row.family];
}
const Child& rowChild(const Plan& plan, const ObservatoryRow& row) { return rowFamily(plan, row).children[row.child]; }

}  // namespace prevplan
