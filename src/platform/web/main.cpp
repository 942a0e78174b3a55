// The web platform's loop: start-up (WebGL2 context, ImGui, the renderer, the app) and frames
// drawn only when something changed. The other concerns each have their file beside this one:
// bridge (calls to and from shell.js), input and gestures, atlas_gl (fonts), renderer (WebGL2
// drawing), debug_state.
//
// [SECTION] index
//  - State: the canvas and the frame schedule
//  - Sizing: CSS size × devicePixelRatio
//  - Frames: render on demand, one more at each minute
//  - Window and WebGL context events
//  - main

#include <emscripten.h>
#include <emscripten/eventloop.h>
#include <emscripten/html5.h>
#include <GLES3/gl3.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <ctime>
#include <string>

#include "imgui.h"
#include "platform/web/atlas_gl.h"
#include "platform/web/bridge.h"
#include "platform/web/debug_state.h"
#include "platform/web/input.h"
#include "platform/web/loop.h"
#include "platform/web/renderer.h"
#include "platform/web/seam.h"
#include "ui/app.h"
#include "ui/kit/theme.h"

namespace {

using golmok::App;

// [SECTION] State

// Frames drawn after any input or change, so hover, press and release and the screen they lead
// to all reach the canvas.
constexpr int kSettleFrames = 3;

struct LoopState {
    App* app = nullptr;
    EMSCRIPTEN_WEBGL_CONTEXT_HANDLE gl = 0;
    bool contextLost = false;
    float dpr = 0;  // 0 until the first sizing
    int fbWidth = 0, fbHeight = 0;
    int settleFrames = 0;
    bool frameScheduled = false;
    bool minuteTimerSet = false;
    double lastFrameTime = 0;
    long framesDrawn = 0;
};

LoopState g;

void RequestFrame();

// [SECTION] Sizing

void UpdateSize() {
    double cssW = 0, cssH = 0;
    emscripten_get_element_css_size("#canvas", &cssW, &cssH);
    const float dpr = static_cast<float>(std::max(1.0, emscripten_get_device_pixel_ratio()));
    const int w = std::max(1, static_cast<int>(std::lround(cssW * dpr)));
    const int h = std::max(1, static_cast<int>(std::lround(cssH * dpr)));
    if (w != g.fbWidth || h != g.fbHeight) {
        emscripten_set_canvas_element_size("#canvas", w, h);
        g.fbWidth = w;
        g.fbHeight = h;
    }
    if (dpr != g.dpr) {
        g.dpr = dpr;
        golmok::theme::ApplyStyle(dpr);
        g.app->SetScale(dpr);
    }
    using golmok::web::SafeAreaInset;
    g.app->SetSafeArea(SafeAreaInset(golmok::web::kSafeAreaTop), SafeAreaInset(golmok::web::kSafeAreaRight),
                       SafeAreaInset(golmok::web::kSafeAreaBottom), SafeAreaInset(golmok::web::kSafeAreaLeft));
    ImGui::GetIO().DisplaySize = ImVec2(static_cast<float>(w), static_cast<float>(h));
}

// [SECTION] Frames

void DrawFrame(double now) {
    const double dtMs = g.lastFrameTime > 0 ? std::min(100.0, now - g.lastFrameTime) : 16.7;
    g.lastFrameTime = now;
    if (g.contextLost) return;

    UpdateSize();
    g.app->SetNow(static_cast<std::int64_t>(std::time(nullptr)));
    golmok::web::AtlasRebuildIfNeeded(g.dpr);
    if (!golmok::web::AtlasBuilt()) {
        // Nothing can be written without a font, and the canvas stays hidden until there is one:
        // no frame is drawn, and the page is told what the app knows (a failure, say).
        golmok::web::SyncPage();
        return;
    }
    golmok::web::InputNewFrame(dtMs);  // a fling moves on; the next mouse step reaches ImGui
    ImGuiIO& io = ImGui::GetIO();
    io.DeltaTime = static_cast<float>(std::max(dtMs, 1.0) / 1000.0);

    const double cppStart = emscripten_get_now();
    ImGui::NewFrame();
    const golmok::Screen before = g.app->State().screen;
    const std::string shopBefore = g.app->State().shopId;
    const golmok::MapView viewBefore = g.app->State().map.view;
    g.app->Frame();
    const golmok::MapView& view = g.app->State().map.view;
    const bool mapMoved = view.zoom != viewBefore.zoom || view.center.x != viewBefore.center.x ||
                          view.center.y != viewBefore.center.y;
    if (g.app->State().screen != before || g.app->State().shopId != shopBefore || mapMoved) {
        g.settleFrames = kSettleFrames;  // draw the screen (or map view) the frame's intents led to
    }
    ImGui::Render();
    golmok::web::RecordFrameTime(emscripten_get_now() - cppStart);

    if (!golmok::web::RendererDraw(ImGui::GetDrawData(), golmok::theme::Colors().background)) {
        g.contextLost = true;  // nothing more can be drawn
        golmok::web::FailPage(golmok::web::kFailNoWebgl);
        return;
    }
    ++g.framesDrawn;

    golmok::web::SyncPage();
}

bool NeedsAnotherFrame() {
    return golmok::web::InputPending() || g.settleFrames > 0;
}

// Opening states change with the clock ("closes 21:00" becomes "closed"): one frame at each
// minute boundary keeps them true while nothing else moves.
void OnMinute(void*) {
    g.minuteTimerSet = false;
    RequestFrame();
}

void ScheduleMinuteFrame() {
    if (g.minuteTimerSet) return;
    g.minuteTimerSet = true;
    const double msIntoMinute = std::fmod(emscripten_date_now(), 60000.0);
    emscripten_set_timeout(OnMinute, 60000.0 - msIntoMinute + 50.0, nullptr);
}

EM_BOOL OnAnimationFrame(double now, void*) {
    g.frameScheduled = false;
    DrawFrame(now);
    if (g.settleFrames > 0) --g.settleFrames;
    if (NeedsAnotherFrame()) {
        RequestFrame();
    } else {
        ScheduleMinuteFrame();
    }
    return EM_FALSE;
}

void RequestFrame() {
    if (g.frameScheduled) return;
    g.frameScheduled = true;
    emscripten_request_animation_frame(OnAnimationFrame, nullptr);
}

// [SECTION] Window and WebGL context events

EM_BOOL OnResize(int, const EmscriptenUiEvent*, void*) {
    golmok::web::Touched();
    return EM_FALSE;
}

EM_BOOL OnVisibility(int, const EmscriptenVisibilityChangeEvent* e, void*) {
    if (!e->hidden) golmok::web::Touched();
    return EM_FALSE;
}

EM_BOOL OnContextLost(int, const void*, void*) {
    g.contextLost = true;
    // Nothing can be drawn until it is restored: drop what would keep frames coming.
    golmok::web::InputDrop();
    g.settleFrames = 0;
    golmok::web::AtlasContextLost();
    return EM_TRUE;
}

EM_BOOL OnContextRestored(int, const void*, void*) {
    // Everything on the GPU is gone: make the renderer's shaders and buffers and the font texture
    // again.
    emscripten_webgl_make_context_current(g.gl);
    golmok::web::RendererInit();
    golmok::web::AtlasContextRestored();
    g.contextLost = false;
    golmok::web::Touched();
    return EM_TRUE;
}

}  // namespace

