// What a tap asks for: one small struct per request, carrying exactly what it needs. Views emit
// them during a frame and App applies them after it (App::Apply). Plain data, core types only.
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/bundle/bundle_edit.h"
#include "core/domain/directions.h"
#include "core/domain/geo.h"
#include "core/model/bundle.h"
#include "core/text/text.h"

namespace golmok {

namespace intent {

// --- Screens and links --------------------------------------------------------------------
struct OpenShop {
    std::string id;
};
struct OpenPromo {
    std::string id;
};
struct OpenMap {
    std::string focusShop;  // the shop to centre on, "" for the whole district
};
struct Back {};
struct OpenUrl {
    std::string url;  // only allowed schemes are opened
};
struct Share {};  // a link to the current screen
struct Directions {
    MapProvider app;  // walking directions to the open shop in this map app
};
struct ShowTextView {};  // the page's HTML directory instead of the canvas
struct Retry {};         // load the district again after an error

// --- Language ---------------------------------------------------------------------------------
struct SetLanguage {
    Lang lang;
};
struct ToggleLanguagePicker {};

// --- Search and filters ----------------------------------------------------------------------
struct ToggleFilterPanel {};
struct ToggleOpenNow {};
struct TogglePromotionFilter {};
struct TogglePayment {
    Payment payment;
};
struct ToggleSpokenLanguage {
    Lang lang;
};
struct ToggleCategory {
    std::string id;
};
struct ClearFilters {};
struct SortNearest {};  // toggles nearest-first (asks for the position when unknown)

// --- The map and the visitor's position --------------------------------------------------
struct MapZoom {
    double levels;  // around the map's centre: 1 doubles the scale, -1 halves it
};
struct MapZoomTo {  // a tapped cluster that comes apart closer in
    WorldPoint center;
    double zoom;
};
struct MapList {
    std::vector<std::string> shops;  // at one spot (a cluster that cannot come apart); none closes
};
struct Locate {};  // ask the browser where the visitor is (only ever on a tap)
struct DismissNotice {};

// --- Preview ------------------------------------------------------------------------------------
struct OpenFile {};  // pick a bundle file
struct TogglePreviewProblems {};
struct EnterPreview {};

// --- The editor -------------------------------------------------------------------------------
struct OpenEditor {
    std::optional<EntityRef> entity;  // whose form to open; none for the list
};
struct EditSet {  // a chip, a choice or the map set a field
    EntityRef entity;
    std::string field;
    std::string value;
};
struct Undo {};
struct Redo {};
struct Export {};
struct Publish {};  // the update for the site, as a zip to download
struct EditAdd {
    EntityKind kind;  // a shop, a promotion or an event
};
struct EditRemove {
    EntityRef entity;
};
struct PlaceOnMap {
    std::string shop;  // taps on the map set this shop's position
};
struct EndPlacing {};
struct ToggleOtherLanguages {};
struct ShowHoursAsText {  // the hours field as text ("직접 입력"), or as the week picker
    bool on;
};
struct PickHoursWeekday {  // the weekday whose weeks of the month the week picker shows
    int day;               // 0 = Monday
};
struct DiscardEdits {
    enum class Step { kAsk, kConfirm, kCancel };
    Step step;
};

}  // namespace intent

using Intent =
    std::variant<intent::OpenShop, intent::OpenPromo, intent::OpenMap, intent::Back, intent::OpenUrl,
                 intent::Share, intent::Directions, intent::ShowTextView, intent::Retry, intent::SetLanguage,
                 intent::ToggleLanguagePicker, intent::ToggleFilterPanel, intent::ToggleOpenNow,
                 intent::TogglePromotionFilter, intent::TogglePayment, intent::ToggleSpokenLanguage,
                 intent::ToggleCategory, intent::ClearFilters, intent::SortNearest, intent::MapZoom,
                 intent::MapZoomTo, intent::MapList, intent::Locate, intent::DismissNotice, intent::OpenFile,
                 intent::TogglePreviewProblems, intent::EnterPreview, intent::OpenEditor, intent::EditSet,
                 intent::Undo, intent::Redo, intent::Export, intent::Publish, intent::EditAdd,
                 intent::EditRemove, intent::PlaceOnMap, intent::EndPlacing, intent::ToggleOtherLanguages,
                 intent::ShowHoursAsText, intent::PickHoursWeekday, intent::DiscardEdits>;

}  // namespace golmok
