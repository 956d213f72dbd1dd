#include "ui/observatory/csv_import_view.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "core/base/csv.h"
#include "core/base/format.h"
#include "core/base/words.h"
#include "platform/platform.h"
#include "ui/kit/plan_edit.h"
#include "ui/kit/strings.h"
#include "ui/kit/widgets.h"
#include "ui/kit/work_slice.h"
#include "ui/observatory/strings.h"

namespace prevplan::ui {

namespace {

const char* kPopup = "##csv-import";

// "obs:1.a – Familia se află în situație de sărăcie": indicator columns with their label.
std::string targetName(const Context& ctx, const std::string& target) {
    if (target.empty()) return ctx.t(str::kCsvIgnore);
    const auto colon = target.find(':');
    if (colon == std::string::npos) return mappingTargetLabel(target, ctx.lang) + " (" + target + ")";
    const int i = indicatorIndex(target.substr(colon + 1));
    return i < 0 ? target : target + " – " + ctx.t(indicator(static_cast<std::size_t>(i)).label);
}

}  // namespace

void CsvImportView::open(const Context&, const Plan& plan, const std::string& filename, std::string bytes) {
    planId_ = plan.id;
    filename_ = filename;
    // The file stays where it is: the mapping reads its first rows, the check reads it in place.
    file_ = std::make_shared<const std::string>(std::move(bytes));
    mapping_ = autoMapping(csvHead(*file_, 1), plan.csvMapping);
    const CsvDocument firstRows = readCsv(csvHead(*file_, 2));
    sample_.assign(mapping_.fileColumns.size(), {});
    if (firstRows.records.size() > 1)
        for (std::size_t j = 0; j < sample_.size() && j < firstRows.records[1].fields.size(); ++j)
            sample_[j] = firstRows.records[1].fields[j];
    rows_ = 0;  // counted by the check, which reads the whole file
    result_.reset();
    merge_.reset();
    choices_.clear();
    stage_ = Stage::Mapping;
    requestOpen_ = true;
}

void CsvImportView::close() {
    stage_ = Stage::Closed;
    choices_.clear();
    file_.reset();
    reading_.reset();
    merging_.reset();
    result_.reset();
    merge_.reset();
    households_ = {};
    ImGui::CloseCurrentPopup();
}

void CsvImportView::mappingStep(Context& ctx) {
    textItem(ctx.t(str::kCsvMapping));
    mutedText(ctx.t(str::kCsvMappingHelp));
    const float em = ImGui::GetFontSize();
    const float height =
        std::min(ImGui::GetContentRegionAvail().y - em * 3, em * 1.9f * (mapping_.fileColumns.size() + 1.5f));
    if (ImGui::BeginTable("mapping", 3,
                          ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp,
                          ImVec2(0, height))) {
        ImGui::TableSetupScrollFreeze(0, 1);
        ImGui::TableSetupColumn(ctx.t(str::kCsvFileColumn), 0, 2);
        ImGui::TableSetupColumn(ctx.t(str::kCsvTarget), 0, 3);
        ImGui::TableSetupColumn(ctx.t(str::kCsvSample), 0, 2);
        ImGui::TableHeadersRow();
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(mapping_.fileColumns.size()));
        while (clipper.Step())
            for (int j = clipper.DisplayStart; j < clipper.DisplayEnd; ++j) {
                ImGui::PushID(j);
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                textItem(mapping_.fileColumns[j].c_str());
                if (!mapping_.recognised[j]) {
                    ImGui::SameLine();
                    coloredText(format("(%s)", ctx.t(str::kCsvUnrecognised)).c_str(), kColorWarning);
                }
                ImGui::TableNextColumn();
                ImGui::SetNextItemWidth(-1);
                std::string& target = mapping_.targets[j];
                if (ImGui::BeginCombo("##target", targetName(ctx, target).c_str(), ImGuiComboFlags_HeightLarge)) {
                    if (ImGui::Selectable(ctx.t(str::kCsvIgnore), target.empty())) target.clear();
                    for (const auto& t : mappingTargets())
                        if (ImGui::Selectable(targetName(ctx, t).c_str(), t == target)) target = t;
                    ImGui::EndCombo();
                }
                labelLastItem((std::string(ctx.t(str::kCsvTarget)) + " " + mapping_.fileColumns[j]).c_str());
                describeCombo(targetName(ctx, target).c_str());
                ImGui::TableNextColumn();
                textItem(sample_[j].c_str());
                ImGui::PopID();
            }
        ImGui::EndTable();
    }
    if (primaryButton(ctx.t(str::kCsvCheck))) {
        stage_ = needsHouseholdProposal(mapping_) ? Stage::Review : Stage::Working;
        if (stage_ == Stage::Review) households_.open(applyMapping(*file_, mapping_));
        work_ = Work::Map;
    }
    ImGui::SameLine();
    if (button(ctx.t(str::kCancel)) || escapePressed()) close();
}

