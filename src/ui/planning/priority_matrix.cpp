#include "ui/planning/priority_matrix.h"

#include <imgui.h>

#include <string>

#include "core/base/format.h"
#include "core/base/words.h"
#include "core/model/planning_labels.h"
#include "ui/kit/plan_edit.h"
#include "ui/planning/strings.h"
#include "ui/kit/table.h"
#include "ui/kit/widgets.h"

namespace prevplan::ui {

namespace {

// One colour per criterion (ABGR), the same in the matrix header and the contribution bars.
constexpr unsigned int kCriterionColors[kCriterionCount] = {0xFF2D6FD8, 0xFF2828C0, 0xFF9C6A1F, 0xFF327D2E,
                                                            0xFF1E9BC9, 0xFF8E3E8E, 0xFF7A7A2A};

std::string cellLabel(const Context& ctx, const Candidate& c, int criterion) {
    return format(ctx.t(str::kScoreOf), c.name.c_str(), ctx.t(kCriterionNames[criterion]));
}

}  // namespace

void setScore(Context& ctx, const Plan& plan, std::size_t candidate, int criterion, int score) {
    editPlanWith(ctx, plan, "score", {}, [&](Plan& p) { p.planning.candidates[candidate].scores[criterion].score = score; });
}

const PriorityMatrix::Figures& PriorityMatrix::figures(const Context& ctx, const Plan& plan) {
    return figures_.get(ctx.snapshot(plan), [&] { return Figures{rankCandidates(plan), prevplan::staffing(plan)}; });
}

void PriorityMatrix::weights(Context& ctx, const Plan& plan) {
    const float em = ImGui::GetFontSize();
    textItem(ctx.t(str::kWeights));
    // Each criterion's name before its weight, the pairs wrapping onto the next line at any zoom.
    for (int k = 0; k < kCriterionCount; ++k) {
        ImGui::PushID(k);
        const char* name = ctx.t(kCriterionNames[k]);
        if (k > 0) toolbarNext(ImGui::CalcTextSize(name).x + ImGui::GetStyle().ItemSpacing.x + em * 3);
        ImGui::AlignTextToFramePadding();
        coloredText(name, kCriterionColors[k]);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", ctx.t(str::kCriteriaHelp[k]));
        ImGui::SameLine();
        int w = plan.planning.weights[k];
        ImGui::SetNextItemWidth(em * 3);
        if (ImGui::InputInt("##w", &w, 0) && w >= 0 && w <= kMaxWeight)
            editPlanWith(ctx, plan, "weight", plan.id + "/weight/" + std::to_string(k), [&](Plan& p) { p.planning.weights[k] = w; });
        labelLastItem(format(ctx.t(str::kWeightOf), name).c_str());
        ImGui::PopID();
    }
    if (button(ctx.t(str::kResetWeights), !ctx.readOnly && plan.planning.weights != Planning::defaultWeights()))
        editPlanWith(ctx, plan, "default weights", {}, [](Plan& p) { p.planning.weights = Planning::defaultWeights(); });
}

void PriorityMatrix::scorePopup(Context& ctx, const Plan& plan, const RankedCandidate& row, int criterion) {
    const Candidate& c = plan.planning.candidates[row.index];
    textItem(cellLabel(ctx, c, criterion).c_str());
    mutedText(ctx.t(str::kCriteriaHelp[criterion]));
    for (int s = kMinScore; s <= kMaxScore; ++s) {
        if (s > kMinScore) ImGui::SameLine();
        if (button(format(ctx.t(str::kScoreValue), s).c_str(), !ctx.readOnly)) {
            setScore(ctx, plan, row.index, criterion, s);
            ImGui::CloseCurrentPopup();
        }
    }
    ImGui::SameLine();
    if (button(ctx.t(str::kScoreClear), !ctx.readOnly && row.scores[criterion] > 0)) setScore(ctx, plan, row.index, criterion, 0);
    if (const auto& suggested = row.suggested[criterion]) {
        textItem(format(ctx.t(str::kSuggested), *suggested).c_str());
        ImGui::SameLine();
        if (button(ctx.t(str::kUseSuggestion), !ctx.readOnly)) setScore(ctx, plan, row.index, criterion, *suggested);
    }
    std::string note = c.scores[criterion].note;
    if (inputText(ctx.t(str::kScoreNote), note, ImGui::GetFontSize() * 24))
        editPlanWith(ctx, plan, "score note", plan.id + "/note/" + c.id + "/" + std::to_string(criterion),
                     [&](Plan& p) { p.planning.candidates[row.index].scores[criterion].note = note; });
}

void PriorityMatrix::scoreCell(Context& ctx, const Plan& plan, const RankedCandidate& row, int criterion, MatrixMode mode) {
    const Candidate& c = plan.planning.candidates[row.index];
    const int score = row.scores[criterion];
    const std::string label = cellLabel(ctx, c, criterion);
    if (isComputed(static_cast<Criterion>(criterion))) {
        textItem(std::to_string(score).c_str());
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", ctx.t(str::kCriteriaHelp[criterion]));
        return;
    }
    // Ids that stay when the score, the language or the candidate's name change (rows push the candidate's id).
    const std::string id = "score-" + std::to_string(criterion);
    const std::string text = score ? std::to_string(score) : std::string(ctx.t(str::kNotScored));
    const bool clicked = ImGui::Button(stableId(text.c_str(), id.c_str()).c_str(), ImVec2(ImGui::GetFontSize() * 2.2f, 0));
    labelLastItem(label.c_str());
    if (!c.scores[criterion].note.empty() && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", c.scores[criterion].note.c_str());
    if (mode == MatrixMode::Projector) {
        if (clicked && !ctx.readOnly) setScore(ctx, plan, row.index, criterion, score >= kMaxScore ? kMinScore : score + 1);
        if (ImGui::IsItemClicked(ImGuiMouseButton_Right) && score > kMinScore && !ctx.readOnly)
            setScore(ctx, plan, row.index, criterion, score - 1);
        return;
    }
    if (clicked) ImGui::OpenPopup(id.c_str());
    if (ImGui::BeginPopup(id.c_str())) {
        scorePopup(ctx, plan, row, criterion);
        ImGui::EndPopup();
    }
}

void PriorityMatrix::matrix(Context& ctx, const Plan& plan, MatrixMode mode) {
    const Ranking& ranking = figures(ctx, plan).ranking;
    const Planning& p = plan.planning;
    const int columns = kCriterionCount + 2;
    if (!ImGui::BeginTable("matrix", columns, ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders | ImGuiTableFlags_SizingStretchProp))
        return;
    ImGui::TableSetupColumn(ctx.t(str::kColCandidateService), 0, 4.5f);
    for (int k = 0; k < kCriterionCount; ++k) ImGui::TableSetupColumn(ctx.t(str::kCriteriaShort[k]), 0, 1.1f);
    ImGui::TableSetupColumn(ctx.t(str::kColTotal), 0, 0.8f);
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    for (int col = 0; col < columns; ++col) {
        ImGui::TableSetColumnIndex(col);
        const int k = col - 1;
        if (k >= 0 && k < kCriterionCount) {
            // The weight under the name, in the criterion's colour.
            const std::string header = format("%s\n× %d", ctx.t(str::kCriteriaShort[k]), p.weights[k]);
            ImGui::PushStyleColor(ImGuiCol_Text, kCriterionColors[k]);
            ImGui::TableHeader(header.c_str());
            ImGui::PopStyleColor();
            if (ImGui::IsItemHovered())
                ImGui::SetTooltip("%s: %s", ctx.t(kCriterionNames[k]), ctx.t(str::kCriteriaHelp[k]));
        } else {
            ImGui::TableHeader(ImGui::TableGetColumnName(col));
        }
    }
    // Rows in the candidates' own order, so a row does not jump while the group scores it.
    std::vector<const RankedCandidate*> rows(ranking.rows.size());
    for (const auto& r : ranking.rows) rows[r.index] = &r;
    for (const RankedCandidate* row : rows) {
        const Candidate& c = p.candidates[row->index];
        ImGui::PushID(c.id.c_str());
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        // The name and the group's figures wrap in the cell, whole on every screen.
        ImGui::PushTextWrapPos(0);
        textItem(c.name.c_str());
        if (mode == MatrixMode::Desk) {
            mutedText(format(ctx.t(str::kGroupFigures), countOf(row->group.children, nouns::kChild, ctx.lang).c_str(),
                             countOf(row->group.households, nouns::kHousehold, ctx.lang).c_str(),
                             groupedNumber(row->group.urgentHouseholds, ctx.lang).c_str())
                          .c_str());
        }
        ImGui::PopTextWrapPos();
        for (int k = 0; k < kCriterionCount; ++k) {
            ImGui::TableNextColumn();
            scoreCell(ctx, plan, *row, k, mode);
        }
        ImGui::TableNextColumn();
        textItem(decimalNumber(row->total, 2, ctx.lang).c_str());
        ImGui::PopID();
    }
    ImGui::EndTable();
}

void PriorityMatrix::contributionBar(const Context& ctx, const Plan& plan, const Ranking& ranking, const RankedCandidate& row,
                                     float width) const {
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float height = ImGui::GetTextLineHeight();
    ImGui::Dummy(ImVec2(width, height));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRect(origin, ImVec2(origin.x + width, origin.y + height), ImGui::GetColorU32(ImGuiCol_Border));
    float x = origin.x;
    for (int k = 0; k < kCriterionCount; ++k) {
        const float w = static_cast<float>(row.contribution[k] / kMaxScore) * width;
        draw->AddRectFilled(ImVec2(x, origin.y), ImVec2(x + w, origin.y + height), kCriterionColors[k]);
        x += w;
    }
    if (!ImGui::IsItemHovered()) return;
    std::string tip;
    for (int k = 0; k < kCriterionCount; ++k) {
        tip += format("%s: %d × %d / %d = %s\n", ctx.t(kCriterionNames[k]), row.scores[k], plan.planning.weights[k],
                      ranking.totalWeight, decimalNumber(row.contribution[k], 2, ctx.lang).c_str());
    }
    ImGui::SetTooltip("%s", tip.c_str());
}

void PriorityMatrix::ranking(Context& ctx, const Plan& plan, MatrixMode mode) {
    const Ranking& ranking = figures(ctx, plan).ranking;
    const float em = ImGui::GetFontSize();
    textItem(ctx.t(str::kRanking));
    if (!ImGui::BeginTable("ranking", 5, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit)) return;
    ImGui::TableSetupColumn(ctx.t(str::kColRank));
    ImGui::TableSetupColumn(ctx.t(str::kColCandidateService), ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn(ctx.t(str::kColTotal));
    ImGui::TableSetupColumn(ctx.t(str::kColContributions), ImGuiTableColumnFlags_WidthFixed, em * 16);
    ImGui::TableSetupColumn(ctx.t(str::kColShortList));
    ImGui::TableHeadersRow();
    for (const RankedCandidate& row : ranking.rows) {
        const Candidate& c = plan.planning.candidates[row.index];
        ImGui::PushID(c.id.c_str());
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        textItem(format("%d", row.rank).c_str());
        ImGui::TableNextColumn();
        textItem(c.name.c_str());
        if (row.missing && mode == MatrixMode::Desk) {
            ImGui::SameLine();
            coloredText(format("(%s)", format(ctx.t(str::kMissingScores),
                                              countOf(row.missing, str::kCriterionNoun, ctx.lang).c_str())
                                           .c_str())
                            .c_str(),
                        kColorMuted);
        }
        ImGui::TableNextColumn();
        const std::string total = decimalNumber(row.total, 2, ctx.lang);
        textItem(total.c_str(), (std::string(ctx.t(str::kColTotal)) + " " + c.name + " " + total).c_str());
        ImGui::TableNextColumn();
        contributionBar(ctx, plan, ranking, row, em * 16);
        ImGui::TableNextColumn();
        bool listed = c.shortListed;
        if (ImGui::Checkbox("##short", &listed) && !ctx.readOnly)
            editPlanWith(ctx, plan, "short list", {}, [&](Plan& p) { p.planning.candidates[row.index].shortListed = listed; });
        labelLastItem((std::string(ctx.t(str::kColShortList)) + ": " + c.name).c_str());
        ImGui::PopID();
    }
    ImGui::EndTable();
}

void PriorityMatrix::shortListAdvice(const Context& ctx, const Plan& plan) {
    const Ranking& ranking = figures(ctx, plan).ranking;
    textItem(
        format(ctx.t(str::kShortListCount), countOf(ranking.shortListed, nouns::kPriority, ctx.lang).c_str()).c_str());
    switch (ranking.advice) {
        case ShortListAdvice::TooFew: note(ctx.t(str::kShortListTooFew), kColorWarning); break;
        case ShortListAdvice::TooMany: note(ctx.t(str::kShortListTooMany), kColorWarning); break;
        case ShortListAdvice::Good: note(ctx.t(str::kShortListGood), kColorOk); break;
    }
}

}  // namespace prevplan::ui
