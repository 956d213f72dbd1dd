#include "app/app.h"

#include <imgui.h>

#include <cctype>

#include "app/stored_workspace.h"

#include "core/workspace/workspace_json.h"
#include "platform/a11y.h"
#include "platform/platform.h"
#include "ui/observatory/needs_exports.h"
#include "ui/observatory/strings.h"
#include "ui/registry/strings.h"
#include "ui/sharing/strings.h"
#include "ui/shell/strings.h"
#include "ui/kit/widgets.h"
#include "ui/shell/display_menu.h"
#include "ui/shell/opening_screen.h"
#include "ui/shell/update_notice.h"

namespace prevplan {

static const char* kLanguageKey = "prevplan-lang";

App::App() : ctx_(history_) {}

void App::start(double now) {
    ctx_.lang = platform::preference(kLanguageKey) == "en" ? Lang::En : Lang::Ro;
    idleMinutes_ = IdleLock::minutesFrom(platform::preference(IdleLock::kPreference));
    display_.textPercent = ui::Display::textPercentFrom(platform::preference(ui::Display::kTextPreference));
    display_.contrast = ui::Display::contrastFrom(platform::preference(ui::Display::kContrastPreference));
    protection_.idle().setMinutes(idleMinutes_);
    protection_.activity(now);
    restoreJournal_ = true;
    loadStored();
}

void App::loadStored() {
    opening_.emplace();
    continueOpening();
}

bool App::continueOpening() {
    if (!opening_) return false;
    if (!opening_->step(platform::secondsNow() + kOpeningSliceSeconds)) {
        platform::requestFrames();
        return true;
    }
    StoredLoad load = opening_->take();
    opening_.reset();
    opened(load);
    platform::requestFrames();  // the workspace replaces the progress bar at once
    return false;
}

// A stored file that does not load (a newer version, damage) is kept as it is, with a copy
// aside, and nothing is written until the user exports it or chooses to start again.
void App::opened(StoredLoad& load) {
    autosave_.setGeneration(load.generation);
    if (load.workspace) history_.reset(std::move(*load.workspace));
    else if (load.protectedStore()) history_.reset(Workspace{});  // nothing of it stays in memory while locked
    autosave_.markLoaded(history_);
    autosave_.adopt(std::move(load.layout), load.single && history_.current().plans.size() > 0);
    if (load.protectedStore()) return protection_.startLocked();
    if (load.unreadable) return showUnreadable(load);
    // A journal extends the stored files: over an unreadable store it is left for later, and a
    // protected one is opened with the workspace at the unlock.
    if (!restoreJournal_) return;
    restoreJournal_ = false;
    const Journal::Found found = journal_.restore(history_, autosave_.durableGeneration(), &autosave_);
    if (found == Journal::Found::Undecryptable || found == Journal::Found::Unreadable) notices_.showJournalDiscarded();
}

void App::showUnreadable(StoredLoad& load) {
    autosave_.hold();
    const auto info = platform::storageInfo();
    if (!load.keptAs.empty() && info.persistent && info.writer) autosave_.syncStore();
    notices_.showUnreadable({load.errorRo, load.errorEn, load.keptAs, std::move(load.bytes)});
}

// What the unlock opened: the workspace, or an unreadable file kept aside; the journal sealed
// with the same passphrase has been applied by then.
void App::afterUnlock() {
    std::optional<StoredLoad> load = protection_.takeUnlocked();
    if (!load) return;
    ctx_.openPlan.clear();
    if (load->unreadable) return showUnreadable(*load);
    const Journal::Found found = protection_.journalFound();
    if (found == Journal::Found::Undecryptable || found == Journal::Found::Unreadable) notices_.showJournalDiscarded();
}

void App::startAgain() {
    history_.reset(Workspace{});
    ctx_.openPlan.clear();
    autosave_.release();
    platform::dropJournal();  // it extended the file that is being replaced
}

void App::save(double now, bool flush) {
    if (flush) autosave_.flush(history_, now);
    else autosave_.tick(history_, now);
    journal_.tick(history_, autosave_);
    const bool wasLocked = protection_.locked();
    protection_.tick(now);
    if (!wasLocked && protection_.locked()) {
        // Nothing of the workspace stays in the screens' caches and dialogs.
        ctx_.openPlan.clear();
        ctx_.countyView = false;
        ctx_.deletions = ui::Deletions();
        planView_ = ui::PlanView();
        workspaceView_ = ui::WorkspaceView();
    }
    afterUnlock();
    siteUpdate_.tick(autosave_, history_);
}

ui::ProtectionDialog::Actions App::protectionActions() {
    ui::ProtectionDialog::Actions actions;
    actions.protect = [this](std::string& passphrase) { protection_.protect(passphrase); };
    actions.remove = [this] { protection_.remove(); };
    actions.lockNow = [this] { protection_.lockNow(platform::secondsNow()); };
    actions.setIdleMinutes = [this](int minutes) {
        idleMinutes_ = minutes;
        protection_.idle().setMinutes(minutes);
        platform::setPreference(IdleLock::kPreference, std::to_string(minutes));
    };
    return actions;
}

void App::reloadFromStorage() {
    ctx_.openPlan.clear();
    loadStored();
}

std::string App::stateJson() const { return saveWorkspace(history_.current()); }

// A spreadsheet, by its name: anything else goes to the workspace import, which explains
// what it cannot read.
static bool isCsvName(const std::string& name) {
    std::string ext = name.size() >= 4 ? name.substr(name.size() - 4) : std::string();
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext == ".csv";
}

// The readers of outside files return located errors and never throw; this is the last line of
// defence (the browser's memory runs out): the file is refused and the workspace stays as it was.
void App::fileOpened(const std::string& name, std::string bytes) {
    if (opening_) return;  // the stored workspace would replace it
    try {
        openFile(name, std::move(bytes));
    } catch (const std::exception&) {
        fileNotRead(name);
    }
}

void App::fileNotRead(const std::string& name) { import_.refuse(name, ctx_.t(str::kFileNotRead)); }

void App::openFile(const std::string& name, std::string bytes) {
    if (protection_.locked()) return;
    if (unlock_.claims(name, bytes)) return;
    if (ctx_.countyView) return countyView_.addFile(ctx_, name, bytes);
    if (ctx_.readOnly) return;
    const Plan* open = findPlan(history_.current(), ctx_.openPlan);
    if (isCsvName(name)) {
        if (open) planView_.openCsv(ctx_, *open, name, std::move(bytes));
        else workspaceView_.newPlanForList(name, std::move(bytes));
        return;
    }
    import_.open(name, std::move(bytes));
}

void App::setLanguage(Lang lang) {
    ctx_.lang = lang;
    platform::setPreference(kLanguageKey, lang == Lang::En ? "en" : "ro");
}

void App::storeDisplay() {
    platform::setPreference(ui::Display::kTextPreference, std::to_string(display_.textPercent));
    platform::setPreference(ui::Display::kContrastPreference, ui::Display::contrastPreference(display_.contrast));
}

void App::shortcuts() {
    const ImGuiIO& io = ImGui::GetIO();
    if (!io.KeyCtrl || ctx_.readOnly || ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopup)) return;
    const bool z = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Z), false);
    const bool y = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Y), false);
    // While a text field is active, Ctrl+Z belongs to nobody (ImGui 1.86 fields have their
    // own undo); the field is deactivated first so the model edit is sealed.
    if (io.WantTextInput) return;
    if (z && !io.KeyShift) history_.undo();
    else if ((z && io.KeyShift) || y) history_.redo();
}

