#pragma once
// Undo/redo as snapshots. A Workspace copy is cheap (shared, immutable plans and
// households), so every edit anywhere in the model is undoable without per-edit inverse code.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/model/model.h"

namespace prevplan {

class History {
public:
    explicit History(Workspace initial = {}) : current_(std::move(initial)) {}

    const Workspace& current() const { return current_; }

    // Makes `next` current. Consecutive commits with the same non-empty mergeKey (typing in
    // one text field) become a single undo step.
    void commit(Workspace next, std::string label, std::string mergeKey = {});
    // Makes the same change to the current workspace and to every one undo and redo return to,
    // with no step of its own: a fact (the plan went out today) is not an edit to take back.
    void amend(const std::function<void(Workspace&)>& change);
    // Ends coalescing, so the next commit starts a new step even with the same key.
    void seal() { lastMergeKey_.clear(); }

    bool canUndo() const { return !undo_.empty(); }
    bool canRedo() const { return !redo_.empty(); }
    const std::string& undoLabel() const;
    const std::string& redoLabel() const;
    void undo();
    void redo();

    // Replaces everything (a workspace loaded from storage): no undo across it.
    void reset(Workspace ws);

    // Grows on every change of current(): lets the saver know there is something to write.
    std::uint64_t revision() const { return revision_; }

    static constexpr std::size_t kMaxSteps = 200;

private:
    struct Step {
        Workspace before;
        std::string label;
    };
    Workspace current_;
    std::vector<Step> undo_, redo_;
    std::string lastMergeKey_;
    std::uint64_t revision_ = 0;
};

}  // namespace prevplan
