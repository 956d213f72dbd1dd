#include "core/demo/demo.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <iterator>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/catalog/service_plan_items.h"
#include "core/observatory/cnp.h"
#include "core/demo/demo_planning.h"
#include "core/demo/demo_resources.h"
#include "core/model/rules.h"
#include "core/observatory/validation.h"

namespace prevplan {

namespace {

// splitmix64: tiny, fast, and the same sequence everywhere.
class Rng {
public:
    explicit Rng(std::uint64_t seed) : state_(seed) {}

    std::uint64_t next() {
        std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }  // [0, 1)
    bool chance(double p) { return uniform() < p; }
    int below(int n) { return static_cast<int>(uniform() * n); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }  // inclusive
    template <class T, std::size_t N>
    const T& pick(const T (&items)[N]) { return items[below(static_cast<int>(N))]; }
    // An index drawn with the given weights.
    template <std::size_t N>
    int weighted(const int (&weights)[N]) {
        int total = 0;
        for (int w : weights) total += w;
        int r = below(total);
        for (std::size_t i = 0; i < N; ++i) {
            if (r < weights[i]) return static_cast<int>(i);
            r -= weights[i];
        }
        return static_cast<int>(N) - 1;
    }

private:
    std::uint64_t state_;
};

// ---- fictitious people and places -------------------------------------------------------------

const char* const kCommune = "Demonstrativă";
const char* const kVillages[] = {"Valea Mică", "Dealu Mare", "Poiana Nouă", "Izvoru Rece", "Lunca Verde"};
const int kVillageWeights[] = {34, 24, 18, 14, 10};
const char* const kStreets[] = {"Principală", "Școlii", "Bisericii", "Morii", "Livezilor", "Florilor",
                                "Izvorului", "Dealului", "Țarinei", "Câmpului"};
const char* const kSurnames[] = {
    "Popescu", "Ionescu", "Dumitrescu", "Stănescu", "Constantin", "Munteanu", "Lungu", "Țăranu", "Bălan",
    "Căpraru", "Moldovan", "Șerban", "Stoica", "Rădulescu", "Mureșan", "Ciobanu", "Oprea", "Dinu", "Niță",
    "Toma", "Grigore", "Pătrașcu", "Vlădescu", "Roșu", "Neagu", "Surdu", "Bărbulescu", "Cârstea",
    "Gheorghiță", "Lupu"};
const char* const kBoys[] = {"Andrei", "Alexandru", "Ștefan", "Mihai", "Ionuț", "Răzvan", "Cătălin",
                             "Bogdan", "Gabriel", "Cristian", "Florin", "Marius", "Tudor", "Matei", "Luca",
                             "David", "Sebastian", "Darius", "Costel", "Nicușor", "Vlad", "Radu", "Adrian",
                             "Sorin"};
const char* const kGirls[] = {"Ioana", "Maria", "Elena", "Andreea", "Alexandra", "Ana", "Gabriela",
                              "Mădălina", "Bianca", "Denisa", "Alina", "Cătălina", "Florentina", "Ștefania",
                              "Roxana", "Teodora", "Iuliana", "Larisa", "Anca", "Petruța", "Irina", "Daria",
                              "Sofia", "Antonia"};
const char* const kMothers[] = {"Elena", "Maria", "Mariana", "Daniela", "Georgeta", "Florica", "Viorica",
                                "Rodica", "Lenuța", "Aurelia", "Mihaela", "Nicoleta"};
const char* const kFathers[] = {"Gheorghe", "Vasile", "Ion", "Nicolae", "Constantin", "Dumitru",
                                "Petrică", "Marian", "Costică", "Ilie"};

struct Person {
    const char* name;
    const char* position;
};
// Local professionals who fill Observation Sheets (section 1.1.1), and the SPAS staff.
const Person kObservers[] = {
    {"Elena Dobre", "cadru didactic"},          {"Ion Marinescu", "medic de familie"},
    {"Maria Tănase", "asistent medical comunitar"}, {"Gheorghe Iordache", "polițist comunitar"},
    {"Ana Preda", "mediator școlar"},           {"Florin Stan", "mediator sanitar"},
    {"Vasile Neagu", "preot"},                  {"Ioana Matei", "asistent social"},
};
const Person kSpasStaff[] = {{"Ioana Matei", "asistent social"}, {"Cristina Ene", "referent SPAS"}};
const char* const kCaseOfficerFunction = "responsabil de caz prevenire";
const char* const kRevisionReasons[] = {"Situația familiei s-a schimbat", "Copilul nu mai frecventează școala",
                                        "Familia s-a mutat în alt sat",
                                        "Serviciul recomandat nu mai are locuri libere"};

// ---- how often things happen ------------------------------------------------------------------

const int kFamiliesPerHousehold[] = {85, 15};           // 1 or 2 family nuclei
// 1..6 children: about 2 per household, as in the source communities (11,762 / 5,840).
const int kChildrenPerFamily[] = {50, 30, 11, 5, 3, 1};
constexpr double kUnobservedShare = 0.02;      // families with no sheet yet (newly arrived)
constexpr double kOlderThanYearShare = 0.25;   // sheets 12-24 months old: due for refresh
constexpr double kRiskVisitShare = 0.96;       // suspicions that got their home visit
constexpr double kLateVisitShare = 0.10;       // visits after the 72 hours
constexpr double kConfirmShare = 0.85;         // suspicions the visit confirms
constexpr double kNotifiedShare = 0.95;        // DGASPC notified at once
constexpr double kServicePlanShare = 0.95;     // plans done within 30 days
constexpr double kMissedVisitShare = 0.08;     // the last monitoring visit missed
constexpr double kRevisionShare = 0.10;
constexpr double kNoDataPct = 1;               // indicators Table 1 gives no share for (2.e)

// Family vulnerability scales every reference share, so that risks cluster as in section 2
// (15% of households with no risk, an average of 3.9, several percent above 10) while the
// mean factor stays about 1 and each share stays near its Table 1 value.
const int kVulnerabilityWeights[] = {10, 38, 30, 13, 9};
const double kVulnerability[] = {0, 0.55, 0.95, 1.7, 3.0};
constexpr double kMaxDraw = 0.95;  // even the most vulnerable family escapes some risks

// Ages (in months, on the observation date) a child-level indicator can concern.
struct Eligibility {
    const char* code;
    int fromMonths, toMonths;  // [from, to)
    int minChildren;
};
const Eligibility kEligibility[] = {
    {"3.d", 0, 12, 1},     {"3.f", 12, 72, 1},     {"3.h1", 0, 12, 1},    {"3.h1.1", 0, 12, 1},
    {"3.h1.2", 0, 12, 1},  {"3.h1.3", 0, 12, 1},   {"3.h1.4", 0, 6, 1},   {"3.h1.5", 6, 12, 1},
    {"3.h1.6", 0, 12, 1},  {"4.b", 72, 192, 1},    {"4.c1", 72, 192, 1},  {"4.c2", 72, 192, 1},
    {"4.d", 72, 216, 1},   {"4.e", 72, 216, 1},    {"4.f", 72, 216, 1},   {"4.g", 0, 216, 3},
    {"4.h", 36, 216, 1},   {"4.i", 36, 192, 1},    {"4.i.1", 36, 84, 1},  {"4.i.2", 84, 120, 1},
    {"4.i.3", 120, 192, 1}, {"6.e1", 168, 216, 1}, {"6.e2", 168, 216, 1},
};

// Section 4.2 items a confirmed risk suggests, by indicator code prefix.
struct ServiceHint {
    const char* codePrefix;
    const char* item;
};
const ServiceHint kServiceHints[] = {
    {"1.", "alocatie-stat"},          {"1.a", "venit-minim-garantat"},   {"1.a.2", "ajutor-incalzire"},
    {"2.b", "alocatie-monoparentala"}, {"2.a", "sprijin-gravida"},       {"3.h2", "sprijin-gravida"},
    {"2.h.2", "centru-zi-recuperare"}, {"3.", "servicii-sanatate"},      {"4.", "servicii-educatie"},
    {"4.c", "centru-zi"},             {"4.d", "centru-zi"},              {"6.b", "consiliere-parinti"},
    {"6.c", "consiliere-parinti"},    {"6.e", "readaptare-psihosociala"}, {"5.", "beneficiu-altul"},
};
const char* const kOtherBenefit = "Sprijin material pentru repararea locuinței";

// Per indicator, what the draws need.
struct Draw {
    double share = 0;  // lettered: the calibrated x of calibrated(); sub-item: P(yes | its indicator holds)
    double directShare = 1; // child-level: P(an eligible child is directly exposed | the family has it)
    Eligibility who{"", 0, 216, 1};
    std::vector<int> subItems;
};

double pct(float value) { return value < 0 ? kNoDataPct / 100 : value / 100.0; }

// Share of families with a child the indicator can concern (ages uniform over 0-17), and the
// share of their children who are such children: Table 1's shares are over all households, so
// draws made only where a child fits are scaled up by these.
struct Fit {
    double families, children;
};
Fit fit(const Eligibility& e) {
    const double inWindow = (e.toMonths - e.fromMonths) / 216.0;
    double total = 0, families = 0;
    for (int n = 1; n <= 6; ++n) {
        const double w = kChildrenPerFamily[n - 1];
        total += w;
        if (n >= e.minChildren) families += w * (1 - std::pow(1 - inWindow, n));
    }
    return {families / total, inWindow * total / std::max(families, 1e-9)};
}

// The draw is min(0.95, v × x) for a family of vulnerability v: the x whose mean over the
// vulnerabilities is `share` (bisection; a share the caps cannot reach gives 1).
double calibrated(double share) {
    auto mean = [](double x) {
        double total = 0, sum = 0;
        for (std::size_t k = 0; k < std::size(kVulnerability); ++k) {
            total += kVulnerabilityWeights[k];
            sum += kVulnerabilityWeights[k] * std::min(kMaxDraw, kVulnerability[k] * x);
        }
        return sum / total;
    };
    double lo = 0, hi = 1;
    if (mean(hi) <= share) return hi;
    for (int step = 0; step < 40; ++step) {
        const double mid = (lo + hi) / 2;
        (mean(mid) < share ? lo : hi) = mid;
    }
    return (lo + hi) / 2;
}

std::vector<Draw> makeDraws() {
    std::vector<Draw> draws(indicatorCount());
    for (std::size_t i = 0; i < indicatorCount(); ++i) {
        const Indicator& ind = indicator(i);
        for (const Eligibility& e : kEligibility)
            if (std::string_view(e.code) == ind.code) draws[i].who = e;
    }
    for (std::size_t i = 0; i < indicatorCount(); ++i) {
        const Indicator& ind = indicator(i);
        Draw& d = draws[i];
        const Fit f = fit(d.who);
        d.share = std::min(1.0, pct(ind.refHouseholdsPct) / f.families);
        if (ind.isRiskSituation()) d.share = calibrated(d.share);
        if (!ind.isRiskSituation()) {
            const auto p = static_cast<std::size_t>(ind.parent());
            const Draw& parent = draws[p];
            d.share = std::min(1.0, d.share / std::min(1.0, pct(indicator(p).refHouseholdsPct) /
                                                                fit(parent.who).families));
            draws[p].subItems.push_back(static_cast<int>(i));
        }
        if (ind.refDirectPct >= 0 && ind.refChildrenPct > 0)
            d.directShare = std::min(1.0, ind.refDirectPct / ind.refChildrenPct / std::min(1.0, f.children));
    }
    return draws;
}

// ---- the builder ------------------------------------------------------------------------------

struct DraftChild {
    Sex sex;
    Date birth;
    int ageMonths;
    IndicatorSet exposed;
};

class DemoBuilder {
public:
    DemoBuilder(Plan& plan, unsigned seed, Date today) : plan_(plan), rng_(seed), today_(today), draws_(makeDraws()) {}

