#pragma once
// A finger on a touch screen, told apart as a tap or a drag: a tap clicks where the finger
// lifts; a finger that travels further than the slop scrolls what is under it and clicks
// nothing, so scrolling a list never presses the button it started on.

namespace prevplan {

class TouchGesture {
public:
    // `slop`: how far a finger may wander and still tap, in the coordinates it is given.
    explicit TouchGesture(float slop) : slop_(slop) {}

    struct Scroll {
        float dx = 0, dy = 0;  // how far the content follows the finger since the last move
    };
    void down(float x, float y);
    Scroll move(float x, float y);
    // Whether the finger tapped (it never went beyond the slop).
    bool up(float x, float y);
    void cancel() { touching_ = false; }
    bool touching() const { return touching_; }
    bool dragging() const { return touching_ && dragging_; }

private:
    float slop_;
    bool touching_ = false, dragging_ = false;
    float startX_ = 0, startY_ = 0, lastX_ = 0, lastY_ = 0;
};

}  // namespace prevplan
