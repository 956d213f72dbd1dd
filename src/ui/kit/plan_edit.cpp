#include "ui/kit/plan_edit.h"

#include <imgui.h>
#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <unordered_map>
#include <vector>

#include "core/observatory/validation.h"
#include "ui/kit/strings.h"
#include "ui/kit/widgets.h"

namespace prevplan::ui {

Date today() {
    const auto d = Date::parse(platform::todayIso());
    return d.value_or(Date{2026, 1, 1});
}

namespace {

// A date field's text that is not a date, kept across frames by the field's id.
struct UnreadDate {
    std::string text;
    std::optional<Date> value;  // the model's value when it was typed: a change elsewhere drops the text
};

std::unordered_map<ImGuiID, UnreadDate>& unreadDates() {
    static std::unordered_map<ImGuiID, UnreadDate> kept;
    return kept;
}

// The problem under the field, leaving the field the last item for the caller (labels, focus).
void dateProblemNote(const std::string& text, Lang lang) {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    const ImGuiLastItemData field = g.LastItemData;
    note(dateProblemMessage(text, readDate(text), lang).c_str(), kColorError);
    g.LastItemData = field;
}

}  // namespace

bool dateField(const char* label, std::optional<Date>& value, float width, Lang lang) {
    auto& unread = unreadDates();
    const ImGuiID id = ImGui::GetID(label);
    if (auto it = unread.find(id); it != unread.end() && it->second.value != value) unread.erase(it);
    const auto kept = unread.find(id);
    const bool bad = kept != unread.end();
    std::string text = bad ? kept->second.text : value ? value->shown() : std::string();
    // The label on the field's left, like every other field's; the test API knows the field by it.
    const bool labelled = ImGui::FindRenderedTextEnd(label) != label;
    if (labelled) fieldLabel(label);
    ImGui::SetNextItemWidth(width);
    if (bad) {
        ImGui::PushStyleColor(ImGuiCol_Border, kColorError);
        ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 2.f);
    }
    // While the field is active ImGui keeps what is typed; the model changes only on a valid date.
    const bool edited = ImGui::InputTextWithHint(labelled ? (std::string("##") + label).c_str() : label,
                                                 lang == Lang::Ro ? "ZZ.LL.AAAA" : "DD.MM.YYYY", &text);
    if (labelled) labelLastItem(label);
    if (bad) {
        ImGui::PopStyleVar();
        ImGui::PopStyleColor();
    }
    bool changed = false;
    if (edited) {
        const DateReading reading = readDate(text);
        if (reading.date) {
            value = reading.date;
            unread.erase(id);
            changed = true;
        } else {
            unread[id] = {text, value};  // emptied to type anew: cleared only when left empty
        }
    }
    const auto now = unread.find(id);
    if (now != unread.end() && now->second.text.find_first_not_of(" \t") == std::string::npos &&
        ImGui::IsItemDeactivated()) {
        value.reset();
        unread.erase(now);
        return true;
    }
    // Said once the typing stops: half-typed dates ("1.7.20") are not mistakes yet.
    if (now != unread.end() && !ImGui::IsItemActive()) dateProblemNote(now->second.text, lang);
    return changed;
}

void exposureCheckboxes(Context& ctx, const Plan& plan, const FamilyRef& ref, const FamilyNucleus& f, std::size_t i,
                        IndicatorSet Child::*exposure) {
    const bool confirmed = exposure == &Child::exposedConfirmed;
    std::vector<std::string> problems;
    ImGui::TextDisabled("%s", ctx.t(str::kExposedChildren));
    int place = 0;
    for (const Child& c : f.children) {
        ++place;
        ImGui::SameLine();
        bool exposed = (c.*exposure)[i];
        // A child with no name yet is told apart by its place in the family, never by its internal id.
        const std::string name = c.name.empty() ? std::string(ctx.t(str::kUnnamed)) + " " + std::to_string(place) : c.name;
        const std::string label = name + "##" + indicator(i).code + c.id;
        // A child outside the indicator's ages cannot be named; one named already can be unticked.
        const std::optional<Issue> outside = exposureAgeIssue(c, i, confirmed, f, today());
        const bool locked = outside && !exposed;
        if (locked) ImGui::BeginDisabled();
        if (ImGui::Checkbox(label.c_str(), &exposed) && !ctx.readOnly)
            editFamilyWith(ctx, plan, ref, "child directly exposed", {},
                           [&](FamilyNucleus& fam, Plan&) { (editChild(fam, c.id).*exposure)[i] = exposed; });
        if (locked) ImGui::EndDisabled();
        labelLastItem((std::string(indicator(i).code) + " " + name).c_str());
        if (outside && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
            ImGui::SetTooltip("%s", outside->message(ctx.lang).c_str());
        if (outside && exposed) problems.push_back(name + " — " + outside->message(ctx.lang));
    }
    for (const std::string& problem : problems) note(problem.c_str(), kColorError);
}

}  // namespace prevplan::ui
