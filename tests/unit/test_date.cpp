#include <doctest/doctest.h>

#include "core/base/date.h"

using namespace prevplan;

TEST_CASE("dates parse in both accepted spellings and reject impossible days") {
    CHECK(Date::parse("2024-02-29")->iso() == "2024-02-29");
    CHECK(Date::parse("29.02.2024")->iso() == "2024-02-29");
    CHECK_FALSE(Date::parse("2023-02-29"));
    CHECK_FALSE(Date::parse("2023-13-01"));
    CHECK_FALSE(Date::parse("1.2.2023"));
    CHECK_FALSE(Date::parse(""));
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