    void household(int& childrenLeft) {
        auto h = std::make_shared<Household>();
        h->id = newId(plan_, 'h');
        h->village = kVillages[rng_.weighted(kVillageWeights)];
        h->address = std::string("Str. ") + rng_.pick(kStreets) + " nr. " + std::to_string(rng_.between(1, 250));
        const int nuclei = 1 + rng_.weighted(kFamiliesPerHousehold);
        const std::string surname = rng_.pick(kSurnames);
        for (int n = 0; n < nuclei && childrenLeft > 0; ++n) {
            const int children = std::min(childrenLeft, 1 + rng_.weighted(kChildrenPerFamily));
            childrenLeft -= children;
            h->families.push_back(family(children, surname));
        }
        plan_.households.push_back(h);
    }

    // The INS count of children is a little above the census: some children are never observed.
    void villages() {
        std::unordered_map<std::string, int> observed;
        for (const auto& h : plan_.households)
            for (const auto& f : h->families) observed[h->village] += static_cast<int>(f.children.size());
        for (const char* name : kVillages) {
            const int n = observed[name];
            plan_.villages.push_back({name, n + n * rng_.between(2, 12) / 100});
        }
    }

private:
    Plan& plan_;
    Rng rng_;
    Date today_;
    std::vector<Draw> draws_;
    int sheetSerial_ = 0;
    std::unordered_map<long, int> cnpSerials_;  // per birth day and sex

