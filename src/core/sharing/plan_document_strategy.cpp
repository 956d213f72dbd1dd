// Sections 5–8 and the annex of the plan document: priorities, objectives, implementation,
// monitoring, and the annual action plan.
#include <algorithm>
#include <iterator>

#include "core/planning/action_plan.h"
#include "core/planning/baselines.h"
#include "core/catalog/funding.h"
#include "core/catalog/indicators.h"
#include "core/catalog/objectives.h"
#include "core/sharing/plan_document_sections.h"
#include "core/sharing/plan_document_text.h"
#include "core/sharing/svg_chart.h"

namespace prevplan::doc {

namespace {

std::string candidateLabel(const Planning& p, const Id& id) {
    const Candidate* c = findCandidate(p, id);
    return c ? c->name : std::string();
}

// ---- 5. Priorities --------------------------------------------------------------------------------

void criteriaTable(Writer& w, const Planning& p) {
    w.paragraph(w.t(kCriteriaIntro));
    std::vector<std::vector<Cell>> rows;
    for (int c = 0; c < kCriterionCount; ++c)
        rows.push_back({text("C" + std::to_string(c + 1) + " " + w.t(kCriterionNames[c])), num(p.weights[c], w.lang),
                        text(w.t(isComputed(static_cast<Criterion>(c)) ? kComputed : kScored))});
    w.table(w.t(kCriteriaCaption), {w.t(kColCriterion), w.t(kColWeight), w.t(kColHow)}, rows);
}

void rankingTable(Writer& w, const Figures& f) {
    const Planning& p = f.plan.planning;
    std::vector<std::string> headers{w.t(kColRank), w.t(kColService), w.t(kColChildren)};
    for (int c = 0; c < kCriterionCount; ++c) headers.push_back("C" + std::to_string(c + 1));
    for (const Text* h : {&kColTotal, &kColVotes, &kColShortList}) headers.push_back(w.t(*h));
    std::vector<std::vector<Cell>> rows;
    for (const RankedCandidate& r : f.ranking.rows) {
        const Candidate& c = p.candidates[r.index];
        std::vector<Cell> row{num(r.rank, w.lang), text(c.name), num(r.group.children, w.lang)};
        for (int score : r.scores) row.push_back(score ? num(score, w.lang) : dash());
        row.push_back({decimalNumber(r.total, 2, w.lang), true});
        row.push_back(num(r.votes, w.lang));
        row.push_back(text(w.t(c.shortListed ? kYes : kNo)));
        rows.push_back(std::move(row));
    }
    w.table(w.t(kRankingCaption), headers, rows);
}

// Categories with their counts; organisations by name, families and children never by name.
std::string participantsLine(const Writer& w, const ConsultationRound& r) {
    std::string out;
    for (const Participant& p : r.participants) {
        const bool named = p.kind != ParticipantKind::Families && p.kind != ParticipantKind::ChildrenYouth;
        std::string item = w.t(kParticipantKindNames[static_cast<int>(p.kind)]);
        if (named && !p.organisation.empty()) item += " " + p.organisation;
        out += (out.empty() ? "" : "; ") + item + " (" + std::to_string(p.count) + ")";
    }
    return out;
}

void roundsText(Writer& w, const Planning& p) {
    if (p.rounds.empty()) return w.noData();
    int n = 0;
    for (const ConsultationRound& r : p.rounds) {
        ++n;
        const std::string date = r.date ? dateText(r.date, w.lang) : std::string(w.t(kDateUnset));
        w.raw("<h4>" + text(format(w.t(kRoundTitle), n, w.t(kConsultationFormatNames[static_cast<int>(r.format)]), date.c_str())).html + "</h4>");
        if (!r.participants.empty()) w.paragraph(format(w.t(kRoundParticipants), participantsLine(w, r).c_str()));
        std::vector<std::vector<Cell>> rows;
        for (const CandidateOpinion& o : r.opinions)
            rows.push_back({text(candidateLabel(p, o.candidate)), num(o.votes, w.lang), lines(o.opinions)});
        if (!rows.empty())
            w.table(format(w.t(kOpinionsCaption), n), {w.t(kColService), w.t(kColVotes), w.t(kColOpinions)}, rows);
        if (!r.decisions.empty()) w.raw("<p><strong>" + text(w.t(kRoundDecisions)).html + "</strong>" + lines(r.decisions).html + "</p>\n");
    }
}

void shortList(Writer& w, const Figures& f) {
    std::vector<std::string> items;
    for (const RankedCandidate& r : f.ranking.rows)
        if (f.plan.planning.candidates[r.index].shortListed) items.push_back(f.plan.planning.candidates[r.index].name);
    if (items.empty()) return w.noData();
    w.raw("<ol>");
    for (const auto& i : items) w.raw("<li>" + text(i).html + "</li>");
    w.raw("</ol>\n");
    w.paragraph(format(w.t(kShortListAdvice), f.ranking.shortListed));
}

// ---- 6. Objectives --------------------------------------------------------------------------------

std::string objectiveText(const PlanObjective& o, Lang lang) {
    if (!o.text.empty() || o.table4 < 1 || o.table4 > static_cast<int>(specificObjectives().size)) return o.text;
    return std::to_string(o.table4) + ". " + specificObjectives()[static_cast<std::size_t>(o.table4 - 1)].text.in(lang);
}

std::string measureLabel(const std::string& measure, Lang lang) {
    if (measure == kRegistryChildren) return kRegistryMeasure.in(lang);
    if (measure == kRegistryOverTen) return kRegistryOverTenMeasure.in(lang);
    if (measure == "any") return kAnyRisk.in(lang);
    if (measure.size() == 1 && measure[0] >= '1' && measure[0] <= '6') return dimension(measure[0] - '0').name.in(lang);
    const int i = indicatorIndex(measure);
    return i >= 0 ? measure + " " + indicator(static_cast<std::size_t>(i)).label.in(lang) : measure;
}

std::string definitionText(const PlanObjective& o, Lang lang) {
    if (!o.baseline) return kTypedMeasure.in(lang);
    const BaselineDefinition& d = *o.baseline;
    if (isRegistryMeasure(d.measure)) return measureLabel(d.measure, lang);
    static constexpr const Text* kUnits[] = {&kUnitHouseholds, &kUnitChildren, &kUnitDirect};
    static_assert(std::size(kUnits) == static_cast<std::size_t>(BaselineUnit::ChildrenDirectly) + 1, "one name per unit");
    return measureLabel(d.measure, lang) + " — " + kUnits[static_cast<int>(d.unit)]->in(lang) + ", " +
           (d.basis == BaselineBasis::Observed ? kBasisObserved : kBasisConfirmed).in(lang);
}

Cell baselineCell(const Figures& f, const PlanObjective& o, Lang lang) {
    const BaselineValue b = baselineOf(f.plan, o, f.report);
    if (!b.value) return dash();
    switch (b.source) {
        case BaselineSource::FrozenReport:
            return {text(format(kBaselineFrozen.in(lang), groupedNumber(*b.value, lang).c_str(), b.year)).html, true};
        case BaselineSource::Current:
            return {text(format(kBaselineCurrent.in(lang), groupedNumber(*b.value, lang).c_str())).html, true};
        case BaselineSource::Typed:
            return {text(format(kBaselineTyped.in(lang), groupedNumber(*b.value, lang).c_str())).html, true};
        case BaselineSource::None: break;
    }
    return dash();
}

Cell targetCell(const PlanObjective& o, Lang lang) {
    if (!o.target) return dash();
    if (!o.targetDate) return num(*o.target, lang);
    return {
        text(format(kTargetBy.in(lang), groupedNumber(*o.target, lang).c_str(), dateText(o.targetDate, lang).c_str()))
            .html,
        true};
}

// ---- 7. Implementation ----------------------------------------------------------------------------

std::string fundingLabel(const std::string& code, Lang lang) {
    const FundingSource* s = findByCode(fundingSources(), code);
    if (!s) return code.empty() ? kNoSource.in(lang) : code;
    const std::string axis = s->axis.in(lang);
    return std::string(s->programme.in(lang)) + (axis.empty() ? "" : " — " + axis);
}

void actionsTable(Writer& w, const Planning& p) {
    std::vector<std::vector<Cell>> rows;
    for (const Action& a : p.actions)
        rows.push_back({text(a.description), text(w.t(kActionKindNames[static_cast<int>(a.kind)])), text(a.responsible),
                        text(a.partners), text(dateText(a.start, w.lang) + " – " + dateText(a.end, w.lang)),
                        text(w.t(kActionStatusNames[static_cast<int>(a.status)])), text(fundingLabel(a.funding, w.lang)),
                        {text(formatRon(actionTotalCost(a), w.lang)).html, true}});
    w.table(w.t(kActionsCaption),
            {w.t(kColDescription), w.t(kColKind), w.t(kColResponsible), w.t(kColPartners), w.t(kColPeriodCol), w.t(kColStatus),
             w.t(kColFunding), w.t(kColCost)},
            rows);
}

Cell ron(long v, Lang lang) { return {text(formatRon(v, lang)).html, true}; }

void budgetTables(Writer& w, const Budget& b) {
    const Lang lang = w.lang;
    std::vector<std::string> headers{w.t(kColYear), w.t(kColTotal), w.t(kColCouncil)};
    for (int k = 0; k < kFundingKindSlots - 1; ++k) headers.push_back(fundingKindName(static_cast<FundingKind>(k)).in(lang));
    headers.push_back(w.t(kNoSource));
    std::vector<std::vector<Cell>> rows;
    BarChart chart{w.t(kChartBudget), {{w.t(kSeriesBudget), "#1f5fa8"}, {w.t(kSeriesCouncil), "#d08a1a"}}, {}, {}};
    chart.format = [lang](double v) { return formatRon(static_cast<long>(v), lang); };
    for (std::size_t y = 0; y < b.years.size(); ++y) {
        std::vector<Cell> row{{std::to_string(b.years[y])}, ron(b.byYear[y], lang), ron(b.councilByYear[y], lang)};
        for (int k = 0; k < kFundingKindSlots; ++k) row.push_back(ron(b.byKindYear[static_cast<std::size_t>(k)][y], lang));
        rows.push_back(std::move(row));
        chart.rows.push_back({std::to_string(b.years[y]), {static_cast<double>(b.byYear[y]), static_cast<double>(b.councilByYear[y])}});
    }
    w.table(w.t(kBudgetYearCaption), headers, rows);
    std::vector<std::vector<Cell>> sources;
    for (const auto& [code, amount] : b.bySource) sources.push_back({text(fundingLabel(code, lang)), ron(amount, lang)});
    w.table(w.t(kBudgetSourceCaption), {w.t(kColFunding), w.t(kColTotal)}, sources);
    w.paragraph(format(w.t(kBudgetTotal), formatRon(b.total, lang).c_str()));
    if (b.total > 0) w.figure(svgBarChart(chart), w.t(kChartBudget));
}

void staffingText(Writer& w, const Staffing& s) {
    const Lang lang = w.lang;
    w.paragraph(format(w.t(kStaffingLine), countOf(s.activeCases, kActiveCase, lang).c_str(),
                       countOf(s.visitsPerYear, kMonitoringVisit, lang).c_str(),
                       countOf(s.limit, nouns::kCase, lang).c_str(), countOf(s.needed, nouns::kPerson, lang).c_str(),
                       countOf(s.staff, nouns::kPerson, lang).c_str()));
    if (s.gap() > 0) w.paragraph(format(w.t(kStaffingGap), countOf(s.gap(), nouns::kPerson, lang).c_str()));
}

// ---- 8. Monitoring --------------------------------------------------------------------------------

Cell valueCell(const std::optional<long>& v, Lang lang) { return v ? num(*v, lang) : dash(); }

void trendsTable(Writer& w, const Trends& t) {
    if (t.years.empty()) return w.paragraph(w.t(kNoTrends));
    std::vector<std::string> headers{w.t(kColDimension)};
    for (int y : t.years) headers.push_back(std::to_string(y));
    std::vector<std::vector<Cell>> rows;
    std::vector<Cell> total{text(w.t(kRegistryTotal))};
    for (long v : t.registryChildren) total.push_back(num(v, w.lang));
    rows.push_back(std::move(total));
    for (const TrendSeries& s : t.dimensions) {
        std::vector<Cell> row{text(measureLabel(s.key, w.lang))};
        for (const auto& v : s.values) row.push_back(valueCell(v, w.lang));
        rows.push_back(std::move(row));
    }
    w.table(w.t(kTrendsCaption), headers, rows);
}

void amendmentsTable(Writer& w, const Planning& p) {
    std::vector<std::vector<Cell>> rows;
    for (const Amendment& a : p.amendments) rows.push_back({text(dateText(a.date, w.lang)), lines(a.what), lines(a.why)});
    w.table(w.t(kAmendmentsCaption), {w.t(kColDate), w.t(kColWhat), w.t(kColWhy)}, rows);
}

}  // namespace

void prioritiesSection(Writer& w, const Figures& f) {
    w.section(w.t(kSecPriorities));
    w.subsection(w.t(kSubCriteria));
    criteriaTable(w, f.plan.planning);
    w.subsection(w.t(kSubRanking));
    rankingTable(w, f);
    w.subsection(w.t(kSubRounds));
    roundsText(w, f.plan.planning);
    w.subsection(w.t(kSubShortList));
    shortList(w, f);
}

void objectivesSection(Writer& w, const Figures& f) {
    const Planning& p = f.plan.planning;
    w.section(w.t(kSecObjectives));
    w.subsection(w.t(kSubGeneral));
    w.paragraph(p.generalObjective.empty() ? generalObjective().in(w.lang) : p.generalObjective);
    w.subsection(w.t(kSubSpecific));
    std::vector<std::vector<Cell>> rows;
    for (const PlanObjective& o : p.objectives)
        rows.push_back({text(objectiveText(o, w.lang)), text(definitionText(o, w.lang)), baselineCell(f, o, w.lang),
                        targetCell(o, w.lang), text(candidateLabel(p, o.priority))});
    w.table(w.t(kObjectivesCaption), {w.t(kColObjective), w.t(kColIndicator), w.t(kColBaseline), w.t(kColTarget), w.t(kColPriority)},
            rows);
}

void implementationSection(Writer& w, const Figures& f) {
    w.section(w.t(kSecImplementation));
    w.subsection(w.t(kSubActions));
    actionsTable(w, f.plan.planning);
    w.subsection(w.t(kSubBudget));
    budgetTables(w, f.budget);
    w.subsection(w.t(kSubStaffing));
    staffingText(w, f.staff);
}

void monitoringSection(Writer& w, const Figures& f) {
    w.section(w.t(kSecMonitoring));
    w.subsection(w.t(kSubMethod));
    std::vector<std::string> method;
    for (const Text& t : kMonitoringMethod) method.push_back(t.in(w.lang));
    w.bullets(method);
    w.subsection(w.t(kSubTrends));
    trendsTable(w, f.trends);
    w.subsection(w.t(kSubAmendments));
    amendmentsTable(w, f.plan.planning);
}

void actionPlanAnnex(Writer& w, const Figures& f) {
    w.annex(format(w.t(kSecAnnex), f.actionPlanYear));
    w.paragraph(w.t(kAnnexIntro));
    const ActionPlanSections sections =
        actionPlanText(f.plan, f.actionPlanYear, draftActionPlan(f.plan, f.actionPlanYear, f.today, w.lang));
    for (int s = 0; s < kActionPlanSectionCount; ++s) {
        w.subsection(w.t(kActionPlanSections[s]));
        const std::string& body = sections[static_cast<std::size_t>(s)];
        if (body.empty()) w.paragraph(w.t(kNothingPlanned));
        else w.raw("<p>" + lines(body).html + "</p>\n");
    }
}

}  // namespace prevplan::doc
