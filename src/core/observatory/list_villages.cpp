#include "core/observatory/list_villages.h"

#include <algorithm>
#include <unordered_set>
#include <utility>

#include "core/base/csv.h"
#include "core/observatory/observatory_mapping.h"

namespace prevplan {

static bool plausibleVillageName(const std::string& name) {
    return !name.empty() && name.size() <= kMaxListVillageBytes &&
           std::none_of(name.begin(), name.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; });
}

std::vector<std::string> villagesOfList(std::string_view csvText) {
    const ColumnMapping mapping = autoMapping(csvText, {});
    const auto column = std::find(mapping.targets.begin(), mapping.targets.end(), "village");
    if (column == mapping.targets.end()) return {};
    const auto index = static_cast<std::size_t>(column - mapping.targets.begin());
    std::vector<std::string> villages;
    std::unordered_set<std::string> seen;
    bool header = true, tooMany = false;
    scanCsv(csvText, [&](const CsvRecord& record) {
        if (std::exchange(header, false) || tooMany || index >= record.fields.size()) return;
        const std::string name(trimmedCell(csvCellValue(record.fields[index])));
        if (!plausibleVillageName(name) || !seen.insert(mappingKey(name)).second) return;
        villages.push_back(name);
        tooMany = villages.size() > kMaxListVillages;
    });
    if (tooMany) return {};
    return villages;
}

}  // namespace prevplan
