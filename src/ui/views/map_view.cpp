// The district map, drawn from the bundle like the printed guide maps districts hand out: no
// tiles, no key. Streets by class with their names along them, landmarks, the result pins
// (the search and filters of the list apply), grouped into clusters that split as the map zooms,
// the visitor's position when they asked for it, a scale bar and the geometry's attribution.
// Panning and pinching arrive from the platform (App::DragBy, App::ZoomMapAt); taps arrive as
// clicks like everywhere else.
//
// [SECTION] index
//  - Colours and the canvas: world units to pixels, label placement
//  - Streets and landmarks
//  - Pins, clusters, the visitor's position, the scale bar
//  - Controls and the list of shops at one spot
//  - The screen: Notice, Map

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <cstring>

#include "core/i18n/ui_text.h"
#include "ui/kit/theme.h"
#include "ui/views/views.h"
#include "ui/kit/widgets.h"

namespace golmok::views {
namespace {

using widgets::Px;

constexpr float kPinRadiusCss = 9.0f;
constexpr float kClusterDistanceCss = 40.0f;  // pins closer than this on screen group together
constexpr float kTapRadiusCss = 24.0f;        // a finger is wider than a pin
constexpr float kLabelFontCss = 13.0f;
// Zoom levels below are "CSS zoom": the tile convention's zoom for one CSS pixel, whatever the
// screen's density.
constexpr double kStreetNamesZoom = 15.5;
constexpr double kLandmarkNamesZoom = 16.5;
constexpr double kShopNamesZoom = 17.5;
constexpr double kFocusZoom = 18.0;
constexpr double kMaxZoom = 20.0;

// [SECTION] Colours and the canvas

struct MapColors {
    ImU32 land, road, roadCasing, street, streetCasing, alley, label, halo, pinBorder, cluster,
        clusterText, focusRing, position, positionHalo, deal, station, exit, bus, toilet, parking,
        landmark;
};

const MapColors& Colors() {
    static const MapColors kLight{
        IM_COL32(0xF1, 0xEE, 0xE6, 0xFF), IM_COL32(0xFF, 0xFF, 0xFF, 0xFF), IM_COL32(0xCF, 0xC8, 0xBA, 0xFF),
        IM_COL32(0xFF, 0xE7, 0xA6, 0xFF), IM_COL32(0xE0, 0xB8, 0x5A, 0xFF), IM_COL32(0xFF, 0xFF, 0xFF, 0xFF),
        IM_COL32(0x3A, 0x36, 0x30, 0xFF), IM_COL32(0xFF, 0xFF, 0xFF, 0xD8), IM_COL32(0xFF, 0xFF, 0xFF, 0xFF),
        IM_COL32(0x2B, 0x3A, 0x55, 0xF0), IM_COL32(0xFF, 0xFF, 0xFF, 0xFF), IM_COL32(0xD9, 0x38, 0x1E, 0xFF),
        IM_COL32(0x1A, 0x73, 0xE8, 0xFF), IM_COL32(0x1A, 0x73, 0xE8, 0x30), IM_COL32(0xE5, 0x39, 0x35, 0xFF),
        IM_COL32(0x1E, 0x5A, 0xA8, 0xFF), IM_COL32(0x2E, 0x7D, 0x32, 0xFF), IM_COL32(0x0B, 0x7A, 0x75, 0xFF),
        IM_COL32(0x6A, 0x4C, 0x93, 0xFF), IM_COL32(0x15, 0x65, 0xC0, 0xFF), IM_COL32(0x7A, 0x70, 0x62, 0xFF)};
    static const MapColors kDark{
        IM_COL32(0x1B, 0x1E, 0x23, 0xFF), IM_COL32(0x3B, 0x41, 0x4A, 0xFF), IM_COL32(0x2A, 0x2E, 0x35, 0xFF),
        IM_COL32(0x5C, 0x4B, 0x24, 0xFF), IM_COL32(0x7A, 0x63, 0x2E, 0xFF), IM_COL32(0x33, 0x38, 0x40, 0xFF),
        IM_COL32(0xE4, 0xE1, 0xDA, 0xFF), IM_COL32(0x1B, 0x1E, 0x23, 0xD8), IM_COL32(0x1B, 0x1E, 0x23, 0xFF),
        IM_COL32(0x9F, 0xB8, 0xE0, 0xF0), IM_COL32(0x10, 0x14, 0x1A, 0xFF), IM_COL32(0xFF, 0x8A, 0x65, 0xFF),
        IM_COL32(0x64, 0xA8, 0xFF, 0xFF), IM_COL32(0x64, 0xA8, 0xFF, 0x38), IM_COL32(0xFF, 0x6E, 0x66, 0xFF),
        IM_COL32(0x4F, 0x8C, 0xE0, 0xFF), IM_COL32(0x4C, 0xAF, 0x50, 0xFF), IM_COL32(0x26, 0xA6, 0x9A, 0xFF),
        IM_COL32(0x9C, 0x7C, 0xC8, 0xFF), IM_COL32(0x42, 0x8B, 0xE0, 0xFF), IM_COL32(0xA8, 0x9E, 0x90, 0xFF)};
    return theme::IsDark() ? kDark : kLight;
}

// Everything one frame of the map needs to turn world units into pixels.
struct Canvas {
    ImDrawList* dl;
    ImVec2 min, max;  // the map's area on the page, device px
    MapView view;
    float scale;       // device px per CSS px
    double cssZoom;    // view.zoom for one CSS pixel
    ImFont* font;
    float labelSize;   // device px

