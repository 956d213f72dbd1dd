// prevplan-cli export-plan: the plan document for the local council (plan_document.h), the same
// HTML the app opens in a new tab.
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <iostream>

#include "cli/share_args.h"
#include "core/base/words.h"
#include "core/sharing/plan_document.h"

namespace prevplan::cli {

static const char* const kUsage =
    "export-plan FILE.json [--plan ID] --html OUT.html [--lang ro|en] [--today YYYY-MM-DD] [--year YYYY] "
    "[--no-decision] [--timings]";

static bool flag(const Args& args, const char* name) { return std::find(args.begin(), args.end(), name) != args.end(); }

static int run(const Args& args) {
    const Args files = positionals(args, {"--plan", "--html", "--lang", "--today", "--year"});
    std::string out, year;
    if (files.size() != 1 || !option(args, "--html", out)) return usageError(std::string("usage: ") + kUsage);
    const auto lang = langOption(args);
    if (!lang) return usageError("--lang wants ro or en");
    const auto today = dateOption(args, "--today");
    if (!today) return usageError("--today wants a date, YYYY-MM-DD");
    PlanDocumentOptions options{*lang, *today, 0, !flag(args, "--no-decision")};
    if (option(args, "--year", year) && (options.actionPlanYear = std::atoi(year.c_str())) < 1900)
        return usageError("--year wants a year, YYYY");

    const auto loaded = loadFile(files[0]);
    if (!loaded) return 1;
    const Plan* plan = choosePlan(*loaded->workspace, args, files[0]);
    if (!plan) return 2;
    const auto start = std::chrono::steady_clock::now();
    const PlanDocument document = planDocument(*plan, options);
    const std::string& html = document.html;
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    if (!writeText(out, html)) return usageError("cannot write " + out);
    if (flag(args, "--timings")) std::cerr << "document: " << ms << " ms, " << html.size() << " bytes\n";
    // Said before anyone prints it, as the app does; marked "Not filled in." in the document.
    if (!document.emptyParts.empty()) {
        std::cerr << "warning: "
                  << countOf(static_cast<long long>(document.emptyParts.size()), nouns::kPartNotFilledIn, options.lang)
                  << ":\n";
        for (const std::string& part : document.emptyParts) std::cerr << "  " << part << "\n";
    }
    return 0;
}

static const bool registered = registerCommand({"export-plan", kUsage, &run});

}  // namespace prevplan::cli
