#include <doctest/doctest.h>

#include "core/base/encoding.h"
#include "core/observatory/observatory_csv.h"
#include "core/observatory/observatory_mapping.h"

using namespace prevplan;

TEST_CASE("utf8Length accepts well-formed sequences only") {
    CHECK(utf8Length("a", 0) == 1);
    CHECK(utf8Length("\xC8\x99", 0) == 2);          // ș
    CHECK(utf8Length("\xE2\x80\x93", 0) == 3);      // –
    CHECK(utf8Length("\xF0\x9F\x98\x80", 0) == 4);  // an emoji
    CHECK(utf8Length("\xC0\x80", 0) == 0);          // overlong NUL
    CHECK(utf8Length("\xE0\x80\xAF", 0) == 0);      // overlong '/'
    CHECK(utf8Length("\xED\xA0\x80", 0) == 0);      // a surrogate
    CHECK(utf8Length("\xF4\x90\x80\x80", 0) == 0);  // above U+10FFFF
    CHECK(utf8Length("\xC8", 0) == 0);              // cut off
    CHECK(utf8Length("\x99", 0) == 0);              // a stray continuation byte
}

TEST_CASE("UTF-8 is checked eight ASCII bytes at a time, and every byte after an ASCII run still counts") {
    const std::string ascii = "household_id;family_id;";  // longer than eight bytes
    CHECK(isUtf8(ascii));
    CHECK(isUtf8(ascii + "Ștefan;Iași"));
    CHECK_FALSE(isUtf8(ascii + "\x99"));                // a stray byte right after the run
    CHECK_FALSE(isUtf8(ascii + "abc\xC8"));             // cut off at the end
    CHECK_FALSE(isUtf8("abcdefg\xFFhijklmnop"));        // inside what would be the first eight bytes
    CHECK(utf8ValidEnd(ascii + "\x99" + ascii, 0, 100) == ascii.size());
    // A sequence that starts before `to` is checked whole, even when it ends past it.
    const std::string text = "abcdefgh\xC8\x99xyz";
    CHECK(utf8ValidEnd(text, 0, 9) == 10);
    CHECK(utf8ValidEnd(text, 0, 8) == 8);
    CHECK(utf8ValidEnd(text, 10, 13) == 13);
    CHECK(utf8ValidEnd("abcdefgh\xC8", 0, 9) == 8);
}

TEST_CASE("a spreadsheet's text becomes valid UTF-8") {
    SUBCASE("UTF-8 stays as it is") { CHECK(spreadsheetText("Ștefan Țepeș;Iași") == "Ștefan Țepeș;Iași"); }
    SUBCASE("Excel's Windows-1250 is read with the comma-below letters") {
        // "Ştefan Ţepeş;Iaşi;Bârlad;Brăila" as a Romanian Excel saves it.
        CHECK(spreadsheetText("\xAA"
                              "tefan \xDE"
                              "epe\xBA;Ia\xBAi;B\xE2rlad;Br\xE3ila") == "Ștefan Țepeș;Iași;Bârlad;Brăila");
        CHECK(spreadsheetText("\xFE" "ar\xE3") == "țară");
    }
    SUBCASE("UTF-8 with a stray byte keeps its letters and marks the byte") {
        CHECK(spreadsheetText("Ștefan \xBB;x") == "Ștefan \xEF\xBF\xBD;x");
    }
    CHECK(isUtf8(spreadsheetText("\x81\x83\x88\x90\x98")));  // bytes Windows-1250 leaves undefined
}

TEST_CASE("an Observatory table saved by Excel in Windows-1250 imports with its diacritics") {
    const std::string csv =
        "household_id;family_id;village;family_head;child_name;cnp;birth_date;sex;sheet_id;observed_on;observed_by;"
        "observed_by_position\n"
        "G1;G1/1;Deal;Pop Ioan;\xAA"
        "tefan Pop;;2015-03-08;M;05001;2026-01-10;Elena Dobre;profesor\n";
    ObservatoryImportOptions options;
    options.county = 5;
    options.commune = "Ștefănești";
    options.today = *Date::parse("2026-03-01");
    for (const std::string& file : {csv, applyMapping(csv, autoMapping(csv, {}))}) {
        const ObservatoryImport imported = importObservatoryCsv(file, options);
        REQUIRE(imported.plan);
        REQUIRE(imported.plan->households.size() == 1);
        CHECK(imported.plan->households[0]->families[0].children[0].name == "Ștefan Pop");
    }
}

TEST_CASE("a header with stray bytes is remembered as the same text after saving and loading") {
    // Found by fuzzing: the bytes went into the plan's remembered mapping, and saving turned them into
    // U+FFFD, so the saved workspace saved again to other bytes.
    const std::string csv = "household_;village;child_name;;birth_date;sex;conf:2\xEF\xBB;x\x9F?\r\n";
    const ColumnMapping mapping = autoMapping(csv, {});
    for (const std::string& column : mapping.fileColumns) CHECK(isUtf8(column));
    CHECK(isUtf8(applyMapping(csv, mapping)));
}
