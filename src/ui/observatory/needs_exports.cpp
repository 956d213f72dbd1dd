#include "ui/observatory/needs_exports.h"

#include <imgui.h>

#include "core/base/fold.h"
#include "core/observatory/observatory_csv.h"
#include "core/observatory/observatory_mapping.h"
#include "core/registry/registry.h"
#include "core/report/report_format.h"
#include "platform/platform.h"
#include "ui/kit/plan_edit.h"
#include "ui/observatory/strings.h"
#include "ui/kit/widgets.h"

namespace prevplan::ui {

namespace {

const char* kSeparatorKey = "prevplan-csv-separator";
constexpr const char* kCsvMime = "text/csv;charset=utf-8";

std::string fileName(const std::string& commune, const char* what) {
    return "prevplan-" + fileSlug(commune) + "-" + what + "-" + platform::todayIso() + ".csv";
}

}  // namespace

char csvSeparator() { return platform::preference(kSeparatorKey) == "," ? ',' : ';'; }

void separatorChoice(const Context& ctx) {
    const char current = csvSeparator();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 11);
    const char* preview = ctx.t(current == ';' ? str::kSeparatorSemicolon : str::kSeparatorComma);
    if (ImGui::BeginCombo("##separator", preview)) {
        if (ImGui::Selectable(ctx.t(str::kSeparatorSemicolon), current == ';')) platform::setPreference(kSeparatorKey, ";");
        if (ImGui::Selectable(ctx.t(str::kSeparatorComma), current == ',')) platform::setPreference(kSeparatorKey, ",");
        ImGui::EndCombo();
    }
    labelLastItem(ctx.t(str::kSeparator));
    describeCombo(preview);
}

void exportObservatory(const Context&, const Plan& plan) {
    std::string csv = exportObservatoryCsv(plan);
    if (csvSeparator() != ';') csv = withSeparator(csv, csvSeparator());
    platform::download(fileName(plan.commune, "observator"), kCsvMime, csv);
}

void exportRegistry(const Context& ctx, const Plan& plan) {
    platform::download(fileName(plan.commune, "registru"), kCsvMime, exportRegistryCsv(plan, today(), ctx.lang, csvSeparator()));
}

void exportReportTables(const Context& ctx, const NeedsReport& report) {
    const std::string csv = formatReport(report, ReportFormat::Csv, ctx.lang);
    // The report picks the separator of its language; the user's choice wins.
    platform::download(fileName(report.commune, "raport"), kCsvMime, withSeparator(csv, csvSeparator()));
}

void exportBlankTemplate(const Context&) {
    Plan empty;
    std::string csv = exportObservatoryCsv(empty);
    if (csvSeparator() != ';') csv = withSeparator(csv, csvSeparator());
    platform::download("prevplan-sablon-observator.csv", kCsvMime, csv);
}

}  // namespace prevplan::ui
