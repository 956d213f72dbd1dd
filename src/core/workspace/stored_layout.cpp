#include "core/workspace/stored_layout.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "core/workspace/household_codec.h"
#include "core/workspace/workspace_json.h"

namespace prevplan {

using nlohmann::json;

namespace {

// The members of a plan that change independently of its header; each gets a file.
const char* const kAreaKeys[] = {"resources", "planning", "report_snapshots", "csv_mapping"};

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

bool samePointers(const std::vector<HouseholdPtr>& a, const std::vector<HouseholdPtr>& b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin());
}

}  // namespace

std::vector<std::string> Manifest::files() const {
    std::vector<std::string> out;
    for (const auto& p : plans) {
        out.push_back(p.header);
        out.insert(out.end(), p.areas.begin(), p.areas.end());
        for (const auto& b : p.buckets) out.push_back(b.file);
    }
    return out;
}

std::size_t Manifest::households() const {
    std::size_t n = 0;
    for (const auto& p : plans)
        for (const auto& b : p.buckets) n += b.households;
    return n;
}

std::string manifestToText(const Manifest& manifest) {
    json plans = json::array();
    for (const auto& p : manifest.plans) {
        json buckets = json::array();
        for (const auto& b : p.buckets) buckets.push_back({b.file, b.households});
        plans.push_back({{"header", p.header}, {"areas", p.areas}, {"buckets", buckets}});
    }
    return compact({{"format", kStoredLayoutFormat},
                    {"version", kStoredLayoutVersion},
                    {"generation", manifest.generation},
                    {"plans", plans}});
}

