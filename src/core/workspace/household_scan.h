#pragma once
// A string-aware pass over a workspace document that cuts each plan's "households" array out of it,
// so that the rest parses at once and the households one by one (WorkspaceReading).
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace prevplan {

struct HouseholdScan {
    std::string skeleton;  // the document with every households array left empty: "households":[]
    // The text of each household, by the index of its plan in "plans".
    std::map<std::size_t, std::vector<std::string_view>> households;
    std::size_t householdCount = 0;
};

// nullopt when the text is not plainly shaped enough to cut (not an object, a key repeated or
// escaped where it matters, over the limits of parseUntrusted, unbalanced): the caller then reads
// the whole document, which reports what is wrong.
std::optional<HouseholdScan> scanHouseholds(std::string_view text);

}  // namespace prevplan
