#include "core/observatory/observatory_json.h"

#include <nlohmann/json.hpp>

#include "core/catalog/indicators.h"

namespace prevplan {

using nlohmann::json;

void readCodeMap(JsonReader& r, const json& obj, const std::string& at, const char* key, const char* const (&names)[3],
                 const std::function<void(int, int)>& set) {
    const json* v = r.field(obj, at, key, false);
    if (!v) return;
    const std::string where = JsonReader::pointer(at, key);
    if (!v->is_object()) return r.wrongType(where, "un obiect", "an object");
    // Returns the value's position in names, or -1 after reporting it.
    auto valueOf = [&](const json& value, const std::string& itemAt) {
        if (!value.is_string()) {
            r.wrongType(itemAt, "un text", "a string");
            return -1;
        }
        const std::string text = value.get<std::string>();
        for (int n = 0; n < 3; ++n)
            if (text == names[n]) return n;
        r.invalid(itemAt, "valoare necunoscută „" + text + "”", "unknown value \"" + text + "\"");
        return -1;
    };
    if (const auto all = v->find("*"); all != v->end()) {
        const int value = valueOf(*all, JsonReader::pointer(where, "*"));
        if (value >= 0)
            for (std::size_t i = 0; i < indicatorCount(); ++i) set(static_cast<int>(i), value);
    }
    for (auto it = v->begin(); it != v->end(); ++it) {
        if (it.key() == "*") continue;
        const std::string itemAt = JsonReader::pointer(where, it.key());
        const int index = indicatorIndex(it.key());
        if (index < 0) {
            r.invalid(itemAt, "indicatorul „" + it.key() + "” nu există în Tabelul 1",
                      "indicator \"" + it.key() + "\" is not in Table 1");
            continue;
        }
        const int value = valueOf(*it, itemAt);
        if (value >= 0) set(index, value);
    }
}

void readCodeList(JsonReader& r, const json& obj, const std::string& at, const char* key, IndicatorSet& out) {
    r.array(obj, at, key, [&](const json& item, const std::string& where) {
        if (!item.is_string()) return r.wrongType(where, "un cod de indicator", "an indicator code");
        const int index = indicatorIndex(item.get<std::string>());
        if (index < 0)
            return r.invalid(where, "indicatorul „" + item.get<std::string>() + "” nu există în Tabelul 1",
                             "indicator \"" + item.get<std::string>() + "\" is not in Table 1");
        if (!indicator(index).childLevel)
            return r.invalid(where, "indicatorul „" + item.get<std::string>() + "” nu privește copii anume",
                             "indicator \"" + item.get<std::string>() + "\" does not concern specific children");
        out.set(index);
    });
}

}  // namespace prevplan
