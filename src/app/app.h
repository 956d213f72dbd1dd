#pragma once
// The application: owns the model's history, autosave and the screens, and answers the host.
#include <optional>
#include <string>

#include "app/autosave.h"
#include "app/journal.h"
#include "app/protection.h"
#include "app/site_update.h"
#include "app/stored_workspace.h"
#include "core/model/history.h"
#include "ui/kit/context.h"
#include "ui/kit/display.h"
#include "ui/sharing/county_view.h"
#include "ui/shell/help_view.h"
#include "ui/shell/import_flow.h"
#include "ui/shell/passphrase_dialog.h"
#include "ui/shell/protection_dialog.h"
#include "ui/shell/storage_notices.h"
#include "ui/shell/unlock_screen.h"
#include "ui/plan/plan_view.h"
#include "ui/shell/workspace_view.h"

namespace prevplan {

class App {
public:
    App();

    // Starts opening the stored workspace (then a journal left by a tab closed mid-save); a big
    // commune goes on opening over the next frames.
    void start(double now);
    // Draws one frame's UI (between ImGui::NewFrame and ImGui::Render).
    void drawFrame(double now);

    // Host events.
    void fileOpened(const std::string& name, std::string bytes);
    void fileNotRead(const std::string& name);  // e.g. no memory left to hold it
    void syncFinished(bool ok, const std::string& error, double now) { autosave_.syncFinished(ok, error, now); }
    void tabHidden(double now) {
        if (!opening_) save(now, true);
    }
    // No frame is drawn (nothing changed on screen), but saving goes on.
    void idle(double now) {
        if (!continueOpening()) save(now, false);
    }
    // This tab became the writer (after take-over): reload what the other tab saved.
    void reloadFromStorage();

    std::string stateJson() const;
    bool allSaved() const { return autosave_.allSaved(history_); }
    const ui::ImportFlow& importFlow() const { return import_; }
    Lang lang() const { return ctx_.lang; }
    // The text size and contrast the person chose (the Display menu).
    const ui::Display& display() const { return display_; }

private:
    History history_;
    AutoSave autosave_;
    Journal journal_;
    Protection protection_{history_, autosave_, journal_};
    int idleMinutes_ = IdleLock::kDefaultMinutes;
    ui::Context ctx_;
    ui::Display display_;
    ui::WorkspaceView workspaceView_;
    ui::HelpView help_;
    ui::PlanView planView_;
    ui::ImportFlow import_;
    ui::CountyView countyView_;
    ui::PassphraseDialog unlock_;  // protected files are decrypted first, then opened as usual
    ui::StorageNotices notices_;
    ui::UnlockScreen unlockScreen_;
    ui::ProtectionDialog protectionDialog_;
    SiteUpdate siteUpdate_;  // a new version of the site, taken when the user chooses

    // Read a slice at a time (kOpeningSliceSeconds per frame); nothing is saved or edited meanwhile.
    static constexpr double kOpeningSliceSeconds = 0.025;
    std::optional<StoredOpening> opening_;
    bool restoreJournal_ = false;  // at start only, once the store is open

    void loadStored();
    bool continueOpening();  // false once the workspace is open
    void opened(StoredLoad& load);
    void drawOpening();
    void openFile(const std::string& name, std::string bytes);
    void save(double now, bool flush);
    void startAgain();
    void showUnreadable(StoredLoad& load);
    void afterUnlock();
    ui::ProtectionDialog::Actions protectionActions();
    void drawLocked(double now);
    void setLanguage(Lang lang);
    void storeDisplay();
    void shortcuts();
    void menuBar();
    void csvMenu(const Plan& open);
    void statusIndicator();
    void banners();
};

}  // namespace prevplan
