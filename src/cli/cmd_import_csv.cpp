// prevplan-cli import-csv: an Observatory spreadsheet (Annex A2.1, docs/csv-format.md) or a
// commune's own list of children (docs/commune-list.md) into a workspace file with one plan. The
// headers are mapped as the app maps them; a list without household codes gets the proposed
// households, whose summary is printed. Every problem is listed by line and column; nothing is
// written while an error remains, unless --valid-only asks for the rows without errors.
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/command.h"
#include "core/base/words.h"
#include "core/catalog/counties.h"
#include "core/observatory/household_proposal.h"
#include "core/observatory/observatory_csv.h"
#include "core/observatory/observatory_mapping.h"
#include "core/workspace/workspace_json.h"

namespace prevplan::cli {

static const char* kUsage =
    "import-csv FILE.csv -o FILE.json --county CODE --commune NAME [--valid-only] [--today YYYY-MM-DD] "
    "[--lang ro|en]\n"
    "      (an Observatory CSV or the commune's own list with Romanian or English headers; a list without\n"
    "      household codes gets households proposed from village + address and families from the parent,\n"
    "      and the proposal's summary is printed: docs/commune-list.md)";

static int run(const Args& args) {
    const Args files = positionals(args, {"-o", "--county", "--commune", "--today", "--lang"});
    std::string output, county, todayText, lang;
    ObservatoryImportOptions options;
    if (files.size() != 1 || !option(args, "-o", output) || !option(args, "--county", county) ||
        !option(args, "--commune", options.commune))
        return usageError(std::string("usage: prevplan-cli ") + kUsage);
    options.county = std::atoi(county.c_str());
    if (!findCounty(options.county)) return usageError("--county: " + county + " is not an Annex 1 county code");
    const bool hasToday = option(args, "--today", todayText);
    const auto today = hasToday ? Date::parse(todayText) : Date::fromDays(std::time(nullptr) / 86400);
    if (!today) return usageError("--today: expected YYYY-MM-DD");
    options.today = *today;
    for (const auto& a : args) options.validRowsOnly |= a == "--valid-only";
    const Lang language = option(args, "--lang", lang) && lang == "ro" ? Lang::Ro : Lang::En;

    std::ifstream in(files[0], std::ios::binary);
    if (!in) return usageError("cannot read " + files[0]);
    std::stringstream text;
    text << in.rdbuf();
    const ColumnMapping mapping = autoMapping(text.str(), {});
    for (std::size_t j = 0; j < mapping.fileColumns.size(); ++j)
        if (mapping.targets[j].empty() && !mappingKey(mapping.fileColumns[j]).empty())
            std::cout << files[0] << ": " << (mapping.recognised[j] ? "ignored column" : "unrecognised column, ignored")
                      << ": " << mapping.fileColumns[j] << "\n";
    std::string mapped = applyMapping(text.str(), mapping);
    if (needsHouseholdProposal(mapping)) {
        const HouseholdProposal proposal = proposeHouseholds(mapped);
        for (const std::string& line : proposalSummary(proposal, language))
            std::cout << files[0] << ": " << line << "\n";
        mapped = applyHouseholdProposal(mapped, proposal);
    }
    const ObservatoryImport result = importObservatoryCsv(mapped, options);
    for (const auto& issue : result.issues)
        std::cout << files[0] << ": " << (issue.severity == Severity::Error ? "error" : "warning") << ": "
                  << issueKindName(issue.kind) << ": " << issue.message(language) << "\n";
    std::cout << files[0] << ": " << countOf(result.rowsRead, nouns::kRow, Lang::En) << " read, " << result.rowsImported
              << " imported, " << result.rowsRejected << " with errors\n";
    if (!result.plan || result.rowsImported == 0) return 1;

    Workspace ws;
    ws.plans.push_back(std::make_shared<Plan>(*result.plan));
    std::ofstream out(output, std::ios::binary);
    if (!(out << saveWorkspace(ws))) return usageError("cannot write " + output);
    std::cout << "wrote " << output << "\n";
    return 0;
}

static const bool registered = registerCommand({"import-csv", kUsage, &run});

}  // namespace prevplan::cli
