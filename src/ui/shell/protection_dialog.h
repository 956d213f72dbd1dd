#pragma once
// The File menu's protection of the workspace with a passphrase: choose it (or a new one), remove
// it, lock now, and the idle time after which the app locks.
#include <functional>
#include <string>

#include "ui/kit/context.h"
#include "ui/kit/new_passphrase.h"

namespace prevplan::ui {

class ProtectionDialog {
public:
    struct Actions {
        std::function<void(std::string& passphrase)> protect;  // wipes the passphrase
        std::function<void()> remove;
        std::function<void()> lockNow;
        std::function<void(int minutes)> setIdleMinutes;
    };
    // The menu items, inside the File menu. `enabled`: protection is on; `available`: it can be
    // changed now (the store is writable and readable).
    void menu(Context& ctx, bool enabled, bool available, int idleMinutes, const Actions& actions);
    // The dialogs (call once per frame).
    void draw(Context& ctx, bool busy, const Actions& actions);

private:
    NewPassphrase passphrase_;
    bool askPassphrase_ = false, askRemove_ = false, changing_ = false;

    void passphraseDialog(Context& ctx, bool busy, const Actions& actions);
    void removeDialog(Context& ctx, const Actions& actions);
};

}  // namespace prevplan::ui
