#include "core/sharing/encrypted_envelope.h"

#include <nlohmann/json.hpp>

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

json parse(std::string_view text) { return json::parse(text.begin(), text.end(), nullptr, false); }

}  // namespace

bool isEnvelope(std::string_view text) {
    // Every opened file passes here: a large workspace is not parsed for this.
    if (text.substr(0, 256).find(kEnvelopeFormat) == std::string_view::npos) return false;
    const json j = parse(text);
    return j.is_object() && j.value("format", "") == kEnvelopeFormat;
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

EnvelopeRead readEnvelope(std::string_view text) {
    const json j = parse(text);
    const auto fail = [](const char* ro, const char* en) { return EnvelopeRead{std::nullopt, ro, en}; };
    if (!j.is_object() || j.value("format", "") != kEnvelopeFormat)
        return fail("nu este un fișier PrevPlan protejat cu parolă", "not a passphrase-protected PrevPlan file");
    if (!j.contains("version") || !j["version"].is_number_integer() || j["version"].get<long>() != kEnvelopeVersion ||
        j.value("cipher", "") != "AES-256-GCM" || j.value("kdf", "") != "PBKDF2-SHA-256")
        return fail("fișierul protejat folosește un format pe care această versiune nu îl cunoaște",
                    "the protected file uses a format this version does not know");
    Envelope e;
    if (!j.contains("iterations") || !j["iterations"].is_number_integer() ||
        (e.iterations = j["iterations"].get<int>()) < kMinPbkdf2Iterations || e.iterations > kMaxPbkdf2Iterations)
        return fail("numărul de iterații PBKDF2 lipsește sau este în afara limitelor", "the PBKDF2 iteration count is missing or out of bounds");
    for (auto [key, out] : {std::pair{"salt", &e.salt}, {"iv", &e.iv}, {"data", &e.data}, {"contents", &e.contents}}) {
        if (!j.contains(key) || !j[key].is_string()) return fail("fișierul protejat este deteriorat", "the protected file is damaged");
        *out = j[key].get<std::string>();
    }
    const auto salt = base64Length(e.salt), iv = base64Length(e.iv), data = base64Length(e.data);
    if (salt != kSaltBytes || iv != kIvBytes || !data || *data <= 16)
        return fail("fișierul protejat este deteriorat", "the protected file is damaged");
    return {e, {}, {}};
}

}  // namespace prevplan
