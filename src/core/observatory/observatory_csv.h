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
    // The header as a person mapped it (ColumnMapping::targets, "" = ignored), read in place of
    // the file's own; every row keeps its line.
    std::optional<std::vector<std::string>> columns;
};

struct ObservatoryImport {
    std::optional<Plan> plan;  // absent while any error remains, unless validRowsOnly
    Issues issues;             // every error and warning, placed by line and column
    int rowsRead = 0;          // data rows (blank lines do not count)
    int rowsImported = 0;      // children in the plan
    int rowsRejected = 0;      // rows with an error of their own, their family's or household's
};

ObservatoryImport importObservatoryCsv(std::string_view text, const ObservatoryImportOptions& options);

// The same import in steps, for a page that must keep drawing: each step checks the encoding of,
// reads, or assembles and validates a bounded number of rows. The result is importObservatoryCsv's.
class ObservatoryCsvReading {
public:
    ObservatoryCsvReading(std::string_view text, ObservatoryImportOptions options);  // reads a copy
    // Reads the file where it is (no copy when it is UTF-8); the caller may keep it too.
    ObservatoryCsvReading(std::shared_ptr<const std::string> text, ObservatoryImportOptions options);
    ~ObservatoryCsvReading();
    ObservatoryCsvReading(ObservatoryCsvReading&&) noexcept;
    ObservatoryCsvReading& operator=(ObservatoryCsvReading&&) noexcept;

    // Reads at most `rows` more rows; true once the result is ready.
    bool step(std::size_t rows);
    std::size_t rowsRead() const;
    std::size_t rowsExpected() const;  // the lines after the header; 0 until the first steps counted them
    bool checking() const;             // every row is read: the next steps check them together
    double checkProgress() const;      // how far the check is, from 0 to 1 (it never goes back)
    ObservatoryImport take();          // once step() returned true

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
