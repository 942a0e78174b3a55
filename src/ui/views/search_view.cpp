// The search field, the filter chips and the result list. The field itself is a real text input
// of the page placed over the box drawn here (the phone's keyboard and Korean IME need one).

#include <algorithm>
#include <cstdio>

#include "core/i18n/ui_text.h"
#include "ui/kit/theme.h"
#include "ui/views/views.h"
#include "ui/kit/widgets.h"

namespace golmok::views {
namespace {

using widgets::Px;

template <typename T>
bool Has(const std::vector<T>& items, const T& v) {
    return std::find(items.begin(), items.end(), v) != items.end();
}

void GroupTitle(UiState& s, const char* title) {
    ImGui::Dummy(ImVec2(0, Px(s, 4)));
    widgets::Paragraph(title, theme::Colors().muted);
}

}  // namespace

void SearchBar(UiState& s) {
    if (s.search.scrollToField) {
        // The keyboard is opening: put the field at the top, the results right under it.
        ImGui::SetScrollHereY(0.0f);
        s.search.scrollToField = false;
    }
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float w = ImGui::GetContentRegionAvail().x;
    const float h = Px(s, 48);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(p, ImVec2(p.x + w, p.y + h), theme::Colors().card, h / 2);
    dl->AddRect(p, ImVec2(p.x + w, p.y + h),
                s.search.focused ? theme::Colors().accent : theme::Colors().divider, h / 2, 0,
                Px(s, s.search.focused ? 2 : 1));
    ImGui::Dummy(ImVec2(w, h));
    // The page's input sits exactly here while the box is on screen.
    const ImVec2 clipMin = ImGui::GetWindowDrawList()->GetClipRectMin();
    const ImVec2 clipMax = ImGui::GetWindowDrawList()->GetClipRectMax();
    const bool onScreen = p.y >= clipMin.y && p.y + h <= clipMax.y;
    s.search.fieldX = p.x;
    s.search.fieldY = p.y;
    s.search.fieldW = w;
    s.search.fieldH = onScreen ? h : 0;

    // The filter switch and, when any filter is on, one tap to clear them all.
    ImGui::Dummy(ImVec2(0, Px(s, 2)));
    widgets::ChipFlow flow;
    char label[64];
    const int n = s.search.filters.ActiveCount();
    if (n > 0) {
        std::snprintf(label, sizeof label, Tr(Msg::kFiltersActive, s.lang), n);
    } else {
        std::snprintf(label, sizeof label, "%s", Tr(Msg::kFilters, s.lang));
    }
    if (widgets::Chip(s, flow, "filters", label, s.search.filterPanelOpen || n > 0)) {
        s.frame.intents.push_back(intent::ToggleFilterPanel{});
    }
    if (n > 0 && widgets::Chip(s, flow, "clear", Tr(Msg::kClearFilters, s.lang), false)) {
        s.frame.intents.push_back(intent::ClearFilters{});
    }
    // The same results on the map, and nearest first (which asks where the visitor is).
    if (widgets::Chip(s, flow, "map", Tr(Msg::kMap, s.lang), false)) {
        s.frame.intents.push_back(intent::OpenMap{});
    }
    if (widgets::Chip(s, flow, "nearest", Tr(Msg::kNearestFirst, s.lang), s.search.sortNearest)) {
        s.frame.intents.push_back(intent::SortNearest{});
    }
    Notice(s);
}

void FilterPanel(UiState& s, const Bundle& b) {
    const Filters& f = s.search.filters;
    {
        widgets::ChipFlow flow;
        ImGui::Dummy(ImVec2(0, Px(s, 2)));
        if (widgets::Chip(s, flow, "open", Tr(Msg::kOpenNow, s.lang), f.openNow)) {
            s.frame.intents.push_back(intent::ToggleOpenNow{});
        }
        if (widgets::Chip(s, flow, "promotion", Tr(Msg::kHasPromotion, s.lang), f.hasPromotion)) {
            s.frame.intents.push_back(intent::TogglePromotionFilter{});
        }
    }
    GroupTitle(s, Tr(Msg::kPaymentGroup, s.lang));
    {
        widgets::ChipFlow flow;
        for (Payment p : {Payment::kCard, Payment::kZeropay, Payment::kOnnuri, Payment::kCash}) {
            const std::string id = std::string("pay:") + PaymentCode(p);
            if (widgets::Chip(s, flow, id, PaymentName(p, s.lang), Has(f.payments, p))) {
                s.frame.intents.push_back(intent::TogglePayment{p});
            }
        }
    }
    GroupTitle(s, Tr(Msg::kLanguageGroup, s.lang));
    {
        widgets::ChipFlow flow;
        for (Lang l : {Lang::kEn, Lang::kJa, Lang::kZh}) {
            const std::string id = std::string("lang:") + LangCode(l);
            if (widgets::Chip(s, flow, id, Tr(Msg::kLangName, l), Has(f.languages, l))) {
                s.frame.intents.push_back(intent::ToggleSpokenLanguage{l});
            }
        }
    }
    GroupTitle(s, Tr(Msg::kCategoryGroup, s.lang));
    {
        widgets::ChipFlow flow;
        for (std::size_t c = 0; c < b.categories.size(); ++c) {
            const Category& cat = b.categories[c];
            const int count = c < s.search.categoryCounts.size() ? s.search.categoryCounts[c] : 0;
            const std::string id = "cat:" + cat.id;
            const std::string label = cat.name.In(s.lang) + " " + std::to_string(count);
            if (widgets::Chip(s, flow, id, label, Has(f.categories, cat.id))) {
                s.frame.intents.push_back(intent::ToggleCategory{cat.id});
            }
        }
    }
    ImGui::Dummy(ImVec2(0, Px(s, 6)));
}

void Results(UiState& s, const Bundle& b, const std::vector<std::string>& statuses) {
    char count[64];
    std::snprintf(count, sizeof count, Tr(Msg::kResultCount, s.lang),
                  static_cast<int>(s.search.results.size()));
    ImGui::Dummy(ImVec2(0, Px(s, 4)));
    widgets::Paragraph(count, theme::Colors().muted);
    if (s.search.results.empty()) {
        ImGui::Dummy(ImVec2(0, Px(s, 12)));
        widgets::Paragraph(Tr(Msg::kNoResults, s.lang), theme::Colors().text);
        return;
    }
    // Only rows on screen are drawn in full; the rest just take their space, so a result list
    // of thousands costs no more per frame than one screenful.
    // A row is the button and a small gap after it, each followed by the item spacing.
    const float rowH = Px(s, theme::kRowHeight) + Px(s, 2) + 2 * ImGui::GetStyle().ItemSpacing.y;
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(s.search.results.size()), rowH);
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const Shop& shop = b.shops[s.search.results[i]];
            const std::string* status =
                s.search.results[i] < statuses.size() ? &statuses[s.search.results[i]] : nullptr;
            if (static_cast<std::size_t>(i) < s.search.distances.size()) {
                // How far, first: what a visitor choosing by distance reads.
                std::string line = FormatDistance(s.search.distances[i]);
                if (status && !status->empty()) line += " · " + *status;
                widgets::ShopRow(s, shop, b.FindCategory(shop.category), &line);
                continue;
            }
            widgets::ShopRow(s, shop, b.FindCategory(shop.category), status);
        }
    }
    clipper.End();
}

}  // namespace golmok::views