namespace golmok::web {

void Touched() {
    g.settleFrames = kSettleFrames;
    RequestFrame();
}

float PixelRatio() { return g.dpr; }

long FramesDrawn() { return g.framesDrawn; }

}  // namespace golmok::web

// [SECTION] main

int main() {
    App& app = golmok::web::CreateApp();
    g.app = &app;

    EmscriptenWebGLContextAttributes attrs;
    emscripten_webgl_init_context_attributes(&attrs);
    attrs.majorVersion = 2;
    attrs.minorVersion = 0;
    // The script has most likely made the context already (seam.h): this finds it.
    attrs.alpha = golmok::web::kGlAlpha;
    attrs.depth = golmok::web::kGlDepth;
    attrs.stencil = golmok::web::kGlStencil;
    attrs.antialias = golmok::web::kGlAntialias;
    attrs.powerPreference = golmok::web::kGlPowerPreference;
    g.gl = emscripten_webgl_create_context("#canvas", &attrs);
    if (g.gl <= 0) {
        golmok::web::FailPage(golmok::web::kFailNoWebgl);
        return 0;
    }
    emscripten_webgl_make_context_current(g.gl);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // nothing to persist between visits
    io.MouseDrawCursor = false;
    golmok::web::RendererInit();
    golmok::web::AtlasInit(app, golmok::web::FontRequests());
    UpdateSize();

    golmok::web::InputInit(app);
    emscripten_set_resize_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE, OnResize);
    emscripten_set_visibilitychange_callback(nullptr, EM_FALSE, OnVisibility);
    emscripten_set_webglcontextlost_callback("#canvas", nullptr, EM_FALSE, OnContextLost);
    emscripten_set_webglcontextrestored_callback("#canvas", nullptr, EM_FALSE, OnContextRestored);
    golmok::web::BridgeReady();
    return 0;
}