// One slice of the check: the mapping, then rows read and checked, then the comparison.
bool CsvImportView::work(const Plan& plan) {
    constexpr std::size_t kRowsPerSlice = 256, kHouseholdsPerSlice = 128;
    switch (work_) {
        case Work::Map: {
            ObservatoryImportOptions options;
            options.county = plan.county;
            options.commune = plan.commune;
            options.today = today();
            // Valid rows only: the same errors are listed, and what is valid can still be imported.
            options.validRowsOnly = true;
            // Read in place under the mapped header, unless the rows themselves change: households
            // proposed, split columns joined or missing ones added are written out once.
            std::shared_ptr<const std::string> text = file_;
            if (needsHouseholdProposal(mapping_)) text = std::make_shared<const std::string>(households_.take());
            else if (mappingRewritesRows(mapping_)) text = std::make_shared<const std::string>(applyMapping(*file_, mapping_));
            else options.columns = mapping_.targets;
            reading_.emplace(std::move(text), std::move(options));
            choices_.clear();
            work_ = Work::Validate;
            return false;
        }
        case Work::Validate:
            rows_ = static_cast<int>(reading_->rowsExpected());
            if (!reading_->step(kRowsPerSlice)) return false;
            result_ = reading_->take();
            reading_.reset();
            if (!result_->plan) return true;
            merging_.emplace(plan, *result_->plan, today());
            work_ = Work::Compare;
            return false;
        case Work::Compare:
            if (!merging_->step(kHouseholdsPerSlice)) return false;
            merge_ = merging_->take();
            merging_.reset();
            return true;
    }
    return true;
}

void CsvImportView::workStep(Context& ctx, const Plan& plan) {
    // The browser draws only after input: ask for the next frames while there is work left.
    platform::requestFrames();
    if (workForOneFrame([&] { return work(plan); })) {
        stage_ = Stage::Result;
        resultStep(ctx, plan);  // in this frame: no empty one between
        return;
    }
    progress(ctx);
    if (button(ctx.t(str::kCancel)) || escapePressed()) close();
}

// "23.000 / 100.000 de rânduri" under the stage's name.
void CsvImportView::progress(Context& ctx) {
    static const Text* kStageNames[] = {&str::kCsvStageRead, &str::kCsvStageValidate, &str::kCsvStageCompare};
    const Text* stage = kStageNames[static_cast<int>(work_)];
    long long done = 0, total = std::max(rows_, 1);
    if (work_ == Work::Validate && reading_->checking()) {
        done = std::llround(reading_->checkProgress() * static_cast<double>(total));
    } else if (work_ == Work::Validate) {
        done = static_cast<long long>(reading_->rowsRead());
        stage = &str::kCsvStageRead;
    } else if (work_ == Work::Compare) {
        done = static_cast<long long>(merging_->childrenCompared());
        total = std::max(result_->rowsImported, 1);
    }
    done = std::min(done, total);
    // The rows are counted in the first frames of the check.
    textItem(format(ctx.t(str::kCsvWorking), rows_ ? countOf(rows_, nouns::kRow, ctx.lang).c_str() : filename_.c_str())
                 .c_str());
    const std::string count =
        rows_ ? groupedNumber(done, ctx.lang) + " / " + countOf(total, nouns::kRow, ctx.lang) + " – " + ctx.t(*stage)
              : std::string(ctx.t(*stage));
    ImGui::ProgressBar(static_cast<float>(done) / static_cast<float>(total), ImVec2(-1, 0), count.c_str());
    labelLastItem(count.c_str());
}

void CsvImportView::issuesList(Context& ctx) {
    const Issues& issues = result_->issues;
    if (issues.empty()) {
        note(ctx.t(str::kCsvNoErrors), kColorOk);
        return;
    }
    textItem(ctx.t(str::kCsvErrors));
    const float em = ImGui::GetFontSize();
    const float height = std::min(em * 1.5f * (issues.size() + 1), em * 12);
    ImGui::BeginChild("issues", ImVec2(0, height), true);
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(issues.size()));
    while (clipper.Step())
        for (int k = clipper.DisplayStart; k < clipper.DisplayEnd; ++k) {
            const Issue& issue = issues[k];
            ImGui::PushStyleColor(ImGuiCol_Text, issue.severity == Severity::Error ? kColorError : kColorWarning);
            textItem(issue.message(ctx.lang).c_str());
            ImGui::PopStyleColor();
        }
    ImGui::EndChild();
}