    FamilyNucleus family(int childCount, const std::string& surname) {
        FamilyNucleus f;
        f.id = newId(plan_, 'f');
        f.head = std::string(rng_.chance(0.8) ? rng_.pick(kMothers) : rng_.pick(kFathers)) + " " + surname;
        const bool observed = !rng_.chance(kUnobservedShare);
        const Date observedOn = observed ? observationDate() : today_;
        std::vector<DraftChild> kids;
        for (int k = 0; k < childCount; ++k) kids.push_back(child(observedOn));
        if (observed) {
            f.sheet = sheet(observedOn, kids);
            identifyRisks(f);
        }
        for (DraftChild& d : kids) f.children.push_back(person(d, surname));
        if (f.risk) confirmExposure(f);
        if (f.risk && f.risk->visitedOn && inRegistry(f)) follow(f);
        return f;
    }

    Date observationDate() {
        const bool old = rng_.chance(kOlderThanYearShare);
        return today_.addDays(-(old ? rng_.between(365, 729) : rng_.between(0, 364)));
    }

    // Born so that the child is 0-17 today, and born by the observation.
    DraftChild child(const Date& observedOn) {
        DraftChild c;
        c.sex = rng_.chance(0.51) ? Sex::Male : Sex::Female;
        const long first = today_.addMonths(-12 * 18).days() + 1;
        c.birth = Date::fromDays(first + rng_.below(static_cast<int>(observedOn.days() - first + 1)));
        c.ageMonths = ageInMonths(c.birth, observedOn);
        return c;
    }

