#include "core/base/json_reader.h"

#include <new>

#include "core/base/words.h"

namespace prevplan {

std::string lineAndColumn(std::string_view text, std::size_t byte) {
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i < byte && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++column;  // count UTF-8 characters, not bytes
        }
    }
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

namespace {

// One pass over the text before parsing, outside strings: where the nesting first goes deeper than
// kMaxJsonDepth, and an upper bound of the values (each is opened by a bracket or follows a comma).
struct Shape {
    std::size_t tooDeepAt = std::string_view::npos;
    std::size_t values = 1;
};

Shape shapeOf(std::string_view text) {
    Shape shape;
    int depth = 0;
    bool inString = false, escaped = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (escaped) escaped = false;
            else if (c == '\\') escaped = true;
            else if (c == '"') inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            ++shape.values;
            if (++depth > kMaxJsonDepth) {
                shape.tooDeepAt = i;
                return shape;
            }
        } else if (c == ']' || c == '}') {
            --depth;
        } else if (c == ',') {
            ++shape.values;
        }
    }
    return shape;
}

void record(std::vector<FormatError>& errors, ErrorKind kind, std::string where, std::string ro, std::string en) {
    errors.push_back({kind, std::move(where), std::move(ro), std::move(en)});
}

}  // namespace

std::optional<nlohmann::json> parseUntrusted(std::string_view text, std::vector<FormatError>& errors) {
    using nlohmann::json;
    if (text.size() > kMaxDocumentBytes) {
        const std::string mb = std::to_string(text.size() / 1'000'000),
                          max = std::to_string(kMaxDocumentBytes / 1'000'000);
        record(errors, ErrorKind::TooLarge, "/", "fișierul are " + mb + " MB, peste limita de " + max + " MB",
               "the file is " + mb + " MB, above the limit of " + max + " MB");
        return std::nullopt;
    }
    const Shape shape = shapeOf(text);
    if (shape.tooDeepAt != std::string_view::npos) {
        const std::string max = std::to_string(kMaxJsonDepth);
        record(errors, ErrorKind::TooDeep, lineAndColumn(text, shape.tooDeepAt),
               "listele și obiectele sunt imbricate prea adânc (peste " + max + " niveluri)",
               "nested too deep (more than " + max + " levels of arrays and objects)");
        return std::nullopt;
    }
    if (shape.values > kMaxJsonValues) {
        const std::string max = std::to_string(kMaxJsonValues);
        record(errors, ErrorKind::TooLarge, "/", "fișierul are peste " + max + " de valori",
               "the file holds more than " + max + " values");
        return std::nullopt;
    }
    try {
        return json::parse(text.begin(), text.end());
    } catch (const json::parse_error& e) {
        const bool atEnd = e.byte >= text.size();
        record(errors, ErrorKind::NotJson, lineAndColumn(text, e.byte ? e.byte - 1 : 0),
               atEnd ? "fișierul se termină prea devreme (trunchiat?)" : "nu este JSON valid",
               atEnd ? "the file ends too early (truncated?)" : "not valid JSON");
    } catch (const json::exception&) {  // a number beyond the range of a double ("1e400")
        record(errors, ErrorKind::NotJson, "/", "conține un număr în afara oricărui interval (de exemplu 1e400)",
               "holds a number out of any range (such as 1e400)");
    } catch (const std::bad_alloc&) {
        record(errors, ErrorKind::TooLarge, "/", "fișierul nu încape în memorie", "the file does not fit in memory");
    }
    return std::nullopt;
}

void JsonReader::error(ErrorKind kind, const std::string& where, std::string ro, std::string en) {
    if (errors_.size() >= kMaxErrors) {
        ++dropped_;
        return;
    }
    errors_.push_back({kind, where.empty() ? "/" : where, std::move(ro), std::move(en)});
}

std::size_t JsonReader::finish() {
    const std::size_t all = count();
    if (!dropped_) return all;
    // A label, so that no word has to agree with the number: "… erori neafișate: 1".
    const long long n = static_cast<long long>(dropped_);
    errors_.push_back({ErrorKind::MoreErrors, "/", "… erori neafișate: " + groupedNumber(n, Lang::Ro),
                       "… errors not shown: " + groupedNumber(n, Lang::En)});
    dropped_ = 0;
    return all;
}

void JsonReader::outOfRange(const std::string& where) {
    invalid(where, "numărul este în afara intervalului permis", "the number is out of the allowed range");
}

