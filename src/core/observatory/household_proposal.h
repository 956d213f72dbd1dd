#pragma once
// Households and families proposed for a commune's own list of children: a mayoralty's list has
// one row per child and no household or family codes. Rows at the same address in the same
// village (however it is spelled: case, diacritics, "Str."/"Strada", "nr."/"Nr ", spaces) form one
// household; within it, the children of one parent or legal representative form one family. A row
// without an address is a household of its own: two children are never put together by their
// names alone. The proposal says what it is unsure of, for a person to review before it is
// applied (docs/commune-list.md).
#include <string>
#include <string_view>
#include <vector>

#include "core/base/text.h"
#include "core/observatory/observatory_mapping.h"

namespace prevplan {

// What a person should look at before accepting a proposed household.
enum class HouseholdDoubt {
    NoAddress,       // no address: a household of its own, though it may live with another
    SurnamesDiffer,  // children at one address share no name: maybe two households
    NoParent,        // a child without a parent or representative: put in a family of its own
};

struct ProposedFamily {
    std::string id;    // "<household id>/1", "/2"… in the order of the list
    std::string head;  // the parent or representative, as first written
    std::vector<std::string> children;
};

struct ProposedHousehold {
    std::string id;  // "G-" and 8 hex digits from the village and address: the same list gives the same codes
    std::string village, address;  // as first written
    int line = 0;                  // the line of its first child
    std::vector<ProposedFamily> families;
    std::vector<HouseholdDoubt> doubts;
    int childCount() const;
};

struct HouseholdProposal {
    std::vector<ProposedHousehold> households;  // in the order of the list
    int children = 0, families = 0;
    // For each data row, in file order: its household and family (indices).
    std::vector<std::pair<std::size_t, std::size_t>> rows;
};

// Whether the mapping leaves the table without household codes, so that households must be proposed.
bool needsHouseholdProposal(const ColumnMapping& mapping);

// Households and families for a mapped table (applyMapping's, with PrevPlan's column names).
// A family_id column, when there is one, groups families in place of the parent.
HouseholdProposal proposeHouseholds(std::string_view mappedCsv);

// The mapped table with the proposal's household_id and family_id on every row; rows keep their
// line numbers, so import errors still point at the user's own rows.
std::string applyHouseholdProposal(std::string_view mappedCsv, const HouseholdProposal& proposal);

// The households in review order: the uncertain ones first, each group in the order of the list.
std::vector<std::size_t> reviewOrder(const HouseholdProposal& proposal);

// "aceeași adresă, nume diferite" / "same address, different surnames".
const Text& doubtText(HouseholdDoubt doubt);

// What the proposal did, in a few lines: the counts, then one line per uncertain household.
std::vector<std::string> proposalSummary(const HouseholdProposal& proposal, Lang lang);

}  // namespace prevplan
