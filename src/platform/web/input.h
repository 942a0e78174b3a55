// Input from the canvas and the window (emscripten's html5 events): touches through the gesture
// recogniser, mouse, wheel and keys, applied to the app and, one mouse step a frame, to ImGui.
// Makes no calls to the page's script.
#pragma once

namespace golmok {
class App;
}

namespace golmok::web {

// Registers the input callbacks; once, at start-up.
void InputInit(App& app);
// Before each frame, `dtMs` after the previous one: a fling moves on, and the next queued mouse
// step reaches ImGui's io.
void InputNewFrame(double dtMs);
// Mouse steps wait to be drawn, or a fling is moving: more frames are needed.
bool InputPending();
// How fast a fling moves, CSS px per ms (0: none).
double InputFlingSpeed();
// Drops the queued mouse steps and any fling (nothing can be drawn: the WebGL context is lost).
void InputDrop();

}  // namespace golmok::web
