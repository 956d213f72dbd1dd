// An Observatory CSV: read by `prevplan-cli import-csv` as it is, and by the app's import dialog
// (automatic column mapping, the mapped file, valid rows only) and merged into a small existing
// plan, which is then exported and saved; the saved workspace must load again.
#include "core/demo/demo.h"
#include "core/observatory/observatory_csv.h"
#include "core/observatory/observatory_mapping.h"
#include "core/observatory/observatory_merge.h"
#include "fuzz_common.h"

using namespace prevplan;

// A few households of the demo commune, without its frozen yearly reports (the import does not
// touch them, and saving them each run would slow the fuzzer tenfold).
static const Plan& existingPlan() {
    static const Plan plan = [] {
        Plan p = makeDemoPlan(6, 7, fuzz::kToday);
        p.reportSnapshots.clear();
        return p;
    }();
    return plan;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view csv = fuzz::text(data, size);
    const Plan& plan = existingPlan();
    ObservatoryImportOptions options;
    options.county = plan.county;
    options.commune = plan.commune;
    options.today = fuzz::kToday;
    (void)importObservatoryCsv(csv, options);  // the CLI

    const ColumnMapping mapping = autoMapping(csv, plan.csvMapping);  // the app
    const std::string mapped = applyMapping(csv, mapping);
    options.validRowsOnly = true;
    const ObservatoryImport imported = importObservatoryCsv(mapped, options);
    if (!imported.plan) return 0;
    ObservatoryMerge merged = mergeObservatory(plan, *imported.plan, fuzz::kToday);
    merged.plan.csvMapping = rememberMapping(mapping, plan.csvMapping);
    (void)exportObservatoryCsv(merged.plan);
    fuzz::requireSavedLoads(merged.plan);
    return 0;
}
