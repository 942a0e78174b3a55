// The app: state, inputs and the frame (app_intents.cpp applies intents, app_edit.cpp holds the
// editing half).
//
// [SECTION] index
//  - Inputs: time, query, language, results
//  - Bundles: loading, preview, indexing what the screens read
//  - Map and position
//  - Routes and announcements
//  - The frame

#include "ui/app.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>

#include "core/bundle/bundle_loader.h"
#include "core/domain/geo.h"
#include "core/domain/schedule.h"
#include "core/i18n/glyphs.h"
#include "core/i18n/hours_text.h"
#include "core/i18n/ui_text.h"
#include "core/model/order.h"
#include "core/text/utf8.h"
#include "imgui.h"
#include "ui/kit/theme.h"
#include "ui/views/views.h"

namespace golmok {

App::App(Host host) : m_host(std::move(host)) {}

// [SECTION] Inputs

void App::SetNow(std::int64_t unixSeconds) {
    m_nowSeconds = unixSeconds;
    m_state.now = SeoulLocalTimeAt(unixSeconds);
    SetToday(m_state.now.date);
}

void App::SetToday(const Date& today) {
    if (today != m_state.today) {
        m_dirty = true;
        ++m_shownVersion;  // today's deals
    }
    m_state.today = today;
    if (m_bundle) MoveSampleDates(&*m_bundle, today);
}

void App::SetQuery(const std::string& query) {
    if (query == m_state.search.query) return;
    m_state.search.query = query;
    m_dirty = true;
    Refresh();  // every keystroke answers at once, before the next frame is drawn
}

void App::SetSearchFocused(bool focused) {
    if (focused && !m_state.search.focused) m_state.search.scrollToField = true;
    m_state.search.focused = focused;
}

void App::Refresh() {
    if (!m_bundle) return;
    // Facts change with the minute (open now) and the day (promotions).
    const std::int64_t minute = m_nowSeconds / 60;
    if (minute != m_factsMinute) {
        m_factsMinute = minute;
        std::vector<char> openNow(m_bundle->shops.size(), 0);
        m_statuses.assign(m_bundle->shops.size(), std::string());
        for (std::size_t i = 0; i < m_bundle->shops.size(); ++i) {
            if (!m_hours[i]) continue;
            const HoursStatus status = StatusAt(*m_hours[i], m_state.now);
            openNow[i] = status.state == OpenState::kOpen;
            m_statuses[i] = FormatHoursStatus(*m_hours[i], status, m_state.now, m_state.lang);
        }
        m_facts = ComputeShopFacts(*m_bundle, m_state.today, openNow);
        m_state.map.hasDeal = m_facts.hasCurrentPromotion;
        m_dirty = true;
    }
    if (!m_dirty) return;
    m_dirty = false;
    std::vector<std::size_t> candidates;
    // A query of spaces or punctuation alone searches for nothing: list every shop.
    if (SearchForm(m_state.search.query).empty()) {
        candidates.resize(m_bundle->shops.size());
        for (std::size_t i = 0; i < candidates.size(); ++i) candidates[i] = i;
    } else {
        if (m_searchStale) {  // edited since the index was built: built again when first asked
            m_search.Build(*m_bundle);
            m_searchStale = false;
        }
        for (const SearchHit& hit : m_search.Search(m_state.search.query)) candidates.push_back(hit.shop);
    }
    m_state.search.categoryCounts = CategoryCounts(*m_bundle, candidates, m_state.search.filters, m_facts);
    m_state.search.results = ApplyFilters(*m_bundle, candidates, m_state.search.filters, m_facts);
    PlaceResults();
}

void App::PlaceResults() {
    std::vector<std::size_t>& results = m_state.search.results;
    m_state.search.distances.clear();
    if (m_state.location.position) {
        std::vector<double> metres(m_bundle->shops.size(), 0);
        for (std::size_t i : results)
            metres[i] = DistanceMetres(m_state.location.position->at, m_bundle->shops[i].position);
        if (m_state.search.sortNearest) {
            StableSortByKey(&results, [&](std::size_t i) { return DoubleKey(metres[i]); });
        }
        for (std::size_t i : results) m_state.search.distances.push_back(metres[i]);
    }
    MapState& map = m_state.map;
    map.pinPoints.clear();
    map.pinPoints.reserve(results.size());
    for (std::size_t i : results) map.pinPoints.push_back(map.shops[i]);
    // Cells of about 30 m: a tap or a cluster looks at a handful of cells at any zoom.
    map.pinIndex.Build(map.pinPoints, 0.0002);
}

void App::SetLanguage(Lang lang) {
    if (lang != m_state.lang) ++m_contentGeneration;  // another script's characters to draw
    m_state.lang = lang;
    m_factsMinute = -1;  // status lines are in the language
}

// [SECTION] Bundles

void App::OnBundleText(const std::string& sourceName, std::string_view text) {
    // A previewed file on screen stays there: the published data arriving later does not replace it.
    if (m_state.preview.on && m_bundle && !m_state.preview.source.empty() && m_state.preview.usable) return;
    BundleLoadResult r = LoadBundle(text);
    if (!r.bundle) {
        ShowErrors(sourceName, std::move(r.errors));
        return;
    }
    InstallBundle(std::move(*r.bundle), text);
}

void App::OnPreviewText(const std::string& sourceName, std::string_view text) {
    BundleLoadResult r = LoadBundle(text);
    m_state.preview.on = true;
    m_state.preview.source = sourceName;
    m_state.preview.problems = std::move(r.errors);
    for (Diagnostic& w : r.warnings) m_state.preview.problems.push_back(std::move(w));
    m_state.preview.usable = r.bundle.has_value();
    m_state.preview.problemsOpen = !m_state.preview.usable;  // errors are shown at once
    if (!r.bundle) {
        ++m_contentGeneration;  // messages may quote text in any script
        return;
    }
    // What was on screen stays on screen: the same screen, search and filters, on the new data.
    const Route route = CurrentRoute();
    const Screen screen = m_state.screen;
    InstallBundle(std::move(*r.bundle), text);
    if (screen != Screen::kLoading && screen != Screen::kError) ApplyRoute(route);
}

void App::OnPreviewFailure(const std::string& sourceName, const std::string& message) {
    m_state.preview.on = true;
    m_state.preview.source = sourceName;
    m_state.preview.problems = {Diagnostic{"", 0, 0, message}};
    m_state.preview.usable = false;
    m_state.preview.problemsOpen = true;
}

void App::InstallBundle(Bundle bundle, std::string_view text) {
    m_bundle = std::move(bundle);
    m_baseHash = HashText(text);
    ++m_shownVersion;
    m_checkedSize = text.size();  // until the first check, the published file's size
    m_fileAnchor = m_bundle->samples ? m_bundle->samples->datesAnchor : std::nullopt;
    m_session.reset();
    m_state.editor = EditorState{};
    MoveSampleDates(&*m_bundle, m_state.today);
    m_state.map = MapState{};
    IndexBundle();
    ++m_contentGeneration;
    m_state.error.problems.clear();
    m_state.screen = Screen::kHome;
    RestoreDraft();
    if (m_pendingRoute) {
        const Route route = *m_pendingRoute;
        m_pendingRoute.reset();
        ApplyRoute(route);
    }
}

std::optional<OpeningHours> App::ParseHours(const std::string& hours) {
    HoursError ignored;  // the validator reports it; the page says "hours not known"
    return hours.empty() ? std::nullopt : ParseOpeningHours(hours, &ignored);
}

void App::GroupByCategory() {
    m_state.home.shopsByCategory.assign(m_bundle->categories.size(), {});
    for (std::size_t i = 0; i < m_bundle->shops.size(); ++i) {
        for (std::size_t c = 0; c < m_bundle->categories.size(); ++c) {
            if (m_bundle->shops[i].category == m_bundle->categories[c].id) {
                m_state.home.shopsByCategory[c].push_back(i);
                break;
            }
        }
    }
}

void App::IndexBundle() {
    m_searchStale = true;
    GroupByCategory();
    m_hours.clear();
    for (const Shop& shop : m_bundle->shops) m_hours.push_back(ParseHours(shop.hours));
    // The view, where it was placed and what it focuses on stay: only the points are new.
    MapState& map = m_state.map;
    map.shops.clear();
    map.streets.clear();
    map.landmarks.clear();
    map.listed.clear();
    for (const Shop& shop : m_bundle->shops) map.shops.push_back(Project(shop.position));
    for (const Street& street : m_bundle->streets) {
        map.streets.emplace_back();
        for (const LatLon& p : street.path) map.streets.back().push_back(Project(p));
    }
    for (const Landmark& l : m_bundle->landmarks) map.landmarks.push_back(Project(l.position));
    m_factsMinute = -1;
    m_dirty = true;
}

void App::OnLoadFailure(const std::string& sourceName, const std::string& message) {
    ShowErrors(sourceName, {Diagnostic{"", 0, 0, message}});
}

void App::ShowErrors(const std::string& sourceName, std::vector<Diagnostic> errors) {
    m_state.screen = Screen::kError;
    m_state.error.source = sourceName;
    m_state.error.problems = std::move(errors);
    ++m_contentGeneration;  // messages may quote text in any script
}

std::vector<std::uint32_t> App::Codepoints() const {
    // Only what this visitor can see (i18n/glyphs.h decides): the page's own text in their
    // language, the bundle's texts as shown to them; then the problems and notices on screen now,
    // which may quote text in any script.
    CodepointSet cps;
    AddPageCodepoints(m_bundle ? &*m_bundle : nullptr, m_state.lang, m_session.has_value(), &cps);
    AddCodepoints(m_state.error.source, &cps);
    for (const Diagnostic& d : m_state.error.problems) AddCodepoints(d.message, &cps);
    AddCodepoints(m_state.preview.source, &cps);
    for (const Diagnostic& d : m_state.preview.problems) AddCodepoints(d.message, &cps);
    for (const Diagnostic& d : m_state.editor.problems) AddCodepoints(d.message, &cps);
    AddCodepoints(m_state.editor.notice, &cps);
    m_atlasCodepoints = cps;
    return {cps.begin(), cps.end()};
}

std::vector<std::uint32_t> App::TitleCodepoints() const {
    CodepointSet cps;
    AddShownTitleCodepoints(m_bundle ? &*m_bundle : nullptr, m_state.lang, &cps, m_session.has_value());
    return {cps.begin(), cps.end()};
}

// [SECTION] Map and position

void App::OpenMap(const std::string& focusShop) {
    if (!m_bundle) return;
    MapState& map = m_state.map;
    const std::string focus = m_bundle->FindShop(focusShop) ? focusShop : std::string();
    // Coming back to the map keeps its view; a new shop to show re-centres it.
    if (focus != map.focusShop || !focus.empty()) map.placed = false;
    map.focusShop = focus;
    map.listed.clear();
    m_state.screen = Screen::kMap;
}

void App::DragBy(float dx, float dy) {
    if (m_state.screen != Screen::kMap) {
        ScrollBy(dy);
        return;
    }
    MapState& map = m_state.map;
    if (!map.placed || !m_bundle) return;
    const double scale = map.view.Scale();
    map.view.center.x -= dx / scale;
    map.view.center.y -= dy / scale;
    ClampView(&map.view, m_bundle->district.bounds, map.minZoom, map.maxZoom);
}

bool App::ZoomMapAt(double levels, float x, float y) {
    MapState& map = m_state.map;
    if (m_state.screen != Screen::kMap || !map.placed || !m_bundle || !std::isfinite(levels)) return false;
    const double target = std::clamp(map.view.zoom + levels, map.minZoom, map.maxZoom);
    ZoomAround(&map.view, target - map.view.zoom, x - map.x, y - map.y);
    ClampView(&map.view, m_bundle->district.bounds, map.minZoom, map.maxZoom);
    return true;
}

void App::SetPosition(double lat, double lon, double accuracyMetres) {
    m_state.location.locating = false;
    if (!std::isfinite(lat) || !std::isfinite(lon) || std::fabs(lat) > 90 || std::fabs(lon) > 180) {
        PositionFailed(2);
        return;
    }
    m_state.location.position =
        Position{LatLon{lat, lon}, std::isfinite(accuracyMetres) ? std::max(0.0, accuracyMetres) : 0};
    m_state.location.notice.clear();
    m_dirty = true;
    if (!m_bundle) return;
    const District& d = m_bundle->district;
    // Far away: the map stays on the district and says how far the visitor is.
    const double reach = DistanceMetres(d.center, LatLon{d.bounds.north, d.bounds.east}) + 500;
    const double away = DistanceMetres(d.center, m_state.location.position->at);
    if (away > reach) {
        char text[512];
        std::snprintf(text, sizeof text, Tr(Msg::kFarAway, m_state.lang), FormatDistance(away).c_str());
        m_state.location.notice = text;
    } else if (m_state.screen == Screen::kMap && m_state.map.placed) {
        m_state.map.view.center = Project(m_state.location.position->at);
        ClampView(&m_state.map.view, d.bounds, m_state.map.minZoom, m_state.map.maxZoom);
    }
}

void App::PositionFailed(int code) {
    m_state.location.locating = false;
    m_state.search.sortNearest = false;
    m_state.location.notice = Tr(code == 1 ? Msg::kLocationDenied : Msg::kLocationUnavailable, m_state.lang);
    m_dirty = true;
}

// [SECTION] Routes and announcements

std::string App::Announcement() const {
    if (!m_bundle) return "";
    const Lang lang = m_state.lang;
    if (m_state.screen == Screen::kShop) {
        const Shop* shop = m_bundle->FindShop(m_state.shopId);
        if (!shop) return "";
        std::string text = shop->name.In(lang);
        const std::size_t index = static_cast<std::size_t>(shop - m_bundle->shops.data());
        if (index < m_statuses.size() && !m_statuses[index].empty()) text += " · " + m_statuses[index];
        return text;
    }
    if (m_state.screen != Screen::kHome || (m_state.search.query.empty() && !m_state.search.filters.Active()))
        return "";
    if (m_state.search.results.empty()) return Tr(Msg::kNoResults, lang);
    char count[64];
    std::snprintf(count, sizeof count, Tr(Msg::kResultCount, lang),
                  static_cast<int>(m_state.search.results.size()));
    return m_state.search.query.empty() ? std::string(count) : m_state.search.query + " · " + count;
}

Route App::CurrentRoute() const {
    Route r;
    if (m_state.screen == Screen::kShop) {
        r.screen = Route::Screen::kShop;
        r.id = m_state.shopId;
    } else if (m_state.screen == Screen::kPromo) {
        r.screen = Route::Screen::kPromo;
        r.id = m_state.promoId;
    } else if (m_state.screen == Screen::kMap) {
        r.screen = Route::Screen::kMap;
        r.id = m_state.map.focusShop;
    } else if (m_state.screen == Screen::kEditor) {
        r.screen = Route::Screen::kEdit;
        r.id = m_state.editor.entity;
    }
    r.query = m_state.search.query;
    r.filters = m_state.search.filters;
    return r;
}

void App::ApplyRoute(const Route& route) {
    if (!m_bundle) {
        m_pendingRoute = route;
        return;
    }
    if (m_state.screen == Screen::kError || m_state.screen == Screen::kLoading) return;
    m_state.screen = Screen::kHome;
    if (route.screen == Route::Screen::kShop && m_bundle->FindShop(route.id)) {
        m_state.screen = Screen::kShop;
        m_state.shopId = route.id;
    } else if (route.screen == Route::Screen::kPromo) {
        for (const Promotion& p : m_bundle->promotions) {
            if (p.id != route.id) continue;
            if (StateOn(p.start, p.end, m_state.today) != RunState::kExpired) {
                m_state.screen = Screen::kPromo;
                m_state.promoId = p.id;
            } else if (!p.shop.empty() && m_bundle->FindShop(p.shop)) {
                // An ended deal is never shown; its shop is the nearest thing to it.
                m_state.screen = Screen::kShop;
                m_state.shopId = p.shop;
            }
        }
    } else if (route.screen == Route::Screen::kMap) {
        OpenMap(route.id);
    } else if (route.screen == Route::Screen::kEdit) {
        On(intent::OpenEditor{ParseEntity(route.id)});
    }
    // Placing a shop ends when the map is left.
    if (m_state.screen != Screen::kMap || m_state.map.focusShop != m_state.editor.placing) m_state.editor.placing.clear();
    m_state.search.query = route.query;
    m_state.search.filters = route.filters;
    // Only ids the bundle knows: a shared link from another district names none of its own.
    m_state.search.filters.categories.erase(
        std::remove_if(m_state.search.filters.categories.begin(), m_state.search.filters.categories.end(),
                       [&](const std::string& id) { return !m_bundle->FindCategory(id); }),
        m_state.search.filters.categories.end());
    if (m_state.search.filters.Active()) m_state.search.filterPanelOpen = true;
    m_dirty = true;
    Refresh();
}

// [SECTION] The frame

void App::Frame() {
    m_state.frame.spareTargets.swap(m_state.frame.targets);
    m_state.frame.targets.clear();
    m_state.frame.spareTargetsUsed = 0;
    m_state.frame.intents.clear();
    m_state.frame.screen = m_state.screen;
    m_state.frame.shopId = m_state.shopId;
    m_state.frame.promoId = m_state.promoId;
    m_state.search.fieldH = 0;  // the field is hidden unless a view places it
    Refresh();

    const ImGuiIO& io = ImGui::GetIO();
    // The window keeps clear of notches and rounded corners: top, left and right insets here,
    // the bottom one as space after the last item (content may scroll under the home indicator).
    const float top = m_state.layout.safeTop * m_state.layout.scale;
    const float left = m_state.layout.safeLeft * m_state.layout.scale,
                right = m_state.layout.safeRight * m_state.layout.scale;
    ImGui::SetNextWindowPos(ImVec2(left, top));
    ImGui::SetNextWindowSize(ImVec2(io.DisplaySize.x - left - right, io.DisplaySize.y - top));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus;
    // Each screen has its own window so that each keeps its own scroll position.
    const Shop* shop = m_state.screen == Screen::kShop && m_bundle ? m_bundle->FindShop(m_state.shopId)
                                                                   : nullptr;
    const Promotion* promo = nullptr;
    if (m_state.screen == Screen::kPromo && m_bundle) {
        for (const Promotion& p : m_bundle->promotions) {
            if (p.id == m_state.promoId) promo = &p;
        }
    }
    const bool map = m_state.screen == Screen::kMap && m_bundle;
    const bool editor = m_state.screen == Screen::kEditor && m_bundle && m_session;
    const char* windowId = shop     ? "##shop"
                           : promo  ? "##promo"
                           : map    ? "##map"
                           : editor ? (m_state.editor.entity.empty() ? "##edit" : "##form")
                                    : "##main";
    m_state.editor.fields.clear();
    // The map pans instead of scrolling.
    ImGui::Begin(windowId, nullptr,
                 flags | (map ? ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse : 0));
    if (shop) ImGui::PushID(shop->id.c_str());
    if (m_state.frame.pendingScroll != 0) {
        ImGui::SetScrollY(ImGui::GetScrollY() - m_state.frame.pendingScroll);
        m_state.frame.pendingScroll = 0;
    }
    switch (m_state.screen) {
        case Screen::kLoading: views::Loading(m_state); break;
        case Screen::kError: views::Error(m_state); break;
        case Screen::kHome:
            if (m_bundle) views::Home(m_state, *m_bundle, m_statuses);
            break;
        case Screen::kPromo:
            if (m_bundle && promo) views::PromoCard(m_state, *m_bundle, *promo);
            break;
        case Screen::kMap:
            if (m_bundle) views::Map(m_state, *m_bundle);
            break;
        case Screen::kEditor:
            if (editor) views::Editor(m_state, *m_bundle, *m_session);
            break;
        case Screen::kShop:
            if (m_bundle && shop) {
                const std::size_t i = static_cast<std::size_t>(shop - m_bundle->shops.data());
                views::ShopCard(m_state, *m_bundle, *shop, i < m_hours.size() && m_hours[i] ? &*m_hours[i] : nullptr);
            }
            break;
    }
    if (shop) ImGui::PopID();
    ImGui::End();

    // Intents change state only after the whole frame has been drawn from one state.
    std::vector<Intent> intents;
    intents.swap(m_state.frame.intents);
    for (const Intent& intent : intents) Apply(intent);
    if (m_state.map.dragX != 0 || m_state.map.dragY != 0) {
        DragBy(m_state.map.dragX, m_state.map.dragY);
        m_state.map.dragX = m_state.map.dragY = 0;
    }
    Refresh();
}

}  // namespace golmok
