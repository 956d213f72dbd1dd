#pragma once
// The screen of a locked workspace: the passphrase, a clear message when it is wrong, and the way
// out for a forgotten passphrase (forget this computer).
#include <functional>
#include <string>

#include "ui/kit/context.h"

namespace prevplan::ui {

class UnlockScreen {
public:
    struct Actions {
        std::function<void(std::string& passphrase)> unlock;  // wipes the passphrase
        std::function<void()> forget;
    };
    void draw(Context& ctx, bool busy, bool wrong, const Actions& actions);

private:
    std::string passphrase_;
};

}  // namespace prevplan::ui
