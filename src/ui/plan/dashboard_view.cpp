#include "ui/plan/dashboard_view.h"

#include <imgui.h>

#include <string>

#include "core/base/format.h"
#include "core/base/words.h"
#include "ui/kit/next_step.h"
#include "ui/kit/widgets.h"
#include "ui/plan/strings.h"
#include "ui/shell/steps.h"

namespace prevplan::ui {

namespace {

// One figure of the commune and the step whose screen shows it.
struct Figure {
    const Text* label;
    long CommuneCounts::*count;
    Step step;
};
constexpr Figure kFigures[] = {
    {&str::kFigureChildren, &CommuneCounts::children, Step::Observatory},
    {&str::kFigureHouseholds, &CommuneCounts::households, Step::Observatory},
    {&str::kFigureAtRisk, &CommuneCounts::atRiskChildren, Step::Report},
    {&str::kFigureRegistry, &CommuneCounts::registryChildren, Step::Registry},
    {&str::kFigureConfirmed, &CommuneCounts::confirmedRisks, Step::Risk},
    {&str::kFigureServicePlans, &CommuneCounts::servicePlans, Step::Registry},
};

std::string figureText(const Context& ctx, const Figure& f, const CommuneCounts& counts) {
    const std::string n = groupedNumber(counts.*f.count, ctx.lang);
    if (f.count != &CommuneCounts::servicePlans) return n;
    return format(ctx.t(str::kFigureOf), n.c_str(), groupedNumber(counts.registryChildren, ctx.lang).c_str());
}

// The figures as cards: the number large, its name a link to the step.
std::optional<Step> figures(const Context& ctx, const CommuneCounts& counts) {
    std::optional<Step> go;
    section(ctx.t(str::kCommuneInFigures));
    const int columns = ImGui::GetContentRegionAvail().x > em() * 42 ? 3 : 2;
    if (!ImGui::BeginTable("figures", columns,
                           ImGuiTableFlags_BordersOuter | ImGuiTableFlags_BordersInnerV |
                               ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_PadOuterX))
        return go;
    for (const Figure& f : kFigures) {
        ImGui::TableNextColumn();
        const std::string number = figureText(ctx, f, counts);
        theme::pushType(theme::Type::Title);
        const char* label = ctx.t(*f.label);
        textItem(number.c_str(), format("%s: %s", label, number.c_str()).c_str());
        theme::popType();
        ImGui::PushID(label);
        if (ImGui::SmallButton(label)) go = f.step;
        ImGui::PopID();
        labelLastItem(label);
    }
    ImGui::EndTable();
    return go;
}

// Overdue work by kind, the legal deadlines under their own heading; each row opens the work queue.
std::optional<Step> overdue(const Context& ctx, const PlanProgress& progress) {
    section(
        format("%s (%s)", ctx.t(str::kOverdueWork), groupedNumber(progress.overdueTotal, ctx.lang).c_str()).c_str());
    if (progress.overdue.empty()) {
        helper(ctx.t(str::kNothingOverdue));
        return std::nullopt;
    }
    std::optional<Step> go;
    for (const bool legal : {true, false}) {
        bool heading = false;
        for (const OverdueWork& w : progress.overdue) {
            if (w.legal != legal) continue;
            if (!heading) {
                coloredText(format("%s%s", legal ? "\xE2\x9A\xA0 " : "",
                                   ctx.t(legal ? str::kDashboardLegalDeadlines : str::kDashboardRoutineDeadlines))
                                .c_str(),
                            legal ? kColorError : kColorMuted);
                heading = true;
            }
            const std::string label = format("%s: %s", ctx.t(w.label), groupedNumber(w.count, ctx.lang).c_str());
            ImGui::Bullet();
            if (ImGui::SmallButton(stableId(label.c_str(), w.label.en).c_str())) go = Step::WorkQueue;
            labelLastItem(label.c_str());
            ImGui::SameLine();
            coloredText(format(ctx.t(str::kOverdueSince), w.oldest.shown().c_str()).c_str(), kColorMuted);
        }
    }
    return go;
}

std::optional<Step> whatNext(const Context& ctx, const PlanProgress& progress) {
    section(ctx.t(str::kWhatNext));
    if (!progress.next) {
        helper(ctx.t(str::kAllStepsDone));
        return std::nullopt;
    }
    const Step step = uiStep(*progress.next);
    const StepProgress& p = progress.of(*progress.next);
    if (nextStepAction(ctx, stepNumber(step), ctx.t(*stepInfo(step).title), p.reason.in(ctx.lang).c_str())) return step;
    return std::nullopt;
}

}  // namespace

std::optional<Step> drawDashboard(const Context& ctx, const Plan& plan, const PlanProgress& progress) {
    title(format("%s: %s", ctx.t(str::kDashboard), plan.commune.c_str()).c_str(), 2);
    std::optional<Step> go = whatNext(ctx, progress);
    ImGui::Spacing();
    if (auto to = figures(ctx, progress.counts)) go = to;
    ImGui::Spacing();
    if (auto to = overdue(ctx, progress)) go = to;
    return go;
}

}  // namespace prevplan::ui
