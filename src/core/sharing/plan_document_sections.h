#pragma once
// The plan document's sections (plan_document.cpp puts them together). Every figure is computed
// once, here, by the other modules' public functions; the sections only lay them out.
#include "core/planning/budget.h"
#include "core/gaps/gap_analysis.h"
#include "core/sharing/plan_document.h"
#include "core/sharing/plan_document_writer.h"
#include "core/planning/priorities.h"
#include "core/report/report.h"
#include "core/planning/staffing.h"
#include "core/monitoring/trends.h"
#include "core/sharing/small_counts.h"

namespace prevplan::doc {

struct Figures {
    const Plan& plan;
    Date today;
    int actionPlanYear;
    NeedsReport report;
    GapAnalysis gaps;
    std::vector<CandidateService> candidates;
    Ranking ranking;
    Budget budget;
    Staffing staff;
    Trends trends;
    ReportDisclosure hidden;  // the report's small counts below commune level, shown as "<5"
};
Figures computeFigures(const Plan& plan, const PlanDocumentOptions& options);

std::string countyName(int code);
// "Comuna X, județul Y"
std::string communeLine(const Plan& plan, Lang lang);

// plan_document_needs.cpp
void contextSection(Writer& w, const Figures& f);
void needsSection(Writer& w, const Figures& f);
void resourcesSection(Writer& w, const Figures& f);
void requiredServicesSection(Writer& w, const Figures& f);
// plan_document_strategy.cpp
void prioritiesSection(Writer& w, const Figures& f);
void objectivesSection(Writer& w, const Figures& f);
void implementationSection(Writer& w, const Figures& f);
void monitoringSection(Writer& w, const Figures& f);
void actionPlanAnnex(Writer& w, const Figures& f);

}  // namespace prevplan::doc
