#include "core/observatory/observatory_merge.h"

#include <algorithm>
#include <limits>
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
    // A file marks a child taken into special protection; a blank or "no" leaves the plan's mark.
    if (from.inProtection && !into.inProtection) {
        into.inProtection = true;
        changes.push_back("in_protection");
    }
    if (fromFamily.sheet)
        mergeExposure(into.exposedObserved, from.exposedObserved, recordedIn(fromFamily.sheet->answers),
                      "obs:", changes);
    if (fromFamily.risk)
        mergeExposure(into.exposedConfirmed, from.exposedConfirmed, recordedIn(fromFamily.risk->verdicts),
                      "conf:", changes);
}

// ---- the merge --------------------------------------------------------------------------------

struct Location {
    std::size_t household, family, child;
};

struct FamilyLocation {
    std::size_t household, family;
    bool operator==(const FamilyLocation& o) const { return household == o.household && family == o.family; }
};

FamilyLocation familyOf(const Location& l) { return {l.household, l.family}; }

std::string nameKey(const std::string& name) { return foldForSearch(name); }

// What becomes of one child of the file.
struct Decision {
    enum Action { Update, Add, Skip } action = Add;
    std::optional<Location> target;      // Update: the plan's child
    std::optional<Location> dropCnp;     // the plan's child whose CNP moves to the row's child
    std::optional<FamilyLocation> into;  // Add: a family a person chose (else the row's own)
};

// The merge goes household by household through these phases, so that it can stop anywhere
// and go on at the next step.
enum class Phase { Index, Claim, Merge, Register, Done };

class Merger {
public:
    Merger(const Plan& current, Plan imported, const Date& today, MergeChoices choices)
        : plan_(current), imported_(std::move(imported)), today_(today), choices_(std::move(choices)) {
        cloned_.assign(plan_.households.size(), false);
    }

    // Works through at most `households` households (of the plan or the file); true when done.
    bool step(std::size_t households) {
        for (std::size_t n = 0; n < households && phase_ != Phase::Done; ++n) {
            if (next_ == phaseSize()) {
                phase_ = static_cast<Phase>(static_cast<int>(phase_) + 1);
                next_ = 0;
                if (phase_ == Phase::Done) finish();
                continue;
            }
            const std::size_t h = next_++;
            switch (phase_) {
                case Phase::Index: index(h); break;
                case Phase::Claim: claim(*imported_.households[h]); break;
                case Phase::Merge:
                    mergeHousehold(*imported_.households[h]);
                    compared_ += childCountOf(*imported_.households[h]);
                    break;
                case Phase::Register:
                    for (FamilyNucleus& f : mutableHousehold(touched_[h]).families)
                        registerConfirmedChildren(f, today_);
                    break;
                case Phase::Done: break;
            }
        }
        return phase_ == Phase::Done;
    }

    std::size_t compared() const { return compared_; }
    ObservatoryMerge take() { return std::move(out_); }

private:
    Plan plan_;
    Plan imported_;
    Date today_;
    MergeChoices choices_;
    ObservatoryMerge out_;
    Phase phase_ = Phase::Index;
    std::size_t next_ = 0, compared_ = 0;
    std::size_t planChildren_ = 0, row_ = 0;
    std::unordered_map<std::string, Location> byCnp_, bySheetAndName_, byFamilyAndName_;
    std::unordered_map<std::string, FamilyLocation> bySheet_, byFamilyId_;
    std::unordered_set<std::string> matched_;    // child ids already updated from the file
    std::unordered_set<std::string> claimed_;    // child ids some row of the file names
    std::unordered_set<std::string> mentioned_;  // child ids of the plan a row updates or disputes
    std::unordered_set<std::string> usedIds_;
    std::vector<bool> cloned_;
    std::vector<std::size_t> touched_;

    static std::string sheetAndName(const FamilyNucleus& f, const Child& c) {
        if (!f.sheet || f.sheet->sheetId.empty() || c.name.empty()) return {};
        return f.sheet->sheetId + '\n' + nameKey(c.name);
    }
    // A table exported by PrevPlan carries the plan's own family ids: children without a CNP or
    // a sheet are still found by their nucleus and name.
    static std::string familyAndName(const FamilyNucleus& f, const Child& c) {
        return c.name.empty() ? std::string() : f.id + '\n' + nameKey(c.name);
    }

    std::size_t phaseSize() const {
        switch (phase_) {
            case Phase::Index: return cloned_.size();  // the plan's households before the merge
            case Phase::Claim:
            case Phase::Merge: return imported_.households.size();
            case Phase::Register: return touched_.size();
            case Phase::Done: break;
        }
        return 0;
    }

    void finish() {
        addMissingVillages();
        out_.untouched = static_cast<long>(planChildren_ - mentioned_.size());
        out_.plan = std::move(plan_);
    }

