// prevplan-cli progress: where a plan stands (core/progress/plan_progress.h), as the app's step
// list and dashboard show it, one fact per line, so that a script or a test can compare them.
#include <algorithm>
#include <chrono>
#include <iostream>

#include "cli/share_args.h"
#include "core/progress/plan_progress.h"

namespace prevplan::cli {

static const char* const kUsage = "progress FILE.json [--plan ID] [--lang ro|en] [--as-of YYYY-MM-DD] [--timings]";

static void print(const PlanProgress& p, Lang lang) {
    const CommuneCounts& c = p.counts;
    std::cout << "children " << c.children << "\nhouseholds " << c.households << "\nfamilies " << c.families
              << "\nat-risk-children " << c.atRiskChildren << "\nregistry-children " << c.registryChildren
              << "\nconfirmed-risks " << c.confirmedRisks << "\nservice-plans " << c.servicePlans << "\n";
    for (const StepProgress& s : p.steps)
        std::cout << "step " << static_cast<int>(s.step) + 1 << " " << stepStateName(s.state).en << ": "
                  << s.reason.in(lang) << "\n";
    for (const OverdueWork& w : p.overdue)
        std::cout << "overdue " << taskKindKey(w.kind) << (w.legal ? " legal " : " routine ") << w.count << " "
                  << w.oldest.iso() << "\n";
    std::cout << "overdue-total " << p.overdueTotal << "\n";
    if (p.next) std::cout << "next " << static_cast<int>(*p.next) + 1 << "\n";
}

static int run(const Args& args) {
    const Args files = positionals(args, {"--plan", "--lang", "--as-of"});
    if (files.size() != 1) return usageError(std::string("usage: ") + kUsage);
    const auto lang = langOption(args);
    if (!lang) return usageError("--lang wants ro or en");
    const auto asOf = dateOption(args, "--as-of");
    if (!asOf) return usageError("--as-of wants a date, YYYY-MM-DD");
    const auto loaded = loadFile(files[0]);
    if (!loaded) return 1;
    const Plan* plan = choosePlan(*loaded->workspace, args, files[0]);
    if (!plan) return 2;
    const auto start = std::chrono::steady_clock::now();
    const PlanProgress progress = planProgress(*plan, *asOf);
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    print(progress, *lang);
    if (std::find(args.begin(), args.end(), "--timings") != args.end()) std::cerr << "progress: " << ms << " ms\n";
    return 0;
}

static const bool registered = registerCommand({"progress", kUsage, &run});

}  // namespace prevplan::cli
