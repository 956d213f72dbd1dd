#include "ui/planning/consultation_view.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "core/base/format.h"
#include "core/base/words.h"
#include "core/model/planning_labels.h"
#include "ui/kit/plan_edit.h"
#include "ui/planning/planning_widgets.h"
#include "ui/planning/strings.h"
#include "ui/kit/widgets.h"

namespace prevplan::ui {

namespace {

int participantCount(const ConsultationRound& r) {
    int n = 0;
    for (const auto& p : r.participants) n += p.count;
    return n;
}

CandidateOpinion& opinionFor(ConsultationRound& r, const Id& candidate) {
    for (auto& o : r.opinions)
        if (o.candidate == candidate) return o;
    r.opinions.push_back({candidate, 0, {}});
    return r.opinions.back();
}

// "Școala · Părinți · 3 persoane".
void participantLine(const Context& ctx, const Participant& p) {
    bullet(format("%s · %s · %s", p.organisation.empty() ? "–" : p.organisation.c_str(),
                  ctx.t(kParticipantKindNames[static_cast<int>(p.kind)]),
                  countOf(p.count, nouns::kPerson, ctx.lang).c_str())
               .c_str());
}

}  // namespace

void ConsultationView::participants(const Context& ctx) {
    const float em = ImGui::GetFontSize();
    textItem(ctx.t(str::kParticipants));
    for (const Participant& p : draft_.participants) participantLine(ctx, p);
    inputText(ctx.t(str::kOrganisation), participant_.organisation, em * 12);
    ImGui::SameLine();
    enumCombo(ctx, ctx.t(str::kKind), kParticipantKindNames, participant_.kind, em * 9);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em * 4);
    ImGui::InputInt("##count", &participant_.count, 0);
    labelLastItem(ctx.t(str::kCount));
    ImGui::SameLine();
    if (button(ctx.t(str::kAddParticipant), participant_.count > 0)) {
        draft_.participants.push_back(participant_);
        participant_ = Participant{};
    }
}

void ConsultationView::votes(const Context& ctx, const Plan& plan) {
    const float em = ImGui::GetFontSize();
    if (!ImGui::BeginTable("votes", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit)) return;
    ImGui::TableSetupColumn(ctx.t(str::kColCandidateService), ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn(ctx.t(str::kVotes));
    ImGui::TableSetupColumn(ctx.t(str::kOpinions), ImGuiTableColumnFlags_WidthFixed, em * 20);
    ImGui::TableHeadersRow();
    for (const Candidate& c : plan.planning.candidates) {
        ImGui::PushID(c.id.c_str());
        CandidateOpinion& o = opinionFor(draft_, c.id);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        textItem(c.name.c_str());
        ImGui::TableNextColumn();
        ImGui::SetNextItemWidth(em * 4);
        if (ImGui::InputInt("##votes", &o.votes, 0) && o.votes < 0) o.votes = 0;
        labelLastItem(format(ctx.t(str::kVotesFor), c.name.c_str()).c_str());
        ImGui::TableNextColumn();
        inputText((std::string("##op") + c.id).c_str(), o.opinions, em * 20);
        labelLastItem(format(ctx.t(str::kOpinionsFor), c.name.c_str()).c_str());
        ImGui::PopID();
    }
    ImGui::EndTable();
}

void ConsultationView::form(Context& ctx, const Plan& plan) {
    const float em = ImGui::GetFontSize();
    const std::string header = stableId(ctx.t(str::kNewRound), "new-round");
    if (!ImGui::CollapsingHeader(header.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) return;
    if (!draft_.date) draft_.date = today();
    dateField(ctx.t(str::kRoundDate), draft_.date, em * 7, ctx.lang);
    ImGui::SameLine();
    fieldLabel(ctx.t(str::kRoundFormat));
    enumCombo(ctx, ctx.t(str::kRoundFormat), kConsultationFormatNames, draft_.format, em * 12);
    participants(ctx);
    votes(ctx, plan);
    multilineText("##decisions", draft_.decisions, ImVec2(-1, em * 3));
    labelLastItem(ctx.t(str::kDecisions));
    mutedText(ctx.t(str::kDecisions));
    if (!primaryButton(ctx.t(str::kRecordRound), !ctx.readOnly && !plan.planning.candidates.empty())) return;
    ConsultationRound round = draft_;
    round.opinions.erase(std::remove_if(round.opinions.begin(), round.opinions.end(),
                                        [&](const CandidateOpinion& o) {
                                            return !findCandidate(plan.planning, o.candidate) ||
                                                   (o.votes == 0 && o.opinions.empty());
                                        }),
                         round.opinions.end());
    editPlanWith(ctx, plan, "record round", {}, [&](Plan& p) {
        round.id = newId(p, 'r');
        p.planning.rounds.push_back(round);
    });
    draft_ = ConsultationRound{};
}

void ConsultationView::recorded(const Context& ctx, const Plan& plan) const {
    mutedText(ctx.t(str::kRoundsKept));
    if (plan.planning.rounds.empty()) mutedText(ctx.t(str::kNoRounds));
    for (std::size_t i = 0; i < plan.planning.rounds.size(); ++i) {
        const ConsultationRound& r = plan.planning.rounds[i];
        const std::string title =
            format(ctx.t(str::kRoundTitle), static_cast<int>(i) + 1, r.date ? r.date->shown().c_str() : "…",
                   ctx.t(kConsultationFormatNames[static_cast<int>(r.format)]),
                   countOf(participantCount(r), nouns::kParticipant, ctx.lang).c_str());
        ImGui::PushID(r.id.c_str());
        const bool open = ImGui::TreeNode(stableId(title.c_str(), "round").c_str());
        labelLastItem(title.c_str());
        if (open) {
            for (const auto& p : r.participants) participantLine(ctx, p);
            for (const auto& o : r.opinions)
                bullet(format("%s: %s%s%s", candidateLabel(plan.planning, o.candidate, ctx.lang).c_str(),
                              countOf(o.votes, str::kVoteNoun, ctx.lang).c_str(), o.opinions.empty() ? "" : " — ",
                              o.opinions.c_str())
                           .c_str());
            if (!r.decisions.empty()) paragraph(format("%s: %s", ctx.t(str::kDecisions), r.decisions.c_str()).c_str());
            ImGui::TreePop();
        }
        ImGui::PopID();
    }
}

void ConsultationView::draw(Context& ctx, const Plan& plan) {
    recorded(ctx, plan);
    ImGui::Spacing();
    form(ctx, plan);
}

}  // namespace prevplan::ui
