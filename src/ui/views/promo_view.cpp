// One promotion on its own screen (a deep link or a tap on the home screen): what it is, where,
// until when, the coupon to show at the counter.

#include "core/i18n/ui_text.h"
#include "ui/kit/theme.h"
#include "ui/views/views.h"
#include "ui/kit/widgets.h"

namespace golmok::views {

using widgets::Px;

void TopBar(UiState& s) {
    if (widgets::Button(s, "back", "", (std::string("‹ ") + Tr(Msg::kBack, s.lang)).c_str(), 88)) {
        s.frame.intents.push_back(intent::Back{});
    }
    // Share sits at the right end of the same row.
    const char* share = Tr(Msg::kShare, s.lang);
    const float w = std::max(ImGui::CalcTextSize(share).x + 2 * Px(s, 14), Px(s, 88));
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - w);
    if (widgets::Button(s, "share", "", share, 88)) s.frame.intents.push_back(intent::Share{});
}

void PromoCard(UiState& s, const Bundle& b, const Promotion& p) {
    TopBar(s);
    ImGui::Dummy(ImVec2(0, Px(s, 4)));
    widgets::Badge(s, Tr(Msg::kDeal, s.lang), theme::Colors().text, theme::Colors().accentSoft);
    if (s.layout.titleFont) ImGui::PushFont(s.layout.titleFont);
    widgets::LocalizedParagraph(s, p.title, theme::Colors().accent);
    if (s.layout.titleFont) ImGui::PopFont();
    if (p.sample) {
        widgets::Badge(s, Tr(Msg::kSample, s.lang), theme::Colors().sampleBadge, theme::Colors().sampleBadgeBg);
    }
    char range[160];
    std::snprintf(range, sizeof range, Tr(Msg::kFromUntil, s.lang), FormatShortDate(p.start, s.lang).c_str(),
                  FormatShortDate(p.end, s.lang).c_str());
    ImGui::Dummy(ImVec2(0, Px(s, 4)));
    widgets::Paragraph(range, theme::Colors().text);
    if (p.terms.Has(Lang::kKo)) {
        ImGui::Dummy(ImVec2(0, Px(s, 4)));
        widgets::LocalizedParagraph(s, p.terms, theme::Colors().text);
    }
    if (!p.coupon.empty()) {
        ImGui::Dummy(ImVec2(0, Px(s, 10)));
        widgets::Paragraph(Tr(Msg::kCoupon, s.lang), theme::Colors().muted);
        if (s.layout.titleFont) ImGui::PushFont(s.layout.titleFont);
        widgets::Paragraph(p.coupon, theme::Colors().text);
        if (s.layout.titleFont) ImGui::PopFont();
    }
    ImGui::Dummy(ImVec2(0, Px(s, 10)));
    if (p.shop.empty()) {
        widgets::Paragraph(Tr(Msg::kDistrictWide, s.lang), theme::Colors().muted);
    } else if (const Shop* shop = b.FindShop(p.shop)) {
        widgets::Paragraph(shop->name.In(s.lang), theme::Colors().text);
        if (widgets::Button(s, "open-shop", shop->id, Tr(Msg::kShopOfDeal, s.lang), 160)) {
            s.frame.intents.push_back(intent::OpenShop{shop->id});
        }
    }
    ImGui::Dummy(ImVec2(0, Px(s, 24) + Px(s, s.layout.safeBottom)));
}

}  // namespace golmok::views