void App::statusIndicator() {
    const AutoSave::State state = autosave_.state(history_);
    const char* text = ctx_.t(str::kSaved);
    unsigned int color = ui::kColorOk;
    switch (state) {
        case AutoSave::State::Saved: break;
        case AutoSave::State::Saving: text = ctx_.t(str::kSaving), color = ui::kColorMuted; break;
        case AutoSave::State::Failed: text = ctx_.t(str::kNotSaved), color = ui::kColorError; break;
        case AutoSave::State::MemoryOnly: text = ctx_.t(str::kMemoryOnly), color = ui::kColorError; break;
        case AutoSave::State::ReadOnly: text = ctx_.t(str::kReadOnly), color = ui::kColorWarning; break;
    }
    const float width = ImGui::CalcTextSize(text).x + ImGui::GetStyle().ItemSpacing.x * 2;
    ImGui::SameLine(ImGui::GetWindowWidth() - width);
    ImGui::TextColored(ImColor(color), "%s", text);
    ui::labelLastItem(text);
    // "Saving…" comes and goes with every edit: only where it ends is said.
    if (state != AutoSave::State::Saving) a11y::announce(text);
    if (state == AutoSave::State::Failed && ImGui::IsItemHovered())
        ImGui::SetTooltip("%s: %s", ctx_.t(str::kSaveFailed),
                          autosave_.lastError() == "quota" ? ctx_.t(str::kQuota) : autosave_.lastError().c_str());
}

