// The web platform: a WebGL2 canvas, input from emscripten/html5.h callbacks, files handed in by
// the page's script (shell/shell.js), and frames drawn only when something changed.
//
// [SECTION] index
//  - State: the one struct holding the platform's state
//  - Bridge to shell.js: EM_JS calls out, EMSCRIPTEN_KEEPALIVE calls in
//  - Sizing: CSS size × devicePixelRatio, fonts rebuilt for a new ratio or new text
//  - Input: touch (tap vs. drag, inertia), mouse, wheel, keys
//  - Frames: render on demand
//  - main

#include <emscripten.h>
#include <emscripten/eventloop.h>
#include <emscripten/html5.h>
#include <GLES3/gl3.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cfloat>
#include <ctime>
#include <deque>
#include <map>
#include <string>
#include <vector>

#include "core/bundle/bundle_loader.h"
#include "core/domain/route.h"
#include "core/i18n/ui_text.h"
#include "core/json/json_writer.h"
#include "core/model/date.h"
#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "ui/app.h"
#include "ui/kit/fonts.h"
#include "ui/kit/theme.h"

namespace {

using golmok::App;

// [SECTION] State

// A finger that moves farther than this (CSS px) before lifting scrolls; it never taps.
constexpr float kTapSlopCss = 10.0f;
// Kinetic scrolling: velocity kept per 60 Hz frame after the finger lifts, and the speed
// (CSS px per ms) below which it stops.
constexpr double kInertiaDecayPerFrame = 0.92;
constexpr double kInertiaStopSpeed = 0.02;
// Frames drawn after any input or change, so hover, press and release and the screen they lead
// to all reach the canvas.
constexpr int kSettleFrames = 3;

enum FileKind {
    kIndexFile = 0,
    kBundleFile = 1,
    kBodyFont = 2,
    kTitleFont = 3,
    kCjkFont = 4,
    kExtraFont = 5,
    kPreviewFile = 6,  // a bundle the visitor opened in preview mode (file picker, drop, ?data=)
    kEditFont = 7,     // fonts/edit.ttf: every Hangul syllable in common use, for what editors type
};

// One mouse state per frame: ImGui 1.86 has no input queue, and a press and release within one
// frame would be lost.
struct MouseStep {
    float x, y;  // device pixels; -FLT_MAX: nowhere (no hover left behind after a tap)
    bool down;
};

// The fingers on the canvas. One finger drags (scrolls a screen, pans the map); on the map a
// second finger pinches, zooming around the point between the two.
struct Touch {
    bool active = false;
    bool scrolling = false;
    long id = 0;
    float startX = 0, startY = 0, lastX = 0, lastY = 0;  // CSS px
    double lastTime = 0;
    double velocityX = 0, velocityY = 0;  // CSS px per ms, smoothed
    bool pinching = false;
    long id2 = 0;
    float lastX2 = 0, lastY2 = 0;
};

struct WebState {
    App* app = nullptr;
    EMSCRIPTEN_WEBGL_CONTEXT_HANDLE gl = 0;
    bool contextLost = false;
    float dpr = 0;          // 0 until the first sizing
    int fbWidth = 0, fbHeight = 0;
    std::vector<unsigned char> bodyFont, titleFont;
    // fonts/ja.otf and fonts/zh.otf by language, each fetched when first picked.
    std::map<std::string, std::vector<unsigned char>> cjkFonts;
    std::vector<unsigned char> extraFont;  // fonts/extra.otf: what Nanum lacks (accented Latin)
    std::vector<unsigned char> editFont;   // fonts/edit.ttf, once the editor asked for it
    std::string atlasLang;               // the language the atlas was built for
    int missingGlyphs = 0;
    int fontGeneration = -1;  // App::ContentGeneration() the atlas was built for
    float fontDpr = 0;
    GLuint fontTexture = 0;
    long atlasBytes = 0;
    int maxTextureSize = 4096;
    bool bodyFontArrived = false;
    // The optional faces, arrived or failed: the atlas is built once all are settled rather
    // than again as each one comes in.
    bool titleFontSettled = false, extraFontSettled = false;

    std::string requestedDistrict;
    std::string bundleUrl;

