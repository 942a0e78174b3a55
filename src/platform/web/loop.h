// What the frame loop (main.cpp) offers the rest of the web platform: asking for frames, and the
// canvas's pixel ratio. Plain declarations: no emscripten, GL or ImGui types.
#pragma once

namespace golmok::web {

// Something changed (input, a file, a call from the page): draw frames until the screen settles.
void Touched();
// Device pixels per CSS pixel as of the last sizing: at least 1 (0 before the first sizing).
float PixelRatio();
// Frames drawn since start-up.
long FramesDrawn();

}  // namespace golmok::web
