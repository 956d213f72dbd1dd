#pragma once
// What the app says about its storage: a stored workspace that could not be read (kept, exported
// on request, replaced only after a confirmation), a journal that was discarded, and "forget this
// computer", which erases everything the app stored in the browser.
#include <optional>
#include <string>

#include "ui/kit/context.h"

namespace prevplan::ui {

class StorageNotices {
public:
    struct Unreadable {
        std::string errorRo, errorEn;  // the first problem, located
        std::string keptAs;            // the copy's name in the store ("" when it could not be written)
        std::string bytes;             // the stored file as found
    };
    void showUnreadable(Unreadable unreadable);
    bool unreadable() const { return unreadable_.has_value(); }
    void showJournalDiscarded() { journalDiscarded_ = true; }
    void askForget() { forgetRequested_ = true; }

    // The banners at the top of the window. True when the user confirmed starting again with an
    // empty workspace (the caller resets the workspace and resumes saving).
    bool drawBanners(Context& ctx);
    // The confirmations (call once per frame).
    void drawDialogs(Context& ctx);

private:
    std::optional<Unreadable> unreadable_;
    bool journalDiscarded_ = false, forgetRequested_ = false, startAgainRequested_ = false, startAgain_ = false;

    void unreadableBanner(Context& ctx);
    void startAgainDialog(Context& ctx);
    void forgetDialog(Context& ctx);
};

}  // namespace prevplan::ui
