#include "core/domain/geo.h"

#include <gtest/gtest.h>

#include <cmath>

namespace golmok {
namespace {

TEST(Project, KnownPointsLandWhereTheTileConventionPutsThem) {
    const WorldPoint origin = Project(LatLon{0, 0});
    EXPECT_DOUBLE_EQ(origin.x, 128);
    EXPECT_NEAR(origin.y, 128, 1e-9);
    EXPECT_NEAR(Project(LatLon{0, -180}).x, 0, 1e-9);
    EXPECT_NEAR(Project(LatLon{85.0511287798066, 0}).y, 0, 1e-6);
    // 한성대입구역, about 37.5884 N 127.0063 E: at zoom 16 it lies in tile x 55888, y 25373
    // (the slippy-map tile formula, worked out separately).
    const WorldPoint station = Project(LatLon{37.5884, 127.0063});
    EXPECT_EQ(static_cast<int>(station.x * 65536 / 256), 55888);
    EXPECT_EQ(static_cast<int>(station.y * 65536 / 256), 25373);
}

TEST(Project, UnprojectReturnsTheSamePlace) {
    for (double lat : {-60.0, -1.5, 0.0, 37.4661, 37.5884, 80.0}) {
        for (double lon : {-170.0, 0.0, 126.8983, 127.0063}) {
            const LatLon back = Unproject(Project(LatLon{lat, lon}));
            EXPECT_NEAR(back.lat, lat, 1e-9);
            EXPECT_NEAR(back.lon, lon, 1e-9);
        }
    }
}

TEST(Project, PolesAreClampedNotInfinite) {
    EXPECT_TRUE(std::isfinite(Project(LatLon{90, 0}).y));
    EXPECT_TRUE(std::isfinite(Project(LatLon{-90, 0}).y));
}

TEST(MetresPerWorldUnit, ShrinksTowardsThePoles) {
    EXPECT_NEAR(MetresPerWorldUnit(0), 156543.03, 0.1);
    EXPECT_NEAR(MetresPerWorldUnit(37.5), 156543.03 * std::cos(37.5 * M_PI / 180), 0.1);
}

TEST(MapView, ScreenAndWorldRoundTrip) {
    MapView v;
    v.center = Project(LatLon{37.466, 126.898});
    v.zoom = 17.5;
    double sx, sy;
    v.ToScreen(v.center, &sx, &sy);
    EXPECT_DOUBLE_EQ(sx, 195);
    EXPECT_DOUBLE_EQ(sy, 422);
    const WorldPoint w = v.ToWorld(10, 700);
    v.ToScreen(w, &sx, &sy);
    EXPECT_NEAR(sx, 10, 1e-6);
    EXPECT_NEAR(sy, 700, 1e-6);
}

std::vector<WorldPoint> Grid(int n, double step) {
    std::vector<WorldPoint> pts;
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < n; ++j) pts.push_back(WorldPoint{100 + i * step, 50 + j * step});
    }
    return pts;
}

TEST(PointIndex, InRectMatchesAScanOfEveryPoint) {
    const std::vector<WorldPoint> pts = Grid(30, 0.001);
    PointIndex index;
    index.Build(pts, 0.004);
    const double x0 = 100.0051, y0 = 50.0102, x1 = 100.0133, y1 = 50.0201;
    std::vector<std::size_t> expected;
    for (std::size_t i = 0; i < pts.size(); ++i) {
        if (pts[i].x >= x0 && pts[i].x <= x1 && pts[i].y >= y0 && pts[i].y <= y1) expected.push_back(i);
    }
    EXPECT_EQ(index.InRect(x0, y0, x1, y1), expected);
    EXPECT_EQ(index.InRect(0, 0, 1000, 1000).size(), pts.size());
    EXPECT_TRUE(index.InRect(1, 1, 0, 0).empty());
}

TEST(PointIndex, NearestFindsTheClosestWithinTheRadius) {
    PointIndex index;
    const std::vector<WorldPoint> pts = {{10, 10}, {10.002, 10}, {10.0045, 10}};
    index.Build(pts, 0.001);
    EXPECT_EQ(index.Nearest(WorldPoint{10.0019, 10.0001}, 0.001), 1);
    EXPECT_EQ(index.Nearest(WorldPoint{10.003, 10}, 0.0005), -1);
    EXPECT_EQ(index.Nearest(WorldPoint{10.001, 10}, 0.002), 0);  // a tie goes to the lower index
}

TEST(ClusterPoints, CrowdedPinsJoinAndSplitAsTheMapZoomsIn) {
    // Three shops within a few metres and one a street away.
    std::vector<WorldPoint> pts = {Project(LatLon{37.46600, 126.89800}), Project(LatLon{37.46601, 126.89801}),
                                   Project(LatLon{37.46602, 126.89799}), Project(LatLon{37.46700, 126.89900})};
    PointIndex index;
    index.Build(pts, 0.0005);
    MapView far;
    far.center = pts[0];
    far.zoom = 17;  // about 1.2 m a pixel here: the three are one pin, the fourth 90 px away
    const auto atFar = ClusterPoints(index, pts, far, 44);
    ASSERT_EQ(atFar.size(), 2u);
    EXPECT_EQ(atFar[0].members, (std::vector<std::size_t>{0, 1, 2}));
    EXPECT_EQ(atFar[1].members, (std::vector<std::size_t>{3}));

    MapView close = far;
    close.zoom = 24;
    const auto atClose = ClusterPoints(index, pts, close, 44);
    // At zoom 24 (about 1 cm a pixel) the three, a metre apart, are pins of their own; the
    // fourth is off screen.
    ASSERT_EQ(atClose.size(), 3u);
    for (const Cluster& c : atClose) EXPECT_EQ(c.members.size(), 1u);
}

