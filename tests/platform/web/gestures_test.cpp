// The touch gesture recogniser of the web page, driven with made-up touches (CSS px, ms).
#include "platform/web/gestures.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace {

using golmok::web::Gesture;
using golmok::web::GestureRecognizer;
using golmok::web::TouchPhase;
using golmok::web::TouchPoint;

// A recogniser with a clock, fed one event at a time.
struct Fingers {
    GestureRecognizer recognizer;
    double now = 1000;
    bool onMap = false;

    Gesture Send(TouchPhase phase, std::vector<TouchPoint> touches, double afterMs = 16) {
        now += afterMs;
        return recognizer.OnTouch(phase, now, touches.data(), static_cast<int>(touches.size()), onMap);
    }
    Gesture Down(float x, float y, long id = 1) { return Send(TouchPhase::kStart, {{id, x, y, true}}); }
    Gesture Move(float x, float y, long id = 1) { return Send(TouchPhase::kMove, {{id, x, y, true}}); }
    Gesture Up(float x, float y, long id = 1, double afterMs = 16) {
        return Send(TouchPhase::kEnd, {{id, x, y, true}}, afterMs);
    }
};

TEST(Gestures, AFingerLiftedWithinTheSlopTapsWhereItWentDown) {
    Fingers f;
    EXPECT_FALSE(f.Down(100, 200).tap);
    EXPECT_FALSE(f.Move(104, 203).drag);
    const Gesture g = f.Up(104, 203);
    EXPECT_TRUE(g.tap);
    EXPECT_FLOAT_EQ(g.tapX, 100);
    EXPECT_FLOAT_EQ(g.tapY, 200);
    EXPECT_FALSE(g.drag);
}

TEST(Gestures, AFingerPastTheSlopDragsByWhatItMoved) {
    Fingers f;
    f.Down(100, 200);
    Gesture g = f.Move(100, 215);
    EXPECT_TRUE(g.drag);
    EXPECT_FLOAT_EQ(g.dragX, 0);
    EXPECT_FLOAT_EQ(g.dragY, 15);  // from the last point: the first move carries the slop too
    g = f.Move(100, 225);
    EXPECT_TRUE(g.drag);
    EXPECT_FLOAT_EQ(g.dragY, 10);
}

TEST(Gestures, ATapNeverFiresAfterADragEvenBackWithinTheSlop) {
    Fingers f;
    f.Down(100, 200);
    f.Move(100, 230);
    f.Move(100, 201);
    const Gesture g = f.Up(100, 201, 1, 200);
    EXPECT_FALSE(g.tap);
}

TEST(Gestures, AFingerThatLiftsWhileMovingFlingsAndTheFlingDecaysThenStops) {
    Fingers f;
    f.Down(100, 400);
    for (int i = 1; i <= 5; ++i) f.Move(100, 400 - 20.0f * i);
    f.Up(100, 300, 1, 10);
    ASSERT_TRUE(f.recognizer.Flinging());
    double speed = f.recognizer.FlingSpeed();
    EXPECT_GT(speed, 0.5);
    const Gesture first = f.recognizer.StepFling(1000.0 / 60.0);
    EXPECT_TRUE(first.drag);
    EXPECT_LT(first.dragY, 0);  // on in the direction the finger went (up)
    EXPECT_FLOAT_EQ(first.dragX, 0);
    EXPECT_NEAR(f.recognizer.FlingSpeed(), speed * golmok::web::kFlingDecayPerFrame, 1e-9);
    int frames = 1;
    while (f.recognizer.Flinging() && frames < 1000) {
        speed = f.recognizer.FlingSpeed();
        const Gesture step = f.recognizer.StepFling(1000.0 / 60.0);
        EXPECT_TRUE(step.drag);
        EXPECT_LT(f.recognizer.FlingSpeed(), speed);
        ++frames;
    }
    EXPECT_FALSE(f.recognizer.Flinging());
    EXPECT_LT(frames, 100);
    EXPECT_FALSE(f.recognizer.StepFling(16).drag);
}

TEST(Gestures, AFingerThatRestsBeforeLiftingDoesNotFling) {
    Fingers f;
    f.Down(100, 400);
    f.Move(100, 350);
    f.Up(100, 350, 1, golmok::web::kFlingRestMs + 50);
    EXPECT_FALSE(f.recognizer.Flinging());
}

TEST(Gestures, ListsFlingUpAndDownOnlyTheMapEveryWay) {
    for (const bool onMap : {false, true}) {
        Fingers f;
        f.onMap = onMap;
        f.Down(100, 100);
        f.Move(130, 130);
        f.Move(160, 160);
        f.Up(160, 160, 1, 10);
        ASSERT_TRUE(f.recognizer.Flinging());
        const Gesture g = f.recognizer.StepFling(16);
        EXPECT_GT(g.dragY, 0);
        if (onMap) {
            EXPECT_GT(g.dragX, 0);
        } else {
            EXPECT_FLOAT_EQ(g.dragX, 0);
        }
    }
}

TEST(Gestures, ATouchThatStopsAFlingIsNotATap) {
    Fingers f;
    f.Down(100, 400);
    f.Move(100, 350);
    f.Up(100, 350, 1, 10);
    ASSERT_TRUE(f.recognizer.Flinging());
    f.Down(50, 50);
    EXPECT_FALSE(f.recognizer.Flinging());
    EXPECT_FALSE(f.Up(50, 50).tap);
    // The next touch taps again.
    f.Down(50, 50);
    EXPECT_TRUE(f.Up(50, 50).tap);
}

