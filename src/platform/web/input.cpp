// Input from the canvas and the window (see input.h): emscripten's html5 events turned into what
// the app and ImGui understand. Touch gestures are recognised in gestures.cpp, which is plain C++.
#include "platform/web/input.h"

#include <emscripten.h>
#include <emscripten/html5.h>

#include <algorithm>
#include <cfloat>
#include <string>
#include <vector>

#include "imgui.h"
#include "platform/web/gestures.h"
#include "platform/web/loop.h"
#include "ui/app.h"

namespace {

using golmok::web::Gesture;
using golmok::web::PixelRatio;
using golmok::web::Touched;
using golmok::web::TouchPhase;
using golmok::web::TouchPoint;

// One mouse state per frame: ImGui 1.86 has no input queue, and a press and release within one
// frame would be lost.
struct MouseStep {
    float x, y;  // device pixels; -FLT_MAX: nowhere (no hover left behind after a tap)
    bool down;
};

// The steps not yet given to ImGui, oldest first: a few at a time, so a plain vector read from
// `next` and emptied once read through.
struct MouseQueue {
    std::vector<MouseStep> steps;
    std::size_t next = 0;
    bool Empty() const { return next == steps.size(); }
    void Push(const MouseStep& s) { steps.push_back(s); }
    MouseStep& Last() { return steps.back(); }
    MouseStep Pop() {
        const MouseStep s = steps[next++];
        if (Empty()) Clear();
        return s;
    }
    void Clear() {
        steps.clear();
        next = 0;
    }
};

struct InputState {
    golmok::App* app = nullptr;
    MouseQueue mouseSteps;
    golmok::web::GestureRecognizer gestures;
};

InputState g;

void QueueTap(float cssX, float cssY) {
    const float x = cssX * PixelRatio(), y = cssY * PixelRatio();
    g.mouseSteps.Push({x, y, false});
    g.mouseSteps.Push({x, y, true});
    g.mouseSteps.Push({x, y, false});
    g.mouseSteps.Push({-FLT_MAX, -FLT_MAX, false});
}

// What a gesture asks, done in device pixels: a drag scrolls the screen or pans the map, a tap is
// a click ImGui sees over the next frames.
void Apply(const Gesture& gesture) {
    const float dpr = PixelRatio();
    if (gesture.drag) g.app->DragBy(gesture.dragX * dpr, gesture.dragY * dpr);
    if (gesture.zoom) g.app->ZoomMapAt(gesture.zoomLevels, gesture.zoomX * dpr, gesture.zoomY * dpr);
    if (gesture.tap) QueueTap(gesture.tapX, gesture.tapY);
}

EM_BOOL OnTouch(int type, const EmscriptenTouchEvent* e, void*) {
    const double now = emscripten_get_now();
    const TouchPhase phase = type == EMSCRIPTEN_EVENT_TOUCHSTART ? TouchPhase::kStart
                             : type == EMSCRIPTEN_EVENT_TOUCHMOVE ? TouchPhase::kMove
                             : type == EMSCRIPTEN_EVENT_TOUCHEND  ? TouchPhase::kEnd
                                                                  : TouchPhase::kCancel;
    constexpr int kMaxTouches = sizeof(EmscriptenTouchEvent::touches) / sizeof(EmscriptenTouchPoint);
    TouchPoint points[kMaxTouches];
    const int count = std::min(e->numTouches, kMaxTouches);
    for (int i = 0; i < count; ++i) {
        const EmscriptenTouchPoint& p = e->touches[i];
        points[i] = {p.identifier, static_cast<float>(p.targetX), static_cast<float>(p.targetY),
                     p.isChanged != 0};
    }
    Apply(g.gestures.OnTouch(phase, now, points, count, g.app->OnMap()));
    Touched();
    return EM_TRUE;  // the page behind never scrolls, zooms or sees mouse emulation
}

EM_BOOL OnMouse(int type, const EmscriptenMouseEvent* e, void*) {
    if (e->button != 0 && type != EMSCRIPTEN_EVENT_MOUSEMOVE) return EM_FALSE;
    const float dpr = PixelRatio();
    const float x = static_cast<float>(e->targetX) * dpr, y = static_cast<float>(e->targetY) * dpr;
    const bool down = type == EMSCRIPTEN_EVENT_MOUSEDOWN ||
                      (type == EMSCRIPTEN_EVENT_MOUSEMOVE && (e->buttons & 1));
    if (type == EMSCRIPTEN_EVENT_MOUSEMOVE && !g.mouseSteps.Empty()) {
        g.mouseSteps.Last().x = x;
        g.mouseSteps.Last().y = y;
    } else {
        g.mouseSteps.Push({x, y, down});
    }
    Touched();
    return EM_TRUE;
}

EM_BOOL OnMouseLeave(int, const EmscriptenMouseEvent*, void*) {
    g.mouseSteps.Push({-FLT_MAX, -FLT_MAX, false});
    Touched();
    return EM_TRUE;
}

EM_BOOL OnWheel(int, const EmscriptenWheelEvent* e, void*) {
    double dy = e->deltaY;
    if (e->deltaMode == DOM_DELTA_LINE) dy *= 40;
    if (e->deltaMode == DOM_DELTA_PAGE) dy *= 800;
    // On the map the wheel (and a trackpad pinch, which arrives as a wheel) zooms under the
    // pointer: 300 px of wheel is one zoom level.
    const float dpr = PixelRatio();
    const float x = static_cast<float>(e->mouse.targetX) * dpr;
    const float y = static_cast<float>(e->mouse.targetY) * dpr;
    if (!g.app->ZoomMapAt(-dy / 300.0, x, y)) g.app->ScrollBy(static_cast<float>(-dy) * dpr);
    Touched();
    return EM_TRUE;
}

EM_BOOL OnKey(int, const EmscriptenKeyboardEvent* e, void*) {
    if (std::string(e->key) == "Escape") {
        g.app->Apply(golmok::intent::Back{});
        Touched();
        return EM_TRUE;
    }
    return EM_FALSE;
}

}  // namespace

