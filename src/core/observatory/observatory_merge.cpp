#include "core/observatory/observatory_merge.h"

#include <algorithm>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "core/base/fold.h"
#include "core/observatory/family_edits.h"
#include "core/observatory/observatory_query.h"

namespace prevplan {

namespace {

using Changes = std::vector<std::string>;

// ---- field by field: a value in the file replaces the plan's, an empty one leaves it ----------

void mergeText(std::string& into, const std::string& from, const char* column, Changes& changes) {
    if (from.empty() || from == into) return;
    into = from;
    changes.push_back(column);
}

void mergeDate(std::optional<Date>& into, const std::optional<Date>& from, const char* column, Changes& changes) {
    if (!from || (into && *into == *from)) return;
    into = from;
    changes.push_back(column);
}

template <typename Values>
void mergeCodes(Values& into, const Values& from, const char* prefix, Changes& changes) {
    for (std::size_t i = 0; i < indicatorCount(); ++i) {
        if (static_cast<int>(from[i]) == 0 || from[i] == into[i]) continue;  // 0: not recorded
        into[i] = from[i];
        changes.push_back(prefix + std::string(indicator(i).code));
    }
}

void mergeSheet(std::optional<ObservationSheet>& into, const std::optional<ObservationSheet>& from, Changes& changes) {
    if (!from) return;
    if (!into) into.emplace();
    mergeText(into->sheetId, from->sheetId, "sheet_id", changes);
    mergeDate(into->filledOn, from->filledOn, "observed_on", changes);
    mergeText(into->filledBy, from->filledBy, "observed_by", changes);
    mergeText(into->position, from->position, "observed_by_position", changes);
    mergeCodes(into->answers, from->answers, "obs:", changes);
    mergeText(into->visitBy, from->visitBy, "visit_by", changes);
    mergeText(into->visitByPosition, from->visitByPosition, "visit_by_position", changes);
    mergeDate(into->visitPlannedOn, from->visitPlannedOn, "visit_planned_on", changes);
}

void mergeRisk(std::optional<RiskIdentification>& into, const std::optional<RiskIdentification>& from,
               Changes& changes) {
    if (!from) return;
    if (!into) into.emplace();
    mergeDate(into->visitedOn, from->visitedOn, "risk_sheet_on", changes);
    mergeCodes(into->verdicts, from->verdicts, "conf:", changes);
}

// Which children a child-level answer names follows the file wherever the file records the answer.
void mergeExposure(IndicatorSet& into, const IndicatorSet& from, const IndicatorSet& recorded, const char* prefix,
                   Changes& changes) {
    for (std::size_t i = 0; i < indicatorCount(); ++i) {
        if (!recorded[i] || into[i] == from[i]) continue;
        into[i] = from[i];
        changes.push_back(prefix + std::string(indicator(i).code));
    }
}

template <typename Values>
IndicatorSet recordedIn(const Values& values) {
    IndicatorSet set;
    for (std::size_t i = 0; i < indicatorCount(); ++i) set[i] = static_cast<int>(values[i]) != 0;
    return set;
}

void mergeChild(Child& into, const Child& from, const FamilyNucleus& fromFamily, Changes& changes) {
    // The same name in other capitals or without diacritics keeps the plan's spelling.
    if (foldForSearch(from.name) != foldForSearch(into.name)) mergeText(into.name, from.name, "child_name", changes);
    mergeText(into.cnp, from.cnp, "cnp", changes);
    mergeDate(into.birthDate, from.birthDate, "birth_date", changes);
    if (from.sex != Sex::Unknown && from.sex != into.sex) {
        into.sex = from.sex;
        changes.push_back("sex");
    }
    if (fromFamily.sheet)
        mergeExposure(into.exposedObserved, from.exposedObserved, recordedIn(fromFamily.sheet->answers), "obs:", changes);
    if (fromFamily.risk)
        mergeExposure(into.exposedConfirmed, from.exposedConfirmed, recordedIn(fromFamily.risk->verdicts), "conf:",
                      changes);
}

// ---- the merge --------------------------------------------------------------------------------

struct Location {
    std::size_t household, family, child;
};

class Merger {
public:
    Merger(const Plan& current, const Date& today) : plan_(current), today_(today) { index(); }

