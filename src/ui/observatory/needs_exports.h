#pragma once
// Spreadsheets out of a plan: the Observatory, the Registry, the report's tables and a blank
// Observatory template, as UTF-8 CSV with a byte order mark so that Excel shows the diacritics.
#include "core/report/report.h"
#include "ui/kit/context.h"

namespace prevplan::ui {

void exportObservatory(const Context& ctx, const Plan& plan);
void exportRegistry(const Context& ctx, const Plan& plan);
void exportReportTables(const Context& ctx, const NeedsReport& report);
void exportBlankTemplate(const Context& ctx);

// The separator the exports use (';' for Excel in Romanian, ',' in English), remembered in
// the browser; draws the choice.
char csvSeparator();
void separatorChoice(const Context& ctx);

}  // namespace prevplan::ui
