#include "core/planning/priorities.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "core/catalog/table3.h"
#include "core/gaps/gap_analysis.h"
#include "core/model/rules.h"
#include "core/planning/staffing.h"

namespace prevplan {

namespace {

IndicatorSet indicatorMask(const std::vector<std::string>& codes) {
    IndicatorSet mask;
    for (const auto& code : codes)
        if (const int i = indicatorIndex(code); i >= 0) mask.set(static_cast<std::size_t>(i));
    return mask;
}

// The gap analysis' candidates, computed only when some candidate comes from it.
std::vector<CandidateService> requiredServices(const Plan& plan) {
    for (const Candidate& c : plan.planning.candidates)
        if (!c.requiredService.empty()) return candidateServices(plan, analyseGaps(plan));
    return {};
}

const CandidateService* findRequired(const std::vector<CandidateService>& list, const std::string& id) {
    for (const auto& c : list)
        if (c.id == id) return &c;
    return nullptr;
}

}  // namespace

std::vector<Candidate> requiredServiceCandidates(const Plan& plan, Lang lang) {
    std::vector<Candidate> out;
    for (const CandidateService& s : candidateServices(plan, analyseGaps(plan))) {
        const bool taken = std::any_of(plan.planning.candidates.begin(), plan.planning.candidates.end(),
                                       [&](const Candidate& c) { return c.requiredService == s.id; });
        if (taken || s.dismissed) continue;
        Candidate c;
        c.name = candidateName(s, lang);
        c.serviceType = s.type;
        c.requiredService = s.id;
        for (int g : s.groups)
            for (const char* code : riskGroups()[static_cast<std::size_t>(g)].indicators)
                if (code && std::find(c.indicators.begin(), c.indicators.end(), code) == c.indicators.end())
                    c.indicators.push_back(code);
        out.push_back(std::move(c));
    }
    return out;
}

std::vector<GroupFigures> groupFigures(const Plan& plan) {
    const auto& candidates = plan.planning.candidates;
    std::vector<IndicatorSet> masks;
    for (const auto& c : candidates) masks.push_back(indicatorMask(c.indicators));
    std::vector<GroupFigures> out(candidates.size());
    std::vector<IndicatorSet> risks;
    for (const auto& h : plan.households) {
        risks.clear();
        for (const FamilyNucleus& f : h->families) risks.push_back(heldRisks(f));
        const bool urgent = urgentHousehold(*h);
        for (std::size_t c = 0; c < candidates.size(); ++c) {
            long children = 0;
            for (std::size_t f = 0; f < risks.size(); ++f)
                if ((risks[f] & masks[c]).any()) children += static_cast<long>(h->families[f].children.size());
            if (children == 0) continue;
            out[c].children += children;
            ++out[c].households;
            if (urgent) ++out[c].urgentHouseholds;
        }
    }
    const auto required = requiredServices(plan);
    for (std::size_t c = 0; c < candidates.size(); ++c)
        if (const CandidateService* s = findRequired(required, candidates[c].requiredService))
            out[c] = {s->demand.children, s->demand.households, s->urgentHouseholds};
    return out;
}

int scaledScore(long value, long largest) {
    if (largest <= 0) return kMinScore;
    return kMinScore + static_cast<int>(std::lround((kMaxScore - kMinScore) * static_cast<double>(value) / largest));
}

long votesFor(const Planning& p, const Id& candidate) {
    long votes = 0;
    for (const auto& round : p.rounds)
        for (const auto& o : round.opinions)
            if (o.candidate == candidate) votes += o.votes;
    return votes;
}

ShortListAdvice shortListAdvice(int shortListed) {
    if (shortListed < kShortListMin) return ShortListAdvice::TooFew;
    return shortListed > kShortListMax ? ShortListAdvice::TooMany : ShortListAdvice::Good;
}

Ranking rankCandidates(const Plan& plan) {
    const Planning& p = plan.planning;
    Ranking r;
    r.totalWeight = std::accumulate(p.weights.begin(), p.weights.end(), 0);
    const auto groups = groupFigures(plan);
    long maxChildren = 0, maxUrgent = 0, maxVotes = 0;
    for (std::size_t i = 0; i < groups.size(); ++i) {
        maxChildren = std::max(maxChildren, groups[i].children);
        maxUrgent = std::max(maxUrgent, groups[i].urgentHouseholds);
        maxVotes = std::max(maxVotes, votesFor(p, p.candidates[i].id));
    }
    const int resources = suggestedResourcesScore(staffing(plan));
    for (std::size_t i = 0; i < p.candidates.size(); ++i) {
        const Candidate& c = p.candidates[i];
        RankedCandidate row;
        row.index = i;
        row.group = groups[i];
        row.votes = votesFor(p, c.id);
        for (int k = 0; k < kCriterionCount; ++k) row.scores[k] = c.scores[k].score;
        row.scores[static_cast<int>(Criterion::GroupSize)] = scaledScore(row.group.children, maxChildren);
        row.scores[static_cast<int>(Criterion::Urgency)] = scaledScore(row.group.urgentHouseholds, maxUrgent);
        if (maxVotes > 0) row.suggested[static_cast<int>(Criterion::Consultation)] = scaledScore(row.votes, maxVotes);
        row.suggested[static_cast<int>(Criterion::Resources)] = resources;
        for (int k = 0; k < kCriterionCount; ++k) {
            row.points += p.weights[k] * row.scores[k];
            if (r.totalWeight > 0) row.contribution[k] = static_cast<double>(p.weights[k] * row.scores[k]) / r.totalWeight;
            if (p.weights[k] > 0 && row.scores[k] == 0) ++row.missing;
        }
        if (r.totalWeight > 0) row.total = static_cast<double>(row.points) / r.totalWeight;
        r.shortListed += c.shortListed ? 1 : 0;
        r.rows.push_back(row);
    }
    std::stable_sort(r.rows.begin(), r.rows.end(), [](const RankedCandidate& a, const RankedCandidate& b) {
        if (a.points != b.points) return a.points > b.points;
        return a.group.children > b.group.children;
    });
    for (std::size_t i = 0; i < r.rows.size(); ++i) r.rows[i].rank = static_cast<int>(i) + 1;
    r.advice = shortListAdvice(r.shortListed);
    return r;
}

}  // namespace prevplan
