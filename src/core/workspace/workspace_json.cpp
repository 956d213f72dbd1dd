#include "core/workspace/workspace_json.h"

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <nlohmann/json.hpp>
#include <set>

#include "core/base/json_reader.h"
#include "core/base/limits.h"
#include "core/base/json_writer.h"
#include "core/catalog/counties.h"
#include "core/observatory/observatory_json.h"
#include "core/observatory/observatory_mapping.h"
#include "core/planning/planning_json.h"
#include "core/registry/registry_json.h"
#include "core/report/report_snapshots.h"
#include "core/resources/resources_json.h"
#include "core/workspace/household_scan.h"
#include "core/workspace/migrations.h"
#include "core/workspace/package_header.h"

namespace prevplan {

using nlohmann::json;

// ---- writing ---------------------------------------------------------------------------------

// The household / family / child assembly stays here: a family nests both the Observatory's and the
// Registry's records, and ids must be unique across the whole plan.
namespace {

json childToJson(const Child& c) {
    json o = {{"id", c.id}};
    putChildObservation(o, c);
    putChildCase(o, c);
    return o;
}

json familyToJson(const FamilyNucleus& f) {
    json children = json::array();
    for (const auto& c : f.children) children.push_back(childToJson(c));
    json o = {{"id", f.id}, {"children", children}};
    putText(o, "head", f.head);
    if (f.sheet) o["sheet"] = sheetToJson(*f.sheet);
    if (f.risk) o["risk"] = riskToJson(*f.risk);
    return o;
}

}  // namespace

json householdToJson(const Household& h) {
    json families = json::array();
    for (const auto& f : h.families) families.push_back(familyToJson(f));
    json o = {{"id", h.id}, {"families", families}};
    putText(o, "village", h.village);
    putText(o, "address", h.address);
    return o;
}

json planToJson(const Plan& plan) {
    json households = json::array();
    for (const auto& h : plan.households) households.push_back(householdToJson(*h));
    json out = planHeaderToJson(plan);
    out["households"] = std::move(households);
    return out;
}

// When the plan was shared (step 12), by the names the file uses.
constexpr std::pair<ShareKind, const char*> kShareKindNames[] = {{ShareKind::PlanDocument, "plan-document"},
                                                                 {ShareKind::DgaspcPackage, "dgaspc-package"},
                                                                 {ShareKind::CouncilDecision, "council-decision"}};

json planHeaderToJson(const Plan& plan, bool withSnapshots) {
    json villages = json::array();
    for (const auto& v : plan.villages)
        villages.push_back({{"name", v.name}, {"ins_children", v.insChildren ? json(*v.insChildren) : json(nullptr)}});
    json out = {{"id", plan.id},
                {"county", plan.county},
                {"commune", plan.commune},
                {"villages", villages},
                {"demo", plan.demo},
                {"created", plan.createdOn},
                {"modified", plan.modifiedOn},
                {"next_serial", plan.nextSerial}};
    // Optional parts, written only when present so that plans without them read as before.
    if (withSnapshots && !plan.reportSnapshots.empty()) {
        json snapshots = json::array();
        for (const auto& s : plan.reportSnapshots)
            snapshots.push_back({{"year", s.year}, {"taken_on", s.takenOn},
                                 {"report", json::parse(s.report, nullptr, false)}});
        out["report_snapshots"] = snapshots;
    }
    if (!plan.csvMapping.empty()) {
        json mapping = json::object();
        for (const auto& [header, column] : plan.csvMapping) mapping[header] = column;
        out["csv_mapping"] = mapping;
    }
    if (!plan.resources.empty()) out["resources"] = resourcesToJson(plan.resources);
    if (!plan.planning.empty()) out["planning"] = planningToJson(plan.planning);
    if (!plan.shared.empty()) {
        json shared = json::array();
        for (const ShareRecord& r : plan.shared) {
            json o = {{"on", r.on.iso()}, {"what", kShareKindNames[static_cast<int>(r.what)].second}};
            putText(o, "note", r.note);
            shared.push_back(std::move(o));
        }
        out["shared"] = std::move(shared);
    }
    return out;
}

namespace {

std::string document(const std::vector<const Plan*>& plans, int indent) {
    json list = json::array();
    for (const Plan* p : plans) list.push_back(planToJson(*p));
    json doc = {{"format", kFormatName}, {"version", kFormatVersion}, {"plans", list}};
    return doc.dump(indent, ' ', false, json::error_handler_t::replace);
}

}  // namespace

std::string saveWorkspace(const Workspace& ws, int indent) {
    std::vector<const Plan*> plans;
    for (const auto& p : ws.plans) plans.push_back(p.get());
    return document(plans, indent);
}

std::string savePlans(const Workspace& ws, const std::vector<Id>& planIds, int indent) {
    std::vector<const Plan*> plans;
    for (const auto& id : planIds)
        if (const Plan* p = findPlan(ws, id)) plans.push_back(p);
    return document(plans, indent);
}

// ---- reading ---------------------------------------------------------------------------------

namespace {

// Decodes one plan; every problem goes to the reader's error list with its JSON pointer.
class PlanDecoder {
public:
    explicit PlanDecoder(JsonReader& r) : r_(r) {}

