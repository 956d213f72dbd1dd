#include "core/sharing/dgaspc_package.h"

#include <algorithm>

#include "core/sharing/plan_document.h"
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

}  // namespace

Plan packagedPlan(const Plan& plan, PackageContents contents) {
    Plan out = plan;
    out.households = contents == PackageContents::NamedRegistry ? registryHouseholds(plan) : std::vector<HouseholdPtr>{};
    out.csvMapping.clear();  // the commune's spreadsheet headers: of no use elsewhere
    dropFamilyTexts(out);
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
    header["report"] = reportToJson(needsReport(plan, o.today));
    header["document"] = {{"lang", o.lang == Lang::Ro ? "ro" : "en"},
                          {"html", planDocumentHtml(plan, {o.lang, o.today, 0, true})}};
    json doc = {{"format", kFormatName},
                {"version", kFormatVersion},
                {"package", std::move(header)},
                {"plans", json::array({planToJson(packagedPlan(plan, o.contents))})}};
    return doc.dump(1, ' ', false, json::error_handler_t::replace);
}

}  // namespace prevplan
