#pragma once
// The start screen: the start page (start_page.h) and the list of plans, one per commune.
#include <optional>
#include <string>

#include "ui/kit/context.h"
#include "ui/shell/export_dialog.h"
#include "ui/shell/plan_form.h"

namespace prevplan::ui {

class WorkspaceView {
public:
    void draw(Context& ctx);
    void newPlan() { form_.openNew(); }
    // A commune's list opened with no plan open: the new-plan form first, and the list then goes
    // into the new plan.
    void newPlanForList(std::string name, std::string bytes);
    struct List {
        std::string name, bytes;
    };
    // The list waiting for the plan just made, once the form is closed; none when it was cancelled.
    std::optional<List> takeList(const Context& ctx);
    // Draws the dialogs this view owns; call once per frame whatever screen is shown.
    void drawDialogs(Context& ctx);
    // Exports of named data: protected with a passphrase, or plain after a warning.
    void exportPlan(const Context& ctx, const Plan& plan);
    void exportWorkspace(const Context& ctx);

private:
    PlanForm form_;
    std::optional<List> list_;
    ExportDialog export_;

    void plansTable(Context& ctx);
    void planRow(Context& ctx, const Plan& plan);
    void openDemo(Context& ctx);
};

}  // namespace prevplan::ui