    Child person(const DraftChild& d, const std::string& surname) {
        Child c;
        c.id = newId(plan_, 'c');
        c.name = std::string(d.sex == Sex::Male ? rng_.pick(kBoys) : rng_.pick(kGirls)) + " " + surname;
        c.birthDate = d.birth;
        c.sex = d.sex;
        c.exposedObserved = d.exposed;
        // Children without civil status documents (2.i.2) have no CNP.
        static const int noDocuments = indicatorIndex("2.i.2");
        const int serial = ++cnpSerials_[d.birth.days() * 2 + (d.sex == Sex::Female)];
        if (!d.exposed[noDocuments] && serial <= 999) c.cnp = makeCnp(d.sex, d.birth, plan_.county, serial);
        return c;
    }

    // ---- the Observation Sheet

    std::vector<int> eligible(std::size_t i, const std::vector<DraftChild>& kids) const {
        const Eligibility& e = draws_[i].who;
        std::vector<int> out;
        if (static_cast<int>(kids.size()) < e.minChildren) return out;
        for (std::size_t k = 0; k < kids.size(); ++k)
            if (kids[k].ageMonths >= e.fromMonths && kids[k].ageMonths < e.toMonths) out.push_back(static_cast<int>(k));
        return out;
    }

    // Which eligible children are directly exposed: each with the Table 1 ratio, at least one.
    void expose(std::size_t i, const std::vector<int>& who, std::vector<DraftChild>& kids) {
        bool any = false;
        for (int k : who)
            if (rng_.chance(draws_[i].directShare)) {
                kids[k].exposed.set(i);
                any = true;
            }
        if (!any) kids[who[rng_.below(static_cast<int>(who.size()))]].exposed.set(i);
    }

