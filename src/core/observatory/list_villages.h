#pragma once
// The villages a commune's own list names, so a plan made for the list starts with them instead
// of the social worker typing them again.
#include <string>
#include <string_view>
#include <vector>

namespace prevplan {

// At most this many: a commune has a few dozen villages; more means the column holds something else.
inline constexpr std::size_t kMaxListVillages = 100;

// The values of the list's village column (recognised as the import recognises it), in the order
// they first appear, each once (compared without case, diacritics or extra spaces); none when the
// list has no village column or names more than kMaxListVillages.
std::vector<std::string> villagesOfList(std::string_view csvText);

}  // namespace prevplan
