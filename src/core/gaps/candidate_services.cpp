// The list priority setting starts from (section 1.1.4.3): what the gap analysis says to develop,
// the core services the commune lacks, and what the user added, with the user's dismissals.
#include <algorithm>

#include "core/catalog/service_types.h"
#include "core/catalog/table3.h"
#include "core/gaps/gap_analysis.h"

namespace prevplan {

namespace {

// The first of the core service's types that has a catalogue card.
std::string cardOf(const CoreService& core) {
    for (const char* type : core.serviceTypes)
        if (const char* card = type ? serviceCardFor(type) : nullptr) return card;
    return {};
}

CandidateAction actionFor(Coverage c) {
    switch (c) {
        case Coverage::CommuneShort: return CandidateAction::Extend;
        case Coverage::MicroAreaNoTransport: return CandidateAction::Transport;
        case Coverage::PlannedByDgaspc: return CandidateAction::Coordinate;
        default: return CandidateAction::Create;
    }
}

bool toDevelop(Coverage c) {
    return c == Coverage::MicroAreaNoTransport || c == Coverage::CommuneShort || c == Coverage::PlannedByDgaspc ||
           c == Coverage::Missing;
}

void coreCandidates(const GapAnalysis& gaps, std::vector<CandidateService>& out) {
    for (const CoreNeed& line : gaps.core) {
        if (!line.inCommune.empty()) continue;
        const CoreService& core = coreServices()[static_cast<std::size_t>(line.core)];
        CandidateService c;
        c.id = std::string("core:") + core.code;
        c.source = CandidateSource::CoreService;
        c.type = core.serviceTypes[0];
        c.card = cardOf(core);
        c.reason = line.reasoning;
        out.push_back(std::move(c));
    }
}

void gapCandidates(const GapAnalysis& gaps, std::vector<CandidateService>& out) {
    for (const ServiceNeed& need : gaps.needs) {
        if (!toDevelop(need.coverage)) continue;
        CandidateService c;
        c.id = "gap:" + need.type;
        c.action = actionFor(need.coverage);
        c.type = need.type;
        c.card = need.card ? need.card : "";
        for (int g : need.groups)
            if (gaps.groups[static_cast<std::size_t>(g)].needsService) c.groups.push_back(g);
        c.demand = need.demand;
        c.urgentHouseholds = need.urgentHouseholds;
        c.reason = need.reasoning;
        out.push_back(std::move(c));
    }
}

void addedCandidates(const Plan& plan, const GapAnalysis& gaps, std::vector<CandidateService>& out) {
    for (const AddedCandidate& a : plan.resources.addedCandidates) {
        CandidateService c;
        c.id = "added:" + a.id;
        c.source = CandidateSource::AddedByHand;
        c.type = a.type;
        c.card = a.card;
        c.name = a.name;
        c.groups = a.groups;
        GroupSet groups;
        for (int g : a.groups) groups.set(static_cast<std::size_t>(g));
        c.demand = headcount(gaps, groups);
        c.urgentHouseholds = urgentHouseholds(gaps, groups);
        c.reason = {a.reason, a.reason};  // the user's own words, in the language they wrote
        out.push_back(std::move(c));
    }
}

}  // namespace

std::vector<CandidateService> candidateServices(const Plan& plan, const GapAnalysis& gaps) {
    std::vector<CandidateService> out;
    coreCandidates(gaps, out);
    gapCandidates(gaps, out);
    addedCandidates(plan, gaps, out);
    for (CandidateService& c : out)
        if (const Dismissal* d = findDismissal(plan.resources, c.id)) {
            c.dismissed = true;
            c.dismissalReason = d->reason;
        }
    return out;
}

std::string candidateName(const CandidateService& c, Lang lang) {
    if (!c.name.empty()) return c.name;
    if (c.source == CandidateSource::CoreService)
        for (const CoreService& core : coreServices())
            if (c.id == std::string("core:") + core.code) return core.title.in(lang);
    if (const ServiceType* t = findByCode(serviceTypes(), c.type)) return t->label.in(lang);
    return c.type;
}

}  // namespace prevplan
