#pragma once
// The Undo a notice offers right after a deletion: it undoes exactly that step, so it is
// withdrawn as soon as anything else changes the model (another edit, Ctrl+Z, a reload) or
// after a few seconds.
#include <cstdint>

#include "core/model/history.h"

namespace prevplan {

class UndoOffer {
public:
    static constexpr double kSeconds = 12;

    // Offers the step committed since `revisionBefore` (history.revision() before the commit);
    // a commit that changed nothing (a read-only workspace) offers nothing.
    void offer(const History& history, std::uint64_t revisionBefore, double now);
    bool open(const History& history, double now) const;
    // Undoes the offered step while it is open; true when it did.
    bool take(History& history, double now);
    void withdraw() { offered_ = false; }

private:
    bool offered_ = false;
    std::uint64_t revision_ = 0;  // history.revision() right after the offered step
    double since_ = 0;
};

}  // namespace prevplan