    std::shared_ptr<Plan> plan(const json& j, const std::string& at) {
        auto p = std::make_shared<Plan>();
        if (!begin(*p, j, at)) return p;
        households(*p, j, at);
        end(*p, j, at);
        return p;
    }

    // What plan() reads before the households; false when the plan is not an object.
    bool begin(Plan& p, const json& j, const std::string& at) {
        if (!r_.expectObject(j, at)) return false;
        r_.id(j, at, "id", p.id);
        if (r_.integer(j, at, "county", p.county, true) && !findCounty(p.county))
            r_.invalid(at + "/county", "codul de județ " + std::to_string(p.county) + " nu există în Anexa 1",
                       "county code " + std::to_string(p.county) + " is not in Annex 1");
        r_.string(j, at, "commune", p.commune, true);
        r_.boolean(j, at, "demo", p.demo);
        r_.string(j, at, "created", p.createdOn);
        r_.string(j, at, "modified", p.modifiedOn);
        long serial = 1;
        if (r_.integer(j, at, "next_serial", serial) && (serial < 1 || serial > kMaxSerial))
            r_.invalid(at + "/next_serial", "trebuie să fie între 1 și 1.000.000.000",
                       "must be between 1 and 1,000,000,000");
        p.nextSerial = serial;
        r_.array(j, at, "villages", [&](const json& v, const std::string& vat) { village(p, v, vat); });
        return true;
    }

    // What plan() reads after the households.
    void end(Plan& p, const json& j, const std::string& at) {
        r_.array(j, at, "report_snapshots", [&](const json& s, const std::string& sat) { snapshot(p, s, sat); });
        csvMapping(p, j, at);
        readResources(r_, j, at, p.resources);
        readPlanning(r_, j, at, p);
        r_.array(j, at, "shared", [&](const json& s, const std::string& sat) { shareRecord(p, s, sat); });
    }

    void households(Plan& p, const json& j, const std::string& at) {
        r_.array(j, at, "households", [&](const json& h, const std::string& hat) { household(p, h, hat); });
    }

    void household(Plan& p, const json& j, const std::string& at) {
        auto h = std::make_shared<Household>();
        if (!r_.expectObject(j, at)) return;
        r_.id(j, at, "id", h->id);
        uniqueId(h->id, at);
        r_.string(j, at, "village", h->village);
        if (!h->village.empty() && !villageNames_.count(h->village))
            r_.invalid(at + "/village", "satul „" + h->village + "” nu este în lista satelor comunei",
                       "village \"" + h->village + "\" is not among the commune's villages");
        r_.string(j, at, "address", h->address);
        r_.array(j, at, "families", [&](const json& f, const std::string& fat) { family(*h, f, fat); });
        p.households.push_back(h);
    }

private:
    JsonReader& r_;
    std::set<std::string> villageNames_, ids_;

    void uniqueId(const std::string& id, const std::string& at) {
        if (!id.empty() && !ids_.insert(id).second)
            r_.error(ErrorKind::Duplicate, at + "/id", "identificatorul „" + id + "” apare de două ori",
                     "id \"" + id + "\" is used twice");
    }

    void village(Plan& p, const json& j, const std::string& at) {
        Village v;
        if (!r_.expectObject(j, at)) return;
        r_.string(j, at, "name", v.name, true);
        if (v.name.empty() && j.contains("name"))
            r_.invalid(at + "/name", "numele satului este gol", "the village name is empty");
        if (!v.name.empty() && !villageNames_.insert(v.name).second)
            r_.error(ErrorKind::Duplicate, at + "/name", "satul „" + v.name + "” apare de două ori",
                     "village \"" + v.name + "\" is listed twice");
        int ins = 0;
        if (r_.integer(j, at, "ins_children", ins)) {
            if (ins < 0) r_.invalid(at + "/ins_children", "nu poate fi negativ", "cannot be negative");
            v.insChildren = ins;
        }
        p.villages.push_back(std::move(v));
    }

