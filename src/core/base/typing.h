#pragma once
// Text from a browser's on-screen keyboard reaches Dear ImGui through a hidden <input>: each
// change of that input's value (a letter, a composed word, an autocorrect replacement) becomes
// Backspaces and typed text, handed to the field one frame at a time.
#include <deque>
#include <string>

namespace prevplan {

// What turns one text into the next with the caret at the end: erase characters, then type.
struct TypedEdit {
    int erase = 0;  // Backspaces, in characters (code points), not bytes
    std::string insert;
};

// The edit from `before` to `after` (UTF-8): everything after their common start is retyped.
TypedEdit editBetween(const std::string& before, const std::string& after);

// Dear ImGui 1.86 sees a key press once per frame, so each Backspace takes a frame of its own;
// text that follows it waits, and text typed in a row goes in at once.
class TypingQueue {
public:
    struct Step {
        bool backspace = false;
        std::string text;  // when not a Backspace
    };
    void push(TypedEdit edit);
    bool empty() const { return edits_.empty(); }
    // What to give the field this frame (an empty Step when nothing waits).
    Step next();

private:
    std::deque<TypedEdit> edits_;
};

}  // namespace prevplan
