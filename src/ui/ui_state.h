// UI state shared by the views: which screen is open, the language, the scale, and the intents a
// frame produced. Plain data; views read it and push intents, App applies them.
#pragma once

#include <string>
#include <vector>

#include "core/date.h"
#include "core/diagnostic.h"
#include "core/text.h"

struct ImFont;

namespace golmok {

enum class Screen { kLoading, kHome, kShop, kError };

struct Intent {
    enum class Kind { kOpenShop, kBack, kOpenUrl, kSetLanguage, kRetry };
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
};

struct UiState {
    Screen screen = Screen::kLoading;
    std::string shopId;  // on Screen::kShop
    Lang lang = Lang::kKo;
    Date today;
    float scale = 1.0f;  // device pixels per CSS pixel
    float safeTop = 0, safeBottom = 0;  // CSS pixels
    ImFont* bodyFont = nullptr;
    ImFont* titleFont = nullptr;
    float pendingScroll = 0;           // device pixels, consumed by the scrolling view
    float homeScrollY = 0;             // restored when coming back from a card
    std::string errorSource;           // on Screen::kError
    std::vector<Diagnostic> errors;    // on Screen::kError
    std::vector<Intent> intents;       // emitted during a frame
    std::vector<HitTarget> targets;    // recorded during a frame
    Screen drawnScreen = Screen::kLoading;  // what the last frame showed (targets belong to it)
    std::string drawnShopId;
};

}  // namespace golmok
