#include "core/workspace/stored_layout.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "core/workspace/household_codec.h"
#include "core/workspace/workspace_json.h"

namespace prevplan {

using nlohmann::json;

namespace {

// The members of a plan that change independently of its header; each gets a file.
const char* const kAreaKeys[] = {"resources", "planning", kSnapshotsArea, "csv_mapping"};

std::string compact(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

FormatError damaged(const std::string& where, const std::string& ro, const std::string& en) {
    return {ErrorKind::InvalidValue, where, ro, en};
}

// A name never used before: the kind, the generation that writes it, its place in that save.
std::string newName(char kind, std::uint64_t generation, const StoredSave& save) {
    return std::string(1, kind) + "-" + std::to_string(generation) + "-" + std::to_string(save.files.size());
}

const std::string& written(char kind, const std::string& text, const LayoutWriter::StoredText* before,
                           std::uint64_t generation, StoredSave& save, LayoutWriter::StoredText& out) {
    out.text = text;
    if (before && before->text == text) {
        out.file = before->file;
    } else {
        out.file = newName(kind, generation, save);
        save.files.emplace_back(out.file, text);
    }
    return out.file;
}

// Whether hs[from, to) are the households of `bucket`, in its order (the same snapshots).
bool holds(const std::vector<HouseholdPtr>& bucket, const std::vector<HouseholdPtr>& hs, std::size_t from,
           std::size_t to) {
    return to - from == bucket.size() &&
           std::equal(bucket.begin(), bucket.end(), hs.begin() + static_cast<std::ptrdiff_t>(from));
}

const LayoutWriter::StoredText* areaOf(const LayoutWriter::PlanState& state, const std::string& key) {
    const auto it = state.areas.find(key);
    return it == state.areas.end() ? nullptr : &it->second;
}

bool equalSnapshots(const std::vector<ReportSnapshot>& a, const std::vector<ReportSnapshot>& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const ReportSnapshot& x, const ReportSnapshot& y) {
        return x.year == y.year && x.takenOn == y.takenOn && x.report == y.report;
    });
}

// The root and the manifest name their layout's version; a newer one is left for a newer PrevPlan.
bool knownLayoutVersion(const json& j) {
    const json version = j.value("version", json());
    return version.is_number_unsigned() && version.get<std::uint64_t>() <= kStoredLayoutVersion;
}

FormatError newerLayout() {
    return {ErrorKind::NewerVersion, "manifest/version",
            "spațiul de lucru a fost salvat de o versiune mai nouă de PrevPlan",
            "the workspace was stored by a newer PrevPlan"};
}

}  // namespace

std::vector<std::string> Manifest::files() const {
    std::vector<std::string> out;
    for (const auto& p : plans) {
        out.push_back(p.header);
        out.insert(out.end(), p.areas.begin(), p.areas.end());
        for (const auto& i : p.indexes) out.push_back(i.file);
        for (const auto& b : p.buckets) out.push_back(b.file);
    }
    return out;
}

static std::size_t householdsIn(const std::vector<StoredPlanFiles::Bucket>& list) {
    std::size_t n = 0;
    for (const auto& b : list) n += b.households;
    return n;
}

std::size_t Manifest::households() const {
    std::size_t n = 0;
    for (const auto& p : plans) n += householdsIn(p.indexes.empty() ? p.buckets : p.indexes);
    return n;
}

bool Manifest::resolved() const {
    for (const auto& p : plans)
        if (p.buckets.empty() && !p.indexes.empty()) return false;
    return true;
}

static json bucketList(const std::vector<StoredPlanFiles::Bucket>& list) {
    json out = json::array();
    for (const auto& b : list) out.push_back({b.file, b.households});
    return out;
}

// [[name, households], …], each member checked before it is read.
static bool readBucketList(const json& list, std::vector<StoredPlanFiles::Bucket>& out) {
    if (!list.is_array()) return false;
    for (const json& b : list) {
        if (!b.is_array() || b.size() != 2 || !b[0].is_string() || !b[1].is_number_unsigned()) return false;
        out.push_back({b[0].get<std::string>(), b[1].get<std::size_t>()});
    }
    return true;
}

