#pragma once
// An open plan: its workflow steps as navigation on the left, the chosen step on the right.
#include "ui/context.h"
#include "ui/csv_import_view.h"
#include "ui/household_editor.h"
#include "ui/monitoring_view.h"
#include "ui/observatory_view.h"
#include "ui/plan_focus.h"
#include "ui/priorities_view.h"
#include "ui/registry_view.h"
#include "ui/report_view.h"
#include "ui/required_services_view.h"
#include "ui/resources_view.h"
#include "ui/risk_view.h"
#include "ui/service_plan_editor.h"
#include "ui/share_view.h"
#include "ui/sheet_editor.h"
#include "ui/the_plan_view.h"
#include "ui/work_queue_view.h"

namespace prevplan::ui {

class PlanView {
public:
    void draw(Context& ctx, const Plan& plan);
    // A CSV file opened (picker or drop) while this plan is shown: the Observatory import.
    void openCsv(const Context& ctx, const Plan& plan, const std::string& filename, std::string bytes);

    // One member per workflow step (see kSteps in plan_view.cpp).
    void communeStep(Context& ctx, const Plan& plan);
    void observatoryStep(Context& ctx, const Plan& plan);
    void riskStep(Context& ctx, const Plan& plan);
    void registryStep(Context& ctx, const Plan& plan);
    void workQueueStep(Context& ctx, const Plan& plan);
    void reportStep(Context& ctx, const Plan& plan);
    void resourcesStep(Context& ctx, const Plan& plan);
    void requiredStep(Context& ctx, const Plan& plan);
    void prioritiesStep(Context& ctx, const Plan& plan);
    void thePlanStep(Context& ctx, const Plan& plan);
    void monitoringStep(Context& ctx, const Plan& plan);
    void shareStep(Context& ctx, const Plan& plan);

private:
    PlanFocus focus_;
    Id shownPlan_;
    std::string newVillage_;
    ObservatoryView observatory_;
    HouseholdEditor household_;
    SheetEditor sheet_;
    RiskView risk_;
    RegistryView registry_;
    ServicePlanEditor servicePlan_;
    WorkQueueView workQueue_;
    ReportView report_;
    ResourcesView resources_;
    RequiredServicesView required_;
    PrioritiesView priorities_;
    ThePlanView thePlan_;
    MonitoringView monitoring_;
    ShareView share_;
    CsvImportView csvImport_;

    void villagesTable(Context& ctx, const Plan& plan);
};

}  // namespace prevplan::ui
