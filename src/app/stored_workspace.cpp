#include "app/stored_workspace.h"

#include <cstdlib>
#include <nlohmann/json.hpp>

#include "app/autosave.h"
#include "core/workspace/household_codec.h"
#include "core/workspace/workspace_json.h"
#include "platform/platform.h"

namespace prevplan {

std::string unreadableName(const std::string& timestamp) {
    std::string stamp = timestamp;
    for (char& c : stamp)
        if (c == ':') c = '-';  // a file name everywhere the copy may be downloaded to
    return "workspace.unreadable-" + stamp + ".json";
}

static void describe(StoredLoad& load, const LoadResult& result) {
    if (result.errors.empty()) {
        load.errorRo = "fișierul nu a putut fi citit";
        load.errorEn = "the file could not be read";
        return;
    }
    load.errorRo = result.errors.front().message(Lang::Ro);
    load.errorEn = result.errors.front().message(Lang::En);
}

static void keepAside(StoredLoad& load, const std::string& stored) {
    load.unreadable = true;
    const std::string name = unreadableName(platform::timestampNow());
    if (platform::writeFileAtomic(name, stored)) load.keptAs = name;
    load.bytes = stored;
}

// A split store that does not load is kept as one copy of all its files, so that starting again
// (which writes new files and removes those no longer named) loses nothing.
static std::string storeCopy() {
    nlohmann::json files = nlohmann::json::object();
    for (const auto& name : platform::listFiles())
        if (name.rfind(AutoSave::kKeptAsidePrefix, 0) != 0)
            if (const auto text = platform::readFile(name)) files[name] = *text;
    return nlohmann::json{{"format", "prevplan-store-copy"}, {"files", files}}.dump(
        -1, ' ', false, nlohmann::json::error_handler_t::replace);
}

static std::uint64_t singleFileGeneration() {
    const auto generation = platform::readFile(AutoSave::kGenerationFile);
    return generation ? std::strtoull(generation->c_str(), nullptr, 10) : 0;
}

static StoredLoad loadSingleFile() {
    StoredLoad load;
    load.single = true;
    load.generation = singleFileGeneration();
    const auto text = platform::readFile(AutoSave::kWorkspaceFile);
    if (!text) return load;
    if (isEnvelope(*text)) {
        EnvelopeRead read = readEnvelope(*text);
        if (read.envelope && read.envelope->contents == AutoSave::kAtRestContents) {
            load.sealed = std::move(read.envelope);
            return load;
        }
        load.errorRo = read.envelope ? "nu este un spațiu de lucru protejat" : read.errorRo;
        load.errorEn = read.envelope ? "not a protected workspace" : read.errorEn;
        keepAside(load, *text);
        return load;
    }
    LoadResult result = loadWorkspace(*text);
    if (result.workspace) {
        load.workspace = std::move(result.workspace);
        return load;
    }
    describe(load, result);
    keepAside(load, *text);
    return load;
}

StoredOpening::StoredOpening() : source_(platform::readFile) {
    const auto text = platform::readFile(kManifestFile);
    if (!text) {
        load_ = loadSingleFile();
        return;
    }
    SealedRootRead sealed = readSealedRoot(*text);
    if (sealed.error) {
        fail(*sealed.error);
        return;
    }
    if (sealed.root) {
        if (singleFileGeneration() > sealed.root->generation) {
            load_ = loadSingleFile();
            return;
        }
        load_.generation = sealed.root->generation;
        load_.sealedRoot = std::move(sealed.root);  // opened at the unlock
        return;
    }
    ManifestRead read = readManifest(*text);
    if (!read.manifest) {
        load_.errorRo = read.error->message(Lang::Ro);
        load_.errorEn = read.error->message(Lang::En);
        keepAside(load_, storeCopy());
        return;
    }
    // The single file of earlier versions (sealed or not) is stored split at once; the newer of the
    // two is what was stored last (the older is removed once the newer is durable, which an
    // interrupted tab may not have reached).
    if (singleFileGeneration() > read.manifest->generation) {
        load_ = loadSingleFile();
        return;
    }
    begin(*read.manifest);
}

StoredOpening::StoredOpening(const Manifest& manifest, Source source, Known known, bool ofStore)
    : source_(std::move(source)), known_(std::move(known)), keepAside_(ofStore) {
    begin(manifest);
}

static FormatError missing(const std::string& name) {
    return {ErrorKind::MissingField, name, "fișierul lipsește din spațiul de lucru stocat sau nu poate fi deschis",
            "the file is missing from the stored workspace or does not open"};
}

void StoredOpening::begin(const Manifest& manifest) {
    manifest_ = manifest;
    load_.generation = manifest.generation;
    done_ = false;
    std::vector<std::vector<std::string>> indexTexts;
    if (const auto error = resolveIndexes(manifest_, source_, &indexTexts)) return fail(*error);
    for (std::size_t p = 0; p < manifest_.plans.size(); ++p) {
        const auto& files = manifest_.plans[p];
        LayoutWriter::PlanState state;
        for (std::size_t i = 0; i < files.indexes.size(); ++i)
            state.indexes.push_back({indexTexts[p][i], files.indexes[i].file});
        const auto header = source_(files.header);
        if (!header) return fail(missing(files.header));
        state.header = {*header, files.header};
        std::vector<std::string> areas;
        for (const auto& name : files.areas) {
            const auto area = source_(name);
            if (!area) return fail(missing(name));
            areas.push_back(*area);
        }
        PlanFilesRead read = readPlanFiles(*header, areas);
        if (!read.plan) return fail(*read.error);
        // The writer compares a plan's texts by area: the stored ones, as a save writes them.
        const auto texts = planFileTexts(*read.plan);
        std::size_t i = 0;
        for (const auto& [key, text] : texts.second) {
            if (i < files.areas.size() && text == areas[i]) state.areas[key] = {text, files.areas[i]};
            ++i;
        }
        if (texts.first != *header) state.header.text.clear();  // written again at the next save
        if (state.areas.count(kSnapshotsArea)) state.snapshots = read.plan->reportSnapshots;
        load_.layout.emplace_back(read.plan->id, std::move(state));
        plans_.push_back(std::move(read.plan));
    }
    if (!plans_.empty()) planName_ = plans_.front()->commune;
    if (manifest_.households() == 0) finish();
}

void StoredOpening::fail(const FormatError& error) {
    load_.errorRo = error.message(Lang::Ro);
    load_.errorEn = error.message(Lang::En);
    load_.layout.clear();
    load_.unreadable = true;
    if (keepAside_) keepAside(load_, storeCopy());
    done_ = true;
}

void StoredOpening::readBucket() {
    const auto& entry = manifest_.plans[plan_].buckets[bucket_];
    auto& households = plans_[plan_]->households;
    std::vector<HouseholdPtr> read;
    if (const auto* known = known_ ? known_(entry.file) : nullptr) {
        read = *known;
    } else {
        const auto text = source_(entry.file);
        if (!text) return fail(missing(entry.file));
        BucketRead decoded = decodeBucket(*text);
        if (decoded.error)
            return fail({decoded.error->kind, entry.file + ": " + decoded.error->where, decoded.error->detailRo,
                         decoded.error->detailEn});
        read = std::move(decoded.households);
    }
    if (read.size() != entry.households)
        return fail({ErrorKind::InvalidValue, entry.file, "numărul gospodăriilor nu este cel din listă",
                     "the number of households is not the one listed"});
    households.insert(households.end(), read.begin(), read.end());
    decoded_ += read.size();
    load_.layout[plan_].second.buckets.push_back(
        std::make_shared<LayoutWriter::Bucket>(LayoutWriter::Bucket{entry.file, std::move(read)}));
    ++bucket_;
}

bool StoredOpening::step(double deadline) {
    while (!done_) {
        while (plan_ < manifest_.plans.size() && bucket_ == manifest_.plans[plan_].buckets.size()) {
            ++plan_;
            bucket_ = 0;
            if (plan_ < plans_.size()) planName_ = plans_[plan_]->commune;
        }
        if (plan_ == manifest_.plans.size()) {
            finish();
            break;
        }
        readBucket();
        if (platform::secondsNow() >= deadline) break;
    }
    return done_;
}

double StoredOpening::progress() const {
    const std::size_t total = manifest_.households();
    return total == 0 ? 1.0 : static_cast<double>(decoded_) / static_cast<double>(total);
}

void StoredOpening::finish() {
    Workspace ws;
    for (auto& plan : plans_) ws.plans.push_back(std::move(plan));
    plans_.clear();
    load_.workspace = std::move(ws);
    done_ = true;
}

StoredLoad loadStoredWorkspace() {
    StoredOpening opening;
    while (!opening.step(0)) {}
    return opening.take();
}

std::optional<SealedRoot> storedSealedRoot() {
    const auto text = platform::readFile(kManifestFile);
    if (!text) return std::nullopt;
    SealedRootRead read = readSealedRoot(*text);
    if (!read.root || singleFileGeneration() > read.root->generation) return std::nullopt;
    return std::move(read.root);
}

platform::NamedTexts sealedStoreFiles(const SealedRoot& root) {
    platform::NamedTexts files{{kManifestFile, root.manifest}};
    const auto endsWith = [](const std::string& name, const std::string& end) {
        return name.size() >= end.size() && name.compare(name.size() - end.size(), end.size(), end) == 0;
    };
    for (const auto& name : platform::listFiles()) {
        if (name == kManifestFile || name == AutoSave::kWorkspaceFile || name == AutoSave::kGenerationFile ||
            name.rfind(AutoSave::kKeptAsidePrefix, 0) == 0 || endsWith(name, ".tmp"))
            continue;
        if (auto text = platform::readFile(name)) files.emplace_back(name, std::move(*text));
    }
    return files;
}

OpenedTexts openedTexts(const platform::NamedTexts& files, platform::OpenedFiles opened) {
    OpenedTexts texts;
    for (std::size_t i = 0; i < files.size() && i < opened.size(); ++i)
        if (opened[i]) texts[files[i].first] = std::move(*opened[i]);
    return texts;
}

StoredOpening openUnlockedStore(std::shared_ptr<const OpenedTexts> texts, std::uint64_t generation) {
    const auto root = texts->find(kManifestFile);
    const ManifestRead read = root == texts->end() ? ManifestRead{} : readManifest(root->second);
    if (!read.manifest || read.manifest->generation != generation) {
        StoredLoad load;
        load.generation = generation;
        load.errorRo = "lista fișierelor este deteriorată";
        load.errorEn = "the file list is damaged";
        keepAside(load, storeCopy());
        return StoredOpening(std::move(load));
    }
    const auto source = [texts](const std::string& name) -> std::optional<std::string> {
        const auto it = name == kManifestFile ? texts->end() : texts->find(name);
        return it == texts->end() ? std::nullopt : std::optional<std::string>(it->second);
    };
    return StoredOpening(*read.manifest, source, nullptr, true);
}

StoredLoad loadUnlockedWorkspace(const std::string& plain) {
    StoredLoad load;
    load.single = true;
    load.generation = singleFileGeneration();
    LoadResult result = loadWorkspace(plain);
    if (result.workspace) {
        load.workspace = std::move(result.workspace);
        return load;
    }
    describe(load, result);
    keepAside(load, platform::readFile(AutoSave::kWorkspaceFile).value_or(std::string()));
    return load;
}

}  // namespace prevplan
