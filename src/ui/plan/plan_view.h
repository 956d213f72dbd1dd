#pragma once
// An open plan: its workflow steps as navigation on the left, the chosen step on the right.
#include "ui/kit/context.h"
#include "ui/observatory/csv_import_view.h"
#include "ui/observatory/household_editor.h"
#include "ui/monitoring/monitoring_view.h"
#include "ui/observatory/observatory_view.h"
#include "ui/plan/plan_focus.h"
#include "ui/planning/priorities_view.h"
#include "ui/registry/registry_view.h"
#include "ui/report/report_view.h"
#include "ui/gaps/required_services_view.h"
#include "ui/resources/resources_view.h"
#include "ui/registry/risk_view.h"
#include "ui/registry/service_plan_editor.h"
#include "ui/sharing/share_view.h"
#include "ui/observatory/sheet_editor.h"
#include "ui/planning/strategy_view.h"
#include "ui/registry/work_queue_view.h"

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
    void strategyStep(Context& ctx, const Plan& plan);
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
    StrategyView strategy_;
    MonitoringView monitoring_;
    ShareView share_;
    CsvImportView csvImport_;

    void villagesTable(Context& ctx, const Plan& plan);
};

}  // namespace prevplan::ui
