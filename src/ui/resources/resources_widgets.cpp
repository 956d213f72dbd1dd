#include "ui/resources/resources_widgets.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include "core/catalog/service_cards.h"
#include "core/catalog/service_types.h"
#include "ui/kit/strings.h"
#include "ui/resources/strings.h"
#include "ui/kit/widgets.h"

namespace prevplan::ui {

std::string serviceTypeName(const Context& ctx, const std::string& type) {
    const ServiceType* t = findByCode(serviceTypes(), type);
    return t ? type + " " + ctx.t(t->label) : type;
}

bool serviceTypeCombo(const Context& ctx, const char* id, const char* testLabel, std::string& type, bool allowNone,
                      float width) {
    bool changed = false;
    ImGui::SetNextItemWidth(width);
    const std::string preview = type.empty() ? ctx.t(str::kNoType) : serviceTypeName(ctx, type);
    if (ImGui::BeginCombo(id, preview.c_str(), ImGuiComboFlags_HeightLarge)) {
        if (allowNone && ImGui::Selectable(ctx.t(str::kNoType), type.empty())) type.clear(), changed = true;
        int category = -1;
        for (const ServiceType& t : serviceTypes()) {
            if (static_cast<int>(t.category) != category) {
                category = static_cast<int>(t.category);
                mutedText(ctx.t(serviceCategoryName(t.category)));
            }
            const std::string name = serviceTypeName(ctx, t.code);
            if (ImGui::Selectable(name.c_str(), type == t.code)) type = t.code, changed = true;
        }
        ImGui::EndCombo();
    }
    labelLastItem(testLabel);
    describeCombo(preview.c_str());
    return changed;
}

bool yesNoField(const Context& ctx, const char* label, const char* id, YesNo& value) {
    static const std::pair<YesNo, const Text*> kChoices[] = {
        {YesNo::Yes, &str::kAnswerYes}, {YesNo::No, &str::kAnswerNo}, {YesNo::Unknown, &str::kAnswerUnknown}};
    bool changed = false;
    textItem(label);
    for (const auto& [choice, name] : kChoices) {
        ImGui::SameLine();
        const std::string button = std::string(ctx.t(*name)) + "##" + id;
        if (radio(button.c_str(), value == choice) && value != choice) value = choice, changed = true;
        labelLastItem((std::string(label) + " " + ctx.t(*name)).c_str());
    }
    return changed;
}

bool optionalCountField(const char* label, std::optional<int>& value, float width) {
    std::string text = value ? std::to_string(*value) : std::string();
    ImGui::SetNextItemWidth(width);
    if (!ImGui::InputText(label, &text, ImGuiInputTextFlags_CharsDecimal)) return false;
    if (text.empty()) {
        value.reset();
        return true;
    }
    if (text.size() > 6 || text.find_first_not_of("0123456789") != std::string::npos) return false;
    value = std::stoi(text);
    return true;
}

namespace {

const ServiceCard* g_shownCard = nullptr;  // one popup at a time

void drawCardPopup(const Context& ctx);

}  // namespace

void cardButton(const Context& ctx, const char* card, const char* id) {
    const ServiceCard* c = card ? findByCode(serviceCards(), card) : nullptr;
    if (!c) return;
    const std::string label = std::string(ctx.t(str::kShowCard)) + "##" + id;
    if (ImGui::SmallButton(label.c_str())) {
        g_shownCard = c;
        ImGui::OpenPopup("##service-card");
    }
    drawCardPopup(ctx);
}

namespace {

void drawCardPopup(const Context& ctx) {
    if (!g_shownCard) return;
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 40, ImGui::GetFontSize() * 30), ImGuiCond_Appearing);
    if (!ImGui::BeginPopup("##service-card")) return;
    const ServiceCard& c = *g_shownCard;
    paragraph(ctx.t(c.title));
    ImGui::Separator();
    const std::pair<const Text*, const Text*> kSections[] = {
        {&str::kCardProblem, &c.problem}, {&str::kCardTargets, &c.targets}, {&str::kCardProviders, &c.providers},
        {&str::kCardDescription, &c.description}, {&str::kCardSteps, &c.steps}, {&str::kCardFunding, &c.funding},
        {&str::kCardRisks, &c.risks}};
    for (const auto& [heading, body] : kSections) {
        coloredText(ctx.t(*heading), kColorMuted);
        paragraph(ctx.t(*body));
        ImGui::Spacing();
    }
    if (button(ctx.t(str::kClose))) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

}  // namespace

}  // namespace prevplan::ui
