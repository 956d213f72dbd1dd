#pragma once
// Opening a passphrase-protected file (encrypted_envelope.h): asks for the passphrase, decrypts
// with the browser's Web Crypto, then hands the plain bytes on as if that file had been opened.
// A wrong passphrase or a damaged file is said so plainly; nothing is imported.
#include <functional>
#include <memory>
#include <string>

#include "core/sharing/encrypted_envelope.h"
#include "ui/kit/context.h"

namespace prevplan::ui {

class PassphraseDialog {
public:
    using Open = std::function<void(const std::string& name, const std::string& bytes)>;

    // True when the file is an envelope: the dialog takes it over.
    bool claims(const std::string& name, const std::string& bytes);
    // `open` receives the decrypted file.
    void draw(Context& ctx, const Open& open);

private:
    struct Pending {
        bool busy = false, failed = false;
        std::optional<std::string> plain;
    };
    std::string name_, passphrase_, damagedRo_, damagedEn_;
    std::optional<Envelope> envelope_;
    std::shared_ptr<Pending> pending_;  // the decryption's result, filled asynchronously
    bool show_ = false;

    void unlock();
};

}  // namespace prevplan::ui
