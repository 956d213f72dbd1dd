#include "core/workspace/household_scan.h"

#include "core/base/limits.h"

namespace prevplan {

namespace {

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && isSpace(s.front())) s.remove_prefix(1);
    while (!s.empty() && isSpace(s.back())) s.remove_suffix(1);
    return s;
}

// What a container is to the scan: the document, "plans", one plan, one plan's "households", or other.
enum class Role { Other, Document, Plans, Plan, Households };

struct Container {
    char open;
    Role role;
    bool sawPlans = false;         // the document's "plans" key, already met
    bool sawHouseholds = false;    // a plan's "households" key, already met
    std::size_t start = 0;         // just after the bracket
    std::size_t elementStart = 0;  // in "households": where the current element begins
};

}  // namespace

std::optional<HouseholdScan> scanHouseholds(std::string_view text) {
    if (text.size() > kMaxDocumentBytes) return std::nullopt;
    HouseholdScan scan;
    std::vector<Container> stack;
    std::vector<std::pair<std::size_t, std::size_t>> cuts;  // the households arrays' insides
    std::size_t values = 1, plan = 0, stringStart = 0;
    std::string_view lastString;
    bool inString = false, escaped = false, stringEscaped = false;
    // A key's value is what follows its colon: remember whose value is about to open.
    Role pending = Role::Other;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (escaped) escaped = false;
            else if (c == '\\') escaped = stringEscaped = true;
            else if (c == '"') {
                inString = false;
                lastString = text.substr(stringStart, i - stringStart);
            }
            continue;
        }
        if (isSpace(c)) continue;
        Container* top = stack.empty() ? nullptr : &stack.back();
        const Role opening = pending;
        pending = Role::Other;
        if (c == '"') {
            inString = true;
            stringEscaped = false;
            stringStart = i + 1;
        } else if (c == ':') {
            if (!top || top->open != '{') return std::nullopt;
            if (top->role == Role::Document && lastString == "plans") {
                if (stringEscaped || top->sawPlans) return std::nullopt;
                top->sawPlans = true;
                pending = Role::Plans;
            } else if (top->role == Role::Plan && lastString == "households") {
                if (stringEscaped || top->sawHouseholds) return std::nullopt;
                top->sawHouseholds = true;
                pending = Role::Households;
            } else if (stringEscaped && (top->role == Role::Document || top->role == Role::Plan)) {
                return std::nullopt;  // an escaped key could spell one of the two
            }
        } else if (c == '[' || c == '{') {
            ++values;
            Role role = Role::Other;
            if (!top) role = c == '{' ? Role::Document : Role::Other;
            else if (c == '[' && (opening == Role::Plans || opening == Role::Households)) role = opening;
            else if (c == '{' && top->role == Role::Plans) role = Role::Plan;
            if (!top && role != Role::Document) return std::nullopt;
            stack.push_back({c, role, false, false, i + 1, i + 1});
            if (stack.size() > static_cast<std::size_t>(kMaxJsonDepth)) return std::nullopt;
        } else if (c == ']' || c == '}') {
            if (!top || (c == ']') != (top->open == '[')) return std::nullopt;
            if (top->role == Role::Households) {
                const std::string_view last = trimmed(text.substr(top->elementStart, i - top->elementStart));
                auto& list = scan.households[plan];
                if (!last.empty() || !list.empty()) list.push_back(last);
                scan.householdCount += list.size();
                cuts.emplace_back(top->start, i);
            }
            stack.pop_back();
        } else if (c == ',') {
            ++values;
            if (!top) return std::nullopt;
            if (top->role == Role::Households) {
                scan.households[plan].push_back(trimmed(text.substr(top->elementStart, i - top->elementStart)));
                top->elementStart = i + 1;
            } else if (top->role == Role::Plans) {
                ++plan;
            }
        }
    }
    if (inString || !stack.empty() || values > kMaxJsonValues) return std::nullopt;
    std::size_t from = 0;
    for (const auto& [start, end] : cuts) {
        scan.skeleton.append(text.substr(from, start - from));
        from = end;
    }
    scan.skeleton.append(text.substr(from));
    return scan;
}

}  // namespace prevplan
