#pragma once
// The "new plan" / "rename" dialog: county (Annex 1), commune and its villages.
#include <string>
#include <vector>

#include "ui/kit/context.h"

namespace prevplan::ui {

class PlanForm {
public:
    // `listName`: the commune's list that goes into the new plan once it is made ("" for none);
    // `villages`: the villages that list names, proposed so they are not typed again.
    void openNew(std::string listName = {}, const std::vector<std::string>& villages = {});
    void openRename(const Plan& plan);
    void draw(Context& ctx);
    bool isOpen() const { return requested_ || shown_; }

private:
    bool requested_ = false, shown_ = false;
    std::string listName_;
    std::string countyFilter_;  // typed in the county list: only the matching counties show
    Id planId_;                 // empty: a new plan
    int county_ = 0;
    std::string commune_, villages_;
    bool villagesFromList_ = false;
    bool tried_ = false;  // show what is missing only after a first attempt

    void close();

    void submit(Context& ctx);
};

}  // namespace prevplan::ui