std::string manifestToText(const Manifest& manifest) {
    json plans = json::array();
    for (const auto& p : manifest.plans)
        plans.push_back({{"header", p.header}, {"areas", p.areas}, {"indexes", bucketList(p.indexes)}});
    return compact({{"format", kStoredLayoutFormat},
                    {"version", kStoredLayoutVersion},
                    {"generation", manifest.generation},
                    {"plans", plans}});
}

std::string sealedRootToText(const SealedRoot& root) {
    return compact({{"format", kSealedRootFormat},
                    {"version", kStoredLayoutVersion},
                    {"generation", root.generation},
                    {"salt", root.salt},
                    {"iterations", root.iterations},
                    {"manifest", root.manifest}});
}

SealedRootRead readSealedRoot(std::string_view text) {
    const json j = json::parse(text.begin(), text.end(), nullptr, false);
    SealedRootRead out;
    if (!j.is_object() || j.value("format", json()) != kSealedRootFormat) return out;
    if (!knownLayoutVersion(j)) {
        out.error = newerLayout();
        return out;
    }
    const json generation = j.value("generation", json()), iterations = j.value("iterations", json());
    const json salt = j.value("salt", json()), manifest = j.value("manifest", json());
    if (!generation.is_number_unsigned() || !iterations.is_number_unsigned() || !salt.is_string() ||
        !manifest.is_string() || iterations.get<std::uint64_t>() > 100'000'000) {
        out.error = damaged("manifest", "lista fișierelor este deteriorată", "the file list is damaged");
        return out;
    }
    out.root = SealedRoot{generation.get<std::uint64_t>(), salt.get<std::string>(), iterations.get<int>(),
                          manifest.get<std::string>()};
    return out;
}

ManifestRead readManifest(std::string_view text) {
    const json j = json::parse(text.begin(), text.end(), nullptr, false);
    ManifestRead out;
    if (!j.is_object() || j.value("format", json()) != kStoredLayoutFormat) {
        out.error = damaged("manifest", "nu este lista fișierelor unui spațiu de lucru PrevPlan",
                            "not the file list of a PrevPlan workspace");
        return out;
    }
    if (!knownLayoutVersion(j)) {
        out.error = newerLayout();
        return out;
    }
    // Every member is checked before it is read: a damaged manifest must not stop the app.
    Manifest m;
    m.version = j.value("version", json()).get<int>();
    // Version 1 lists a plan's buckets itself; later versions name index files that list them.
    const char* const listKey = m.version == 1 ? "buckets" : "indexes";
    const json generation = j.value("generation", json());
    const json plans = j.value("plans", json());
    bool ok = generation.is_number_unsigned() && plans.is_array();
    if (ok) m.generation = generation.get<std::uint64_t>();
    for (std::size_t i = 0; ok && i < plans.size(); ++i) {
        const json& p = plans[i];
        StoredPlanFiles files;
        ok = p.is_object() && p.value("header", json()).is_string() && p.value("areas", json()).is_array();
        if (!ok) break;
        files.header = p["header"].get<std::string>();
        for (const json& a : p["areas"]) {
            ok = ok && a.is_string();
            if (ok) files.areas.push_back(a.get<std::string>());
        }
        ok = ok && readBucketList(p.value(listKey, json()), m.version == 1 ? files.buckets : files.indexes);
        m.plans.push_back(std::move(files));
    }
    if (!ok) {
        out.error = damaged("manifest", "lista fișierelor este deteriorată", "the file list is damaged");
        return out;
    }
    out.manifest = std::move(m);
    return out;
}

std::string indexToText(const std::vector<StoredPlanFiles::Bucket>& buckets) {
    return compact({{"format", kIndexFormat}, {"buckets", bucketList(buckets)}});
}

IndexRead readIndex(std::string_view text) {
    const json j = json::parse(text.begin(), text.end(), nullptr, false);
    IndexRead out;
    if (!j.is_object() || j.value("format", json()) != kIndexFormat ||
        !readBucketList(j.value("buckets", json()), out.buckets)) {
        out.buckets.clear();
        out.error = damaged("index", "lista gospodăriilor este deteriorată", "the list of households is damaged");
    }
    return out;
}

