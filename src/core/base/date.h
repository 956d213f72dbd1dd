#pragma once
// Calendar dates without time zones: the methodology counts days (72 hours = 3 days,
// 30 days, 12 months), so a proleptic Gregorian day count is all the core needs.
#include <optional>
#include <string>
#include <string_view>

namespace prevplan {

struct Date {
    int year = 0, month = 0, day = 0;

    static std::optional<Date> parse(std::string_view text);  // YYYY-MM-DD or DD.MM.YYYY
    static Date fromDays(long days);                           // days since 1970-01-01

    long days() const;
    std::string iso() const;  // YYYY-MM-DD
    Date addDays(long n) const { return fromDays(days() + n); }
    Date addMonths(int n) const;  // clamps the day to the target month's length

    friend bool operator==(const Date& a, const Date& b) { return a.days() == b.days(); }
    friend bool operator!=(const Date& a, const Date& b) { return !(a == b); }
    friend bool operator<(const Date& a, const Date& b) { return a.days() < b.days(); }
    friend bool operator<=(const Date& a, const Date& b) { return !(b < a); }
    friend bool operator>(const Date& a, const Date& b) { return b < a; }
    friend bool operator>=(const Date& a, const Date& b) { return !(a < b); }
};

bool isLeapYear(int year);
int daysInMonth(int year, int month);
bool isValidDate(int year, int month, int day);

// Whole years between birth and date (age on that date).
int ageInYears(const Date& birth, const Date& on);
// Whole months between birth and date.
int ageInMonths(const Date& birth, const Date& on);

}  // namespace prevplan
