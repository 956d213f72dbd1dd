#include "core/demo/demo_planning.h"

#include <algorithm>

#include "core/catalog/table3.h"
#include "core/planning/priorities.h"
#include "core/report/report_tables.h"

namespace prevplan {

namespace {

constexpr int kShortList = 4;  // within the methodology's 3-5

// The group's scores for consultation, resources, funding, cooperation, civil society, by the
// candidate's position; later candidates reuse the pattern.
const int kGroupScores[][5] = {{5, 3, 4, 4, 3}, {4, 2, 3, 5, 4}, {3, 4, 5, 3, 2}, {4, 3, 2, 4, 5},
                               {2, 4, 3, 2, 3}, {3, 2, 4, 3, 2}, {2, 3, 2, 2, 4}};
const char* const kNotes[] = {"cerut de părinți la dezbatere", "un singur asistent social", "eligibil POCU axa 4",
                              "DGASPC sprijină", "ONG local interesat"};

// The earlier years' reports count the Observatory as it stood on 31 December (needsReport).
void freezeYears(Plan& plan, const Date& today) {
    for (int back = 2; back >= 1; --back) {
        const Date end{today.year - back, 12, 31};
        freezeReport(plan, needsReport(plan, end), end.iso() + "T16:00:00");
    }
    freezeReport(plan, needsReport(plan, today), today.iso() + "T16:00:00");
}

Candidate byHand(Plan& plan) {
    Candidate c;
    c.id = newId(plan, 'k');
    c.name = "Grup de sprijin pentru părinți (Școala părinților)";
    for (const RiskGroup& g : riskGroups())
        for (const char* code : g.indicators)
            if (code && std::string_view(code).rfind("6.b", 0) == 0 &&
                std::find(c.indicators.begin(), c.indicators.end(), code) == c.indicators.end())
                c.indicators.push_back(code);
    return c;
}

void candidates(Plan& plan) {
    Planning& p = plan.planning;
    for (Candidate c : requiredServiceCandidates(plan, Lang::Ro)) {
        c.id = newId(plan, 'k');
        p.candidates.push_back(std::move(c));
        if (p.candidates.size() == std::size(kGroupScores) - 1) break;
    }
    p.candidates.push_back(byHand(plan));
    for (std::size_t i = 0; i < p.candidates.size(); ++i)
        for (int k = 0; k < 5; ++k) {
            CriterionScore& s = p.candidates[i].scores[static_cast<int>(Criterion::Consultation) + k];
            s.score = kGroupScores[i % std::size(kGroupScores)][k];
            if (i < std::size(kNotes) && k == static_cast<int>(i % 5)) s.note = kNotes[i];
        }
}

void rounds(Plan& plan, const Date& today) {
    Planning& p = plan.planning;
    ConsultationRound debate;
    debate.id = newId(plan, 'r');
    debate.date = today.addMonths(-2);
    debate.format = ConsultationFormat::PublicDebate;
    debate.participants = {{"", ParticipantKind::Families, 18},
                           {"Consiliul elevilor", ParticipantKind::ChildrenYouth, 6},
                           {"Școala Gimnazială Valea Mică", ParticipantKind::School, 3},
                           {"Cabinetul medicului de familie", ParticipantKind::Health, 2},
                           {"Parohia Valea Mică", ParticipantKind::Church, 1},
                           {"Asociația „Copii în Familie” (fictivă)", ParticipantKind::Ngo, 2},
                           {"Consiliul local", ParticipantKind::Council, 3}};
    ConsultationRound session;
    session.id = newId(plan, 'r');
    session.date = today.addMonths(-1);
    session.format = ConsultationFormat::PartnershipSession;
    session.participants = {{"DGASPC", ParticipantKind::Dgaspc, 1},
                            {"Asociația „Copii în Familie” (fictivă)", ParticipantKind::Ngo, 2},
                            {"Școala Gimnazială Valea Mică", ParticipantKind::School, 1},
                            {"Consiliul local", ParticipantKind::Council, 2}};
    const int debateVotes[] = {14, 9, 6, 11, 3, 4, 12};
    const int sessionVotes[] = {5, 4, 2, 3, 1, 1, 4};
    for (std::size_t i = 0; i < p.candidates.size(); ++i) {
        debate.opinions.push_back({p.candidates[i].id, debateVotes[i % std::size(debateVotes)], {}});
        session.opinions.push_back({p.candidates[i].id, sessionVotes[i % std::size(sessionVotes)], {}});
    }
    debate.opinions[0].opinions = "Părinții cer program după-amiaza, după școală.";
    debate.decisions = "Lista candidaților rămâne deschisă; sesiunea de parteneriat punctează matricea.";
    session.decisions = "Primele patru servicii din clasament intră pe lista scurtă.";
    p.rounds = {debate, session};
}

void shortList(Plan& plan) {
    const Ranking r = rankCandidates(plan);
    for (std::size_t i = 0; i < r.rows.size() && i < static_cast<std::size_t>(kShortList); ++i) plan.planning.candidates[r.rows[i].index].shortListed = true;
}

PlanObjective objective(Plan& plan, int table4, BaselineDefinition def, long target, const Id& priority) {
    PlanObjective o;
    o.id = newId(plan, 'o');
    o.table4 = table4;
    o.baseline = std::move(def);
    o.target = target;
    o.targetDate = Date{plan.planning.startYear + plan.planning.periodYears - 1, 12, 31};
    o.priority = priority;
    return o;
}

// The short-listed candidates in ranking order.
std::vector<Id> priorities(const Plan& plan) {
    std::vector<Id> ids;
    for (const RankedCandidate& row : rankCandidates(plan).rows)
        if (plan.planning.candidates[row.index].shortListed) ids.push_back(plan.planning.candidates[row.index].id);
    return ids;
}

void objectives(Plan& plan, const std::vector<Id>& top) {
    using B = BaselineBasis;
    using U = BaselineUnit;
    auto& list = plan.planning.objectives;
    list.push_back(objective(plan, 1, {"2.i.2", B::Observed, U::ChildrenDirectly}, 0, top[0]));
    list.push_back(objective(plan, 4, {"4.b", B::Confirmed, U::ChildrenDirectly}, 0, top[1]));
    list.push_back(objective(plan, 21, {"6.b2", B::Confirmed, U::Households}, 0, top[2]));
    list.push_back(objective(plan, 18, {"1.c1", B::Confirmed, U::Households}, 0, top[3]));
    PlanObjective urgent = objective(plan, 0, {kRegistryOverTen, B::Confirmed, U::ChildrenInHouseholds}, 0, top[0]);
    urgent.text = "Fiecare copil din familiile cu peste 10 situații de risc primește intervenție preventivă urgentă, "
                  "cu sprijinul DGASPC.";
    list.push_back(urgent);
}

Action action(Plan& plan, const char* what, ActionKind kind, const char* who, const char* partners, const char* funding,
              std::initializer_list<long> costs, const Id& objective) {
    const int start = plan.planning.startYear;
    Action a;
    a.id = newId(plan, 'a');
    a.description = what;
    a.kind = kind;
    a.responsible = who;
    a.partners = partners;
    a.funding = funding;
    a.objective = objective;
    int year = start;
    for (long ron : costs) {
        if (ron > 0) a.costs.push_back({year, ron});
        ++year;
    }
    // Until the last paid year; an action that costs nothing runs the whole listed span.
    const int last = a.costs.empty() ? year - 1 : a.costs.back().year;
    a.start = Date{start, 3, 1};
    a.end = Date{last, 12, 31};
    return a;
}

void actions(Plan& plan) {
    const auto& o = plan.planning.objectives;
    auto& list = plan.planning.actions;
    list.push_back(action(plan, "Sprijin pentru certificate de naștere și acte de identitate (însoțire la starea civilă)",
                          ActionKind::NewService, "SPAS", "Serviciul de stare civilă, mediatorul sanitar", "buget-local",
                          {6000, 6000, 4000, 4000, 4000}, o[0].id));
    list.push_back(action(plan, "Program „școală după școală” pentru copiii în risc de abandon școlar", ActionKind::NewService,
                          "Școala Gimnazială Valea Mică", "ONG local, SPAS", "pocu-ax6", {85000, 90000, 90000, 0, 0}, o[1].id));
    list.push_back(action(plan, "Cofinanțarea programului „școală după școală”", ActionKind::NewService, "Primăria",
                          "Școala Gimnazială Valea Mică", "buget-local", {5000, 5500, 5500, 0, 0}, o[1].id));
    list.push_back(action(plan, "Școala părinților: grupuri lunare în fiecare sat", ActionKind::Contracting,
                          "ONG contractat de primărie", "SPAS, parohia", "buget-local", {12000, 12000, 12000, 12000, 12000},
                          o[2].id));
    list.push_back(action(plan, "Informarea familiilor despre alocații și ajutoare (afișe, întâlniri în sate, SMS)",
                          ActionKind::PublicInformation, "SPAS", "Școala, medicul de familie", "buget-local",
                          {2500, 2500, 2500, 2500, 2500}, o[3].id));
    list.push_back(action(plan, "Formarea asistentului social: 42 de ore de management de caz pe an", ActionKind::Training,
                          "Primăria", "DGASPC", "buget-local", {3000, 3000, 3000, 3000, 3000}, Id{}));
    list.push_back(action(plan, "Caz complex: întâlniri trimestriale cu DGASPC pentru familiile cu peste 10 riscuri",
                          ActionKind::ExistingService, "SPAS", "DGASPC", "consiliu-judetean-dgaspc", {0, 0, 0, 0, 0},
                          o[4].id));
    list.back().status = ActionStatus::InProgress;
}

}  // namespace

void addDemoPlanning(Plan& plan, const Date& today) {
    Planning& p = plan.planning;
    p.startYear = today.year;
    p.periodYears = 5;
    p.spasStaff = 1;
    freezeYears(plan, today);
    candidates(plan);
    rounds(plan, today);
    shortList(plan);
    const auto top = priorities(plan);
    if (top.size() < static_cast<std::size_t>(kShortList)) return;
    objectives(plan, top);
    actions(plan);
    p.amendments.push_back({today.addMonths(-1).addDays(3), "Costul „școală după școală” pe al doilea an: 90.000 lei",
                            "Oferta școlii după sesiunea de parteneriat"});
}

}  // namespace prevplan
