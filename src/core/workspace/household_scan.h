#pragma once
// A string-aware pass over a workspace document that cuts each plan's "households" array out of it,
// so that the rest parses at once and the households one by one (WorkspaceReading).
#include <cstddef>
#include <map>
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

// Scans a text a slice at a time. It fails when the text is not plainly shaped enough to cut (not an
// object, a key repeated or escaped where it matters, over the limits of parseUntrusted, unbalanced):
// the caller then reads the whole document, which reports what is wrong.
class HouseholdScanner {
public:
    explicit HouseholdScanner(std::string_view text);
    bool step(std::size_t bytes);  // scans about that many more bytes; true when done or failed
    bool failed() const { return failed_; }
    std::size_t scanned() const { return i_; }
    HouseholdScan take();  // once done, unless failed

private:
    enum class Role { Other, Document, Plans, Plan, Households };
    struct Container {
        char open;
        Role role;
        bool sawPlans = false;         // the document's "plans" key, already met
        bool sawHouseholds = false;    // a plan's "households" key, already met
        std::size_t start = 0;         // just after the bracket
        std::size_t elementStart = 0;  // in "households": where the current element begins
    };
    std::string_view text_;
    HouseholdScan scan_;
    std::vector<Container> stack_;
    std::vector<std::pair<std::size_t, std::size_t>> cuts_;  // the households arrays' insides
    std::size_t i_ = 0, values_ = 1, plan_ = 0, stringStart_ = 0;
    std::string_view lastString_;
    bool inString_ = false, escaped_ = false, stringEscaped_ = false, failed_ = false;
    Role pending_ = Role::Other;  // whose value opens next: a key's value follows its colon
    bool at(char c);              // false when the text cannot be cut
};

}  // namespace prevplan
