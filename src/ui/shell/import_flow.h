#pragma once
// Importing a file: validate into a new workspace, report every error with its place,
// ask what to do with plans that already exist, and only then commit (one undo step).
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/workspace/workspace_edits.h"
#include "core/workspace/workspace_json.h"
#include "ui/kit/context.h"

namespace prevplan::ui {

class ImportFlow {
public:
    // Reads the file a slice per frame (draw() advances it), with a progress bar and Cancel.
    void open(const std::string& filename, std::string bytes);
    // Shows why a file is not imported at all (no format error to list).
    void refuse(const std::string& filename, std::string reason);
    void draw(Context& ctx);

    // What the last import attempt left on screen (the test API reports it).
    const std::vector<FormatError>& errors() const { return errors_; }

private:
    std::string filename_;
    std::vector<FormatError> errors_;
    std::size_t errorCount_ = 0;  // also those the file had beyond the ones kept
    std::string reason_;
    std::unique_ptr<WorkspaceReading> reading_;  // while the file is read
    std::optional<Workspace> incoming_;
    std::vector<Id> conflicts_;
    bool showErrors_ = false, showConflicts_ = false;

    void readingDialog(Context& ctx);
    void readSlice(Context& ctx);
    void errorsDialog(Context& ctx);
    void conflictDialog(Context& ctx);
    void apply(Context& ctx, Conflict onConflict);
};

}  // namespace prevplan::ui
