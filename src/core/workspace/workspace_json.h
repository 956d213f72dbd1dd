#pragma once
// The workspace file format (docs/format.md): {"format":"prevplan-workspace","version":N,...}.
// One validator serves the browser's storage, imports and `prevplan-cli validate`.
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/base/format_error.h"
#include "core/model/model.h"

namespace prevplan {

constexpr int kFormatVersion = 1;
constexpr const char* kFormatName = "prevplan-workspace";

struct PackageHeader;  // package_header.h

struct LoadResult {
    std::optional<Workspace> workspace;  // set only when there is no error
    std::vector<FormatError> errors;     // the problems found, in document order: the first kMaxErrors
                                         // (base/limits.h), then one MoreErrors entry with the count
    std::size_t errorCount = 0;          // every problem found, also those not kept
    int versionRead = 0;                 // the file's version (before migration)
    std::shared_ptr<const PackageHeader> package;  // a DGASPC package's header, validated too
};

// Parses, migrates older versions and validates into a new Workspace; never throws.
LoadResult loadWorkspace(std::string_view text);

// loadWorkspace() in steps, so that a big file leaves the page answering: the document without its
// households parses at once, then the households a few at a time. The result is exactly
// loadWorkspace()'s; a file the steps cannot read so (broken, in an older version, oddly shaped) is
// read whole by the step that finds it out.
class WorkspaceReading {
public:
    explicit WorkspaceReading(std::string text);
    ~WorkspaceReading();
    WorkspaceReading(const WorkspaceReading&) = delete;
    WorkspaceReading& operator=(const WorkspaceReading&) = delete;

    bool step(std::size_t households);  // reads about that many households; true when done
    std::size_t householdsRead() const;
    std::size_t householdsTotal() const;  // known once the text is scanned
    double progress() const;              // from 0 to 1
    LoadResult take();                    // once done

private:
    struct State;
    std::unique_ptr<State> s_;
    bool advance(std::size_t households);
    bool start(std::size_t households);
    void endPlan(const std::string& at);
    bool finish();
};

// Serialises the whole workspace, or just some plans, as a format document.
std::string saveWorkspace(const Workspace& ws, int indent = 1);
std::string savePlans(const Workspace& ws, const std::vector<Id>& planIds, int indent = 1);

nlohmann::json planToJson(const Plan& plan);
// The pieces of planToJson(): everything but the households (without the frozen reports when
// `withSnapshots` is false: a store keeping their text while they stay the same), and one household.
nlohmann::json planHeaderToJson(const Plan& plan, bool withSnapshots = true);
nlohmann::json householdToJson(const Household& household);

}  // namespace prevplan
