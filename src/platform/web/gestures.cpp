// Touch gestures (see gestures.h). Standard library only.
#include "platform/web/gestures.h"

#include <algorithm>
#include <cmath>

namespace golmok::web {

namespace {

const TouchPoint* FindTouch(const TouchPoint* touches, int count, long id, bool changedOnly) {
    for (int i = 0; i < count; ++i) {
        if (touches[i].id == id && (!changedOnly || touches[i].changed)) return &touches[i];
    }
    return nullptr;
}

}  // namespace

Gesture GestureRecognizer::OnTouch(TouchPhase phase, double nowMs, const TouchPoint* touches, int count,
                                   bool onMap) {
    Gesture out;
    if (phase == TouchPhase::kStart) {
        Start(nowMs, touches, count, onMap);
    } else if (phase == TouchPhase::kMove && m_active) {
        Move(nowMs, touches, count, &out);
    } else if ((phase == TouchPhase::kEnd || phase == TouchPhase::kCancel) && m_active) {
        Lift(phase, nowMs, touches, count, onMap, &out);
    }
    return out;
}

void GestureRecognizer::Start(double nowMs, const TouchPoint* touches, int count, bool onMap) {
    const bool stoppedFling = Flinging();
    StopFling();  // a finger on the screen stops a fling
    if (!m_active && count == 1) {
        const TouchPoint& p = touches[0];
        m_active = true;
        m_dragging = stoppedFling;  // a touch that stops the list is not a tap on it
        m_id = p.id;
        m_startX = m_lastX = p.x;
        m_startY = m_lastY = p.y;
        m_lastTime = nowMs;
        m_velocityX = m_velocityY = 0;
        m_pinching = false;
        m_id2 = 0;
        m_lastX2 = m_lastY2 = 0;
    } else if (count > 1) {
        m_dragging = true;  // a second finger: never a tap
        const TouchPoint* first = m_active ? FindTouch(touches, count, m_id, false) : nullptr;
        if (onMap && first && !m_pinching) {
            for (int i = 0; i < count; ++i) {
                if (touches[i].id == m_id) continue;
                m_pinching = true;
                m_id2 = touches[i].id;
                m_lastX = first->x, m_lastY = first->y;
                m_lastX2 = touches[i].x, m_lastY2 = touches[i].y;
                break;
            }
        }
    }
}

void GestureRecognizer::Move(double nowMs, const TouchPoint* touches, int count, Gesture* out) {
    if (m_pinching) {
        const TouchPoint* a = FindTouch(touches, count, m_id, false);
        const TouchPoint* b = FindTouch(touches, count, m_id2, false);
        if (!a || !b) return;
        const float midX = (a->x + b->x) / 2, midY = (a->y + b->y) / 2;
        const float before = std::hypot(m_lastX2 - m_lastX, m_lastY2 - m_lastY);
        const float after = std::hypot(b->x - a->x, b->y - a->y);
        // The map follows the fingers' midpoint and scales with their distance.
        out->drag = true;
        out->dragX = midX - (m_lastX + m_lastX2) / 2;
        out->dragY = midY - (m_lastY + m_lastY2) / 2;
        if (before > 1 && after > 1) {
            out->zoom = true;
            out->zoomLevels = std::log2(after / before);
            out->zoomX = midX;
            out->zoomY = midY;
        }
        m_lastX = a->x, m_lastY = a->y, m_lastX2 = b->x, m_lastY2 = b->y;
        return;
    }
    const TouchPoint* p = FindTouch(touches, count, m_id, false);
    if (!p) return;
    if (!m_dragging && std::hypot(p->x - m_startX, p->y - m_startY) > kTapSlopCss) m_dragging = true;
    if (!m_dragging) return;
    const float dx = p->x - m_lastX, dy = p->y - m_lastY;
    const double dt = std::max(1.0, nowMs - m_lastTime);
    m_velocityX = 0.6 * (dx / dt) + 0.4 * m_velocityX;
    m_velocityY = 0.6 * (dy / dt) + 0.4 * m_velocityY;
    out->drag = true;
    out->dragX = dx;
    out->dragY = dy;
    m_lastX = p->x;
    m_lastY = p->y;
    m_lastTime = nowMs;
}

void GestureRecognizer::Lift(TouchPhase phase, double nowMs, const TouchPoint* touches, int count, bool onMap,
                             Gesture* out) {
    if (m_pinching) {
        // One of the two lifted: the other goes on panning, from where it is (no jump).
        const bool firstLifted = FindTouch(touches, count, m_id, true) != nullptr;
        const bool secondLifted = FindTouch(touches, count, m_id2, true) != nullptr;
        if (!firstLifted && !secondLifted) return;
        m_pinching = false;
        if (firstLifted) {
            m_id = m_id2;
            m_lastX = m_lastX2;
            m_lastY = m_lastY2;
        }
        m_velocityX = m_velocityY = 0;
        m_lastTime = nowMs;
        if (firstLifted && secondLifted) m_active = false;
        return;
    }
    if (!FindTouch(touches, count, m_id, true)) return;
    if (!m_dragging && phase == TouchPhase::kEnd) {
        Tap(m_startX, m_startY, nowMs, onMap, out);
    } else if (m_dragging && nowMs - m_lastTime < kFlingRestMs) {
        // Lists fling up and down only.
        m_flingX = onMap ? m_velocityX : 0;
        m_flingY = m_velocityY;
    }
    m_active = false;
}

// A tap, or on the map the second tap of a double tap, which zooms in there instead.
void GestureRecognizer::Tap(float x, float y, double nowMs, bool onMap, Gesture* out) {
    if (onMap && nowMs - m_lastTapTime < kDoubleTapMs &&
        std::hypot(x - m_lastTapX, y - m_lastTapY) < kDoubleTapSlopCss) {
        out->zoom = true;
        out->zoomLevels = 1;
        out->zoomX = x;
        out->zoomY = y;
        m_lastTapTime = -1e9;
        return;
    }
    out->tap = true;
    out->tapX = x;
    out->tapY = y;
    m_lastTapTime = nowMs;
    m_lastTapX = x;
    m_lastTapY = y;
}

Gesture GestureRecognizer::StepFling(double dtMs) {
    Gesture out;
    if (!Flinging()) return out;
    out.drag = true;
    out.dragX = static_cast<float>(m_flingX * dtMs);
    out.dragY = static_cast<float>(m_flingY * dtMs);
    const double decay = std::pow(kFlingDecayPerFrame, dtMs / (1000.0 / 60.0));
    m_flingX *= decay;
    m_flingY *= decay;
    if (FlingSpeed() < kFlingStopSpeed) StopFling();
    return out;
}

double GestureRecognizer::FlingSpeed() const { return std::hypot(m_flingX, m_flingY); }

}  // namespace golmok::web
