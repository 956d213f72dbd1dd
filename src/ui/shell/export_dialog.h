#pragma once
// Exports of named data (a plan, the whole workspace): the file is protected with a passphrase
// (the encrypted envelope, as the Share view's backup), or, when the user chooses plain JSON, only
// after a clear warning they confirm.
#include <memory>
#include <string>

#include "ui/kit/context.h"
#include "ui/kit/new_passphrase.h"

namespace prevplan::ui {

class ExportDialog {
public:
    // `text` is the file's JSON, named `filename` (ends in .json).
    void request(std::string filename, std::string text);
    void draw(Context& ctx);

private:
    std::string filename_, text_;
    NewPassphrase passphrase_;
    bool show_ = false, plainChosen_ = false;
    std::shared_ptr<std::string> status_ = std::make_shared<std::string>();

    void protectedExport(Context& ctx);
    void plainExport(Context& ctx);
    void close();
};

}  // namespace prevplan::ui
