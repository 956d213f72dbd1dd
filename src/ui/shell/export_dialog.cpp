#include "ui/shell/export_dialog.h"

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include "core/base/format.h"
#include "platform/platform.h"
#include "ui/kit/new_passphrase.h"
#include "ui/kit/strings.h"
#include "ui/kit/widgets.h"
#include "ui/sharing/strings.h"
#include "ui/shell/strings.h"

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
    passphrase_.wipe();
    text_.clear();
    ImGui::CloseCurrentPopup();
}

void ExportDialog::protectedExport(Context& ctx) {
    if (!platform::cryptoAvailable()) return note(ctx.t(str::kCryptoUnavailable), kColorWarning);
    const bool ok = passphrase_.draw(ctx);
    if (button(ctx.t(str::kExportProtected), ok && text_.size() > 0))
        passphrase_.sealAndDownload(ctx, filename_, "workspace", text_, status_);
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
    textItem(ctx.t(str::kExportPersonalTitle));
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 32);
    paragraph(format(ctx.t(str::kExportPersonalText), filename_.c_str()).c_str());
    ImGui::Separator();
    protectedExport(ctx);
    ImGui::Separator();
    plainExport(ctx);
    if (!status_->empty()) paragraph(status_->c_str());
    ImGui::PopTextWrapPos();
    ImGui::Separator();
    if (ImGui::Button(ctx.t(str::kClose)) || escapePressed()) close();
    ImGui::EndPopup();
}

}  // namespace prevplan::ui
