#pragma once
// Counts and lists in correct Romanian and English, for every text a person reads: screens,
// the report, the plan document and the gap reasoning. Romanian puts "de" between a number and
// its noun unless the number ends in 01–19 ("18 copii", "20 de copii", "101 copii", "120 de
// copii"); one takes the singular ("1 copil", "1 gospodărie"); thousands are grouped with a dot
// in Romanian and a comma in English ("1.234", "1,234"), and decimals take a comma in Romanian
// ("40,0 %") and a point in English ("40.0%"). Files meant for machines (JSON, CSV) keep their
// own plain numbers.
#include <string>
#include <vector>

#include "core/base/text.h"

namespace prevplan {

// A countable noun in both languages.
struct Noun {
    Text one;   // "copil" / "child"
    Text many;  // "copii" / "children"
};

namespace nouns {
inline constexpr Noun kChild{{"copil", "child"}, {"copii", "children"}};
inline constexpr Noun kHousehold{{"gospodărie", "household"}, {"gospodării", "households"}};
inline constexpr Noun kFamily{{"familie", "family"}, {"familii", "families"}};
inline constexpr Noun kPerson{{"persoană", "person"}, {"persoane", "people"}};
inline constexpr Noun kService{{"serviciu", "service"}, {"servicii", "services"}};
inline constexpr Noun kPlace{{"loc", "place"}, {"locuri", "places"}};
inline constexpr Noun kRisk{{"situație de risc", "risk situation"}, {"situații de risc", "risk situations"}};
inline constexpr Noun kSheet{{"fișă", "sheet"}, {"fișe", "sheets"}};
inline constexpr Noun kYear{{"an", "year"}, {"ani", "years"}};
inline constexpr Noun kMonth{{"lună", "month"}, {"luni", "months"}};
inline constexpr Noun kDay{{"zi", "day"}, {"zile", "days"}};
inline constexpr Noun kHour{{"oră", "hour"}, {"ore", "hours"}};
inline constexpr Noun kRow{{"rând", "row"}, {"rânduri", "rows"}};
inline constexpr Noun kError{{"eroare", "error"}, {"erori", "errors"}};
inline constexpr Noun kItem{{"element", "item"}, {"elemente", "items"}};
inline constexpr Noun kCaseOfficer{{"responsabil de caz", "case officer"}, {"responsabili de caz", "case officers"}};
inline constexpr Noun kCase{{"caz", "case"}, {"cazuri", "cases"}};
inline constexpr Noun kVisit{{"vizită", "visit"}, {"vizite", "visits"}};
inline constexpr Noun kVillage{{"sat", "village"}, {"sate", "villages"}};
inline constexpr Noun kLocality{{"localitate", "locality"}, {"localități", "localities"}};
inline constexpr Noun kPartner{{"partener", "partner"}, {"parteneri", "partners"}};
inline constexpr Noun kPriority{{"prioritate", "priority"}, {"priorități", "priorities"}};
inline constexpr Noun kParticipant{{"participant", "participant"}, {"participanți", "participants"}};
inline constexpr Noun kMinute{{"minut", "minute"}, {"minute", "minutes"}};
inline constexpr Noun kPartNotFilledIn{{"parte necompletată", "part not filled in"},
                                       {"părți necompletate", "parts not filled in"}};
}  // namespace nouns

// Whether Romanian needs "de" between `n` and its noun.
bool needsDe(long long n);
// `n` with its thousands grouped the way the language writes them.
std::string groupedNumber(long long n, Lang lang);
// "20 de copii", "1 copil", "1.234 de copii"; "20 children", "1 child", "1,234 children".
std::string countOf(long long n, const Noun& noun, Lang lang);
// An adjective standing for its noun takes no "de": "dintre care 134 depășite", "1 depășită".
std::string countOfAdjective(long long n, const Noun& adjective, Lang lang);
// Just the noun and its link word, for a number written elsewhere: "de copii", "copil", "children".
std::string nounAfter(long long n, const Noun& noun, Lang lang);
// "A, B și C" / "A, B and C"; "A" alone; "" for none.
std::string listOf(const std::vector<std::string>& items, Lang lang);
// `v` rounded to `decimals` places, grouped: "1.234,5" / "1,234.5".
std::string decimalNumber(double v, int decimals, Lang lang);
// A share in percent with one decimal: "40,0 %" / "40.0%".
std::string percentText(double v, Lang lang);
// An amount of money: "12.500 lei" / "RON 12,500".
std::string formatRon(long long ron, Lang lang);

}  // namespace prevplan
