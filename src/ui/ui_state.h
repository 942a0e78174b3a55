// UI state shared by the views: which screen is open, the language, the scale, and the intents a
// frame produced. Plain data; views read it and push intents, App applies them.
#pragma once

#include <string>
#include <vector>

#include "core/date.h"
#include "core/diagnostic.h"
#include "core/filters.h"
#include "core/opening_hours.h"
#include "core/text.h"

struct ImFont;

namespace golmok {

enum class Screen { kLoading, kHome, kShop, kPromo, kError };

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
    bool Searching() const { return !query.empty() || filters.Active() || searchFocused; }
    // Where the text field must sit (device px; h == 0 when it is off screen).
    float searchX = 0, searchY = 0, searchW = 0, searchH = 0;

    std::vector<Intent> intents;       // emitted during a frame
    std::vector<HitTarget> targets;    // recorded during a frame
    Screen drawnScreen = Screen::kLoading;  // what the last frame showed (targets belong to it)
    std::string drawnShopId;
    std::string drawnPromoId;
};

}  // namespace golmok
