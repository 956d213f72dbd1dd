#pragma once
// The villages a commune's own list names, so a plan made for the list starts with them instead
// of the social worker typing them again.
#include <string>
#include <string_view>
#include <vector>

namespace prevplan {

// At most this many: a commune has a few dozen villages; more means the column holds something else.
inline constexpr std::size_t kMaxListVillages = 100;
// Romania's longest village names are under 40 bytes; a longer value is an address or a note.
inline constexpr std::size_t kMaxListVillageBytes = 80;

// The values of the list's village column (recognised as the import recognises it), in the order
// they first appear, each once (compared without case, diacritics or extra spaces); none when the
// list has no village column or names more than kMaxListVillages. A value too long for a village
// name or holding a line break or another control character is left out: the form lists villages
// one per line, and a cell from outside must not become a village it never named.
std::vector<std::string> villagesOfList(std::string_view csvText);

}  // namespace prevplan
