#include <doctest/doctest.h>

#include "core/base/text.h"

using namespace prevplan;
using text_detail::samePlaceholders;

// The same checks run at compile time on every Text of the project; these name the rule.
static_assert(samePlaceholders("%ld copii din %ld gospodării", "%ld children in %ld households"));
static_assert(!samePlaceholders("%ld copii", "%s children"));

TEST_CASE("a Romanian and English pair must have the same printf conversions in the same order") {
    CHECK(samePlaceholders("Satul „%s”: %d%%", "Village \"%s\": %d%%"));
    CHECK(samePlaceholders("%.1f %%", "%5.2f%%"));  // precision and width may differ, the type may not
    CHECK(samePlaceholders("40 % din gospodării", "40 % of households"));  // a percent sign, not a conversion
    CHECK_FALSE(samePlaceholders("%s și %s", "%s"));
    CHECK_FALSE(samePlaceholders("%ld", "%d"));
    CHECK_FALSE(samePlaceholders("%s: %d", "%d: %s"));
}

TEST_CASE("a mismatched pair built at run time is refused") {
    const char* ro = "%s copii";
    const char* en = "%d children";
    CHECK_THROWS_AS(Text(ro, en), std::logic_error);
    CHECK_NOTHROW(Text(ro, "%s children"));
}
