#include "platform/a11y_mirror.h"

#include <algorithm>
#include <cstdio>

namespace prevplan::a11y {

Role roleOf(const ItemTraits& t) {
    if (t.inMenu) return t.openable ? Role::Menu : t.checkable ? Role::MenuItemCheckbox : Role::MenuItem;
    if (t.inList) return Role::Option;
    if (t.inputable) return Role::TextField;
    if (t.checkable) return Role::CheckBox;
    return Role::Button;  // a collapsing section too: a button that is expanded or not
}

std::string_view roleName(Role role) {
    switch (role) {
        case Role::Text: return "text";
        case Role::Button: return "button";
        case Role::Link: return "link";
        case Role::MenuBar: return "menubar";
        case Role::Menu: return "menu";
        case Role::MenuItem: return "menuitem";
        case Role::MenuItemCheckbox: return "menuitemcheckbox";
        case Role::TabList: return "tablist";
        case Role::Tab: return "tab";
        case Role::CheckBox: return "checkbox";
        case Role::Radio: return "radio";
        case Role::TextField: return "textbox";
        case Role::Combo: return "combobox";
        case Role::ListBox: return "listbox";
        case Role::Option: return "option";
        case Role::Table: return "table";
        case Role::Row: return "row";
        case Role::ColumnHeader: return "columnheader";
        case Role::Cell: return "cell";
        case Role::Heading: return "heading";
        case Role::Dialog: return "dialog";
        case Role::Group: return "group";
    }
    return "text";
}

std::string spoken(std::string_view label) {
    std::string out;
    for (std::size_t i = 0; i < label.size(); ++i) {
        const auto c = static_cast<unsigned char>(label[i]);
        // U+E000–U+F8FF are three bytes: EE 80..BF xx, or EF 80..A3 xx.
        if (i + 2 < label.size() && (c == 0xEE || (c == 0xEF && static_cast<unsigned char>(label[i + 1]) <= 0xA3))) {
            i += 2;
            continue;
        }
        out += label[i];
    }
    const auto first = out.find_first_not_of(' ');
    if (first == std::string::npos) return {};
    return out.substr(first, out.find_last_not_of(' ') - first + 1);
}

Node& Mirror::container(const std::string& key, const std::string& parent, Role role, std::string_view name) {
    if (const auto it = byKey_.find(key); it != byKey_.end()) return nodes_[it->second];
    Node node;
    node.key = key;
    node.parent = parent;
    node.role = role;
    node.name = name;
    byKey_[key] = nodes_.size();
    nodes_.push_back(std::move(node));
    return nodes_.back();
}

Node& Mirror::item(Node node) {
    if (node.id != 0) {
        node.key = std::to_string(node.id);
        if (const auto it = byId_.find(node.id); it != byId_.end()) return nodes_[it->second];  // drawn twice
        byId_[node.id] = nodes_.size();
    } else {
        // The same words twice in one container are two texts.
        const std::string base = node.parent + "/" + node.name;
        node.key = base + "#" + std::to_string(textCounts_[base]++);
    }
    byKey_[node.key] = nodes_.size();
    nodes_.push_back(std::move(node));
    return nodes_.back();
}

Node* Mirror::find(std::uint32_t id) {
    const auto it = byId_.find(id);
    return it == byId_.end() ? nullptr : &nodes_[it->second];
}

Node* Mirror::find(const std::string& key) {
    const auto it = byKey_.find(key);
    return it == byKey_.end() ? nullptr : &nodes_[it->second];
}

void Mirror::comboList(std::uint32_t combo, const std::string& list) {
    Node* owner = find(combo);
    if (!owner || owner->controls == list) return;
    owner->controls = list;
    owner->expandable = owner->expanded = true;
}

void Mirror::announce(std::string_view text, Urgency urgency) {
    if (text.empty()) return;
    // Shown twice (an error note that is also an alert): said once, as urgently as asked.
    for (auto& message : shown_)
        if (message.first == text) {
            if (urgency == Urgency::Assertive) message.second = urgency;
            return;
        }
    shown_.emplace_back(std::string(text), urgency);
}

namespace {

void quoted(std::string& out, std::string_view s) {
    out += '"';
    for (const char c : s) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (static_cast<unsigned char>(c) < 0x20) {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(c));
            out += escaped;
        } else {
            out += c;
        }
    }
    out += '"';
}

