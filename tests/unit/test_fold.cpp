#include <doctest/doctest.h>

#include "core/base/fold.h"

using namespace prevplan;

TEST_CASE("search folds case, both forms of the Romanian diacritics and other Latin ones, and keeps everything else") {
    CHECK(foldForSearch("Ștefănescu Țâră") == "stefanescu tara");
    CHECK(foldForSearch("Ştefan Ţepeş") == "stefan tepes");  // cedilla forms, as old keyboards type them
    CHECK(foldForSearch("Îndrumare-ÂȘ 12") == "indrumare-as 12");
    CHECK(foldForSearch("KOVÁCS Ödön Szőke") == "kovacs odon szoke");  // Hungarian names of the commune
    CHECK(foldForSearch("Ωmega ß 5€") == "Ωmega ß 5€");               // other characters are kept as they are
}

TEST_CASE("search folds every run of spaces, tabs and no-break spaces into one, none at the ends") {
    CHECK(foldForSearch("ION  POP") == "ion pop");
    CHECK(foldForSearch(" Ion\tPop ") == "ion pop");
    CHECK(foldForSearch("Ion\u00A0Pop") == "ion pop");                       // no-break space
    CHECK(foldForSearch("Ion\u2009\u202F Pop\u3000") == "ion pop");          // thin, narrow and ideographic
    CHECK(foldForSearch("\u00A0 \t") == "");
    CHECK(foldForSearch("Ion\xC2") == "ion\xC2");  // a cut-off sequence is kept, byte by byte
}

TEST_CASE("a file name is the folded words joined by hyphens") {
    CHECK(fileSlug("Comuna Ștefănești") == "comuna-stefanesti");
    CHECK(fileSlug("  Vadu — 2026!  ") == "vadu-2026");
    CHECK(fileSlug("„”") == "plan");
    CHECK(fileSlug("Ion\u00A0Pop — Ödön") == "ion-pop-odon");
}
