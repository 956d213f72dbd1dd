#pragma once
// An open plan: its workflow steps as navigation on the left, the chosen step on the right.
// A step is one line in kSteps (plan_view.cpp), a Step value and its screen in Screens.
#include "core/base/memo.h"
#include "core/progress/plan_progress.h"
#include "ui/gaps/required_services_view.h"
#include "ui/kit/context.h"
#include "ui/kit/plan_focus.h"
#include "ui/monitoring/monitoring_view.h"
#include "ui/observatory/csv_import_view.h"
#include "ui/observatory/household_editor.h"
#include "ui/observatory/observatory_view.h"
#include "ui/observatory/sheet_editor.h"
#include "ui/plan/commune_view.h"
#include "ui/planning/priorities_view.h"
#include "ui/planning/strategy_view.h"
#include "ui/registry/registry_view.h"
#include "ui/registry/risk_view.h"
#include "ui/registry/service_plan_editor.h"
#include "ui/registry/work_queue_view.h"
#include "ui/report/report_view.h"
#include "ui/resources/resources_view.h"
#include "ui/sharing/share_view.h"

namespace prevplan::ui {

class PlanView {
public:
    void draw(Context& ctx, const Plan& plan);
    // A CSV file opened (picker or drop) while this plan is shown: the Observatory import.
    void openCsv(const Context& ctx, const Plan& plan, const std::string& filename, std::string bytes);

    // The screens of the steps and their editors, held for as long as the plan is shown so
    // that each keeps its filters and open sections; the focus says which one is drawn.
    struct Screens {
        PlanFocus focus;
        CommuneView commune;
        ObservatoryView observatory;
        HouseholdEditor household;
        SheetEditor sheet;
        RiskView risk;
        RegistryView registry;
        ServicePlanEditor servicePlan;
        WorkQueueView workQueue;
        ReportView report;
        ResourcesView resources;
        RequiredServicesView required;
        PrioritiesView priorities;
        StrategyView strategy;
        MonitoringView monitoring;
        ShareView share;
    };

private:
    Screens screens_;
    Id shownPlan_;
    CsvImportView csvImport_;
    Memo<Plan, PlanProgress, Date> progress_;
    ProgressFacts progressFacts_;  // per household, so that the steps after an edit read one household again

    void stepList(Context& ctx, const PlanProgress& progress);
    // The screen's last line: the following step, primary, with its state's reason.
    void nextStep(const Context& ctx, const PlanProgress& progress);
};

}  // namespace prevplan::ui
