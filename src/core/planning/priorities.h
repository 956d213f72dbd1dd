#pragma once
// Priority setting (section 1.1.4.3): a multi-criteria matrix over the candidate services.
// Size of the group and urgency are computed from the needs analysis; the group scores the other
// five criteria from 1 to 5. Each criterion has a weight; a candidate's total is the weighted
// mean of its scores, so every score's contribution can be shown and totals stay on the 1–5 scale.
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "core/model/model.h"

namespace prevplan {

constexpr int kShortListMin = 3, kShortListMax = 5;  // "ideally 3-5" priorities

// The group a candidate serves. For a candidate from the required-services list, the gap
// analysis' own count (gap_analysis.h); for one added here, the family nuclei where one of its
// indicators is held (rules.h heldRisks): confirmed, or suspected and not yet judged.
struct GroupFigures {
    long children = 0, households = 0;
    long urgentHouseholds = 0;  // of them, with more than 10 risk situations (rules.h urgentHousehold)
};

// One figure per candidate, in the order of plan.planning.candidates.
std::vector<GroupFigures> groupFigures(const Plan& plan);

// A computed figure as a score: 1 + 4 × value / the largest value among the candidates (1 for
// every candidate when the largest is 0), rounded.
int scaledScore(long value, long largest);

struct RankedCandidate {
    std::size_t index = 0;  // into plan.planning.candidates
    GroupFigures group;
    std::array<int, kCriterionCount> scores{};             // 0: not scored
    std::array<std::optional<int>, kCriterionCount> suggested{};  // consultation and resources
    std::array<double, kCriterionCount> contribution{};    // weight × score / total weight
    int points = 0;    // Σ weight × score: totals compare exactly on it
    double total = 0;  // points / total weight, on the 1–5 scale
    int missing = 0;  // criteria with a weight but no score yet
    long votes = 0;   // over every consultation round
    int rank = 0;     // 1-based
};

enum class ShortListAdvice { TooFew, Good, TooMany };

struct Ranking {
    std::vector<RankedCandidate> rows;  // best first; ties by group size, then candidate order
    int totalWeight = 0;
    int shortListed = 0;
    ShortListAdvice advice = ShortListAdvice::TooFew;
};

Ranking rankCandidates(const Plan& plan);
ShortListAdvice shortListAdvice(int shortListed);

// The required services (gap_analysis.h) not yet among the candidates and not dismissed, as
// candidates: name, Table 2 type, the indicators of the risk groups they serve.
std::vector<Candidate> requiredServiceCandidates(const Plan& plan, Lang lang);

// Votes given to a candidate in all consultation rounds.
long votesFor(const Planning& p, const Id& candidate);

}  // namespace prevplan
