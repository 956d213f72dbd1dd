#pragma once
// Consultation rounds (section 1.1.4.3): a round is prepared in a form (date, format,
// participants by organisation and kind, votes and opinions per candidate, decisions) and then
// recorded; recorded rounds are shown as they were and never overwritten.
#include "core/model/model.h"
#include "ui/kit/context.h"

namespace prevplan::ui {

class ConsultationView {
public:
    void draw(Context& ctx, const Plan& plan);

private:
    ConsultationRound draft_;
    Participant participant_;

    void form(Context& ctx, const Plan& plan);
    void participants(const Context& ctx);
    void votes(const Context& ctx, const Plan& plan);
    void recorded(const Context& ctx, const Plan& plan) const;
};

}  // namespace prevplan::ui
