// A services inventory CSV in the Resources step: read, merged into a small plan, exported; the
// export goes back in place (an exported and edited file), and the saved workspace must load.
#include "core/demo/demo.h"
#include "core/resources/resources_csv.h"
#include "fuzz_common.h"

using namespace prevplan;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    // The demo commune's inventory, without its frozen yearly reports (slow to save each run).
    static const Plan existing = [] {
        Plan p = makeDemoPlan(2, 7, fuzz::kToday);
        p.reportSnapshots.clear();
        return p;
    }();
    const InventoryImport imported = importInventoryCsv(fuzz::text(data, size));
    if (imported.services.empty()) return 0;
    Plan plan = existing;
    mergeInventory(plan, imported.services);
    const std::string exported = exportInventoryCsv(plan.resources);
    const InventoryImport again = importInventoryCsv(exported);
    mergeInventory(plan, again.services);
    (void)exportInventoryCsv(plan.resources);
    fuzz::requireSavedLoads(plan);
    return 0;
}
