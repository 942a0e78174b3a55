#include "ui/app.h"

#include <set>

#include "core/bundle_loader.h"
#include "core/schedule.h"
#include "core/ui_text.h"
#include "core/utf8.h"
#include "imgui.h"
#include "ui/theme.h"
#include "ui/views.h"

namespace golmok {

App::App(Host host) : m_host(std::move(host)) {}

void App::SetToday(const Date& today) {
    m_state.today = today;
    if (m_bundle) MoveSampleDates(&*m_bundle, today);
}

void App::SetLanguage(Lang lang) { m_state.lang = lang; }

void App::OnBundleText(const std::string& sourceName, const std::string& text) {
    BundleLoadResult r = LoadBundle(text);
    if (!r.bundle) {
        ShowErrors(sourceName, std::move(r.errors));
        return;
    }
    m_bundle = std::move(r.bundle);
    MoveSampleDates(&*m_bundle, m_state.today);
    m_state.errors.clear();
    m_state.screen = Screen::kHome;
    ++m_contentGeneration;
}

void App::OnLoadFailure(const std::string& sourceName, const std::string& message) {
    ShowErrors(sourceName, {Diagnostic{"", 0, 0, message}});
}

void App::ShowErrors(const std::string& sourceName, std::vector<Diagnostic> errors) {
    m_state.screen = Screen::kError;
    m_state.errorSource = sourceName;
    m_state.errors = std::move(errors);
    ++m_contentGeneration;  // messages may quote text in any script
}

std::vector<std::uint32_t> App::Codepoints() const {
    std::set<std::uint32_t> cps;
    AddUiCodepoints(&cps, kOfferedLangs);
    if (m_bundle) AddBundleCodepoints(*m_bundle, &cps, kOfferedLangs);
    AddCodepoints(m_state.errorSource, &cps);
    for (const Diagnostic& d : m_state.errors) AddCodepoints(d.message, &cps);
    return {cps.begin(), cps.end()};
}

void App::Apply(const Intent& intent) {
    switch (intent.kind) {
        case Intent::Kind::kOpenShop:
            if (m_bundle && m_bundle->FindShop(intent.value)) {
                m_state.screen = Screen::kShop;
                m_state.shopId = intent.value;
            }
            break;
        case Intent::Kind::kBack:
            if (m_state.screen == Screen::kShop) m_state.screen = Screen::kHome;
            break;
        case Intent::Kind::kOpenUrl:
            if (IsAllowedLinkScheme(intent.value) && m_host.openUrl) m_host.openUrl(intent.value);
            break;
        case Intent::Kind::kSetLanguage: {
            Lang lang;
            if (ParseLangCode(intent.value, &lang)) {
                m_state.lang = lang;
                if (m_host.languageChanged) m_host.languageChanged(intent.value);
            }
            break;
        }
        case Intent::Kind::kRetry:
            m_state.screen = Screen::kLoading;
            if (m_host.retryLoading) m_host.retryLoading();
            break;
    }
}

void App::Frame() {
    m_state.targets.clear();
    m_state.intents.clear();
    m_state.drawnScreen = m_state.screen;
    m_state.drawnShopId = m_state.shopId;

    const ImGuiIO& io = ImGui::GetIO();
    const float top = m_state.safeTop * m_state.scale;
    ImGui::SetNextWindowPos(ImVec2(0, top));
    ImGui::SetNextWindowSize(ImVec2(io.DisplaySize.x, io.DisplaySize.y - top));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus;
    // Each screen has its own window so that each keeps its own scroll position.
    const Shop* shop = m_state.screen == Screen::kShop && m_bundle ? m_bundle->FindShop(m_state.shopId)
                                                                   : nullptr;
    const char* windowId = shop ? "##shop" : "##main";
    ImGui::Begin(windowId, nullptr, flags);
    if (shop) ImGui::PushID(shop->id.c_str());
    if (m_state.pendingScroll != 0) {
        ImGui::SetScrollY(ImGui::GetScrollY() - m_state.pendingScroll);
        m_state.pendingScroll = 0;
    }
    switch (m_state.screen) {
        case Screen::kLoading: views::Loading(m_state); break;
        case Screen::kError: views::Error(m_state); break;
        case Screen::kHome:
            if (m_bundle) views::Home(m_state, *m_bundle);
            break;
        case Screen::kShop:
            if (m_bundle && shop) views::ShopCard(m_state, *m_bundle, *shop);
            break;
    }
    if (shop) ImGui::PopID();
    ImGui::End();

    // Intents change state only after the whole frame has been drawn from one state.
    std::vector<Intent> intents;
    intents.swap(m_state.intents);
    for (const Intent& intent : intents) Apply(intent);
}

}  // namespace golmok
