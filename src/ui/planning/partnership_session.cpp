#include "ui/planning/partnership_session.h"

#include <imgui.h>

#include <algorithm>

#include "core/base/format.h"
#include "platform/platform.h"
#include "ui/planning/strings.h"
#include "ui/kit/widgets.h"

namespace prevplan::ui {

namespace {
constexpr float kProjectorScale = 1.6f;  // readable from the back of a council room
}

double PartnershipSession::secondsLeft() const {
    const double running = startedAt_ >= 0 ? ImGui::GetTime() - startedAt_ : 0;
    return std::max(0.0, minutes_ * 60.0 - elapsed_ - running);
}

void PartnershipSession::timer(const Context& ctx) {
    const double left = secondsLeft();
    ImGui::SetWindowFontScale(kProjectorScale * 1.6f);
    const int seconds = static_cast<int>(left);
    coloredText(format("%02d:%02d", seconds / 60, seconds % 60).c_str(), left > 0 ? kColorOk : kColorError);
    ImGui::SetWindowFontScale(kProjectorScale);
    ImGui::SameLine();
    if (startedAt_ < 0) {
        if (button(ctx.t(str::kTimerStart))) startedAt_ = ImGui::GetTime();
    } else if (button(ctx.t(str::kTimerPause))) {
        elapsed_ += ImGui::GetTime() - startedAt_;
        startedAt_ = -1;
    }
    ImGui::SameLine();
    if (button(ctx.t(str::kTimerReset))) {
        startedAt_ = -1;
        elapsed_ = 0;
    }
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 3);
    if (ImGui::InputInt("##minutes", &minutes_, 0)) minutes_ = std::clamp(minutes_, 1, 180);
    labelLastItem(ctx.t(str::kTimerMinutes));
    ImGui::SameLine();
    textItem(ctx.t(str::kTimerMinutes));
}

bool PartnershipSession::draw(Context& ctx, const Plan& plan, PriorityMatrix& matrix) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    bool open = true;
    ImGui::Begin(stableId(ctx.t(str::kSessionTitle), "partnership-session").c_str(), nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
    ImGui::SetWindowFontScale(kProjectorScale);
    if (primaryButton(ctx.t(str::kEndSession))) open = false;
    ImGui::SameLine();
    textItem(ctx.t(str::kSessionTitle));
    ImGui::SameLine();
    mutedText(plan.commune.c_str());
    timer(ctx);
    mutedText(ctx.t(str::kSessionHelp));
    matrix.matrix(ctx, plan, MatrixMode::Projector);
    ImGui::Spacing();
    matrix.ranking(ctx, plan, MatrixMode::Projector);
    matrix.shortListAdvice(ctx, plan);
    ImGui::End();
    // The app draws only for a while after input; a running timer on a projector has none.
    if (startedAt_ >= 0) platform::requestFrames();
    return open;
}

}  // namespace prevplan::ui
