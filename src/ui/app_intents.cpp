// What each intent does to the app: one short handler per kind, applied after the frame that
// emitted it. The editor's handlers are in app_edit.cpp.
#include <algorithm>
#include <variant>

#include "core/bundle/bundle_loader.h"
#include "core/domain/directions.h"
#include "core/domain/route.h"
#include "ui/app.h"

namespace golmok {

namespace {

template <typename T>
void Toggle(std::vector<T>* items, const T& value) {
    auto it = std::find(items->begin(), items->end(), value);
    if (it == items->end()) {
        items->push_back(value);
    } else {
        items->erase(it);
    }
}

}  // namespace

void App::Apply(const Intent& intent) {
    std::visit([this](const auto& i) { On(i); }, intent);
}

// --- Screens and links ----------------------------------------------------------------------

void App::On(const intent::OpenShop& i) {
    if (m_bundle && m_bundle->FindShop(i.id)) {
        m_state.screen = Screen::kShop;
        m_state.shopId = i.id;
    }
}

void App::On(const intent::OpenPromo& i) {
    if (!m_bundle) return;
    for (const Promotion& p : m_bundle->promotions) {
        if (p.id == i.id) {
            m_state.screen = Screen::kPromo;
            m_state.promoId = p.id;
        }
    }
}

void App::On(const intent::OpenMap& i) {
    OpenMap(i.focusShop);
}

void App::On(const intent::Back&) {
    if (m_host.links.back) {
        m_host.links.back();  // the browser's history walks back and calls ApplyRoute
    } else if (m_state.screen == Screen::kEditor && !m_state.editor.entity.empty()) {
        m_state.editor.entity.clear();
    } else if (m_state.screen == Screen::kShop || m_state.screen == Screen::kPromo ||
               m_state.screen == Screen::kMap || m_state.screen == Screen::kEditor) {
        m_state.screen = Screen::kHome;
    }
}

void App::On(const intent::OpenUrl& i) {
    if (IsAllowedLinkScheme(i.url) && m_host.links.openUrl) m_host.links.openUrl(i.url);
}

void App::On(const intent::Share&) {
    if (!m_host.device.share || !m_bundle) return;
    std::string title = m_bundle->district.name.In(m_state.lang);
    if (m_state.screen == Screen::kShop) {
        if (const Shop* shop = m_bundle->FindShop(m_state.shopId)) title = shop->name.In(m_state.lang) + " · " + title;
    }
    m_host.device.share(title, FormatRoute(CurrentRoute()));
}

void App::On(const intent::Directions& i) {
    const Shop* shop = m_bundle && m_state.screen == Screen::kShop ? m_bundle->FindShop(m_state.shopId) : nullptr;
    if (!shop || !m_host.links.openDirections) return;
    // Korean apps search and speak the Korean name best.
    for (const DirectionsLink& link : WalkingDirections(shop->position, shop->name.In(Lang::kKo), m_state.pageOrigin)) {
        if (link.provider == i.app) m_host.links.openDirections(link.appUrl, link.webUrl);
    }
}

void App::On(const intent::ShowTextView&) {
    if (m_host.page.showTextView) m_host.page.showTextView();
}

void App::On(const intent::Retry&) {
    m_state.screen = Screen::kLoading;
    if (m_host.page.retryLoading) m_host.page.retryLoading();
}

// --- Language -----------------------------------------------------------------------------------

void App::On(const intent::SetLanguage& i) {
    SetLanguage(i.lang);
    m_state.home.languagePickerOpen = false;
    if (m_host.page.languageChanged) m_host.page.languageChanged(LangCode(i.lang));
}

void App::On(const intent::ToggleLanguagePicker&) {
    m_state.home.languagePickerOpen = !m_state.home.languagePickerOpen;
}

// --- Search and filters -------------------------------------------------------------------------

void App::On(const intent::ToggleFilterPanel&) {
    m_state.search.filterPanelOpen = !m_state.search.filterPanelOpen;
}

void App::On(const intent::ToggleOpenNow&) {
    m_state.search.filters.openNow = !m_state.search.filters.openNow;
    m_dirty = true;
}

void App::On(const intent::TogglePromotionFilter&) {
    m_state.search.filters.hasPromotion = !m_state.search.filters.hasPromotion;
    m_dirty = true;
}

void App::On(const intent::TogglePayment& i) {
    Toggle(&m_state.search.filters.payments, i.payment);
    m_dirty = true;
}

void App::On(const intent::ToggleSpokenLanguage& i) {
    Toggle(&m_state.search.filters.languages, i.lang);
    m_dirty = true;
}

void App::On(const intent::ToggleCategory& i) {
    Toggle(&m_state.search.filters.categories, i.id);
    m_dirty = true;
}

void App::On(const intent::ClearFilters&) {
    m_state.search.filters.Clear();
    m_dirty = true;
}

void App::On(const intent::SortNearest&) {
    m_state.search.sortNearest = !m_state.search.sortNearest;
    m_dirty = true;
    if (m_state.search.sortNearest && !m_state.location.position) On(intent::Locate{});
}

// --- The map and the visitor's position -----------------------------------------------------

void App::On(const intent::MapZoom& i) {
    const MapState& map = m_state.map;
    ZoomMapAt(i.levels, map.x + float(map.view.width / 2), map.y + float(map.view.height / 2));
}

void App::On(const intent::MapZoomTo& i) {
    if (!m_bundle) return;
    MapState& map = m_state.map;
    map.view.center = i.center;
    map.view.zoom = i.zoom;
    ClampView(&map.view, m_bundle->district.bounds, map.minZoom, map.maxZoom);
}

void App::On(const intent::MapList& i) {
    std::vector<std::string>& listed = m_state.map.listed;
    listed.clear();
    if (!m_bundle) return;
    for (const std::string& id : i.shops) {
        if (m_bundle->FindShop(id)) listed.push_back(id);
    }
}

void App::On(const intent::Locate&) {
    m_state.location.notice.clear();
    if (m_host.device.requestPosition) {
        m_state.location.locating = true;
        m_host.device.requestPosition();
    } else {
        PositionFailed(0);
    }
}

void App::On(const intent::DismissNotice&) {
    m_state.location.notice.clear();
}

// --- Preview --------------------------------------------------------------------------------------

void App::On(const intent::OpenFile&) {
    if (m_host.files.openFile) m_host.files.openFile();
}

void App::On(const intent::TogglePreviewProblems&) {
    m_state.preview.problemsOpen = !m_state.preview.problemsOpen;
}

void App::On(const intent::EnterPreview&) {
    m_state.preview.on = true;
    if (m_host.page.enterPreview) m_host.page.enterPreview();
}

}  // namespace golmok
