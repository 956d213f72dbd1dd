#include "core/base/date.h"

#include <algorithm>

#include "core/base/words.h"

namespace prevplan {

bool isLeapYear(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int daysInMonth(int y, int m) {
    static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12) return 0;
    return m == 2 && isLeapYear(y) ? 29 : kDays[m - 1];
}

bool isValidDate(int y, int m, int d) {
    return y >= 1800 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

// Howard Hinnant's days_from_civil / civil_from_days.
long Date::days() const {
    const int y = year - (month <= 2);
    const long era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned mp = static_cast<unsigned>(month + (month > 2 ? -3 : 9));
    const unsigned doy = (153 * mp + 2) / 5 + static_cast<unsigned>(day) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<long>(doe) - 719468;
}

Date Date::fromDays(long z) {
    z += 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    Date d;
    d.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    d.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    d.year = static_cast<int>(yoe) + static_cast<int>(era) * 400 + (d.month <= 2);
    return d;
}

Date Date::addMonths(int n) const {
    int total = year * 12 + (month - 1) + n;
    Date d{total / 12, total % 12 + 1, day};
    const int last = daysInMonth(d.year, d.month);
    if (d.day > last) d.day = last;
    return d;
}

namespace {

// `value` as printf's "%0<width>d" writes it (the sign counts in the width), without the cost of
// its format string: an import writes a date or two per row.
void appendPadded(std::string& out, int value, int width) {
    char digits[10];
    int n = 0;
    unsigned v = value < 0 ? 0u - static_cast<unsigned>(value) : static_cast<unsigned>(value);
    do {
        digits[n++] = static_cast<char>('0' + v % 10);
        v /= 10;
    } while (v != 0);
    if (value < 0) {
        out += '-';
        --width;
    }
    out.append(static_cast<std::size_t>(std::max(width - n, 0)), '0');
    while (n > 0) out += digits[--n];
}

// The month between two fields (the year and the day, one way or the other), with a separator.
std::string aroundMonth(int first, int firstWidth, int month, int last, int lastWidth, char separator) {
    std::string s;
    appendPadded(s, first, firstWidth);
    s += separator;
    appendPadded(s, month, 2);
    s += separator;
    appendPadded(s, last, lastWidth);
    return s;
}

}  // namespace

std::string Date::iso() const { return aroundMonth(year, 4, month, day, 2, '-'); }

std::string Date::shown() const { return aroundMonth(day, 2, month, year, 4, '.'); }

namespace {

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

// Three runs of digits split by one separator used twice ('.', '/' or '-'); false otherwise.
bool splitParts(std::string_view s, std::string_view parts[3]) {
    if (s.size() > 1 && s.back() == '.') s.remove_suffix(1);
    // A plain loop: find_first_of searches its three characters for every character, for every date of an import.
    std::size_t first = 0;
    while (first < s.size() && s[first] != '.' && s[first] != '/' && s[first] != '-') ++first;
    if (first == s.size()) return false;
    const char separator = s[first];
    const std::size_t second = s.find(separator, first + 1);
    if (second == std::string_view::npos) return false;
    parts[0] = s.substr(0, first);
    parts[1] = s.substr(first + 1, second - first - 1);
    parts[2] = s.substr(second + 1);
    for (int k = 0; k < 3; ++k) {
        if (parts[k].empty() || parts[k].size() > 4) return false;
        for (char c : parts[k])
            if (c < '0' || c > '9') return false;
    }
    return true;
}

int number(std::string_view digits) {
    int v = 0;
    for (char c : digits) v = v * 10 + (c - '0');
    return v;
}

constexpr Text kMonthNames[12] = {
    {"ianuarie", "January"},
    {"februarie", "February"},
    {"martie", "March"},
    {"aprilie", "April"},
    {"mai", "May"},
    {"iunie", "June"},
    {"iulie", "July"},
    {"august", "August"},
    {"septembrie", "September"},
    {"octombrie", "October"},
    {"noiembrie", "November"},
    {"decembrie", "December"},
};

}  // namespace

DateReading readDate(std::string_view text) {
    DateReading r;
    const std::string_view s = trimmed(text);
    std::string_view parts[3];
    if (s.empty()) {
        r.problem = DateProblem::Empty;
        return r;
    }
    if (!splitParts(s, parts)) {
        r.problem = DateProblem::Form;
        return r;
    }
    const bool yearFirst = parts[0].size() == 4;
    const std::string_view day = yearFirst ? parts[2] : parts[0], year = yearFirst ? parts[0] : parts[2];
    if (day.size() > 2 || parts[1].size() > 2) {
        r.problem = DateProblem::Form;
        return r;
    }
    if (year.size() != 4) {
        r.problem = year.size() == 2 ? DateProblem::ShortYear : DateProblem::Form;
        return r;
    }
    r.year = number(year);
    r.month = number(parts[1]);
    const int d = number(day);
    if (r.year < 1800) r.problem = DateProblem::Year;
    else if (r.month < 1 || r.month > 12) r.problem = DateProblem::Month;
    else if (d < 1 || d > daysInMonth(r.year, r.month)) r.problem = DateProblem::Day;
    else r.date = Date{r.year, r.month, d};
    return r;
}

std::optional<Date> Date::parse(std::string_view text) { return readDate(text).date; }

std::string shownDate(std::string_view text) {
    const auto d = Date::parse(text);
    return d ? d->shown() : std::string(text);
}

std::string dateProblemMessage(std::string_view text, const DateReading& r, Lang lang) {
    const bool ro = lang == Lang::Ro;
    const std::string quoted = ro ? "„" + std::string(trimmed(text)) + "”" : "\"" + std::string(trimmed(text)) + "\"";
    switch (r.problem) {
        case DateProblem::None: return {};
        case DateProblem::Empty: return ro ? "data lipsește" : "the date is missing";
        case DateProblem::Form:
            return quoted + (ro ? " nu este o dată: scrieți ZZ.LL.AAAA, de exemplu 01.07.2018"
                                : " is not a date: write DD.MM.YYYY, for example 01.07.2018");
        case DateProblem::ShortYear:
            return quoted + (ro ? ": anul se scrie cu patru cifre (2018, nu 18)"
                                : ": write the year with four digits (2018, not 18)");
        case DateProblem::Year:
            return quoted + (ro ? ": anul " + std::to_string(r.year) + " este înainte de 1800"
                                : ": the year " + std::to_string(r.year) + " is before 1800");
        case DateProblem::Month:
            return quoted + (ro ? ": luna " + std::to_string(r.month) + " nu există (lunile sunt 1–12)"
                                : ": there is no month " + std::to_string(r.month) + " (months are 1–12)");
        case DateProblem::Day: {
            const std::string month = std::string(kMonthNames[r.month - 1].in(lang)) + " " + std::to_string(r.year);
            const std::string days = countOf(daysInMonth(r.year, r.month), nouns::kDay, lang);
            return quoted +
                   (ro ? " nu există: " + month + " are " + days : " does not exist: " + month + " has " + days);
        }
    }
    return {};
}

int ageInYears(const Date& birth, const Date& on) {
    int age = on.year - birth.year;
    if (on.month < birth.month || (on.month == birth.month && on.day < birth.day)) --age;
    return age;
}

int ageInMonths(const Date& birth, const Date& on) {
    int months = (on.year - birth.year) * 12 + (on.month - birth.month);
    if (on.day < birth.day) --months;
    return months;
}

}  // namespace prevplan