std::optional<FormatError> resolveIndexes(Manifest& manifest, const FileSource& source,
                                          std::vector<std::vector<std::string>>* texts) {
    if (texts) texts->assign(manifest.plans.size(), {});
    for (std::size_t p = 0; p < manifest.plans.size(); ++p) {
        auto& plan = manifest.plans[p];
        if (!plan.buckets.empty()) continue;  // listed by the manifest itself (version 1)
        for (const auto& index : plan.indexes) {
            const auto text = source(index.file);
            if (!text)
                return FormatError{ErrorKind::MissingField, index.file, "fișierul lipsește din spațiul de lucru stocat",
                                   "the file is missing from the stored workspace"};
            IndexRead read = readIndex(*text);
            if (read.error)
                return FormatError{read.error->kind, index.file, read.error->detailRo, read.error->detailEn};
            if (householdsIn(read.buckets) != index.households)
                return damaged(index.file, "numărul gospodăriilor nu este cel din listă",
                               "the number of households is not the one listed");
            plan.buckets.insert(plan.buckets.end(), read.buckets.begin(), read.buckets.end());
            if (texts) (*texts)[p].push_back(*text);
        }
    }
    return std::nullopt;
}

PlanFilesRead readPlanFiles(const std::string& header, const std::vector<std::string>& areas) {
    PlanFilesRead out;
    json plan = json::parse(header, nullptr, false);
    bool ok = plan.is_object();
    for (const auto& text : areas) {
        const json area = json::parse(text, nullptr, false);
        ok = ok && area.is_object();
        if (ok) plan.update(area);
    }
    if (!ok) {
        out.error = damaged("plan", "antetul sau o parte a planului este deteriorată",
                            "the plan's header or one of its parts is damaged");
        return out;
    }
    plan["households"] = json::array();
    // The same validation as an imported file: what the store holds is checked the same way.
    LoadResult read =
        loadWorkspace(compact({{"format", kFormatName}, {"version", kFormatVersion}, {"plans", json::array({plan})}}));
    if (!read.workspace || read.workspace->plans.size() != 1) {
        out.error = read.errors.empty() ? damaged("plan", "planul nu a putut fi citit", "the plan could not be read")
                                        : read.errors.front();
        return out;
    }
    out.plan = std::make_shared<Plan>(*read.workspace->plans.front());
    return out;
}

std::size_t StoredSave::bytes() const {
    std::size_t n = manifest.size();
    for (const auto& [name, text] : files) n += text.size();
    return n;
}

std::pair<std::string, std::map<std::string, std::string>> planFileTexts(const Plan& plan, bool withSnapshots) {
    json header = planHeaderToJson(plan, withSnapshots);
    std::map<std::string, std::string> areas;
    for (const char* key : kAreaKeys) {
        const auto it = header.find(key);
        if (it == header.end()) continue;
        areas[key] = compact(json{{key, std::move(*it)}});
        header.erase(it);
    }
    return {compact(header), std::move(areas)};
}

LayoutWriter::Draft LayoutWriter::prepare(const Workspace& ws, std::uint64_t generation, bool encodeLater) const {
    Draft draft;
    draft.save.generation = generation;
    Manifest manifest;
    manifest.generation = generation;
    for (const auto& plan : ws.plans) {
        StoredPlanFiles named;
        draft.plans[plan->id] = preparePlan(*plan, generation, draft, named, encodeLater);
        manifest.plans.push_back(std::move(named));
    }
    draft.save.manifest = manifestToText(manifest);
    return draft;
}

void LayoutWriter::Draft::encodeOne() {
    if (unencoded.empty()) return;
    const auto& [file, bucket] = unencoded.back();
    save.files[file].second = encodeBucket(bucket->households);
    unencoded.pop_back();
}