    std::deque<MouseStep> mouseSteps;
    Touch touch;
    double inertiaX = 0, inertiaY = 0;  // CSS px per ms
    double lastTapTime = -1e9;          // for double taps on the map
    float lastTapX = 0, lastTapY = 0;
    int settleFrames = 0;
    bool frameScheduled = false;
    bool minuteTimerSet = false;
    double lastFrameTime = 0;
    long framesDrawn = 0;
    bool revealed = false;
    bool ready = false;  // WebGL2 and ImGui are up; until then calls from the page are ignored
    std::string debugJson;
    float placedSearch[4] = {-1, -1, -1, -1};  // CSS px rectangle last given to the page
    std::string placedFields;  // the editor's fields as last given to the page (JSON)
    std::string lastRoute;  // the location hash the page shows
    std::string title;      // the document title last set
    std::string announced;  // what the page's aria-live region was last given
    golmok::Lang placedLang = golmok::Lang::kKo;
};

WebState g;

// The C++ time of recent frames (NewFrame → Render, in ms), for the page benchmark
// (tests/e2e/bench-page.mjs), which reads them through golmok_frame_times().
struct FrameTimes {
    static constexpr long kKept = 600;
    float ms[kKept] = {};
    long count = 0;  // since the last read
    void Add(double took) { ms[count++ % kKept] = static_cast<float>(took); }
};
FrameTimes g_frameTimes;

void RequestFrame();
void PlaceSearchInput();
void PlaceFields();
void SyncRoute();
void SyncTitle();
void SyncAnnouncement();

// [SECTION] Bridge to shell.js

EM_JS(void, JsFetch, (int kind, const char* url), { golmokShell.fetchFile(kind, UTF8ToString(url)); });
EM_JS(void, JsReveal, (), { golmokShell.reveal(); });
EM_JS(void, JsOpenUrl, (const char* url), { golmokShell.openUrl(UTF8ToString(url)); });
EM_JS(void, JsLanguageChanged, (const char* lang), { golmokShell.languageChanged(UTF8ToString(lang)); });
EM_JS(void, JsSetTitle, (const char* title), { document.title = UTF8ToString(title); });
EM_JS(void, JsPlaceSearch, (float x, float y, float w, float h, const char* placeholder), {
    golmokShell.placeSearch(x, y, w, h, UTF8ToString(placeholder));
});
EM_JS(void, JsPushRoute, (const char* hash), { golmokShell.pushRoute(UTF8ToString(hash)); });
EM_JS(void, JsReplaceRoute, (const char* hash), { golmokShell.replaceRoute(UTF8ToString(hash)); });
EM_JS(void, JsBack, (), { golmokShell.back(); });
EM_JS(void, JsShare, (const char* title, const char* hash), {
    golmokShell.share(UTF8ToString(title), UTF8ToString(hash));
});
EM_JS(void, JsSetSearchText, (const char* text), { golmokShell.setSearchText(UTF8ToString(text)); });
EM_JS(void, JsFail, (const char* reason), { golmokShell.fail(UTF8ToString(reason)); });
EM_JS(void, JsPageOrigin, (char* out, int size), { stringToUTF8(location.origin, out, size); });
EM_JS(void, JsOpenFile, (), { golmokShell.openFile(); });
EM_JS(void, JsEnterPreview, (), { golmokShell.enterPreview(); });
EM_JS(void, JsRequestPosition, (), { golmokShell.requestPosition(); });
EM_JS(void, JsOpenDirections, (const char* appUrl, const char* webUrl), {
    golmokShell.openDirections(UTF8ToString(appUrl), UTF8ToString(webUrl));
});
EM_JS(void, JsAnnounce, (const char* text), { golmokShell.announce(UTF8ToString(text)); });
EM_JS(void, JsShowTextView, (), { golmokShell.showTextView(); });
EM_JS(float, JsSafeAreaInset, (int side), { return golmokShell.safeAreaInset(side); });
EM_JS(void, JsPlaceFields, (const char* json), { golmokShell.placeFields(UTF8ToString(json)); });
EM_JS(void, JsDownload, (const char* name, const char* text), {
    golmokShell.download(UTF8ToString(name), UTF8ToString(text));
});
EM_JS(int, JsSaveDraft, (const char* key, const char* text), {
    return golmokShell.saveDraft(UTF8ToString(key), UTF8ToString(text)) ? 1 : 0;
});
// The caller frees the returned string.
EM_JS(char*, JsLoadDraft, (const char* key), {
    const text = golmokShell.loadDraft(UTF8ToString(key));
    const size = lengthBytesUTF8(text) + 1;
    const out = _malloc(size);
    stringToUTF8(text, out, size);
    return out;
});
EM_JS(void, JsEditorOpened, (), { golmokShell.editorOpened(); });

void StartLoading() {
    JsFetch(kIndexFile, "data/index.json");
}

// The index names the bundle to fetch: the district the URL asked for, else the default.
void OnIndex(const std::string& text) {
    golmok::IndexLoadResult r = golmok::LoadDistrictIndex(text);
    if (!r.index) {
        g.app->ShowErrors("data/index.json", std::move(r.errors));
        return;
    }
    std::string file;
    for (const golmok::DistrictEntry& e : r.index->districts) {
        if (e.id == g.requestedDistrict || (file.empty() && e.id == r.index->defaultId)) file = e.bundle;
    }
    g.bundleUrl = "data/" + file;
    JsFetch(kBundleFile, g.bundleUrl.c_str());
}

// [SECTION] Sizing

void UpdateSize() {
    double cssW = 0, cssH = 0;
    emscripten_get_element_css_size("#canvas", &cssW, &cssH);
    const float dpr = static_cast<float>(std::max(1.0, emscripten_get_device_pixel_ratio()));
    const int w = std::max(1, static_cast<int>(std::lround(cssW * dpr)));
    const int h = std::max(1, static_cast<int>(std::lround(cssH * dpr)));
    if (w != g.fbWidth || h != g.fbHeight) {
        emscripten_set_canvas_element_size("#canvas", w, h);
        g.fbWidth = w;
        g.fbHeight = h;
    }
    if (dpr != g.dpr) {
        g.dpr = dpr;
        golmok::theme::ApplyStyle(dpr);
        g.app->SetScale(dpr);
    }
    g.app->SetSafeArea(JsSafeAreaInset(0), JsSafeAreaInset(1), JsSafeAreaInset(2), JsSafeAreaInset(3));
    ImGui::GetIO().DisplaySize = ImVec2(static_cast<float>(w), static_cast<float>(h));
}

// ImGui runs in device pixels, so glyphs are rasterised at size × devicePixelRatio and drawn
// 1:1: crisp at any ratio. The atlas holds only the characters the page can show, and goes to the
// GPU as luminance + alpha (2 bytes a pixel) rather than the backend's RGBA (4): glyphs need only
// coverage, and white luminance keeps the backend's shader as it is.
void UploadFontTexture() {
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    unsigned char* alpha = nullptr;
    int w = 0, h = 0;
    atlas->GetTexDataAsAlpha8(&alpha, &w, &h);
    std::vector<unsigned char> la(static_cast<std::size_t>(w) * h * 2);
    for (std::size_t i = 0, n = static_cast<std::size_t>(w) * h; i < n; ++i) {
        la[2 * i] = 255;
        la[2 * i + 1] = alpha[i];
    }
    ImGui_ImplOpenGL3_DestroyFontsTexture();  // the backend's RGBA copy, if it made one
    if (g.fontTexture) glDeleteTextures(1, &g.fontTexture);
    glGenTextures(1, &g.fontTexture);
    glBindTexture(GL_TEXTURE_2D, g.fontTexture);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_LUMINANCE_ALPHA, w, h, 0, GL_LUMINANCE_ALPHA, GL_UNSIGNED_BYTE, la.data());
    atlas->SetTexID(reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(g.fontTexture)));
    atlas->ClearTexData();  // the CPU copy is no longer needed
    g.atlasBytes = static_cast<long>(w) * h * 2;
}

