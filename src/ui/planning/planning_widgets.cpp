#include "ui/planning/planning_widgets.h"

#include <imgui.h>

#include "core/base/format.h"
#include "core/catalog/funding.h"
#include "core/catalog/objectives.h"
#include "core/model/planning.h"
#include "ui/planning/strings.h"
#include "ui/kit/widgets.h"

namespace prevplan::ui {

namespace {

// Opens a combo whose id is the label (hidden) and labels it for the tests.
bool beginCombo(const char* label, const std::string& preview, float width) {
    ImGui::SetNextItemWidth(width);
    const bool open = ImGui::BeginCombo((std::string("##") + label).c_str(), preview.c_str(), ImGuiComboFlags_HeightLargest);
    labelLastItem(label);
    describeCombo(preview.c_str());
    return open;
}

bool choose(const std::string& name, bool selected) {
    const bool picked = ImGui::Selectable(name.c_str(), selected);
    labelLastItem(name.c_str());
    return picked;
}

}  // namespace

bool indexCombo(const Context& ctx, const char* label, const Text* names, int count, int& index, float width) {
    bool changed = false;
    if (!beginCombo(label, ctx.t(names[index]), width)) return false;
    for (int i = 0; i < count; ++i)
        if (choose(ctx.t(names[i]), i == index) && i != index) {
            index = i;
            changed = true;
        }
    ImGui::EndCombo();
    return changed;
}

std::string candidateLabel(const Planning& p, const Id& id, Lang lang) {
    const Candidate* c = findCandidate(p, id);
    return c ? c->name : str::kNone.in(lang);
}

bool priorityCombo(const Context& ctx, const char* label, const Planning& p, Id& chosen, float width) {
    bool changed = false;
    if (!beginCombo(label, candidateLabel(p, chosen, ctx.lang), width)) return false;
    if (choose(ctx.t(str::kNone), chosen.empty()) && !chosen.empty()) {
        chosen.clear();
        changed = true;
    }
    for (bool shortList : {true, false})
        for (const Candidate& c : p.candidates) {
            if (c.shortListed != shortList) continue;
            ImGui::PushID(c.id.c_str());
            if (choose(c.name, c.id == chosen) && c.id != chosen) {
                chosen = c.id;
                changed = true;
            }
            ImGui::PopID();
        }
    ImGui::EndCombo();
    return changed;
}

std::string objectiveTitle(const PlanObjective& o, Lang lang) {
    if (!o.text.empty() || o.table4 == 0) return o.text;
    for (const SpecificObjective& s : specificObjectives())
        if (s.number == o.table4) return "(" + std::to_string(s.number) + ") " + s.text.in(lang);
    return o.text;
}

bool objectiveCombo(const Context& ctx, const char* label, const Planning& p, Id& chosen, float width) {
    const PlanObjective* current = findObjective(p, chosen);
    bool changed = false;
    if (!beginCombo(label, current ? objectiveTitle(*current, ctx.lang) : ctx.t(str::kNone), width)) return false;
    if (choose(ctx.t(str::kNone), chosen.empty()) && !chosen.empty()) {
        chosen.clear();
        changed = true;
    }
    for (const PlanObjective& o : p.objectives) {
        ImGui::PushID(o.id.c_str());
        if (choose(objectiveTitle(o, ctx.lang), o.id == chosen) && o.id != chosen) {
            chosen = o.id;
            changed = true;
        }
        ImGui::PopID();
    }
    ImGui::EndCombo();
    return changed;
}

static std::string fundingName(const FundingSource& s, Lang lang) {
    std::string name = s.programme.in(lang);
    if (*s.axis.in(lang)) name += std::string(" – ") + s.axis.in(lang);
    return name;
}

bool fundingCombo(const Context& ctx, const char* label, std::string& code, float width) {
    const FundingSource* current = findByCode(fundingSources(), code);
    bool changed = false;
    if (!beginCombo(label, current ? fundingName(*current, ctx.lang) : ctx.t(str::kNoFunding), width)) return false;
    if (choose(ctx.t(str::kNoFunding), code.empty()) && !code.empty()) {
        code.clear();
        changed = true;
    }
    int kind = -1;
    for (const FundingSource& s : fundingSources()) {
        if (static_cast<int>(s.kind) != kind) {
            kind = static_cast<int>(s.kind);
            mutedText(ctx.t(fundingKindName(s.kind)));
        }
        if (choose(fundingName(s, ctx.lang), code == s.code) && code != s.code) {
            code = s.code;
            changed = true;
        }
    }
    ImGui::EndCombo();
    return changed;
}

std::string measureName(const std::string& m, Lang lang) {
    if (m == kRegistryChildren) return str::kRegistryMeasure.in(lang);
    if (m == kRegistryOverTen) return str::kRegistryOverTenMeasure.in(lang);
    if (m == "any") return str::kAnyRisk.in(lang);
    if (m.size() == 1 && m[0] >= '1' && m[0] <= '6') {
        return format(str::kDimensionMeasure.in(lang), m[0] - '0', dimension(m[0] - '0').name.in(lang));
    }
    const int i = indicatorIndex(m);
    return i < 0 ? m : m + " " + indicator(static_cast<std::size_t>(i)).label.in(lang);
}

std::string baselineName(const BaselineDefinition& def, Lang lang) {
    if (def.measure == kRegistryChildren || def.measure == kRegistryOverTen) return measureName(def.measure, lang);
    const Text& basis = def.basis == BaselineBasis::Observed ? str::kBasisObserved : str::kBasisConfirmed;
    return measureName(def.measure, lang) + " — " + str::kUnits[static_cast<int>(def.unit)].in(lang) + ", " + basis.in(lang);
}

bool measureCombo(const Context& ctx, const char* label, std::optional<BaselineDefinition>& def, float width) {
    bool changed = false;
    const std::string preview = def ? measureName(def->measure, ctx.lang) : ctx.t(str::kMeasureTyped);
    if (!beginCombo(label, preview, width)) return false;
    auto option = [&](const std::string& measure) {
        if (!choose(measureName(measure, ctx.lang), def && def->measure == measure)) return;
        BaselineDefinition next = def.value_or(BaselineDefinition{});
        next.measure = measure;
        if (measure == kRegistryChildren || measure == kRegistryOverTen) next.basis = BaselineBasis::Confirmed;
        def = next;
        changed = true;
    };
    if (choose(ctx.t(str::kMeasureTyped), !def) && def) {
        def.reset();
        changed = true;
    }
    option(kRegistryChildren);
    option(kRegistryOverTen);
    option("any");
    for (int d = 1; d <= kDimensionCount; ++d) option(std::to_string(d));
    for (std::size_t i = 0; i < indicatorCount(); ++i) option(indicator(i).code);
    ImGui::EndCombo();
    return changed;
}

}  // namespace prevplan::ui
