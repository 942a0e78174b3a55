#include "core/geo.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numeric>
#include <unordered_map>

namespace golmok {
namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kWorldSize = 256.0;
constexpr double kMaxLatitude = 85.0511287798066;
constexpr double kEarthCircumference = 40075016.686;  // metres at the equator (WGS84 sphere)

}  // namespace

WorldPoint Project(const LatLon& p) {
    const double lat = std::clamp(p.lat, -kMaxLatitude, kMaxLatitude) * kPi / 180.0;
    WorldPoint w;
    w.x = (p.lon + 180.0) / 360.0 * kWorldSize;
    w.y = (0.5 - std::log(std::tan(kPi / 4 + lat / 2)) / (2 * kPi)) * kWorldSize;
    return w;
}

LatLon Unproject(const WorldPoint& w) {
    LatLon p;
    p.lon = w.x / kWorldSize * 360.0 - 180.0;
    const double n = kPi * (1 - 2 * w.y / kWorldSize);
    p.lat = std::atan(std::sinh(n)) * 180.0 / kPi;
    return p;
}

double MetresPerWorldUnit(double latitude) {
    return kEarthCircumference * std::cos(latitude * kPi / 180.0) / kWorldSize;
}

double MapView::Scale() const { return std::pow(2.0, zoom); }

void MapView::ToScreen(const WorldPoint& w, double* sx, double* sy) const {
    const double s = Scale();
    *sx = (w.x - center.x) * s + width / 2;
    *sy = (w.y - center.y) * s + height / 2;
}

WorldPoint MapView::ToWorld(double sx, double sy) const {
    const double s = Scale();
    return WorldPoint{center.x + (sx - width / 2) / s, center.y + (sy - height / 2) / s};
}

void ZoomAround(MapView* view, double zoomDelta, double sx, double sy) {
    const WorldPoint anchor = view->ToWorld(sx, sy);
    view->zoom += zoomDelta;
    const double s = view->Scale();
    view->center.x = anchor.x - (sx - view->width / 2) / s;
    view->center.y = anchor.y - (sy - view->height / 2) / s;
}

MapView FitBounds(const Bounds& bounds, double width, double height, double paddingPx) {
    const WorldPoint nw = Project(LatLon{bounds.north, bounds.west});
    const WorldPoint se = Project(LatLon{bounds.south, bounds.east});
    MapView v;
    v.width = width;
    v.height = height;
    v.center = WorldPoint{(nw.x + se.x) / 2, (nw.y + se.y) / 2};
    const double spanX = std::max(se.x - nw.x, 1e-9), spanY = std::max(se.y - nw.y, 1e-9);
    const double usableW = std::max(width - 2 * paddingPx, 1.0);
    const double usableH = std::max(height - 2 * paddingPx, 1.0);
    v.zoom = std::log2(std::min(usableW / spanX, usableH / spanY));
    return v;
}

void ClampView(MapView* view, const Bounds& bounds, double minZoom, double maxZoom) {
    if (!std::isfinite(view->zoom)) view->zoom = minZoom;
    view->zoom = std::clamp(view->zoom, minZoom, std::max(minZoom, maxZoom));
    const WorldPoint nw = Project(LatLon{bounds.north, bounds.west});
    const WorldPoint se = Project(LatLon{bounds.south, bounds.east});
    if (!std::isfinite(view->center.x) || !std::isfinite(view->center.y)) {
        view->center = WorldPoint{(nw.x + se.x) / 2, (nw.y + se.y) / 2};
    }
    view->center.x = std::clamp(view->center.x, nw.x, se.x);
    view->center.y = std::clamp(view->center.y, nw.y, se.y);
}

double DistanceMetres(const LatLon& a, const LatLon& b) {
    constexpr double kEarthRadius = 6371008.8;
    const double toRad = kPi / 180.0;
    const double dLat = (b.lat - a.lat) * toRad, dLon = (b.lon - a.lon) * toRad;
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2) +
                     std::cos(a.lat * toRad) * std::cos(b.lat * toRad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * kEarthRadius * std::asin(std::min(1.0, std::sqrt(h)));
}

void PointIndex::CellOf(const WorldPoint& p, std::int64_t* cx, std::int64_t* cy) const {
    *cx = static_cast<std::int64_t>(std::floor(p.x / m_cellSize));
    *cy = static_cast<std::int64_t>(std::floor(p.y / m_cellSize));
}

void PointIndex::Build(const std::vector<WorldPoint>& points, double cellSize) {
    m_points = points;
    m_cellSize = cellSize > 0 ? cellSize : 1;
    std::vector<std::int64_t> keys(points.size());
    for (std::size_t i = 0; i < points.size(); ++i) {
        std::int64_t cx, cy;
        CellOf(points[i], &cx, &cy);
        keys[i] = CellKey(cx, cy);
    }
    m_order.resize(points.size());
    std::iota(m_order.begin(), m_order.end(), 0);
    std::stable_sort(m_order.begin(), m_order.end(), [&](std::size_t a, std::size_t b) { return keys[a] < keys[b]; });
    m_cellKeys.clear();
    m_cellStarts.clear();
    for (std::size_t i = 0; i < m_order.size(); ++i) {
        const std::int64_t k = keys[m_order[i]];
        if (m_cellKeys.empty() || m_cellKeys.back() != k) {
            m_cellKeys.push_back(k);
            m_cellStarts.push_back(static_cast<std::uint32_t>(i));
        }
    }
    m_cellStarts.push_back(static_cast<std::uint32_t>(m_order.size()));
}