LayoutWriter::PlanState LayoutWriter::preparePlan(const Plan& plan, std::uint64_t generation, Draft& draft,
                                                  StoredPlanFiles& named, bool encodeLater) const {
    StoredSave& save = draft.save;
    const auto found = plans_.find(plan.id);
    const PlanState* before = found == plans_.end() ? nullptr : &found->second;
    PlanState state;
    const StoredText* snapshots = before ? areaOf(*before, kSnapshotsArea) : nullptr;
    const bool sameSnapshots = snapshots && equalSnapshots(before->snapshots, plan.reportSnapshots);
    auto [header, areas] = planFileTexts(plan, !sameSnapshots);
    if (sameSnapshots) areas[kSnapshotsArea] = snapshots->text;
    state.snapshots = plan.reportSnapshots;
    named.header = written('h', header, before ? &before->header : nullptr, generation, save, state.header);
    for (auto& [key, text] : areas)
        named.areas.push_back(
            written('a', text, before ? areaOf(*before, key) : nullptr, generation, save, state.areas[key]));
    state.buckets = prepareBuckets(plan, before, generation, draft, encodeLater);
    for (const auto& b : state.buckets) named.buckets.push_back({b->file, b->households.size()});
    prepareIndexes(before, generation, save, state, named);
    return state;
}

// Where an index ends depends only on the names of the buckets around it (content-defined, like
// a rolling hash): replacing or adding a bucket moves no boundary elsewhere, so the other indexes
// keep their texts and their files.
static bool endsIndex(const std::string& bucket, std::size_t listed) {
    std::uint32_t hash = 2166136261u;  // FNV-1a
    for (const unsigned char c : bucket) hash = (hash ^ c) * 16777619u;
    return hash % kIndexTarget == 0 || listed >= 4 * kIndexTarget;
}

void LayoutWriter::prepareIndexes(const PlanState* before, std::uint64_t generation, StoredSave& save, PlanState& state,
                                  StoredPlanFiles& named) {
    std::unordered_map<std::string_view, const StoredText*> earlier;
    if (before)
        for (const auto& index : before->indexes) earlier[index.text] = &index;
    std::vector<StoredPlanFiles::Bucket> listed;
    const auto close = [&] {
        const std::string text = indexToText(listed);
        const auto it = earlier.find(text);
        StoredText out;
        written('i', text, it == earlier.end() ? nullptr : it->second, generation, save, out);
        named.indexes.push_back({out.file, householdsIn(listed)});
        state.indexes.push_back(std::move(out));
        listed.clear();
    };
    for (const auto& b : named.buckets) {
        listed.push_back(b);
        if (endsIndex(b.file, listed.size())) close();
    }
    if (!listed.empty()) close();
}

