#include <doctest/doctest.h>

#include <string>

#include "platform/a11y_mirror.h"

using namespace prevplan::a11y;

namespace {

Node widget(std::uint32_t id, const std::string& parent, Role role, const std::string& name) {
    Node n;
    n.id = id;
    n.parent = parent;
    n.role = role;
    n.name = name;
    return n;
}

bool has(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("an item's role follows what its flags tell") {
    const auto traits = [](bool inMenu, bool inList, bool openable, bool checkable, bool inputable) {
        ItemTraits t;
        t.inMenu = inMenu;
        t.inList = inList;
        t.openable = openable;
        t.checkable = checkable;
        t.inputable = inputable;
        return roleOf(t);
    };
    CHECK(traits(false, false, false, false, false) == Role::Button);
    CHECK(traits(false, false, false, true, false) == Role::CheckBox);
    CHECK(traits(false, false, false, false, true) == Role::TextField);
    CHECK(traits(true, false, false, false, false) == Role::MenuItem);
    CHECK(traits(true, false, true, false, false) == Role::Menu);
    CHECK(traits(true, false, false, true, false) == Role::MenuItemCheckbox);
    CHECK(traits(false, true, false, false, false) == Role::Option);
    CHECK(traits(false, false, true, false, false) == Role::Button);  // a section that opens: expanded or not
    CHECK(roleName(Role::TextField) == "textbox");
    CHECK(roleName(Role::Combo) == "combobox");
    CHECK(roleName(Role::ColumnHeader) == "columnheader");
}

TEST_CASE("the description lists containers and widgets with their roles, names and states") {
    Mirror m;
    m.container("w1", "", Role::Dialog, "Deschide");
    Node box = widget(7, "w1", Role::CheckBox, "Copil cu dizabilități");
    box.checkable = box.checked = true;
    m.item(box);
    Node field = widget(8, "w1", Role::TextField, "Nume");
    field.value = "Ana \"Maria\"\n";
    m.item(field);
    Node& table = m.container("t1", "w1", Role::Table);
    table.rows = 10001;
    table.columns = 9;
    m.container("t1r0", "t1", Role::Row);
    m.container("t1r0c0", "t1r0", Role::ColumnHeader, "Copil");
    const std::string d = m.endFrame().description;
    CHECK(has(d, R"({"k":"w1","p":"","r":"dialog","n":"Deschide"})"));
    CHECK(has(d, R"({"k":"7","p":"w1","r":"checkbox","n":"Copil cu dizabilități","i":7,"c":1})"));
    CHECK(has(d, R"("r":"textbox","n":"Nume","v":"Ana \"Maria\"\u000a","i":8)"));
    CHECK(has(d, R"({"k":"t1","p":"w1","r":"table","rows":10001,"cols":9})"));
    CHECK(has(d, R"({"k":"t1r0c0","p":"t1r0","r":"columnheader","n":"Copil"})"));
    // Drawing order: the dialog before what it holds.
    CHECK(d.find("\"k\":\"w1\"") < d.find("\"k\":\"7\""));
}

TEST_CASE("a frame like the last one sends nothing; a change sends the whole description again") {
    Mirror m;
    const auto draw = [&](bool checked) {
        m.container("w", "", Role::Group);
        Node box = widget(3, "w", Role::CheckBox, "Da");
        box.checkable = true;
        box.checked = checked;
        m.item(box);
        return m.endFrame().description;
    };
    CHECK_FALSE(draw(false).empty());
    CHECK(draw(false).empty());
    const std::string changed = draw(true);
    CHECK(has(changed, "\"c\":1"));
    CHECK(draw(true).empty());
}

TEST_CASE("containers and widgets added twice in a frame are one node; texts repeated are two") {
    Mirror m;
    m.container("w", "", Role::Group);
    m.container("w", "", Role::Dialog).name = "renamed";
    m.item(widget(5, "w", Role::Button, "Salvează"));
    m.item(widget(5, "w", Role::Button, "Salvează"));
    Node text;
    text.parent = "w";
    text.name = "20 de copii";
    const std::string first = m.item(text).key, second = m.item(text).key;
    CHECK(first != second);
    REQUIRE(m.find(5) != nullptr);
    CHECK(m.find(5)->name == "Salvează");
    CHECK(m.find(std::string("w"))->name == "renamed");
    const std::string d = m.endFrame().description;
    CHECK(d.find("\"k\":\"5\"") == d.rfind("\"k\":\"5\""));
    CHECK(has(d, R"("r":"group","n":"renamed")"));
}

TEST_CASE("icons are not read, and a widget with nothing to say is left out") {
    CHECK(spoken("\xEF\x80\x95  Acasă") == "Acasă");    // U+F015, Fork Awesome's house
    CHECK(spoken("\xEE\x80\x80") == "");                // U+E000
    CHECK(spoken(" Suspiciune ⚠ ") == "Suspiciune ⚠");  // U+26A0 is a word, not an icon
    CHECK(spoken("Ștefănești") == "Ștefănești");
    Mirror m;
    m.container("w", "", Role::Group);
    m.item(widget(1, "w", Role::Button, ""));              // a scrollbar
    m.item(widget(2, "w", Role::Button, "\xEF\x87\xB8"));  // a bin alone
    m.item(widget(3, "w", Role::Button, "\xEF\x87\xB8  Șterge"));
    m.container("menu", "", Role::Menu);
    m.item(widget(4, "menu", Role::MenuItem, ""));
    m.container("t", "w", Role::Table);
    m.container("tr0", "t", Role::Row);
    m.container("tr0c0", "tr0", Role::Cell);
    const std::string d = m.endFrame().description;
    CHECK_FALSE(has(d, "\"k\":\"menu\""));                   // a menu of nothing said is no menu
    CHECK(has(d, R"({"k":"tr0c0","p":"tr0","r":"cell"})"));  // an empty cell keeps the table's grid
    CHECK(has(d, R"({"k":"t","p":"w","r":"table"})"));
    CHECK_FALSE(has(d, "\"k\":\"1\""));
    CHECK_FALSE(has(d, "\"k\":\"2\""));
    CHECK(has(d, R"({"k":"3","p":"w","r":"button","n":"Șterge","i":3})"));
}

TEST_CASE("a message is announced once when it appears, again only after it went away or changed") {
    Mirror m;
    const auto frame = [&](std::initializer_list<std::pair<const char*, Urgency>> messages) {
        for (const auto& [text, urgency] : messages) m.announce(text, urgency);
        return m.endFrame().announcements;
    };
    CHECK(frame({{"Salvat", Urgency::Polite}}) == R"([{"assertive":false,"text":"Salvat"}])");
    CHECK(frame({{"Salvat", Urgency::Polite}}).empty());
    CHECK(frame({}).empty());
    CHECK(frame({{"Salvat", Urgency::Polite}}) == R"([{"assertive":false,"text":"Salvat"}])");
    CHECK(frame({{"Nesalvat", Urgency::Polite}}) == R"([{"assertive":false,"text":"Nesalvat"}])");
}

TEST_CASE("an error note that is also an abuse alert is said once, assertively") {
    Mirror m;
    m.announce("Vizită la domiciliu în 24 de ore", Urgency::Polite);
    m.announce("Vizită la domiciliu în 24 de ore", Urgency::Assertive);
    m.announce("", Urgency::Assertive);
    CHECK(m.endFrame().announcements == R"([{"assertive":true,"text":"Vizită la domiciliu în 24 de ore"}])");
}

TEST_CASE("a clipped table's row says its place among all rows, a cell its column") {
    Mirror m;
    m.container("w", "", Role::Group);
    Node& table = m.container("t", "w", Role::Table);
    table.rows = 10001;
    table.columns = 9;
    m.container("tr7", "t", Role::Row).rowIndex = 5120;
    m.container("tr7c2", "tr7", Role::Cell).columnIndex = 3;
    Node text;
    text.parent = "tr7c2";
    text.name = "Popa Ion";
    m.item(text);
    const std::string d = m.endFrame().description;
    CHECK(has(d, R"({"k":"tr7","p":"t","r":"row","ri":5120})"));
    CHECK(has(d, R"({"k":"tr7c2","p":"tr7","r":"cell","ci":3})"));
    CHECK(has(d, R"("p":"tr7c2","r":"text","n":"Popa Ion")"));
}

TEST_CASE("an open combo controls its list, whose option equal to the combo's value is the chosen one") {
    Mirror m;
    m.container("w", "", Role::Group);
    m.item(widget(10, "w", Role::Combo, "Satul"));
    m.container("w2", "", Role::Group);
    m.container("w2l", "w2", Role::ListBox);
    m.comboList(10, "w2l");
    m.comboList(99, "w2l");  // no such combo drawn: nothing happens
    m.item(widget(11, "w2l", Role::Option, "Deal"));
    m.item(widget(12, "w2l", Role::Option, "Vale"));
    Node described = widget(13, "w2l", Role::Option, "Șes");
    described.checkable = true;  // the kit said it is not the chosen one
    m.item(described);
    m.find(10)->value = "Vale";  // the combo's value comes after its list, when the combo ends
    const std::string d = m.endFrame().description;
    CHECK(has(d, R"({"k":"10","p":"w","r":"combobox","n":"Satul","v":"Vale","i":10,"e":1,"ctl":"w2l"})"));
    CHECK(has(d, R"({"k":"11","p":"w2l","r":"option","n":"Deal","i":11,"c":0})"));
    CHECK(has(d, R"({"k":"12","p":"w2l","r":"option","n":"Vale","i":12,"c":1})"));
    CHECK(has(d, R"({"k":"13","p":"w2l","r":"option","n":"Șes","i":13,"c":0})"));
    // Closed again: no longer expanded, nothing controlled.
    m.container("w", "", Role::Group);
    m.item(widget(10, "w", Role::Combo, "Satul")).value = "Vale";
    const std::string closed = m.endFrame().description;
    CHECK(has(closed, R"({"k":"10","p":"w","r":"combobox","n":"Satul","v":"Vale","i":10})"));
}
