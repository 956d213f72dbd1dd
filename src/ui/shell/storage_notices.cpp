#include "ui/shell/storage_notices.h"

#include <imgui.h>

#include "core/base/format.h"
#include "platform/platform.h"
#include "ui/kit/strings.h"
#include "ui/kit/widgets.h"
#include "ui/shell/strings.h"

namespace prevplan::ui {

static const char* kStartAgainPopup = "##start-again";
static const char* kForgetPopup = "##forget";

void StorageNotices::showUnreadable(Unreadable unreadable) {
    unreadable_ = std::move(unreadable);
    startAgain_ = false;
}

void StorageNotices::unreadableBanner(Context& ctx) {
    const Unreadable& u = *unreadable_;
    const std::string error = ctx.lang == Lang::Ro ? u.errorRo : u.errorEn;
    const std::string kept = u.keptAs.empty() ? std::string("—") : u.keptAs;
    note(format(ctx.t(str::kUnreadableStored), error.c_str(), kept.c_str()).c_str(), kColorError);
    if (ImGui::Button(ctx.t(str::kExportStored)))
        platform::download(u.keptAs.empty() ? "workspace.unreadable.json" : u.keptAs, "application/json", u.bytes);
    ImGui::SameLine();
    if (ImGui::Button(ctx.t(str::kStartAgain))) startAgainRequested_ = true;
    ImGui::Separator();
}

bool StorageNotices::drawBanners(Context& ctx) {
    if (unreadable_) unreadableBanner(ctx);
    if (journalDiscarded_) {
        note(ctx.t(str::kJournalDiscarded), kColorWarning);
        if (ImGui::SmallButton(ctx.t(str::kJournalSeen))) journalDiscarded_ = false;
        ImGui::Separator();
    }
    const bool startAgain = startAgain_;
    startAgain_ = false;
    return startAgain;
}

void StorageNotices::startAgainDialog(Context& ctx) {
    if (startAgainRequested_) {
        ImGui::OpenPopup(kStartAgainPopup);
        startAgainRequested_ = false;
    }
    if (!ImGui::BeginPopupModal(kStartAgainPopup, nullptr,
                                ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize))
        return;
    ImGui::PushTextWrapPos(em() * 32);
    const std::string kept = unreadable_ ? unreadable_->keptAs : std::string();
    paragraph(format(ctx.t(str::kStartAgainQuestion), kept.c_str()).c_str());
    ImGui::PopTextWrapPos();
    ImGui::Separator();
    if (ImGui::Button(ctx.t(str::kStartAgainConfirm)) && unreadable_) {
        unreadable_.reset();
        startAgain_ = true;
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button(ctx.t(str::kCancel)) || escapePressed()) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

void StorageNotices::forgetDialog(Context& ctx) {
    if (forgetRequested_) {
        ImGui::OpenPopup(kForgetPopup);
        forgetRequested_ = false;
    }
    if (!ImGui::BeginPopupModal(kForgetPopup, nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize))
        return;
    ImGui::PushTextWrapPos(em() * 32);
    paragraph(ctx.t(str::kForgetQuestion));
    ImGui::PopTextWrapPos();
    ImGui::Separator();
    const bool writer = platform::storageInfo().writer;
    if (!writer) note(ctx.t(str::kForgetNeedsWriter), kColorWarning);
    ImGui::PushStyleColor(ImGuiCol_Button, ImColor(kColorError).Value);
    const bool confirmed = button(ctx.t(str::kForgetConfirm), writer);
    ImGui::PopStyleColor();
    if (confirmed) {
        platform::forgetEverything();
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button(ctx.t(str::kCancel)) || escapePressed()) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

void StorageNotices::drawDialogs(Context& ctx) {
    startAgainDialog(ctx);
    forgetDialog(ctx);
}

}  // namespace prevplan::ui
