#pragma once
// The start screen: the list of plans, one per commune.
#include "ui/kit/context.h"
#include "ui/shell/export_dialog.h"
#include "ui/shell/plan_form.h"

namespace prevplan::ui {

class WorkspaceView {
public:
    void draw(Context& ctx);
    void newPlan() { form_.openNew(); }
    // Draws the dialogs this view owns; call once per frame whatever screen is shown.
    void drawDialogs(Context& ctx);
    // Exports of named data: protected with a passphrase, or plain after a warning.
    void exportPlan(const Context& ctx, const Plan& plan);
    void exportWorkspace(const Context& ctx);

private:
    PlanForm form_;
    ExportDialog export_;

    void planRow(Context& ctx, const Plan& plan);
    void openDemo(Context& ctx);
};

}  // namespace prevplan::ui
