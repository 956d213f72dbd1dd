// prevplan-cli rollup: the county view's table (rollup.h) over DGASPC packages and workspaces.
#include <algorithm>
#include <chrono>
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli/share_args.h"
#include "core/sharing/rollup.h"

namespace prevplan::cli {

static const char* const kUsage = "rollup FILE.json... --format json|csv [--lang ro|en] [--as-of YYYY-MM-DD] [--timings]";

static int run(const Args& args) {
    const Args files = positionals(args, {"--format", "--lang", "--as-of"});
    std::string format;
    if (files.empty() || !option(args, "--format", format) || (format != "json" && format != "csv"))
        return usageError(std::string("usage: ") + kUsage);
    const auto lang = langOption(args);
    if (!lang) return usageError("--lang wants ro or en");
    const auto asOf = dateOption(args, "--as-of");
    if (!asOf) return usageError("--as-of wants a date, YYYY-MM-DD");
    const auto start = std::chrono::steady_clock::now();
    std::vector<CommuneRow> rows;
    for (const auto& path : files) {
        const auto loaded = loadFile(path);
        if (!loaded) return 1;
        std::vector<FormatError> errors;
        for (CommuneRow& row : communeRows(*loaded, path, *asOf, errors)) rows.push_back(std::move(row));
        for (const auto& e : errors) std::cerr << path << ": " << errorKindName(e.kind) << ": " << e.message(Lang::En) << "\n";
        if (!errors.empty()) return 1;
    }
    if (format == "json") std::cout << rollupToJson(rows).dump(1) << "\n";
    else std::cout << rollupToCsv(rows, *lang);
    if (std::find(args.begin(), args.end(), "--timings") != args.end())
        std::cerr << "rollup: " << files.size() << " files, " << rows.size() << " communes in "
                  << std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count() << " ms\n";
    return 0;
}

static const bool registered = registerCommand({"rollup", kUsage, &run});

}  // namespace prevplan::cli
