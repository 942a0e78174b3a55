// The calls between shell/shell.js and the program (see bridge.h): EM_JS calls out, and the
// EMSCRIPTEN_KEEPALIVE calls in. Knows nothing of GL, touch gestures or frame timing.
//
// [SECTION] index
//  - State: what the page was last told, and what it asked for
//  - Calls out to shell.js
//  - Loading: the index, then the bundle it names
//  - The page kept in step with the canvas: inputs, history, title, announcements
//  - The app's requests, and the bridge's face to the rest of the platform
//  - Calls in from shell.js

#include "platform/web/bridge.h"

#include <emscripten.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/bundle/bundle_loader.h"
#include "core/domain/route.h"
#include "core/i18n/text_view.h"
#include "core/i18n/ui_text.h"
#include "core/json/json_writer.h"
#include "platform/web/atlas_gl.h"
#include "platform/web/loop.h"
#include "platform/web/seam.h"
#include "ui/app.h"
#include "ui/kit/theme.h"

namespace {

using golmok::App;
using golmok::web::AtlasCjkFontArrived;
using golmok::web::AtlasCjkFontFailed;
using golmok::web::AtlasFontArrived;
using golmok::web::AtlasFontFailed;
using golmok::web::AtlasPieceArrived;
using golmok::web::AtlasPieceFailed;
using golmok::web::AtlasPieceListArrived;
using golmok::web::AtlasPieceListFailed;
using golmok::web::FontFace;
using golmok::web::PixelRatio;
using golmok::web::Touched;

// [SECTION] State

// FileKind, the files' paths and the codes passed across: what the page's script shares (seam.h).
using namespace golmok::web;

struct BridgeState {
    App* app = nullptr;
    bool ready = false;  // WebGL2 and ImGui are up; until then calls from the page are ignored
    bool revealed = false;
    // The body face is in (the atlas has it): trying the loading again need not fetch it again.
    bool bodyFontArrived = false;
    std::string requestedDistrict;
    std::string bundleUrl;
    float placedSearch[4] = {-1, -1, -1, -1};  // CSS px rectangle last given to the page
    golmok::Lang placedLang = golmok::Lang::kKo;
    std::string placedFields;  // the editor's fields as last given to the page (JSON)
    std::string lastRoute;     // the location hash the page shows
    std::string title;         // the document title last set
    std::string announced;     // what the page's aria-live region was last given
    std::string pageData;      // HashText of the bundle the page's HTML was written from, or ""
    int textViewVersion = -1;  // the app's ShownVersion when the text view was last made
    golmok::Lang textViewLang = golmok::Lang::kKo;
    bool textViewReplaced = false;  // the page shows the app's text view, not its own HTML
};

BridgeState g;

// [SECTION] Calls out to shell.js

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
EM_JS(void, JsTextViewChanged, (int stale), { golmokShell.textViewChanged(!!stale); });
EM_JS(void, JsTextViewPart, (const char* json), { golmokShell.textViewPart(UTF8ToString(json)); });
EM_JS(float, JsSafeAreaInset, (int side), { return golmokShell.safeAreaInset(side); });
EM_JS(void, JsPlaceFields, (const char* json), { golmokShell.placeFields(UTF8ToString(json)); });
EM_JS(void, JsDownload, (const char* name, const char* text), {
    golmokShell.download(UTF8ToString(name), UTF8ToString(text));
});
EM_JS(void, JsPublish, (const char* bundleName, const char* zipName, const char* text),
      { golmokShell.publish(UTF8ToString(bundleName), UTF8ToString(zipName), UTF8ToString(text)); });
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

// [SECTION] Loading

// "fonts/ja.otf" → "ja": the name between the last slash and the extension.
std::string CjkFontLang(const std::string& path) {
    const std::size_t slash = path.rfind('/') + 1;  // 0 when there is none
    const std::size_t extension = std::string_view(kCjkFontExtension).size();
    return path.size() > slash + extension ? path.substr(slash, path.size() - slash - extension)
                                           : std::string();
}

void StartLoading() {
    JsFetch(kIndexFile, kIndexPath);
}

// The index names the bundle to fetch: the district the URL asked for, else the default.
void OnIndex(const std::string& text) {
    golmok::IndexLoadResult r = golmok::LoadDistrictIndex(text);
    if (!r.index) {
        g.app->ShowErrors(kIndexPath, std::move(r.errors));
        return;
    }
    const golmok::DistrictEntry* entry = golmok::PickDistrict(*r.index, g.requestedDistrict);
    if (!entry) return;  // a loaded index always lists its default
    g.bundleUrl = "data/" + entry->bundle;
    JsFetch(kBundleFile, g.bundleUrl.c_str());
}

// [SECTION] The page kept in step with the canvas

// Keeps the page's text input over the search box the frame drew (or hides it).
void PlaceSearchInput() {
    const float dpr = PixelRatio();
    const golmok::UiState& s = g.app->State();
    const golmok::SearchState& q = s.search;
    const float rect[4] = {q.fieldX / dpr, q.fieldY / dpr, q.fieldW / dpr, q.fieldH / dpr};
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
    const float dpr = PixelRatio();
    const golmok::UiState& s = g.app->State();
    const golmok::EditorState& e = s.editor;
    static const std::vector<golmok::FormField> kNone;
    golmok::JsonWriter w(golmok::JsonWriter::Layout::kCompact);
    w.BeginObject();
    w.Key("generation");
    w.Integer(e.generation);
    w.Key("clipTop");
    w.Number(e.clipTop / dpr);
    w.Key("clipBottom");
    w.Number(e.clipBottom / dpr);
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
            w.Number(std::round(value / dpr * 4) / 4);  // quarter CSS px: no resend for float noise
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

// The page's HTML directory (its text view, and what screen readers read) says what the app
// shows: when the data on screen is not the data the HTML was written from (a data file replaced
// after the pages were made, a page kept from an older release, a preview, the editor's changes),
// the page asks for the app's own text view of it (golmok_write_text_view); when it is again, the
// page's HTML comes back.
void SyncTextView() {
    const App& app = *g.app;
    if (!app.GetBundle() || (app.ShownVersion() == g.textViewVersion && app.State().lang == g.textViewLang))
        return;
    g.textViewVersion = app.ShownVersion();
    g.textViewLang = app.State().lang;
    const bool stale = !app.ShowsFile(g.pageData);
    if (stale || g.textViewReplaced) JsTextViewChanged(stale ? 1 : 0);
    g.textViewReplaced = stale;
}

}  // namespace

// [SECTION] The app's requests, and the bridge's face to the rest of the platform

namespace golmok::web {

App& CreateApp() {
    // What the app asks of the page, each by name.
    App::Host host;
    host.links.openUrl = [](const std::string& url) { JsOpenUrl(url.c_str()); };
    host.page.retryLoading = [] {
        g.revealed = false;
        if (!g.bodyFontArrived) JsFetch(kBodyFont, kBodyFontPath);
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
    host.files.publish = [](const std::string& bundleName, const std::string& zipName,
                            const std::string& text) {
        JsPublish(bundleName.c_str(), zipName.c_str(), text.c_str());
    };
    static App app(host);
    g.app = &app;
    return app;
}

AtlasRequests FontRequests() {
    return {[] { JsFetch(kFontPieceList, kFontPieceListPath); },
            [](const std::string& path) { JsFetch(kFontPiece, path.c_str()); }};
}

void BridgeReady() { g.ready = true; }

App* ReadyApp() { return g.ready ? g.app : nullptr; }

void SyncPage() {
    PlaceSearchInput();
    PlaceFields();
    SyncRoute();
    SyncTitle();
    SyncAnnouncement();
    SyncTextView();

    // Shown once there is something to show and the fonts to show it with.
    if (!g.revealed && g.app->State().screen != golmok::Screen::kLoading && AtlasBuilt()) {
        g.revealed = true;
        JsReveal();
    }
}

float SafeAreaInset(int side) { return JsSafeAreaInset(side); }

void FailPage(const char* reason) { JsFail(reason); }

}  // namespace golmok::web

// [SECTION] Calls in from shell.js

extern "C" {

// Begins loading: the shell passes the visitor's language ("ko", "en", …) and the district the
// URL asked for ("" for the default).
EMSCRIPTEN_KEEPALIVE void golmok_start(const char* lang, const char* district, const char* hash,
                                       const char* pageData) {
    if (!g.ready) return;
    g.pageData = pageData;
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
            break;
        case kBodyFont:
            AtlasFontArrived(FontFace::kBody, data, size);
            g.bodyFontArrived = true;
            break;
        case kTitleFont: AtlasFontArrived(FontFace::kTitle, data, size); break;
        case kExtraFont: AtlasFontArrived(FontFace::kExtra, data, size); break;
        case kFontPieceList:
            AtlasPieceListArrived(data, size);
            break;
        case kFontPiece:
            AtlasPieceArrived(name, data, size);
            break;
        case kCjkFont:
            AtlasCjkFontArrived(CjkFontLang(name), data, size);
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
    golmok::theme::ApplyStyle(PixelRatio() > 0 ? PixelRatio() : 1.0f);
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
    g.app->DragBy(dx * PixelRatio(), dy * PixelRatio());
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

// The text view of the data on screen, handed to the page in parts of about 16 KB
// (golmokShell.textViewPart) before this returns.
EMSCRIPTEN_KEEPALIVE void golmok_write_text_view() {
    if (!g.ready || !g.app->GetBundle()) return;
    const golmok::UiState& s = g.app->State();
    golmok::WriteTextView(*g.app->GetBundle(), s.lang, s.today, 16 * 1024,
                          [](std::string part) { JsTextViewPart(part.c_str()); });
}

// The publish module's answer (shell/publish.js): 0 the zip `zipName` was offered with `files`
// files, 1 the bundle has problems, 2 the update could not be made; `detail` says what.
EMSCRIPTEN_KEEPALIVE void golmok_published(int status, const char* zipName, int files, const char* detail) {
    if (!g.ready) return;
    using golmok::PublishStep;
    const PublishStep step = status == 0   ? PublishStep::kReady
                             : status == 1 ? PublishStep::kProblems
                                           : PublishStep::kFailed;
    g.app->OnPublished(step, zipName, files, detail);
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
    if (kind == kTitleFont) AtlasFontFailed(FontFace::kTitle);
    if (kind == kExtraFont) AtlasFontFailed(FontFace::kExtra);
    if (kind == kCjkFont) AtlasCjkFontFailed(CjkFontLang(url));
    if (kind == kFontPieceList) AtlasPieceListFailed();
    if (kind == kFontPiece) AtlasPieceFailed(url);
    Touched();
}

}  // extern "C"
