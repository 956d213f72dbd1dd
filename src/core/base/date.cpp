#include "core/base/date.h"

#include <cstdio>

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

std::string Date::iso() const {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return buf;
}

namespace {

bool readDigits(std::string_view s, size_t pos, size_t count, int& out) {
    if (pos + count > s.size()) return false;
    int v = 0;
    for (size_t i = pos; i < pos + count; ++i) {
        if (s[i] < '0' || s[i] > '9') return false;
        v = v * 10 + (s[i] - '0');
    }
    out = v;
    return true;
}

}  // namespace

std::optional<Date> Date::parse(std::string_view s) {
    Date d;
    bool ok = false;
    if (s.size() == 10 && s[4] == '-' && s[7] == '-')
        ok = readDigits(s, 0, 4, d.year) && readDigits(s, 5, 2, d.month) && readDigits(s, 8, 2, d.day);
    else if (s.size() == 10 && s[2] == '.' && s[5] == '.')
        ok = readDigits(s, 0, 2, d.day) && readDigits(s, 3, 2, d.month) && readDigits(s, 6, 4, d.year);
    if (!ok || !isValidDate(d.year, d.month, d.day)) return std::nullopt;
    return d;
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
