#pragma once
// The application: owns the model's history, autosave and the screens, and answers the host.
#include <string>

#include "app/autosave.h"
#include "core/model/history.h"
#include "ui/kit/context.h"
#include "ui/sharing/county_view.h"
#include "ui/shell/import_flow.h"
#include "ui/shell/passphrase_dialog.h"
#include "ui/plan/plan_view.h"
#include "ui/shell/workspace_view.h"

namespace prevplan {

class App {
public:
    App();

    // Loads the stored workspace (and a journal left by a tab closed mid-save).
    void start(double now);
    // Draws one frame's UI (between ImGui::NewFrame and ImGui::Render).
    void drawFrame(double now);

    // Host events.
    void fileOpened(const std::string& name, const std::string& bytes);
    void syncFinished(bool ok, const std::string& error, double now) { autosave_.syncFinished(ok, error, now); }
    void tabHidden(double now) { autosave_.flush(history_, now); }
    // No frame is drawn (nothing changed on screen), but saving goes on.
    void idle(double now) { autosave_.tick(history_, now); }
    // The workspace as JSON when something is not durable yet (written to a journal at pagehide).
    std::string journal() const;
    // This tab became the writer (after take-over): reload what the other tab saved.
    void reloadFromStorage();

    std::string stateJson() const;
    bool allSaved() const { return autosave_.allSaved(history_); }
    const ui::ImportFlow& importFlow() const { return import_; }
    Lang lang() const { return ctx_.lang; }

private:
    History history_;
    AutoSave autosave_;
    ui::Context ctx_;
    ui::WorkspaceView workspaceView_;
    ui::PlanView planView_;
    ui::ImportFlow import_;
    ui::CountyView countyView_;
    ui::PassphraseDialog unlock_;  // protected files are decrypted first, then opened as usual

    void loadStored();
    void restoreJournal();
    void setLanguage(Lang lang);
    void shortcuts();
    void menuBar();
    void csvMenu(const Plan& open);
    void statusIndicator();
    void banners();
};

}  // namespace prevplan