namespace golmok::web {

void InputInit(App& app) {
    g.app = &app;
    emscripten_set_touchstart_callback("#canvas", nullptr, EM_FALSE, OnTouch);
    emscripten_set_touchmove_callback("#canvas", nullptr, EM_FALSE, OnTouch);
    emscripten_set_touchend_callback("#canvas", nullptr, EM_FALSE, OnTouch);
    emscripten_set_touchcancel_callback("#canvas", nullptr, EM_FALSE, OnTouch);
    emscripten_set_mousedown_callback("#canvas", nullptr, EM_FALSE, OnMouse);
    emscripten_set_mouseup_callback("#canvas", nullptr, EM_FALSE, OnMouse);
    emscripten_set_mousemove_callback("#canvas", nullptr, EM_FALSE, OnMouse);
    emscripten_set_mouseleave_callback("#canvas", nullptr, EM_FALSE, OnMouseLeave);
    emscripten_set_wheel_callback("#canvas", nullptr, EM_FALSE, OnWheel);
    emscripten_set_keydown_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE, OnKey);
}

void InputNewFrame(double dtMs) {
    Apply(g.gestures.StepFling(dtMs));
    if (!g.mouseSteps.Empty()) {
        const MouseStep step = g.mouseSteps.Pop();
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = ImVec2(step.x, step.y);
        io.MouseDown[0] = step.down;
    }
}

bool InputPending() { return !g.mouseSteps.Empty() || g.gestures.Flinging(); }

double InputFlingSpeed() { return g.gestures.FlingSpeed(); }

void InputDrop() {
    g.mouseSteps.Clear();
    g.gestures.StopFling();
}

}  // namespace golmok::web
