#include "core/workspace/migrations.h"

#include <nlohmann/json.hpp>

namespace prevplan {

const std::vector<Migration>& migrations() {
    static const std::vector<Migration> steps = {};
    return steps;
}

void migrate(nlohmann::json& doc, int from, int to, const std::vector<Migration>& steps) {
    for (int v = from; v < to && v - 1 < static_cast<int>(steps.size()); ++v) steps[v - 1](doc);
    doc["version"] = to;
}

}  // namespace prevplan
