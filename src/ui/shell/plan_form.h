#pragma once
// The "new plan" / "rename" dialog: county (Annex 1), commune and its villages.
#include <string>

#include "ui/kit/context.h"

namespace prevplan::ui {

class PlanForm {
public:
    void openNew();
    void openRename(const Plan& plan);
    void draw(Context& ctx);

private:
    bool requested_ = false;
    Id planId_;  // empty: a new plan
    int county_ = 0;
    std::string commune_, villages_;
    bool tried_ = false;  // show what is missing only after a first attempt

    void submit(Context& ctx);
};

}  // namespace prevplan::ui
