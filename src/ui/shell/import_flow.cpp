#include "ui/shell/import_flow.h"

#include <algorithm>

#include <imgui.h>

#include "core/base/format.h"
#include "core/base/words.h"
#include "core/workspace/workspace_edits.h"
#include "platform/a11y.h"
#include "platform/platform.h"
#include "ui/kit/plan_edit.h"
#include "ui/kit/strings.h"
#include "ui/kit/widgets.h"
#include "ui/kit/work_slice.h"
#include "ui/shell/strings.h"

namespace prevplan::ui {

static const char* kErrorsPopup = "##import-errors";
static const char* kConflictPopup = "##import-conflict";
static const char* kReadingPopup = "##import-reading";

void ImportFlow::open(const std::string& filename, std::string bytes) {
    filename_ = filename;
    errors_.clear();
    errorCount_ = 0;
    reason_.clear();
    incoming_.reset();
    reading_ = std::make_unique<WorkspaceReading>(std::move(bytes));
}

// A slice of reading per frame, so that the page still answers.
void ImportFlow::readSlice(Context& ctx) {
    constexpr std::size_t kHouseholdsPerStep = 32;
    platform::requestFrames();  // the browser draws only after input: ask for the next frames
    if (!workForOneFrame([&] { return reading_->step(kHouseholdsPerStep); })) return;
    LoadResult result = reading_->take();
    reading_.reset();
    if (!result.workspace) {
        errors_ = std::move(result.errors);
        errorCount_ = result.errorCount;
        showErrors_ = true;
        return;
    }
    incoming_ = std::move(result.workspace);
    conflicts_ = conflictingPlans(ctx.workspace(), *incoming_);
    if (conflicts_.empty()) apply(ctx, Conflict::KeepBoth);
    else showConflicts_ = true;
}

void ImportFlow::refuse(const std::string& filename, std::string reason) {
    filename_ = filename;
    errors_.clear();
    errorCount_ = 0;
    reason_ = std::move(reason);
    incoming_.reset();
    showErrors_ = true;
}

void ImportFlow::apply(Context& ctx, Conflict onConflict) {
    const std::size_t before = ctx.workspace().plans.size();
    Workspace next = mergePlans(ctx.workspace(), *incoming_, onConflict);
    // Open the imported plan when there is exactly one.
    if (incoming_->plans.size() == 1)
        ctx.openPlan = next.plans.size() > before ? next.plans.back()->id : incoming_->plans[0]->id;
    ctx.commit(std::move(next), "import");
    incoming_.reset();
}

void ImportFlow::errorsDialog(Context& ctx) {
    if (showErrors_) {
        ImGui::OpenPopup(kErrorsPopup);
        showErrors_ = false;
    }
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 40, 0), ImGuiCond_Appearing);
    if (!ImGui::BeginPopupModal(kErrorsPopup, nullptr, ImGuiWindowFlags_NoTitleBar)) return;
    ImGui::PushStyleColor(ImGuiCol_Text, kColorError);
    const std::string failed = format("%s: %s", ctx.t(str::kImportFailed), filename_.c_str());
    textItem(failed.c_str());
    a11y::announce(failed);
    ImGui::PopStyleColor();
    ImGui::Separator();
    if (!reason_.empty()) paragraph(reason_.c_str());
    if (!errors_.empty()) {
        const std::string count =
            countOf(static_cast<long long>(std::max(errorCount_, errors_.size())), nouns::kError, ctx.lang);
        textItem(count.c_str());
        a11y::announce(count);
        // One line each, drawn only where visible: a file may bring many.
        const float line = ImGui::GetTextLineHeightWithSpacing();
        const float height = std::min(static_cast<float>(errors_.size()) + 0.5f, 16.0f) * line;
        if (ImGui::BeginChild("errors", ImVec2(0, height + ImGui::GetStyle().ScrollbarSize), true,
                              ImGuiWindowFlags_HorizontalScrollbar)) {
            ImGuiListClipper clipper;
            clipper.Begin(static_cast<int>(errors_.size()), line);
            while (clipper.Step())
                for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i)
                    textItem(errors_[static_cast<std::size_t>(i)].message(ctx.lang).c_str());
        }
        ImGui::EndChild();
    }
    note(ctx.t(str::kImportUnchanged), kColorOk);
    if (ImGui::Button(ctx.t(str::kClose)) || escapePressed()) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

void ImportFlow::conflictDialog(Context& ctx) {
    if (showConflicts_) {
        ImGui::OpenPopup(kConflictPopup);
        showConflicts_ = false;
    }
    if (!ImGui::BeginPopupModal(kConflictPopup, nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize))
        return;
    textItem(ctx.t(str::kImportConflict));
    ImGui::Separator();
    textItem(ctx.t(str::kImportConflictText));
    for (const auto& id : conflicts_)
        if (const Plan* p = findPlan(ctx.workspace(), id)) bullet(p->commune.c_str());
    if (ImGui::Button(ctx.t(str::kReplace)) && incoming_) {
        apply(ctx, Conflict::Replace);
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button(ctx.t(str::kKeepBoth)) && incoming_) {
        apply(ctx, Conflict::KeepBoth);
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button(ctx.t(str::kCancel)) || escapePressed()) {
        incoming_.reset();
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

// "1.234 / 20.000 de gospodării" while the file is read; Cancel leaves the workspace as it was.
void ImportFlow::readingDialog(Context& ctx) {
    if (!reading_) return;
    if (!ImGui::IsPopupOpen(kReadingPopup)) ImGui::OpenPopup(kReadingPopup);
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 30, 0), ImGuiCond_Appearing);
    if (!ImGui::BeginPopupModal(kReadingPopup, nullptr, ImGuiWindowFlags_NoTitleBar)) return;
    readSlice(ctx);
    if (reading_) {
        textItem(format(ctx.t(str::kImportReading), filename_.c_str()).c_str());
        // The count is known once the text is scanned.
        const auto total = static_cast<long long>(reading_->householdsTotal());
        const std::string count = total ? groupedNumber(static_cast<long long>(reading_->householdsRead()), ctx.lang) +
                                              " / " + countOf(total, nouns::kHousehold, ctx.lang)
                                        : std::string();
        ImGui::ProgressBar(static_cast<float>(reading_->progress()), ImVec2(-1, 0), count.c_str());
        labelLastItem(count.c_str());
        if (ImGui::Button(ctx.t(str::kCancel)) || escapePressed()) reading_.reset();
    }
    if (!reading_) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

void ImportFlow::draw(Context& ctx) {
    readingDialog(ctx);
    errorsDialog(ctx);
    conflictDialog(ctx);
}

}  // namespace prevplan::ui
