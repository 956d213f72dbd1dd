// prevplan-cli validate FILE: the same validator the app uses on load and import, then the
// checks on people and sheets the app shows next to them (they do not make the file invalid).
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/command.h"
#include "cli/share_args.h"
#include "core/base/words.h"
#include "core/observatory/validation.h"
#include "core/sharing/dgaspc_package.h"
#include "core/workspace/workspace_json.h"

namespace prevplan::cli {

static constexpr Noun kPlan{{"plan", "plan"}, {"planuri", "plans"}};

static int run(const Args& args) {
    const Args files = positionals(args, {});
    if (files.size() != 1) return usageError("usage: prevplan-cli validate FILE");
    std::ifstream in(files[0], std::ios::binary);
    if (!in) return usageError("cannot read " + files[0]);
    std::stringstream text;
    text << in.rdbuf();
    const LoadResult result = loadWorkspace(text.str());
    for (const auto& e : result.errors)
        std::cout << files[0] << ": " << errorKindName(e.kind) << ": " << e.message(Lang::En) << "\n";
    if (!result.workspace) return 1;
    std::size_t children = 0;
    const Date today = localToday();
    for (const auto& p : result.workspace->plans) {
        children += childCount(*p);
        for (const Issue& issue : validatePlan(*p, today))
            std::cout << files[0] << ": plan " << p->id << ": " << issueKindName(issue.kind)
                      << (issue.severity == Severity::Error ? " (error)" : " (warning)") << ": "
                      << issue.message(Lang::En) << "\n";
    }
    if (result.package) std::cout << files[0] << ": DGASPC package (" << packageContentsName(result.package->contents) << ")\n";
    std::cout << files[0] << ": valid (format version " << result.versionRead << ", "
              << countOf(static_cast<long long>(result.workspace->plans.size()), kPlan, Lang::En) << ", "
              << countOf(static_cast<long long>(children), nouns::kChild, Lang::En) << ")\n";
    return 0;
}

static const bool registered = registerCommand({"validate", "validate FILE", &run});

}  // namespace prevplan::cli