// The Observatory and Registry as spreadsheets, for the open plan.
void App::csvMenu(const Plan& open) {
    ImGui::Separator();
    if (ImGui::MenuItem(ctx_.t(str::kImportCsv), nullptr, false, !ctx_.readOnly)) platform::openFilePicker(".csv,text/csv");
    if (ImGui::MenuItem(ctx_.t(str::kExportObservatory))) ui::exportObservatory(ctx_, open);
    if (ImGui::MenuItem(ctx_.t(str::kExportRegistry))) ui::exportRegistry(ctx_, open);
    if (ImGui::MenuItem(ctx_.t(str::kBlankTemplate))) ui::exportBlankTemplate(ctx_);
}

// A menu titled in the user's language, its id the English title: it stays open when the language changes.
static bool beginMenu(const ui::Context& ctx, const Text& title) {
    return ImGui::BeginMenu(ui::stableId(ctx.t(title), title.en).c_str());
}

void App::menuBar() {
    if (!ImGui::BeginMenuBar()) return;
    const Plan* open = findPlan(history_.current(), ctx_.openPlan);
    if (beginMenu(ctx_, str::kMenuFile)) {
        if (ImGui::MenuItem(ctx_.t(str::kNewPlan), nullptr, false, !ctx_.readOnly)) workspaceView_.newPlan();
        if (ImGui::MenuItem(ctx_.t(str::kImport), nullptr, false, !ctx_.readOnly)) platform::openFilePicker(".json");
        ImGui::Separator();
        if (open && ImGui::MenuItem(ctx_.t(str::kExportPlan))) workspaceView_.exportPlan(ctx_, *open);
        if (ImGui::MenuItem(ctx_.t(str::kExportWorkspace))) workspaceView_.exportWorkspace(ctx_);
        if (ImGui::MenuItem(ctx_.t(str::kCountyView))) ctx_.countyView = true;
        if (open) csvMenu(*open);
        ImGui::Separator();
        protectionDialog_.menu(ctx_, protection_.enabled(), !ctx_.readOnly, idleMinutes_, protectionActions());
        ImGui::Separator();
        ImGui::PushStyleColor(ImGuiCol_Text, ImColor(ui::kColorError).Value);
        if (ImGui::MenuItem(ctx_.t(str::kForget))) notices_.askForget();
        ImGui::PopStyleColor();
        ImGui::EndMenu();
    }
    if (beginMenu(ctx_, str::kMenuEdit)) {
        const std::string undo = std::string(ctx_.t(str::kUndo));
        const std::string redo = std::string(ctx_.t(str::kRedo));
        if (ImGui::MenuItem(undo.c_str(), "Ctrl+Z", false, history_.canUndo() && !ctx_.readOnly)) history_.undo();
        if (ImGui::MenuItem(redo.c_str(), "Ctrl+Y", false, history_.canRedo() && !ctx_.readOnly)) history_.redo();
        ImGui::EndMenu();
    }
    if (beginMenu(ctx_, str::kMenuLanguage)) {
        if (ImGui::MenuItem("Română", nullptr, ctx_.lang == Lang::Ro)) setLanguage(Lang::Ro);
        if (ImGui::MenuItem("English", nullptr, ctx_.lang == Lang::En)) setLanguage(Lang::En);
        ImGui::EndMenu();
    }
    if (ui::displayMenu(ctx_, display_)) storeDisplay();
    help_.menu(ctx_);
    statusIndicator();
    ImGui::EndMenuBar();
}

