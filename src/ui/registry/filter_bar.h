#pragma once
// The toolbar choices the work queue and the Registry share: an enum by its names, one value of
// a list or any, and a village of the plan or every one.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/base/text.h"
#include "ui/kit/context.h"
#include "ui/kit/table.h"
#include "ui/registry/strings.h"

namespace prevplan::ui {

// `value` is the position of its name in `names`.
template <typename Enum, std::size_t N>
void enumChoice(const Context& ctx, const char* label, const Text (&names)[N], Enum& value) {
    std::vector<std::string> shown;
    for (const Text& name : names) shown.push_back(ctx.t(name));
    int current = static_cast<int>(value);
    if (toolbarChoice(label, shown, current)) value = static_cast<Enum>(current);
}

// One of `values`, named by `nameOf`, or none (`any` first).
template <typename T, std::size_t N, typename NameOf>
void optionalChoice(const Context& ctx, const char* label, const Text& any, const T (&values)[N], NameOf nameOf,
                    std::optional<T>& chosen) {
    std::vector<std::string> shown{ctx.t(any)};
    int current = 0;
    for (std::size_t i = 0; i < N; ++i) {
        shown.push_back(ctx.t(nameOf(values[i])));
        if (chosen == values[i]) current = static_cast<int>(i) + 1;
    }
    if (toolbarChoice(label, shown, current))
        chosen = current == 0 ? std::nullopt : std::optional<T>(values[current - 1]);
}

// A village of the plan by name; "" for every village.
inline void villageChoice(const Context& ctx, const Plan& plan, std::string& village) {
    std::vector<std::string> villages{ctx.t(str::kEveryVillage)};
    int current = 0;
    for (const Village& v : plan.villages) {
        if (v.name == village) current = static_cast<int>(villages.size());
        villages.push_back(v.name);
    }
    if (toolbarChoice(ctx.t(str::kFilterQueueVillage), villages, current))
        village = current == 0 ? std::string() : villages[static_cast<std::size_t>(current)];
}

}  // namespace prevplan::ui
