#pragma once
// One service of the inventory as the A2.5 sheet: every field, each change one undo step.
#include <string>

#include "ui/kit/context.h"

namespace prevplan::ui {

class ServiceForm {
public:
    // Returns false once the user goes back to the inventory (or the service is gone).
    bool draw(Context& ctx, const Plan& plan, const std::string& serviceId);

private:
    void identification(Context& ctx, const Plan& plan, const Service& s);
    void capacity(Context& ctx, const Plan& plan, const Service& s);
    void activities(Context& ctx, const Plan& plan, const Service& s);
    void accessibility(Context& ctx, const Plan& plan, const Service& s);
    void relationship(Context& ctx, const Plan& plan, const Service& s);
};

}  // namespace prevplan::ui