ManifestRead readManifest(std::string_view text) {
    const json j = json::parse(text.begin(), text.end(), nullptr, false);
    ManifestRead out;
    if (!j.is_object() || j.value("format", json()) != kStoredLayoutFormat) {
        out.error = damaged("manifest", "nu este lista fișierelor unui spațiu de lucru PrevPlan",
                            "not the file list of a PrevPlan workspace");
        return out;
    }
    const json version = j.value("version", json());
    if (!version.is_number_unsigned() || version.get<std::uint64_t>() > kStoredLayoutVersion) {
        out.error = {ErrorKind::NewerVersion, "manifest/version",
                     "spațiul de lucru a fost salvat de o versiune mai nouă de PrevPlan",
                     "the workspace was stored by a newer PrevPlan"};
        return out;
    }
    // Every member is checked before it is read: a damaged manifest must not stop the app.
    Manifest m;
    const json generation = j.value("generation", json());
    const json plans = j.value("plans", json());
    bool ok = generation.is_number_unsigned() && plans.is_array();
    if (ok) m.generation = generation.get<std::uint64_t>();
    for (std::size_t i = 0; ok && i < plans.size(); ++i) {
        const json& p = plans[i];
        StoredPlanFiles files;
        ok = p.is_object() && p.value("header", json()).is_string() && p.value("areas", json()).is_array() &&
             p.value("buckets", json()).is_array();
        if (!ok) break;
        files.header = p["header"].get<std::string>();
        for (const json& a : p["areas"]) {
            ok = ok && a.is_string();
            if (ok) files.areas.push_back(a.get<std::string>());
        }
        for (const json& b : p["buckets"]) {
            ok = ok && b.is_array() && b.size() == 2 && b[0].is_string() && b[1].is_number_unsigned();
            if (ok) files.buckets.push_back({b[0].get<std::string>(), b[1].get<std::size_t>()});
        }
        m.plans.push_back(std::move(files));
    }
    if (!ok) {
        out.error = damaged("manifest", "lista fișierelor este deteriorată", "the file list is damaged");
        return out;
    }
    out.manifest = std::move(m);
    return out;
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

std::pair<std::string, std::map<std::string, std::string>> planFileTexts(const Plan& plan) {
    json header = planHeaderToJson(plan);
    std::map<std::string, std::string> areas;
    for (const char* key : kAreaKeys) {
        const auto it = header.find(key);
        if (it == header.end()) continue;
        areas[key] = compact(json{{key, std::move(*it)}});
        header.erase(it);
    }
    return {compact(header), std::move(areas)};
}

LayoutWriter::Draft LayoutWriter::prepare(const Workspace& ws, std::uint64_t generation) const {
    Draft draft;
    draft.save.generation = generation;
    Manifest manifest;
    manifest.generation = generation;
    for (const auto& plan : ws.plans) {
        StoredPlanFiles named;
        draft.plans[plan->id] = preparePlan(*plan, generation, draft.save, named);
        manifest.plans.push_back(std::move(named));
    }
    draft.save.manifest = manifestToText(manifest);
    return draft;
}

LayoutWriter::PlanState LayoutWriter::preparePlan(const Plan& plan, std::uint64_t generation, StoredSave& save,
                                                  StoredPlanFiles& named) const {
    const auto found = plans_.find(plan.id);
    const PlanState* before = found == plans_.end() ? nullptr : &found->second;
    PlanState state;
    auto [header, areas] = planFileTexts(plan);
    named.header = written('h', header, before ? &before->header : nullptr, generation, save, state.header);
    for (auto& [key, text] : areas) {
        const StoredText* was = nullptr;
        if (before) {
            const auto it = before->areas.find(key);
            if (it != before->areas.end()) was = &it->second;
        }
        named.areas.push_back(written('a', text, was, generation, save, state.areas[key]));
    }
    state.buckets = prepareBuckets(plan, before, generation, save);
    for (const auto& b : state.buckets) named.buckets.push_back({b->file, b->households.size()});
    return state;
}

// Households keep the bucket they were stored in; a new or edited one joins its neighbour's. Only
// when the order no longer follows the buckets (a sort, an import) is the plan cut again from scratch.
std::vector<LayoutWriter::BucketPtr> LayoutWriter::prepareBuckets(const Plan& plan, const PlanState* before,
                                                                  std::uint64_t generation, StoredSave& save) const {
    const auto& hs = plan.households;
    std::unordered_map<const Bucket*, std::size_t> order;
    if (before)
        for (std::size_t i = 0; i < before->buckets.size(); ++i) order[before->buckets[i].get()] = i;
    const auto placeOf = [&](std::size_t i) -> const Place* {
        if (i >= hs.size()) return nullptr;
        const auto it = where_.find(hs[i].get());
        return it != where_.end() && order.count(it->second.bucket) ? &it->second : nullptr;
    };
    // Consecutive households of the same earlier bucket (nullptr: none) form a group.
    std::vector<std::pair<const Bucket*, std::vector<HouseholdPtr>>> groups;
    const Place* previous = nullptr;
    bool inOrder = true;
    for (std::size_t i = 0; i < hs.size(); ++i) {
        const Place* place = placeOf(i);
        const Bucket* bucket = place ? place->bucket : nullptr;
        if (!place) {
            const Place* next = placeOf(i + 1);
            const bool previousEnds = previous && previous->position + 1 == previous->bucket->households.size();
            if (previous && !(previousEnds && next)) bucket = previous->bucket;
            else if (next) bucket = next->bucket;
        } else {
            previous = place;
        }
        if (groups.empty() || groups.back().first != bucket) {
            if (bucket && !groups.empty() && groups.back().first && order[groups.back().first] >= order[bucket])
                inOrder = false;
            groups.push_back({bucket, {}});
        }
        groups.back().second.push_back(hs[i]);
    }
    if (!inOrder) groups = {{nullptr, hs}};
    std::vector<BucketPtr> out;
    for (auto& [was, households] : groups) {
        if (was && samePointers(was->households, households)) {
            out.push_back(before->buckets[order[was]]);
            continue;
        }
        // A new run, or a bucket grown past twice the target, is cut into target-sized buckets.
        const std::size_t size = households.size();
        const std::size_t step = (was && size <= 2 * kBucketTarget) ? size : kBucketTarget;
        for (std::size_t from = 0; from < size; from += step) {
            auto bucket = std::make_shared<Bucket>();
            bucket->households.assign(households.begin() + static_cast<std::ptrdiff_t>(from),
                                      households.begin() + static_cast<std::ptrdiff_t>(std::min(size, from + step)));
            bucket->file = newName('b', generation, save);
            save.files.emplace_back(bucket->file, encodeBucket(bucket->households));
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
