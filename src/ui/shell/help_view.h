#pragma once
// Help: what each step of the method is for, the keyboard keys, where the data lives and how to
// back it up. Opened from the Help menu, one topic at a time.
#include "ui/kit/context.h"

namespace prevplan::ui {

class HelpView {
public:
    // The Help menu of the menu bar.
    void menu(const Context& ctx);
    void draw(const Context& ctx);

    enum class Topic { Steps, Keyboard, Data, Backup, Count };

private:
    bool requested_ = false;
    Topic topic_ = Topic::Steps;
};

}  // namespace prevplan::ui
