#include "ui/shell/protection_dialog.h"

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include "core/base/format.h"
#include "core/base/words.h"
#include "platform/platform.h"
#include "ui/kit/new_passphrase.h"
#include "ui/kit/strings.h"
#include "ui/kit/widgets.h"
#include "ui/sharing/strings.h"
#include "ui/shell/strings.h"

namespace prevplan::ui {

static const char* kPassphrasePopup = "##protect-workspace";
static const char* kRemovePopup = "##unprotect-workspace";
static constexpr int kIdleChoices[] = {0, 5, 15, 30, 60};

void ProtectionDialog::menu(Context& ctx, bool enabled, bool available, int idleMinutes, const Actions& actions) {
    const bool crypto = platform::cryptoAvailable();
    if (!enabled) {
        if (ImGui::MenuItem(ctx.t(str::kProtectWorkspace), nullptr, false, available && crypto))
            askPassphrase_ = true, changing_ = false;
        return;
    }
    if (ImGui::MenuItem(ctx.t(str::kLockNow))) actions.lockNow();
    if (ImGui::MenuItem(ctx.t(str::kChangePassphrase), nullptr, false, available))
        askPassphrase_ = true, changing_ = true;
    if (ImGui::MenuItem(ctx.t(str::kRemoveProtection), nullptr, false, available)) askRemove_ = true;
    if (ImGui::BeginMenu(stableId(ctx.t(str::kIdleLock), str::kIdleLock.en).c_str())) {
        for (int minutes : kIdleChoices) {
            const std::string label =
                minutes == 0 ? std::string(ctx.t(str::kIdleOff))
                             : format(ctx.t(str::kIdleMinutes), countOf(minutes, nouns::kMinute, ctx.lang).c_str());
            if (ImGui::MenuItem(label.c_str(), nullptr, minutes == idleMinutes)) actions.setIdleMinutes(minutes);
        }
        ImGui::EndMenu();
    }
}

void ProtectionDialog::passphraseDialog(Context& ctx, bool busy, const Actions& actions) {
    if (askPassphrase_) {
        ImGui::OpenPopup(kPassphrasePopup);
        askPassphrase_ = false;
    }
    if (!ImGui::BeginPopupModal(kPassphrasePopup, nullptr,
                                ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize))
        return;
    textItem(ctx.t(changing_ ? str::kChangePassphrase : str::kProtectWorkspace));
    ImGui::PushTextWrapPos(em() * 32);
    paragraph(ctx.t(str::kProtectWorkspaceText));
    ImGui::PopTextWrapPos();
    ImGui::Separator();
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    const bool ok = passphrase_.draw(ctx);
    if (busy) mutedText(ctx.t(str::kEncrypting));
    if (button(ctx.t(str::kProtectConfirm), ok && !busy)) {
        std::string chosen = passphrase_.value();  // protect() wipes its copy
        passphrase_.wipe();
        actions.protect(chosen);
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button(ctx.t(str::kCancel)) || escapePressed()) {
        passphrase_.wipe();
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

void ProtectionDialog::removeDialog(Context& ctx, const Actions& actions) {
    if (askRemove_) {
        ImGui::OpenPopup(kRemovePopup);
        askRemove_ = false;
    }
    if (!ImGui::BeginPopupModal(kRemovePopup, nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize))
        return;
    ImGui::PushTextWrapPos(em() * 32);
    paragraph(ctx.t(str::kRemoveProtectionQuestion));
    ImGui::PopTextWrapPos();
    ImGui::Separator();
    if (ImGui::Button(ctx.t(str::kRemoveProtectionConfirm))) {
        actions.remove();
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button(ctx.t(str::kCancel)) || escapePressed()) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

void ProtectionDialog::draw(Context& ctx, bool busy, const Actions& actions) {
    passphraseDialog(ctx, busy, actions);
    removeDialog(ctx, actions);
}

}  // namespace prevplan::ui
