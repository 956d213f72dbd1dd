#include "ui/shell/passphrase_dialog.h"

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include "core/base/format.h"
#include "platform/platform.h"
#include "ui/kit/strings.h"
#include "ui/sharing/strings.h"
#include "ui/kit/widgets.h"
#include "ui/kit/wipe.h"

namespace prevplan::ui {

static const char* kPopup = "##passphrase";

bool PassphraseDialog::claims(const std::string& name, const std::string& bytes) {
    if (!isEnvelope(bytes)) return false;
    const EnvelopeRead read = readEnvelope(bytes);
    name_ = name;
    envelope_ = read.envelope;
    damagedRo_ = read.errorRo, damagedEn_ = read.errorEn;
    wipe(passphrase_);
    pending_ = std::make_shared<Pending>();
    show_ = true;
    return true;
}

void PassphraseDialog::unlock() {
    pending_ = std::make_shared<Pending>();
    pending_->busy = true;
    platform::unseal({envelope_->salt, envelope_->iv, envelope_->data}, passphrase_, envelope_->iterations,
                     [pending = pending_](std::optional<std::string> plain) {
                         pending->busy = false;
                         pending->failed = !plain;
                         pending->plain = std::move(plain);
                     });
    wipe(passphrase_);  // not kept in the heap for the session; a wrong one is typed again
}

void PassphraseDialog::draw(Context& ctx, const Open& open) {
    if (show_) {
        ImGui::OpenPopup(kPopup);
        show_ = false;
    }
    if (!ImGui::BeginPopupModal(kPopup, nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize)) return;
    textItem(format(ctx.t(str::kUnlockTitle), name_.c_str()).c_str());
    ImGui::Separator();
    if (pending_->plain) {
        const std::string plain = std::move(*pending_->plain);
        pending_->plain.reset();
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return open(name_, plain);
    }
    if (!envelope_) {
        note(ctx.lang == Lang::Ro ? damagedRo_.c_str() : damagedEn_.c_str(), kColorError);
    } else if (!platform::cryptoAvailable()) {
        note(ctx.t(str::kCryptoUnavailable), kColorError);
    } else {
        if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 16);
        const bool enter = ImGui::InputText(ctx.t(str::kPassphrase), &passphrase_,
                                            ImGuiInputTextFlags_Password | ImGuiInputTextFlags_EnterReturnsTrue);
        if (pending_->busy) mutedText(ctx.t(str::kDecrypting));
        if (pending_->failed) note(ctx.t(str::kWrongPassphrase), kColorError);
        if ((button(ctx.t(str::kUnlock), !pending_->busy && !passphrase_.empty()) || enter) && !pending_->busy) unlock();
        ImGui::SameLine();
    }
    if (ImGui::Button(ctx.t(str::kCancel)) || escapePressed()) {
        wipe(passphrase_);
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

}  // namespace prevplan::ui
