#include "core/model/history.h"

namespace prevplan {

namespace {

const std::string kNone;

}  // namespace

void History::commit(Workspace next, std::string label, std::string mergeKey) {
    const bool merge = !mergeKey.empty() && mergeKey == lastMergeKey_ && !undo_.empty();
    if (!merge) {
        undo_.push_back({std::move(current_), std::move(label)});
        if (undo_.size() > kMaxSteps) undo_.erase(undo_.begin());
    }
    redo_.clear();
    current_ = std::move(next);
    lastMergeKey_ = std::move(mergeKey);
    ++revision_;
}

void History::amend(const std::function<void(Workspace&)>& change) {
    change(current_);
    for (Step& s : undo_) change(s.before);
    for (Step& s : redo_) change(s.before);
    ++revision_;
}

const std::string& History::undoLabel() const { return undo_.empty() ? kNone : undo_.back().label; }
const std::string& History::redoLabel() const { return redo_.empty() ? kNone : redo_.back().label; }

void History::undo() {
    if (undo_.empty()) return;
    redo_.push_back({std::move(current_), undo_.back().label});
    current_ = std::move(undo_.back().before);
    undo_.pop_back();
    lastMergeKey_.clear();
    ++revision_;
}

void History::redo() {
    if (redo_.empty()) return;
    undo_.push_back({std::move(current_), redo_.back().label});
    current_ = std::move(redo_.back().before);
    redo_.pop_back();
    lastMergeKey_.clear();
    ++revision_;
}

void History::reset(Workspace ws) {
    current_ = std::move(ws);
    undo_.clear();
    redo_.clear();
    lastMergeKey_.clear();
    ++revision_;
}

}  // namespace prevplan
