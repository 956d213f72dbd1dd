#include "core/workspace/package_header.h"

#include "core/report/report_snapshots.h"

namespace prevplan {

using nlohmann::json;

const char* packageContentsName(PackageContents c) {
    return c == PackageContents::Aggregated ? "aggregated" : "named-registry";
}

namespace {

PackageContents readContents(JsonReader& r, const json& j, const std::string& at) {
    std::string name;
    r.string(j, at, "contents", name, true);
    if (name == "named-registry") return PackageContents::NamedRegistry;
    if (!name.empty() && name != "aggregated")
        r.invalid(at + "/contents", "„contents” este „aggregated” sau „named-registry”",
                  "\"contents\" is \"aggregated\" or \"named-registry\"");
    return PackageContents::Aggregated;
}

void checkVersion(JsonReader& r, const json& j, const std::string& at) {
    int version = 0;
    if (!r.integer(j, at, "version", version, true)) return;
    if (version > kPackageVersion)
        r.error(ErrorKind::NewerVersion, at + "/version", "pachetul este scris de o versiune mai nouă de PrevPlan",
                "the package was written by a newer PrevPlan");
    else if (version < 1)
        r.error(ErrorKind::BadVersion, at + "/version", "versiunea pachetului trebuie să fie un întreg pozitiv",
                "the package version must be a positive integer");
}

// What the header promises must hold: the plan it names is there, and an aggregated package
// carries no household.
void checkPlans(JsonReader& r, const PackageHeader& h, const Workspace& ws) {
    if (ws.plans.size() != 1 || ws.plans.front()->id != h.plan)
        r.invalid("/package/plan", "pachetul conține exact planul pe care îl numește", "a package holds exactly the plan it names");
    for (std::size_t i = 0; i < ws.plans.size(); ++i)
        if (h.contents == PackageContents::Aggregated && !ws.plans[i]->households.empty())
            r.invalid("/plans/" + std::to_string(i) + "/households",
                      "un pachet agregat nu conține gospodării (date personale)",
                      "an aggregated package holds no households (personal data)");
}

}  // namespace

std::shared_ptr<const PackageHeader> readPackageHeader(JsonReader& r, const json& doc, const Workspace& ws) {
    const auto it = doc.find("package");
    if (it == doc.end()) return nullptr;
    const std::string at = "/package";
    const json& j = *it;
    if (!r.expectObject(j, at)) return nullptr;
    auto h = std::make_shared<PackageHeader>();
    std::string kind;
    if (r.string(j, at, "kind", kind, true) && kind != kPackageKind)
        r.invalid(at + "/kind", "tip de pachet necunoscut: „" + kind + "”", "unknown package kind \"" + kind + "\"");
    checkVersion(r, j, at);
    r.string(j, at, "created", h->created, true);
    r.id(j, at, "plan", h->plan);
    h->contents = readContents(r, j, at);
    if (h->contents == PackageContents::NamedRegistry) {
        const auto named = j.find("named_registry");
        if (named == j.end() || !named->is_object()) {
            r.error(ErrorKind::MissingField, at + "/named_registry",
                    "un pachet cu Registrul nominal consemnează alegerea și avertismentul acceptat",
                    "a package with the named Registry records the choice and the warning accepted");
        } else {
            r.string(*named, at + "/named_registry", "chosen_on", h->namedChoiceOn, true);
            r.string(*named, at + "/named_registry", "warning", h->namedWarning, true);
        }
    }
    if (const auto report = j.find("report"); report != j.end()) {
        // Checked fully, so that the county's roll-up reads only what the report writer writes.
        if (checkNeedsReport(r, *report, at + "/report")) h->report = *report;
    } else {
        r.error(ErrorKind::MissingField, at + "/report", "lipsește raportul agregat", "the aggregated report is missing");
    }
    r.optionalObject(j, at, "document", [&](const json& d, const std::string& dat) {
        r.string(d, dat, "lang", h->documentLang);
        r.string(d, dat, "html", h->documentHtml);
    });
    checkPlans(r, *h, ws);
    return h;
}

}  // namespace prevplan
