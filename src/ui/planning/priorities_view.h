#pragma once
// The Priorities step (section 1.1.4.3): the matrix with its weights and the ranking, the
// consultation rounds, the candidate services, and the partnership session for a projector.
#include "ui/planning/candidates_view.h"
#include "ui/planning/consultation_view.h"
#include "ui/planning/partnership_session.h"
#include "ui/planning/priority_matrix.h"

namespace prevplan::ui {

class PrioritiesView {
public:
    void draw(Context& ctx, const Plan& plan);

private:
    PriorityMatrix matrix_;
    CandidatesView candidates_;
    ConsultationView rounds_;
    PartnershipSession session_;
    bool inSession_ = false;

    void matrixTab(Context& ctx, const Plan& plan);
};

}  // namespace prevplan::ui
