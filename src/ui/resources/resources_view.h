#pragma once
// The "Resources" step (section 1.1.2): the services inventory with search, filters and counts,
// each service's A2.5 sheet, the micro-area, partners and the DGASPC lists; inventory CSV in and out.
#include <string>

#include "core/base/memo.h"
#include "core/resources/inventory_query.h"
#include "core/resources/resources_csv.h"
#include "ui/kit/context.h"
#include "ui/resources/service_form.h"

namespace prevplan::ui {

class ResourcesView {
public:
    void draw(Context& ctx, const Plan& plan);
    // A CSV file opened while this step is shown: read now, imported once the user confirms.
    void openCsv(const std::string& filename, std::string_view bytes);

private:
    InventoryFilter filter_;
    Memo<Plan, InventoryList, InventoryFilter, long> list_;  // for (plan snapshot, filter, day)
    ServiceForm form_;
    std::string editing_;  // the service whose sheet is open
    std::string importName_, importResult_;
    std::optional<InventoryImport> import_;
    std::string newLocality_;

    void inventory(Context& ctx, const Plan& plan);
    void toolbar(Context& ctx, const Plan& plan);
    void filters(const Context& ctx);
    void table(const Context& ctx, const Plan& plan, const InventoryList& list);
    void importPanel(Context& ctx, const Plan& plan);
    const InventoryList& refresh(const Context& ctx, const Plan& plan);
};

}  // namespace prevplan::ui