void RebuildFontsIfNeeded() {
    if (!g.bodyFontArrived || !g.titleFontSettled || !g.extraFontSettled) return;
    const std::string lang = golmok::LangCode(g.app->State().lang);
    const auto cjk = g.cjkFonts.find(lang);
    const bool cjkReady = cjk != g.cjkFonts.end();
    const std::string atlasLang = cjkReady ? lang : std::string();
    if (g.fontGeneration == g.app->ContentGeneration() && g.fontDpr == g.dpr && g.atlasLang == atlasLang) return;
    static const std::vector<unsigned char> kNone;
    const std::vector<std::uint32_t> body = g.app->Codepoints(), title = g.app->TitleCodepoints();
    float scale = g.dpr;
    golmok::FontSet fonts;
    // A phone's GPU limits texture size (MAX_TEXTURE_SIZE, read at start-up): should the atlas
    // not fit, rasterise smaller rather than fail to draw text at all.
    // Editing: the face with every common syllable draws the body and the titles, so that
    // whatever is typed shows in the page behind the form.
    const std::vector<unsigned char>& bodyFace = g.editFont.empty() ? g.bodyFont : g.editFont;
    const std::vector<unsigned char>& titleFace = g.editFont.empty() ? g.titleFont : g.editFont;
    for (int attempt = 0; attempt < 4; ++attempt) {
        fonts = golmok::BuildFontAtlas(bodyFace, titleFace, cjkReady ? cjk->second : kNone, g.extraFont, body,
                                       title, scale);
        const ImFontAtlas* atlas = ImGui::GetIO().Fonts;
        if (atlas->TexWidth <= g.maxTextureSize && atlas->TexHeight <= g.maxTextureSize) break;
        scale *= 0.8f;
    }
    g.app->SetFonts(fonts.body, fonts.title);
    ImGui::GetIO().FontDefault = fonts.body;
    UploadFontTexture();
    g.missingGlyphs = golmok::CountMissingGlyphs(fonts.body, body) +
                      golmok::CountMissingGlyphs(fonts.title ? fonts.title : fonts.body, title);
    g.fontGeneration = g.app->ContentGeneration();
    g.fontDpr = g.dpr;
    g.atlasLang = atlasLang;
}

// [SECTION] Input

void Touched() {
    g.settleFrames = kSettleFrames;
    RequestFrame();
}

void QueueTap(float cssX, float cssY) {
    const float x = cssX * g.dpr, y = cssY * g.dpr;
    g.mouseSteps.push_back({x, y, false});
    g.mouseSteps.push_back({x, y, true});
    g.mouseSteps.push_back({x, y, false});
    g.mouseSteps.push_back({-FLT_MAX, -FLT_MAX, false});
}

const EmscriptenTouchPoint* FindTouch(const EmscriptenTouchEvent* e, long id, bool changedOnly) {
    for (int i = 0; i < e->numTouches; ++i) {
        if (e->touches[i].identifier == id && (!changedOnly || e->touches[i].isChanged)) return &e->touches[i];
    }
    return nullptr;
}

// A tap, or on the map the second tap of a double tap, which zooms in there instead.
void Tap(float x, float y, double now) {
    constexpr double kDoubleTapMs = 350;
    constexpr float kDoubleTapSlopCss = 30;
    if (g.app->OnMap() && now - g.lastTapTime < kDoubleTapMs &&
        std::hypot(x - g.lastTapX, y - g.lastTapY) < kDoubleTapSlopCss) {
        g.app->ZoomMapAt(1, x * g.dpr, y * g.dpr);
        g.lastTapTime = -1e9;
        return;
    }
    QueueTap(x, y);
    g.lastTapTime = now;
    g.lastTapX = x;
    g.lastTapY = y;
}

void OnPinchMove(const EmscriptenTouchEvent* e) {
    Touch& t = g.touch;
    const EmscriptenTouchPoint* a = FindTouch(e, t.id, false);
    const EmscriptenTouchPoint* b = FindTouch(e, t.id2, false);
    if (!a || !b) return;
    const float ax = float(a->targetX), ay = float(a->targetY), bx = float(b->targetX), by = float(b->targetY);
    const float midX = (ax + bx) / 2, midY = (ay + by) / 2;
    const float before = std::hypot(t.lastX2 - t.lastX, t.lastY2 - t.lastY);
    const float after = std::hypot(bx - ax, by - ay);
    // The map follows the fingers' midpoint and scales with their distance.
    g.app->DragBy((midX - (t.lastX + t.lastX2) / 2) * g.dpr, (midY - (t.lastY + t.lastY2) / 2) * g.dpr);
    if (before > 1 && after > 1) g.app->ZoomMapAt(std::log2(after / before), midX * g.dpr, midY * g.dpr);
    t.lastX = ax, t.lastY = ay, t.lastX2 = bx, t.lastY2 = by;
}

