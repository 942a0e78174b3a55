#include "core/domain/geo.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numeric>

#include "core/model/order.h"

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
    const std::vector<std::uint32_t> order = StableOrder(keys);
    m_order.assign(order.begin(), order.end());
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
    if (visible.empty()) return clusters;

    std::vector<double> xs(visible.size()), ys(visible.size());
    double minX = HUGE_VAL, minY = HUGE_VAL, maxX = -HUGE_VAL, maxY = -HUGE_VAL;
    for (std::size_t k = 0; k < visible.size(); ++k) {
        view.ToScreen(points[visible[k]], &xs[k], &ys[k]);
        minX = std::min(minX, xs[k]);
        maxX = std::max(maxX, xs[k]);
        minY = std::min(minY, ys[k]);
        maxY = std::max(maxY, ys[k]);
    }
    // Anchors (each cluster's first member) by screen cell, in a grid over the points' range:
    // cells at least minDistancePx wide, so a point can only join an anchor in its own or a
    // neighbouring cell and looks at a few anchors, not all of them. Among those it joins the
    // earliest made, as a scan of every anchor in order would. Cells widen while the grid would
    // have more of them than a few per point.
    double cell = std::max(minDistancePx, 1e-9);
    const double most = 4.0 * static_cast<double>(visible.size()) + 64;
    double x0 = 0, y0 = 0, nx = 1, ny = 1;
    for (int widen = 0; widen < 64; ++widen, cell *= 2) {
        x0 = std::floor(minX / cell);
        y0 = std::floor(minY / cell);
        nx = std::floor(maxX / cell) - x0 + 1;
        ny = std::floor(maxY / cell) - y0 + 1;
        if (nx * ny <= most) break;
    }
    if (!(nx * ny <= most)) nx = ny = 1;  // not finite: one cell, every anchor looked at
    const auto columns = static_cast<std::int64_t>(nx), rows = static_cast<std::int64_t>(ny);
    const auto cellOf = [&](double v, double origin, std::int64_t count) {
        if (count == 1) return std::int64_t{0};
        return std::clamp(static_cast<std::int64_t>(std::floor(v / cell) - origin), std::int64_t{0}, count - 1);
    };
    // Each cell's anchors as a list in creation order: first and last anchor, and each anchor's next.
    std::vector<std::int32_t> first(static_cast<std::size_t>(columns * rows), -1), last(first.size(), -1), next;
    std::vector<double> sumX, sumY;
    const double limit = minDistancePx * minDistancePx;
    for (std::size_t k = 0; k < visible.size(); ++k) {
        const double sx = xs[k], sy = ys[k];
        const std::int64_t cx = cellOf(sx, x0, columns), cy = cellOf(sy, y0, rows);
        std::int32_t best = -1;
        for (std::int64_t x = std::max<std::int64_t>(cx - 1, 0); x <= std::min(cx + 1, columns - 1); ++x) {
            for (std::int64_t y = std::max<std::int64_t>(cy - 1, 0); y <= std::min(cy + 1, rows - 1); ++y) {
                for (std::int32_t c = first[static_cast<std::size_t>(x * rows + y)]; c >= 0 && (best < 0 || c < best);
                     c = next[static_cast<std::size_t>(c)]) {
                    const double ax = clusters[static_cast<std::size_t>(c)].sx - sx;
                    const double ay = clusters[static_cast<std::size_t>(c)].sy - sy;
                    if (ax * ax + ay * ay < limit) best = c;
                }
            }
        }
        if (best >= 0) {
            const auto b = static_cast<std::size_t>(best);
            clusters[b].members.push_back(visible[k]);
            sumX[b] += sx;
            sumY[b] += sy;
            continue;
        }
        const auto made = static_cast<std::int32_t>(clusters.size());
        const auto at = static_cast<std::size_t>(cx * rows + cy);
        if (last[at] >= 0) {
            next[static_cast<std::size_t>(last[at])] = made;
        } else {
            first[at] = made;
        }
        last[at] = made;
        next.push_back(-1);
        clusters.push_back(Cluster{sx, sy, {visible[k]}});
        sumX.push_back(0.0 + sx);
        sumY.push_back(0.0 + sy);
    }
    // Each pin at its members' centroid (the anchor's position served the grouping above).
    for (std::size_t c = 0; c < clusters.size(); ++c) {
        clusters[c].sx = sumX[c] / static_cast<double>(clusters[c].members.size());
        clusters[c].sy = sumY[c] / static_cast<double>(clusters[c].members.size());
    }
    return clusters;
}

}  // namespace golmok
