// Any file opened as a workspace (import, drop, stored workspace, `prevplan-cli validate`): it is
// loaded, saved and loaded again, and the reloaded document must serialise to the same bytes.
// Then every view of a plan that the app and the CLI compute from what was loaded, and the first
// edits the app offers on it (a new household, family and Observation Sheet).
#include <sstream>

#include "core/monitoring/trends.h"
#include "core/observatory/family_edits.h"
#include "core/observatory/observatory_csv.h"
#include "core/observatory/validation.h"
#include "core/report/report.h"
#include "core/report/report_format.h"
#include "core/resources/resources_csv.h"
#include "core/sharing/plan_document.h"
#include "fuzz_common.h"

#include <nlohmann/json.hpp>

using namespace prevplan;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const LoadResult loaded = loadWorkspace(fuzz::text(data, size));
    if (!loaded.workspace) return 0;
    const std::string saved = saveWorkspace(*loaded.workspace);
    const LoadResult again = loadWorkspace(saved);
    fuzz::require(again.workspace.has_value() && saveWorkspace(*again.workspace) == saved);

    for (const PlanPtr& plan : loaded.workspace->plans) {
        const NeedsReport report = needsReport(*plan, fuzz::kToday);
        (void)reportToJson(report).dump(1);
        for (const ReportFormat format : {ReportFormat::Json, ReportFormat::Csv, ReportFormat::Markdown})
            (void)formatReport(report, format, Lang::Ro);
        (void)validatePlan(*plan, fuzz::kToday);
        (void)exportObservatoryCsv(*plan);
        (void)exportInventoryCsv(plan->resources);
        (void)trendsOf(*plan);
        (void)planDocumentHtml(*plan, {Lang::Ro, fuzz::kToday, 0, true});
        Plan edited = *plan;
        addHousehold(edited, edited.villages.empty() ? std::string() : edited.villages.front().name);
        (void)newSheet(edited, fuzz::kToday);
    }
    return 0;
}