EM_BOOL OnTouch(int type, const EmscriptenTouchEvent* e, void*) {
    const double now = emscripten_get_now();
    Touch& t = g.touch;
    if (type == EMSCRIPTEN_EVENT_TOUCHSTART) {
        const bool stoppedFling = g.inertiaX != 0 || g.inertiaY != 0;
        g.inertiaX = g.inertiaY = 0;  // a finger on the screen stops a fling
        if (!t.active && e->numTouches == 1) {
            const EmscriptenTouchPoint& p = e->touches[0];
            t = Touch{};
            t.active = true;
            t.scrolling = stoppedFling;  // a touch that stops the list is not a tap on it
            t.id = p.identifier;
            t.startX = t.lastX = static_cast<float>(p.targetX);
            t.startY = t.lastY = static_cast<float>(p.targetY);
            t.lastTime = now;
        } else if (e->numTouches > 1) {
            t.scrolling = true;  // a second finger: never a tap
            const EmscriptenTouchPoint* first = t.active ? FindTouch(e, t.id, false) : nullptr;
            if (g.app->OnMap() && first && !t.pinching) {
                for (int i = 0; i < e->numTouches; ++i) {
                    if (e->touches[i].identifier == t.id) continue;
                    t.pinching = true;
                    t.id2 = e->touches[i].identifier;
                    t.lastX = float(first->targetX), t.lastY = float(first->targetY);
                    t.lastX2 = float(e->touches[i].targetX), t.lastY2 = float(e->touches[i].targetY);
                    break;
                }
            }
        }
    } else if (type == EMSCRIPTEN_EVENT_TOUCHMOVE && t.active) {
        if (t.pinching) {
            OnPinchMove(e);
        } else if (const EmscriptenTouchPoint* p = FindTouch(e, t.id, false)) {
            const float x = static_cast<float>(p->targetX), y = static_cast<float>(p->targetY);
            if (!t.scrolling && std::hypot(x - t.startX, y - t.startY) > kTapSlopCss) t.scrolling = true;
            if (t.scrolling) {
                const float dx = x - t.lastX, dy = y - t.lastY;
                const double dt = std::max(1.0, now - t.lastTime);
                t.velocityX = 0.6 * (dx / dt) + 0.4 * t.velocityX;
                t.velocityY = 0.6 * (dy / dt) + 0.4 * t.velocityY;
                g.app->DragBy(dx * g.dpr, dy * g.dpr);
                t.lastX = x;
                t.lastY = y;
                t.lastTime = now;
            }
        }
    } else if ((type == EMSCRIPTEN_EVENT_TOUCHEND || type == EMSCRIPTEN_EVENT_TOUCHCANCEL) && t.active) {
        if (t.pinching) {
            // One of the two lifted: the other goes on panning, from where it is (no jump).
            const bool firstLifted = FindTouch(e, t.id, true) != nullptr;
            const bool secondLifted = FindTouch(e, t.id2, true) != nullptr;
            if (firstLifted || secondLifted) {
                t.pinching = false;
                if (firstLifted) {
                    t.id = t.id2;
                    t.lastX = t.lastX2;
                    t.lastY = t.lastY2;
                }
                t.velocityX = t.velocityY = 0;
                t.lastTime = now;
                if (firstLifted && secondLifted) t.active = false;
            }
        } else if (FindTouch(e, t.id, true)) {
            if (!t.scrolling && type == EMSCRIPTEN_EVENT_TOUCHEND) {
                Tap(t.startX, t.startY, now);
            } else if (t.scrolling && now - t.lastTime < 100) {
                // A finger that stopped before lifting does not fling; lists fling up and down only.
                g.inertiaX = g.app->OnMap() ? t.velocityX : 0;
                g.inertiaY = t.velocityY;
            }
            t.active = false;
        }
    }
    Touched();
    return EM_TRUE;  // the page behind never scrolls, zooms or sees mouse emulation
}

EM_BOOL OnMouse(int type, const EmscriptenMouseEvent* e, void*) {
    if (e->button != 0 && type != EMSCRIPTEN_EVENT_MOUSEMOVE) return EM_FALSE;
    const float x = static_cast<float>(e->targetX) * g.dpr, y = static_cast<float>(e->targetY) * g.dpr;
    const bool down = type == EMSCRIPTEN_EVENT_MOUSEDOWN ||
                      (type == EMSCRIPTEN_EVENT_MOUSEMOVE && (e->buttons & 1));
    if (type == EMSCRIPTEN_EVENT_MOUSEMOVE && !g.mouseSteps.empty()) {
        g.mouseSteps.back().x = x;
        g.mouseSteps.back().y = y;
    } else {
        g.mouseSteps.push_back({x, y, down});
    }
    Touched();
    return EM_TRUE;
}

EM_BOOL OnMouseLeave(int, const EmscriptenMouseEvent*, void*) {
    g.mouseSteps.push_back({-FLT_MAX, -FLT_MAX, false});
    Touched();
    return EM_TRUE;
}

EM_BOOL OnWheel(int, const EmscriptenWheelEvent* e, void*) {
    double dy = e->deltaY;
    if (e->deltaMode == DOM_DELTA_LINE) dy *= 40;
    if (e->deltaMode == DOM_DELTA_PAGE) dy *= 800;
    // On the map the wheel (and a trackpad pinch, which arrives as a wheel) zooms under the
    // pointer: 300 px of wheel is one zoom level.
    const float x = static_cast<float>(e->mouse.targetX) * g.dpr, y = static_cast<float>(e->mouse.targetY) * g.dpr;
    if (!g.app->ZoomMapAt(-dy / 300.0, x, y)) g.app->ScrollBy(static_cast<float>(-dy) * g.dpr);
    Touched();
    return EM_TRUE;
}

