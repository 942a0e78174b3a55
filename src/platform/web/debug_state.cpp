// What the page tells its end-to-end tests and tools: golmok_debug_state (what is on screen) and
// golmok_frame_times (how long frames took). Reads the rest of the web platform, changes nothing.
#include "platform/web/debug_state.h"

#include <emscripten.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>
#include <vector>

#include "core/domain/geo.h"
#include "core/domain/route.h"
#include "core/i18n/ui_text.h"
#include "core/json/json_writer.h"
#include "imgui.h"
#include "platform/web/atlas_gl.h"
#include "platform/web/bridge.h"
#include "platform/web/input.h"
#include "platform/web/loop.h"
#include "ui/app.h"

namespace {

// The C++ time of recent frames (NewFrame → Render, in ms), for the page benchmark
// (tests/e2e/bench-page.mjs), which reads them through golmok_frame_times().
struct FrameTimes {
    static constexpr long kKept = 600;
    float ms[kKept] = {};
    long count = 0;  // since the last read
    void Add(double took) { ms[count++ % kKept] = static_cast<float>(took); }
};

FrameTimes g_frameTimes;
std::string g_debugJson;

}  // namespace

namespace golmok::web {

void RecordFrameTime(double ms) { g_frameTimes.Add(ms); }

}  // namespace golmok::web

