// The district home: name, search, description, today's promotions and events, and the shop
// list grouped by category; while searching or filtering, the results instead.

#include <map>
#include <vector>

#include "core/domain/schedule.h"
#include "core/i18n/ui_text.h"
#include "ui/kit/theme.h"
#include "ui/views/views.h"
#include "ui/kit/widgets.h"

namespace golmok::views {
namespace {

using widgets::Px;

void Header(UiState& s, const Bundle& b) {
    const float langButtonWidth = Px(s, 92);
    ImGui::Dummy(ImVec2(0, Px(s, 4)));
    // The language switch sits at the top right; the name wraps before it.
    const ImVec2 start = ImGui::GetCursorPos();
    ImGui::SetCursorPos(ImVec2(start.x + ImGui::GetContentRegionAvail().x - langButtonWidth, start.y));
    // Shows the language in use; a tap opens the choice of languages below the header.
    if (widgets::Button(s, "language", LangCode(s.lang), Tr(Msg::kLangName, s.lang), 92)) {
        s.frame.intents.push_back(intent::ToggleLanguagePicker{});
    }
    ImGui::SetCursorPos(start);
    if (s.layout.titleFont) ImGui::PushFont(s.layout.titleFont);
    ImGui::PushStyleColor(ImGuiCol_Text, theme::Colors().text);
    ImGui::PushTextWrapPos(ImGui::GetCursorPos().x + ImGui::GetContentRegionAvail().x -
                           langButtonWidth - Px(s, 8));
    ImGui::TextUnformatted(b.district.name.In(s.lang).c_str());
    ImGui::PopStyleColor();
    if (s.layout.titleFont) ImGui::PopFont();
    if (b.district.address.Has(Lang::kKo)) {
        ImGui::PushStyleColor(ImGuiCol_Text, theme::Colors().muted);
        ImGui::TextUnformatted(b.district.address.In(s.lang).c_str());
        ImGui::PopStyleColor();
    }
    ImGui::PopTextWrapPos();
    ImGui::SetCursorPosY(std::max(ImGui::GetCursorPosY(), start.y + Px(s, theme::kButtonHeight)));
    if (s.home.languagePickerOpen) {
        ImGui::Dummy(ImVec2(0, Px(s, 4)));
        widgets::ChipFlow flow;
        for (int i = 0; i < kLangCount; ++i) {
            if (!(kOfferedLangs & (1u << i))) continue;
            const Lang l = static_cast<Lang>(i);
            if (widgets::Chip(s, flow, std::string("uilang:") + LangCode(l), Tr(Msg::kLangName, l), l == s.lang)) {
                s.frame.intents.push_back(intent::SetLanguage{l});
            }
        }
    }
}

// A card laid out once is not laid out again while it is off screen: the space it took (at this
// width, in this language, with this text) stands in for it. A large district runs hundreds of
// promotions at a time, and drawing them all every frame would cost more than the shop list.
bool SkipOffscreenCard(UiState& s, const Promotion& p, float width, ImGuiID* key) {
    ImGui::PushID(static_cast<int>(s.lang));
    ImGui::PushID(p.id.c_str());
    ImGui::PushID(static_cast<int>(width));
    *key = ImGui::GetID(p.title.In(s.lang).c_str());
    ImGui::PopID();
    ImGui::PopID();
    ImGui::PopID();
    const float advance = ImGui::GetStateStorage()->GetFloat(*key, 0);
    if (advance <= 0 || ImGui::IsRectVisible(ImVec2(width, advance))) return false;
    const ImVec2 top = ImGui::GetCursorScreenPos();
    const float spacing = ImGui::GetStyle().ItemSpacing.y;
    widgets::AddTarget(s, "promo", p.id, p.title.In(s.lang), top.x, top.y, width, advance - Px(s, 4) - spacing,
                       false);
    ImGui::Dummy(ImVec2(width, advance - spacing));
    return true;
}

void PromotionCard(UiState& s, const Bundle& b, const Promotion& p) {
    const float pad = Px(s, 12);
    const ImVec2 top = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    ImGuiID spaceKey = 0;
    if (SkipOffscreenCard(s, p, width, &spaceKey)) return;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->ChannelsSplit(2);
    dl->ChannelsSetCurrent(1);
    ImGui::Indent(pad);
    ImGui::Dummy(ImVec2(0, Px(s, 4)));
    ImGui::PushTextWrapPos(ImGui::GetCursorPos().x + width - 2 * pad);
    ImGui::PushStyleColor(ImGuiCol_Text, theme::Colors().accent);
    ImGui::TextUnformatted(p.title.In(s.lang).c_str());
    ImGui::PopStyleColor();
    if (!p.shop.empty()) {
        if (const Shop* shop = b.FindShop(p.shop)) {
            ImGui::PushStyleColor(ImGuiCol_Text, theme::Colors().text);
            ImGui::TextUnformatted(shop->name.In(s.lang).c_str());
            ImGui::PopStyleColor();
        }
    }
    if (p.terms.Has(Lang::kKo)) widgets::LocalizedParagraph(s, p.terms, theme::Colors().muted);
    char until[96];
    std::snprintf(until, sizeof until, Tr(Msg::kUntil, s.lang), FormatShortDate(p.end, s.lang).c_str());
    std::string meta = until;
    if (!p.coupon.empty()) meta += std::string(" · ") + Tr(Msg::kCoupon, s.lang) + " " + p.coupon;
    widgets::Paragraph(meta, theme::Colors().muted);
    ImGui::PopTextWrapPos();
    ImGui::Dummy(ImVec2(0, Px(s, 4)));
    ImGui::Unindent(pad);
    const float bottom = ImGui::GetCursorScreenPos().y;
    // The whole card is one target: it opens the promotion's own screen.
    const ImVec2 after = ImGui::GetCursorScreenPos();
    ImGui::SetCursorScreenPos(top);
    ImGui::PushID(p.id.c_str());
    const bool tapped = ImGui::InvisibleButton("promo", ImVec2(width, bottom - top.y));
    const bool held = ImGui::IsItemActive();
    s.frame.targets.push_back(
        {"promo", p.id, p.title.In(s.lang), top.x, top.y, width, bottom - top.y, ImGui::IsItemVisible()});
    ImGui::PopID();
    ImGui::SetCursorScreenPos(after);
    if (tapped) s.frame.intents.push_back(intent::OpenPromo{p.id});
    dl->ChannelsSetCurrent(0);
    dl->AddRectFilled(top, ImVec2(top.x + width, bottom), held ? theme::Colors().cardPressed : theme::Colors().accentSoft,
                      Px(s, theme::kRadius));
    dl->ChannelsMerge();
    ImGui::Dummy(ImVec2(0, Px(s, 4)));
    ImGui::GetStateStorage()->SetFloat(spaceKey, ImGui::GetCursorScreenPos().y - top.y);
}

// One category's shop rows. Only rows on screen are drawn; the others just take their place,
// so that 10,000 shops cost about what one screenful does. The clipper measures the first row,
// whose height is exact (ImGui keeps the cursor on whole pixels), so rows sit where drawing
// every one would put them. Rows not drawn stay listed as targets, off screen.
void CategoryRows(UiState& s, const Bundle& b, const Category& c, const std::vector<std::size_t>& shops,
                  const std::vector<std::string>& statuses) {
    const float left = ImGui::GetCursorScreenPos().x;
    const float width = ImGui::GetContentRegionAvail().x;
    std::vector<char> drawn(shops.size(), 0);
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(shops.size()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const std::size_t index = shops[static_cast<std::size_t>(i)];
            widgets::ShopRow(s, b.shops[index], &c, index < statuses.size() ? &statuses[index] : nullptr);
            drawn[static_cast<std::size_t>(i)] = 1;
        }
    }
    const float top = clipper.StartPosY;
    const float rowH = clipper.ItemsHeight;
    clipper.End();
    for (std::size_t i = 0; i < shops.size(); ++i) {
        if (drawn[i]) continue;
        const Shop& shop = b.shops[shops[i]];
        widgets::AddTarget(s, "shop", shop.id, shop.name.In(s.lang), left, top + rowH * static_cast<float>(i), width,
                           Px(s, theme::kRowHeight), false);
    }
}

}  // namespace