TEST(Gestures, APinchOnTheMapZoomsAroundTheFingersCentroid) {
    Fingers f;
    f.onMap = true;
    f.Down(100, 100, 1);
    f.Send(TouchPhase::kStart, {{1, 100, 100, false}, {2, 200, 100, true}});
    // Both spread by 50 each way: twice the distance around the same midpoint (150, 100).
    const Gesture g = f.Send(TouchPhase::kMove, {{1, 50, 100, true}, {2, 250, 100, true}});
    EXPECT_TRUE(g.zoom);
    EXPECT_DOUBLE_EQ(g.zoomLevels, 1.0);
    EXPECT_FLOAT_EQ(g.zoomX, 150);
    EXPECT_FLOAT_EQ(g.zoomY, 100);
    EXPECT_TRUE(g.drag);
    EXPECT_FLOAT_EQ(g.dragX, 0);
    EXPECT_FLOAT_EQ(g.dragY, 0);
    // Both move down together: a pan by the midpoint's move, no zoom.
    const Gesture pan = f.Send(TouchPhase::kMove, {{1, 50, 130, true}, {2, 250, 130, true}});
    EXPECT_TRUE(pan.drag);
    EXPECT_FLOAT_EQ(pan.dragY, 30);
    EXPECT_DOUBLE_EQ(pan.zoomLevels, 0.0);
    // Neither a tap nor a fling when both lift.
    EXPECT_FALSE(f.Send(TouchPhase::kEnd, {{1, 50, 130, true}, {2, 250, 130, true}}, 5).tap);
    EXPECT_FALSE(f.recognizer.Flinging());
}

TEST(Gestures, TwoFingersOffTheMapNeverPinchNorTap) {
    Fingers f;
    f.Down(100, 100, 1);
    f.Send(TouchPhase::kStart, {{1, 100, 100, false}, {2, 200, 100, true}});
    const Gesture g = f.Send(TouchPhase::kMove, {{1, 100, 102, true}, {2, 260, 100, true}});
    EXPECT_FALSE(g.zoom);
    EXPECT_FALSE(f.Send(TouchPhase::kEnd, {{1, 100, 102, true}, {2, 260, 100, false}}).tap);
}

TEST(Gestures, AfterAPinchTheFingerLeftPansFromWhereItIs) {
    Fingers f;
    f.onMap = true;
    f.Down(100, 100, 1);
    f.Send(TouchPhase::kStart, {{1, 100, 100, false}, {2, 200, 100, true}});
    f.Send(TouchPhase::kMove, {{1, 90, 100, true}, {2, 210, 100, true}});
    // The first finger lifts; the second stays and then moves by 5: no jump from the first's place.
    const Gesture lifted = f.Send(TouchPhase::kEnd, {{1, 90, 100, true}, {2, 210, 100, false}});
    EXPECT_FALSE(lifted.tap);
    EXPECT_FALSE(lifted.drag);
    const Gesture g = f.Move(215, 100, 2);
    EXPECT_TRUE(g.drag);
    EXPECT_FLOAT_EQ(g.dragX, 5);
    EXPECT_FLOAT_EQ(g.dragY, 0);
    EXPECT_FALSE(g.zoom);
    EXPECT_FALSE(f.Up(215, 100, 2).tap);
}

TEST(Gestures, ACancelledTouchNeverTaps) {
    Fingers f;
    f.Down(100, 100);
    EXPECT_FALSE(f.Send(TouchPhase::kCancel, {{1, 100, 100, true}}).tap);
    f.Down(100, 100);
    f.Move(100, 150);
    f.Send(TouchPhase::kCancel, {{1, 100, 150, true}}, 5);
    // A cancel in the middle of a drag flings as a lift would; the next touch starts afresh.
    EXPECT_TRUE(f.recognizer.Flinging());
    f.recognizer.StopFling();
    f.Down(300, 300);
    EXPECT_TRUE(f.Up(300, 300).tap);
}

TEST(Gestures, ADoubleTapOnTheMapZoomsInOneLevelInsteadOfTapping) {
    Fingers f;
    f.onMap = true;
    f.Down(100, 100);
    EXPECT_TRUE(f.Up(100, 100).tap);
    f.Down(110, 105);
    const Gesture g = f.Up(110, 105);
    EXPECT_FALSE(g.tap);
    EXPECT_TRUE(g.zoom);
    EXPECT_DOUBLE_EQ(g.zoomLevels, 1.0);
    EXPECT_FLOAT_EQ(g.zoomX, 110);
    // A third tap starts over: a tap again.
    f.Down(110, 105);
    EXPECT_TRUE(f.Up(110, 105).tap);
}

TEST(Gestures, TwoQuickTapsOffTheMapAreTwoTaps) {
    Fingers f;
    f.Down(100, 100);
    EXPECT_TRUE(f.Up(100, 100).tap);
    f.Down(100, 100);
    const Gesture g = f.Up(100, 100);
    EXPECT_TRUE(g.tap);
    EXPECT_FALSE(g.zoom);
}

}  // namespace
