#include <doctest/doctest.h>

#include <set>

#include "ui/kit/step_keys.h"

using namespace prevplan::ui;

TEST_CASE("each step shortcut is its own digit and opens its own step") {
    std::set<char> digits;
    std::set<int> steps;
    for (const StepKey& key : kStepKeys) {
        CHECK(key.digit >= '0');
        CHECK(key.digit <= '9');
        digits.insert(key.digit);
        steps.insert(static_cast<int>(key.step));
    }
    CHECK(digits.size() == std::size(kStepKeys));
    CHECK(steps.size() == std::size(kStepKeys));
    CHECK(keyName(kStepKeys[0]) == "Ctrl+Shift+1");
    CHECK(kStepKeys[0].step == Step::Commune);
    CHECK(keyName(kStepKeys[9]) == "Ctrl+Shift+0");
}
