#pragma once
// Importing the Observatory from a CSV saved by Excel or LibreOffice into the open plan:
// column mapping (automatic, then by hand), a check that lists every error by row and column,
// a preview of what will be added, changed and left alone, the conflicts a person resolves one by
// one (a CNP of another child, a possible duplicate), and one undoable step.
#include <memory>
#include <optional>
#include <string>

#include "core/observatory/observatory_csv.h"
#include "core/observatory/observatory_mapping.h"
#include "core/observatory/observatory_merge.h"
#include "ui/kit/context.h"
#include "ui/observatory/household_proposal_view.h"

namespace prevplan::ui {

class CsvImportView {
public:
    void open(const Context& ctx, const Plan& plan, const std::string& filename, std::string bytes);
    void draw(Context& ctx, const Plan& plan);

private:
    enum class Stage { Closed, Mapping, Review, Working, Result };  // Review: a list without household codes
    // The check runs in slices, a frame's time for work each (ui/kit/work_slice.h), so the page
    // keeps drawing the progress bar and answering Cancel.
    enum class Work { Map, Validate, Compare };

    Stage stage_ = Stage::Closed;
    Work work_ = Work::Map;
    bool requestOpen_ = false;
    std::string planId_, filename_;
    std::shared_ptr<const std::string> file_;  // as chosen; the check reads it in place
    ColumnMapping mapping_;
    std::vector<std::string> sample_;  // the first row's values, per file column
    int rows_ = 0;
    std::optional<ObservatoryCsvReading> reading_;
    std::optional<ObservatoryMerging> merging_;
    std::optional<ObservatoryImport> result_;
    std::optional<ObservatoryMerge> merge_;
    MergeChoices choices_;  // per conflict, by the file's child
    HouseholdProposalView households_;

    void mappingStep(Context& ctx);
    void workStep(Context& ctx, const Plan& plan);
    bool work(const Plan& plan);  // one slice; true when the result is ready
    void progress(Context& ctx);
    void resultStep(Context& ctx, const Plan& plan);
    void issuesList(Context& ctx);
    void mergePreview(Context& ctx);
    void conflictsList(Context& ctx, const Plan& plan);
    void conflictChoice(Context& ctx, const Plan& plan, const MergeConflict& conflict);
    void apply(Context& ctx, const Plan& plan);
    void close();
};

}  // namespace prevplan::ui