std::vector<std::size_t> PointIndex::InRect(double minX, double minY, double maxX, double maxY) const {
    std::vector<std::size_t> out;
    if (m_points.empty() || !(minX <= maxX) || !(minY <= maxY)) return out;
    std::int64_t cx0, cy0, cx1, cy1;
    CellOf(WorldPoint{minX, minY}, &cx0, &cy0);
    CellOf(WorldPoint{maxX, maxY}, &cx1, &cy1);
    // A rectangle wider than the data is cheaper to answer by scanning everything.
    const double cells = (double(cx1 - cx0) + 1) * (double(cy1 - cy0) + 1);
    if (cells > static_cast<double>(m_cellKeys.size()) * 4) {
        for (std::size_t i = 0; i < m_points.size(); ++i) {
            const WorldPoint& p = m_points[i];
            if (p.x >= minX && p.x <= maxX && p.y >= minY && p.y <= maxY) out.push_back(i);
        }
        return out;
    }
    for (std::int64_t cx = cx0; cx <= cx1; ++cx) {
        for (std::int64_t cy = cy0; cy <= cy1; ++cy) {
            auto it = std::lower_bound(m_cellKeys.begin(), m_cellKeys.end(), CellKey(cx, cy));
            if (it == m_cellKeys.end() || *it != CellKey(cx, cy)) continue;
            const std::size_t c = static_cast<std::size_t>(it - m_cellKeys.begin());
            for (std::uint32_t k = m_cellStarts[c]; k < m_cellStarts[c + 1]; ++k) {
                const WorldPoint& p = m_points[m_order[k]];
                if (p.x >= minX && p.x <= maxX && p.y >= minY && p.y <= maxY) out.push_back(m_order[k]);
            }
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

long PointIndex::Nearest(const WorldPoint& at, double radius) const {
    long best = -1;
    double bestDistance = radius * radius;
    for (std::size_t i : InRect(at.x - radius, at.y - radius, at.x + radius, at.y + radius)) {
        const double dx = m_points[i].x - at.x, dy = m_points[i].y - at.y;
        const double d = dx * dx + dy * dy;
        if (d <= bestDistance && (best < 0 || d < bestDistance)) {
            best = static_cast<long>(i);
            bestDistance = d;
        }
    }
    return best;
}

std::vector<Cluster> ClusterPoints(const PointIndex& index, const std::vector<WorldPoint>& points,
                                   const MapView& view, double minDistancePx) {
    // Items on screen, with a margin so that pins at the edges do not pop in and out.
    const WorldPoint topLeft = view.ToWorld(-minDistancePx, -minDistancePx);
    const WorldPoint bottomRight = view.ToWorld(view.width + minDistancePx, view.height + minDistancePx);
    const std::vector<std::size_t> visible = index.InRect(topLeft.x, topLeft.y, bottomRight.x, bottomRight.y);

    std::vector<Cluster> clusters;
    std::vector<std::pair<double, double>> anchors;  // each cluster's first member, screen px
    const double limit = minDistancePx * minDistancePx;
    // Anchors by screen cell of minDistancePx: a point can only join an anchor in its own or a
    // neighbouring cell, so each point looks at a few anchors, not all of them. Among those it
    // joins the earliest made, as a scan of every anchor in order would.
    const double cell = std::max(minDistancePx, 1e-9);
    std::unordered_map<std::int64_t, std::vector<std::uint32_t>> byCell;
    const auto key = [](std::int64_t cx, std::int64_t cy) { return cx * 2000003 + cy; };
    for (std::size_t i : visible) {
        double sx, sy;
        view.ToScreen(points[i], &sx, &sy);
        const auto cx = static_cast<std::int64_t>(std::floor(sx / cell));
        const auto cy = static_cast<std::int64_t>(std::floor(sy / cell));
        std::uint32_t best = UINT32_MAX;
        for (std::int64_t dx = -1; dx <= 1; ++dx) {
            for (std::int64_t dy = -1; dy <= 1; ++dy) {
                const auto it = byCell.find(key(cx + dx, cy + dy));
                if (it == byCell.end()) continue;
                for (std::uint32_t c : it->second) {
                    if (c >= best) break;  // lists grow in creation order
                    const double ax = anchors[c].first - sx, ay = anchors[c].second - sy;
                    if (ax * ax + ay * ay < limit) best = c;
                }
            }
        }
        if (best != UINT32_MAX) {
            clusters[best].members.push_back(i);
        } else {
            byCell[key(cx, cy)].push_back(static_cast<std::uint32_t>(clusters.size()));
            clusters.push_back(Cluster{sx, sy, {i}});
            anchors.emplace_back(sx, sy);
        }
    }
    for (Cluster& c : clusters) {
        double x = 0, y = 0;
        for (std::size_t i : c.members) {
            double sx, sy;
            view.ToScreen(points[i], &sx, &sy);
            x += sx;
            y += sy;
        }
        c.sx = x / static_cast<double>(c.members.size());
        c.sy = y / static_cast<double>(c.members.size());
    }
    return clusters;
}

}  // namespace golmok
