#pragma once
// Long work (a file read, an import checked and compared) runs in slices between frames, so that
// the page keeps drawing its progress bar and answers Cancel.
#include <chrono>

namespace prevplan::ui {

// Work per frame: long enough that 10,000 rows take a few frames (each frame also draws and
// waits for the browser's next one), short enough that a click is answered within a tenth of a second.
constexpr std::chrono::milliseconds kWorkPerFrame{100};

// Calls `step` (one bounded piece of work; true once all is done) until it is done or this
// frame's time for work is spent; returns whether it is done.
template <class Step>
bool workForOneFrame(Step&& step) {
    const auto until = std::chrono::steady_clock::now() + kWorkPerFrame;
    while (std::chrono::steady_clock::now() < until)
        if (step()) return true;
    return false;
}

}  // namespace prevplan::ui