TEST(ClusterPoints, IsStableForTheSameView) {
    const std::vector<WorldPoint> pts = Grid(20, 0.00002);
    PointIndex index;
    index.Build(pts, 0.0001);
    MapView v;
    v.center = pts[210];
    v.zoom = 18;
    const auto a = ClusterPoints(index, pts, v, 44);
    const auto b = ClusterPoints(index, pts, v, 44);
    ASSERT_EQ(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i) EXPECT_EQ(a[i].members, b[i].members);
}

TEST(ClusterPoints, GroupsAsAScanOfEveryEarlierClusterWould) {
    // The reference: each visible point, in index order, joins the first cluster (in the order
    // they were made) whose first member is closer than the distance, else starts one.
    std::vector<WorldPoint> pts;
    unsigned seed = 12345;
    const auto next = [&] { seed = seed * 1103515245u + 12345u; return (seed >> 8) / double(1 << 24); };
    for (int i = 0; i < 3000; ++i) pts.push_back(WorldPoint{218.0 + next() * 0.01, 99.0 + next() * 0.01});
    PointIndex index;
    index.Build(pts, 0.0002);
    MapView v;
    v.center = WorldPoint{218.005, 99.005};
    v.width = 1170;
    v.height = 2360;
    for (double zoom : {16.0, 17.5, 19.0}) {
        v.zoom = zoom;
        const auto got = ClusterPoints(index, pts, v, 120);
        std::vector<std::vector<std::size_t>> want;
        std::vector<std::pair<double, double>> anchors;
        const WorldPoint a = v.ToWorld(-120, -120), b = v.ToWorld(v.width + 120, v.height + 120);
        for (std::size_t i : index.InRect(a.x, a.y, b.x, b.y)) {
            double x, y;
            v.ToScreen(pts[i], &x, &y);
            std::size_t c = 0;
            while (c < anchors.size() && std::hypot(anchors[c].first - x, anchors[c].second - y) >= 120) ++c;
            if (c == anchors.size()) {
                anchors.emplace_back(x, y);
                want.emplace_back();
            }
            want[c].push_back(i);
        }
        ASSERT_EQ(got.size(), want.size()) << "zoom " << zoom;
        for (std::size_t c = 0; c < want.size(); ++c) EXPECT_EQ(got[c].members, want[c]) << "zoom " << zoom;
    }
}

TEST(ZoomAround, KeepsThePointUnderTheFingersInPlace) {
    MapView v;
    v.center = Project(LatLon{37.469, 126.899});
    v.zoom = 17;
    const WorldPoint under = v.ToWorld(100, 600);
    ZoomAround(&v, 1.5, 100, 600);
    EXPECT_DOUBLE_EQ(v.zoom, 18.5);
    const WorldPoint after = v.ToWorld(100, 600);
    EXPECT_NEAR(after.x, under.x, 1e-9);
    EXPECT_NEAR(after.y, under.y, 1e-9);
}

TEST(FitBounds, ShowsTheWholeDistrictInsideThePadding) {
    const Bounds doksan{37.4635, 126.8887, 37.4722, 126.9004};
    const MapView v = FitBounds(doksan, 1170, 2200, 48);
    for (const LatLon corner : {LatLon{doksan.north, doksan.west}, LatLon{doksan.south, doksan.east}}) {
        double sx, sy;
        v.ToScreen(Project(corner), &sx, &sy);
        EXPECT_GE(sx, 48 - 1e-6);
        EXPECT_LE(sx, 1170 - 48 + 1e-6);
        EXPECT_GE(sy, 48 - 1e-6);
        EXPECT_LE(sy, 2200 - 48 + 1e-6);
    }
    // The narrower side is the one that fits exactly: the width here.
    double west, east, unused;
    v.ToScreen(Project(LatLon{doksan.north, doksan.west}), &west, &unused);
    v.ToScreen(Project(LatLon{doksan.south, doksan.east}), &east, &unused);
    EXPECT_NEAR(east - west, 1170 - 2 * 48, 1e-6);
}

TEST(ClampView, ThePanStopsAtTheDistrictsEdgeAndTheZoomAtItsLimits) {
    const Bounds b{37.4635, 126.8887, 37.4722, 126.9004};
    MapView v;
    v.center = Project(LatLon{37.60, 127.10});  // far north-east
    v.zoom = 25;
    ClampView(&v, b, 15, 20);
    EXPECT_EQ(v.zoom, 20);
    const LatLon c = Unproject(v.center);
    EXPECT_NEAR(c.lat, b.north, 1e-9);
    EXPECT_NEAR(c.lon, b.east, 1e-9);

    MapView broken;
    broken.center = WorldPoint{NAN, 1};
    broken.zoom = NAN;
    ClampView(&broken, b, 15, 20);
    EXPECT_EQ(broken.zoom, 15);
    EXPECT_TRUE(b.Contains(Unproject(broken.center)));
}

TEST(DistanceMetres, MatchesKnownDistances) {
    // One degree of latitude is about 111.2 km; Doksan to Samseon about 16 km.
    EXPECT_NEAR(DistanceMetres(LatLon{37, 127}, LatLon{38, 127}), 111195, 50);
    EXPECT_NEAR(DistanceMetres(LatLon{37.469, 126.899}, LatLon{37.5872, 127.009}), 16400, 400);
    EXPECT_EQ(DistanceMetres(LatLon{37.5, 127}, LatLon{37.5, 127}), 0);
}

}  // namespace
}  // namespace golmok
