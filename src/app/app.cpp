#include "app/app.h"

#include <imgui.h>

#include <cctype>

#include "core/workspace/workspace_json.h"
#include "platform/platform.h"
#include "ui/observatory/needs_exports.h"
#include "ui/observatory/strings.h"
#include "ui/registry/strings.h"
#include "ui/sharing/strings.h"
#include "ui/shell/strings.h"
#include "ui/kit/widgets.h"

namespace prevplan {

static const char* kLanguageKey = "prevplan-lang";
static const char* kJournalKey = "prevplan-journal";

App::App() : ctx_(history_) {}

void App::start(double now) {
    (void)now;
    ctx_.lang = platform::preference(kLanguageKey) == "en" ? Lang::En : Lang::Ro;
    loadStored();
    restoreJournal();
}

void App::loadStored() {
    const auto text = platform::readFile(AutoSave::kWorkspaceFile);
    const auto generation = platform::readFile(AutoSave::kGenerationFile);
    autosave_.setGeneration(generation ? std::strtoull(generation->c_str(), nullptr, 10) : 0);
    if (text) {
        LoadResult loaded = loadWorkspace(*text);
        // A stored file that does not load (a newer version, damage) is left untouched:
        // nothing is written until the user changes something.
        if (loaded.workspace) history_.reset(std::move(*loaded.workspace));
    }
    autosave_.markLoaded(history_);
}

// A journal holds {generation}\n{workspace}: changes not yet durable when the last tab closed.
void App::restoreJournal() {
    const std::string journal = platform::preference(kJournalKey);
    if (journal.empty()) return;
    platform::setPreference(kJournalKey, "");
    const auto newline = journal.find('\n');
    if (newline == std::string::npos) return;
    const auto base = std::strtoull(journal.substr(0, newline).c_str(), nullptr, 10);
    if (base != autosave_.generation()) return;  // storage moved on since: the journal is stale
    LoadResult loaded = loadWorkspace(std::string_view(journal).substr(newline + 1));
    if (loaded.workspace) history_.commit(std::move(*loaded.workspace), "restore unsaved changes");
}

std::string App::journal() const {
    if (autosave_.allSaved(history_)) return {};
    return std::to_string(autosave_.generation()) + "\n" + saveWorkspace(history_.current(), -1);
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

void App::fileOpened(const std::string& name, const std::string& bytes) {
    if (unlock_.claims(name, bytes)) return;
    if (ctx_.countyView) return countyView_.addFile(ctx_, name, bytes);
    if (ctx_.readOnly) return;
    const Plan* open = findPlan(history_.current(), ctx_.openPlan);
    if (isCsvName(name)) {
        if (open) planView_.openCsv(ctx_, *open, name, bytes);
        else import_.refuse(name, ctx_.t(str::kCsvNeedsPlan));
        return;
    }
    import_.open(ctx_, name, bytes);
}

void App::setLanguage(Lang lang) {
    ctx_.lang = lang;
    platform::setPreference(kLanguageKey, lang == Lang::En ? "en" : "ro");
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
        if (open && ImGui::MenuItem(ctx_.t(str::kExportPlan))) ui::exportPlan(ctx_, *open);
        if (ImGui::MenuItem(ctx_.t(str::kExportWorkspace))) ui::exportWorkspace(ctx_);
        if (ImGui::MenuItem(ctx_.t(str::kCountyView))) ctx_.countyView = true;
        if (open) csvMenu(*open);
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
    statusIndicator();
    ImGui::EndMenuBar();
}

void App::banners() {
    const auto info = platform::storageInfo();
    if (!info.persistent) {
        ui::note(ctx_.t(str::kStorageUnavailable), ui::kColorError);
        if (!info.error.empty()) ImGui::TextDisabled("(%s)", info.error.c_str());
        if (ImGui::Button(ctx_.t(str::kExportNow))) ui::exportWorkspace(ctx_);
        ImGui::Separator();
    } else if (!info.writer) {
        ui::note(ctx_.t(str::kOpenElsewhere), ui::kColorWarning);
        if (ImGui::Button(ctx_.t(str::kTakeOver))) platform::takeOverWriter();
        ImGui::Separator();
    } else if (autosave_.state(history_) == AutoSave::State::Failed) {
        ui::note(ctx_.t(str::kSaveFailed), ui::kColorError);
        ImGui::SameLine();
        if (ImGui::SmallButton(ctx_.t(str::kExportNow))) ui::exportWorkspace(ctx_);
        ImGui::Separator();
    }
}

void App::drawFrame(double now) {
    ctx_.readOnly = !platform::storageInfo().writer;
    // Leaving a text field ends its undo step.
    if (!ImGui::GetIO().WantTextInput) history_.seal();
    shortcuts();

    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_MenuBar |
                                   ImGuiWindowFlags_NoSavedSettings;
    ImGui::Begin("PrevPlan", nullptr, flags);
    menuBar();
    banners();
    // Held for the frame: typing coalesces undo steps and drops the replaced snapshot.
    const PlanPtr open = sharedPlan(history_.current(), ctx_.openPlan);
    if (ctx_.countyView) countyView_.draw(ctx_);
    else if (open) planView_.draw(ctx_, *open);
    else workspaceView_.draw(ctx_);
    workspaceView_.drawDialogs(ctx_);
    import_.draw(ctx_);
    unlock_.draw(ctx_, [this](const std::string& name, const std::string& bytes) { fileOpened(name, bytes); });
    ImGui::End();

    autosave_.tick(history_, now);
}

}  // namespace prevplan
