#include "ui/shell/unlock_screen.h"

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include "platform/platform.h"
#include "ui/kit/strings.h"
#include "ui/kit/widgets.h"
#include "ui/sharing/strings.h"
#include "ui/shell/strings.h"

namespace prevplan::ui {

void UnlockScreen::draw(Context& ctx, bool busy, bool wrong, const Actions& actions) {
    ImGui::Spacing();
    textItem(ctx.t(str::kLockedTitle));
    ImGui::PushTextWrapPos(em() * 36);
    paragraph(ctx.t(str::kLockedText));
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    if (!platform::cryptoAvailable()) note(ctx.t(str::kCryptoUnavailable), kColorError);
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    ImGui::SetNextItemWidth(em() * 16);
    const bool enter = ImGui::InputText(ctx.t(str::kPassphrase), &passphrase_,
                                        ImGuiInputTextFlags_Password | ImGuiInputTextFlags_EnterReturnsTrue);
    if (busy) mutedText(ctx.t(str::kUnlocking));
    if (wrong && !busy) note(ctx.t(str::kWrongWorkspacePassphrase), kColorError);
    if ((button(ctx.t(str::kUnlockWorkspace), !busy && !passphrase_.empty()) || enter) && !busy && !passphrase_.empty())
        actions.unlock(passphrase_);  // wiped there
    ImGui::Spacing();
    ImGui::Separator();
    mutedText(ctx.t(str::kForgotPassphrase));
    if (ImGui::Button(ctx.t(str::kForget))) actions.forget();
}

}  // namespace prevplan::ui
