// A DGASPC package (or a workspace) added to the county view or to `prevplan-cli rollup`: loaded
// with its package header, turned into the communes' rows, and written as JSON and CSV. The file
// is added twice, as `rollup A.json A.json` does, so the totals add more than one row.
#include "core/sharing/rollup.h"
#include "fuzz_common.h"

#include <nlohmann/json.hpp>

using namespace prevplan;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const LoadResult loaded = loadWorkspace(fuzz::text(data, size));
    if (!loaded.workspace) return 0;
    std::vector<FormatError> errors;  // a figure the roll-up refuses is an error, as in the county view
    std::vector<CommuneRow> rows = communeRows(loaded, "a.json", fuzz::kToday, errors);
    for (CommuneRow& row : communeRows(loaded, "b.json", fuzz::kToday, errors)) rows.push_back(std::move(row));
    (void)rollupToJson(rows).dump(1);
    (void)rollupToCsv(rows, Lang::Ro);
    (void)rollupToCsv(rows, Lang::En);
    return 0;
}