void CsvImportView::mergePreview(Context& ctx) {
    textItem(ctx.t(str::kCsvPreview));
    const ObservatoryMerge& m = *merge_;
    const auto number = [&](long n) { return groupedNumber(n, ctx.lang); };
    textItem(format(ctx.t(str::kCsvDiff), number(m.added).c_str(), number(m.changed).c_str(),
                    number(m.unchanged).c_str(), number(m.untouched).c_str())
                 .c_str());
    mutedText(ctx.t(str::kCsvBlankWarning));
    const float em = ImGui::GetFontSize();
    const float height = std::min(em * 1.6f * (m.entries.size() + 1), em * 10);
    if (!ImGui::BeginTable("preview", 4,
                           ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp,
                           ImVec2(0, height)))
        return;
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(m.entries.size()));
    while (clipper.Step())
        for (int k = clipper.DisplayStart; k < clipper.DisplayEnd; ++k) {
            const MergeEntry& e = m.entries[k];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            static const Text* kOutcomes[] = {&str::kCsvAdded, &str::kCsvChanged, &str::kCsvUnchanged,
                                              &str::kCsvConflict};
            textItem(ctx.t(*kOutcomes[static_cast<int>(e.outcome)]));
            ImGui::TableNextColumn();
            textItem(e.childName.c_str());
            ImGui::TableNextColumn();
            textItem(e.village.c_str());
            ImGui::TableNextColumn();
            std::string changes;
            for (const auto& c : e.changes) changes += (changes.empty() ? "" : ", ") + c;
            textItem(changes.c_str());
        }
    ImGui::EndTable();
}

// One conflict: what it is, the file's and the plan's version side by side, and the choice.
void CsvImportView::conflictChoice(Context& ctx, const Plan& plan, const MergeConflict& c) {
    static const Text* kKinds[] = {&str::kCsvCnpOtherName, &str::kCsvCnpOtherFamily, &str::kCsvPossibleDuplicate};
    ImGui::PushStyleColor(ImGuiCol_Text, c.resolution == Resolution::Undecided ? kColorWarning : kColorOk);
    textItem((std::string(ctx.t(*kKinds[static_cast<int>(c.kind)])) + ": " + c.file.name).c_str());
    ImGui::PopStyleColor();
    const bool disabled = ctx.readOnly;
    if (disabled) ImGui::BeginDisabled();
    bool changed = false;
    Resolution chosen = c.resolution;
    auto radio = [&](const Text& label, Resolution r) {
        if (!ui::radio(ctx.t(label), chosen == r)) return;
        chosen = r;
        changed = true;
    };
    radio(str::kCsvTakeFile, Resolution::TakeFile);
    ImGui::SameLine();
    radio(str::kCsvKeepPlan, Resolution::KeepPlan);
    if (c.separateAllowed) {
        ImGui::SameLine();
        radio(str::kCsvSeparate, Resolution::Separate);
    }
    if (disabled) ImGui::EndDisabled();
    if (c.takeMovesCnp) note(ctx.t(str::kCsvTakeFileCnpHelp), kColorMuted);
    if (ImGui::BeginTable("versions", 3,
                          ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_BordersInnerV)) {
        ImGui::TableSetupColumn("", 0, 1);
        ImGui::TableSetupColumn(ctx.t(str::kCsvInFile), 0, 2);
        ImGui::TableSetupColumn(ctx.t(str::kCsvInPlan), 0, 2);
        ImGui::TableHeadersRow();
        const std::pair<const Text*, std::string ChildVersion::*> kRows[] = {
            {&str::kCsvFieldName, &ChildVersion::name},
            {&str::kCsvFieldCnp, &ChildVersion::cnp},
            {&str::kCsvFieldBirth, &ChildVersion::birthDate},
            {&str::kCsvFieldVillage, &ChildVersion::village},
            {&str::kCsvFieldHousehold, &ChildVersion::householdId},
            {&str::kCsvFieldFamily, &ChildVersion::familyId},
            {&str::kCsvFieldHead, &ChildVersion::familyHead},
            {&str::kCsvFieldSheet, &ChildVersion::sheetId}};
        for (const auto& [label, field] : kRows) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            mutedText(ctx.t(*label));
            const bool differs = c.file.*field != c.plan.*field;
            for (const std::string* value : {&(c.file.*field), &(c.plan.*field)}) {
                ImGui::TableNextColumn();
                if (differs) ImGui::PushStyleColor(ImGuiCol_Text, kColorWarning);
                textItem(value->c_str());
                if (differs) ImGui::PopStyleColor();
            }
        }
        ImGui::EndTable();
    }
    if (changed) {  // compared again with the choice, a slice per frame as the first time
        choices_[c.row] = chosen;
        merging_.emplace(plan, *result_->plan, today(), choices_);
        work_ = Work::Compare;
        stage_ = Stage::Working;
    }
}

