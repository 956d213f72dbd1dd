#pragma once
// What a screen shows that a screen reader needs told (docs/accessibility.md): Dear ImGui draws
// into a canvas, and the web platform mirrors each frame's widgets into an off-screen DOM tree.
// Most roles come from ImGui's own item flags; a widget whose flags can't tell (a combo, a radio
// button, a title, a field's value) describes itself here. No ImGui here, so the UI kit, the
// screens and the recorder's doctests can all include it.
#include <string_view>

namespace prevplan::a11y {

enum class Role : unsigned char {
    Text,
    Button,
    Link,
    MenuBar,
    Menu,
    MenuItem,
    MenuItemCheckbox,
    TabList,
    Tab,
    CheckBox,
    Radio,
    TextField,
    Combo,
    ListBox,
    Option,
    Table,
    Row,
    ColumnHeader,
    Cell,
    Heading,
    Dialog,
    Group,
};

enum class Urgency : unsigned char { Polite, Assertive };

// How the widget drawn last is to be read: its role, its value (a field's text, a combo's
// choice), whether it is checked (radio buttons) or chosen (a combo's options) and a heading's
// level (1 for a screen's title).
struct Hint {
    Role role = Role::Text;
    std::string_view value = {};
    bool checked = false;
    int level = 0;
};
void describeLastItem(const Hint& hint);

// A message on screen this frame (the save state, an import's result, an error, an alert):
// called every frame it shows, it is spoken once, when it appears or its words change.
// Assertive interrupts the reader: only for the abuse-suspicion and DGASPC alerts.
void announce(std::string_view text, Urgency urgency = Urgency::Polite);

}  // namespace prevplan::a11y