    ObservatoryMerge run(const Plan& imported) {
        for (const auto& household : imported.households) mergeHousehold(*household);
        for (std::size_t h : touched_)
            for (FamilyNucleus& f : mutableHousehold(h).families) registerConfirmedChildren(f, today_);
        addMissingVillages();
        out_.untouched = static_cast<long>(childCount(plan_)) - out_.added - out_.changed - out_.unchanged;
        out_.plan = std::move(plan_);
        return std::move(out_);
    }

private:
    Plan plan_;
    Date today_;
    ObservatoryMerge out_;
    std::unordered_map<std::string, Location> byCnp_, bySheetAndName_, byFamilyAndName_;
    std::unordered_set<std::string> matched_;  // child ids already updated from the file
    std::unordered_set<std::string> usedIds_;
    std::vector<bool> cloned_;
    std::vector<std::size_t> touched_;

    static std::string sheetAndName(const FamilyNucleus& f, const Child& c) {
        if (!f.sheet || f.sheet->sheetId.empty() || c.name.empty()) return {};
        return f.sheet->sheetId + '\n' + foldForSearch(c.name);
    }
    // A table exported by PrevPlan carries the plan's own family ids: children without a CNP or
    // a sheet are still found by their nucleus and name.
    static std::string familyAndName(const FamilyNucleus& f, const Child& c) {
        return c.name.empty() ? std::string() : f.id + '\n' + foldForSearch(c.name);
    }

    void index() {
        cloned_.assign(plan_.households.size(), false);
        for (std::size_t h = 0; h < plan_.households.size(); ++h) {
            const Household& household = *plan_.households[h];
            usedIds_.insert(household.id);
            for (std::size_t f = 0; f < household.families.size(); ++f) {
                const FamilyNucleus& family = household.families[f];
                usedIds_.insert(family.id);
                for (std::size_t c = 0; c < family.children.size(); ++c) {
                    const Child& child = family.children[c];
                    usedIds_.insert(child.id);
                    if (!child.cnp.empty()) byCnp_.emplace(child.cnp, Location{h, f, c});
                    const Location here{h, f, c};
                    if (const std::string key = sheetAndName(family, child); !key.empty())
                        bySheetAndName_.emplace(key, here);
                    if (const std::string key = familyAndName(family, child); !key.empty())
                        byFamilyAndName_.emplace(key, here);
                }
            }
        }
    }

    Household& mutableHousehold(std::size_t h) {
        if (!cloned_[h]) {
            plan_.households[h] = std::make_shared<Household>(*plan_.households[h]);
            cloned_[h] = true;
            touched_.push_back(h);
        }
        return const_cast<Household&>(*plan_.households[h]);
    }

    std::optional<Location> match(const FamilyNucleus& family, const Child& child) const {
        std::optional<Location> found;
        if (!child.cnp.empty())
            if (const auto it = byCnp_.find(child.cnp); it != byCnp_.end()) found = it->second;
        for (const auto& [index, key] : {std::pair(&bySheetAndName_, sheetAndName(family, child)),
                                         std::pair(&byFamilyAndName_, familyAndName(family, child))}) {
            if (found || key.empty()) continue;
            if (const auto it = index->find(key); it != index->end()) found = it->second;
        }
        if (found && matched_.count(childAt(*found).id)) return std::nullopt;  // the file lists it twice
        return found;
    }

    const Child& childAt(const Location& l) const {
        return plan_.households[l.household]->families[l.family].children[l.child];
    }

    // The file's id when the plan does not use it yet, else a fresh one.
    Id freshId(const Id& wanted, char prefix) {
        Id id = !wanted.empty() && !usedIds_.count(wanted) ? wanted : newId(plan_, prefix);
        while (usedIds_.count(id)) id = newId(plan_, prefix);
        usedIds_.insert(id);
        return id;
    }

