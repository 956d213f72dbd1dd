#pragma once
// What platform/web/test_api.cpp records for the browser tests (web build only).
#include <string>

namespace prevplan::web::test {

// The last drawn frame's labelled widgets, in CSS pixels, as a JSON array.
std::string itemsJson();
// Main-loop iterations, drawn or idle.
long iterations();

}  // namespace prevplan::web::test
