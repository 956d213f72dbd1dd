#include "ui/sharing/share_view.h"

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include "core/base/fold.h"
#include "core/base/format.h"
#include "core/base/words.h"
#include "core/sharing/dgaspc_package.h"
#include "core/sharing/plan_document.h"
#include "core/sharing/share_history.h"
#include "core/workspace/workspace_json.h"
#include "platform/platform.h"
#include "ui/kit/new_passphrase.h"
#include "ui/kit/plan_edit.h"
#include "ui/kit/strings.h"
#include "ui/kit/widgets.h"
#include "ui/sharing/strings.h"

namespace prevplan::ui {

namespace {

void heading(const char* text) {
    ImGui::Spacing();
    textItem(text);
    ImGui::Separator();
}

// That the plan went out stays on record: it is no undo step, so Undo never takes it back. The
// Context lives as long as the page, so a sealed package may record it later.
void recordSent(Context& ctx, const Id& planId, ShareKind what) {
    if (ctx.readOnly) return;
    ctx.history.amend([planId, what, on = today()](Workspace& ws) { recordShare(ws, planId, what, on); });
}

}  // namespace

void ShareView::documentPanel(Context& ctx, const Plan& plan) {
    heading(ctx.t(str::kDocumentTitle));
    paragraph(ctx.t(str::kDocumentHelp));
    if (!documentLangChosen_) documentLang_ = ctx.lang;
    textItem(ctx.t(str::kDocumentLanguage));
    ImGui::SameLine();
    if (radio("Română", documentLang_ == Lang::Ro)) documentLang_ = Lang::Ro, documentLangChosen_ = true;
    ImGui::SameLine();
    if (radio("English", documentLang_ == Lang::En)) documentLang_ = Lang::En, documentLangChosen_ = true;
    if (actionPlanYear_ == 0) actionPlanYear_ = today().year;
    // Its label on its left like every field; wide enough for four digits beside the − and + buttons.
    fieldLabel(ctx.t(str::kActionPlanYear));
    ImGui::SetNextItemWidth(em() * 9);
    ImGui::InputInt("##year", &actionPlanYear_, 1);
    labelLastItem(ctx.t(str::kActionPlanYear));
    ImGui::Checkbox(ctx.t(str::kWithDecision), &withDecision_);
    const PlanDocumentOptions options{documentLang_, today(), actionPlanYear_, withDecision_};
    const std::string filename = "plan-" + fileSlug(plan.commune) + "-" + today().iso() + ".html";
    if (pendingDocument_) return emptyPartsWarning(ctx, plan);
    // What a council secretary wants most: the plan to read and print.
    if (primaryButton(ctx.t(str::kOpenDocument))) requestDocument(ctx, plan, options, filename, false);
    ImGui::SameLine();
    if (button(ctx.t(str::kDownloadDocument))) requestDocument(ctx, plan, options, filename, true);
}

// The document is laid out in pages first, so its contents carry page numbers; the plan records
// that it went out.
void ShareView::deliver(Context& ctx, const Plan& plan, const std::string& filename, const std::string& html,
                        bool download) {
    platform::paginateDocument(html, [filename, download](std::string paged) {
        if (download) platform::download(filename, "text/html;charset=utf-8", paged);
        else platform::openHtml(filename, paged);
    });
    recordSent(ctx, plan.id, ShareKind::PlanDocument);
}

// A complete plan goes out at once; one with parts not filled in waits for the user to see them.
void ShareView::requestDocument(Context& ctx, const Plan& plan, const PlanDocumentOptions& options,
                                std::string filename, bool download) {
    PlanDocument document = planDocument(plan, options);
    if (document.emptyParts.empty()) return deliver(ctx, plan, filename, document.html, download);
    pendingDocument_ = PendingDocument{std::move(document), std::move(filename), download};
}

void ShareView::emptyPartsWarning(Context& ctx, const Plan& plan) {
    const PendingDocument& pending = *pendingDocument_;
    const std::string count =
        countOf(static_cast<long long>(pending.document.emptyParts.size()), nouns::kPartNotFilledIn, ctx.lang);
    note(format(ctx.t(str::kEmptyPartsWarning), count.c_str()).c_str(), kColorWarning);
    for (const std::string& part : pending.document.emptyParts) bullet(part.c_str());
    if (primaryButton(ctx.t(pending.download ? str::kDownloadAnyway : str::kOpenAnyway))) {
        deliver(ctx, plan, pending.filename, pending.document.html, pending.download);
        pendingDocument_.reset();
        return;
    }
    ImGui::SameLine();
    if (button(ctx.t(str::kCancel))) pendingDocument_.reset();
}

// The passphrase and its confirmation; true when they may be used (or none is needed).
bool ShareView::passphraseFields(Context& ctx, bool required) {
    if (!platform::cryptoAvailable()) {
        note(ctx.t(str::kCryptoUnavailable), kColorWarning);
        protect_ = false;
        return !required;
    }
    if (required) protect_ = true;
    else ImGui::Checkbox(ctx.t(str::kProtect), &protect_);
    return !protect_ || passphrase_.draw(ctx);
}

// Downloads the text, sealed in an envelope when protection is on.
void ShareView::exportFile(Context& ctx, const std::string& filename, const std::string& contents,
                           const std::string& text, std::function<void()> downloaded) {
    if (!protect_) {
        platform::download(filename, "application/json", text);
        *status_ = format(ctx.t(str::kExported), filename.c_str());
        if (downloaded) downloaded();
        return;
    }
    passphrase_.sealAndDownload(ctx, filename, contents, text, status_, std::move(downloaded));
}

// The aggregated package leaves out the texts that may name people unless they are chosen here,
// with the list of what that adds in view.
void ShareView::freeTextsChoice(Context& ctx) {
    paragraph(ctx.t(str::kSmallCountsHelp));
    ImGui::Checkbox(ctx.t(str::kWithFreeTexts), &freeTexts_);
    if (!freeTexts_) return;
    note(ctx.t(str::kFreeTextsAdd), kColorWarning);
    for (const FreeTextField& f : freeTextFields()) {
        bullet(f.what.in(ctx.lang));
    }
}

void ShareView::packagePanel(Context& ctx, const Plan& plan) {
    heading(ctx.t(str::kPackageTitle));
    paragraph(ctx.t(str::kPackageHelp));
    if (radio(ctx.t(str::kAggregated), !named_)) named_ = false, namedConfirmed_ = false;
    if (radio(ctx.t(str::kNamedRegistry), named_)) named_ = true;
    bool ready = true;
    if (named_) {
        note(ctx.t(str::kNamedWarning), kColorError);
        ImGui::Checkbox(ctx.t(str::kNamedConfirm), &namedConfirmed_);
        ready = namedConfirmed_;
        if (!platform::cryptoAvailable()) note(ctx.t(str::kNamedNeedsPassphrase), kColorError);
    } else {
        freeTextsChoice(ctx);
    }
    passphraseOk_ = passphraseFields(ctx, named_);
    ready = passphraseOk_ && ready;
    if (!button(ctx.t(str::kExportPackage), ready)) return;
    const PackageOptions options{named_ ? PackageContents::NamedRegistry : PackageContents::Aggregated,
                                 platform::timestampNow(),
                                 today(),
                                 documentLang_,
                                 named_ ? ctx.t(str::kNamedWarning) : "",
                                 !named_ && freeTexts_};
    const std::string filename = "dgaspc-" + fileSlug(plan.commune) + "-" + today().iso() + ".json";
    // Recorded once the file is out: a protected package is sealed first, and sealing may fail.
    exportFile(ctx, filename, "dgaspc-package", dgaspcPackage(plan, options),
               [&ctx, id = plan.id] { recordSent(ctx, id, ShareKind::DgaspcPackage); });
}

// When the plan went out, newest first, and the council's decision once it is taken.
void ShareView::historyPanel(Context& ctx, const Plan& plan) {
    heading(ctx.t(str::kHistoryTitle));
    if (plan.shared.empty()) textItem(ctx.t(str::kNotSharedYet));
    for (auto r = plan.shared.rbegin(); r != plan.shared.rend(); ++r) textItem(shareLine(*r, ctx.lang).c_str());
    ImGui::Spacing();
    inputText(ctx.t(str::kDecisionNumber), decisionNumber_, em() * 6);
    ImGui::SameLine();
    fieldLabel(ctx.t(str::kDecisionDate));
    dateField("##decision-date", decisionDate_, em() * 8, ctx.lang);
    labelLastItem(ctx.t(str::kDecisionDate));
    if (!button(ctx.t(str::kRecordDecision), decisionDate_.has_value())) return;
    editPlanWith(ctx, plan, ctx.t(str::kShareRecorded), {},
                 [&](Plan& p) { recordShare(p, ShareKind::CouncilDecision, *decisionDate_, decisionNumber_); });
    decisionNumber_.clear();
    decisionDate_.reset();
}

void ShareView::backupPanel(Context& ctx) {
    heading(ctx.t(str::kBackupTitle));
    paragraph(ctx.t(str::kBackupHelp));
    if (!button(ctx.t(str::kExportBackup), protect_ && passphraseOk_)) return;
    exportFile(ctx, "prevplan-workspace-" + today().iso() + ".json", "workspace", saveWorkspace(ctx.workspace()));
}

void ShareView::draw(Context& ctx, const Plan& plan) {
    documentPanel(ctx, plan);
    packagePanel(ctx, plan);
    historyPanel(ctx, plan);
    backupPanel(ctx);
    if (!status_->empty()) {
        ImGui::Spacing();
        note(status_->c_str(), *status_ == ctx.t(str::kEncryptFailed) ? kColorError : kColorOk);
    }
}

}  // namespace prevplan::ui
