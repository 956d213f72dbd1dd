#include "core/model/undo_offer.h"

namespace prevplan {

void UndoOffer::offer(const History& history, std::uint64_t revisionBefore, double now) {
    offered_ = history.revision() != revisionBefore && history.canUndo();
    revision_ = history.revision();
    since_ = now;
}

bool UndoOffer::open(const History& history, double now) const {
    return offered_ && history.revision() == revision_ && now - since_ < kSeconds;
}

bool UndoOffer::take(History& history, double now) {
    if (!open(history, now)) return false;
    history.undo();
    offered_ = false;
    return true;
}

}  // namespace prevplan
