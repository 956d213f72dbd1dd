#pragma once
// The screen-reader mirror's recording (docs/accessibility.md): the web platform adds each frame's
// containers (windows, dialogs, tab lists, tables, rows, cells) and widgets in drawing order; at the
// end of the frame the mirror describes them for web/a11y.js, but only when the description
// changed, so an idle screen costs the page nothing. Knows nothing of ImGui: tested natively.
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "platform/a11y.h"

namespace prevplan::a11y {

// What an item's flags tell (Dear ImGui's status and item flags, read by the platform).
struct ItemTraits {
    bool inMenu = false;     // drawn in a menu bar or a menu
    bool inList = false;     // drawn in a combo's list
    bool openable = false;   // opens a menu or a section
    bool checkable = false;  // a checkbox, or a menu item with a check mark
    bool inputable = false;  // takes typed text
};
Role roleOf(const ItemTraits& traits);

// The WAI-ARIA role web/a11y.js gives the element.
std::string_view roleName(Role role);

// A label as a screen reader should say it: without the icons (private-use characters of the
// icon font) and the spaces around them.
std::string spoken(std::string_view label);

struct Node {
    std::string key;     // the same from frame to frame: web/a11y.js updates the element it names
    std::string parent;  // the containing node's key; empty at the top
    Role role = Role::Text;
    std::string name, value;
    std::uint32_t id = 0;  // the ImGui item to activate or focus; 0 for containers and text
    bool checkable = false, checked = false;
    bool expandable = false, expanded = false;
    bool disabled = false;
    int level = 0;              // a heading's
    int rows = 0, columns = 0;  // a table's, all rows counted even where only some are drawn
    // A row's place among all the table's rows and a cell's among its columns, from 1 (0: unsaid):
    // a clipped table draws only some rows, a narrow window hides some columns.
    int rowIndex = 0, columnIndex = 0;
    std::string controls;  // the key of what this opens and governs: an open combo's list
};

class Mirror {
public:
    // A container, added once a frame (later calls with its key return the same node).
    Node& container(const std::string& key, const std::string& parent, Role role, std::string_view name = {});
    // A widget (id != 0, keyed by it) or a text (id 0, keyed by its container and words).
    Node& item(Node node);
    Node* find(std::uint32_t id);
    Node* find(const std::string& key);
    void announce(std::string_view text, Urgency urgency);

    // An open combo's list: the combo is expanded and controls it; the list's options say which
    // one is the combo's value, unless the kit said so already.
    void comboList(std::uint32_t combo, const std::string& list);
    // Ends the frame: its description (JSON, see docs/accessibility.md) when it differs from the
    // last one returned, otherwise empty; the same for the messages that appeared this frame. A
    // widget with nothing to say (a scrollbar, an icon alone) is left out: unnamed, it would only
    // be noise to a reader.
    struct Frame {
        std::string description, announcements;
    };
    Frame endFrame();

private:
    void selectComboValues();

    std::vector<Node> nodes_;
    std::unordered_map<std::string, std::size_t> byKey_;
    std::unordered_map<std::uint32_t, std::size_t> byId_;
    std::unordered_map<std::string, int> textCounts_;
    std::uint64_t lastHash_ = 0;
    std::vector<std::pair<std::string, Urgency>> shown_, lastShown_;
};

}  // namespace prevplan::a11y
