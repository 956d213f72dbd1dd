// prevplan-cli report: the needs report (Annex A2.4 and Table 1) of one plan, see docs/report-format.md.
#include <algorithm>
#include <chrono>
#include <ctime>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/command.h"
#include "core/report/report.h"
#include "core/report/report_format.h"
#include "core/workspace/workspace_json.h"

namespace prevplan::cli {

static const char* const kUsage =
    "report FILE.json [--plan ID] --format json|csv|md [--lang en|ro] [--as-of YYYY-MM-DD] [--timings]";

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

static int run(const Args& args) {
    const Args files = positionals(args, {"--plan", "--format", "--lang", "--as-of"});
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
    writeReport(std::cout, report, *format, lang);
    std::cout.flush();
    // For bench/report.sh: the report itself apart from reading the file.
    if (timings)
        std::cerr << "report: load " << loadMs << " ms, compute " << computeMs << " ms, format " << msSince(formatStart)
                  << " ms\n";
    return 0;
}

static const bool registered = registerCommand({"report", kUsage, &run});

}  // namespace prevplan::cli