    void index(std::size_t h) {
        const Household& household = *plan_.households[h];
        usedIds_.insert(household.id);
        for (std::size_t f = 0; f < household.families.size(); ++f) {
            const FamilyNucleus& family = household.families[f];
            usedIds_.insert(family.id);
            byFamilyId_.emplace(family.id, FamilyLocation{h, f});
            if (family.sheet && !family.sheet->sheetId.empty())
                bySheet_.emplace(family.sheet->sheetId, FamilyLocation{h, f});
            for (std::size_t c = 0; c < family.children.size(); ++c) {
                const Child& child = family.children[c];
                ++planChildren_;
                usedIds_.insert(child.id);
                const Location here{h, f, c};
                if (!child.cnp.empty()) byCnp_.emplace(child.cnp, here);
                if (const std::string key = sheetAndName(family, child); !key.empty())
                    bySheetAndName_.emplace(key, here);
                if (const std::string key = familyAndName(family, child); !key.empty())
                    byFamilyAndName_.emplace(key, here);
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

    const Child& childAt(const Location& l) const {
        return plan_.households[l.household]->families[l.family].children[l.child];
    }
    Child& mutableChild(const Location& l) {
        return mutableHousehold(l.household).families[l.family].children[l.child];
    }
    const FamilyNucleus& familyAt(const FamilyLocation& l) const {
        return plan_.households[l.household]->families[l.family];
    }

    // ---- who the file's child is in the plan

    std::optional<Location> byCnp(const Child& child) const {
        if (child.cnp.empty()) return std::nullopt;
        const auto it = byCnp_.find(child.cnp);
        if (it == byCnp_.end() || matched_.count(childAt(it->second).id)) return std::nullopt;
        return it->second;
    }

    std::optional<Location> byName(const FamilyNucleus& family, const Child& child) const {
        // A plan without named children (a new one) has nothing to find: its keys are not worth folding.
        if (bySheetAndName_.empty() && byFamilyAndName_.empty()) return std::nullopt;
        for (const auto& [index, key] : {std::pair(&bySheetAndName_, sheetAndName(family, child)),
                                         std::pair(&byFamilyAndName_, familyAndName(family, child))}) {
            if (key.empty()) continue;
            const auto it = index->find(key);
            if (it != index->end() && !matched_.count(childAt(it->second).id)) return it->second;
        }
        return std::nullopt;  // unknown, or the file lists it twice
    }

    // Every plan child some row names: none of them is taken for another row's look-alike.
    void claim(const Household& h) {
        for (const FamilyNucleus& f : h.families)
            for (const Child& c : f.children)
                for (const auto& l : {byCnp(c), byName(f, c)})
                    if (l) claimed_.insert(childAt(*l).id);
    }

    // The plan's family the file's family is: by a child's name, a child's CNP and name, or the
    // sheet id. Its values (head, sheet, village) follow the file.
    std::optional<FamilyLocation> locate(const FamilyNucleus& family) const {
        for (const Child& c : family.children)
            if (const auto l = byName(family, c)) return familyOf(*l);
        for (const Child& c : family.children)
            if (const auto l = byCnp(c); l && nameKey(childAt(*l).name) == nameKey(c.name)) return familyOf(*l);
        if (family.sheet && !family.sheet->sheetId.empty())
            if (const auto it = bySheet_.find(family.sheet->sheetId); it != bySheet_.end()) return it->second;
        return std::nullopt;
    }

    // The family the row may be, also by the family id alone (another table may use the same ids
    // for other families): enough to raise a conflict, never to change a family unasked.
    std::optional<FamilyLocation> near(const FamilyNucleus& family,
                                       const std::optional<FamilyLocation>& located) const {
        if (located) return located;
        if (const auto it = byFamilyId_.find(family.id); it != byFamilyId_.end()) return it->second;
        return std::nullopt;
    }

    // A child of the family born the same day under another name that no row names.
    std::optional<Location> lookalike(const FamilyLocation& family, const Child& child) const {
        if (!child.birthDate) return std::nullopt;
        const auto& children = familyAt(family).children;
        for (std::size_t c = 0; c < children.size(); ++c) {
            const Child& other = children[c];
            if (claimed_.count(other.id) || matched_.count(other.id)) continue;
            if (other.birthDate != child.birthDate || nameKey(other.name) == nameKey(child.name)) continue;
            if (!other.cnp.empty() && !child.cnp.empty()) continue;  // two CNPs: two children
            return Location{family.household, family.family, c};
        }
        return std::nullopt;
    }

    ChildVersion fileVersion(const Household& h, const FamilyNucleus& f, const Child& c) const {
        return {c.name, c.cnp,  c.birthDate ? c.birthDate->shown() : "", h.id, h.village,
                f.id,   f.head, f.sheet ? f.sheet->sheetId : ""};
    }
    ChildVersion planVersion(const Location& l) const {
        const Household& h = *plan_.households[l.household];
        return fileVersion(h, h.families[l.family], childAt(l));
    }

    Resolution choice(std::size_t row) const {
        const auto it = choices_.find(row);
        return it == choices_.end() ? Resolution::Undecided : it->second;
    }

    Decision conflict(ConflictKind kind, const Location& plan, ChildVersion file, bool separateAllowed) {
        MergeConflict c;
        c.row = row_;
        c.kind = kind;
        c.file = std::move(file);
        c.plan = planVersion(plan);
        c.planChildId = childAt(plan).id;
        c.separateAllowed = separateAllowed;
        c.resolution = choice(row_);
        if (c.resolution == Resolution::Separate && !separateAllowed) c.resolution = Resolution::Undecided;
        if (c.resolution == Resolution::Undecided) ++out_.unresolved;
        mentioned_.insert(c.planChildId);
        out_.conflicts.push_back(std::move(c));
        return {Decision::Skip, plan, std::nullopt, std::nullopt};
    }

    Decision decide(const Household& household, const FamilyNucleus& family, const Child& child,
                    const std::optional<FamilyLocation>& located) {
        const auto cnp = byCnp(child);
        const auto named = byName(family, child);
        const auto maybe = near(family, located);
        if (cnp) {
            const bool sameName = nameKey(childAt(*cnp).name) == nameKey(child.name);
            const bool sameFamily = !maybe || *maybe == familyOf(*cnp);
            if (sameName && sameFamily) return {Decision::Update, cnp, std::nullopt, std::nullopt};
            const Decision skip = conflict(sameFamily ? ConflictKind::CnpOtherName : ConflictKind::CnpOtherFamily, *cnp,
                                           fileVersion(household, family, child), false);
            out_.conflicts.back().takeMovesCnp = named || !sameFamily;
            if (out_.conflicts.back().resolution != Resolution::TakeFile) return skip;
            // The CNP belongs to the child the row names: the one of that name, a new child of the
            // row's family, or (a corrected name) the CNP's own child.
            if (named) return {Decision::Update, named, cnp, std::nullopt};
            if (!sameFamily) return {Decision::Add, std::nullopt, cnp, maybe};
            return {Decision::Update, cnp, std::nullopt, std::nullopt};
        }
        if (named) return {Decision::Update, named, std::nullopt, std::nullopt};
        if (maybe)
            if (const auto twin = lookalike(*maybe, child)) {
                conflict(ConflictKind::PossibleDuplicate, *twin, fileVersion(household, family, child), true);
                switch (out_.conflicts.back().resolution) {
                    case Resolution::TakeFile: return {Decision::Update, twin, std::nullopt, std::nullopt};
                    case Resolution::Separate: return {Decision::Add, std::nullopt, std::nullopt, maybe};
                    default: return {Decision::Skip, twin, std::nullopt, std::nullopt};
                }
            }
        return {};
    }

    // The file's id when the plan does not use it yet, else a fresh one.
    Id freshId(const Id& wanted, char prefix) {
        Id id = !wanted.empty() && !usedIds_.count(wanted) ? wanted : newId(plan_, prefix);
        while (usedIds_.count(id)) id = newId(plan_, prefix);
        usedIds_.insert(id);
        return id;
    }

    void mergeHousehold(const Household& incoming) {
        std::vector<std::optional<FamilyLocation>> located;
        std::vector<std::vector<Decision>> decisions;
        std::optional<std::size_t> home;
        bool anyNew = false;
        for (const FamilyNucleus& f : incoming.families) {
            located.push_back(locate(f));
            decisions.emplace_back();
            for (const Child& c : f.children) {
                decisions.back().push_back(decide(incoming, f, c, located.back()));
                const Decision& d = decisions.back().back();
                if (d.action == Decision::Update) matched_.insert(childAt(*d.target).id);
                if (ownFamily(d, located.back())) {
                    anyNew = anyNew || !located.back();
                    if (!home && located.back()) home = located.back()->household;
                }
                ++row_;
            }
        }
        Changes householdChanges;
        if (home) {
            Household& h = mutableHousehold(*home);
            mergeText(h.village, incoming.village, "village", householdChanges);
            mergeText(h.address, incoming.address, "address", householdChanges);
        } else if (anyNew) {
            home = newHousehold(incoming);
        }
        std::size_t row = row_ - childCountOf(incoming);
        for (std::size_t f = 0; f < incoming.families.size(); ++f) {
            mergeFamily(home, incoming, incoming.families[f], located[f], decisions[f], householdChanges, row);
            row += incoming.families[f].children.size();
        }
    }

    // Whether a decision places the row in the family its file row belongs to (whose values then
    // follow the file): an update there, or a child added there or to a new family.
    static bool ownFamily(const Decision& d, const std::optional<FamilyLocation>& located) {
        if (d.action == Decision::Add) return !d.into;
        return d.action == Decision::Update && located && familyOf(*d.target) == *located;
    }

    static std::size_t childCountOf(const Household& h) {
        std::size_t n = 0;
        for (const auto& f : h.families) n += f.children.size();
        return n;
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

    void mergeFamily(const std::optional<std::size_t>& home, const Household& household, const FamilyNucleus& incoming,
                     const std::optional<FamilyLocation>& located, const std::vector<Decision>& decisions,
                     const Changes& householdChanges, std::size_t firstRow) {
        const bool applied =
            std::any_of(decisions.begin(), decisions.end(), [&](const Decision& d) { return ownFamily(d, located); });
        std::optional<FamilyLocation> where = located;
        Changes familyChanges = householdChanges;
        if (applied && located) {
            FamilyNucleus& f = mutableHousehold(located->household).families[located->family];
            mergeText(f.head, incoming.head, "family_head", familyChanges);
            mergeSheet(f.sheet, incoming.sheet, familyChanges);
            mergeRisk(f.risk, incoming.risk, familyChanges);
        } else if (applied) {
            FamilyNucleus f;
            f.id = freshId(incoming.id, 'f');
            f.head = incoming.head;
            f.sheet = incoming.sheet;
            f.risk = incoming.risk;
            auto& families = mutableHousehold(*home).families;
            families.push_back(std::move(f));
            where = FamilyLocation{*home, families.size() - 1};
        }
        for (std::size_t c = 0; c < incoming.children.size(); ++c)
            mergeOneChild(incoming, incoming.children[c], decisions[c], where, familyChanges, household.village,
                          firstRow + c);
    }

    void mergeOneChild(const FamilyNucleus& incomingFamily, const Child& incoming, const Decision& decision,
                       const std::optional<FamilyLocation>& family, const Changes& familyChanges,
                       const std::string& village, std::size_t row) {
        MergeEntry entry;
        entry.childName = incoming.name;
        entry.village = village;
        if (decision.dropCnp) mutableChild(*decision.dropCnp).cnp.clear();  // it moves to this row's child
        if (decision.action == Decision::Skip) {
            entry.childId = childAt(*decision.target).id;
            const bool undecided = std::any_of(
                out_.conflicts.begin(), out_.conflicts.end(),
                [&](const MergeConflict& c) { return c.row == row && c.resolution == Resolution::Undecided; });
            entry.outcome = undecided ? MergeOutcome::Conflict : MergeOutcome::Unchanged;
        } else if (decision.action == Decision::Update) {
            Child& c = mutableChild(*decision.target);
            entry.changes = familyChanges;
            mergeChild(c, incoming, incomingFamily, entry.changes);
            entry.childId = c.id;
            mentioned_.insert(c.id);
            entry.outcome = entry.changes.empty() ? MergeOutcome::Unchanged : MergeOutcome::Changed;
        } else {
            Child c = incoming;
            c.id = freshId({}, 'c');
            entry.childId = c.id;
            const FamilyLocation into = decision.into ? *decision.into : *family;
            mutableHousehold(into.household).families[into.family].children.push_back(std::move(c));
        }
        switch (entry.outcome) {
            case MergeOutcome::Added: ++out_.added; break;
            case MergeOutcome::Changed: ++out_.changed; break;
            case MergeOutcome::Unchanged: ++out_.unchanged; break;
            case MergeOutcome::Conflict: break;
        }
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

struct ObservatoryMerging::State {
    Merger merger;
};

ObservatoryMerging::ObservatoryMerging(const Plan& current, Plan imported, const Date& today, MergeChoices choices)
    : state_(std::make_unique<State>(State{Merger(current, std::move(imported), today, std::move(choices))})) {}

ObservatoryMerging::~ObservatoryMerging() = default;
ObservatoryMerging::ObservatoryMerging(ObservatoryMerging&&) noexcept = default;
ObservatoryMerging& ObservatoryMerging::operator=(ObservatoryMerging&&) noexcept = default;

bool ObservatoryMerging::step(std::size_t households) { return state_->merger.step(households); }
std::size_t ObservatoryMerging::childrenCompared() const { return state_->merger.compared(); }
ObservatoryMerge ObservatoryMerging::take() { return state_->merger.take(); }

ObservatoryMerge mergeObservatory(const Plan& current, const Plan& imported, const Date& today,
                                  const MergeChoices& choices) {
    ObservatoryMerging merging(current, imported, today, choices);
    while (!merging.step(std::numeric_limits<std::size_t>::max())) {}
    return merging.take();
}

}  // namespace prevplan
