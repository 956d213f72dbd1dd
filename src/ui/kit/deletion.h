#pragma once
// Deleting asks first and can be undone after. One confirmation for every kind of record names
// it and what goes with it, counted ("1 familie și 3 copii"); Cancel has the focus, so Enter and
// Escape keep everything. After the deletion a notice offers Undo for exactly that step, by
// mouse or Ctrl+Z, until the next change or for a few seconds.
#include <functional>
#include <optional>
#include <string>

#include "core/base/text.h"
#include "core/model/deletion.h"
#include "core/model/undo_offer.h"

namespace prevplan::ui {

struct Context;

// The words for one kind of record (constants in the screen's strings.h).
struct DeletionWords {
    Text question;  // "Ștergeți gospodăria „%s”?"
    Text confirm;   // the confirming button: "Șterge gospodăria"
    Text done;      // the notice: "Gospodăria „%s” a fost ștearsă"
};

struct DeletionRequest {
    const DeletionWords* words = nullptr;
    std::string name;
    DeletionImpact impact;
    std::function<void(Context&)> apply;  // the deletion, committed as one undo step
    const Text* caveat = nullptr;         // what Undo cannot do, said before (plans leave storage)
};

class Deletions {
public:
    void ask(DeletionRequest request);
    // The confirmation while one is asked, and the notice after a deletion; once a frame, after
    // the screens.
    void draw(Context& ctx);

private:
    std::optional<DeletionRequest> asked_, done_;
    bool opening_ = false;
    UndoOffer offer_;

    void confirmation(Context& ctx);
    void notice(Context& ctx);
};

}  // namespace prevplan::ui
