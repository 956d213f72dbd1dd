#include "ui/kit/deletion.h"

#include <imgui.h>

#include <algorithm>

#include "core/base/format.h"
#include "ui/kit/context.h"
#include "ui/kit/strings.h"
#include "ui/kit/widgets.h"

namespace prevplan::ui {

namespace {

const char* kPopup = "##confirm-deletion";

void wrappedItem(const std::string& text) {
    ImGui::TextWrapped("%s", text.c_str());
    labelLastItem(text.c_str());
}

// "Gospodăria „Popescu” a fost ștearsă, cu 2 familii și 5 copii."
std::string doneText(const Context& ctx, const DeletionRequest& r) {
    const std::string done = format(ctx.t(r.words->done), r.name.c_str());
    const std::string with = describeDeleted(r.impact, ctx.lang);
    return with.empty() ? done + "." : format(ctx.t(str::kDeletedWith), done.c_str(), with.c_str());
}

}  // namespace

void Deletions::ask(DeletionRequest request) {
    asked_ = std::move(request);
    opening_ = true;
}

void Deletions::draw(Context& ctx) {
    confirmation(ctx);
    notice(ctx);
}

void Deletions::confirmation(Context& ctx) {
    if (opening_) {
        ImGui::OpenPopup(kPopup);
        opening_ = false;
    }
    ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    if (!ImGui::BeginPopupModal(kPopup, nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize)) {
        asked_.reset();
        return;
    }
    if (!asked_) {
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return;
    }
    const DeletionRequest& r = *asked_;
    ImGui::PushTextWrapPos(em() * 32);
    wrappedItem(format(ctx.t(r.words->question), r.name.c_str()));
    const std::string deleted = describeDeleted(r.impact, ctx.lang);
    wrappedItem(deleted.empty() ? ctx.t(str::kNothingElseDeleted) : format(ctx.t(str::kAlsoDeleted), deleted.c_str()));
    const std::string unlinked = describeUnlinked(r.impact, ctx.lang);
    if (!unlinked.empty()) wrappedItem(format(ctx.t(str::kStayUnlinked), unlinked.c_str()));
    note(ctx.t(r.caveat ? *r.caveat : str::kUndoAfter), r.caveat ? kColorWarning : kColorMuted);
    ImGui::PopTextWrapPos();
    ImGui::Separator();
    // Cancel comes first and has the keyboard focus: Enter or Space on it keeps everything.
    bool cancel = ImGui::Button(ctx.t(str::kCancel));
    ImGui::SetItemDefaultFocus();
    ImGui::SameLine();
    const bool confirm = deleteButton(ctx.t(r.words->confirm), !ctx.readOnly);
    cancel = cancel || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false);
    if (confirm) {
        const auto before = ctx.history.revision();
        r.apply(ctx);
        offer_.offer(ctx.history, before, ImGui::GetTime());
        done_ = std::move(asked_);
    }
    if (confirm || cancel) {
        asked_.reset();
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

// A bar at the foot of the window, over the screens, that takes no focus from them.
void Deletions::notice(Context& ctx) {
    const double now = ImGui::GetTime();
    if (!done_ || !offer_.open(ctx.history, now)) {
        done_.reset();
        return;
    }
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(
        ImVec2(viewport->WorkPos.x + viewport->WorkSize.x * 0.5f, viewport->WorkPos.y + viewport->WorkSize.y - em()),
        ImGuiCond_Always, ImVec2(0.5f, 1.0f));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, IM_COL32(255, 248, 222, 255));
    ImGui::PushStyleColor(ImGuiCol_Border, kColorMuted);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 1.0f);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                   ImGuiWindowFlags_NoMove;
    if (ImGui::Begin("##deletion-notice", nullptr, flags)) {
        ImGui::PushTextWrapPos(std::min(em() * 36, viewport->WorkSize.x - em() * 12));
        ImGui::AlignTextToFramePadding();
        wrappedItem(doneText(ctx, *done_));
        ImGui::PopTextWrapPos();
        ImGui::SameLine();
        if (ImGui::Button(ctx.t(str::kUndoDeletion))) offer_.take(ctx.history, now);
        ImGui::SameLine();
        ImGui::TextDisabled("Ctrl+Z");
    }
    ImGui::End();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(2);
}

}  // namespace prevplan::ui
