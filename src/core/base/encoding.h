#pragma once
// Bytes that should be UTF-8 text. A Romanian Excel saves a plain "CSV" in Windows-1250, not UTF-8,
// and a damaged file may hold stray bytes; the readers of spreadsheets turn what they get into valid
// UTF-8 first, so names match, and a saved workspace reloads and saves to the same bytes.
#include <cstddef>
#include <string>
#include <string_view>

namespace prevplan {

// Length of the well-formed UTF-8 sequence starting at text[i] (1 to 4), or 0 when there is none
// (a stray continuation byte, a cut-off sequence, an overlong form, a surrogate, above U+10FFFF).
std::size_t utf8Length(std::string_view text, std::size_t i);
// Where the well-formed UTF-8 from text[from] stops: at the first byte that starts no well-formed
// sequence, or past the last sequence that starts before `to` (a sequence may end beyond it).
std::size_t utf8ValidEnd(std::string_view text, std::size_t from, std::size_t to);
bool isUtf8(std::string_view text);

// The text as valid UTF-8: unchanged when it is; read as Windows-1250 when it holds no multi-byte
// UTF-8 sequence at all (ş ţ Ş Ţ become the comma-below ș ț Ș Ț Romanian is spelled with);
// otherwise UTF-8 with each stray byte as U+FFFD.
std::string spreadsheetText(std::string_view bytes);

}  // namespace prevplan