    ObservationSheet sheet(const Date& observedOn, std::vector<DraftChild>& kids) {
        ObservationSheet s;
        s.sheetId = sheetIdFor(plan_.county, ++sheetSerial_);
        const Person& by = rng_.pick(kObservers);
        s.filledBy = by.name;
        s.position = by.position;
        s.filledOn = observedOn;
        std::fill(s.answers.begin(), s.answers.begin() + static_cast<long>(indicatorCount()), Answer::No);
        const double v = kVulnerability[rng_.weighted(kVulnerabilityWeights)];
        bool suspicion = false;
        for (std::size_t i = 0; i < indicatorCount(); ++i)
            if (indicator(i).isRiskSituation()) suspicion |= riskSituation(i, v, s.answers, kids);
        if (suspicion) {
            const Person& spas = rng_.pick(kSpasStaff);
            s.visitBy = spas.name;
            s.visitByPosition = spas.position;
            s.visitPlannedOn = observedOn.addDays(rng_.between(1, 3));
        }
        return s;
    }

    // Draws a lettered indicator, then which of its sub-items hold (at least one, as A2.3 defines
    // the indicator as their "or") and which children are exposed. Returns whether it holds.
    bool riskSituation(std::size_t i, double v, Answers& answers, std::vector<DraftChild>& kids) {
        const std::vector<int> who = eligible(i, kids);
        if (who.empty() || !rng_.chance(std::min(kMaxDraw, v * draws_[i].share))) return false;
        answers[i] = Answer::Yes;
        std::vector<int> possible;
        for (int s : draws_[i].subItems)
            if (!eligible(s, kids).empty()) possible.push_back(s);
        bool anySub = false;
        for (int s : possible)
            if (rng_.chance(draws_[s].share)) {
                answers[s] = Answer::Yes;
                anySub = true;
            }
        if (!possible.empty() && !anySub) answers[possible[rng_.below(static_cast<int>(possible.size()))]] = Answer::Yes;
        for (int s : possible)
            if (answers[s] == Answer::Yes && indicator(s).childLevel) expose(s, eligible(s, kids), kids);
        if (!indicator(i).childLevel) return true;
        if (possible.empty()) {
            expose(i, who, kids);
            return true;
        }
        for (DraftChild& k : kids)  // a child exposed to a sub-item is exposed to the indicator
            for (int s : possible)
                if (k.exposed[s]) k.exposed.set(i);
        return true;
    }

    // ---- risk identification (home visit) and the DGASPC

    void identifyRisks(FamilyNucleus& f) {
        const ObservationSheet& s = *f.sheet;
        if (!s.visitPlannedOn) return;  // no suspicion
        RiskIdentification risk;
        bool notify = false;
        for (std::size_t i = 0; i < indicatorCount(); ++i)
            notify = notify || (s.answers[i] == Answer::Yes && indicator(i).notifyDgaspc);
        if (notify && rng_.chance(kNotifiedShare)) risk.dgaspcNotifiedOn = s.filledOn;
        const Date visit = s.filledOn->addDays(rng_.chance(kLateVisitShare) ? rng_.between(4, 10) : rng_.between(0, 3));
        if (rng_.chance(kRiskVisitShare) && visit <= today_) {
            const Person& spas = rng_.pick(kSpasStaff);
            risk.visitedOn = visit;
            risk.visitedBy = spas.name;
            risk.position = spas.position;
            judge(s.answers, risk.verdicts);
        }
        if (risk.visitedOn || risk.dgaspcNotifiedOn) f.risk = risk;
    }

    // Confirms or rejects every suspicion; a lettered indicator with sub-items stands or falls with them.
    void judge(const Answers& answers, Verdicts& verdicts) {
        for (std::size_t i = 0; i < indicatorCount(); ++i) {
            if (!indicator(i).isRiskSituation() || answers[i] != Answer::Yes) continue;
            bool anySubConfirmed = false, anySub = false;
            for (int s : draws_[i].subItems) {
                if (answers[s] != Answer::Yes) continue;
                anySub = true;
                verdicts[s] = rng_.chance(kConfirmShare) ? Verdict::Confirmed : Verdict::Rejected;
                anySubConfirmed = anySubConfirmed || verdicts[s] == Verdict::Confirmed;
            }
            const bool confirmed = anySub ? anySubConfirmed : rng_.chance(kConfirmShare);
            verdicts[i] = confirmed ? Verdict::Confirmed : Verdict::Rejected;
        }
    }

