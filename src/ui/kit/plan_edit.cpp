#include "ui/kit/plan_edit.h"

#include <cstdio>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "ui/kit/strings.h"
#include "ui/kit/widgets.h"

namespace prevplan::ui {

Date today() {
    const auto d = Date::parse(platform::todayIso());
    return d.value_or(Date{2026, 1, 1});
}

std::string shownDate(const Date& d) {
    char text[16];
    std::snprintf(text, sizeof text, "%02d.%02d.%04d", d.day, d.month, d.year);
    return text;
}

bool dateField(const char* label, std::optional<Date>& value, float width) {
    std::string text = value ? value->iso() : std::string();
    ImGui::SetNextItemWidth(width);
    // While the field is active ImGui keeps what is typed; the model changes only on a valid date.
    if (!ImGui::InputTextWithHint(label, "AAAA-LL-ZZ", &text)) return false;
    if (text.empty()) {
        value.reset();
        return true;
    }
    const auto parsed = Date::parse(text);
    if (!parsed) return false;
    value = parsed;
    return true;
}

void textItem(const char* text) {
    ImGui::TextUnformatted(text);
    labelLastItem(text);
}

void exposureCheckboxes(Context& ctx, const Plan& plan, const FamilyRef& ref, const FamilyNucleus& f, std::size_t i,
                        IndicatorSet Child::*exposure) {
    ImGui::TextDisabled("%s", ctx.t(str::kExposedChildren));
    for (const Child& c : f.children) {
        ImGui::SameLine();
        bool exposed = (c.*exposure)[i];
        const std::string label = (c.name.empty() ? c.id : c.name) + "##" + indicator(i).code + c.id;
        if (ImGui::Checkbox(label.c_str(), &exposed) && !ctx.readOnly)
            editFamilyWith(ctx, plan, ref, "child directly exposed", {},
                           [&](FamilyNucleus& fam, Plan&) { (editChild(fam, c.id).*exposure)[i] = exposed; });
        labelLastItem((std::string(indicator(i).code) + " " + (c.name.empty() ? c.id : c.name)).c_str());
    }
}

}  // namespace prevplan::ui
