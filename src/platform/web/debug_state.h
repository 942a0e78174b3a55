// What the page tells its end-to-end tests and tools (golmok_debug_state, golmok_frame_times).
// Reads the other parts of the web platform; nothing depends on it but the frame loop's timing.
#pragma once

namespace golmok::web {

// The C++ time of one frame, NewFrame → Render, in ms: kept for golmok_frame_times.
void RecordFrameTime(double ms);

}  // namespace golmok::web
