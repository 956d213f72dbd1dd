#pragma once
// Limits on what a file read from outside may hold (docs/format.md, "Limits"): a workspace, a DGASPC
// package, an encrypted envelope, a CSV. A workspace of a commune with 50,000 children is about 64 MB
// and 2 million JSON values (the demo generator: 1,280 bytes and 39 values a child), so the figures
// leave room for three times that and keep a hostile file from exhausting the browser's memory or stack.
#include <cstddef>

namespace prevplan {

constexpr std::size_t kMaxDocumentBytes = 100'000'000;
constexpr std::size_t kMaxJsonValues = 8'000'000;
constexpr int kMaxJsonDepth = 64;             // arrays and objects inside each other; PrevPlan writes 11
constexpr std::size_t kMaxCsvColumns = 1000;  // the Observatory's own export has far fewer
constexpr std::size_t kMaxErrors = 200;       // errors kept of one file, then "… errors not shown: N"
// The largest serial a plan's ids may carry (next_serial): far from overflow in newId() even where
// `long` has 32 bits, as in the browser build.
constexpr long kMaxSerial = 1'000'000'000;

}  // namespace prevplan
