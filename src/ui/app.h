// The app: what is on screen and why. Holds the loaded bundle and the UI state, draws one ImGui
// frame, and applies the intents views emit after the frame. Knows nothing of the browser: the
// platform layer feeds it files, time and input, and carries out its requests (open a link).
// Depends on core and ImGui only.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/bundle/bundle_edit.h"
#include "core/domain/filters.h"
#include "core/domain/opening_hours.h"
#include "core/domain/route.h"
#include "core/domain/search.h"
#include "core/model/bundle.h"
#include "core/model/diagnostic.h"
#include "ui/ui_state.h"

struct ImFont;

namespace golmok {

class App {
public:
    // What the page must do outside ImGui, grouped by purpose. Set by the platform; any left
    // empty is skipped (tests set only what they watch).
    struct Host {
        // Leaving the screen: links, the browser's history, map apps.
        struct Links {
            std::function<void(const std::string& url)> openUrl;
            // Go back one screen in the browser's history (which then calls ApplyRoute).
            std::function<void()> back;
            // Open a map app: `appUrl` first where apps can be installed (may be empty), else
            // `webUrl`.
            std::function<void(const std::string& appUrl, const std::string& webUrl)> openDirections;
        } links;
        // What the phone offers: its share sheet and where the visitor is.
        struct Device {
            // Share a link to `hash` (a route) titled `title`.
            std::function<void(const std::string& title, const std::string& hash)> share;
            // Ask the browser for the visitor's position; the answer comes to SetPosition or
            // PositionFailed.
            std::function<void()> requestPosition;
        } device;
        // Files in and out, and the editor's draft kept in the browser.
        struct Files {
            // Let the visitor pick a bundle file (it arrives in OnPreviewText).
            std::function<void()> openFile;
            // Offer `text` as a file to save.
            std::function<void(const std::string& fileName, const std::string& text)> download;
            // Make the site's update for the bundle `text` (named `bundleName`) and offer it as
            // the zip `zipName`; the answer comes to OnPublished.
            std::function<void(const std::string& bundleName, const std::string& zipName,
                               const std::string& text)>
                publish;
            // The draft under `key`: read ("" when none), written ("" removes it; false when the
            // browser refused, storage full or disabled). Writes happen on every change, so they
            // must be quick and synchronous.
            std::function<std::string(const std::string& key)> loadDraft;
            std::function<bool(const std::string& key, const std::string& text)> saveDraft;
        } files;
        // The page around the canvas.
        struct Page {
            std::function<void()> retryLoading;
            std::function<void(const std::string& lang)> languageChanged;
            // Show the page's HTML directory (the text view) in place of the canvas.
            std::function<void()> showTextView;
            // Switch the page into preview mode.
            std::function<void()> enterPreview;
        } page;
    };

    explicit App(Host host = {});

