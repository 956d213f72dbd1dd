#pragma once
// A new passphrase, typed twice and checked (at least kMinPassphrase characters, both the same),
// wherever one is chosen: a protected file, the protection of the workspace.
#include <functional>
#include <memory>
#include <string>

#include "ui/kit/context.h"

namespace prevplan::ui {

class NewPassphrase {
public:
    // Draws the two fields, the help and what is wrong; true when the passphrase may be used.
    bool draw(const Context& ctx);
    const std::string& value() const { return passphrase_; }
    // Overwrites both fields: once the passphrase is handed on, it does not stay in the heap.
    void wipe();
    // Seals `text` with the passphrase in an envelope of `contents`, downloads it as
    // NAME.protejat.json, and wipes the passphrase; *status says "encrypting", then what happened.
    // `downloaded` runs once the sealed file is handed to the browser, never when sealing fails.
    void sealAndDownload(const Context& ctx, const std::string& filename, const std::string& contents,
                         const std::string& text, const std::shared_ptr<std::string>& status,
                         std::function<void()> downloaded = {});

private:
    std::string passphrase_, again_;
};

}  // namespace prevplan::ui
