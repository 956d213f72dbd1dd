#pragma once
// What goes with a record when it is deleted, counted, so the confirmation names it before
// anything is lost ("2 familii și 5 copii") and the notice after it says what Undo brings back.
// Each step's module counts the impact of deleting its own records (householdDeletion,
// objectiveDeletion, planDeletion …); this holds the shape and the words.
#include <string>
#include <vector>

#include "core/base/words.h"

namespace prevplan {

// Records named only in deletion messages.
namespace deletion_nouns {
inline constexpr Noun kObservationSheet{{"fișă de observație", "observation sheet"},
                                        {"fișe de observație", "observation sheets"}};
inline constexpr Noun kMonitoringVisit{{"vizită de monitorizare", "monitoring visit"},
                                       {"vizite de monitorizare", "monitoring visits"}};
inline constexpr Noun kServicePlan{{"plan de servicii", "service plan"}, {"planuri de servicii", "service plans"}};
inline constexpr Noun kObjective{{"obiectiv", "objective"}, {"obiective", "objectives"}};
inline constexpr Noun kAction{{"acțiune", "action"}, {"acțiuni", "actions"}};
}  // namespace deletion_nouns

struct Counted {
    long long n = 0;
    Noun noun;
};

struct DeletionImpact {
    std::vector<Counted> deleted;   // records deleted with it
    std::vector<Counted> unlinked;  // records that stay, without their link to it

    // Nothing counted zero is named.
    DeletionImpact& with(long long n, const Noun& noun);
    DeletionImpact& unlinking(long long n, const Noun& noun);
};

// "2 familii și 5 copii" / "2 families and 5 children"; empty when nothing else goes.
std::string describeDeleted(const DeletionImpact& impact, Lang lang);
// The records that lose their link, the same way.
std::string describeUnlinked(const DeletionImpact& impact, Lang lang);

}  // namespace prevplan