extern "C" {

// The C++ times (ms) of the frames drawn since the previous call, oldest first (at most the last
// FrameTimes::kKept), as a JSON array; the call starts a new count.
EMSCRIPTEN_KEEPALIVE const char* golmok_frame_times() {
    static std::string json;
    json = "[";
    const long kept = std::min(g_frameTimes.count, FrameTimes::kKept);
    for (long i = g_frameTimes.count - kept; i < g_frameTimes.count; ++i) {
        json += (json.size() > 1 ? "," : "") + std::to_string(g_frameTimes.ms[i % FrameTimes::kKept]);
    }
    json += "]";
    g_frameTimes.count = 0;
    return json.c_str();
}

// What is on screen, as JSON with rectangles in CSS pixels: for end-to-end tests and tools. Members
// in alphabetical order, numbers that are not finite as null.
EMSCRIPTEN_KEEPALIVE const char* golmok_debug_state() {
    const golmok::App* app = golmok::web::ReadyApp();
    if (!app) return "null";
    const float dpr = golmok::web::PixelRatio();
    const golmok::UiState& s = app->State();
    static const char* const kScreens[] = {"loading", "home", "shop", "promo", "error", "map", "editor"};
    golmok::JsonWriter w(golmok::JsonWriter::Layout::kCompact);
    const auto number = [&w](const char* key, double v) {
        w.Key(key);
        if (std::isfinite(v)) {
            w.Number(v);
        } else {
            w.Null();
        }
    };
    const auto integer = [&w](const char* key, long long v) {
        w.Key(key);
        w.Integer(v);
    };
    const auto string = [&w](const char* key, std::string_view v) {
        w.Key(key);
        w.String(v);
    };
    const auto boolean = [&w](const char* key, bool v) {
        w.Key(key);
        w.Bool(v);
    };
    const auto diagnostics = [&](const std::vector<golmok::Diagnostic>& list, bool withWarning) {
        w.BeginArray();
        for (const golmok::Diagnostic& d : list) {
            w.BeginObject();
            integer("column", d.column);
            integer("line", d.line);
            string("message", d.message);
            string("pointer", d.pointer);
            if (withWarning) boolean("warning", d.warning);
            w.EndObject();
        }
        w.EndArray();
    };
    w.BeginObject();
    const ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    const golmok::web::AtlasStats stats = golmok::web::GetAtlasStats();
    w.Key("atlas");
    w.BeginObject();
    integer("bytes", stats.bytes);
    string("cjkFont", stats.cjkLang);
    boolean("current", stats.current);
    integer("height", atlas->TexHeight);
    integer("maxTextureSize", stats.maxTextureSize);
    integer("missingGlyphs", stats.missingGlyphs);
    integer("pieceBytes", stats.pieceBytes);
    integer("piecesLoaded", stats.piecesLoaded);
    integer("piecesPending", stats.piecesPending);
    integer("width", atlas->TexWidth);
    w.EndObject();
    if (const golmok::Bundle* b = app->GetBundle()) {
        w.Key("bundle");
        w.BeginObject();
        string("district", b->district.id);
        integer("shops", static_cast<long long>(b->shops.size()));
        w.EndObject();
    }
    number("dpr", dpr);
    const golmok::EditorState& e = s.editor;
    w.Key("editor");
    w.BeginObject();
    boolean("active", e.active);
    boolean("canRedo", e.canRedo);
    boolean("canUndo", e.canUndo);
    integer("edits", static_cast<long long>(e.editCount));
    string("entity", e.entity);
    string("notice", e.notice);
    integer("pending", static_cast<long long>(e.pending.size()));
    string("placing", e.placing);
    integer("problems", static_cast<long long>(e.problems.size()));
    w.Key("publish");
    w.BeginObject();
    static const char* const kSteps[] = {"idle", "working", "ready", "problems", "failed"};
    string("detail", e.publish.detail);
    integer("files", e.publish.files);
    string("step", kSteps[static_cast<int>(e.publish.step)]);
    string("zip", e.publish.zipName);
    w.EndObject();
    boolean("unsaved", e.unsaved);
    w.EndObject();
    w.Key("errors");
    diagnostics(s.error.problems, false);
    integer("filters", s.search.filters.ActiveCount());
    integer("framesDrawn", golmok::web::FramesDrawn());
    number("inertia", golmok::web::InputFlingSpeed());
    string("lang", golmok::LangCode(s.lang));
    if (s.frame.screen == golmok::Screen::kMap) {
        const double cssZoom = s.map.view.zoom - std::log2(std::max(0.5f, dpr));
        const golmok::LatLon center = golmok::Unproject(s.map.view.center);
        w.Key("map");
        w.BeginObject();
        integer("clusters", static_cast<long long>(s.map.clusters.size()));
        string("focus", s.map.focusShop);
        number("lat", center.lat);
        number("lon", center.lon);
        number("zoom", cssZoom);
        w.EndObject();
    }
    string("notice",
           s.location.locating ? std::string_view("locating") : std::string_view(s.location.notice));
    w.Key("position");
    if (s.location.position) {
        w.BeginObject();
        number("lat", s.location.position->at.lat);
        number("lon", s.location.position->at.lon);
        w.EndObject();
    } else {
        w.Null();
    }
    w.Key("preview");
    w.BeginObject();
    boolean("on", s.preview.on);
    w.Key("problems");
    diagnostics(s.preview.problems, true);
    string("source", s.preview.source);
    boolean("usable", s.preview.usable);
    w.EndObject();
    string("promo", s.frame.promoId);
    string("query", s.search.query);
    integer("results", static_cast<long long>(s.search.results.size()));
    string("route", golmok::FormatRoute(app->CurrentRoute()));
    // The screen the canvas shows now: the last frame's, which the targets belong to.
    string("screen", kScreens[static_cast<int>(s.frame.screen)]);
    boolean("searchFocused", s.search.focused);
    string("shop", s.frame.shopId);
    // The open shop's status line as the card shows it ("쉬는 시간 · 17:00에 다시 열어요").
    if (const golmok::Bundle* b = app->GetBundle()) {
        for (std::size_t i = 0; i < b->shops.size() && i < app->StatusLines().size(); ++i) {
            if (b->shops[i].id == s.frame.shopId) string("shopStatus", app->StatusLines()[i]);
        }
    }
    boolean("sortNearest", s.search.sortNearest);
    w.Key("targets");
    w.BeginArray();
    for (const golmok::HitTarget& t : s.frame.targets) {
        w.BeginObject();
        boolean("active", t.active);
        number("h", t.h / dpr);
        string("id", t.id);
        string("kind", t.kind);
        string("label", t.label);
        boolean("visible", t.visible);
        number("w", t.w / dpr);
        number("x", t.x / dpr);
        number("y", t.y / dpr);
        w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    g_debugJson = w.TakeText();
    return g_debugJson.c_str();
}

}  // extern "C"
