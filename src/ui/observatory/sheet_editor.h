#pragma once
// The Observation Sheet of one family nucleus (GD 691/2015, section 1.2.1): identification,
// the Table 1 indicators by dimension as yes / no / not recorded, and the conclusion the rules
// suggest. Built for fast keyboard entry from paper sheets.
#include "ui/kit/context.h"
#include "ui/kit/plan_focus.h"

namespace prevplan::ui {

class SheetEditor {
public:
    void draw(Context& ctx, const Plan& plan, PlanFocus& focus);

private:
    // Keyboard stops, in order: the header's text fields, every indicator, the conclusion's fields.
    int cursor_ = -1;
    int focusRequest_ = -1;  // a text field to activate on the next frame
    bool scrollToCursor_ = false;
    FamilyRef shown_;

    void keyboard(Context& ctx, const Plan& plan, const FamilyNucleus& f, PlanFocus& focus);
    void moveCursor(int delta);
    void header(Context& ctx, const Plan& plan, const FamilyNucleus& f);
    void dimensionSection(Context& ctx, const Plan& plan, const FamilyNucleus& f, int dimension);
    void indicatorRow(Context& ctx, const Plan& plan, const FamilyNucleus& f, std::size_t i);
    void conclusion(Context& ctx, const Plan& plan, const FamilyNucleus& f);
    bool textStop(int stop, const char* label, std::string& value, float width);
    bool dateStop(int stop, const char* label, std::optional<Date>& value, float width, Lang lang);
    void setAnswer(Context& ctx, const Plan& plan, std::size_t i, Answer answer);
    void nextFamily(Context& ctx, const Plan& plan, PlanFocus& focus);
};

}  // namespace prevplan::ui
