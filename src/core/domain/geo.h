// Map geometry for the district map: Web Mercator projection, and a grid index of points used
// for hit testing, culling and clustering pins. Standard library and the model only.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/model/bundle.h"

namespace golmok {

// A point in Web Mercator "world" units: the whole world is 256 × 256 at zoom 0 (the tile
// convention), x growing east, y growing south. At zoom z one unit is 2^z screen pixels.
struct WorldPoint {
    double x = 0;
    double y = 0;
};

// Latitudes beyond ±85.0511° (where Web Mercator's square ends) are clamped.
WorldPoint Project(const LatLon& p);
LatLon Unproject(const WorldPoint& w);

// Metres on the ground per world unit at a latitude (for the scale bar).
double MetresPerWorldUnit(double latitude);

// A view of the map: the world point at the centre of the screen, the zoom, the screen size.
struct MapView {
    WorldPoint center;
    double zoom = 16;
    double width = 390, height = 844;  // screen pixels

    double Scale() const;  // screen pixels per world unit: 2^zoom
    // Screen pixels from the top-left corner, and back.
    void ToScreen(const WorldPoint& w, double* sx, double* sy) const;
    WorldPoint ToWorld(double sx, double sy) const;
};

// Zooms by `zoomDelta` levels keeping the world point under screen pixel (sx, sy) in place:
// what a pinch around the fingers or a wheel turn under the pointer does.
void ZoomAround(MapView* view, double zoomDelta, double sx, double sy);

// The view that shows `bounds` whole inside a width × height screen with `paddingPx` around it.
MapView FitBounds(const Bounds& bounds, double width, double height, double paddingPx);

// Keeps a view on the district: zoom within [minZoom, maxZoom] and the centre inside `bounds`,
// so a pan can never lose the map off screen.
void ClampView(MapView* view, const Bounds& bounds, double minZoom, double maxZoom);

// Great-circle distance in metres (a sphere of the WGS84 mean radius; within 0.5% for a walk).
double DistanceMetres(const LatLon& a, const LatLon& b);

// Items (shops, landmarks) indexed by position in a uniform grid of world cells, for questions
// asked every frame: which items are near a tap, which are on screen, which crowd together.
class PointIndex {
public:
    // Builds the index over `points` (item i at points[i]); cellSize in world units.
    void Build(const std::vector<WorldPoint>& points, double cellSize);

    // Items inside a world rectangle, in index order.
    std::vector<std::size_t> InRect(double minX, double minY, double maxX, double maxY) const;

    // The item nearest to `at` within `radius` world units, or -1; ties go to the lower index.
    long Nearest(const WorldPoint& at, double radius) const;

    std::size_t Size() const { return m_points.size(); }

private:
    std::int64_t CellKey(std::int64_t cx, std::int64_t cy) const { return cx * 1000003 + cy; }
    void CellOf(const WorldPoint& p, std::int64_t* cx, std::int64_t* cy) const;

    std::vector<WorldPoint> m_points;
    double m_cellSize = 1;
    // Items sorted by cell, and for each occupied cell its range in m_order.
    std::vector<std::size_t> m_order;
    std::vector<std::int64_t> m_cellKeys;      // sorted
    std::vector<std::uint32_t> m_cellStarts;   // m_order range of m_cellKeys[i]: [start[i], start[i+1])
};

// A pin on screen: one item, or a cluster of items too close to tell apart at this zoom.
struct Cluster {
    double sx = 0, sy = 0;               // screen position (the members' centroid)
    std::vector<std::size_t> members;    // item indices, ascending
};

// Groups the items visible in `view` so that no two pins are closer than `minDistancePx`
// screen pixels: greedy, in index order, so the result is stable frame to frame.
std::vector<Cluster> ClusterPoints(const PointIndex& index, const std::vector<WorldPoint>& points,
                                   const MapView& view, double minDistancePx);

}  // namespace golmok
