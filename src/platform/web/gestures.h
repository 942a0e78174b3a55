// Touch gestures on the canvas: tap, double tap, drag, fling and two-finger pinch, recognised from
// touch points with timestamps (CSS px, ms). Plain C++: no emscripten, no ImGui, no app; the web
// platform feeds it the browser's touches and applies what it reports. Built and tested natively.
#pragma once

namespace golmok::web {

// A finger that moves farther than this (CSS px) before lifting drags; it never taps.
constexpr float kTapSlopCss = 10.0f;
// A second tap within this time (ms) and distance (CSS px) of the first zooms the map in.
constexpr double kDoubleTapMs = 350;
constexpr float kDoubleTapSlopCss = 30;
// A finger that rests this long (ms) before lifting does not fling.
constexpr double kFlingRestMs = 100;
// Kinetic scrolling: velocity kept per 60 Hz frame after the finger lifts, and the speed
// (CSS px per ms) below which it stops.
constexpr double kFlingDecayPerFrame = 0.92;
constexpr double kFlingStopSpeed = 0.02;

// One finger as the browser reports it. `changed`: among the fingers this event is about (on an
// end or a cancel, the ones that lifted).
struct TouchPoint {
    long id = 0;
    float x = 0, y = 0;  // CSS px
    bool changed = false;
};

enum class TouchPhase { kStart, kMove, kEnd, kCancel };

// What one touch event, or one frame of a fling, asks of the screen, in CSS px; applied in this
// order: drag, zoom, tap.
struct Gesture {
    bool drag = false;  // move the content with the fingers: scroll a screen, pan the map
    float dragX = 0, dragY = 0;
    bool zoom = false;  // zoom the map by `zoomLevels` (1 doubles the scale) around (zoomX, zoomY)
    double zoomLevels = 0;
    float zoomX = 0, zoomY = 0;
    bool tap = false;  // a click at (tapX, tapY)
    float tapX = 0, tapY = 0;
};

// One finger drags (scrolls a screen, pans the map) and flings when it lifts while moving; a finger
// that stays within the slop taps. On the map a second finger pinches, zooming around the point
// between the two, and a double tap zooms in. Whether the map is under the fingers is the caller's
// to say with each event.
class GestureRecognizer {
public:
    // `touches`: every finger on the canvas, `count` of them.
    Gesture OnTouch(TouchPhase phase, double nowMs, const TouchPoint* touches, int count, bool onMap);
    // A frame `dtMs` after the previous one: how far the fling moves the content, then slows it.
    Gesture StepFling(double dtMs);
    bool Flinging() const { return m_flingX != 0 || m_flingY != 0; }
    double FlingSpeed() const;  // CSS px per ms
    void StopFling() { m_flingX = m_flingY = 0; }

private:
    void Start(double nowMs, const TouchPoint* touches, int count, bool onMap);
    void Move(double nowMs, const TouchPoint* touches, int count, Gesture* out);
    void Lift(TouchPhase phase, double nowMs, const TouchPoint* touches, int count, bool onMap, Gesture* out);
    void Tap(float x, float y, double nowMs, bool onMap, Gesture* out);

    // The finger being followed, and the second one while pinching.
    bool m_active = false;
    bool m_dragging = false;  // past the slop, or never a tap for another reason
    long m_id = 0;
    float m_startX = 0, m_startY = 0, m_lastX = 0, m_lastY = 0;
    double m_lastTime = 0;
    double m_velocityX = 0, m_velocityY = 0;  // CSS px per ms, smoothed
    bool m_pinching = false;
    long m_id2 = 0;
    float m_lastX2 = 0, m_lastY2 = 0;

    double m_flingX = 0, m_flingY = 0;  // CSS px per ms
    double m_lastTapTime = -1e9;
    float m_lastTapX = 0, m_lastTapY = 0;
};

}  // namespace golmok::web