EM_BOOL OnKey(int, const EmscriptenKeyboardEvent* e, void*) {
    if (std::string(e->key) == "Escape") {
        g.app->Apply(golmok::intent::Back{});
        Touched();
        return EM_TRUE;
    }
    return EM_FALSE;
}

EM_BOOL OnResize(int, const EmscriptenUiEvent*, void*) {
    Touched();
    return EM_FALSE;
}

EM_BOOL OnVisibility(int, const EmscriptenVisibilityChangeEvent* e, void*) {
    if (!e->hidden) Touched();
    return EM_FALSE;
}

EM_BOOL OnContextLost(int, const void*, void*) {
    g.contextLost = true;
    // Nothing can be drawn until it is restored: drop what would keep frames coming.
    g.mouseSteps.clear();
    g.inertiaX = g.inertiaY = 0;
    g.settleFrames = 0;
    g.atlasBytes = 0;
    return EM_TRUE;
}

EM_BOOL OnContextRestored(int, const void*, void*) {
    // Everything on the GPU is gone: recreate the backend's shaders, buffers and font texture.
    emscripten_webgl_make_context_current(g.gl);
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplOpenGL3_Init("#version 300 es");
    ImGui_ImplOpenGL3_CreateDeviceObjects();
    g.fontTexture = 0;  // died with the old context
    g.fontDpr = 0;      // forces the atlas upload
    g.contextLost = false;
    Touched();
    return EM_TRUE;
}

// [SECTION] Frames

void ApplyInertia(double dtMs) {
    if (g.inertiaX == 0 && g.inertiaY == 0) return;
    g.app->DragBy(static_cast<float>(g.inertiaX * dtMs) * g.dpr, static_cast<float>(g.inertiaY * dtMs) * g.dpr);
    const double decay = std::pow(kInertiaDecayPerFrame, dtMs / (1000.0 / 60.0));
    g.inertiaX *= decay;
    g.inertiaY *= decay;
    if (std::hypot(g.inertiaX, g.inertiaY) < kInertiaStopSpeed) g.inertiaX = g.inertiaY = 0;
}