    // A frozen needs report: one per year, holding a prevplan-needs-report document.
    void snapshot(Plan& p, const json& j, const std::string& at) {
        ReportSnapshot s;
        if (!r_.expectObject(j, at)) return;
        if (r_.integer(j, at, "year", s.year, true) && (s.year < 1900 || s.year > 9999))
            r_.invalid(at + "/year", "anul trebuie să aibă patru cifre", "the year must have four digits");
        for (const auto& other : p.reportSnapshots)
            if (other.year == s.year)
                r_.error(ErrorKind::Duplicate, at + "/year", "anul " + std::to_string(s.year) + " are deja un raport înghețat",
                         "year " + std::to_string(s.year) + " already has a frozen report");
        r_.string(j, at, "taken_on", s.takenOn);
        const auto report = j.find("report");
        if (report == j.end())
            r_.error(ErrorKind::MissingField, at + "/report", "lipsește „report”", "\"report\" is missing");
        else if (!report->is_object() || !report->contains("format") || (*report)["format"] != "prevplan-needs-report")
            r_.invalid(at + "/report", "nu este un raport de nevoi PrevPlan („format”: „prevplan-needs-report”)",
                       "not a PrevPlan needs report (\"format\": \"prevplan-needs-report\")");
        else if (checkNeedsReport(r_, *report, at + "/report")) s.report = report->dump();
        p.reportSnapshots.push_back(std::move(s));
    }

    // {"on": "2026-11-30", "what": "dgaspc-package", "note": "…"}: when the plan was shared.
    void shareRecord(Plan& p, const json& j, const std::string& at) {
        ShareRecord record;
        if (!r_.expectObject(j, at)) return;
        std::optional<Date> on;
        if (r_.date(j, at, "on", on, true) && on) record.on = *on;
        std::string what;
        if (r_.string(j, at, "what", what, true)) {
            const auto* kind = std::find_if(std::begin(kShareKindNames), std::end(kShareKindNames),
                                            [&](const auto& k) { return what == k.second; });
            if (kind == std::end(kShareKindNames))
                return r_.invalid(at + "/what", "trebuie să fie plan-document, dgaspc-package sau council-decision",
                                  "must be plan-document, dgaspc-package or council-decision");
            record.what = kind->first;
        }
        r_.string(j, at, "note", record.note);
        if (on) p.shared.push_back(std::move(record));
    }

    // {"<the user's header>": "<PrevPlan column or empty>"}.
    void csvMapping(Plan& p, const json& j, const std::string& at) {
        const auto it = j.find("csv_mapping");
        if (it == j.end() || it->is_null()) return;
        const std::string mat = at + "/csv_mapping";
        if (!it->is_object()) {
            r_.error(ErrorKind::WrongType, mat, "trebuie să fie un obiect", "must be an object");
            return;
        }
        for (const auto& [header, column] : it->items()) {
            const std::string where = JsonReader::pointer(mat, header);
            if (!column.is_string()) {
                r_.error(ErrorKind::WrongType, where, "trebuie să fie un text", "must be a string");
                continue;
            }
            const std::string name = column.get<std::string>();
            const auto& known = mappingTargets();
            if (!name.empty() && std::find(known.begin(), known.end(), name) == known.end())
                r_.invalid(where, "coloana „" + name + "” nu există în formatul Observatorului",
                           "column \"" + name + "\" is not in the Observatory format");
            p.csvMapping.emplace_back(header, name);
        }
    }

    void family(Household& h, const json& j, const std::string& at) {
        FamilyNucleus f;
        if (!r_.expectObject(j, at)) return;
        r_.id(j, at, "id", f.id);
        uniqueId(f.id, at);
        r_.string(j, at, "head", f.head);
        r_.optionalObject(j, at, "sheet",
                          [&](const json& s, const std::string& sat) { f.sheet = readSheet(r_, s, sat); });
        r_.optionalObject(j, at, "risk",
                          [&](const json& s, const std::string& sat) { f.risk = readRisk(r_, s, sat); });
        r_.array(j, at, "children", [&](const json& c, const std::string& cat) { f.children.push_back(child(c, cat)); });
        h.families.push_back(std::move(f));
    }

