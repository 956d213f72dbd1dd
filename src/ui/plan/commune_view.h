#pragma once
// The Commune step: the county, the commune's name, and its villages with their number of
// children aged 0–17 from the INS.
#include <string>

#include "ui/kit/context.h"

namespace prevplan::ui {

class CommuneView {
public:
    void draw(Context& ctx, const Plan& plan);

private:
    std::string newVillage_;

    void villagesTable(Context& ctx, const Plan& plan);
};

}  // namespace prevplan::ui
