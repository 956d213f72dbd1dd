#pragma once
// The county view (DGASPC): many communes' packages or workspaces side by side — one row per
// commune (rollup.h), totals, sort and filter, a chart comparing communes, and each commune's
// plan document opened read-only. Nothing here changes the workspace.
#include <memory>
#include <string>
#include <vector>

#include "core/sharing/dgaspc_package.h"
#include "core/sharing/rollup.h"
#include "ui/kit/context.h"

struct ImGuiTableSortSpecs;

namespace prevplan::ui {

class CountyView {
public:
    void addFile(const Context& ctx, const std::string& name, const std::string& bytes);
    void draw(Context& ctx);

    // The table as shown (filtered), for the test API and the CSV export.
    std::vector<CommuneRow> shownRows() const;

private:
    struct Commune {
        CommuneRow row;
        PlanPtr plan;
        std::shared_ptr<const PackageHeader> package;
    };
    std::vector<Commune> communes_;
    std::vector<std::string> rejected_;
    std::string filter_;
    int compare_ = 0;  // rollupColumns() index the chart compares
    // The rows shown, in the table's order: worked out again only when the files, the filter or
    // the sort change, not on every frame.
    std::vector<std::size_t> order_;
    bool reorder_ = true;  // the files or the filter changed since order_ was sorted

    std::vector<std::size_t> shown() const;
    void sortOrder(const ImGuiTableSortSpecs& sort);
    void toolbar(Context& ctx);
    void table(Context& ctx);
    void chart(const Context& ctx);
    void openPlan(const Context& ctx, const Commune& c) const;
};

}  // namespace prevplan::ui