// Households keep the bucket they were stored in; a new or edited one joins its neighbour's. Only
// when the order no longer follows the buckets (a sort, an import) is the plan cut again from scratch.
std::vector<LayoutWriter::BucketPtr> LayoutWriter::prepareBuckets(const Plan& plan, const PlanState* before,
                                                                  std::uint64_t generation, Draft& draft,
                                                                  bool encodeLater) const {
    StoredSave& save = draft.save;
    const auto& hs = plan.households;
    std::unordered_map<const Bucket*, std::size_t> order;
    if (before)
        for (std::size_t i = 0; i < before->buckets.size(); ++i) order[before->buckets[i].get()] = i;
    const auto placeOf = [&](std::size_t i) -> const Place* {
        if (i >= hs.size()) return nullptr;
        const auto it = where_.find(hs[i].get());
        return it != where_.end() && order.count(it->second.bucket) ? &it->second : nullptr;
    };
    // Consecutive households of the same earlier bucket (nullptr: none) form a group, hs[from, to).
    struct Group {
        const Bucket* was;
        std::size_t from, to;
    };
    std::vector<Group> groups;
    Place previous{nullptr, 0};
    bool inOrder = true;
    for (std::size_t i = 0, to = 0; i < hs.size(); i = to) {
        const Place* place = placeOf(i);
        const Bucket* bucket = place ? place->bucket : nullptr;
        to = i + 1;
        if (!place) {
            const Place* next = placeOf(i + 1);
            const bool previousEnds = previous.bucket && previous.position + 1 == previous.bucket->households.size();
            if (previous.bucket && !(previousEnds && next)) bucket = previous.bucket;
            else if (next) bucket = next->bucket;
        } else if (place->position == 0 &&
                   holds(bucket->households, hs, i, std::min(hs.size(), i + bucket->households.size()))) {
            // A stored bucket found whole is stepped over by comparing pointers, not looking each up.
            to = i + bucket->households.size();
            previous = {bucket, bucket->households.size() - 1};
        } else {
            previous = *place;
        }
        if (groups.empty() || groups.back().was != bucket) {
            if (bucket && !groups.empty() && groups.back().was && order[groups.back().was] >= order[bucket])
                inOrder = false;
            groups.push_back({bucket, i, i});
        }
        groups.back().to = to;
    }
    if (!inOrder) groups = {{nullptr, 0, hs.size()}};
    std::vector<BucketPtr> out;
    for (const Group& group : groups) {
        if (group.was && holds(group.was->households, hs, group.from, group.to)) {
            out.push_back(before->buckets[order[group.was]]);
            continue;
        }
        // A new run, or a bucket grown past twice the target, is cut into target-sized buckets.
        const std::size_t size = group.to - group.from;
        const std::size_t step = (group.was && size <= 2 * kBucketTarget) ? size : kBucketTarget;
        for (std::size_t from = group.from; from < group.to; from += step) {
            auto bucket = std::make_shared<Bucket>();
            bucket->households.assign(hs.begin() + static_cast<std::ptrdiff_t>(from),
                                      hs.begin() + static_cast<std::ptrdiff_t>(std::min(group.to, from + step)));
            bucket->file = newName('b', generation, save);
            save.files.emplace_back(bucket->file, encodeLater ? std::string() : encodeBucket(bucket->households));
            if (encodeLater) draft.unencoded.emplace_back(save.files.size() - 1, bucket);
            out.push_back(std::move(bucket));
        }
    }
    return out;
}

void LayoutWriter::index(const std::vector<BucketPtr>& buckets) {
    for (const auto& b : buckets)
        for (std::size_t i = 0; i < b->households.size(); ++i) where_[b->households[i].get()] = {b.get(), i};
}

void LayoutWriter::commit(Draft&& draft) {
    // Buckets no longer stored leave the index; new ones enter it. Unchanged ones stay as they are.
    std::unordered_map<const Bucket*, bool> kept;
    for (const auto& [id, state] : draft.plans)
        for (const auto& b : state.buckets) kept[b.get()] = true;
    for (const auto& [id, state] : plans_)
        for (const auto& b : state.buckets) {
            if (kept.count(b.get())) continue;
            for (const auto& h : b->households) {
                const auto it = where_.find(h.get());
                if (it != where_.end() && it->second.bucket == b.get()) where_.erase(it);
            }
        }
    std::unordered_map<const Bucket*, bool> had;
    for (const auto& [id, state] : plans_)
        for (const auto& b : state.buckets) had[b.get()] = true;
    for (const auto& [id, state] : draft.plans)
        for (const auto& b : state.buckets)
            if (!had.count(b.get())) index({b});
    plans_ = std::move(draft.plans);
}

void LayoutWriter::seed(Id plan, PlanState state) {
    index(state.buckets);
    plans_[std::move(plan)] = std::move(state);
}

std::vector<std::string> LayoutWriter::files() const {
    std::vector<std::string> out;
    for (const auto& [id, state] : plans_) {
        out.push_back(state.header.file);
        for (const auto& [key, area] : state.areas) out.push_back(area.file);
        for (const auto& i : state.indexes) out.push_back(i.file);
        for (const auto& b : state.buckets) out.push_back(b->file);
    }
    return out;
}

const std::vector<HouseholdPtr>* LayoutWriter::bucket(const std::string& file) const {
    for (const auto& [id, state] : plans_)
        for (const auto& b : state.buckets)
            if (b->file == file) return &b->households;
    return nullptr;
}

void LayoutWriter::clear() {
    plans_.clear();
    where_.clear();
}

}  // namespace prevplan