    // --- Inputs from the platform ---------------------------------------------------------
    // The current time (Unix seconds); the app works in Asia/Seoul whatever the device's zone.
    void SetNow(std::int64_t unixSeconds);
    void SetToday(const Date& today);
    void SetLanguage(Lang lang);
    // A bundle's text arrived: it is loaded and validated; errors switch to the error screen.
    // The text is only read here, not kept: the caller may pass its own buffer without a copy.
    void OnBundleText(const std::string& sourceName, std::string_view text);
    // Preview mode: a bundle opened by the visitor. A usable one replaces what is shown; one with
    // errors leaves the last usable data on screen, and its problems are listed.
    void SetPreview(bool on) { m_state.preview.on = on; }
    void OnPreviewText(const std::string& sourceName, std::string_view text);
    void OnPreviewFailure(const std::string& sourceName, const std::string& message);
    // A file could not be fetched (network error, HTTP status): shown on the error screen.
    void OnLoadFailure(const std::string& sourceName, const std::string& message);
    // Problems found in a file (an invalid bundle or index): shown on the error screen.
    void ShowErrors(const std::string& sourceName, std::vector<Diagnostic> errors);
    // Pixels per CSS pixel; sizes in the views are given in CSS pixels and scaled by this.
    void SetScale(float scale) { m_state.layout.scale = scale; }
    void SetFonts(ImFont* body, ImFont* title) {
        m_state.layout.bodyFont = body;
        m_state.layout.titleFont = title;
    }
    // The screen's safe area insets (notches, rounded corners, home indicator), CSS px.
    void SetSafeArea(float top, float right, float bottom, float left) {
        m_state.layout.safeTop = top;
        m_state.layout.safeRight = right;
        m_state.layout.safeBottom = bottom;
        m_state.layout.safeLeft = left;
    }
    // A finger dragged the content by dy (device pixels; positive moves content down).
    void ScrollBy(float dy) { m_state.frame.pendingScroll += dy; }
    // A finger or the pointer dragged by (dx, dy) device pixels: pans the map on the map
    // screen, scrolls the screen elsewhere.
    void DragBy(float dx, float dy);
    // Zooms the map by `levels` (1 doubles the scale) around (x, y) device pixels of the page;
    // false when the map is not on screen.
    bool ZoomMapAt(double levels, float x, float y);
    bool OnMap() const { return m_state.screen == Screen::kMap; }
    // The browser's answer to requestPosition.
    void SetPosition(double lat, double lon, double accuracyMetres);
    // code: 1 permission refused, 2 unavailable, 3 timed out, 0 no geolocation at all.
    void PositionFailed(int code);
    void SetPageOrigin(const std::string& origin) { m_state.pageOrigin = origin; }
    // The text of the search field, including a syllable the IME is still composing.
    void SetQuery(const std::string& query);
    void SetSearchFocused(bool focused);

    // The screen, search and filters as a route (see core/route.h), and back. A route naming a
    // shop or promotion that does not exist lands on the home screen. Before the bundle has
    // loaded the route is kept and applied when it arrives.
    Route CurrentRoute() const;
    void ApplyRoute(const Route& route);

    // The editor's fields: text typed (composing part included), focus gained or lost.
    void OnFieldInput(const std::string& fieldId, const std::string& value);
    void OnFieldFocus(const std::string& fieldId, bool focused);
    const EditSession* Session() const { return m_session ? &*m_session : nullptr; }
    // The answer to Host::Files::publish: the zip was offered holding `files` files (and their
    // compressed copies), or the bundle has problems, or the update could not be made; `detail`
    // says what (the problems, one per line, or why).
    void OnPublished(PublishStep step, const std::string& zipName, int files, const std::string& detail);

    // --- One frame --------------------------------------------------------------------------
    // Draws into the current ImGui frame (between NewFrame and Render), then applies intents.
    void Frame();

