#pragma once
// The Community Children Observatory as a spreadsheet (Annex A2.1): one row per child, grouped
// by household and family nucleus, with the Observation Sheet's answers (obs:<code>) and the risk
// identification's verdicts (conf:<code>). The format is documented in docs/csv-format.md.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/model.h"
#include "core/observatory/validation.h"

namespace prevplan {

struct ObservatoryImportOptions {
    int county = 0;        // Annex 1 code: the AA of every sheet id
    std::string commune;
    Date today;            // no date may be later; also the plan's creation date
    bool validRowsOnly = false;  // import what is valid and skip (and count) the rest
};

struct ObservatoryImport {
    std::optional<Plan> plan;  // absent while any error remains, unless validRowsOnly
    Issues issues;             // every error and warning, placed by line and column
    int rowsRead = 0;       // data rows (blank lines do not count)
    int rowsImported = 0;   // children in the plan
    int rowsRejected = 0;   // rows with an error of their own, their family's or household's
};

ObservatoryImport importObservatoryCsv(std::string_view text, const ObservatoryImportOptions& options);

// The plan's Observatory in the same format: UTF-8 with a byte order mark, ";" separators, CRLF
// line ends (what Excel in a Romanian locale opens directly), every column, one row per child.
std::string exportObservatoryCsv(const Plan& plan);

// The column names in export order.
std::vector<std::string> observatoryColumns();

}  // namespace prevplan
