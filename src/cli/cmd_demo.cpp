// prevplan-cli demo: the fictitious commune "Demonstrativă" (src/core/demo/demo.h), as a workspace
// file, or as an Observatory spreadsheet when the output ends in ".csv". Also a benchmark: it
// reports how long the generation took.
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <iostream>

#include "cli/command.h"
#include "core/catalog/counties.h"
#include "core/demo/demo.h"
#include "core/observatory/observatory_csv.h"
#include "core/workspace/workspace_json.h"

namespace prevplan::cli {

static const char* kUsage = "demo --children N --seed S -o FILE.json|FILE.csv [--county CODE] [--today YYYY-MM-DD]";

static bool endsWith(const std::string& s, const std::string& tail) {
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

static int run(const Args& args) {
    std::string children, seed, output, county, todayText;
    if (!option(args, "--children", children) || !option(args, "--seed", seed) || !option(args, "-o", output))
        return usageError(std::string("usage: prevplan-cli ") + kUsage);
    const int count = std::atoi(children.c_str());
    if (count < 1) return usageError("--children: expected a positive number");
    const int countyCode = option(args, "--county", county) ? std::atoi(county.c_str()) : kDemoCounty;
    if (!findCounty(countyCode)) return usageError("--county: " + county + " is not an Annex 1 county code");
    const bool hasToday = option(args, "--today", todayText);
    const auto today = hasToday ? Date::parse(todayText) : Date::fromDays(std::time(nullptr) / 86400);
    if (!today) return usageError("--today: expected YYYY-MM-DD");

    const auto start = std::chrono::steady_clock::now();
    const Plan plan = makeDemoPlan(count, static_cast<unsigned>(std::strtoul(seed.c_str(), nullptr, 10)), *today,
                                   countyCode);
    const auto generated = std::chrono::steady_clock::now();
    std::string text;
    if (endsWith(output, ".csv")) {
        text = exportObservatoryCsv(plan);
    } else {
        Workspace ws;
        ws.plans.push_back(std::make_shared<Plan>(plan));
        text = saveWorkspace(ws);
    }
    const auto written = std::chrono::steady_clock::now();
    std::ofstream out(output, std::ios::binary);
    if (!(out << text)) return usageError("cannot write " + output);

    std::size_t families = 0;
    for (const auto& h : plan.households) families += h->families.size();
    using ms = std::chrono::milliseconds;
    std::cout << "wrote " << output << ": " << childCount(plan) << " children, " << plan.households.size()
              << " households, " << families << " family nuclei (generated in "
              << std::chrono::duration_cast<ms>(generated - start).count() << " ms, serialised in "
              << std::chrono::duration_cast<ms>(written - generated).count() << " ms)\n";
    return 0;
}

static const bool registered = registerCommand({"demo", kUsage, &run});

}  // namespace prevplan::cli
