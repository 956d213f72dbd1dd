#include "ui/shell/export_dialog.h"

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include "core/base/format.h"
#include "core/sharing/encrypted_envelope.h"
#include "platform/platform.h"
#include "ui/kit/strings.h"
#include "ui/kit/widgets.h"
#include "ui/sharing/strings.h"
#include "ui/shell/strings.h"
#include "ui/kit/wipe.h"

namespace prevplan::ui {

static const char* kPopup = "##export-personal";

void ExportDialog::request(std::string filename, std::string text) {
    filename_ = std::move(filename);
    text_ = std::move(text);
    plainChosen_ = false;
    status_ = std::make_shared<std::string>();
    show_ = true;
}

void ExportDialog::close() {
    wipe(passphrase_);
    wipe(again_);
    text_.clear();
    ImGui::CloseCurrentPopup();
}

// Characters, not bytes: ș counts once.
static std::size_t characters(const std::string& text) {
    std::size_t n = 0;
    for (unsigned char c : text) n += (c & 0xC0) != 0x80;
    return n;
}

void ExportDialog::protectedExport(Context& ctx) {
    if (!platform::cryptoAvailable()) return note(ctx.t(str::kCryptoUnavailable), kColorWarning);
    const float width = ImGui::GetFontSize() * 16;
    ImGui::SetNextItemWidth(width);
    ImGui::InputText(ctx.t(str::kPassphrase), &passphrase_, ImGuiInputTextFlags_Password);
    ImGui::SetNextItemWidth(width);
    ImGui::InputText(ctx.t(str::kPassphraseAgain), &again_, ImGuiInputTextFlags_Password);
    ImGui::TextDisabled("%s", ctx.t(str::kPassphraseHelp));
    const Text* problem = characters(passphrase_) < kMinPassphrase ? &str::kPassphraseTooShort
                          : passphrase_ != again_                  ? &str::kPassphraseMismatch
                                                                   : nullptr;
    if (problem) note(ctx.t(*problem), kColorMuted);
    if (!button(ctx.t(str::kExportProtected), problem == nullptr && text_.size() > 0)) return;
    *status_ = ctx.t(str::kEncrypting);
    const std::string sealedName = filename_.substr(0, filename_.size() - 5) + ".protejat.json";
    const std::string done = format(ctx.t(str::kExported), sealedName.c_str()), failed = ctx.t(str::kEncryptFailed);
    platform::seal(text_, passphrase_, kPbkdf2Iterations,
                   [status = status_, sealedName, done, failed](std::optional<platform::Sealed> sealed) {
                       if (!sealed) return void(*status = failed);
                       platform::download(
                           sealedName, "application/json",
                           envelopeToJson({"workspace", kPbkdf2Iterations, sealed->salt, sealed->iv, sealed->data}));
                       *status = done;
                   });
    wipe(passphrase_);
    wipe(again_);
}

void ExportDialog::plainExport(Context& ctx) {
    if (!plainChosen_) {
        if (text_.size() > 0 && ImGui::Button(ctx.t(str::kExportPlainInstead))) plainChosen_ = true;
        return;
    }
    note(ctx.t(str::kExportPlainWarning), kColorError);
    if (!button(ctx.t(str::kExportPlainConfirm), text_.size() > 0)) return;
    platform::download(filename_, "application/json", text_);
    *status_ = format(ctx.t(str::kExported), filename_.c_str());
    plainChosen_ = false;
}

void ExportDialog::draw(Context& ctx) {
    if (show_) {
        ImGui::OpenPopup(kPopup);
        show_ = false;
    }
    if (!ImGui::BeginPopupModal(kPopup, nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize))
        return;
    ImGui::TextUnformatted(ctx.t(str::kExportPersonalTitle));
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 32);
    ImGui::TextWrapped("%s", format(ctx.t(str::kExportPersonalText), filename_.c_str()).c_str());
    ImGui::Separator();
    protectedExport(ctx);
    ImGui::Separator();
    plainExport(ctx);
    if (!status_->empty()) ImGui::TextWrapped("%s", status_->c_str());
    ImGui::PopTextWrapPos();
    ImGui::Separator();
    if (ImGui::Button(ctx.t(str::kClose))) close();
    ImGui::EndPopup();
}

}  // namespace prevplan::ui
