// The calls between the page's script (shell/shell.js) and the program: what the app asks of the
// page, the files and events the page hands in, and the page's own inputs kept over the canvas.
// The one file that speaks to shell.js; it knows nothing of GL, touch gestures or frame timing.
#pragma once

#include "platform/web/atlas_gl.h"

namespace golmok {
class App;
}

namespace golmok::web {

// Makes the app, its requests (App::Host) wired to the page by name; once, at start-up.
App& CreateApp();
// How the atlas asks the page for font pieces.
AtlasRequests FontRequests();
// WebGL2 and ImGui are up: from now on calls from the page reach the app.
void BridgeReady();
// The app once the page is up; nullptr before, when calls from the page are ignored.
App* ReadyApp();
// After each frame: the page's search input and editor fields over the boxes the frame drew, the
// location hash, the title and the screen reader announcement; the canvas revealed once it has
// something to show and the fonts to show it with.
void SyncPage();
// The page's safe-area insets in CSS px, by side: 0 top, 1 right, 2 bottom, 3 left.
float SafeAreaInset(int side);
// Replaces the page by a message that it cannot run here, and why ("webgl").
void FailPage(const char* reason);

}  // namespace golmok::web
