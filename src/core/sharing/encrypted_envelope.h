#pragma once
// A passphrase-protected export (docs/dgaspc-package.md, "Passphrase protection"): the file's
// bytes encrypted with AES-256-GCM under a key derived from the passphrase with PBKDF2-SHA-256,
// in a small JSON envelope. The cryptography itself is the browser's Web Crypto (platform.h);
// the core writes and checks the envelope.
#include <optional>
#include <string>
#include <string_view>

namespace prevplan {

constexpr const char* kEnvelopeFormat = "prevplan-encrypted";
constexpr int kEnvelopeVersion = 1;
// OWASP's 2023 figure for PBKDF2-HMAC-SHA-256; a file asking for fewer (weak) or far more (a
// decryption that would hang the tab) is refused.
constexpr int kPbkdf2Iterations = 600000;
constexpr int kMinPbkdf2Iterations = 310000, kMaxPbkdf2Iterations = 10000000;
constexpr std::size_t kSaltBytes = 16, kIvBytes = 12;
constexpr std::size_t kMinPassphrase = 8;  // characters

struct Envelope {
    std::string contents;  // what is inside: "dgaspc-package" or "workspace"
    int iterations = kPbkdf2Iterations;
    std::string salt, iv, data;  // base64; data is the ciphertext with its 16-byte tag
};

std::string envelopeToJson(const Envelope& envelope);

// Whether the text is an envelope at all (then the import asks for the passphrase).
bool isEnvelope(std::string_view text);
// The envelope, or why it cannot be decrypted (a damaged or foreign file), in both languages.
struct EnvelopeRead {
    std::optional<Envelope> envelope;
    std::string errorRo, errorEn;
};
EnvelopeRead readEnvelope(std::string_view text);

// Bytes a base64 text decodes to; nullopt when it is not base64.
std::optional<std::size_t> base64Length(std::string_view text);

}  // namespace prevplan