    // ---- the Registry: registration, service plan, monitoring

    // The visit confirms a child's exposure wherever it confirms the indicator.
    static void confirmExposure(FamilyNucleus& f) {
        for (Child& c : f.children)
            for (std::size_t i = 0; i < indicatorCount(); ++i)
                c.exposedConfirmed[i] = c.exposedObserved[i] && f.risk->verdicts[i] == Verdict::Confirmed;
    }

    void follow(FamilyNucleus& f) {
        const Date confirmedOn = *f.risk->visitedOn;
        const int interval = monitoringIntervalMonths(confirmedRiskCount(f));
        const ServicePlan recommended = recommendations(f);
        const bool planDue = confirmedOn.addDays(30) <= today_;
        for (Child& c : f.children) {
            c.registeredOn = std::min(today_, confirmedOn.addDays(rng_.between(0, 5)));
            if (!rng_.chance(planDue ? kServicePlanShare : 0.5)) continue;
            c.servicePlan = recommended;
            ServicePlan& p = *c.servicePlan;
            p.completedOn = std::min(today_, c.registeredOn->addDays(rng_.between(3, 28)));
            const Date approved = p.completedOn->addDays(rng_.between(1, 10));
            if (approved <= today_) p.approvedOn = approved;
            if (p.approvedOn) monitor(c, *p.approvedOn, interval);
        }
    }

    ServicePlan recommendations(const FamilyNucleus& f) {
        ServicePlan p;
        const IndicatorSet confirmed = confirmedSet(f);
        for (const ServiceHint& hint : kServiceHints) {
            bool applies = false;
            for (std::size_t i = 0; i < indicatorCount() && !applies; ++i)
                applies = confirmed[i] && std::string_view(indicator(i).code).rfind(hint.codePrefix, 0) == 0;
            if (!applies) continue;
            const PlanItem* item = findByCode(planItems(), hint.item);
            if (!item) continue;
            auto& list = item->group == PlanItemGroup::Benefit ? p.benefits : p.services;
            if (std::find(list.begin(), list.end(), hint.item) == list.end()) list.push_back(hint.item);
            if (item->specify) p.otherBenefits = kOtherBenefit;
        }
        const Person& officer = rng_.pick(kSpasStaff);
        p.provider = std::string("SPAS ") + kCommune;
        p.goal = "Prevenirea separării copilului de familie";
        p.durationMonths = 12;
        p.caseOfficer = officer.name;
        p.caseOfficerFunction = kCaseOfficerFunction;
        return p;
    }

    void monitor(Child& c, const Date& approvedOn, int intervalMonths) {
        for (Date base = approvedOn;;) {
            const Date next = base.addMonths(intervalMonths).addDays(rng_.between(-7, 7));
            if (next > today_) break;
            MonitoringVisit v;
            v.date = next;
            v.by = c.servicePlan->caseOfficer;
            if (rng_.chance(kRevisionShare)) {
                v.revisionNeeded = true;
                v.reason = rng_.pick(kRevisionReasons);
                v.revisedOn = std::min(today_, next.addDays(rng_.between(0, 14)));
            }
            c.visits.push_back(v);
            base = next;
        }
        if (!c.visits.empty() && rng_.chance(kMissedVisitShare)) c.visits.pop_back();
    }
};

}  // namespace

Plan makeDemoPlan(int children, unsigned seed, Date today, int county) {
    Plan plan;
    // Distinct per county, size and seed, so demos gathered in a county view do not collide.
    plan.id = "demo-" + std::to_string(county) + "-" + std::to_string(children) + "-" + std::to_string(seed);
    plan.county = county;
    plan.commune = kCommune;
    plan.demo = true;
    plan.createdOn = plan.modifiedOn = today.iso() + "T00:00:00";
    DemoBuilder builder(plan, seed, today);
    for (int left = children; left > 0;) builder.household(left);
    builder.villages();
    addDemoResources(plan, today);
    addDemoPlanning(plan, today);
    return plan;
}

}  // namespace prevplan