void Home(UiState& s, const Bundle& b, const std::vector<std::string>& statuses) {
    Header(s, b);
    if (s.preview.on) PreviewPanel(s, &b);
    if (s.editor.active) EditorBanner(s);
    ImGui::Dummy(ImVec2(0, Px(s, 8)));
    SearchBar(s);
    if (s.search.filterPanelOpen) FilterPanel(s, b);
    if (s.search.Active()) {
        Results(s, b, statuses);
        ImGui::Dummy(ImVec2(0, Px(s, 24) + Px(s, s.layout.safeBottom)));
        return;
    }
    widgets::LocalizedParagraph(s, b.district.description, theme::Colors().text);
    if (b.samples) {
        ImGui::Dummy(ImVec2(0, Px(s, 4)));
        widgets::Badge(s, Tr(Msg::kSample, s.lang), theme::Colors().sampleBadge, theme::Colors().sampleBadgeBg);
        widgets::LocalizedParagraph(s, b.samples->note, theme::Colors().muted);
    }

    const auto current = CurrentPromotions(b, s.today);
    widgets::SectionTitle(s, Tr(Msg::kTodaysPromotions, s.lang));
    if (current.empty()) widgets::Paragraph(Tr(Msg::kNoPromotionsToday, s.lang), theme::Colors().muted);
    for (const Promotion* p : current) PromotionCard(s, b, *p);

    const auto events = CurrentAndUpcomingEvents(b, s.today);
    if (!events.empty()) {
        widgets::SectionTitle(s, Tr(Msg::kEvents, s.lang));
        for (const Event* e : events) {
            char range[160];
            std::snprintf(range, sizeof range, Tr(Msg::kFromUntil, s.lang),
                          FormatShortDate(e->start, s.lang).c_str(), FormatShortDate(e->end, s.lang).c_str());
            widgets::Paragraph(e->title.In(s.lang), theme::Colors().text);
            std::string meta = range;
            if (e->place.Has(Lang::kKo)) meta += " · " + e->place.In(s.lang);
            widgets::Paragraph(meta, theme::Colors().muted);
            if (e->description.Has(Lang::kKo)) widgets::LocalizedParagraph(s, e->description, theme::Colors().muted);
            ImGui::Dummy(ImVec2(0, Px(s, 6)));
        }
    }

    char count[64];
    std::snprintf(count, sizeof count, Tr(Msg::kShopCount, s.lang), int(b.shops.size()));
    widgets::SectionTitle(s, (std::string(Tr(Msg::kShops, s.lang)) + " · " + count).c_str());
    for (std::size_t ci = 0; ci < b.categories.size() && ci < s.home.shopsByCategory.size(); ++ci) {
        const Category& c = b.categories[ci];
        const std::vector<std::size_t>& shops = s.home.shopsByCategory[ci];
        const int n = static_cast<int>(shops.size());
        if (n == 0) continue;
        ImGui::Dummy(ImVec2(0, Px(s, 6)));
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const float dot = Px(s, 10);
        const float lineH = ImGui::GetTextLineHeight();
        ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(p.x + dot / 2, p.y + lineH / 2), dot / 2,
                                                    theme::FromRgb(c.color));
        ImGui::SetCursorScreenPos(ImVec2(p.x + dot + Px(s, 8), p.y));
        std::snprintf(count, sizeof count, Tr(Msg::kShopCount, s.lang), n);
        widgets::Paragraph(c.name.In(s.lang) + "  " + count, theme::Colors().muted);
        CategoryRows(s, b, c, shops, statuses);
    }
    if (b.district.geometryNote.Has(Lang::kKo) || !b.district.attribution.empty()) {
        widgets::SectionTitle(s, Tr(Msg::kGeometryNote, s.lang));
        if (b.district.geometryNote.Has(Lang::kKo)) {
            widgets::LocalizedParagraph(s, b.district.geometryNote, theme::Colors().muted);
        }
        if (!b.district.attribution.empty()) widgets::Paragraph(b.district.attribution, theme::Colors().muted);
    }
    // The same directory as plain HTML, for screen readers, large system text and copying.
    ImGui::Dummy(ImVec2(0, Px(s, 12)));
    if (widgets::Button(s, "textview", "", Tr(Msg::kTextView, s.lang))) {
        s.frame.intents.push_back(intent::ShowTextView{});
    }
    if (!s.preview.on) {
        // For the people who keep the data: the same page, on a file of their own.
        ImGui::Dummy(ImVec2(0, Px(s, 8)));
        if (widgets::Button(s, "preview", "", Tr(Msg::kOwnerPreview, s.lang))) {
            s.frame.intents.push_back(intent::EnterPreview{});
        }
    }
    ImGui::Dummy(ImVec2(0, Px(s, 8)));
    if (widgets::Button(s, "edit", "", Tr(Msg::kEditOwnerEntry, s.lang))) {
        s.frame.intents.push_back(intent::OpenEditor{});
    }
    ImGui::Dummy(ImVec2(0, Px(s, 24) + Px(s, s.layout.safeBottom)));
}

}  // namespace golmok::views