std::string JsonReader::pointer(const std::string& at, const std::string& key) {
    std::string out = at + "/";
    for (char c : key) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    return out;
}

void JsonReader::wrongType(const std::string& where, const char* expectedRo, const char* expectedEn) {
    error(ErrorKind::WrongType, where, std::string("trebuie să fie ") + expectedRo,
          std::string("must be ") + expectedEn);
}

bool JsonReader::expectObject(const json& j, const std::string& at) {
    if (j.is_object()) return true;
    wrongType(at, "un obiect", "an object");
    return false;
}

const JsonReader::json* JsonReader::field(const json& obj, const std::string& at, const char* key, bool required) {
    if (!obj.is_object()) return nullptr;
    const auto it = obj.find(key);
    if (it == obj.end()) {
        if (required)
            error(ErrorKind::MissingField, pointer(at, key), std::string("lipsește câmpul obligatoriu „") + key + "”",
                  std::string("the required field \"") + key + "\" is missing");
        return nullptr;
    }
    return &*it;
}

bool JsonReader::string(const json& obj, const std::string& at, const char* key, std::string& out, bool required) {
    const json* v = field(obj, at, key, required);
    if (!v) return false;
    if (!v->is_string()) {
        wrongType(pointer(at, key), "un text", "a string");
        return false;
    }
    out = v->get<std::string>();
    return true;
}

bool JsonReader::id(const json& obj, const std::string& at, const char* key, std::string& out) {
    if (!string(obj, at, key, out, true)) return false;
    if (!out.empty()) return true;
    invalid(pointer(at, key), "identificatorul este gol", "the id is empty");
    return false;
}

bool JsonReader::boolean(const json& obj, const std::string& at, const char* key, bool& out) {
    const json* v = field(obj, at, key, false);
    if (!v) return false;
    if (!v->is_boolean()) {
        wrongType(pointer(at, key), "true sau false", "true or false");
        return false;
    }
    out = v->get<bool>();
    return true;
}

bool JsonReader::integerValue(const json& obj, const std::string& at, const char* key, long long& out, bool required) {
    const json* v = field(obj, at, key, required);
    if (!v || (v->is_null() && !required)) return false;
    if (!v->is_number_integer()) {
        wrongType(pointer(at, key), "un număr întreg", "an integer");
        return false;
    }
    if (v->is_number_unsigned() &&
        v->get<unsigned long long>() > static_cast<unsigned long long>(std::numeric_limits<long long>::max())) {
        outOfRange(pointer(at, key));
        return false;
    }
    out = v->get<long long>();
    return true;
}

bool JsonReader::date(const json& obj, const std::string& at, const char* key, std::optional<Date>& out,
                      bool required) {
    const json* v = field(obj, at, key, required);
    if (!v || (v->is_null() && !required)) return false;
    if (!v->is_string()) {
        wrongType(pointer(at, key), "o dată AAAA-LL-ZZ", "a date YYYY-MM-DD");
        return false;
    }
    const std::string text = v->get<std::string>();
    const auto parsed = Date::parse(text);
    if (!parsed || text[4] != '-') {
        invalid(pointer(at, key), "data „" + text + "” nu este validă (AAAA-LL-ZZ)",
                "date \"" + text + "\" is not valid (YYYY-MM-DD)");
        return false;
    }
    out = parsed;
    return true;
}

bool JsonReader::stringList(const json& obj, const std::string& at, const char* key, std::vector<std::string>& out) {
    bool ok = true;
    array(obj, at, key, [&](const json& item, const std::string& where) {
        if (item.is_string()) out.push_back(item.get<std::string>());
        else {
            wrongType(where, "un text", "a string");
            ok = false;
        }
    });
    return ok;
}

void JsonReader::array(const json& obj, const std::string& at, const char* key, const Visit& each, bool required) {
    const json* v = field(obj, at, key, required);
    if (!v) return;
    const std::string where = pointer(at, key);
    if (!v->is_array()) return wrongType(where, "o listă", "an array");
    for (std::size_t i = 0; i < v->size(); ++i) each((*v)[i], where + "/" + std::to_string(i));
}

void JsonReader::optionalObject(const json& obj, const std::string& at, const char* key, const Visit& visit) {
    const json* v = field(obj, at, key, false);
    if (!v || v->is_null()) return;
    if (!v->is_object()) return wrongType(pointer(at, key), "un obiect sau null", "an object or null");
    visit(*v, pointer(at, key));
}

}  // namespace prevplan
