#include "core/sharing/dgaspc_package.h"

#include <algorithm>

#include "core/sharing/plan_document.h"
#include "core/sharing/small_counts.h"
#include "core/report/report.h"
#include "core/report/report_format.h"
#include "core/model/rules.h"
#include "core/workspace/workspace_json.h"

namespace prevplan {

using nlohmann::json;

namespace {

// Only the Registry's family nuclei, in households that have one.
std::vector<HouseholdPtr> registryHouseholds(const Plan& plan) {
    std::vector<HouseholdPtr> out;
    for (const HouseholdPtr& h : plan.households) {
        Household kept = *h;
        kept.families.erase(std::remove_if(kept.families.begin(), kept.families.end(),
                                           [](const FamilyNucleus& f) { return !inRegistry(f); }),
                            kept.families.end());
        if (!kept.families.empty()) out.push_back(std::make_shared<const Household>(std::move(kept)));
    }
    return out;
}

// Free texts that may name or describe a family: what the DGASPC knows of a family in protection,
// and the names given to families and children who took part in a consultation.
void dropFamilyTexts(Plan& plan) {
    for (ProtectedChildren& p : plan.resources.childrenInProtection) p.familySituation.clear();
    for (ConsultationRound& r : plan.planning.rounds)
        for (Participant& p : r.participants)
            if (p.kind == ParticipantKind::Families || p.kind == ParticipantKind::ChildrenYouth) p.organisation.clear();
}

const FreeTextField kFreeTexts[] = {
    {"planning.rounds[].decisions", {"deciziile rundelor de consultare", "the decisions of consultation rounds"}},
    {"planning.rounds[].opinions[].opinions", {"opiniile exprimate în consultare", "the opinions given in consultation"}},
    {"planning.candidates[].scores.*.note", {"notele la punctajele priorităților", "the notes on the priorities' scores"}},
    {"planning.amendments[].what, why", {"ce s-a modificat în plan și de ce", "what was amended in the plan, and why"}},
    {"planning.actions[].responsible, partners", {"responsabilii și partenerii acțiunilor", "the actions' responsible people and partners"}},
    {"planning.action_plans[].*", {"textele scrise în planurile anuale de acțiune", "the texts written in the annual action plans"}},
    {"resources.services[].contact, cost_note", {"contactele serviciilor și nota despre costuri", "the services' contacts and cost notes"}},
    {"resources.partners[].contact", {"contactele partenerilor", "the partners' contacts"}},
    {"resources.dgaspc_services[].note", {"notele la serviciile DGASPC", "the notes on DGASPC services"}},
    {"resources.dismissals[].reason", {"motivele renunțării la un serviciu", "the reasons a service was dismissed"}},
    {"resources.added_candidates[].reason", {"motivele serviciilor adăugate de mână", "the reasons services were added by hand"}},
};

// The free texts of kFreeTexts, in the same order; what the DGASPC needs to read the plan stays
// (objectives, what each action does, the names of services and partners).
void dropFreeTexts(Plan& plan) {
    Planning& p = plan.planning;
    for (ConsultationRound& r : p.rounds) {
        r.decisions.clear();
        for (CandidateOpinion& o : r.opinions) o.opinions.clear();
    }
    for (Candidate& c : p.candidates)
        for (CriterionScore& s : c.scores) s.note.clear();
    for (Amendment& a : p.amendments) a.what.clear(), a.why.clear();
    for (Action& a : p.actions) a.responsible.clear(), a.partners.clear();
    p.actionPlans.clear();
    Resources& r = plan.resources;
    for (Service& s : r.services) s.contact.clear(), s.costNote.clear();
    for (Partner& x : r.partners) x.contact.clear();
    for (DgaspcService& s : r.dgaspcServices) s.note.clear();
    for (Dismissal& d : r.dismissals) d.reason.clear();
    for (AddedCandidate& a : r.addedCandidates) a.reason.clear();
}

bool keepsFreeTexts(PackageContents contents, bool chosen) { return chosen || contents == PackageContents::NamedRegistry; }

}  // namespace

Span<FreeTextField> freeTextFields() { return spanOf(kFreeTexts); }

Plan withoutFreeTexts(const Plan& plan) {
    Plan out = plan;
    dropFreeTexts(out);
    return out;
}

Plan packagedPlan(const Plan& plan, PackageContents contents, bool freeTexts) {
    Plan out = plan;
    out.households = contents == PackageContents::NamedRegistry ? registryHouseholds(plan) : std::vector<HouseholdPtr>{};
    out.csvMapping.clear();  // the commune's spreadsheet headers: of no use elsewhere
    dropFamilyTexts(out);
    if (!keepsFreeTexts(contents, freeTexts)) dropFreeTexts(out);
    for (ReportSnapshot& s : out.reportSnapshots) s.report = hideSmallCounts(s.report);
    return out;
}

std::string dgaspcPackage(const Plan& plan, const PackageOptions& o) {
    json header = {{"kind", kPackageKind},
                   {"version", kPackageVersion},
                   {"created", o.timestamp},
                   {"plan", plan.id},
                   {"contents", packageContentsName(o.contents)}};
    if (o.contents == PackageContents::NamedRegistry)
        header["named_registry"] = {{"chosen_on", o.timestamp}, {"warning", o.namedWarning}};
    const bool freeTexts = keepsFreeTexts(o.contents, o.freeTexts);
    header["free_texts"] = freeTexts;
    nlohmann::ordered_json report = reportToJson(needsReport(plan, o.today));
    hideSmallCounts(report);
    header["report"] = std::move(report);
    // The document as the council got it (small counts hidden there too), less the texts left out.
    header["document"] = {{"lang", o.lang == Lang::Ro ? "ro" : "en"},
                          {"html", planDocumentHtml(freeTexts ? plan : withoutFreeTexts(plan), {o.lang, o.today, 0, true})}};
    json doc = {{"format", kFormatName},
                {"version", kFormatVersion},
                {"package", std::move(header)},
                {"plans", json::array({planToJson(packagedPlan(plan, o.contents, o.freeTexts))})}};
    return doc.dump(1, ' ', false, json::error_handler_t::replace);
}

}  // namespace prevplan
