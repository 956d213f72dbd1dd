#include <doctest/doctest.h>

#include "core/base/fold.h"

using namespace prevplan;

TEST_CASE("search folds case and both forms of the Romanian diacritics, and keeps everything else") {
    CHECK(foldForSearch("Ștefănescu Țâră") == "stefanescu tara");
    CHECK(foldForSearch("Ştefan Ţepeş") == "stefan tepes");  // cedilla forms, as old keyboards type them
    CHECK(foldForSearch("Îndrumare-ÂȘ 12") == "indrumare-as 12");
    CHECK(foldForSearch("Ödön") == "Ödön");  // other letters are kept as they are
}

TEST_CASE("a file name is the folded words joined by hyphens") {
    CHECK(fileSlug("Comuna Ștefănești") == "comuna-stefanesti");
    CHECK(fileSlug("  Vadu — 2026!  ") == "vadu-2026");
    CHECK(fileSlug("„”") == "plan");
}
