#include <doctest/doctest.h>

#include "core/base/touch_gesture.h"
#include "core/base/typing.h"

using namespace prevplan;

TEST_CASE("an on-screen keyboard's change becomes Backspaces and text, counted in characters") {
    SUBCASE("a letter typed") {
        const TypedEdit e = editBetween("Mări", "Mări");
        CHECK(e.erase == 0);
        CHECK(e.insert.empty());
        const TypedEdit typed = editBetween("Măr", "Mări");
        CHECK(typed.erase == 0);
        CHECK(typed.insert == "i");
    }
    SUBCASE("Backspace over a diacritic erases one character, not its two bytes") {
        const TypedEdit e = editBetween("Ștefă", "Ștef");
        CHECK(e.erase == 1);
        CHECK(e.insert.empty());
    }
    SUBCASE("an autocorrect replacement retypes from where the words differ") {
        const TypedEdit e = editBetween("Popescu Marioara", "Popescu Mărioară");
        CHECK(e.erase == 7);
        CHECK(e.insert == "ărioară");
    }
    SUBCASE("ă replaced by â shares a first byte but is a whole character again") {
        const TypedEdit e = editBetween("pă", "pâ");
        CHECK(e.erase == 1);
        CHECK(e.insert == "â");
    }
    SUBCASE("a composition that turns a letter into another, then grows") {
        const TypedEdit turned = editBetween("ta", "ța");
        CHECK(turned.erase == 2);
        CHECK(turned.insert == "ța");
        const TypedEdit grown = editBetween("ța", "țară");
        CHECK(grown.erase == 0);
        CHECK(grown.insert == "ră");
    }
}

TEST_CASE("typed text reaches the field a Backspace per frame, text in a row at once") {
    TypingQueue queue;
    CHECK(queue.empty());
    queue.push({0, "Ion"});
    queue.push({0, "el"});
    queue.push({2, "ana"});
    queue.push({0, ""});  // nothing changed: nothing queued
    TypingQueue::Step step = queue.next();
    CHECK_FALSE(step.backspace);
    CHECK(step.text == "Ionel");
    CHECK(queue.next().backspace);
    CHECK(queue.next().backspace);
    step = queue.next();
    CHECK_FALSE(step.backspace);
    CHECK(step.text == "ana");
    CHECK(queue.empty());
    step = queue.next();
    CHECK_FALSE(step.backspace);
    CHECK(step.text.empty());
}

TEST_CASE("a finger taps where it lifts unless it travelled further than the slop") {
    TouchGesture finger(10);
    SUBCASE("a tap that trembles a little is still a tap") {
        finger.down(100, 100);
        const TouchGesture::Scroll s = finger.move(104, 103);
        CHECK(s.dx == 0);
        CHECK(s.dy == 0);
        CHECK_FALSE(finger.dragging());
        CHECK(finger.up(105, 104));
        CHECK_FALSE(finger.touching());
    }
    SUBCASE("a drag scrolls by the finger's travel and clicks nothing") {
        finger.down(100, 300);
        TouchGesture::Scroll s = finger.move(100, 280);  // beyond the slop: the whole way so far
        CHECK(finger.dragging());
        CHECK(s.dy == doctest::Approx(-20));
        s = finger.move(100, 250);
        CHECK(s.dy == doctest::Approx(-30));
        CHECK(s.dx == doctest::Approx(0));
        CHECK_FALSE(finger.up(100, 250));
    }
    SUBCASE("a cancelled touch taps nothing") {
        finger.down(10, 10);
        finger.cancel();
        CHECK_FALSE(finger.up(10, 10));
    }
}
