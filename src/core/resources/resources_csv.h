#pragma once
// The services inventory as a spreadsheet: one row per service with the A2.5 fields, the same
// columns as the workspace format's Service (docs/inventory-csv.md). Headers may also be written
// in Romanian ("Denumire", "Locuri libere"); values as a person types them (da/nu, 15.03.2026).
#include <string>
#include <string_view>
#include <vector>

#include "core/model/model.h"
#include "core/observatory/validation.h"

namespace prevplan {

struct InventoryImport {
    std::vector<Service> services;  // the rows read without error; id empty unless the file gave one
    Issues issues;                  // placed by line (1 = header) and column
    int rowsRead = 0;
};

InventoryImport importInventoryCsv(std::string_view text);

// UTF-8 with a byte order mark, ";" separators, CRLF: what Excel in a Romanian locale opens.
std::string exportInventoryCsv(const Resources& resources);

// The column names in export order.
std::vector<std::string> inventoryColumns();

// Adds imported services to the plan: a row whose id is a service of the plan replaces it (an
// exported and edited file goes back in place), any other gets a new id. Returns how many were new.
int mergeInventory(Plan& plan, std::vector<Service> services);

}  // namespace prevplan
