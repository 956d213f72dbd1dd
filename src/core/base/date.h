#pragma once
// Calendar dates without time zones: the methodology counts days (72 hours = 3 days,
// 30 days, 12 months), so a proleptic Gregorian day count is all the core needs.
#include <optional>
#include <string>
#include <string_view>

#include "core/base/text.h"

namespace prevplan {

struct Date {
    int year = 0, month = 0, day = 0;

    static std::optional<Date> parse(std::string_view text);   // as readDate below, without the reason
    static Date fromDays(long days);                           // days since 1970-01-01

    long days() const;
    std::string iso() const;    // YYYY-MM-DD: files (JSON), file names
    std::string shown() const;  // DD.MM.YYYY: every date a person reads, in both languages
    Date addDays(long n) const { return fromDays(days() + n); }
    Date addMonths(int n) const;  // clamps the day to the target month's length

    friend bool operator==(const Date& a, const Date& b) { return a.days() == b.days(); }
    friend bool operator!=(const Date& a, const Date& b) { return !(a == b); }
    friend bool operator<(const Date& a, const Date& b) { return a.days() < b.days(); }
    friend bool operator<=(const Date& a, const Date& b) { return !(b < a); }
    friend bool operator>(const Date& a, const Date& b) { return b < a; }
    friend bool operator>=(const Date& a, const Date& b) { return !(a < b); }
};

// Why a typed date could not be read.
enum class DateProblem { None, Empty, Form, ShortYear, Year, Month, Day };

struct DateReading {
    std::optional<Date> date;  // set only when problem == None
    DateProblem problem = DateProblem::None;
    int year = 0, month = 0;  // as typed, for the Day message ("February 2023 has 28 days")
};

// Reads a date the way people write it: D.M.YYYY, D/M/YYYY, D-M-YYYY (day and month with one
// or two digits, a final dot allowed: "1.7.2018.") or ISO YYYY-MM-DD. A two-digit year is
// refused rather than guessed: "18" could be 1918 or 2018.
DateReading readDate(std::string_view text);
// What is wrong with `text`, in a sentence: "„31.02.2023” nu există: februarie 2023 are 28 de zile".
std::string dateProblemMessage(std::string_view text, const DateReading& reading, Lang lang);

// A date kept as text in a file ("2026-06-30", a frozen report's) as people read it; text that is
// not a date stays as it is.
std::string shownDate(std::string_view text);

bool isLeapYear(int year);
int daysInMonth(int year, int month);
bool isValidDate(int year, int month, int day);

// Whole years between birth and date (age on that date).
int ageInYears(const Date& birth, const Date& on);
// Whole months between birth and date.
int ageInMonths(const Date& birth, const Date& on);

}  // namespace prevplan
