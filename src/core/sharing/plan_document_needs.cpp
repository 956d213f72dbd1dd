// Sections 1–4 of the plan document: context, needs analysis, resources, required services.
#include <algorithm>
#include <iterator>

#include "core/base/html_escape.h"
#include "core/base/words.h"
#include "core/catalog/a25.h"
#include "core/catalog/indicators.h"
#include "core/catalog/service_types.h"
#include "core/catalog/table3.h"
#include "core/model/rules.h"
#include "core/sharing/plan_document_sections.h"
#include "core/sharing/plan_document_text.h"
#include "core/report/report_format.h"
#include "core/sharing/svg_chart.h"

namespace prevplan::doc {

namespace {

// ---- 1. Context -----------------------------------------------------------------------------------

long activity(const VillageColumn& c, ActivityRow row) { return c[row]; }

// "20 de copii" / "20 children".
std::string children(long n, Lang lang) { return countOf(n, nouns::kChild, lang); }

// A Table A count of one column, or "<5" where the small-cell rule hides it.
Cell count(const Figures& f, std::size_t column, std::size_t row, Lang lang) {
    if (f.hidden.hidden(column, std::string("a/") + kTableARows[row].key)) return {escapeHtml(kHiddenCount), true};
    return num(f.report.columns[column].activity[row], lang);
}
Cell count(const Figures& f, std::size_t column, ActivityRow row, Lang lang) {
    return count(f, column, static_cast<std::size_t>(row), lang);
}

// Under a table with a hidden cell: what "<5" means.
void hiddenNote(Writer& w, const Figures& f) {
    if (f.hidden.any()) w.raw("<p class=\"note\">" + escapeHtml(w.t(kHiddenCountNote)) + "</p>\n");
}

void villagesTable(Writer& w, const Figures& f) {
    std::vector<std::vector<Cell>> rows;
    for (std::size_t i = 0; i < f.report.columns.size(); ++i) {
        const VillageColumn& c = f.report.columns[i];
        rows.push_back(
            {text(i == 0 ? w.t(kWholeCommune) : c.village), c.insChildren ? num(*c.insChildren, w.lang) : dash(),
             count(f, i, ActivityRow::InObservatory, w.lang), count(f, i, ActivityRow::ObservationSheet, w.lang),
             count(f, i, ActivityRow::InRegistry, w.lang)});
    }
    // The commune's total goes last, as in any table of villages.
    std::rotate(rows.begin(), rows.begin() + 1, rows.end());
    w.table(w.t(kVillagesCaption), {w.t(kColVillage), w.t(kColInsChildren), w.t(kColObservatory), w.t(kColSheets), w.t(kColRegistry)},
            rows);
    hiddenNote(w, f);
}

long participantsIn(const ConsultationRound& r) {
    long n = 0;
    for (const Participant& p : r.participants) n += p.count;
    return n;
}

// Who took part, by category. Organisations are named, families and children never are: a
// "Families" entry may carry a family's name.
void participantsTable(Writer& w, const Planning& p) {
    std::array<long, kParticipantKindCount> people{};
    std::array<std::vector<std::string>, kParticipantKindCount> organisations;
    for (const ConsultationRound& r : p.rounds)
        for (const Participant& part : r.participants) {
            const int kind = static_cast<int>(part.kind);
            people[kind] += part.count;
            const bool named = part.kind != ParticipantKind::Families && part.kind != ParticipantKind::ChildrenYouth;
            auto& names = organisations[kind];
            if (named && !part.organisation.empty() && std::find(names.begin(), names.end(), part.organisation) == names.end())
                names.push_back(part.organisation);
        }
    std::vector<std::vector<Cell>> rows;
    for (int k = 0; k < kParticipantKindCount; ++k) {
        if (!people[k]) continue;
        std::string names;
        for (const auto& n : organisations[k]) names += (names.empty() ? "" : "; ") + n;
        rows.push_back({text(w.t(kParticipantKindNames[k])), num(people[k], w.lang), text(names)});
    }
    w.table(w.t(kParticipantsCaption), {w.t(kColCategory), w.t(kColPeople), w.t(kColOrganisations)}, rows);
}

void processText(Writer& w, const Figures& f) {
    const VillageColumn& c = f.report.communeColumn();
    const Planning& p = f.plan.planning;
    const Resources& r = f.plan.resources;
    long participants = 0;
    for (const ConsultationRound& round : p.rounds) participants += participantsIn(round);
    const long shortListed = static_cast<long>(
        std::count_if(p.candidates.begin(), p.candidates.end(), [](const Candidate& x) { return x.shortListed; }));
    const Lang lang = w.lang;
    const auto many = [lang](std::size_t n, const Noun& noun) {
        return countOf(static_cast<long long>(n), noun, lang);
    };
    w.paragraph(w.t(kStepsIntro));
    w.bullets(
        {format(w.t(kStepObservatory),
                countOf(activity(c, ActivityRow::ObservationSheet), kObservationSheet, lang).c_str(),
                groupedNumber(activity(c, ActivityRow::ObservationSheetRecent), lang).c_str()),
         format(w.t(kStepRisk), groupedNumber(activity(c, ActivityRow::RiskIdentification), lang).c_str(),
                groupedNumber(activity(c, ActivityRow::ConfirmedAtLeastOne), lang).c_str()),
         format(w.t(kStepRegistry), children(c.registryChildren(), lang).c_str()),
         format(w.t(kStepResources), many(r.services.size(), kInventoryEntry).c_str(),
                many(r.microArea.size(), nouns::kLocality).c_str(), many(r.partners.size(), nouns::kPartner).c_str()),
         format(w.t(kStepPriorities), many(p.candidates.size(), kCandidateService).c_str(),
                many(p.rounds.size(), kConsultationRound).c_str(),
                countOf(participants, nouns::kParticipant, lang).c_str(),
                countOf(shortListed, nouns::kPriority, lang).c_str())});
}

// ---- 2. Needs -------------------------------------------------------------------------------------

void table1Summary(Writer& w, const Figures& f) {
    const NeedsReport& r = f.report;
    w.paragraph(format(w.t(kTable1Intro), dateText(r.asOf, w.lang).c_str(),
                       countOf(r.households, nouns::kHousehold, w.lang).c_str(), children(r.children, w.lang).c_str()));
    std::vector<std::vector<Cell>> rows;
    BarChart chart{w.t(kChartDimensions), {{w.t(kSeriesSuspected), "#9a9a9a"}, {w.t(kSeriesConfirmed), "#1f5fa8"}}, {}, {}};
    const Lang lang = w.lang;
    chart.format = [lang](double v) { return percentText(v, lang); };
    const auto addRow = [&](const std::string& label, const Table1Row& row) {
        rows.push_back({text(label), percent(row.observed.households, r.households, lang),
                        percent(row.confirmed.households, r.households, lang),
                        percent(row.confirmed.childrenInHouseholds, r.children, lang)});
        chart.rows.push_back({label, {percentOf(row.observed.households, r.households).value_or(0),
                                      percentOf(row.confirmed.households, r.households).value_or(0)}});
    };
    for (int d = 1; d <= kDimensionCount; ++d) addRow(dimension(d).name.in(lang), r.dimensionRow(d));
    addRow(w.t(kAnyRisk), r.anyRow());
    w.table(w.t(kTable1Caption),
            {w.t(kColDimension), w.t(kColSuspectedHouseholds), w.t(kColConfirmedHouseholds), w.t(kColConfirmedChildren)}, rows);
    if (r.households > 0) w.figure(svgBarChart(chart), w.t(kChartDimensions));
}

// "2. Copii pentru care …": the template's number before the label.
std::string rowLabel(const Writer& w, const TableARow& row) { return std::string(row.number) + ". " + w.t(row.label); }

// Annex A2.4 Table A: the commune, then each village.
void tableA(Writer& w, const Figures& f) {
    const NeedsReport& r = f.report;
    std::vector<std::string> headers{w.t(kColIndicator)};
    for (std::size_t i = 0; i < r.columns.size(); ++i) headers.push_back(i == 0 ? w.t(kWholeCommune) : r.columns[i].village);
    std::vector<std::vector<Cell>> rows;
    std::vector<Cell> ins{text(rowLabel(w, kTableAInsRow))};
    for (const VillageColumn& c : r.columns) ins.push_back(c.insChildren ? num(*c.insChildren, w.lang) : dash());
    rows.push_back(std::move(ins));
    for (std::size_t a = 0; a < kActivityRowCount; ++a) {
        std::vector<Cell> row{text(rowLabel(w, kTableARows[a]))};
        for (std::size_t c = 0; c < r.columns.size(); ++c) row.push_back(count(f, c, a, w.lang));
        rows.push_back(std::move(row));
    }
    w.table(w.t(kTableACaption), headers, rows);
    hiddenNote(w, f);
}

// Registry children by number of confirmed risks.
void bucketsTable(Writer& w, const NeedsReport& r) {
    std::vector<std::vector<Cell>> rows;
    const long total = r.communeColumn().registryChildren();
    for (std::size_t b = 0; b < kRiskBucketCount; ++b) {
        const auto bucket = static_cast<RiskBucket>(b);
        rows.push_back({text(riskBucketKey(bucket)), percent(r.registryBucket(bucket), total, w.lang)});
    }
    if (total > 0) w.table(w.t(kBucketsCaption), {w.t(kColConfirmedRisks), w.t(kColChildren)}, rows);
}

// A Table B count of one column, or "<5" where the small-cell rule hides it; the commune's
// with its share of the Registry.
Cell registryCount(const Figures& f, Lang lang, std::size_t column, const std::string& key, long value) {
    if (f.hidden.hidden(column, key)) return {escapeHtml(kHiddenCount), true};
    return column == 0 ? percent(value, f.report.communeColumn().registryChildren(), lang) : num(value, lang);
}

// Annex A2.4 Table B as the CLI report has it: the total, each dimension, then every indicator
// of it (sub-items such as 6.b2 included, in bold the dimensions), for the commune and each village.
void tableB(Writer& w, const Figures& f) {
    const NeedsReport& r = f.report;
    std::vector<std::string> headers{w.t(kColIndicator)};
    for (std::size_t i = 0; i < r.columns.size(); ++i)
        headers.push_back(i == 0 ? w.t(kWholeCommune) : r.columns[i].village);
    std::vector<std::vector<Cell>> rows;
    auto addRow = [&](Cell label, const std::string& key, auto value) {
        std::vector<Cell> row{std::move(label)};
        for (std::size_t c = 0; c < r.columns.size(); ++c)
            row.push_back(registryCount(f, w.lang, c, key, value(r.columns[c])));
        rows.push_back(std::move(row));
    };
    addRow(text(w.t(kRegistryTotalRow)), "b/registry_children",
           [](const VillageColumn& c) { return c.registryChildren(); });
    for (int d = 1; d <= kDimensionCount; ++d) {
        addRow({"<strong>" + text(std::to_string(d) + ". " + dimension(d).name.in(w.lang)).html + "</strong>"},
               "r/" + std::to_string(d), [d](const VillageColumn& c) { return c.byDimension[d - 1]; });
        for (std::size_t i = 0; i < indicatorCount(); ++i) {
            const Indicator& ind = indicator(i);
            if (ind.dimension == d)
                addRow(text(std::string(ind.code) + " " + ind.label.in(w.lang)), std::string("r/") + ind.code,
                       [i](const VillageColumn& c) { return c.byRiskSituation[i]; });
        }
    }
    w.table(w.t(kTableBCaption), headers, rows);
    hiddenNote(w, f);
}

void annexA24(Writer& w, const Figures& f) {
    w.subsection(w.t(kSubTableA));
    tableA(w, f);
    w.subsection(w.t(kSubTableB));
    if (f.report.communeColumn().registryChildren() == 0) return w.noData();
    bucketsTable(w, f.report);
    tableB(w, f);
}

// ---- 3. Resources ---------------------------------------------------------------------------------

const char* yesNo(const Writer& w, YesNo v) { return w.t(v == YesNo::Yes ? kYes : v == YesNo::No ? kNo : kUnknown); }

std::string typeLabel(const std::string& code, Lang lang) {
    const ServiceType* t = findByCode(serviceTypes(), code);
    return t ? code + " " + t->label.in(lang) : code;
}

std::string supplierLabel(const Service& s, Lang lang) {
    const SupplierType* t = findByCode(supplierTypes(), s.supplier);
    if (!t) return "–";
    return t->specify && !s.supplierOther.empty() ? s.supplierOther : t->label.in(lang);
}

std::string places(const Service& s) {
    const auto part = [](const std::optional<int>& v) { return v ? std::to_string(*v) : std::string("?"); };
    return s.capacity || s.freePlaces ? part(s.capacity) + " / " + part(s.freePlaces) : std::string("–");
}

void inventoryTable(Writer& w, const Resources& r) {
    std::vector<std::vector<Cell>> rows;
    for (const Service& s : r.services)
        rows.push_back({text(typeLabel(s.type, w.lang)),
                        text(s.name),
                        text(supplierLabel(s, w.lang)),
                        text(s.locality),
                        {text(places(s)).html, true},
                        text(yesNo(w, s.accredited)),
                        text(yesNo(w, s.spasCooperates)),
                        s.efficiency ? num(s.efficiency, w.lang) : dash()});
    w.table(w.t(kInventoryCaption),
            {w.t(kColType), w.t(kColName), w.t(kColSupplier), w.t(kColLocality), w.t(kColPlaces), w.t(kColAccredited),
             w.t(kColCooperates), w.t(kColEfficiency)},
            rows);
}

void microAreaTable(Writer& w, const Resources& r) {
    std::vector<std::vector<Cell>> rows;
    for (const Locality& l : r.microArea)
        rows.push_back({text(l.name), text(l.commune), text(w.t(l.urban ? kYes : kNo)), num(l.travelMinutes, w.lang),
                        text(w.t(l.transport ? kYes : kNo))});
    w.table(w.t(kMicroAreaCaption), {w.t(kColLocality), w.t(kColCommune), w.t(kColUrban), w.t(kColMinutes), w.t(kColTransport)},
            rows);
}

// Contacts are left out: they may be a person's telephone.
void partnersTable(Writer& w, const Resources& r) {
    std::vector<std::vector<Cell>> rows;
    for (const Partner& p : r.partners) rows.push_back({text(p.name), text(w.t(p.county ? kCountyLevel : kLocalLevel)), text(p.role)});
    w.table(w.t(kPartnersCaption), {w.t(kColName), w.t(kColLevel), w.t(kColRole)}, rows);
}

// Counts only: what the DGASPC knows of a family stays out of the document.
void dgaspcTables(Writer& w, const Resources& r) {
    std::vector<std::vector<Cell>> protection;
    bool hidden = false;  // per village, the small-cell rule (no total is printed, so nothing else to hide)
    for (const ProtectedChildren& p : r.childrenInProtection) {
        const bool small = p.children >= 1 && p.children < kSmallCountThreshold;
        hidden = hidden || small;
        protection.push_back({text(p.village), small ? Cell{escapeHtml(kHiddenCount), true} : num(p.children, w.lang)});
    }
    w.table(w.t(kProtectionCaption), {w.t(kColVillage), w.t(kColChildren)}, protection);
    if (hidden) w.raw("<p class=\"note\">" + escapeHtml(w.t(kHiddenCountNote)) + "</p>\n");
    static constexpr const Text* kLists[] = {&kListFamilyType, &kListCounty, &kListPlanned};
    static_assert(std::size(kLists) == static_cast<std::size_t>(DgaspcListKind::Planned) + 1, "one name per list");
    std::vector<std::vector<Cell>> services;
    for (const DgaspcService& s : r.dgaspcServices)
        services.push_back({text(w.t(*kLists[static_cast<int>(s.list)])), text(s.type.empty() ? s.name : typeLabel(s.type, w.lang) + " — " + s.name),
                            text(s.place), text(s.note)});
    w.table(w.t(kDgaspcServicesCaption), {w.t(kColList), w.t(kColName), w.t(kColPlace), w.t(kColNote)}, services);
}

// ---- 4. Required services -------------------------------------------------------------------------

void coreNeeds(Writer& w, const GapAnalysis& g) {
    std::vector<std::string> items;
    for (const CoreNeed& c : g.core) items.push_back(std::string(coreServices()[c.core].title.in(w.lang)) + ": " + c.reasoning.in(w.lang));
    w.bullets(items);
}

void groupsTable(Writer& w, const GapAnalysis& g) {
    w.paragraph(format(w.t(kGroupsIntro), kServiceThreshold));
    std::vector<std::vector<Cell>> rows;
    for (const GroupNeed& n : g.groups) {
        if (n.count.children == 0) continue;
        rows.push_back({text(riskGroups()[n.group].label.in(w.lang)),
                        {text(groupedNumber(n.count.confirmedChildren, w.lang) + " / " +
                              groupedNumber(n.count.suspectedChildren(), w.lang))
                             .html,
                         true},
                        num(n.count.households, w.lang),
                        text(n.reasoning.in(w.lang))});
    }
    w.table(w.t(kGroupsCaption), {w.t(kColGroup), w.t(kColConfirmedSuspected), w.t(kColHouseholds), w.t(kColReasoning)}, rows);
}

void byServiceTable(Writer& w, const GapAnalysis& g) {
    std::vector<std::vector<Cell>> rows;
    for (const ServiceNeed& n : g.needs) {
        if (n.demand.children == 0) continue;
        rows.push_back({text(typeLabel(n.type, w.lang)), num(n.demand.children, w.lang),
                        text(w.t(kCoverageNames[static_cast<int>(n.coverage)])), text(n.reasoning.in(w.lang))});
    }
    w.table(w.t(kByServiceCaption), {w.t(kColService), w.t(kColChildren), w.t(kColCoverage), w.t(kColReasoning)}, rows);
}

void urgentLine(Writer& w, const GapAnalysis& g) {
    long children = 0;
    for (const UrgentHousehold& u : g.urgent) children += u.children;
    w.paragraph(format(w.t(kUrgentLine), kUrgentRiskSituations,
                       groupedNumber(static_cast<long long>(g.urgent.size()), w.lang).c_str(),
                       countOf(children, nouns::kChild, w.lang).c_str()));
}

void candidatesTable(Writer& w, const std::vector<CandidateService>& candidates) {
    std::vector<std::vector<Cell>> rows;
    for (const CandidateService& c : candidates) {
        std::string reason = c.reason.in(w.lang);
        if (c.dismissed) reason += " — " + format(w.t(kDismissed), c.dismissalReason.c_str());
        rows.push_back({text(candidateName(c, w.lang)), text(w.t(kCandidateActionNames[static_cast<int>(c.action)])),
                        num(c.demand.children, w.lang), text(reason)});
    }
    w.table(w.t(kCandidatesCaption), {w.t(kColService), w.t(kColAction), w.t(kColChildren), w.t(kColReasoning)}, rows);
}

}  // namespace

void contextSection(Writer& w, const Figures& f) {
    w.section(w.t(kSecContext));
    w.subsection(w.t(kSubCommune));
    w.paragraph(format(w.t(kCommuneSummary), f.plan.commune.c_str(), countyName(f.plan.county).c_str(),
                       countOf(static_cast<long long>(f.plan.villages.size()), nouns::kVillage, w.lang).c_str(),
                       children(f.report.children, w.lang).c_str(),
                       countOf(f.report.households, nouns::kHousehold, w.lang).c_str()));
    villagesTable(w, f);
    w.subsection(w.t(kSubProcess));
    processText(w, f);
    participantsTable(w, f.plan.planning);
}

// The report's distinct section (section 1.1.1 (e)): commune-level counts, exact like the
// commune's column of Table A.
void publicCareSection(Writer& w, const Figures& f) {
    w.subsection(w.t(kSubPublicCare));
    w.paragraph(w.t(kPublicCareIntro));
    const ReportTable table = publicCareTable(f.report, w.lang);
    std::vector<std::vector<Cell>> rows;
    for (const auto& row : table.rows) rows.push_back({text(row[0]), row[1].empty() ? dash() : Cell{escapeHtml(row[1]), true}});
    w.table(w.t(kPublicCareCaption), table.header, rows);
}

void needsSection(Writer& w, const Figures& f) {
    w.section(w.t(kSecNeeds));
    w.subsection(w.t(kSubTable1));
    table1Summary(w, f);
    annexA24(w, f);
    publicCareSection(w, f);
}

void resourcesSection(Writer& w, const Figures& f) {
    const Resources& r = f.plan.resources;
    w.section(w.t(kSecResources));
    w.subsection(w.t(kSubInventory));
    inventoryTable(w, r);
    w.subsection(w.t(kSubMicroArea));
    microAreaTable(w, r);
    w.subsection(w.t(kSubPartners));
    partnersTable(w, r);
    w.subsection(w.t(kSubDgaspc));
    dgaspcTables(w, r);
}

void requiredServicesSection(Writer& w, const Figures& f) {
    w.section(w.t(kSecRequired));
    w.subsection(w.t(kSubCore));
    coreNeeds(w, f.gaps);
    w.subsection(w.t(kSubGroups));
    groupsTable(w, f.gaps);
    w.subsection(w.t(kSubByService));
    byServiceTable(w, f.gaps);
    urgentLine(w, f.gaps);
    w.subsection(w.t(kSubCandidates));
    candidatesTable(w, f.candidates);
}

}  // namespace prevplan::doc
