#pragma once
// Small counts never identify a child (docs/dgaspc-package.md, "Small counts"). Aggregates that
// leave the SPAS — the DGASPC package's report and the frozen reports inside it, the plan
// document — hide every count from 1 to 4 below commune level (per village, in Annex A2.4
// Tables A and B), and then every other cell that would let a hidden one be worked out again
// (complementary suppression): for each sum the tables hold, more cells are hidden, smallest
// first, until no sum has exactly one hidden cell. The commune's own figures stay exact; zero is
// never hidden for itself. The SPAS's own screens keep the exact figures.
#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/base/text.h"

namespace prevplan {

// The threshold official statistics use: counts below it are not published.
constexpr long kSmallCountThreshold = 5;
// How a hidden cell reads in HTML and CSV; in JSON it is null.
inline constexpr const char* kHiddenCount = "<5";
inline constexpr Text kHiddenCountNote{
    "<5: valoare mai mică de 5 sau ascunsă pentru a nu permite recalcularea; regula celulelor mici",
    "<5: a value below 5, or hidden so that it cannot be worked out from the others; the small-cell rule"};

// The rule on any table: each cell's value (none: already hidden), whether it is a commune-level
// figure shown as it is, and the sums that tie cells together (each relation lists every cell
// of one sum, the total among them).
struct DisclosureTable {
    std::vector<std::optional<long>> values;
    std::vector<bool> exact;
    std::vector<std::vector<std::size_t>> relations;

    std::size_t add(std::optional<long> value, bool isExact);
};
// Which cells are hidden: the small ones, then their complements, to a fixed point.
std::vector<bool> hiddenCells(const DisclosureTable& table);

// The hidden cells of a needs report's Tables A and B (docs/report-format.md), by column (0 is the
// commune) and key: "a/<Table A row key>", "b/registry_children" or "r/<dimension or code>" (Table B's
// "by_risk_situation").
class ReportDisclosure {
public:
    bool hidden(std::size_t column, const std::string& key) const { return cells_.count({column, key}) > 0; }
    bool any() const { return !cells_.empty(); }
    std::size_t size() const { return cells_.size(); }
    void hide(std::size_t column, std::string key) { cells_.insert({column, std::move(key)}); }
    const std::set<std::pair<std::size_t, std::string>>& cells() const { return cells_; }

private:
    std::set<std::pair<std::size_t, std::string>> cells_;
};
ReportDisclosure reportDisclosure(const nlohmann::ordered_json& report);

// The report as it leaves the SPAS: hidden cells become null, and "disclosure" names the rule.
void hideSmallCounts(nlohmann::ordered_json& report);
// The same on a frozen report's JSON text; a text that is not a JSON object holds no table and
// is returned as it is.
std::string hideSmallCounts(const std::string& reportText);

}  // namespace prevplan
