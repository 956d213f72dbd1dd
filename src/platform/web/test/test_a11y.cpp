// The bench's switch for the screen-reader mirror (bench/mirror_frames.mjs): the frames of a big
// Observatory timed with the mirror and without it.
#include <emscripten.h>

#include "platform/web/a11y_hooks.h"

extern "C" {

EMSCRIPTEN_KEEPALIVE void prevplan_test_mirror(int on) { prevplan::web::a11y::setRecording(on != 0); }

}  // extern "C"
