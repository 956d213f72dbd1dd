#include <doctest/doctest.h>

#include <cstdio>
#include <string>

#include "core/base/date.h"

using namespace prevplan;

TEST_CASE("dates parse in both accepted spellings and reject impossible days") {
    CHECK(Date::parse("2024-02-29")->iso() == "2024-02-29");
    CHECK(Date::parse("29.02.2024")->iso() == "2024-02-29");
    CHECK_FALSE(Date::parse("2023-02-29"));
    CHECK_FALSE(Date::parse("2023-13-01"));
    CHECK_FALSE(Date::parse(""));
}

TEST_CASE("dates are read the ways people write them") {
    for (const char* typed : {"1.7.2018", "01.07.2018", "1/7/2018", "01/07/2018", "1-7-2018", "2018-07-01", "2018-7-1",
                              " 1.7.2018 ", "1.7.2018."})
        CHECK(Date::parse(typed)->iso() == "2018-07-01");
}

TEST_CASE("a date that cannot be read says why") {
    auto problem = [](const char* typed) { return readDate(typed).problem; };
    CHECK(problem("") == DateProblem::Empty);
    CHECK(problem("  ") == DateProblem::Empty);
    CHECK(problem("1 iulie 2018") == DateProblem::Form);
    CHECK(problem("1.7/2018") == DateProblem::Form);  // two separators
    CHECK(problem("20180701") == DateProblem::Form);  // none
    CHECK(problem("1.72018") == DateProblem::Form);   // one
    CHECK(problem(".1.7.2018") == DateProblem::Form);  // a separator first
    CHECK(problem("1.7.201") == DateProblem::Form);   // a year being typed
    CHECK(problem("001.7.2018") == DateProblem::Form);
    CHECK(problem("1.7.18") == DateProblem::ShortYear);
    CHECK(problem("18-07-01") == DateProblem::ShortYear);
    CHECK(problem("1.7.1700") == DateProblem::Year);
    CHECK(problem("1.13.2018") == DateProblem::Month);
    CHECK(problem("31.4.2018") == DateProblem::Day);
    CHECK(problem("29.02.2023") == DateProblem::Day);
    CHECK(problem("29.02.2024") == DateProblem::None);

    CHECK(dateProblemMessage("29.02.2023", readDate("29.02.2023"), Lang::Ro) ==
          "„29.02.2023” nu există: februarie 2023 are 28 de zile");
    CHECK(dateProblemMessage("29.02.2023", readDate("29.02.2023"), Lang::En) ==
          "\"29.02.2023\" does not exist: February 2023 has 28 days");
    CHECK(dateProblemMessage("1.7.18", readDate("1.7.18"), Lang::Ro) ==
          "„1.7.18”: anul se scrie cu patru cifre (2018, nu 18)");
    CHECK(dateProblemMessage("1.13.2018", readDate("1.13.2018"), Lang::En) ==
          "\"1.13.2018\": there is no month 13 (months are 1–12)");
    CHECK(dateProblemMessage("mâine", readDate("mâine"), Lang::Ro) ==
          "„mâine” nu este o dată: scrieți ZZ.LL.AAAA, de exemplu 01.07.2018");
}

TEST_CASE("people read dates DD.MM.YYYY, files keep ISO") {
    const Date d{2018, 7, 1};
    CHECK(d.shown() == "01.07.2018");
    CHECK(d.iso() == "2018-07-01");
    CHECK(Date::parse(d.shown()) == d);
}

TEST_CASE("dates are written digit by digit as printf's %04d and %02d write them") {
    const auto printed = [](const char* format, int a, int b, int c) {
        char buf[64];
        std::snprintf(buf, sizeof buf, format, a, b, c);
        return std::string(buf);
    };
    const Date dates[] = {{1800, 1, 1}, {9999, 12, 31}, {2024, 2, 29}, {0, 0, 0},
                          {5, 3, 7},    {-5, 1, 2},     {12345, 123, 45}};
    for (const Date& d : dates) {
        CHECK(d.iso() == printed("%04d-%02d-%02d", d.year, d.month, d.day));
        CHECK(d.shown() == printed("%02d.%02d.%04d", d.day, d.month, d.year));
    }
    CHECK(Date::fromDays(0).iso() == "1970-01-01");
}

TEST_CASE("day arithmetic") {
    CHECK(Date::parse("1970-01-01")->days() == 0);
    CHECK(Date::parse("2024-03-01")->days() - Date::parse("2024-02-28")->days() == 2);
    CHECK(Date::parse("2024-12-30")->addDays(3).iso() == "2025-01-02");
    CHECK(Date::parse("2024-01-31")->addMonths(1).iso() == "2024-02-29");
    CHECK(Date::parse("2024-11-15")->addMonths(3).iso() == "2025-02-15");
}

TEST_CASE("age on a date") {
    const Date birth = *Date::parse("2008-06-15");
    CHECK(ageInYears(birth, *Date::parse("2026-06-14")) == 17);
    CHECK(ageInYears(birth, *Date::parse("2026-06-15")) == 18);
    CHECK(ageInMonths(birth, *Date::parse("2008-12-14")) == 5);
    CHECK(ageInMonths(birth, *Date::parse("2008-12-15")) == 6);
}