    Child child(const json& j, const std::string& at) {
        Child c;
        if (!r_.expectObject(j, at)) return c;
        r_.id(j, at, "id", c.id);
        uniqueId(c.id, at);
        readChildObservation(r_, j, at, c);
        readChildCase(r_, j, at, c);
        return c;
    }
};

// A file's format version as written, 0 when it is not a positive integer. Read whole (JSON
// reads a non-negative integer as unsigned): a huge one must not wrap into a small or negative one.
std::uint64_t versionWritten(const json& v) {
    if (v.is_number_unsigned()) return v.get<std::uint64_t>();
    if (v.is_number_integer() && v.get<long long>() > 0) return static_cast<std::uint64_t>(v.get<long long>());
    return 0;
}

bool readHeader(const json& doc, JsonReader& r, int& version) {
    if (!doc.is_object() || !doc.contains("format") || doc["format"] != kFormatName) {
        r.error(ErrorKind::NotPrevPlan, "/format", "nu este un fișier PrevPlan (lipsește „format”: „prevplan-workspace”)",
                "not a PrevPlan file (\"format\": \"prevplan-workspace\" is missing)");
        return false;
    }
    const auto it = doc.find("version");
    const std::uint64_t read = it == doc.end() ? 0 : versionWritten(*it);
    if (read < 1) {
        r.error(ErrorKind::BadVersion, "/version", "„version” lipsește sau nu este un număr întreg pozitiv",
                "\"version\" is missing or not a positive integer");
        return false;
    }
    if (read > kFormatVersion) {
        const std::string v = std::to_string(read), mine = std::to_string(kFormatVersion);
        r.error(ErrorKind::NewerVersion, "/version",
                "fișierul este în formatul " + v + ", scris de o versiune mai nouă de PrevPlan (aceasta citește până la " +
                    mine + "); actualizați aplicația",
                "the file is in format " + v + ", written by a newer PrevPlan (this one reads up to " + mine +
                    "); update the application");
        return false;
    }
    version = static_cast<int>(read);
    return true;
}

}  // namespace

namespace {

void decode(json& doc, JsonReader& reader, LoadResult& result) {
    if (!readHeader(doc, reader, result.versionRead)) return;
    migrate(doc, result.versionRead, kFormatVersion, migrations());

    Workspace ws;
    std::set<std::string> planIds;
    reader.array(doc, "", "plans", [&](const json& j, const std::string& at) {
        PlanDecoder decoder(reader);
        auto plan = decoder.plan(j, at);
        if (!plan->id.empty() && !planIds.insert(plan->id).second)
            reader.error(ErrorKind::Duplicate, at + "/id", "planul „" + plan->id + "” apare de două ori",
                         "plan \"" + plan->id + "\" appears twice");
        ws.plans.push_back(plan);
    }, true);
    result.package = readPackageHeader(reader, doc, ws);
    if (result.errors.empty()) result.workspace = std::move(ws);
}

}  // namespace

LoadResult loadWorkspace(std::string_view text) {
    LoadResult result;
    std::optional<json> doc = parseUntrusted(text, result.errors);
    result.errorCount = result.errors.size();
    if (!doc) return result;
    JsonReader reader(result.errors);
    // The readers check every type; this is the last line, so that no file can stop the app.
    try {
        decode(*doc, reader, result);
    } catch (const std::exception&) {
        reader.error(ErrorKind::InvalidValue, "/", "fișierul nu a putut fi citit (o valoare neașteptată)",
                     "the file could not be read (an unexpected value)");
    }
    result.errorCount = reader.finish();
    if (!result.errors.empty()) result.workspace.reset();
    return result;
}

// ---- reading in steps -------------------------------------------------------------------------

struct WorkspaceReading::State {
    std::string text;
    std::optional<HouseholdScanner> scanner;
    std::optional<HouseholdScan> scan;
    json doc;  // the scan's skeleton
    LoadResult result;
    JsonReader reader{result.errors};
    Workspace ws;
    std::set<std::string> planIds;
    std::size_t planIndex = 0, household = 0, read = 0;
    std::optional<PlanDecoder> decoder;  // of the plan being read
    std::shared_ptr<Plan> plan;
    const std::vector<std::string_view>* pieces = nullptr;  // its households' texts
    bool done = false;
};

WorkspaceReading::WorkspaceReading(std::string text) : s_(std::make_unique<State>()) { s_->text = std::move(text); }
WorkspaceReading::~WorkspaceReading() = default;

std::size_t WorkspaceReading::householdsRead() const { return s_->read; }
std::size_t WorkspaceReading::householdsTotal() const { return s_->scan ? s_->scan->householdCount : 0; }

// The scan takes the first tenth of the bar, the households the rest.
double WorkspaceReading::progress() const {
    const State& s = *s_;
    if (s.done) return 1;
    if (!s.scan) return s.scanner ? 0.1 * s.scanner->scanned() / std::max<std::size_t>(s.text.size(), 1) : 0;
    return 0.1 + 0.9 * s.read / std::max<std::size_t>(s.scan->householdCount, 1);
}

bool WorkspaceReading::step(std::size_t households) {
    if (s_->done) return true;
    // Whatever the steps cannot read as loadWorkspace() would (a broken or old file, an unexpected
    // value) is read whole, so that the result and its errors are loadWorkspace()'s own.
    try {
        if (advance(households)) s_->done = true;
    } catch (const std::exception&) {
        s_->done = true;
        s_->scan.reset();
    }
    if (s_->done && !s_->scan) s_->result = loadWorkspace(s_->text);
    return s_->done;
}

bool WorkspaceReading::advance(std::size_t households) {
    State& s = *s_;
    if (s.doc.is_null()) return start(households);
    const json& plans = s.doc["plans"];
    for (std::size_t budget = households; budget > 0;) {
        const std::string at = "/plans/" + std::to_string(s.planIndex);
        if (!s.decoder) {
            if (s.planIndex == plans.size()) return finish();
            s.decoder.emplace(s.reader);
            s.plan = std::make_shared<Plan>();
            s.household = 0;
            const auto cut = s.scan->households.find(s.planIndex);
            s.pieces = cut == s.scan->households.end() ? nullptr : &cut->second;
            if (!s.decoder->begin(*s.plan, plans[s.planIndex], at)) {
                endPlan(at);
                continue;
            }
            s.decoder->households(*s.plan, plans[s.planIndex], at);
        } else if (s.pieces && s.household < s.pieces->size()) {
            const json h = json::parse((*s.pieces)[s.household]);
            s.decoder->household(*s.plan, h, at + "/households/" + std::to_string(s.household));
            ++s.household;
            ++s.read;
            --budget;
        } else {
            s.decoder->end(*s.plan, plans[s.planIndex], at);
            endPlan(at);
        }
    }
    return false;
}

// The document without its households; a file the steps do not read is left to loadWorkspace().
bool WorkspaceReading::start(std::size_t households) {
    State& s = *s_;
    // About the bytes of that many households (a demo household takes 2–3 KB).
    if (!s.scanner) s.scanner.emplace(s.text);
    if (!s.scanner->step(households * 4096)) return false;
    if (s.scanner->failed()) return true;
    s.scan = s.scanner->take();
    s.scanner.reset();
    std::optional<json> doc;
    try {
        doc = json::parse(s.scan->skeleton);
    } catch (const json::exception&) {
    }
    const auto plans = doc ? doc->find("plans") : json::iterator{};
    if (!doc || !readHeader(*doc, s.reader, s.result.versionRead) || s.result.versionRead != kFormatVersion ||
        plans == doc->end() || !plans->is_array()) {
        s.scan.reset();
        return true;
    }
    s.doc = std::move(*doc);
    s.scan->skeleton.clear();
    return false;
}

void WorkspaceReading::endPlan(const std::string& at) {
    State& s = *s_;
    if (!s.plan->id.empty() && !s.planIds.insert(s.plan->id).second)
        s.reader.error(ErrorKind::Duplicate, at + "/id", "planul „" + s.plan->id + "” apare de două ori",
                       "plan \"" + s.plan->id + "\" appears twice");
    s.ws.plans.push_back(std::move(s.plan));
    s.decoder.reset();
    ++s.planIndex;
}

bool WorkspaceReading::finish() {
    State& s = *s_;
    s.result.package = readPackageHeader(s.reader, s.doc, s.ws);
    if (s.result.errors.empty()) s.result.workspace = std::move(s.ws);
    s.result.errorCount = s.reader.finish();
    if (!s.result.errors.empty()) s.result.workspace.reset();
    return true;
}

LoadResult WorkspaceReading::take() { return std::move(s_->result); }

}  // namespace prevplan
