#pragma once
// Typed, located access to untrusted JSON: every getter checks the type first and records a
// FormatError with the JSON pointer of the offending value instead of throwing.
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/base/date.h"
#include "core/base/format_error.h"

namespace prevplan {

class JsonReader {
public:
    using json = nlohmann::json;
    using Visit = std::function<void(const json&, const std::string&)>;

    explicit JsonReader(std::vector<FormatError>& errors) : errors_(errors) {}

    void error(ErrorKind kind, const std::string& where, std::string ro, std::string en);
    void invalid(const std::string& where, std::string ro, std::string en) {
        error(ErrorKind::InvalidValue, where, std::move(ro), std::move(en));
    }

    bool expectObject(const json& j, const std::string& at);

    // Each returns true when the key was present with the right type (out is then set).
    bool string(const json& obj, const std::string& at, const char* key, std::string& out, bool required = false);
    bool id(const json& obj, const std::string& at, const char* key, std::string& out);  // required, non-empty
    bool boolean(const json& obj, const std::string& at, const char* key, bool& out);
    template <typename Int>
    bool integer(const json& obj, const std::string& at, const char* key, Int& out, bool required = false) {
        long long v = 0;
        if (!integerValue(obj, at, key, v, required)) return false;
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
    bool integerValue(const json& obj, const std::string& at, const char* key, long long& out, bool required);
};

}  // namespace prevplan