    // --- For the platform and tests ------------------------------------------------------------
    const UiState& State() const { return m_state; }
    const Bundle* GetBundle() const { return m_bundle ? &*m_bundle : nullptr; }
    // Per shop, the opening status line the lists show ("" when the hours are not known).
    const std::vector<std::string>& StatusLines() const { return m_statuses; }
    void Apply(const Intent& intent);
    // Characters the views can show for the loaded bundle in every language (atlas input).
    std::vector<std::uint32_t> Codepoints() const;
    // The fewer characters drawn in the title face: names, headings, coupons.
    std::vector<std::uint32_t> TitleCodepoints() const;
    // What a screen reader should hear about the screen: the shop opened, or how many shops
    // the search and filters found. Empty when there is nothing to say.
    std::string Announcement() const;
    // Bumped whenever the set of characters to show changes (a new bundle): rebuild the atlas.
    int ContentGeneration() const { return m_contentGeneration; }
    // Changes whenever the data on screen does (a bundle loaded or previewed, an edit, a new day).
    int ShownVersion() const { return m_shownVersion; }
    // Whether the app shows the data of the file whose HashText is `hash`, unedited.
    bool ShowsFile(const std::string& hash) const {
        return m_bundle && m_baseHash == hash && !(m_session && m_session->EditCount() > 0);
    }

private:
    // Recomputes results, counts and per-shop facts when what they depend on changed.
    void Refresh();
    // Orders results nearest first and indexes them as the map's pins.
    void PlaceResults();
    void OpenMap(const std::string& focusShop);
    // A bundle loaded from `text`: shown from the home screen, with this district's draft (if the
    // browser keeps one) applied.
    void InstallBundle(Bundle bundle, std::string_view text);
    // Search index, hours, map points and groups for the bundle on screen.
    void IndexBundle();
    void GroupByCategory();
    static std::optional<OpeningHours> ParseHours(const std::string& hours);
    // Editing: begin (the session starts from the data as its file has it), show the session's
    // data after a change, check it as it would be exported, keep the draft in the browser.
    void StartEditing();
    // After a change: what the page shows follows. `typed`: the change was one field typed into
    // (ref, field), which takes the fast way when it can.
    void EditChanged(bool valuesChangedElsewhere, const EntityRef* typed = nullptr, const std::string& field = "");
    void ShowEdited();
    // The fast way for one field typed into: the change made to the data on screen in place, and
    // only what depends on that field done again. False when the field needs ShowEdited (dates,
    // which sample data shows moved).
    bool ShowFieldEdit(const EntityRef& ref, const std::string& field);
    void Validate();
    void SaveDraft();
    void RestoreDraft();
    // One handler per intent (app_intents.cpp; the editor's in app_edit.cpp).
    void On(const intent::OpenShop& i);
    void On(const intent::OpenPromo& i);
    void On(const intent::OpenMap& i);
    void On(const intent::Back& i);
    void On(const intent::OpenUrl& i);
    void On(const intent::Share& i);
    void On(const intent::Directions& i);
    void On(const intent::ShowTextView& i);
    void On(const intent::Retry& i);
    void On(const intent::SetLanguage& i);
    void On(const intent::ToggleLanguagePicker& i);
    void On(const intent::ToggleFilterPanel& i);
    void On(const intent::ToggleOpenNow& i);
    void On(const intent::TogglePromotionFilter& i);
    void On(const intent::TogglePayment& i);
    void On(const intent::ToggleSpokenLanguage& i);
    void On(const intent::ToggleCategory& i);
    void On(const intent::ClearFilters& i);
    void On(const intent::SortNearest& i);
    void On(const intent::MapZoom& i);
    void On(const intent::MapZoomTo& i);
    void On(const intent::MapList& i);
    void On(const intent::Locate& i);
    void On(const intent::DismissNotice& i);
    void On(const intent::OpenFile& i);
    void On(const intent::TogglePreviewProblems& i);
    void On(const intent::EnterPreview& i);
    void On(const intent::OpenEditor& i);
    void On(const intent::EditSet& i);
    void On(const intent::Undo& i);
    void On(const intent::Redo& i);
    void On(const intent::Export& i);
    void On(const intent::Publish& i);
    void On(const intent::EditAdd& i);
    void On(const intent::EditRemove& i);
    void On(const intent::PlaceOnMap& i);
    void On(const intent::EndPlacing& i);
    void On(const intent::ToggleOtherLanguages& i);
    void On(const intent::ShowHoursAsText& i);
    void On(const intent::PickHoursWeekday& i);
    void On(const intent::DiscardEdits& i);
    void SetEditField(const EntityRef& ref, const std::string& field, const std::string& value, bool typing);

    Host m_host;
    UiState m_state;
    std::optional<Bundle> m_bundle;
    int m_contentGeneration = 0;
    int m_shownVersion = 0;
    SearchIndex m_search;
    ShopFacts m_facts;
    std::vector<std::string> m_statuses;  // per shop: opening status line for lists
    std::vector<std::optional<OpeningHours>> m_hours;  // per shop; empty when not understood
    bool m_dirty = true;                  // results must be recomputed
    bool m_searchStale = true;            // m_search does not describe m_bundle yet
    std::int64_t m_factsMinute = -1;      // the minute m_facts and m_statuses describe
    std::int64_t m_nowSeconds = 0;
    std::optional<Route> m_pendingRoute;  // a route that arrived before the bundle
    std::optional<EditSession> m_session;  // while editing
    std::string m_baseHash;                // HashText of the file the bundle came from
    std::size_t m_checkedSize = 0;         // about how long the compact text Validate writes is
    std::optional<Date> m_fileAnchor;      // its samples.datesAnchor, before dates were moved
    mutable std::set<std::uint32_t> m_atlasCodepoints;  // what the last Codepoints() call returned
};

}  // namespace golmok
