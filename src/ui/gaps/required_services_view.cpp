#include "ui/gaps/required_services_view.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include "core/base/fold.h"
#include "core/base/format.h"
#include "core/base/words.h"
#include "core/catalog/service_cards.h"
#include "core/catalog/table3.h"
#include "core/gaps/gap_wording.h"
#include "core/observatory/observatory_query.h"
#include "core/resources/resource_edits.h"
#include "ui/gaps/strings.h"
#include "ui/kit/plan_edit.h"
#include "ui/kit/strings.h"
#include "ui/resources/resources_widgets.h"
#include "ui/kit/strings.h"
#include "ui/resources/strings.h"
#include "ui/kit/widgets.h"

namespace prevplan::ui {

namespace {


unsigned int coverageColor(Coverage c) {
    switch (c) {
        case Coverage::InCommune:
        case Coverage::InMicroArea: return kColorOk;
        case Coverage::SpasWork:
        case Coverage::IndividualPlans: return kColorMuted;
        case Coverage::Missing: return kColorError;
        default: return kColorWarning;
    }
}

const Text& coverageName(Coverage c) { return str::kCoverageNames[static_cast<int>(c)]; }

const Text& actionName(CandidateAction a) {
    static const Text* const kNames[] = {&str::kActionCreate, &str::kActionExtend, &str::kActionTransport,
                                         &str::kActionCoordinate};
    return *kNames[static_cast<int>(a)];
}

const Text& sourceName(CandidateSource s) {
    static const Text* const kNames[] = {&str::kSourceGap, &str::kSourceCore, &str::kSourceHand};
    return *kNames[static_cast<int>(s)];
}

std::string groupTitle(const Context& ctx, int group) {
    const RiskGroup& g = riskGroups()[static_cast<std::size_t>(group)];
    std::string codes;
    for (const char* c : g.indicators)
        if (c) codes += (codes.empty() ? "" : ", ") + std::string(c);
    return codes + " " + ctx.t(g.label);
}

bool found(const std::string& text, const std::string& needle) {
    return needle.empty() || foldForSearch(text).find(needle) != std::string::npos;
}

// "27 copii din 14 gospodării (20 confirmați, 7 doar suspectați)".
std::string countText(const Context& ctx, const Headcount& c) { return countWording(c).in(ctx.lang); }

}  // namespace

void RequiredServicesView::refresh(const Context& ctx, const Plan& plan) {
    analysis_.get(ctx.snapshot(plan), [&] {
        Analysis a{analyseGaps(plan), {}};
        a.candidates = candidateServices(plan, a.gaps);
        return a;
    });
}

// ---- by risk group --------------------------------------------------------------------------------

void RequiredServicesView::groupLine(const Context& ctx, const GroupNeed& g) {
    const Text& decision = g.needsService ? str::kDecisionService : str::kDecisionIndividual;
    const std::string title = groupTitle(ctx, g.group) + (g.count.children ? std::string(" — ") + ctx.t(decision) : "") +
                              " — " + countText(ctx, g.count);
    ImGui::PushStyleColor(ImGuiCol_Text, g.needsService ? ImGui::GetColorU32(ImGuiCol_Text) : kColorMuted);
    // The id stays when the counts or the language change, so an open node stays open.
    const bool open = ImGui::TreeNodeEx(stableId(title.c_str(), "group").c_str(), ImGuiTreeNodeFlags_SpanAvailWidth);
    ImGui::PopStyleColor();
    if (!open) return;
    note(g.reasoning.in(ctx.lang).c_str(), ImGui::GetColorU32(ImGuiCol_Text));
    mutedText(ctx.t(str::kRecommendations));
    std::size_t k = 0;
    for (const Recommendation& rec : recommendations()) {
        if (rec.group != g.group || k >= g.needs.size()) continue;
        const ServiceNeed& need = gaps().needs[g.needs[k]];
        ImGui::Bullet();
        paragraph(ctx.t(rec.text));
        ImGui::Indent();
        coloredText(
            format("→ %s: %s", serviceTypeName(ctx, need.type).c_str(), ctx.t(coverageName(need.coverage))).c_str(),
            coverageColor(need.coverage));
        ImGui::SameLine();
        cardButton(ctx, need.card, (std::to_string(g.group) + "/" + std::to_string(k)).c_str());
        ImGui::Unindent();
        ++k;
    }
    ImGui::TreePop();
}

void RequiredServicesView::byGroup(const Context& ctx, const Plan&) {
    ImGui::SetNextItemWidth(em() * 11);
    ImGui::InputTextWithHint("##group-search", ctx.t(str::kSearchGroupHint), &search_);
    labelLastItem(ctx.t(str::kSearch));
    ImGui::SameLine();
    auto dimensionName = [&](int d) {
        return d == 0 ? std::string(ctx.t(str::kAllDimensions)) : std::to_string(d) + ". " + ctx.t(dimension(d).name);
    };
    choiceCombo("##dimension", ctx.t(str::kFilterDimension), dimensionName(dimension_).c_str(), kDimensionCount + 1, dimension_,
                dimensionName, em() * 11);
    ImGui::SameLine();
    ImGui::Checkbox(ctx.t(str::kOnlyLarge), &onlyLarge_);
    const std::string needle = foldForSearch(search_);
    std::vector<const GroupNeed*> shown;
    long large = 0;
    for (const GroupNeed& g : gaps().groups) {
        large += g.needsService;
        const RiskGroup& rg = riskGroups()[static_cast<std::size_t>(g.group)];
        if ((dimension_ && rg.dimension != dimension_) || (onlyLarge_ && !g.needsService)) continue;
        if (found(groupTitle(ctx, g.group) + " " + rg.label.ro + " " + rg.label.en, needle)) shown.push_back(&g);
    }
    textItem(format(ctx.t(str::kGroupsShown), countOf(static_cast<long>(shown.size()), str::kGroupNoun, ctx.lang).c_str(),
                    static_cast<long>(gaps().groups.size()), large)
                 .c_str());
    ImGui::BeginChild("groups");
    for (const GroupNeed* g : shown) {
        ImGui::PushID(g->group);
        groupLine(ctx, *g);
        ImGui::PopID();
    }
    ImGui::EndChild();
}

// ---- by service -----------------------------------------------------------------------------------

void RequiredServicesView::coreLines(const Context& ctx) {
    const std::string header = stableId(ctx.t(str::kCoreServices), "core-services");
    if (!ImGui::CollapsingHeader(header.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) return;
    for (const CoreNeed& line : gaps().core) {
        const CoreService& core = coreServices()[static_cast<std::size_t>(line.core)];
        ImGui::Bullet();
        coloredText(ctx.t(core.title), line.inCommune.empty() ? kColorError : kColorOk);
        ImGui::Indent();
        mutedText(ctx.t(core.description));
        note(line.reasoning.in(ctx.lang).c_str(), ImGui::GetColorU32(ImGuiCol_Text));
        ImGui::Unindent();
    }
}

void RequiredServicesView::serviceLine(const Context& ctx, const ServiceNeed& n, std::size_t index) {
    const long children = n.demand.children ? n.demand.children : n.smallGroups.children;
    const std::string title = serviceTypeName(ctx, n.type) + " — " + countOf(children, nouns::kChild, ctx.lang) + " — " +
                              ctx.t(coverageName(n.coverage));
    ImGui::PushStyleColor(ImGuiCol_Text, coverageColor(n.coverage));
    const bool open = ImGui::TreeNodeEx(stableId(title.c_str(), "service").c_str(), ImGuiTreeNodeFlags_SpanAvailWidth);
    ImGui::PopStyleColor();
    if (!open) return;
    note(n.reasoning.in(ctx.lang).c_str(), ImGui::GetColorU32(ImGuiCol_Text));
    mutedText(format("%s: %ld / %ld + %ld", ctx.t(str::kColFree), n.communePlaces, n.microPlacesWithTransport,
                     n.microPlacesNoTransport)
                  .c_str());
    for (int g : n.groups) {
        ImGui::Bullet();
        paragraph(groupTitle(ctx, g).c_str());
    }
    cardButton(ctx, n.card, std::to_string(index).c_str());
    ImGui::TreePop();
}

void RequiredServicesView::byService(const Context& ctx, const Plan&) {
    ImGui::BeginChild("services");
    coreLines(ctx);
    ImGui::SetNextItemWidth(em() * 11);
    ImGui::InputTextWithHint("##service-search", ctx.t(str::kSearchServiceHint), &search_);
    labelLastItem(ctx.t(str::kSearch));
    ImGui::SameLine();
    int coverage = coverage_ + 1;
    auto name = [&](int i) { return std::string(i == 0 ? ctx.t(str::kAnyCoverage) : ctx.t(str::kCoverageNames[i - 1])); };
    if (choiceCombo("##coverage", ctx.t(str::kFilterCoverage), name(coverage).c_str(),
                    static_cast<int>(std::size(str::kCoverageNames)) + 1, coverage, name, em() * 14))
        coverage_ = coverage - 1;
    const std::string needle = foldForSearch(search_);
    long shown = 0, toDevelop = 0;
    for (const CandidateService& c : candidateList()) toDevelop += c.source == CandidateSource::GapAnalysis;
    std::vector<std::size_t> rows;
    for (std::size_t i = 0; i < gaps().needs.size(); ++i) {
        const ServiceNeed& n = gaps().needs[i];
        if (coverage_ >= 0 && static_cast<int>(n.coverage) != coverage_) continue;
        if (!found(serviceTypeName(ctx, n.type), needle)) continue;
        rows.push_back(i);
        ++shown;
    }
    textItem(format(ctx.t(str::kServicesShown), countOf(shown, nouns::kService, ctx.lang).c_str(),
                    static_cast<long>(gaps().needs.size()), toDevelop).c_str());
    for (std::size_t i : rows) {
        ImGui::PushID(static_cast<int>(i));
        serviceLine(ctx, gaps().needs[i], i);
        ImGui::PopID();
    }
    ImGui::EndChild();
}

// ---- urgent households ----------------------------------------------------------------------------

void RequiredServicesView::urgent(const Context& ctx, PlanFocus& focus) {
    note(ctx.t(str::kUrgentNote), kColorMuted);
    textItem(format(ctx.t(str::kUrgentCount), static_cast<long>(gaps().urgent.size())).c_str());
    if (gaps().urgent.empty()) {
        note(ctx.t(str::kNoUrgent), kColorMuted);
        return;
    }
    if (!ImGui::BeginTable("urgent", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(ctx.t(str::kColFamily), 0, 3);
    ImGui::TableSetupColumn(ctx.t(str::kColVillage), 0, 2);
    ImGui::TableSetupColumn(ctx.t(str::kColUrgentRisks), 0, 1.5f);
    ImGui::TableSetupColumn(ctx.t(str::kChildren), 0, 1);
    ImGui::TableHeadersRow();
    for (const UrgentHousehold& u : gaps().urgent) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::PushID(u.household.c_str());
        if (ImGui::Selectable(u.head.empty() ? u.household.c_str() : u.head.c_str(), false, ImGuiSelectableFlags_SpanAllColumns))
            focus.open(Editor::Household, {u.household, {}});
        ImGui::PopID();
        ImGui::TableNextColumn();
        textItem(u.village.c_str());
        ImGui::TableNextColumn();
        coloredText(format("%d (%d)", u.risks, u.confirmedRisks).c_str(), kColorError);
        ImGui::TableNextColumn();
        textItem(groupedNumber(u.children, ctx.lang).c_str());
    }
    ImGui::EndTable();
}

// ---- candidates -----------------------------------------------------------------------------------

void RequiredServicesView::candidateRow(Context& ctx, const Plan& plan, const CandidateService& c) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    const std::string name = candidateName(c, ctx.lang);
    if (c.dismissed) mutedText(name.c_str());
    else paragraph(name.c_str());
    if (c.dismissed) {
        note(format(ctx.t(str::kDismissedBecause), c.dismissalReason.c_str()).c_str(), kColorMuted);
    } else if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip("%s", c.reason.in(ctx.lang).c_str());
    }
    ImGui::TableNextColumn();
    if (c.source != CandidateSource::AddedByHand) textItem(ctx.t(actionName(c.action)));
    ImGui::TableNextColumn();
    if (c.demand.children)
        textItem((groupedNumber(c.demand.children, ctx.lang) + " (" +
                  groupedNumber(c.demand.confirmedChildren, ctx.lang) + ")")
                     .c_str());
    ImGui::TableNextColumn();
    if (c.urgentHouseholds) textItem(format("%d", c.urgentHouseholds).c_str());
    ImGui::TableNextColumn();
    textItem(ctx.t(sourceName(c.source)));
    ImGui::TableNextColumn();
    ImGui::PushID(c.id.c_str());
    cardButton(ctx, c.card.empty() ? nullptr : c.card.c_str(), c.id.c_str());
    if (c.dismissed) {
        if (button((std::string(ctx.t(str::kRestore)) + "##" + c.id).c_str(), !ctx.readOnly))
            editPlanWith(ctx, plan, "restore candidate", {}, [&](Plan& p) { restoreCandidate(p.resources, c.id); });
    } else if (dismissing_ == c.id) {
        inputText(("##reason" + c.id).c_str(), dismissReason_, em() * 14);
        labelLastItem(ctx.t(str::kDismissReason));
        if (button((std::string(ctx.t(str::kConfirmDismiss)) + "##" + c.id).c_str(), !ctx.readOnly && !dismissReason_.empty())) {
            editPlanWith(ctx, plan, "dismiss candidate", {},
                         [&](Plan& p) { dismissCandidate(p.resources, c.id, dismissReason_); });
            dismissing_.clear();
        }
    } else if (button((std::string(ctx.t(str::kDismiss)) + "##" + c.id).c_str(), !ctx.readOnly)) {
        dismissing_ = c.id;
        dismissReason_.clear();
    }
    ImGui::PopID();
}

void RequiredServicesView::addCandidate(Context& ctx, const Plan& plan) {
    if (!ImGui::CollapsingHeader(stableId(ctx.t(str::kAddCandidate), "add-candidate").c_str())) return;
    inputText(ctx.t(str::kCandidateName), draft_.name, em() * 24);
    serviceTypeCombo(ctx, "##candidate-type", ctx.t(str::kColType), draft_.type, true, em() * 24);
    ImGui::SameLine();
    textItem(ctx.t(str::kColType));
    int card = 0;
    for (std::size_t i = 0; i < serviceCards().size; ++i)
        if (draft_.card == serviceCards()[i].code) card = static_cast<int>(i) + 1;
    auto cardName = [&](int i) { return std::string(i == 0 ? ctx.t(str::kNoCard) : ctx.t(serviceCards()[static_cast<std::size_t>(i - 1)].title)); };
    if (choiceCombo("##candidate-card", ctx.t(str::kCandidateCard), cardName(card).c_str(), static_cast<int>(serviceCards().size) + 1,
                    card, cardName, em() * 24))
        draft_.card = card == 0 ? std::string() : serviceCards()[static_cast<std::size_t>(card - 1)].code;
    ImGui::SameLine();
    textItem(ctx.t(str::kCandidateCard));
    inputText(ctx.t(str::kCandidateReason), draft_.reason, em() * 24);
    textItem(ctx.t(str::kCandidateGroups));
    for (const GroupNeed& g : gaps().groups) {
        if (g.count.children == 0) continue;
        bool on = std::find(draft_.groups.begin(), draft_.groups.end(), g.group) != draft_.groups.end();
        if (ImGui::Checkbox((groupTitle(ctx, g.group) + "##candidate-group").c_str(), &on)) {
            if (on) draft_.groups.push_back(g.group);
            else draft_.groups.erase(std::remove(draft_.groups.begin(), draft_.groups.end(), g.group), draft_.groups.end());
        }
    }
    if (primaryButton(ctx.t(str::kAddCandidate), !ctx.readOnly && !draft_.name.empty())) {
        editPlanWith(ctx, plan, "add candidate", {}, [&](Plan& p) { prevplan::addCandidate(p, draft_); });
        draft_ = AddedCandidate{};
    }
}

void RequiredServicesView::candidates(Context& ctx, const Plan& plan) {
    note(ctx.t(str::kCandidatesNote), kColorMuted);
    long dismissed = 0;
    for (const CandidateService& c : candidateList()) dismissed += c.dismissed;
    const long total = static_cast<long>(candidateList().size());
    textItem(format(ctx.t(str::kCandidateCounts), total, total - dismissed, dismissed).c_str());
    addCandidate(ctx, plan);
    if (!ImGui::BeginTable("candidates", 6, ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp))
        return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(ctx.t(str::kColCandidate), 0, 5);
    ImGui::TableSetupColumn(ctx.t(str::kColAction), 0, 2);
    ImGui::TableSetupColumn(ctx.t(str::kColDemand), 0, 1.5f);
    ImGui::TableSetupColumn(ctx.t(str::kColUrgent), 0, 1);
    ImGui::TableSetupColumn(ctx.t(str::kColCandidateSource), 0, 1.5f);
    ImGui::TableSetupColumn("##actions", 0, 3.5f);
    ImGui::TableHeadersRow();
    for (const CandidateService& c : candidateList()) candidateRow(ctx, plan, c);
    ImGui::EndTable();
}

void RequiredServicesView::draw(Context& ctx, const Plan& plan, PlanFocus& focus) {
    refresh(ctx, plan);
    note(ctx.t(str::kGapIntro), kColorMuted);
    const Headcount& r = gaps().atRisk;
    textItem(format(ctx.t(str::kAtRiskLine), groupedNumber(r.households, ctx.lang).c_str(),
                    groupedNumber(r.confirmedHouseholds, ctx.lang).c_str(),
                    countOf(r.children, nouns::kChild, ctx.lang).c_str(),
                    groupedNumber(r.confirmedChildren, ctx.lang).c_str())
                 .c_str());
    if (!ImGui::BeginTabBar("required")) return;
    if (tabItem(ctx, str::kTabByGroup)) {
        byGroup(ctx, plan);
        ImGui::EndTabItem();
    }
    if (tabItem(ctx, str::kTabByService)) {
        byService(ctx, plan);
        ImGui::EndTabItem();
    }
    if (tabItem(ctx, str::kTabUrgent)) {
        urgent(ctx, focus);
        ImGui::EndTabItem();
    }
    if (tabItem(ctx, str::kTabCandidates)) {
        candidates(ctx, plan);
        ImGui::EndTabItem();
    }
    ImGui::EndTabBar();
}

}  // namespace prevplan::ui