void CsvImportView::conflictsList(Context& ctx, const Plan& plan) {
    const ObservatoryMerge& m = *merge_;
    textItem(ctx.t(str::kCsvConflicts));
    if (m.unresolved > 0) note(countOf(m.unresolved, str::kConflictToResolve, ctx.lang).c_str(), kColorWarning);
    else note(ctx.t(str::kCsvConflictsResolved), kColorOk);
    const float em = ImGui::GetFontSize();
    // What is left above the buttons, so that they always show.
    const float room = ImGui::GetContentRegionAvail().y - em * 4.5f;
    ImGui::BeginChild("conflicts", ImVec2(0, std::max(em * 6, std::min(em * 16.0f * m.conflicts.size(), room))), true);
    // By copy: a choice merges again and replaces the list being drawn.
    const std::vector<MergeConflict> conflicts = m.conflicts;
    for (std::size_t k = 0; k < conflicts.size(); ++k) {
        ImGui::PushID(static_cast<int>(conflicts[k].row));
        if (k > 0) ImGui::Separator();
        conflictChoice(ctx, plan, conflicts[k]);
        ImGui::PopID();
    }
    ImGui::EndChild();
}

void CsvImportView::resultStep(Context& ctx, const Plan& plan) {
    textItem(ctx.t(str::kCsvResult));
    textItem(format(ctx.t(str::kCsvRows), countOf(result_->rowsRead, str::kRowRead, ctx.lang).c_str(),
                    groupedNumber(result_->rowsRejected, ctx.lang).c_str())
                 .c_str());
    issuesList(ctx);
    if (merge_) mergePreview(ctx);
    if (merge_ && !merge_->conflicts.empty()) conflictsList(ctx, plan);
    const bool errors = hasErrors(result_->issues);
    // Nothing is committed while a conflict waits for a choice.
    const bool ready = !ctx.readOnly && merge_ && merge_->unresolved == 0;
    if (merge_ && merge_->unresolved > 0) note(ctx.t(str::kCsvWaitsForChoices), kColorWarning);
    if (primaryButton(ctx.t(str::kCsvImportAll), ready && !errors)) apply(ctx, plan);
    ImGui::SameLine();
    const std::string valid =
        format(ctx.t(str::kCsvImportValid), groupedNumber(result_->rowsImported, ctx.lang).c_str());
    if (button(stableId(valid.c_str(), "import-valid").c_str(), ready && errors && result_->rowsImported > 0))
        apply(ctx, plan);
    ImGui::SameLine();
    if (button(ctx.t(str::kCsvMapping))) stage_ = Stage::Mapping;
    ImGui::SameLine();
    if (button(ctx.t(str::kCancel)) || escapePressed()) close();
}

void CsvImportView::apply(Context& ctx, const Plan& plan) {
    editPlanWith(ctx, plan, "import CSV", {}, [&](Plan& p) {
        const RememberedMapping remembered = rememberMapping(mapping_, p.csvMapping);
        p = std::move(merge_->plan);
        p.csvMapping = remembered;
    });
    close();
}

void CsvImportView::draw(Context& ctx, const Plan& plan) {
    if (stage_ == Stage::Closed) return;
    if (plan.id != planId_) {  // the plan was closed under the dialog
        stage_ = Stage::Closed;
        reading_.reset();
        merging_.reset();
        return;
    }
    // Open until closed here: should another dialog have closed it, it comes back once that one is gone.
    if (requestOpen_ || !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) {
        ImGui::OpenPopup(kPopup);
        requestOpen_ = false;
    }
    const ImVec2 size = ImGui::GetMainViewport()->WorkSize;
    ImGui::SetNextWindowSize(ImVec2(size.x * 0.85f, size.y * 0.85f), ImGuiCond_Appearing);
    // Kept inside the window and centred when it is made smaller, so its buttons never leave the screen.
    ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), size);
    ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetWorkCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    if (!ImGui::BeginPopupModal(kPopup, nullptr, ImGuiWindowFlags_NoTitleBar)) return;
    textItem(format(ctx.t(str::kCsvTitle), filename_.c_str()).c_str());
    ImGui::Separator();
    switch (stage_) {
        case Stage::Mapping: mappingStep(ctx); break;
        case Stage::Review: {
            const auto outcome = households_.draw(ctx);
            if (outcome != HouseholdProposalView::Outcome::Waiting)
                stage_ = outcome == HouseholdProposalView::Outcome::Confirmed ? Stage::Working : Stage::Mapping;
            break;
        }
        case Stage::Working: workStep(ctx, plan); break;
        case Stage::Result: resultStep(ctx, plan); break;
        case Stage::Closed: break;
    }
    ImGui::EndPopup();
}

}  // namespace prevplan::ui
