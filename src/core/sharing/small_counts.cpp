#include "core/sharing/small_counts.h"

#include <algorithm>
#include <map>

#include "core/catalog/a24.h"
#include "core/catalog/indicators.h"

namespace prevplan {

using ojson = nlohmann::ordered_json;

std::size_t DisclosureTable::add(std::optional<long> value, bool isExact) {
    values.push_back(value);
    exact.push_back(isExact);
    return values.size() - 1;
}

std::vector<bool> hiddenCells(const DisclosureTable& t) {
    const std::size_t n = t.values.size();
    std::vector<bool> hidden(n);
    for (std::size_t i = 0; i < n; ++i) {
        const auto& v = t.values[i];
        hidden[i] = !v || (!t.exact[i] && *v >= 1 && *v < kSmallCountThreshold);
    }
    // Smallest first; a zero only when nothing else is left to hide.
    const auto rank = [&](std::size_t i) { return std::make_pair(*t.values[i] == 0, *t.values[i]); };
    for (bool changed = true; changed;) {
        changed = false;
        for (const auto& relation : t.relations) {
            std::size_t count = 0;
            for (std::size_t i : relation) count += hidden[i] ? 1 : 0;
            if (count != 1) continue;
            std::optional<std::size_t> pick;
            for (std::size_t i : relation)
                if (!hidden[i] && !t.exact[i] && (!pick || rank(i) < rank(*pick))) pick = i;
            // None left: every other cell is the commune's, which is shown anyway.
            if (pick) hidden[*pick] = true, changed = true;
        }
    }
    return hidden;
}

namespace {

using Key = std::pair<std::size_t, std::string>;

// A figure of the tables: a count, null (already hidden), or not a figure at all.
std::optional<std::optional<long>> cellOf(const ojson& v) {
    if (v.is_number_integer()) return std::optional<long>{v.get<long>()};
    if (v.is_null() || v.is_number()) return std::optional<long>{};  // a fraction is no count: hidden
    return std::nullopt;
}

const ojson* member(const ojson& j, const std::string& key) {
    if (!j.is_object()) return nullptr;
    const auto it = j.find(key);
    return it == j.end() ? nullptr : &*it;
}

const ojson* columnOf(const ojson& report, const char* table, std::size_t c) {
    const ojson* t = member(report, table);
    return t && t->is_array() && c < t->size() ? &(*t)[c] : nullptr;
}

// Tables A and B of one report as cells and sums.
class Grid {
public:
    explicit Grid(const ojson& report) {
        const ojson* a = member(report, "table_a");
        const ojson* b = member(report, "table_b");
        const std::size_t columns = std::max(a && a->is_array() ? a->size() : 0, b && b->is_array() ? b->size() : 0);
        for (std::size_t c = 0; c < columns; ++c) readColumn(report, c);
        for (std::size_t c = 0; c < columns; ++c) columnSums(c);
        villageSums(columns);
    }

    ReportDisclosure disclosure() const {
        ReportDisclosure out;
        const std::vector<bool> hidden = hiddenCells(table_);
        for (std::size_t i = 0; i < hidden.size(); ++i)
            if (hidden[i]) out.hide(keys_[i].first, keys_[i].second);
        return out;
    }

private:
    DisclosureTable table_;
    std::vector<Key> keys_;
    std::map<Key, std::size_t> index_;

    void add(std::size_t c, const std::string& key, const ojson* value) {
        if (!value) return;
        const auto cell = cellOf(*value);
        if (!cell || index_.count({c, key})) return;
        index_[{c, key}] = table_.add(*cell, c == 0);
        keys_.push_back({c, key});
    }

    void readColumn(const ojson& report, std::size_t c) {
        if (const ojson* a = columnOf(report, "table_a", c))
            for (const TableARow& row : kTableARows) add(c, std::string("a/") + row.key, member(*a, row.key));
        if (const ojson* b = columnOf(report, "table_b", c)) {
            add(c, "b/registry_children", member(*b, "registry_children"));
            if (const ojson* risks = member(*b, "by_risk_situation"); risks && risks->is_object())
                for (auto it = risks->begin(); it != risks->end(); ++it) add(c, "r/" + it.key(), &it.value());
        }
    }

