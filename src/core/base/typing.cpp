#include "core/base/typing.h"

#include <cstddef>
#include <utility>

namespace prevplan {

namespace {

bool continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

int codePoints(const std::string& text, std::size_t from) {
    int count = 0;
    for (std::size_t i = from; i < text.size(); ++i)
        if (!continuation(text[i])) ++count;
    return count;
}

}  // namespace

TypedEdit editBetween(const std::string& before, const std::string& after) {
    std::size_t common = 0;
    while (common < before.size() && common < after.size() && before[common] == after[common]) ++common;
    // Back to the start of a character: "ă" and "â" share their first byte.
    while (common > 0 && (continuation(before[common]) || (common < after.size() && continuation(after[common]))))
        --common;
    return {codePoints(before, common), after.substr(common)};
}

void TypingQueue::push(TypedEdit edit) {
    if (edit.erase == 0 && edit.insert.empty()) return;
    edits_.push_back(std::move(edit));
}

TypingQueue::Step TypingQueue::next() {
    Step step;
    if (!edits_.empty() && edits_.front().erase > 0) {
        step.backspace = true;
        if (--edits_.front().erase == 0 && edits_.front().insert.empty()) edits_.pop_front();
        return step;
    }
    while (!edits_.empty() && edits_.front().erase == 0) {
        step.text += edits_.front().insert;
        edits_.pop_front();
    }
    return step;
}

}  // namespace prevplan
