// UI state shared by the views: which screen is open, the language, the scale, and the intents a
// frame produced. Plain data; views read it and push intents, App applies them.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/diagnostic.h"
#include "core/filters.h"
#include "core/geo.h"
#include "core/opening_hours.h"
#include "core/text.h"

struct ImFont;

namespace golmok {

enum class Screen { kLoading, kHome, kShop, kPromo, kError, kMap };

struct Intent {
    enum class Kind {
        kOpenShop,
        kBack,
        kOpenUrl,
        kSetLanguage,
        kRetry,
        kToggleFilterPanel,
        kToggleLanguagePicker,
        kToggleFilter,  // value: "open", "promotion", "pay:<code>", "lang:<code>", "cat:<id>"
        kClearFilters,
        kOpenPromo,  // value: promotion id
        kShare,      // share the current screen's link
        kOpenMap,    // value: the shop to centre on, or "" for the whole district
        kMapZoom,    // value: "in" or "out", around the map's centre
        kMapZoomTo,  // value: "<world x> <world y> <zoom>" (a tapped cluster)
        kLocate,     // ask the browser where the visitor is (only ever on a tap)
        kSortNearest,      // toggle nearest-first (asks for the position when unknown)
        kDismissNotice,
        kDirections,  // value: "naver", "kakao" or "google", for the open shop
        kMapList,     // value: shop ids, comma-separated (a cluster that cannot come apart); "" closes
        kOpenFile,           // preview: pick a bundle file
        kTogglePreviewProblems,
        kEnterPreview,
        kShowTextView,  // the page's HTML directory instead of the canvas
    };
    Kind kind;
    std::string value;  // shop id, URL or language code
};

// A tappable thing drawn in the last frame, in device pixels. The platform exposes them to
// end-to-end tests and, later, to assistive technology.
struct HitTarget {
    std::string kind;  // "shop", "back", "link", "language", "retry"
    std::string id;
    std::string label;
    float x = 0, y = 0, w = 0, h = 0;
    bool visible = false;  // at least partly inside its window's visible area
    bool active = false;   // for toggles (chips): whether it is on
};

// Where the visitor is, when they asked and the browser answered.
struct Position {
    LatLon at;
    double accuracyMetres = 0;
};

// The map screen: the view, the items it draws in world units, and what the last frame drew.
struct MapState {
    MapView view;                 // width and height: the map's area, device px
    bool placed = false;          // the view was fitted once the area's size was known
    float x = 0, y = 0;           // the map area's top-left corner, device px
    std::string focusShop;        // highlighted, and kept on the map even when filtered out
    std::vector<WorldPoint> shops;                     // per shop, in bundle order
    std::vector<std::vector<WorldPoint>> streets;      // per street
    std::vector<WorldPoint> landmarks;                 // per landmark
    // The pins drawn: results (search and filters apply), indexed for clustering and taps.
    std::vector<WorldPoint> pinPoints;                 // per result
    PointIndex pinIndex;
    std::vector<Cluster> clusters;                     // last frame's, members index results
    double minZoom = 14, maxZoom = 21;                 // in device-px zoom levels
    float dragX = 0, dragY = 0;                        // pending pan from the platform, px
    std::vector<std::string> listed;  // shops at one spot, listed over the map when tapped
    std::vector<char> hasDeal;        // per shop: a promotion runs today (marked on its pin)
};

struct UiState {
    Screen screen = Screen::kLoading;
    std::string shopId;   // on Screen::kShop
    std::string promoId;  // on Screen::kPromo
    Lang lang = Lang::kKo;
    Date today;
    LocalTime now;  // Asia/Seoul
    float scale = 1.0f;  // device pixels per CSS pixel
    float safeTop = 0, safeRight = 0, safeBottom = 0, safeLeft = 0;  // CSS pixels
    ImFont* bodyFont = nullptr;
    ImFont* titleFont = nullptr;
    float pendingScroll = 0;           // device pixels, consumed by the scrolling view
    float homeScrollY = 0;             // restored when coming back from a card
    std::string errorSource;           // on Screen::kError
    std::vector<Diagnostic> errors;    // on Screen::kError
    // Search and filters. The query comes from the page's text field, composing part included.
    std::string query;
    bool searchFocused = false;
    bool scrollToSearch = false;  // bring the field to the top (the keyboard is opening)
    Filters filters;
    bool filterPanelOpen = false;
    bool languagePickerOpen = false;
    // Derived from query, filters and the moment (App::Refresh): shops to list, in order, and
    // how many each category would show.
    std::vector<std::size_t> results;
    std::vector<int> categoryCounts;
    // Per category (bundle order), its shops in bundle order: the home list's groups, set when a
    // bundle loads rather than found again every frame.
    std::vector<std::vector<std::size_t>> shopsByCategory;
    bool Searching() const { return !query.empty() || filters.Active() || searchFocused || sortNearest; }
    // Where the text field must sit (device px; h == 0 when it is off screen).
    float searchX = 0, searchY = 0, searchW = 0, searchH = 0;

    // The map, and where the visitor is (known only after they asked for it).
    MapState map;
    std::optional<Position> position;
    bool locating = false;       // asked, no answer yet
    bool sortNearest = false;    // lists nearest first (needs a position)
    std::string notice;          // a message for the visitor (location refused, far away)
    std::vector<double> distances;  // per result: metres from the visitor, when known
    std::string pageOrigin;      // the page's origin, given to map apps that ask who calls them

    // Preview (shop owners and associations): a bundle opened from a file, its problems beside
    // the page, the last usable data kept on screen when the file cannot be used.
    bool preview = false;
    std::string previewSource;               // the file last opened ("" before any)
    std::vector<Diagnostic> previewProblems;  // its errors and warnings
    bool previewUsable = true;                // it is the one on screen
    bool previewProblemsOpen = false;

    std::vector<Intent> intents;       // emitted during a frame
    std::vector<HitTarget> targets;    // recorded during a frame
    // The frame before's targets, whose strings widgets::AddTarget reuses: a list of thousands of
    // shops then records its rows every frame without allocating.
    std::vector<HitTarget> spareTargets;
    std::size_t spareTargetsUsed = 0;
    Screen drawnScreen = Screen::kLoading;  // what the last frame showed (targets belong to it)
    std::string drawnShopId;
    std::string drawnPromoId;
};

}  // namespace golmok