    // One sum over the cells of a column that exist (a sum of one cell ties nothing).
    void sum(std::size_t c, const std::vector<std::string>& keys) {
        std::vector<std::size_t> cells;
        for (const auto& k : keys)
            if (const auto it = index_.find({c, k}); it != index_.end()) cells.push_back(it->second);
        if (cells.size() > 1) table_.relations.push_back(std::move(cells));
    }

    // Within a column: Table A's rows 6 = 7 + 8, 8 = 8a + 9 + 10 + 11, 12 = 8, Table B's total =
    // row 12; and Table B's nesting (the total over the dimensions, a dimension over its risk
    // situations, a situation over its sub-items), which is not a strict sum — a child may have
    // several — but would still bound a hidden cell, so it is treated as one.
    void columnSums(std::size_t c) {
        sum(c, {"a/risk_identification", "a/none_confirmed", "a/confirmed_at_least_one"});
        sum(c, {"a/confirmed_at_least_one", "a/confirmed_exactly_one", "a/confirmed_2_5", "a/confirmed_6_10",
                "a/confirmed_more_than_10"});
        sum(c, {"a/in_registry", "a/confirmed_at_least_one"});
        sum(c, {"b/registry_children", "a/in_registry"});
        std::vector<std::string> dimensions{"b/registry_children"};
        for (int d = 1; d <= kDimensionCount; ++d) {
            dimensions.push_back("r/" + std::to_string(d));
            std::vector<std::string> situations{"r/" + std::to_string(d)};
            for (std::size_t i = 0; i < indicatorCount(); ++i)
                if (indicator(i).dimension == d && indicator(i).isRiskSituation()) situations.push_back(riskKey(i));
            sum(c, situations);
        }
        sum(c, dimensions);
        for (std::size_t i = 0; i < indicatorCount(); ++i) {
            std::vector<std::string> items{riskKey(i)};
            for (std::size_t k = 0; k < indicatorCount(); ++k)
                if (indicator(k).parent() == static_cast<int>(i)) items.push_back(riskKey(k));
            sum(c, items);
        }
    }

    static std::string riskKey(std::size_t i) { return std::string("r/") + indicator(i).code; }

    // Across columns: the villages add up to the commune, cell by cell.
    void villageSums(std::size_t columns) {
        for (std::size_t i = 0; i < keys_.size(); ++i) {
            if (keys_[i].first != 0) continue;
            std::vector<std::size_t> cells{i};
            for (std::size_t c = 1; c < columns; ++c)
                if (const auto it = index_.find({c, keys_[i].second}); it != index_.end()) cells.push_back(it->second);
            if (cells.size() > 1) table_.relations.push_back(std::move(cells));
        }
    }
};

ojson* cellAt(ojson& report, std::size_t c, const std::string& key) {
    const bool tableA = key.compare(0, 2, "a/") == 0;
    ojson& column = report[tableA ? "table_a" : "table_b"][c];
    if (tableA || key == "b/registry_children") return &column[key.substr(2)];
    return &column["by_risk_situation"][key.substr(2)];
}

}  // namespace

ReportDisclosure reportDisclosure(const ojson& report) { return Grid(report).disclosure(); }

void hideSmallCounts(ojson& report) {
    if (!report.is_object()) return;
    const ReportDisclosure hidden = reportDisclosure(report);
    for (const auto& [column, key] : hidden.cells()) *cellAt(report, column, key) = nullptr;
    report["disclosure"] = {{"rule", "small-counts"}, {"threshold", kSmallCountThreshold}};
}

std::string hideSmallCounts(const std::string& reportText) {
    ojson report = ojson::parse(reportText, nullptr, false);
    if (report.is_discarded() || !report.is_object()) return reportText;
    hideSmallCounts(report);
    return report.dump(-1, ' ', false, ojson::error_handler_t::replace);
}

}  // namespace prevplan
