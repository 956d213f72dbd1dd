#pragma once
// The "Share" step: the plan document for the council (new tab or download), the DGASPC
// package (aggregated by default; the named Registry only on an explicit, recorded choice) and a
// passphrase-protected full backup.
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "core/sharing/plan_document.h"
#include "ui/kit/context.h"
#include "ui/kit/new_passphrase.h"

namespace prevplan::ui {

class ShareView {
public:
    void draw(Context& ctx, const Plan& plan);

private:
    Lang documentLang_ = Lang::Ro;
    bool documentLangChosen_ = false;
    int actionPlanYear_ = 0;
    bool withDecision_ = true;
    bool named_ = false, namedConfirmed_ = false;
    bool freeTexts_ = false;                       // aggregated: the free texts that may name people go too
    bool protect_ = false, passphraseOk_ = false;  // the backup goes out only protected
    NewPassphrase passphrase_;
    // A document with parts not filled in waits here until the user has read which.
    struct PendingDocument {
        PlanDocument document;
        std::string filename;
        bool download;
    };
    std::optional<PendingDocument> pendingDocument_;
    // What the last export did; shared with the asynchronous encryption's callback, which may
    // run after this view is gone.
    std::shared_ptr<std::string> status_ = std::make_shared<std::string>();

    void documentPanel(Context& ctx, const Plan& plan);
    // The council's decision, as typed until it is recorded.
    std::string decisionNumber_;
    std::optional<Date> decisionDate_;

    void requestDocument(Context& ctx, const Plan& plan, const PlanDocumentOptions& options, std::string filename,
                         bool download);
    void deliver(Context& ctx, const Plan& plan, const std::string& filename, const std::string& html, bool download);
    void emptyPartsWarning(Context& ctx, const Plan& plan);
    void historyPanel(Context& ctx, const Plan& plan);
    void packagePanel(Context& ctx, const Plan& plan);
    void freeTextsChoice(Context& ctx);
    void backupPanel(Context& ctx);
    bool passphraseFields(Context& ctx, bool required);
    void exportFile(Context& ctx, const std::string& filename, const std::string& contents, const std::string& text,
                    std::function<void()> downloaded = {});
};

}  // namespace prevplan::ui
