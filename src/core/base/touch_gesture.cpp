#include "core/base/touch_gesture.h"

namespace prevplan {

void TouchGesture::down(float x, float y) {
    touching_ = true;
    dragging_ = false;
    startX_ = lastX_ = x;
    startY_ = lastY_ = y;
}

TouchGesture::Scroll TouchGesture::move(float x, float y) {
    Scroll scroll;
    if (!touching_) return scroll;
    const float fromX = x - startX_, fromY = y - startY_;
    if (!dragging_ && fromX * fromX + fromY * fromY > slop_ * slop_) dragging_ = true;
    if (!dragging_) return scroll;
    scroll = {x - lastX_, y - lastY_};
    lastX_ = x;
    lastY_ = y;
    return scroll;
}

bool TouchGesture::up(float x, float y) {
    if (!touching_) return false;
    move(x, y);
    touching_ = false;
    return !dragging_;
}

}  // namespace prevplan
