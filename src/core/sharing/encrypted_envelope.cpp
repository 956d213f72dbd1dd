#include "core/sharing/encrypted_envelope.h"

#include <limits>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/base/json_reader.h"

namespace prevplan {

using nlohmann::json;

std::string envelopeToJson(const Envelope& e) {
    // "format" first, so a file is recognised from its first bytes (isEnvelope).
    const nlohmann::ordered_json j = {{"format", kEnvelopeFormat}, {"version", kEnvelopeVersion}, {"contents", e.contents},
                    {"cipher", "AES-256-GCM"}, {"kdf", "PBKDF2-SHA-256"}, {"iterations", e.iterations},
                    {"salt", e.salt}, {"iv", e.iv}, {"data", e.data}};
    return j.dump(1);
}

namespace {

// Null when the text is not JSON or breaks a limit of base/json_reader.h.
json parse(std::string_view text) {
    std::vector<FormatError> ignored;
    return parseUntrusted(text, ignored).value_or(json());
}

// The member key when it is a string; empty otherwise.
std::string text(const json& j, const char* key) {
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// The member key when it is an integer that fits a long long.
std::optional<long long> integer(const json& j, const char* key) {
    const auto it = j.find(key);
    if (it == j.end() || !it->is_number_integer()) return std::nullopt;
    if (it->is_number_unsigned() &&
        it->get<unsigned long long>() > static_cast<unsigned long long>(std::numeric_limits<long long>::max()))
        return std::nullopt;
    return it->get<long long>();
}

}  // namespace

bool isEnvelope(std::string_view text) {
    // Every opened file passes here: a large workspace is not parsed for this.
    if (text.substr(0, 256).find(kEnvelopeFormat) == std::string_view::npos) return false;
    try {
        const json j = parse(text);
        return j.is_object() && prevplan::text(j, "format") == kEnvelopeFormat;
    } catch (const std::exception&) {
        return false;
    }
}

std::optional<std::size_t> base64Length(std::string_view text) {
    if (text.size() % 4 != 0) return std::nullopt;
    std::size_t padding = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
        if (c == '=' && i + 2 >= text.size()) ++padding;
        else if (!letter || padding) return std::nullopt;
    }
    return text.size() / 4 * 3 - padding;
}

namespace {

EnvelopeRead read(std::string_view text) {
    const json j = parse(text);
    const auto fail = [](const char* ro, const char* en) { return EnvelopeRead{std::nullopt, ro, en}; };
    if (!j.is_object() || prevplan::text(j, "format") != kEnvelopeFormat)
        return fail("nu este un fișier PrevPlan protejat cu parolă", "not a passphrase-protected PrevPlan file");
    if (integer(j, "version") != kEnvelopeVersion || prevplan::text(j, "cipher") != "AES-256-GCM" ||
        prevplan::text(j, "kdf") != "PBKDF2-SHA-256")
        return fail("fișierul protejat folosește un format pe care această versiune nu îl cunoaște",
                    "the protected file uses a format this version does not know");
    Envelope e;
    // Range-checked as a long long before it becomes an int: 4 295 567 296 is not 600 000.
    const auto iterations = integer(j, "iterations");
    if (!iterations || *iterations < kMinPbkdf2Iterations || *iterations > kMaxPbkdf2Iterations)
        return fail("numărul de iterații PBKDF2 lipsește sau este în afara limitelor", "the PBKDF2 iteration count is missing or out of bounds");
    e.iterations = static_cast<int>(*iterations);
    for (auto [key, out] : {std::pair{"salt", &e.salt}, {"iv", &e.iv}, {"data", &e.data}, {"contents", &e.contents}}) {
        const auto it = j.find(key);
        if (it == j.end() || !it->is_string())
            return fail("fișierul protejat este deteriorat", "the protected file is damaged");
        *out = it->get<std::string>();
    }
    const auto salt = base64Length(e.salt), iv = base64Length(e.iv), data = base64Length(e.data);
    if (salt != kSaltBytes || iv != kIvBytes || !data || *data <= 16)
        return fail("fișierul protejat este deteriorat", "the protected file is damaged");
    return {e, {}, {}};
}

}  // namespace

EnvelopeRead readEnvelope(std::string_view text) {
    try {
        return read(text);
    } catch (const std::exception&) {  // memory: the only exception left (lookups are type-checked)
        return {std::nullopt, "fișierul protejat nu a putut fi citit", "the protected file could not be read"};
    }
}

}  // namespace prevplan
