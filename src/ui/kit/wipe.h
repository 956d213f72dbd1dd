#pragma once
// Passphrases are overwritten before their buffer is released, so they do not linger in the
// Wasm heap for the rest of the session.
#include <string>

namespace prevplan::ui {

inline void wipe(std::string& secret) {
    volatile char* p = secret.empty() ? nullptr : &secret[0];
    for (std::size_t i = 0; i < secret.size(); ++i) p[i] = 0;
    secret.clear();
}

}  // namespace prevplan::ui
