// The map screen driven headlessly: opening it, tapping pins and clusters, panning and zooming
// within the district, the visitor's position, and directions handed to the map apps.

#include <gtest/gtest.h>

#include <cmath>
#include <set>

#include "core/domain/geo.h"
#include "core/domain/route.h"
#include "headless_app.h"
#include "test_util.h"

namespace golmok {
namespace {

class MapScreen : public HeadlessApp {
protected:
    void OpenDoksanMap() {
        app.OnBundleText("doksan.json", test::ReadSourceFile("data/doksan.json"));
        Frame();
        const HitTarget* chip = Target("chip", "map");
        ASSERT_TRUE(chip);
        Tap(*chip);
        ASSERT_EQ(app.State().screen, Screen::kMap);
    }

    // Every result is on the map once: as its own pin or inside a cluster.
    std::size_t PinnedShops() const {
        std::size_t n = 0;
        for (const Cluster& c : app.State().map.clusters) n += c.members.size();
        return n;
    }

    const Cluster* Crowdest() const {
        const Cluster* best = nullptr;
        for (const Cluster& c : app.State().map.clusters) {
            if (!best || c.members.size() > best->members.size()) best = &c;
        }
        return best;
    }
};

TEST_F(MapScreen, OpensOnTheWholeDistrictWithEveryShopPinned) {
    OpenDoksanMap();
    EXPECT_EQ(FormatRoute(app.CurrentRoute()), "#/map");
    const MapState& map = app.State().map;
    EXPECT_TRUE(map.placed);
    EXPECT_EQ(PinnedShops(), app.GetBundle()->shops.size());
    // Every shop is on screen, and zooming out shows the whole district.
    for (const Shop& shop : app.GetBundle()->shops) {
        double x, y;
        map.view.ToScreen(Project(shop.position), &x, &y);
        EXPECT_GE(x, 0);
        EXPECT_LE(x, map.view.width);
        EXPECT_GE(y, 0);
        EXPECT_LE(y, map.view.height);
    }
    const Bounds& b = app.GetBundle()->district.bounds;
    EXPECT_LE(map.minZoom, FitBounds(b, map.view.width, map.view.height, 0).zoom);
    // Thirty-odd shops along one street crowd together at this zoom.
    ASSERT_TRUE(Crowdest());
    EXPECT_GT(Crowdest()->members.size(), 1u);
    EXPECT_TRUE(Target("cluster"));
    EXPECT_TRUE(Target("map-zoom-in"));
    EXPECT_TRUE(Target("locate"));
}

TEST_F(MapScreen, TappingAClusterZoomsInAndSplitsIt) {
    OpenDoksanMap();
    for (int i = 0; i < 3; ++i) app.Apply(intent::MapZoom{-1});
    Frame();
    const double zoomBefore = app.State().map.view.zoom;
    const std::size_t crowd = Crowdest()->members.size();
    const std::size_t clustersBefore = app.State().map.clusters.size();
    const HitTarget* cluster = nullptr;
    for (const HitTarget& t : app.State().frame.targets) {
        if (t.kind == "cluster" && t.label == std::to_string(crowd)) cluster = &t;
    }
    ASSERT_TRUE(cluster);
    Tap(*cluster);
    EXPECT_EQ(app.State().screen, Screen::kMap);
    EXPECT_GT(app.State().map.view.zoom, zoomBefore + 0.9);
    EXPECT_GT(app.State().map.clusters.size(), clustersBefore);
    EXPECT_LT(Crowdest()->members.size(), crowd);
}

TEST_F(MapScreen, TappingAPinOpensThatShopsCardAndBackReturnsToTheSameView) {
    OpenDoksanMap();
    // Zoom in until some shop stands alone.
    for (int i = 0; i < 6 && !Target("pin"); ++i) {
        ASSERT_TRUE(Target("map-zoom-in"));
        Tap(*Target("map-zoom-in"));
    }
    const HitTarget* pin = Target("pin");
    ASSERT_TRUE(pin);
    const std::string id = pin->id;
    const MapView view = app.State().map.view;
    Tap(*pin);
    ASSERT_EQ(app.State().screen, Screen::kShop);
    EXPECT_EQ(app.State().shopId, id);
    // The browser's back gives the map's route again: the view is where it was.
    Route map;
    map.screen = Route::Screen::kMap;
    app.ApplyRoute(map);
    Frame();
    EXPECT_EQ(app.State().screen, Screen::kMap);
    EXPECT_DOUBLE_EQ(app.State().map.view.zoom, view.zoom);
    EXPECT_DOUBLE_EQ(app.State().map.view.center.x, view.center.x);
}

TEST_F(MapScreen, ShopsNoZoomSeparatesAreListedAndOpenFromTheList) {
    OpenDoksanMap();
    const std::vector<Shop>& shops = app.GetBundle()->shops;
    app.Apply(intent::MapList{{shops[1].id, "no-such-shop", shops[2].id}});
    ASSERT_EQ(app.State().map.listed, (std::vector<std::string>{shops[1].id, shops[2].id}));
    Frame();
    EXPECT_FALSE(Target("map-zoom-in"));  // the sheet covers the controls
    ASSERT_TRUE(Target("shop", shops[2].id));
    Tap(*Target("shop", shops[2].id));
    EXPECT_EQ(app.State().screen, Screen::kShop);
    EXPECT_EQ(app.State().shopId, shops[2].id);
    app.Apply(intent::OpenMap{});
    EXPECT_TRUE(app.State().map.listed.empty());
}

TEST_F(MapScreen, ShowOnMapCentresTheShopUpClose) {
    app.OnBundleText("doksan.json", test::ReadSourceFile("data/doksan.json"));
    const Shop& shop = app.GetBundle()->shops[5];
    app.Apply(intent::OpenShop{shop.id});
    Frame();
    for (int i = 0; i < 20 && !Target("show-on-map"); ++i) {
        app.ScrollBy(-600);
        Frame();
        Frame();
    }
    ASSERT_TRUE(Target("show-on-map"));
    Tap(*Target("show-on-map"));
    ASSERT_EQ(app.State().screen, Screen::kMap);
    EXPECT_EQ(FormatRoute(app.CurrentRoute()), "#/map/" + shop.id);
    const MapState& map = app.State().map;
    double x, y;
    map.view.ToScreen(Project(shop.position), &x, &y);
    EXPECT_NEAR(x, map.view.width / 2, 1);
    EXPECT_NEAR(y, map.view.height / 2, 1);
    EXPECT_GE(map.view.zoom - std::log2(3.0), 18 - 1e-6);
    const HitTarget* pin = Target("pin", shop.id);
    ASSERT_TRUE(pin);
    EXPECT_EQ(pin->label, shop.name.Ko());
}

TEST_F(MapScreen, PanningAndZoomingStayOnTheDistrict) {
    OpenDoksanMap();
    const Bounds& b = app.GetBundle()->district.bounds;
    app.DragBy(-1e6f, 1e6f);  // the content far left and down: the view goes north-east
    Frame();
    const LatLon c = Unproject(app.State().map.view.center);
    EXPECT_NEAR(c.lon, b.east, 1e-9);
    EXPECT_NEAR(c.lat, b.north, 1e-9);

    const MapState& map = app.State().map;
    EXPECT_TRUE(app.ZoomMapAt(50, map.x + 100, map.y + 100));
    EXPECT_DOUBLE_EQ(app.State().map.view.zoom, map.maxZoom);
    EXPECT_TRUE(app.ZoomMapAt(-50, map.x + 100, map.y + 100));
    EXPECT_DOUBLE_EQ(app.State().map.view.zoom, map.minZoom);
    EXPECT_FALSE(app.ZoomMapAt(NAN, 0, 0));
}

TEST_F(MapScreen, APinchKeepsThePlaceBetweenTheFingers) {
    OpenDoksanMap();
    const MapState& map = app.State().map;
    const float fx = map.x + 500, fy = map.y + 900;
    const WorldPoint under = map.view.ToWorld(500, 900);
    ASSERT_TRUE(app.ZoomMapAt(1.3, fx, fy));
    const WorldPoint after = app.State().map.view.ToWorld(500, 900);
    EXPECT_NEAR(after.x, under.x, 1e-9);
    EXPECT_NEAR(after.y, under.y, 1e-9);
}

TEST_F(MapScreen, SearchAndFiltersApplyToThePins) {
    OpenDoksanMap();
    app.SetQuery("떡볶이");
    Frame();
    const std::size_t found = app.State().search.results.size();
    ASSERT_GT(found, 0u);
    ASSERT_LT(found, app.GetBundle()->shops.size());
    EXPECT_EQ(PinnedShops(), found);
    std::set<std::size_t> pinned;
    for (const Cluster& c : app.State().map.clusters) {
        for (std::size_t m : c.members) pinned.insert(app.State().search.results[m]);
    }
    EXPECT_EQ(pinned,
              std::set<std::size_t>(app.State().search.results.begin(), app.State().search.results.end()));
    EXPECT_EQ(FormatRoute(app.CurrentRoute()), "#/map?q=%EB%96%A1%EB%B3%B6%EC%9D%B4");
}

TEST_F(MapScreen, APositionInsideTheDistrictSortsNearestFirst) {
    app.OnBundleText("doksan.json", test::ReadSourceFile("data/doksan.json"));
    Frame();
    ASSERT_TRUE(Target("chip", "nearest"));
    Tap(*Target("chip", "nearest"));  // no request host here: "not available"
    EXPECT_FALSE(app.State().search.sortNearest);
    EXPECT_FALSE(app.State().location.notice.empty());

    app.Apply(intent::DismissNotice{});
    const Shop& far = app.GetBundle()->shops.back();
    app.SetPosition(far.position.lat, far.position.lon, 20);
    Frame();
    ASSERT_EQ(app.State().search.distances.size(), app.State().search.results.size());  // shown, not sorted
    EXPECT_EQ(app.State().search.results.front(), 0u);
    app.Apply(intent::SortNearest{});  // the position is known: no new request
    Frame();
    EXPECT_TRUE(app.State().search.sortNearest);
    EXPECT_TRUE(app.State().location.notice.empty());
    ASSERT_EQ(app.State().search.distances.size(), app.State().search.results.size());
    EXPECT_EQ(app.State().search.results.front(), app.GetBundle()->shops.size() - 1);
    EXPECT_TRUE(std::is_sorted(app.State().search.distances.begin(), app.State().search.distances.end()));
    EXPECT_EQ(app.State().search.distances.front(), 0);
}

TEST_F(MapScreen, FarAwayOrRefusedIsSaidPlainly) {
    OpenDoksanMap();
    app.SetPosition(37.5665, 126.9780, 30);  // Seoul City Hall, about 11 km away
    Frame();
    EXPECT_NE(app.State().location.notice.find("km"), std::string::npos) << app.State().location.notice;
    EXPECT_TRUE(Target("notice"));
    Tap(*Target("notice-close"));
    EXPECT_TRUE(app.State().location.notice.empty());

    app.PositionFailed(1);
    EXPECT_NE(app.State().location.notice.find("권한"), std::string::npos);
    app.SetPosition(NAN, 127, 10);
    EXPECT_FALSE(app.State().location.notice.empty());
}

TEST(MapDirections, TheCardHandsTheShopToEachMapApp) {
    ImGui::CreateContext();
    std::vector<std::pair<std::string, std::string>> opened;
    App::Host host;
    host.links.openDirections = [&](const std::string& app, const std::string& web) {
        opened.emplace_back(app, web);
    };
    App app(host);
    app.SetPageOrigin("https://golmok.example");
    app.OnBundleText("doksan.json", test::ReadSourceFile("data/doksan.json"));
    const Shop& shop = app.GetBundle()->shops[0];
    app.Apply(intent::OpenShop{shop.id});
    for (MapProvider provider : {MapProvider::kNaver, MapProvider::kKakao, MapProvider::kGoogle}) {
        app.Apply(intent::Directions{provider});
    }
    ASSERT_EQ(opened.size(), 3u);
    EXPECT_EQ(opened[0].first.rfind("nmap://route/walk?", 0), 0u);
    EXPECT_NE(opened[0].first.find("appname=https%3A%2F%2Fgolmok.example"), std::string::npos);
    EXPECT_EQ(opened[1].second.rfind("https://map.kakao.com/link/to/", 0), 0u);
    EXPECT_EQ(opened[2].first, "");
    EXPECT_EQ(opened[2].second.rfind("https://www.google.com/maps/dir/?api=1&destination=", 0), 0u);
    ImGui::DestroyContext();
}

}  // namespace
}  // namespace golmok
