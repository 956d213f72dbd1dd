#pragma once
// The Community Children Observatory as a spreadsheet (Annex A2.1): one row per child, grouped
// by household and family nucleus, with the Observation Sheet's answers (obs:<code>) and the risk
// identification's verdicts (conf:<code>). The format is documented in docs/csv-format.md.
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/model.h"
#include "core/observatory/validation.h"

namespace prevplan {

struct ObservatoryImportOptions {
    int county = 0;  // Annex 1 code: the AA of every sheet id
    std::string commune;
    Date today;                  // no date may be later; also the plan's creation date
    bool validRowsOnly = false;  // import what is valid and skip (and count) the rest
};

struct ObservatoryImport {
    std::optional<Plan> plan;  // absent while any error remains, unless validRowsOnly
    Issues issues;             // every error and warning, placed by line and column
    int rowsRead = 0;          // data rows (blank lines do not count)
    int rowsImported = 0;      // children in the plan
    int rowsRejected = 0;      // rows with an error of their own, their family's or household's
};

ObservatoryImport importObservatoryCsv(std::string_view text, const ObservatoryImportOptions& options);

// The same import in steps, for a page that must keep drawing: each step reads a bounded number
// of rows; the last one checks the households and families. The result is importObservatoryCsv's.
class ObservatoryCsvReading {
public:
    ObservatoryCsvReading(std::string_view text, ObservatoryImportOptions options);
    ~ObservatoryCsvReading();
    ObservatoryCsvReading(ObservatoryCsvReading&&) noexcept;
    ObservatoryCsvReading& operator=(ObservatoryCsvReading&&) noexcept;

    // Reads at most `rows` more rows; true once the result is ready.
    bool step(std::size_t rows);
    std::size_t rowsRead() const;
    bool checking() const;     // every row is read: the next step checks them together
    ObservatoryImport take();  // once step() returned true

private:
    struct State;
    std::unique_ptr<State> state_;
    ObservatoryImport done_;
    void fail();
};

// The plan's Observatory in the same format: UTF-8 with a byte order mark, ";" separators, CRLF
// line ends (what Excel in a Romanian locale opens directly), every column, one row per child.
std::string exportObservatoryCsv(const Plan& plan);

// The column names in export order.
std::vector<std::string> observatoryColumns();

}  // namespace prevplan
