#include "core/base/json_reader.h"

namespace prevplan {

void JsonReader::error(ErrorKind kind, const std::string& where, std::string ro, std::string en) {
    errors_.push_back({kind, where.empty() ? "/" : where, std::move(ro), std::move(en)});
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