    ImVec2 ToScreen(const WorldPoint& w) const {
        double x, y;
        view.ToScreen(w, &x, &y);
        return ImVec2(min.x + static_cast<float>(x), min.y + static_cast<float>(y));
    }
    bool Inside(const ImVec2& p, float margin) const {
        return p.x >= min.x - margin && p.x <= max.x + margin && p.y >= min.y - margin && p.y <= max.y + margin;
    }
};

// Rectangles of the labels placed so far: a label that would overlap one is left out.
struct LabelSpace {
    std::vector<ImVec4> taken;
    bool Claim(const ImVec2& a, const ImVec2& b) {
        for (const ImVec4& r : taken) {
            if (a.x < r.z && b.x > r.x && a.y < r.w && b.y > r.y) return false;
        }
        taken.push_back(ImVec4(a.x, a.y, b.x, b.y));
        return true;
    }
};

// Text turned by `angle` radians around its centre, with a halo so it reads over lines.
void RotatedText(const Canvas& c, ImVec2 center, float angle, ImU32 color, const std::string& text) {
    const ImVec2 size = c.font->CalcTextSizeA(c.labelSize, FLT_MAX, 0, text.c_str());
    const ImVec2 at(center.x - size.x / 2, center.y - size.y / 2);
    const int first = c.dl->VtxBuffer.Size;
    const float h = std::max(1.0f, c.scale * 1.2f);
    for (const ImVec2 d : {ImVec2(-h, 0), ImVec2(h, 0), ImVec2(0, -h), ImVec2(0, h)}) {
        c.dl->AddText(c.font, c.labelSize, ImVec2(at.x + d.x, at.y + d.y), Colors().halo, text.c_str());
    }
    c.dl->AddText(c.font, c.labelSize, at, color, text.c_str());
    const float cs = std::cos(angle), sn = std::sin(angle);
    for (int i = first; i < c.dl->VtxBuffer.Size; ++i) {
        ImDrawVert& v = c.dl->VtxBuffer[i];
        const float dx = v.pos.x - center.x, dy = v.pos.y - center.y;
        v.pos = ImVec2(center.x + dx * cs - dy * sn, center.y + dx * sn + dy * cs);
    }
}

// A name beside a symbol at `p`, on a rounded plate; skipped where another label already is.
bool SideLabel(const Canvas& c, LabelSpace* space, ImVec2 p, float offset, ImU32 color, const std::string& text) {
    const ImVec2 size = c.font->CalcTextSizeA(c.labelSize, FLT_MAX, 0, text.c_str());
    const float pad = 3 * c.scale;
    const ImVec2 a(p.x + offset, p.y - size.y / 2 - pad), b(a.x + size.x + 2 * pad, a.y + size.y + 2 * pad);
    if (!c.Inside(a, 0) || !c.Inside(b, 0) || !space->Claim(a, b)) return false;
    c.dl->AddRectFilled(a, b, Colors().halo, 4 * c.scale);
    c.dl->AddText(c.font, c.labelSize, ImVec2(a.x + pad, a.y + pad), color, text.c_str());
    return true;
}

// [SECTION] Streets and landmarks

float StreetWidthPx(const Canvas& c, StreetClass cls, double metresPerPx) {
    // Drawn about as wide as they are, never thinner than a line a finger can follow.
    double metres = 5, minCss = 3;
    if (cls == StreetClass::kRoad) metres = 18, minCss = 7;
    if (cls == StreetClass::kStreet) metres = 9, minCss = 5;
    const double px = std::max(metres / metresPerPx, minCss * c.scale);
    return static_cast<float>(std::min(px, 48.0 * c.scale));
}

void Polyline(const Canvas& c, const std::vector<ImVec2>& pts, ImU32 color, float width) {
    c.dl->AddPolyline(pts.data(), static_cast<int>(pts.size()), color, 0, width);
    for (const ImVec2& p : pts) c.dl->AddCircleFilled(p, width / 2, color, 12);  // round joins
}

void DrawStreets(const Canvas& c, const Bundle& b, const MapState& map, double metresPerPx, LabelSpace* labels,
                 Lang lang) {
    std::vector<std::vector<ImVec2>> screen(map.streets.size());
    for (std::size_t i = 0; i < map.streets.size(); ++i) {
        for (const WorldPoint& w : map.streets[i]) screen[i].push_back(c.ToScreen(w));
    }
    const MapColors& k = Colors();
    // Casings first, then fills, alleys under streets under roads, so crossings look joined.
    for (int pass = 0; pass < 2; ++pass) {
        for (StreetClass cls : {StreetClass::kAlley, StreetClass::kStreet, StreetClass::kRoad}) {
            for (std::size_t i = 0; i < screen.size(); ++i) {
                if (b.streets[i].streetClass != cls || screen[i].size() < 2) continue;
                const float w = StreetWidthPx(c, cls, metresPerPx);
                const ImU32 casing = cls == StreetClass::kStreet ? k.streetCasing : k.roadCasing;
                const ImU32 fill = cls == StreetClass::kStreet ? k.street : cls == StreetClass::kRoad ? k.road : k.alley;
                if (pass == 0) Polyline(c, screen[i], casing, w + 2 * c.scale);
                if (pass == 1) Polyline(c, screen[i], fill, w);
            }
        }
    }
    if (c.cssZoom < kStreetNamesZoom) return;
    for (std::size_t i = 0; i < screen.size(); ++i) {
        const std::string& name = b.streets[i].name.In(lang);
        if (name.empty() || screen[i].size() < 2) continue;
        // Along the longest piece on screen, turned to read left to right.
        float best = 0;
        ImVec2 a, e;
        for (std::size_t k2 = 1; k2 < screen[i].size(); ++k2) {
            ImVec2 p = screen[i][k2 - 1], q = screen[i][k2];
            const float len = std::hypot(q.x - p.x, q.y - p.y);
            const ImVec2 mid((p.x + q.x) / 2, (p.y + q.y) / 2);
            if (len > best && c.Inside(mid, -20 * c.scale)) {
                best = len;
                a = p;
                e = q;
            }
        }
        const ImVec2 size = c.font->CalcTextSizeA(c.labelSize, FLT_MAX, 0, name.c_str());
        if (best < size.x + 16 * c.scale) continue;
        if (e.x < a.x) std::swap(a, e);
        const float angle = std::atan2(e.y - a.y, e.x - a.x);
        const ImVec2 mid((a.x + e.x) / 2, (a.y + e.y) / 2);
        // The rotated label's box, for the overlap test: its extent on each axis.
        const float hw = (std::fabs(std::cos(angle)) * size.x + std::fabs(std::sin(angle)) * size.y) / 2;
        const float hh = (std::fabs(std::sin(angle)) * size.x + std::fabs(std::cos(angle)) * size.y) / 2;
        if (!labels->Claim(ImVec2(mid.x - hw, mid.y - hh), ImVec2(mid.x + hw, mid.y + hh))) continue;
        RotatedText(c, mid, angle, Colors().label, name);
    }
}

// The exit's number from its Korean name ("독산역 1번 출구" → "1"), or "".
std::string ExitNumber(const Landmark& l) {
    const std::string& ko = l.name.In(Lang::kKo);
    const std::size_t mark = ko.find("번 출구");
    if (mark == std::string::npos) return "";
    std::size_t start = mark;
    while (start > 0 && ko[start - 1] >= '0' && ko[start - 1] <= '9') --start;
    return ko.substr(start, mark - start);
}

void Symbol(const Canvas& c, ImVec2 p, ImU32 color, const char* text, float radiusCss, bool square) {
    const float r = radiusCss * c.scale;
    if (square) {
        c.dl->AddRectFilled(ImVec2(p.x - r, p.y - r), ImVec2(p.x + r, p.y + r), Colors().pinBorder, 4 * c.scale);
        const float in = 1.5f * c.scale;
        c.dl->AddRectFilled(ImVec2(p.x - r + in, p.y - r + in), ImVec2(p.x + r - in, p.y + r - in), color, 3 * c.scale);
    } else {
        c.dl->AddCircleFilled(p, r, Colors().pinBorder, 20);
        c.dl->AddCircleFilled(p, r - 1.5f * c.scale, color, 20);
    }
    if (text && *text) {
        const float size = c.labelSize * (std::strlen(text) > 1 ? 0.8f : 1.0f);
        const ImVec2 ts = c.font->CalcTextSizeA(size, FLT_MAX, 0, text);
        c.dl->AddText(c.font, size, ImVec2(p.x - ts.x / 2, p.y - ts.y / 2), IM_COL32_WHITE, text);
    }
}

void DrawLandmarks(const Canvas& c, const Bundle& b, const MapState& map, LabelSpace* labels, Lang lang) {
    const MapColors& k = Colors();
    for (std::size_t i = 0; i < b.landmarks.size(); ++i) {
        const Landmark& l = b.landmarks[i];
        const ImVec2 p = c.ToScreen(map.landmarks[i]);
        if (!c.Inside(p, 40 * c.scale)) continue;
        float radius = 9;
        switch (l.kind) {
            case LandmarkKind::kSubwayStation: Symbol(c, p, k.station, "M", radius = 11, false); break;
            case LandmarkKind::kSubwayExit: {
                const std::string n = ExitNumber(l);
                Symbol(c, p, k.exit, n.empty() ? "E" : n.c_str(), radius = 8, true);
                break;
            }
            case LandmarkKind::kBusStop: Symbol(c, p, k.bus, "B", radius, true); break;
            case LandmarkKind::kToilet: Symbol(c, p, k.toilet, "WC", radius, true); break;
            case LandmarkKind::kParking: Symbol(c, p, k.parking, "P", radius, true); break;
            case LandmarkKind::kLandmark: {
                const float r = 6 * c.scale;
                c.dl->AddQuadFilled(ImVec2(p.x, p.y - r), ImVec2(p.x + r, p.y), ImVec2(p.x, p.y + r),
                                    ImVec2(p.x - r, p.y), k.landmark);
                radius = 6;
                break;
            }
        }
        const bool named = l.kind == LandmarkKind::kSubwayStation ? c.cssZoom >= kStreetNamesZoom
                                                                   : c.cssZoom >= kLandmarkNamesZoom;
        if (named && l.kind != LandmarkKind::kSubwayExit) {
            SideLabel(c, labels, p, (radius + 4) * c.scale, k.label, l.name.In(lang));
        }
    }
}

// [SECTION] Pins, clusters, the visitor's position, the scale bar

// Where to look when a cluster is tapped: the view that holds all its members, at least one
// level closer so that they come apart. `apart` tells whether they will at that zoom: shops in
// one building stay together even at the closest zoom, and are listed instead.
intent::MapZoomTo ZoomIntoCluster(const MapState& map, const Cluster& cl, double minZoom, double maxZoom,
                                  double clusterPx, bool* apart) {
    double x0 = DBL_MAX, y0 = DBL_MAX, x1 = -DBL_MAX, y1 = -DBL_MAX;
    for (std::size_t m : cl.members) {
        const WorldPoint& w = map.pinPoints[m];
        x0 = std::min(x0, w.x), y0 = std::min(y0, w.y), x1 = std::max(x1, w.x), y1 = std::max(y1, w.y);
    }
    const double pad = 80;  // device px either side
    const double fitX = x1 > x0 ? std::log2((map.view.width - 2 * pad) / (x1 - x0)) : maxZoom;
    const double fitY = y1 > y0 ? std::log2((map.view.height - 2 * pad) / (y1 - y0)) : maxZoom;
    const double zoom = std::clamp(std::max(std::min(fitX, fitY), map.view.zoom + 1), minZoom, maxZoom);
    *apart = std::max(x1 - x0, y1 - y0) * std::pow(2.0, zoom) >= clusterPx && zoom > map.view.zoom + 1e-6;
    return intent::MapZoomTo{WorldPoint{(x0 + x1) / 2, (y0 + y1) / 2}, zoom};
}

void Pin(const Canvas& c, ImVec2 p, ImU32 color, bool deal, bool focus) {
    const MapColors& k = Colors();
    const float r = (focus ? kPinRadiusCss * 1.35f : kPinRadiusCss) * c.scale;
    if (focus) c.dl->AddCircleFilled(p, r + 5 * c.scale, k.focusRing, 24);
    c.dl->AddCircleFilled(ImVec2(p.x, p.y + c.scale), r + 2 * c.scale, IM_COL32(0, 0, 0, 0x40), 20);  // shadow
    c.dl->AddCircleFilled(p, r + 2 * c.scale, k.pinBorder, 20);
    c.dl->AddCircleFilled(p, r, color, 20);
    if (deal) {  // a running promotion: a red dot on the pin's shoulder
        const ImVec2 d(p.x + r * 0.8f, p.y - r * 0.8f);
        c.dl->AddCircleFilled(d, 4.5f * c.scale, k.pinBorder, 12);
        c.dl->AddCircleFilled(d, 3.2f * c.scale, k.deal, 12);
    }
}

void DrawPosition(const Canvas& c, const UiState& s, const Bundle& b) {
    if (!s.location.position || !b.district.bounds.Contains(s.location.position->at)) return;
    const ImVec2 p = c.ToScreen(Project(s.location.position->at));
    const double metresPerPx = MetresPerWorldUnit(s.location.position->at.lat) / c.view.Scale();
    const float accuracy = static_cast<float>(s.location.position->accuracyMetres / metresPerPx);
    const MapColors& k = Colors();
    if (accuracy > 8 * c.scale) {
        c.dl->AddCircleFilled(p, accuracy, k.positionHalo, 48);
        c.dl->AddCircle(p, accuracy, k.position, 48, c.scale);
    }
    c.dl->AddCircleFilled(p, 9 * c.scale, IM_COL32_WHITE, 20);
    c.dl->AddCircleFilled(p, 6.5f * c.scale, k.position, 20);
}

void ScaleBar(const Canvas& c, double latitude, ImVec2 at) {
    const double metresPerPx = MetresPerWorldUnit(latitude) / c.view.Scale();
    double metres = 5;
    for (double m : {5.0, 10.0, 20.0, 50.0, 100.0, 200.0, 500.0, 1000.0, 2000.0, 5000.0}) {
        if (m / metresPerPx <= 100 * c.scale) metres = m;
    }
    const float len = static_cast<float>(metres / metresPerPx);
    char text[32];
    std::snprintf(text, sizeof text, metres >= 1000 ? "%.0f km" : "%.0f m", metres >= 1000 ? metres / 1000 : metres);
    const ImVec2 ts = c.font->CalcTextSizeA(c.labelSize, FLT_MAX, 0, text);
    const float pad = 4 * c.scale;
    const ImVec2 a(at.x, at.y - ts.y - 10 * c.scale - 2 * pad);
    c.dl->AddRectFilled(a, ImVec2(at.x + std::max(len, ts.x) + 2 * pad, at.y), Colors().halo, 4 * c.scale);
    c.dl->AddText(c.font, c.labelSize, ImVec2(a.x + pad, a.y + pad), Colors().label, text);
    const float y = at.y - pad - 2 * c.scale;
    const float t = 2 * c.scale;
    c.dl->AddLine(ImVec2(a.x + pad, y), ImVec2(a.x + pad + len, y), Colors().label, t);
    c.dl->AddLine(ImVec2(a.x + pad, y), ImVec2(a.x + pad, y - 6 * c.scale), Colors().label, t);
    c.dl->AddLine(ImVec2(a.x + pad + len, y), ImVec2(a.x + pad + len, y - 6 * c.scale), Colors().label, t);
}

// [SECTION] Controls and the list of shops at one spot

// A round control floating on the map; records its HitTarget. `icon` draws the symbol.
template <typename Icon>
bool RoundButton(UiState& s, const char* kind, const char* label, ImVec2 center, bool active, Icon icon) {
    const float r = Px(s, 24);  // 48 CSS px across
    ImGui::SetCursorScreenPos(ImVec2(center.x - r, center.y - r));
    ImGui::PushID(kind);
    const bool tapped = ImGui::InvisibleButton("round", ImVec2(2 * r, 2 * r));
    const bool held = ImGui::IsItemActive();
    ImGui::PopID();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddCircleFilled(ImVec2(center.x, center.y + Px(s, 1)), r + Px(s, 1), IM_COL32(0, 0, 0, 0x38), 32);
    dl->AddCircleFilled(center, r, held ? theme::Colors().cardPressed : theme::Colors().card, 32);
    icon(dl, center, active ? theme::Colors().accent : theme::Colors().text);
    s.frame.targets.push_back({kind, "", label, center.x - r, center.y - r, 2 * r, 2 * r, true});
    return tapped;
}

void Controls(UiState& s, const ImVec2& mapMax) {
    const float t = Px(s, 2.5f), arm = Px(s, 8);
    const float x = mapMax.x - Px(s, 16) - Px(s, 24);
    float y = mapMax.y - Px(s, 64) - Px(s, s.layout.safeBottom) - Px(s, 24);
    if (RoundButton(s, "locate", Tr(Msg::kMyLocation, s.lang), ImVec2(x, y), s.location.position.has_value(),
                    [&](ImDrawList* dl, ImVec2 c, ImU32 col) {
                        dl->AddCircle(c, Px(s, 7), col, 24, t);
                        dl->AddCircleFilled(c, Px(s, 3), col, 12);
                        for (const ImVec2 d : {ImVec2(0, 1), ImVec2(0, -1), ImVec2(1, 0), ImVec2(-1, 0)}) {
                            dl->AddLine(ImVec2(c.x + d.x * Px(s, 7), c.y + d.y * Px(s, 7)),
                                        ImVec2(c.x + d.x * Px(s, 11), c.y + d.y * Px(s, 11)), col, t);
                        }
                    })) {
        s.frame.intents.push_back(intent::Locate{});
    }
    y -= Px(s, 64);
    if (RoundButton(s, "map-zoom-out", Tr(Msg::kZoomOut, s.lang), ImVec2(x, y), false,
                    [&](ImDrawList* dl, ImVec2 c, ImU32 col) {
                        dl->AddLine(ImVec2(c.x - arm, c.y), ImVec2(c.x + arm, c.y), col, t);
                    })) {
        s.frame.intents.push_back(intent::MapZoom{-1});
    }
    y -= Px(s, 56);
    if (RoundButton(s, "map-zoom-in", Tr(Msg::kZoomIn, s.lang), ImVec2(x, y), false,
                    [&](ImDrawList* dl, ImVec2 c, ImU32 col) {
                        dl->AddLine(ImVec2(c.x - arm, c.y), ImVec2(c.x + arm, c.y), col, t);
                        dl->AddLine(ImVec2(c.x, c.y - arm), ImVec2(c.x, c.y + arm), col, t);
                    })) {
        s.frame.intents.push_back(intent::MapZoom{1});
    }
}

// Shops at one spot that no zoom separates, listed in a sheet along the bottom of the map.
void ListedShops(UiState& s, const Bundle& b, const ImVec2& mapMin, const ImVec2& mapMax) {
    const float rowH = Px(s, theme::kRowHeight) + Px(s, 2) + 2 * ImGui::GetStyle().ItemSpacing.y;
    const std::size_t rows = std::min<std::size_t>(s.map.listed.size(), 5);
    const float pad = Px(s, 12);
    const float h = rows * rowH + Px(s, theme::kButtonHeight) + 3 * pad + Px(s, s.layout.safeBottom);
    const ImVec2 top(mapMin.x, std::max(mapMin.y, mapMax.y - h));
    ImGui::GetWindowDrawList()->AddRectFilled(top, mapMax, theme::Colors().background, Px(s, theme::kRadius),
                                              ImDrawFlags_RoundCornersTop);
    ImGui::SetCursorScreenPos(ImVec2(top.x + pad, top.y + pad));
    ImGui::BeginGroup();
    ImGui::PushItemWidth(mapMax.x - mapMin.x - 2 * pad);
    if (widgets::Button(s, "list-close", "", Tr(Msg::kClose, s.lang), 88)) {
        s.frame.intents.push_back(intent::MapList{});
    }
    ImGui::Dummy(ImVec2(mapMax.x - mapMin.x - 2 * pad, 0));
    for (std::size_t i = 0; i < rows; ++i) {
        if (const Shop* shop = b.FindShop(s.map.listed[i])) {
            ImGui::PushClipRect(top, mapMax, false);
            ImGui::SetNextItemWidth(mapMax.x - mapMin.x - 2 * pad);
            widgets::ShopRow(s, *shop, b.FindCategory(shop->category), nullptr);
            ImGui::PopClipRect();
        }
    }
    ImGui::PopItemWidth();
    ImGui::EndGroup();
}

// Fits the view to the area: the whole district, or the shop in focus up close.
void Place(UiState& s, const Bundle& b, float w, float h) {
    MapState& map = s.map;
    const double densityZoom = std::log2(std::max(0.5f, s.layout.scale));
    const MapView fit = FitBounds(b.district.bounds, w, h, Px(s, 24));
    map.maxZoom = kMaxZoom + densityZoom;
    map.minZoom = std::min(fit.zoom - 0.75, map.maxZoom);
    if (!map.placed) {
        map.view = fit;
        // Where the shops are, when the district's bounds hold more than them.
        if (!b.shops.empty()) {
            Bounds shops{90, 180, -90, -180};
            for (const Shop& shop : b.shops) {
                shops.south = std::min(shops.south, shop.position.lat);
                shops.north = std::max(shops.north, shop.position.lat);
                shops.west = std::min(shops.west, shop.position.lon);
                shops.east = std::max(shops.east, shop.position.lon);
            }
            const MapView around = FitBounds(shops, w, h, Px(s, 48));
            map.view.center = around.center;
            map.view.zoom = std::min(around.zoom, kFocusZoom + densityZoom);
        }
        if (const Shop* shop = map.focusShop.empty() ? nullptr : b.FindShop(map.focusShop)) {
            map.view.center = Project(shop->position);
            map.view.zoom = std::max(fit.zoom, kFocusZoom + densityZoom);
        }
        map.placed = true;
    }
    // A new size (rotation, the address bar) keeps the centre and the zoom.
    map.view.width = w;
    map.view.height = h;
    ClampView(&map.view, b.district.bounds, map.minZoom, map.maxZoom);
}

}  // namespace

// [SECTION] The screen

void Notice(UiState& s) {
    if (s.location.notice.empty() && !s.location.locating) return;
    const std::string& text =
        s.location.locating ? std::string(Tr(Msg::kLocating, s.lang)) : s.location.notice;
    const widgets::Card card = widgets::BeginCard(s);
    widgets::Paragraph(text, theme::Colors().text);
    if (!s.location.locating && widgets::Button(s, "notice-close", "", Tr(Msg::kClose, s.lang), 88)) {
        s.frame.intents.push_back(intent::DismissNotice{});
    }
    const float h = widgets::EndCard(s, card, theme::Colors().accentSoft, 0);
    s.frame.targets.push_back({"notice", "", text, card.origin.x, card.origin.y, card.width, h, true});
}

void Map(UiState& s, const Bundle& b) {
    TopBar(s);
    char count[96];
    std::snprintf(count, sizeof count, Tr(Msg::kMapShopCount, s.lang),
                  static_cast<int>(s.search.results.size()));
    std::string line = count;
    if (!s.search.query.empty()) line = "\u201C" + s.search.query + "\u201D · " + line;
    widgets::Paragraph(line, theme::Colors().muted);
    const bool placing = !s.editor.placing.empty();
    if (placing) {
        // Placing a shop from the editor: a tap moves it; done goes back to its form.
        widgets::Paragraph(Tr(Msg::kPlaceHint, s.lang), theme::Colors().accent);
        if (widgets::Button(s, "place-done", s.editor.placing, Tr(Msg::kDone, s.lang), 120)) {
            s.frame.intents.push_back(intent::EndPlacing{});
        }
    }
    Notice(s);

    // The map takes the rest of the window, edge to edge.
    const ImVec2 winPos = ImGui::GetWindowPos(), winSize = ImGui::GetWindowSize();
    const ImVec2 mapMin(winPos.x, ImGui::GetCursorScreenPos().y + Px(s, 4));
    const ImVec2 mapMax(winPos.x + winSize.x, winPos.y + winSize.y);
    const float w = mapMax.x - mapMin.x, h = mapMax.y - mapMin.y;
    if (w < 1 || h < 1) return;
    MapState& map = s.map;
    map.x = mapMin.x;
    map.y = mapMin.y;
    Place(s, b, w, h);

    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->ChannelsSplit(2);
    dl->ChannelsSetCurrent(1);
    // Controls and the list first: they take the tap before the map under them does.
    if (map.listed.empty()) {
        Controls(s, mapMax);
    } else {
        ListedShops(s, b, mapMin, mapMax);
    }
    ImGui::SetCursorScreenPos(mapMin);
    // A press and release in place is a tap; a mouse that moved on the way was dragging.
    const bool tapped = ImGui::InvisibleButton("map", ImVec2(w, h)) &&
                        ImGui::GetIO().MouseDragMaxDistanceSqr[0] < Px(s, 8) * Px(s, 8);
    if (ImGui::IsItemActive() && ImGui::IsMouseDragging(0, Px(s, 4))) {
        // A mouse drag on a desktop: the touch drags come through App::DragBy instead.
        s.map.dragX += ImGui::GetIO().MouseDelta.x;
        s.map.dragY += ImGui::GetIO().MouseDelta.y;
    }

    dl->ChannelsSetCurrent(0);
    dl->PushClipRect(mapMin, mapMax, false);
    Canvas c{dl,
             mapMin,
             mapMax,
             map.view,
             s.layout.scale,
             map.view.zoom - std::log2(std::max(0.5f, s.layout.scale)),
             ImGui::GetFont(),
             Px(s, kLabelFontCss)};
    dl->AddRectFilled(mapMin, mapMax, Colors().land);
    const double lat = b.district.center.lat;
    const double metresPerPx = MetresPerWorldUnit(lat) / map.view.Scale();
    // Pins go on top of everything, so names keep out of their way.
    map.clusters = ClusterPoints(map.pinIndex, map.pinPoints, map.view, Px(s, kClusterDistanceCss));
    LabelSpace labels;
    for (const Cluster& cl : map.clusters) {
        const float r = Px(s, cl.members.size() == 1 ? kPinRadiusCss + 2 : 22);
        const ImVec2 p(mapMin.x + static_cast<float>(cl.sx), mapMin.y + static_cast<float>(cl.sy));
        labels.taken.push_back(ImVec4(p.x - r, p.y - r, p.x + r, p.y + r));
    }
    DrawStreets(c, b, map, metresPerPx, &labels, s.lang);
    DrawLandmarks(c, b, map, &labels, s.lang);

    // The pins: clusters and single shops, the shop in focus last, on top.
    const auto hasDeal = [&](std::size_t shop) { return shop < map.hasDeal.size() && map.hasDeal[shop]; };
    const ImVec2 tap = ImGui::GetIO().MousePos;
    float bestTap = Px(s, kTapRadiusCss);
    const Cluster* tappedCluster = nullptr;
    const Shop* focus = map.focusShop.empty() ? nullptr : b.FindShop(map.focusShop);
    for (const Cluster& cl : map.clusters) {
        const ImVec2 p(mapMin.x + static_cast<float>(cl.sx), mapMin.y + static_cast<float>(cl.sy));
        const float d = std::hypot(p.x - tap.x, p.y - tap.y);
        if (tapped && d < bestTap) {
            bestTap = d;
            tappedCluster = &cl;
        }
        const float hit = Px(s, 22);
        if (cl.members.size() == 1) {
            const Shop& shop = b.shops[s.search.results[cl.members[0]]];
            if (&shop == focus) continue;
            const Category* cat = b.FindCategory(shop.category);
            Pin(c, p, cat ? theme::FromRgb(cat->color) : theme::Colors().muted,
                hasDeal(s.search.results[cl.members[0]]), false);
            widgets::AddTarget(s, "pin", shop.id, shop.name.In(s.lang), p.x - hit, p.y - hit, 2 * hit, 2 * hit,
                               c.Inside(p, 0));
        } else {
            const int n = static_cast<int>(cl.members.size());
            const float r = Px(s, 15 + std::min(9.0f, 2.0f * std::log2(static_cast<float>(n))));
            dl->AddCircleFilled(p, r + Px(s, 4), IM_COL32(0, 0, 0, 0x30), 28);
            dl->AddCircleFilled(p, r + Px(s, 2), Colors().pinBorder, 28);
            dl->AddCircleFilled(p, r, Colors().cluster, 28);
            const std::string text = std::to_string(n);
            const ImVec2 ts = c.font->CalcTextSizeA(c.labelSize * 1.1f, FLT_MAX, 0, text.c_str());
            dl->AddText(c.font, c.labelSize * 1.1f, ImVec2(p.x - ts.x / 2, p.y - ts.y / 2), Colors().clusterText,
                        text.c_str());
            const Shop& first = b.shops[s.search.results[cl.members[0]]];
            widgets::AddTarget(s, "cluster", first.id, text, p.x - r, p.y - r, 2 * r, 2 * r, c.Inside(p, 0));
        }
    }
    // Names of single pins, when close enough to read them and where they do not collide.
    if (c.cssZoom >= kShopNamesZoom) {
        for (const Cluster& cl : map.clusters) {
            if (cl.members.size() != 1) continue;
            const Shop& shop = b.shops[s.search.results[cl.members[0]]];
            if (&shop == focus) continue;
            const ImVec2 p(mapMin.x + static_cast<float>(cl.sx), mapMin.y + static_cast<float>(cl.sy));
            SideLabel(c, &labels, p, Px(s, kPinRadiusCss + 5), Colors().label, shop.name.In(s.lang));
        }
    }
    if (focus) {
        const ImVec2 p = c.ToScreen(Project(focus->position));
        const Category* cat = b.FindCategory(focus->category);
        Pin(c, p, cat ? theme::FromRgb(cat->color) : theme::Colors().muted,
            hasDeal(static_cast<std::size_t>(focus - b.shops.data())), true);
        LabelSpace own;  // the shop asked for is always named
        SideLabel(c, &own, p, Px(s, kPinRadiusCss * 1.35f + 8), Colors().label, focus->name.In(s.lang));
        const float hit = Px(s, 22);
        s.frame.targets.push_back({"pin", focus->id, focus->name.In(s.lang), p.x - hit, p.y - hit, 2 * hit,
                                   2 * hit, c.Inside(p, 0)});
        if (tapped && !placing && std::hypot(p.x - tap.x, p.y - tap.y) < Px(s, kTapRadiusCss)) {
            tappedCluster = nullptr;
            s.frame.intents.push_back(intent::OpenShop{focus->id});
        }
    }
    DrawPosition(c, s, b);
    if (placing && tapped) {
        const LatLon at = Unproject(map.view.ToWorld(tap.x - mapMin.x, tap.y - mapMin.y));
        char value[96];
        std::snprintf(value, sizeof value, "%.6f,%.6f", at.lat, at.lon);
        s.frame.intents.push_back(
            intent::EditSet{EntityRef{EntityKind::kShop, s.editor.placing}, "position", value});
        tappedCluster = nullptr;
    }

    // The scale bar at the bottom left, the geometry's source along the bottom.
    const float bottom = mapMax.y - Px(s, s.layout.safeBottom);
    float attributionTop = bottom;
    if (!b.district.attribution.empty()) {
        const std::string text = "© " + b.district.attribution;
        const float pad = Px(s, 4);
        const ImVec2 ts = c.font->CalcTextSizeA(c.labelSize, FLT_MAX, w - 2 * pad, text.c_str());
        attributionTop = bottom - ts.y - 2 * pad;
        dl->AddRectFilled(ImVec2(mapMin.x, attributionTop), ImVec2(mapMax.x, bottom), Colors().halo);
        dl->AddText(c.font, c.labelSize, ImVec2(mapMin.x + pad, attributionTop + pad), Colors().label, text.c_str(),
                    nullptr, w - 2 * pad);
    }
    ScaleBar(c, lat, ImVec2(mapMin.x + Px(s, 12), attributionTop - Px(s, 8)));
    dl->PopClipRect();
    dl->ChannelsMerge();

    if (tappedCluster) {
        if (tappedCluster->members.size() == 1) {
            s.frame.intents.push_back(
                intent::OpenShop{b.shops[s.search.results[tappedCluster->members[0]]].id});
        } else {
            bool apart = false;
            const intent::MapZoomTo zoomTo = ZoomIntoCluster(map, *tappedCluster, map.minZoom, map.maxZoom,
                                                             Px(s, kClusterDistanceCss), &apart);
            if (apart) {
                s.frame.intents.push_back(zoomTo);
            } else {
                intent::MapList list;
                for (std::size_t m : tappedCluster->members)
                    list.shops.push_back(b.shops[s.search.results[m]].id);
                s.frame.intents.push_back(std::move(list));
            }
        }
    } else if (tapped && !map.listed.empty()) {
        s.frame.intents.push_back(intent::MapList{});
    } else if (tapped && !s.location.notice.empty()) {
        s.frame.intents.push_back(intent::DismissNotice{});
    }
}

}  // namespace golmok::views