void DrawFrame(double now) {
    const double dtMs = g.lastFrameTime > 0 ? std::min(100.0, now - g.lastFrameTime) : 16.7;
    g.lastFrameTime = now;
    if (g.contextLost) return;

    UpdateSize();
    g.app->SetNow(static_cast<std::int64_t>(std::time(nullptr)));
    RebuildFontsIfNeeded();
    ApplyInertia(dtMs);

    ImGuiIO& io = ImGui::GetIO();
    io.DeltaTime = static_cast<float>(std::max(dtMs, 1.0) / 1000.0);
    if (!g.mouseSteps.empty()) {
        const MouseStep step = g.mouseSteps.front();
        g.mouseSteps.pop_front();
        io.MousePos = ImVec2(step.x, step.y);
        io.MouseDown[0] = step.down;
    }

    const double cppStart = emscripten_get_now();
    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
    const golmok::Screen before = g.app->State().screen;
    const std::string shopBefore = g.app->State().shopId;
    const golmok::MapView viewBefore = g.app->State().map.view;
    g.app->Frame();
    const golmok::MapView& view = g.app->State().map.view;
    const bool mapMoved = view.zoom != viewBefore.zoom || view.center.x != viewBefore.center.x ||
                          view.center.y != viewBefore.center.y;
    if (g.app->State().screen != before || g.app->State().shopId != shopBefore || mapMoved) {
        g.settleFrames = kSettleFrames;  // draw the screen (or map view) the frame's intents led to
    }
    ImGui::Render();
    g_frameTimes.Add(emscripten_get_now() - cppStart);

    glViewport(0, 0, g.fbWidth, g.fbHeight);
    const ImVec4 bg = ImGui::ColorConvertU32ToFloat4(golmok::theme::Colors().background);
    glClearColor(bg.x, bg.y, bg.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    ++g.framesDrawn;

    PlaceSearchInput();
    PlaceFields();
    SyncRoute();
    SyncTitle();
    SyncAnnouncement();

    // Shown once there is something to show and the fonts to show it with.
    if (!g.revealed && g.app->State().screen != golmok::Screen::kLoading && g.fontGeneration >= 0) {
        g.revealed = true;
        JsReveal();
    }
}

// Keeps the page's text input over the search box the frame drew (or hides it).
void PlaceSearchInput() {
    const golmok::UiState& s = g.app->State();
    const golmok::SearchState& q = s.search;
    const float rect[4] = {q.fieldX / g.dpr, q.fieldY / g.dpr, q.fieldW / g.dpr, q.fieldH / g.dpr};
    bool same = s.lang == g.placedLang;
    for (int i = 0; i < 4; ++i) same = same && std::fabs(rect[i] - g.placedSearch[i]) < 0.25f;
    if (same) return;
    std::copy(rect, rect + 4, g.placedSearch);
    g.placedLang = s.lang;
    JsPlaceSearch(rect[0], rect[1], rect[2], rect[3], golmok::Tr(golmok::Msg::kSearchPlaceholder, s.lang));
}

// Keeps the page's inputs over the editor's field boxes the frame drew, with their values; none
// when no form is on screen. Sent only when something changed (a scroll moves every field).
void PlaceFields() {
    const golmok::UiState& s = g.app->State();
    const golmok::EditorState& e = s.editor;
    static const std::vector<golmok::FormField> kNone;
    golmok::JsonWriter w(golmok::JsonWriter::Layout::kCompact);
    w.BeginObject();
    w.Key("generation");
    w.Integer(e.generation);
    w.Key("clipTop");
    w.Number(e.clipTop / g.dpr);
    w.Key("clipBottom");
    w.Number(e.clipBottom / g.dpr);
    w.Key("fields");
    w.BeginArray();
    for (const golmok::FormField& f : s.frame.screen == golmok::Screen::kEditor ? e.fields : kNone) {
        w.BeginObject();
        const std::pair<const char*, const std::string*> texts[] = {
            {"id", &f.id}, {"kind", &f.kind}, {"value", &f.value}, {"label", &f.label}, {"lang", &f.lang}, {"note", &f.note}};
        for (const auto& [key, value] : texts) {
            w.Key(key);
            w.String(*value);
        }
        const std::pair<const char*, float> box[] = {{"x", f.x}, {"y", f.y}, {"w", f.w}, {"h", f.h}};
        for (const auto& [key, value] : box) {
            w.Key(key);
            w.Number(std::round(value / g.dpr * 4) / 4);  // quarter CSS px: no resend for float noise
        }
        w.Key("options");
        w.BeginArray();
        for (const auto& [value, label] : f.options) {
            w.BeginArray();
            w.String(value);
            w.String(label);
            w.EndArray();
        }
        w.EndArray();
        w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    if (w.Text() == g.placedFields) return;
    g.placedFields = w.Text();
    JsPlaceFields(g.placedFields.c_str());
}

// Keeps the location hash equal to the app's route: a new screen is a new history entry (so the
// browser's back returns from it); search and filter changes replace the current one.
void SyncRoute() {
    const golmok::Screen screen = g.app->State().screen;
    if (screen == golmok::Screen::kLoading || screen == golmok::Screen::kError) return;
    const golmok::Route route = g.app->CurrentRoute();
    const std::string hash = golmok::FormatRoute(route);
    if (hash == g.lastRoute) return;
    const golmok::Route previous = golmok::ParseRoute(g.lastRoute);
    const bool newScreen = route.screen != golmok::Route::Screen::kHome &&
                           (route.screen != previous.screen || route.id != previous.id);
    if (newScreen && !g.lastRoute.empty()) {
        JsPushRoute(hash.c_str());
    } else {
        JsReplaceRoute(hash.c_str());
    }
    g.lastRoute = hash;
}

// The tab's title: the district's name in the visitor's language.
void SyncTitle() {
    const golmok::Bundle* b = g.app->GetBundle();
    if (!b) return;
    const std::string title = b->district.name.In(g.app->State().lang) + " · golmok";
    if (title == g.title) return;
    g.title = title;
    JsSetTitle(title.c_str());
}

// Screen readers cannot see the canvas: what it shows that matters (how many shops a search
// found, the shop opened) goes to the page's aria-live region, once per change.
void SyncAnnouncement() {
    const std::string text = g.app->Announcement();
    if (text == g.announced) return;
    g.announced = text;
    if (!text.empty()) JsAnnounce(text.c_str());
}

bool NeedsAnotherFrame() {
    return !g.mouseSteps.empty() || g.inertiaX != 0 || g.inertiaY != 0 || g.settleFrames > 0;
}

// Opening states change with the clock ("closes 21:00" becomes "closed"): one frame at each
// minute boundary keeps them true while nothing else moves.
void OnMinute(void*) {
    g.minuteTimerSet = false;
    RequestFrame();
}

void ScheduleMinuteFrame() {
    if (g.minuteTimerSet) return;
    g.minuteTimerSet = true;
    const double msIntoMinute = std::fmod(emscripten_date_now(), 60000.0);
    emscripten_set_timeout(OnMinute, 60000.0 - msIntoMinute + 50.0, nullptr);
}

EM_BOOL OnAnimationFrame(double now, void*) {
    g.frameScheduled = false;
    DrawFrame(now);
    if (g.settleFrames > 0) --g.settleFrames;
    if (NeedsAnotherFrame()) {
        RequestFrame();
    } else {
        ScheduleMinuteFrame();
    }
    return EM_FALSE;
}

void RequestFrame() {
    if (g.frameScheduled) return;
    g.frameScheduled = true;
    emscripten_request_animation_frame(OnAnimationFrame, nullptr);
}

}  // namespace

// [SECTION] Calls from shell.js

extern "C" {

// Begins loading: the shell passes the visitor's language ("ko", "en", …) and the district the
// URL asked for ("" for the default).
EMSCRIPTEN_KEEPALIVE void golmok_start(const char* lang, const char* district, const char* hash) {
    if (!g.ready) return;
    golmok::Lang l;
    if (golmok::ParseLangCode(lang, &l)) g.app->SetLanguage(l);
    g.requestedDistrict = district;
    char origin[256] = {0};
    JsPageOrigin(origin, sizeof origin);
    g.app->SetPageOrigin(origin);
    // A deep link: applied once the bundle is in (the app keeps it until then).
    g.app->ApplyRoute(golmok::ParseRoute(hash));
    JsSetSearchText(golmok::ParseRoute(hash).query.c_str());
    StartLoading();
    Touched();
}

// A file the shell fetched; `data` is owned by the caller and copied here.
EMSCRIPTEN_KEEPALIVE void golmok_receive_file(int kind, const char* url, const unsigned char* data, int size) {
    if (!g.ready) return;
    const std::string name = url;
    switch (kind) {
        case kIndexFile: OnIndex(std::string(reinterpret_cast<const char*>(data), size)); break;
        case kBundleFile: {
            // Read in place: a copy of a large bundle would raise the page's peak memory by its size.
            g.app->OnBundleText(name, std::string_view(reinterpret_cast<const char*>(data), size));
            break;
        }
        case kPreviewFile:
            g.app->OnPreviewText(name, std::string(reinterpret_cast<const char*>(data), size));
            g.settleFrames = kSettleFrames;
            break;
        case kBodyFont:
            g.bodyFont.assign(data, data + size);
            g.bodyFontArrived = true;
            g.fontDpr = 0;
            break;
        case kTitleFont:
            g.titleFont.assign(data, data + size);
            g.titleFontSettled = true;
            g.fontDpr = 0;
            break;
        case kExtraFont:
            g.extraFont.assign(data, data + size);
            g.extraFontSettled = true;
            g.fontDpr = 0;
            break;
        case kEditFont:
            g.editFont.assign(data, data + size);
            g.fontDpr = 0;
            break;
        case kCjkFont:
            // "fonts/ja.otf" → "ja"
            if (name.size() > 6) g.cjkFonts[name.substr(name.size() - 6, 2)].assign(data, data + size);
            break;
        default: break;
    }
    Touched();
}

// The browser moved through history (back, forward) or the hash was edited: show that route.
EMSCRIPTEN_KEEPALIVE void golmok_route(const char* hash) {
    if (!g.ready) return;
    g.app->ApplyRoute(golmok::ParseRoute(hash));
    g.lastRoute = golmok::FormatRoute(g.app->CurrentRoute());
    JsSetSearchText(g.app->State().search.query.c_str());
    g.settleFrames = kSettleFrames;
    Touched();
}

// Preview mode (?preview or ?data=): the page shows files the visitor opens, with their problems.
EMSCRIPTEN_KEEPALIVE void golmok_set_preview(int on) {
    if (!g.ready) return;
    g.app->SetPreview(on != 0);
    Touched();
}

// The system's light or dark preference, at start and whenever it changes.
EMSCRIPTEN_KEEPALIVE void golmok_set_dark(int dark) {
    if (!g.ready) return;
    golmok::theme::SetDark(dark != 0);
    golmok::theme::ApplyStyle(g.dpr > 0 ? g.dpr : 1.0f);
    g.settleFrames = kSettleFrames;
    Touched();
}

// The search field's text changed (typing, composing, paste, clear).
EMSCRIPTEN_KEEPALIVE void golmok_set_query(const char* text) {
    if (!g.ready) return;
    g.app->SetQuery(text);
    Touched();
}

EMSCRIPTEN_KEEPALIVE void golmok_search_focus(int focused) {
    if (!g.ready) return;
    g.app->SetSearchFocused(focused != 0);
    Touched();
}

// The editor: a field's text changed (typing, composing, paste), or it gained or lost focus.
EMSCRIPTEN_KEEPALIVE void golmok_field_input(const char* id, const char* value) {
    if (!g.ready) return;
    g.app->OnFieldInput(id, value);
    Touched();
}

EMSCRIPTEN_KEEPALIVE void golmok_field_focus(const char* id, int focused) {
    if (!g.ready) return;
    g.app->OnFieldFocus(id, focused != 0);
    Touched();
}

// Ctrl+Z / Ctrl+Shift+Z (⌘ on a Mac) outside the fields: the editor's undo and redo. Inside a
// field the browser undoes its own typing, which reaches the app as input like any other.
EMSCRIPTEN_KEEPALIVE void golmok_undo(int redo) {
    if (!g.ready || !g.app->State().editor.active) return;
    if (redo) {
        g.app->Apply(golmok::intent::Redo{});
    } else {
        g.app->Apply(golmok::intent::Undo{});
    }
    Touched();
}

// A finger dragged over the page's inputs (the editor's fields): the form scrolls as it would
// under the canvas. CSS px.
EMSCRIPTEN_KEEPALIVE void golmok_drag(float dx, float dy) {
    if (!g.ready) return;
    g.app->DragBy(dx * g.dpr, dy * g.dpr);
    Touched();
}

// The browser's answer to golmokShell.requestPosition: a position, or why there is none
// (1 refused, 2 unavailable, 3 timed out, 0 no geolocation).
EMSCRIPTEN_KEEPALIVE void golmok_position(double lat, double lon, double accuracy) {
    if (!g.ready) return;
    g.app->SetPosition(lat, lon, accuracy);
    Touched();
}

EMSCRIPTEN_KEEPALIVE void golmok_position_failed(int code) {
    if (!g.ready) return;
    g.app->PositionFailed(code);
    Touched();
}

// A fetch failed (network error or HTTP status); shown on the error screen.
EMSCRIPTEN_KEEPALIVE void golmok_receive_failure(int kind, const char* url, const char* message) {
    if (!g.ready) return;
    // Without the index, the bundle or the body font there is nothing to show: say why. The
    // title, fallback and Japanese/Chinese faces are optional; the body face stands in.
    if (kind == kIndexFile || kind == kBundleFile || kind == kBodyFont) {
        g.app->OnLoadFailure(url, message);
    }
    if (kind == kPreviewFile) g.app->OnPreviewFailure(url, message);
    if (kind == kTitleFont) g.titleFontSettled = true;
    if (kind == kExtraFont) g.extraFontSettled = true;
    Touched();
}

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
    if (!g.ready) return "null";
    const golmok::UiState& s = g.app->State();
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
    w.Key("atlas");
    w.BeginObject();
    integer("bytes", g.atlasBytes);
    string("cjkFont", g.atlasLang);
    integer("height", atlas->TexHeight);
    integer("maxTextureSize", g.maxTextureSize);
    integer("missingGlyphs", g.missingGlyphs);
    integer("width", atlas->TexWidth);
    w.EndObject();
    if (const golmok::Bundle* b = g.app->GetBundle()) {
        w.Key("bundle");
        w.BeginObject();
        string("district", b->district.id);
        integer("shops", static_cast<long long>(b->shops.size()));
        w.EndObject();
    }
    number("dpr", g.dpr);
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
    boolean("unsaved", e.unsaved);
    w.EndObject();
    w.Key("errors");
    diagnostics(s.error.problems, false);
    integer("filters", s.search.filters.ActiveCount());
    integer("framesDrawn", g.framesDrawn);
    number("inertia", std::hypot(g.inertiaX, g.inertiaY));
    string("lang", golmok::LangCode(s.lang));
    if (s.frame.screen == golmok::Screen::kMap) {
        const double cssZoom = s.map.view.zoom - std::log2(std::max(0.5f, g.dpr));
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
    string("route", golmok::FormatRoute(g.app->CurrentRoute()));
    // The screen the canvas shows now: the last frame's, which the targets belong to.
    string("screen", kScreens[static_cast<int>(s.frame.screen)]);
    boolean("searchFocused", s.search.focused);
    string("shop", s.frame.shopId);
    boolean("sortNearest", s.search.sortNearest);
    w.Key("targets");
    w.BeginArray();
    for (const golmok::HitTarget& t : s.frame.targets) {
        w.BeginObject();
        boolean("active", t.active);
        number("h", t.h / g.dpr);
        string("id", t.id);
        string("kind", t.kind);
        string("label", t.label);
        boolean("visible", t.visible);
        number("w", t.w / g.dpr);
        number("x", t.x / g.dpr);
        number("y", t.y / g.dpr);
        w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    g.debugJson = w.TakeText();
    return g.debugJson.c_str();
}

}  // extern "C"

// [SECTION] main

int main() {
    // What the app asks of the page, each by name.
    App::Host host;
    host.links.openUrl = [](const std::string& url) { JsOpenUrl(url.c_str()); };
    host.page.retryLoading = [] {
        g.revealed = false;
        if (!g.bodyFontArrived) JsFetch(kBodyFont, "fonts/body.ttf");
        StartLoading();
    };
    host.page.languageChanged = [](const std::string& lang) { JsLanguageChanged(lang.c_str()); };
    host.links.back = [] { JsBack(); };
    host.device.share = [](const std::string& title, const std::string& hash) {
        JsShare(title.c_str(), hash.c_str());
    };
    host.device.requestPosition = [] { JsRequestPosition(); };
    host.links.openDirections = [](const std::string& appUrl, const std::string& webUrl) {
        JsOpenDirections(appUrl.c_str(), webUrl.c_str());
    };
    host.files.openFile = [] { JsOpenFile(); };
    host.page.enterPreview = [] { JsEnterPreview(); };
    host.page.showTextView = [] { JsShowTextView(); };
    host.files.loadDraft = [](const std::string& key) {
        char* text = JsLoadDraft(key.c_str());
        std::string out = text;
        free(text);
        return out;
    };
    host.files.saveDraft = [](const std::string& key, const std::string& text) {
        return JsSaveDraft(key.c_str(), text.c_str()) != 0;
    };
    host.files.download = [](const std::string& name, const std::string& text) {
        JsDownload(name.c_str(), text.c_str());
    };
    host.page.editorOpened = [] { JsEditorOpened(); };
    static App app(host);
    g.app = &app;

    EmscriptenWebGLContextAttributes attrs;
    emscripten_webgl_init_context_attributes(&attrs);
    attrs.majorVersion = 2;
    attrs.minorVersion = 0;
    attrs.alpha = EM_FALSE;
    attrs.depth = EM_FALSE;
    attrs.stencil = EM_FALSE;
    attrs.antialias = EM_FALSE;
    attrs.powerPreference = EM_WEBGL_POWER_PREFERENCE_LOW_POWER;
    g.gl = emscripten_webgl_create_context("#canvas", &attrs);
    if (g.gl <= 0) {
        JsFail("webgl");
        return 0;
    }
    emscripten_webgl_make_context_current(g.gl);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // nothing to persist between visits
    io.MouseDrawCursor = false;
    ImGui_ImplOpenGL3_Init("#version 300 es");
    // Made now, so that the first NewFrame does not make its own RGBA font texture later.
    ImGui_ImplOpenGL3_CreateDeviceObjects();
    glGetIntegerv(GL_MAX_TEXTURE_SIZE, &g.maxTextureSize);
    UpdateSize();

    emscripten_set_touchstart_callback("#canvas", nullptr, EM_FALSE, OnTouch);
    emscripten_set_touchmove_callback("#canvas", nullptr, EM_FALSE, OnTouch);
    emscripten_set_touchend_callback("#canvas", nullptr, EM_FALSE, OnTouch);
    emscripten_set_touchcancel_callback("#canvas", nullptr, EM_FALSE, OnTouch);
    emscripten_set_mousedown_callback("#canvas", nullptr, EM_FALSE, OnMouse);
    emscripten_set_mouseup_callback("#canvas", nullptr, EM_FALSE, OnMouse);
    emscripten_set_mousemove_callback("#canvas", nullptr, EM_FALSE, OnMouse);
    emscripten_set_mouseleave_callback("#canvas", nullptr, EM_FALSE, OnMouseLeave);
    emscripten_set_wheel_callback("#canvas", nullptr, EM_FALSE, OnWheel);
    emscripten_set_keydown_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE, OnKey);
    emscripten_set_resize_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE, OnResize);
    emscripten_set_visibilitychange_callback(nullptr, EM_FALSE, OnVisibility);
    emscripten_set_webglcontextlost_callback("#canvas", nullptr, EM_FALSE, OnContextLost);
    emscripten_set_webglcontextrestored_callback("#canvas", nullptr, EM_FALSE, OnContextRestored);
    g.ready = true;
    return 0;
}
