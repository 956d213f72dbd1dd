#include "ui/kit/new_passphrase.h"

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include "core/base/format.h"
#include "core/sharing/encrypted_envelope.h"
#include "platform/platform.h"
#include "ui/kit/strings.h"
#include "ui/kit/widgets.h"
#include "ui/kit/wipe.h"

namespace prevplan::ui {

namespace {

// Characters, not bytes: ș counts once.
std::size_t characters(const std::string& text) {
    std::size_t n = 0;
    for (unsigned char c : text) n += (c & 0xC0) != 0x80;
    return n;
}

}  // namespace

bool NewPassphrase::draw(const Context& ctx) {
    ImGui::SetNextItemWidth(em() * 16);
    ImGui::InputText(ctx.t(str::kPassphrase), &passphrase_, ImGuiInputTextFlags_Password);
    ImGui::SetNextItemWidth(em() * 16);
    ImGui::InputText(ctx.t(str::kPassphraseAgain), &again_, ImGuiInputTextFlags_Password);
    ImGui::TextDisabled("%s", ctx.t(str::kPassphraseHelp));
    const Text* problem = characters(passphrase_) < kMinPassphrase ? &str::kPassphraseTooShort
                          : passphrase_ != again_                  ? &str::kPassphraseMismatch
                                                                   : nullptr;
    if (problem) note(ctx.t(*problem), kColorMuted);
    return problem == nullptr;
}

void NewPassphrase::wipe() {
    ui::wipe(passphrase_);
    ui::wipe(again_);
}

void NewPassphrase::sealAndDownload(const Context& ctx, const std::string& filename, const std::string& contents,
                                    const std::string& text, const std::shared_ptr<std::string>& status,
                                    std::function<void()> downloaded) {
    *status = ctx.t(str::kEncrypting);
    const std::string sealedName = filename.substr(0, filename.size() - 5) + ".protejat.json";
    const std::string done = format(ctx.t(str::kExported), sealedName.c_str()), failed = ctx.t(str::kEncryptFailed);
    platform::seal(text, passphrase_, kPbkdf2Iterations,
                   [status, sealedName, contents, done, failed, downloaded](std::optional<platform::Sealed> sealed) {
                       if (!sealed) return void(*status = failed);
                       platform::download(
                           sealedName, "application/json",
                           envelopeToJson({contents, kPbkdf2Iterations, sealed->salt, sealed->iv, sealed->data}));
                       *status = done;
                       if (downloaded) downloaded();
                   });
    wipe();  // the page has its own copy
}

}  // namespace prevplan::ui
