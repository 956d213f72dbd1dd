// prevplan-cli report: the needs report (Annex A2.4 and Table 1) of one plan, see docs/report-format.md.
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <vector>

#include "cli/command.h"
#include "core/report/report.h"
#include "core/report/report_cache.h"
#include "core/report/report_format.h"
#include "core/workspace/workspace_json.h"

namespace prevplan::cli {

static const char* const kUsage =
    "report FILE.json [--plan ID] --format json|csv|md [--lang en|ro] [--as-of YYYY-MM-DD] [--timings [--repeat N]]";

static Date today() {
    const std::time_t now = std::time(nullptr);
    const std::tm* local = std::localtime(&now);
    return {local->tm_year + 1900, local->tm_mon + 1, local->tm_mday};
}

using Clock = std::chrono::steady_clock;

static double msSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

static std::string planIds(const Workspace& ws) {
    std::string ids;
    for (const auto& p : ws.plans) ids += (ids.empty() ? "" : ", ") + p->id;
    return ids;
}

static double median(std::vector<double> ms) {
    if (ms.empty()) return 0;
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

// For bench/report.sh: the report computed `repeat - 1` times more in the same process (their
// median), then through a ReportCache as the report screen computes it: the first time, after
// one household is replaced by a copy of itself as an edit replaces it (`repeat - 1` edits, the
// median), after one household is added, one village's report from the cache, and the report on
// another date from the cache's household records (`repeat - 1` dates, the median).
static std::string repeatedTimings(const Plan& plan, const Date& asOf, int repeat) {
    std::vector<double> warm, edits;
    long households = 0;
    for (int i = 1; i < repeat; ++i) {
        const auto start = Clock::now();
        households += needsReport(plan, asOf).households;
        warm.push_back(msSince(start));
    }
    ReportCache cache;
    auto start = Clock::now();
    households += cache.needsReport(plan, asOf).households;
    const double firstMs = msSince(start);
    Plan edited = plan;
    for (int i = 1; i < repeat && !edited.households.empty(); ++i) {
        HouseholdPtr& touched = edited.households[(edited.households.size() / 2 + 7919 * i) % edited.households.size()];
        touched = std::make_shared<Household>(*touched);
        start = Clock::now();
        households += cache.needsReport(edited, asOf).households;
        edits.push_back(msSince(start));
    }
    if (!edited.households.empty()) edited.households.push_back(std::make_shared<Household>(*edited.households[0]));
    start = Clock::now();
    households += cache.needsReport(edited, asOf).households;
    const double addedMs = msSince(start);
    start = Clock::now();
    if (!plan.villages.empty()) households += cache.villageReport(edited, plan.villages.back().name).households;
    const double villageMs = msSince(start);
    std::vector<double> otherDates;  // counted again from the cache's household records alone
    for (int i = 1; i < repeat; ++i) {
        start = Clock::now();
        households += cache.needsReport(edited, asOf.addDays(i % 2 == 1 ? -1 : 0)).households;
        otherDates.push_back(msSince(start));
    }
    std::ostringstream out;
    out << "warm " << median(warm) << " ms, cache first " << firstMs << " ms, after one edit " << median(edits)
        << " ms, one added " << addedMs << " ms, village " << villageMs << " ms, another date " << median(otherDates)
        << " ms (" << households << " households counted)";
    return out.str();
}

static int run(const Args& args) {
    const Args files = positionals(args, {"--plan", "--format", "--lang", "--as-of", "--repeat"});
    std::string formatName, planId, langName = "en", asOfText;
    if (files.size() != 1 || !option(args, "--format", formatName)) return usageError(std::string("usage: ") + kUsage);
    const auto format = parseReportFormat(formatName);
    if (!format) return usageError("unknown format '" + formatName + "' (json, csv or md)");
    option(args, "--lang", langName);
    if (langName != "en" && langName != "ro") return usageError("unknown language '" + langName + "' (en or ro)");
    const Lang lang = langName == "ro" ? Lang::Ro : Lang::En;
    Date asOf = today();
    if (option(args, "--as-of", asOfText)) {
        const auto parsed = Date::parse(asOfText);
        if (!parsed) return usageError("--as-of wants a date, YYYY-MM-DD");
        asOf = *parsed;
    }

    const bool timings = std::find(args.begin(), args.end(), "--timings") != args.end();
    std::string repeatText = "1";
    option(args, "--repeat", repeatText);
    const int repeat = std::atoi(repeatText.c_str());
    if (repeat < 1) return usageError("--repeat wants a number of computations, at least 1");

    const auto loadStart = Clock::now();
    std::ifstream in(files[0], std::ios::binary);
    if (!in) return usageError("cannot read " + files[0]);
    std::stringstream text;
    text << in.rdbuf();
    const LoadResult loaded = loadWorkspace(text.str());
    if (!loaded.workspace) {
        for (const auto& e : loaded.errors)
            std::cerr << files[0] << ": " << errorKindName(e.kind) << ": " << e.message(Lang::En) << "\n";
        return 1;
    }
    const double loadMs = msSince(loadStart);
    const Workspace& ws = *loaded.workspace;
    if (ws.plans.empty()) {
        std::cerr << files[0] << ": the workspace has no plan\n";
        return 1;
    }

    const Plan* plan = nullptr;
    if (option(args, "--plan", planId)) {
        plan = findPlan(ws, planId);
        if (!plan) return usageError("no plan '" + planId + "' in " + files[0] + " (plans: " + planIds(ws) + ")");
    } else if (ws.plans.size() == 1) {
        plan = ws.plans.front().get();
    } else {
        return usageError(files[0] + " holds several plans; choose one with --plan (" + planIds(ws) + ")");
    }

    const auto computeStart = Clock::now();
    const NeedsReport report = needsReport(*plan, asOf);
    const double computeMs = msSince(computeStart);
    const auto formatStart = Clock::now();
    std::cout << formatReport(report, *format, lang);
    std::cout.flush();
    // For bench/report.sh: the report itself apart from reading the file.
    if (timings) {
        std::cerr << "report: load " << loadMs << " ms, compute " << computeMs << " ms, format " << msSince(formatStart)
                  << " ms";
        if (repeat > 1) std::cerr << ", " << repeatedTimings(*plan, asOf, repeat);
        std::cerr << "\n";
    }
    return 0;
}

static const bool registered = registerCommand({"report", kUsage, &run});

}  // namespace prevplan::cli