    void mergeHousehold(const Household& incoming) {
        // Every child of the file's household that the plan already knows, and where.
        std::vector<std::vector<std::optional<Location>>> matches;
        std::optional<std::size_t> home;
        for (const FamilyNucleus& f : incoming.families) {
            matches.emplace_back();
            for (const Child& c : f.children) {
                matches.back().push_back(match(f, c));
                if (matches.back().back()) matched_.insert(childAt(*matches.back().back()).id);
                if (!home && matches.back().back()) home = matches.back().back()->household;
            }
        }
        Changes householdChanges;
        if (home) {
            Household& h = mutableHousehold(*home);
            mergeText(h.village, incoming.village, "village", householdChanges);
            mergeText(h.address, incoming.address, "address", householdChanges);
        } else {
            home = newHousehold(incoming);
        }
        for (std::size_t f = 0; f < incoming.families.size(); ++f)
            mergeFamily(*home, incoming.families[f], matches[f], householdChanges, incoming.village);
    }

    std::size_t newHousehold(const Household& incoming) {
        auto h = std::make_shared<Household>();
        h->id = freshId(incoming.id, 'h');
        h->village = incoming.village;
        h->address = incoming.address;
        plan_.households.push_back(h);
        cloned_.push_back(true);
        touched_.push_back(plan_.households.size() - 1);
        return plan_.households.size() - 1;
    }

    void mergeFamily(std::size_t home, const FamilyNucleus& incoming, const std::vector<std::optional<Location>>& matches,
                     const Changes& householdChanges, const std::string& village) {
        const auto known = std::find_if(matches.begin(), matches.end(), [](const auto& m) { return m.has_value(); });
        std::size_t household = home, family = 0;
        Changes familyChanges = householdChanges;
        if (known != matches.end()) {
            household = (*known)->household;
            family = (*known)->family;
            FamilyNucleus& f = mutableHousehold(household).families[family];
            mergeText(f.head, incoming.head, "family_head", familyChanges);
            mergeSheet(f.sheet, incoming.sheet, familyChanges);
            mergeRisk(f.risk, incoming.risk, familyChanges);
        } else {
            FamilyNucleus f;
            f.id = freshId(incoming.id, 'f');
            f.head = incoming.head;
            f.sheet = incoming.sheet;
            f.risk = incoming.risk;
            auto& families = mutableHousehold(household).families;
            families.push_back(std::move(f));
            family = families.size() - 1;
        }
        for (std::size_t c = 0; c < incoming.children.size(); ++c)
            mergeOneChild(incoming, incoming.children[c], matches[c], {household, family, 0}, familyChanges, village);
    }

    void mergeOneChild(const FamilyNucleus& incomingFamily, const Child& incoming, const std::optional<Location>& match,
                       const Location& family, const Changes& familyChanges, const std::string& village) {
        MergeEntry entry;
        entry.childName = incoming.name;
        entry.village = village;
        if (match) {
            Child& c = mutableHousehold(match->household).families[match->family].children[match->child];
            entry.changes = familyChanges;
            mergeChild(c, incoming, incomingFamily, entry.changes);
            entry.childId = c.id;
            entry.outcome = entry.changes.empty() ? MergeOutcome::Unchanged : MergeOutcome::Changed;
        } else {
            Child c = incoming;
            c.id = freshId({}, 'c');
            entry.childId = c.id;
            mutableHousehold(family.household).families[family.family].children.push_back(std::move(c));
        }
        ++(entry.outcome == MergeOutcome::Added ? out_.added : entry.outcome == MergeOutcome::Changed ? out_.changed
                                                                                                        : out_.unchanged);
        out_.entries.push_back(std::move(entry));
    }

    void addMissingVillages() {
        for (const auto& h : plan_.households) {
            const bool known = std::any_of(plan_.villages.begin(), plan_.villages.end(),
                                           [&](const Village& v) { return v.name == h->village; });
            if (!known && !h->village.empty()) plan_.villages.push_back({h->village, std::nullopt});
        }
    }
};

}  // namespace

ObservatoryMerge mergeObservatory(const Plan& current, const Plan& imported, const Date& today) {
    return Merger(current, today).run(imported);
}

}  // namespace prevplan
