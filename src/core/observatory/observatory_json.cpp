#include "core/observatory/observatory_json.h"

#include <nlohmann/json.hpp>

#include "core/base/json_writer.h"
#include "core/catalog/indicators.h"

namespace prevplan {

using nlohmann::json;

namespace {

// An answer's name by enum value: [0] is "not recorded".
const char* const kAnswerNames[] = {"unknown", "yes", "no"};
static_assert(static_cast<int>(Answer::No) + 1 == 3, "three names per answer");

const char* sexName(Sex s) { return s == Sex::Male ? "M" : s == Sex::Female ? "F" : ""; }

void putSet(json& o, const char* key, const IndicatorSet& set) {
    if (set.none()) return;
    json out = json::array();
    for (std::size_t i = 0; i < indicatorCount(); ++i)
        if (set[i]) out.push_back(indicator(i).code);
    o[key] = out;
}

}  // namespace

// ---- writing ---------------------------------------------------------------------------------

json writeCodeMap(const std::function<int(std::size_t)>& valueAt, const char* const (&names)[3]) {
    std::size_t counts[3] = {0, 0, 0};
    for (std::size_t i = 0; i < indicatorCount(); ++i) ++counts[valueAt(i)];
    const int common = counts[2] >= counts[1] ? 2 : 1;
    const bool useDefault = counts[common] > counts[0] && counts[common] > 1;
    json out = json::object();
    if (useDefault) out["*"] = names[common];
    for (std::size_t i = 0; i < indicatorCount(); ++i) {
        const int v = valueAt(i);
        if (useDefault ? v != common : v != 0) out[indicator(i).code] = names[v];
    }
    return out;
}

json sheetToJson(const ObservationSheet& s) {
    const auto answer = [&](std::size_t i) { return static_cast<int>(s.answers[i]); };
    json o = {{"answers", writeCodeMap(answer, kAnswerNames)}};
    putText(o, "id", s.sheetId);
    putText(o, "filled_by", s.filledBy);
    putText(o, "position", s.position);
    putDate(o, "filled_on", s.filledOn);
    putDate(o, "received_on", s.receivedOn);
    putText(o, "visit_by", s.visitBy);
    putText(o, "visit_by_position", s.visitByPosition);
    putDate(o, "visit_planned_on", s.visitPlannedOn);
    return o;
}

void putChildObservation(json& o, const Child& c) {
    putText(o, "name", c.name);
    putText(o, "cnp", c.cnp);
    putDate(o, "birth_date", c.birthDate);
    putText(o, "sex", sexName(c.sex));
    if (c.inProtection) o["in_protection"] = true;
    putSet(o, "exposed_observed", c.exposedObserved);
    putSet(o, "exposed_confirmed", c.exposedConfirmed);
}

// ---- reading ---------------------------------------------------------------------------------

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

ObservationSheet readSheet(JsonReader& r, const json& j, const std::string& at) {
    ObservationSheet s;
    r.string(j, at, "id", s.sheetId);
    r.string(j, at, "filled_by", s.filledBy);
    r.string(j, at, "position", s.position);
    r.date(j, at, "filled_on", s.filledOn);
    r.date(j, at, "received_on", s.receivedOn);
    readCodeMap(r, j, at, "answers", kAnswerNames,
                [&](int index, int value) { s.answers[index] = static_cast<Answer>(value); });
    r.string(j, at, "visit_by", s.visitBy);
    r.string(j, at, "visit_by_position", s.visitByPosition);
    r.date(j, at, "visit_planned_on", s.visitPlannedOn);
    return s;
}

void readChildObservation(JsonReader& r, const json& j, const std::string& at, Child& c) {
    r.string(j, at, "name", c.name);
    r.string(j, at, "cnp", c.cnp);
    r.date(j, at, "birth_date", c.birthDate);
    std::string sex;
    if (r.string(j, at, "sex", sex)) {
        if (sex == "M") c.sex = Sex::Male;
        else if (sex == "F") c.sex = Sex::Female;
        else if (!sex.empty())
            r.invalid(at + "/sex", "sexul trebuie să fie „M”, „F” sau gol", "sex must be \"M\", \"F\" or empty");
    }
    r.boolean(j, at, "in_protection", c.inProtection);
    readCodeList(r, j, at, "exposed_observed", c.exposedObserved);
    readCodeList(r, j, at, "exposed_confirmed", c.exposedConfirmed);
}

}  // namespace prevplan
