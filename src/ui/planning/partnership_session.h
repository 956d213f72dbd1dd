#pragma once
// The partnership session on a projector (section 1.1.4.3: priorities set together, in rounds):
// the whole screen in large type, only the matrix and the ranking, a score raised by a click,
// and a timer that keeps the discussion of each candidate to its time.
#include "ui/kit/context.h"
#include "ui/planning/priority_matrix.h"

namespace prevplan::ui {

class PartnershipSession {
public:
    // Returns false once the user ends the session.
    bool draw(Context& ctx, const Plan& plan, PriorityMatrix& matrix);

private:
    int minutes_ = 10;
    double startedAt_ = -1;  // ImGui time when running; -1 when stopped
    double elapsed_ = 0;     // seconds counted before the last start

    void timer(const Context& ctx);
    double secondsLeft() const;
};

}  // namespace prevplan::ui