void App::banners() {
    if (ui::drawUpdateNotice(ctx_, {siteUpdate_.ready(), siteUpdate_.requested(), !platform::storageInfo().persistent}))
        siteUpdate_.request(autosave_, history_, platform::secondsNow());
    if (notices_.drawBanners(ctx_)) startAgain();
    const auto info = platform::storageInfo();
    if (!info.persistent) {
        ui::note(ctx_.t(str::kStorageUnavailable), ui::kColorError);
        if (!info.error.empty()) ImGui::TextDisabled("(%s)", info.error.c_str());
        if (ImGui::Button(ctx_.t(str::kExportNow))) workspaceView_.exportWorkspace(ctx_);
        ImGui::Separator();
    } else if (!info.writer) {
        ui::note(ctx_.t(str::kOpenElsewhere), ui::kColorWarning);
        if (ImGui::Button(ctx_.t(str::kTakeOver))) platform::takeOverWriter();
        ImGui::Separator();
    } else if (autosave_.state(history_) == AutoSave::State::Failed) {
        ui::note(ctx_.t(str::kSaveFailed), ui::kColorError);
        ImGui::SameLine();
        if (ImGui::SmallButton(ctx_.t(str::kExportNow))) workspaceView_.exportWorkspace(ctx_);
        ImGui::Separator();
    }
}

// A key, the mouse or a paste: the person is here (the idle lock waits again).
static bool personActive() {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.InputQueueCharacters.Size > 0 || io.MouseWheel != 0 || io.MouseDelta.x != 0 || io.MouseDelta.y != 0)
        return true;
    for (bool down : io.MouseDown)
        if (down) return true;
    for (bool down : io.KeysDown)
        if (down) return true;
    return false;
}

static void beginMainWindow() {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_MenuBar |
                                   ImGuiWindowFlags_NoSavedSettings;
    ImGui::Begin("PrevPlan", nullptr, flags);
}

// Locked: only the passphrase, the language and the way out for a forgotten passphrase.
void App::drawLocked(double now) {
    beginMainWindow();
    if (ImGui::BeginMenuBar()) {
        if (beginMenu(ctx_, str::kMenuLanguage)) {
            if (ImGui::MenuItem("Română", nullptr, ctx_.lang == Lang::Ro)) setLanguage(Lang::Ro);
            if (ImGui::MenuItem("English", nullptr, ctx_.lang == Lang::En)) setLanguage(Lang::En);
            ImGui::EndMenu();
        }
        if (ui::displayMenu(ctx_, display_)) storeDisplay();
        ImGui::EndMenuBar();
    }
    ui::UnlockScreen::Actions actions;
    actions.unlock = [this, now](std::string& passphrase) { protection_.unlock(passphrase, now); };
    actions.forget = [this] { notices_.askForget(); };
    if (const StoredOpening* opening = protection_.opening())  // unlocked: the commune is being read
        ui::drawOpeningScreen(ctx_, opening->planName(), opening->progress());
    else
        unlockScreen_.draw(ctx_, protection_.state() == Protection::State::Unlocking, protection_.wrongPassphrase(),
                           actions);
    notices_.drawDialogs(ctx_);
    ImGui::End();
    save(now, false);
}

// Opening: the progress and the commune's name, nothing editable.
void App::drawOpening() {
    beginMainWindow();
    ui::drawOpeningScreen(ctx_, opening_->planName(), opening_->progress());
    ImGui::End();
}

void App::drawFrame(double now) {
    if (continueOpening()) return drawOpening();
    ctx_.readOnly = !platform::storageInfo().writer || autosave_.held();
    if (personActive()) protection_.activity(now);
    if (protection_.locked()) return drawLocked(now);
    // Leaving a text field ends its undo step.
    if (!ImGui::GetIO().WantTextInput) history_.seal();
    shortcuts();

    beginMainWindow();
    menuBar();
    banners();
    // Held for the frame: typing coalesces undo steps and drops the replaced snapshot.
    const PlanPtr open = sharedPlan(history_.current(), ctx_.openPlan);
    if (ctx_.countyView) countyView_.draw(ctx_);
    else if (open) planView_.draw(ctx_, *open);
    else workspaceView_.draw(ctx_);
    workspaceView_.drawDialogs(ctx_);
    if (auto list = workspaceView_.takeList(ctx_))
        if (const Plan* made = findPlan(history_.current(), ctx_.openPlan))
            planView_.openCsv(ctx_, *made, list->name, std::move(list->bytes));
    ctx_.deletions.draw(ctx_);
    import_.draw(ctx_);
    unlock_.draw(ctx_, [this](const std::string& name, const std::string& bytes) { fileOpened(name, bytes); });
    notices_.drawDialogs(ctx_);
    protectionDialog_.draw(ctx_, protection_.protecting(), protectionActions());
    help_.draw(ctx_);
    ImGui::End();

    save(now, false);
}

}  // namespace prevplan