void field(std::string& out, const char* name, std::string_view value) {
    out += ",\"";
    out += name;
    out += "\":";
    quoted(out, value);
}

void field(std::string& out, const char* name, long long value) {
    out += ",\"";
    out += name;
    out += "\":";
    out += std::to_string(value);
}

bool isLeaf(const Node& n) { return n.id != 0 || n.role == Role::Text || n.role == Role::Heading; }

// What is described: named leaves, every cell of a table (its grid), and the containers that hold
// any of them (an empty menu, list or table would be a broken one to a reader).
std::vector<bool> described(const std::vector<Node>& nodes, const std::unordered_map<std::string, std::size_t>& byKey) {
    std::vector<bool> keep(nodes.size(), false), holds(nodes.size(), false);
    for (std::size_t i = nodes.size(); i-- > 0;) {
        const Node& n = nodes[i];
        keep[i] =
            isLeaf(n) ? !spoken(n.name).empty() : holds[i] || n.role == Role::Cell || n.role == Role::ColumnHeader;
        if (!keep[i] || n.parent.empty()) continue;
        if (const auto parent = byKey.find(n.parent); parent != byKey.end()) holds[parent->second] = true;
    }
    return keep;
}

std::string describe(const std::vector<Node>& nodes, const std::unordered_map<std::string, std::size_t>& byKey) {
    const std::vector<bool> keep = described(nodes, byKey);
    std::string out = "[";
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        if (!keep[i]) continue;
        const Node& n = nodes[i];
        const std::string name = spoken(n.name);
        if (out.size() > 1) out += ',';
        out += "{\"k\":";
        quoted(out, n.key);
        field(out, "p", n.parent);
        field(out, "r", roleName(n.role));
        if (!name.empty()) field(out, "n", name);
        if (!n.value.empty()) field(out, "v", n.value);
        if (n.id != 0) field(out, "i", n.id);
        if (n.checkable) field(out, "c", n.checked);
        if (n.expandable) field(out, "e", n.expanded);
        if (n.disabled) field(out, "d", 1);
        if (n.level > 0) field(out, "l", n.level);
        if (n.rows > 0) field(out, "rows", n.rows);
        if (n.columns > 0) field(out, "cols", n.columns);
        if (n.rowIndex > 0) field(out, "ri", n.rowIndex);
        if (n.columnIndex > 0) field(out, "ci", n.columnIndex);
        if (!n.controls.empty()) field(out, "ctl", n.controls);
        out += '}';
    }
    return out + "]";
}

std::uint64_t fnv1a(std::string_view s) {
    std::uint64_t h = 1469598103934665603ull;
    for (const char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return h;
}

}  // namespace

void Mirror::selectComboValues() {
    for (const Node& combo : nodes_) {
        if (combo.controls.empty()) continue;
        const std::string value = spoken(combo.value);
        for (Node& option : nodes_)
            if (option.role == Role::Option && option.parent == combo.controls && !option.checkable) {
                option.checkable = true;
                option.checked = !value.empty() && spoken(option.name) == value;
            }
    }
}

Mirror::Frame Mirror::endFrame() {
    selectComboValues();
    Frame frame;
    std::string description = describe(nodes_, byKey_);
    if (const std::uint64_t hash = fnv1a(description); hash != lastHash_) {
        lastHash_ = hash;
        frame.description = std::move(description);
    }
    std::string said;
    for (const auto& message : shown_) {
        const auto same = [&](const auto& before) { return before.first == message.first; };
        if (std::find_if(lastShown_.begin(), lastShown_.end(), same) != lastShown_.end()) continue;
        said += said.empty() ? "[" : ",";
        said += "{\"assertive\":";
        said += message.second == Urgency::Assertive ? "true" : "false";
        field(said, "text", message.first);
        said += '}';
    }
    if (!said.empty()) frame.announcements = said + "]";
    lastShown_.swap(shown_);
    shown_.clear();
    nodes_.clear();
    byKey_.clear();
    byId_.clear();
    textCounts_.clear();
    return frame;
}

}  // namespace prevplan::a11y
