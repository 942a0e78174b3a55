// UI state shared by the views: which screen is open, the language, the scale, and the intents a
// frame produced. Plain data; views read it and push intents, App applies them.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/bundle/bundle_edit.h"
#include "core/domain/filters.h"
#include "core/domain/geo.h"
#include "core/domain/opening_hours.h"
#include "core/model/date.h"
#include "core/model/diagnostic.h"
#include "core/text/text.h"
#include "ui/intents.h"

struct ImFont;

namespace golmok {

enum class Screen { kLoading, kHome, kShop, kPromo, kError, kMap, kEditor };

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

// A text field of the editor drawn in the last frame: the page lays a real input over it, so the
// phone's keyboard and IME, selection and paste work as in any web form.
struct FormField {
    std::string id;     // "<entity>|<field>", e.g. "shop/manna-bunsik|name.ko"
    std::string kind;   // "text", "multiline", "tel", "date", "time" or "select"
    std::string value;  // what the input shows
    std::string label;  // its accessible name
    std::string lang;   // the language typed in ("ko", "en", …)
    std::string note;   // the line under it: a hint, what the value means, or why it was not taken
    std::vector<std::pair<std::string, std::string>> options;  // "select": value and label
    float x = 0, y = 0, w = 0, h = 0;  // device px
};

// Text typed into a field that could not be taken (a date that does not exist): kept in the field
// with the reason beside it until it is fixed.
struct PendingText {
    std::string text;
    FieldResult result;
};

// The editor's publish button: the update for the site, made by the page's publish module.
enum class PublishStep { kIdle, kWorking, kReady, kProblems, kFailed };
struct PublishState {
    PublishStep step = PublishStep::kIdle;
    std::string zipName;  // kReady: the file offered
    int files = 0;        // kReady: files in it, compressed copies not counted
    std::string detail;   // kProblems: one problem per line; kFailed: why
};

struct EditorState {
    bool active = false;   // an edit session exists: the page shows the edited data
    std::string entity;    // the form open on Screen::kEditor ("shop/<id>"), "" for the list
    std::string drawnEntity;  // the form the last frame drew (a new one starts at its top)
    std::vector<FormField> fields;  // drawn in the last frame
    float clipTop = 0, clipBottom = 0;  // where fields may show (below the top bar), device px
    std::string focused;   // the field with the keyboard
    bool scrollToFocused = false;
    std::map<std::string, PendingText> pending;  // by field id
    int generation = 0;    // bumped when values change other than by typing (undo, a chip, the map)
    std::vector<Diagnostic> problems;  // of the edited bundle as it would be exported
    std::size_t editCount = 0;
    bool canUndo = false, canRedo = false;
    std::string placing;   // the shop whose position a tap on the map sets
    bool otherLanguages = false;
    bool hoursAsText = false;  // the hours field shows its text rather than the week picker
    int hoursWeekday = -1;     // whose weeks of the month the picker shows; -1: the first with some
    bool confirmDiscard = false;
    std::string notice;    // what happened to a draft brought back from the browser
    bool unsaved = false;  // the browser refused the last save (storage full or disabled)
    PublishState publish;
};

// How the page is laid out on this device: set by the platform, read by every view.
struct Layout {
    float scale = 1.0f;  // device pixels per CSS pixel
    float safeTop = 0, safeRight = 0, safeBottom = 0, safeLeft = 0;  // safe area insets, CSS pixels
    ImFont* bodyFont = nullptr;
    ImFont* titleFont = nullptr;
};

// The home screen, beyond the search it shares with the map.
struct HomeState {
    bool languagePickerOpen = false;
    // Per category (bundle order), its shops in bundle order: the home list's groups, set when a
    // bundle loads rather than found again every frame.
    std::vector<std::vector<std::size_t>> shopsByCategory;
};

// Search and filters, which the home list and the map's pins both follow. The query comes from the
// page's text field, composing part included.
struct SearchState {
    std::string query;
    bool focused = false;
    bool scrollToField = false;  // bring the field to the top (the keyboard is opening)
    Filters filters;
    bool filterPanelOpen = false;
    bool sortNearest = false;  // lists nearest first (needs a position)
    // Derived from query, filters and the moment (App::Refresh): shops to list, in order, how
    // many each category would show, and per result its distance from the visitor when known.
    std::vector<std::size_t> results;
    std::vector<int> categoryCounts;
    std::vector<double> distances;  // metres
    // Where the text field must sit (device px; fieldH == 0 when it is off screen).
    float fieldX = 0, fieldY = 0, fieldW = 0, fieldH = 0;
    bool Active() const { return !query.empty() || filters.Active() || focused || sortNearest; }
};

// Where the visitor is: known only after they asked for it, on a tap.
struct LocationState {
    std::optional<Position> position;
    bool locating = false;  // asked, no answer yet
    std::string notice;     // a message for the visitor (location refused, far away)
};

// Preview (shop owners and associations): a bundle opened from a file, its problems beside the
// page, the last usable data kept on screen when the file cannot be used.
struct PreviewState {
    bool on = false;
    std::string source;                // the file last opened ("" before any)
    std::vector<Diagnostic> problems;  // its errors and warnings
    bool usable = true;                // it is the one on screen
    bool problemsOpen = false;
};

// Screen::kError: the file that could not be used and why.
struct ErrorState {
    std::string source;
    std::vector<Diagnostic> problems;
};

// What passes between App and the views around one frame: the scroll to apply, and what the frame
// drew and asked for.
struct FrameState {
    float pendingScroll = 0;         // device pixels, consumed by the scrolling view
    std::vector<Intent> intents;     // emitted during the frame, applied after it
    std::vector<HitTarget> targets;  // recorded during the frame
    // The frame before's targets, whose strings widgets::AddTarget reuses: a list of thousands of
    // shops then records its rows every frame without allocating.
    std::vector<HitTarget> spareTargets;
    std::size_t spareTargetsUsed = 0;
    Screen screen = Screen::kLoading;  // what the last frame showed (targets belong to it)
    std::string shopId;
    std::string promoId;
};

// Everything the views read besides the bundle, grouped by screen. App owns it and changes it only
// while applying intents and platform input.
struct UiState {
    Screen screen = Screen::kLoading;
    std::string shopId;   // on Screen::kShop
    std::string promoId;  // on Screen::kPromo
    Lang lang = Lang::kKo;
    Date today;
    LocalTime now;           // Asia/Seoul
    std::string pageOrigin;  // the page's origin, given to map apps that ask who calls them

    Layout layout;
    HomeState home;
    SearchState search;
    MapState map;
    LocationState location;
    PreviewState preview;
    EditorState editor;
    ErrorState error;
    FrameState frame;
};

}  // namespace golmok
