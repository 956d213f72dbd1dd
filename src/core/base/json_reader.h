#pragma once
// Typed, located access to untrusted JSON: every getter checks the type first and records a
// FormatError with the JSON pointer of the offending value instead of throwing.
#include <functional>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/base/date.h"
#include "core/base/format_error.h"
#include "core/base/limits.h"

namespace prevplan {

// Parses a document read from outside: refuses a text above kMaxDocumentBytes, nested deeper than
// kMaxJsonDepth or with more than kMaxJsonValues values, and turns every exception into one located
// error. Never throws; nullopt when an error was recorded.
std::optional<nlohmann::json> parseUntrusted(std::string_view text, std::vector<FormatError>& errors);

// "line L, column C" (UTF-8 characters) of a byte of the text.
std::string lineAndColumn(std::string_view text, std::size_t byte);

class JsonReader {
public:
    using json = nlohmann::json;
    using Visit = std::function<void(const json&, const std::string&)>;

    explicit JsonReader(std::vector<FormatError>& errors) : errors_(errors) {}

    // After kMaxErrors errors the rest are only counted; finish() then adds one MoreErrors entry
    // and returns how many there were in all.
    std::size_t finish();
    std::size_t count() const { return errors_.size() + dropped_; }  // errors so far, kept or not

    void error(ErrorKind kind, const std::string& where, std::string ro, std::string en);
    void invalid(const std::string& where, std::string ro, std::string en) {
        error(ErrorKind::InvalidValue, where, std::move(ro), std::move(en));
    }

    bool expectObject(const json& j, const std::string& at);

    // Each returns true when the key was present with the right type (out is then set).
    bool string(const json& obj, const std::string& at, const char* key, std::string& out, bool required = false);
    bool id(const json& obj, const std::string& at, const char* key, std::string& out);  // required, non-empty
    bool boolean(const json& obj, const std::string& at, const char* key, bool& out);
    // An integer that fits Int; a larger one is an invalid value, never truncated.
    template <typename Int>
    bool integer(const json& obj, const std::string& at, const char* key, Int& out, bool required = false) {
        long long v = 0;
        if (!integerValue(obj, at, key, v, required)) return false;
        if (v < static_cast<long long>(std::numeric_limits<Int>::min()) ||
            (v > 0 &&
             static_cast<unsigned long long>(v) > static_cast<unsigned long long>(std::numeric_limits<Int>::max()))) {
            outOfRange(pointer(at, key));
            return false;
        }
        out = static_cast<Int>(v);
        return true;
    }
    // A "YYYY-MM-DD" string or null.
    bool date(const json& obj, const std::string& at, const char* key, std::optional<Date>& out, bool required = false);
    bool stringList(const json& obj, const std::string& at, const char* key, std::vector<std::string>& out);
    // An array of anything; visits each element with its pointer.
    void array(const json& obj, const std::string& at, const char* key, const Visit& each, bool required = false);
    // An object or null.
    void optionalObject(const json& obj, const std::string& at, const char* key, const Visit& visit);

    static std::string pointer(const std::string& at, const std::string& key);  // escapes ~ and /

    // The building blocks of the getters, for readers of a domain's own shapes (observatory_json.h):
    // the value at key (reporting it when required and absent), and a wrong-type error.
    const json* field(const json& obj, const std::string& at, const char* key, bool required);
    void wrongType(const std::string& where, const char* expectedRo, const char* expectedEn);

private:
    std::vector<FormatError>& errors_;
    std::size_t dropped_ = 0;
    void outOfRange(const std::string& where);
    bool integerValue(const json& obj, const std::string& at, const char* key, long long& out, bool required);
};

}  // namespace prevplan
