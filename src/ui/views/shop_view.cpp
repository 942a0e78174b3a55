// A shop's card: everything a visitor needs to decide and to get there.

#include "core/domain/schedule.h"
#include "core/i18n/hours_text.h"
#include "core/i18n/ui_text.h"
#include "ui/kit/theme.h"
#include "ui/views/views.h"
#include "ui/kit/widgets.h"

namespace golmok::views {
namespace {

using widgets::Px;

void Field(UiState& s, const char* label) {
    ImGui::Dummy(ImVec2(0, Px(s, 8)));
    widgets::Paragraph(label, theme::Colors().muted);
}

std::string LanguageList(const std::vector<Lang>& langs) {
    std::string out;
    for (Lang l : langs) {
        if (!out.empty()) out += ", ";
        out += Tr(Msg::kLangName, l);
    }
    return out;
}

}  // namespace

void ShopCard(UiState& s, const Bundle& b, const Shop& shop, const OpeningHours* hours) {
    TopBar(s);
    ImGui::Dummy(ImVec2(0, Px(s, 4)));
    if (s.layout.titleFont) ImGui::PushFont(s.layout.titleFont);
    widgets::LocalizedParagraph(s, shop.name, theme::Colors().text);
    if (s.layout.titleFont) ImGui::PopFont();

    if (const Category* c = b.FindCategory(shop.category)) {
        widgets::Badge(s, c->name.In(s.lang).c_str(), theme::Colors().text, theme::Colors().accentSoft);
        ImGui::SameLine();
        const ImVec2 p = ImGui::GetCursorScreenPos();
        ImGui::GetWindowDrawList()->AddCircleFilled(
            ImVec2(p.x + Px(s, 6), p.y + ImGui::GetTextLineHeight() / 2 + Px(s, 3)), Px(s, 5),
            theme::FromRgb(c->color));
        ImGui::NewLine();
    }
    if (shop.sample) {
        ImGui::Dummy(ImVec2(0, Px(s, 2)));
        widgets::Badge(s, Tr(Msg::kSample, s.lang), theme::Colors().sampleBadge, theme::Colors().sampleBadgeBg);
        widgets::Paragraph(Tr(Msg::kSampleShopNote, s.lang), theme::Colors().muted);
    }
    if (shop.description.Has(Lang::kKo)) {
        ImGui::Dummy(ImVec2(0, Px(s, 4)));
        widgets::LocalizedParagraph(s, shop.description, theme::Colors().text);
    }

    const auto deals = CurrentPromotions(b, s.today, &shop.id);
    if (!deals.empty()) {
        widgets::SectionTitle(s, Tr(Msg::kShopPromotions, s.lang));
        for (const Promotion* p : deals) {
            widgets::Paragraph(p->title.In(s.lang), theme::Colors().accent);
            if (p->terms.Has(Lang::kKo)) widgets::LocalizedParagraph(s, p->terms, theme::Colors().muted);
            char until[96];
            std::snprintf(until, sizeof until, Tr(Msg::kUntil, s.lang),
                          FormatShortDate(p->end, s.lang).c_str());
            std::string meta = until;
            if (!p->coupon.empty()) meta += std::string(" · ") + Tr(Msg::kCoupon, s.lang) + " " + p->coupon;
            widgets::Paragraph(meta, theme::Colors().muted);
        }
    }

    Field(s, Tr(Msg::kHours, s.lang));
    if (!hours) {
        // Missing or not understood: say so rather than guess.
        widgets::Paragraph(Tr(Msg::kHoursUnknown, s.lang), theme::Colors().text);
        if (!shop.hours.empty()) {
            widgets::Paragraph(shop.hours + " " + Tr(Msg::kHoursAsWritten, s.lang), theme::Colors().muted);
        }
    } else {
        const HoursStatus status = StatusAt(*hours, s.now);
        const bool open = status.state == OpenState::kOpen;
        widgets::Paragraph(FormatHoursStatus(*hours, status, s.now, s.lang), open ? theme::Colors().open : theme::Colors().accent);
        if (!status.comment.empty()) widgets::Paragraph(status.comment, theme::Colors().muted);
        ImGui::Dummy(ImVec2(0, Px(s, 4)));
        // The week from today, today first and marked.
        const float labelW = Px(s, 56);
        for (const DayHours& day : WeekFrom(*hours, s.now.date)) {
            const bool today = day.date == s.now.date;
            const ImU32 color = today ? theme::Colors().text : theme::Colors().muted;
            std::string label = WeekdayShort(day.date.Weekday(), s.lang);
            if (today) label = std::string(Tr(Msg::kToday, s.lang));
            const float x = ImGui::GetCursorPosX();
            widgets::Paragraph(label, color);
            ImGui::SameLine(x + labelW);
            std::string spans = FormatDaySpans(day, s.lang);
            if (!day.comment.empty()) spans += "  \"" + day.comment + "\"";
            widgets::Paragraph(spans, color);
        }
        widgets::Paragraph(shop.hours + " " + Tr(Msg::kHoursAsWritten, s.lang), theme::Colors().muted);
    }

    if (!shop.phone.empty()) {
        Field(s, Tr(Msg::kPhone, s.lang));
        if (widgets::Button(s, "link", "tel:" + shop.phone, shop.phone.c_str(), 160)) {
            s.frame.intents.push_back(intent::OpenUrl{"tel:" + shop.phone});
        }
    }

    Field(s, Tr(Msg::kAddress, s.lang));
    widgets::LocalizedParagraph(s, shop.address, theme::Colors().text);
    if (widgets::Button(s, "show-on-map", shop.id, Tr(Msg::kShowOnMap, s.lang), 160)) {
        s.frame.intents.push_back(intent::OpenMap{shop.id});
    }
    // Walking there: each app people in Korea use, by its own link.
    Field(s, Tr(Msg::kDirections, s.lang));
    {
        widgets::ChipFlow flow;
        const std::pair<MapProvider, Msg> apps[] = {{MapProvider::kNaver, Msg::kNaverMap},
                                                    {MapProvider::kKakao, Msg::kKakaoMap},
                                                    {MapProvider::kGoogle, Msg::kGoogleMap}};
        for (const auto& [app, name] : apps) {
            if (widgets::Chip(s, flow, std::string("directions:") + ProviderCode(app), Tr(name, s.lang), false)) {
                s.frame.intents.push_back(intent::Directions{app});
            }
        }
    }

    if (!shop.menu.empty()) {
        Field(s, Tr(Msg::kMenu, s.lang));
        const float right = ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x;
        for (const MenuItem& m : shop.menu) {
            const std::string price = FormatWon(m.price, s.lang);
            const float priceW = ImGui::CalcTextSize(price.c_str()).x;
            const float y = ImGui::GetCursorPosY();
            ImGui::PushTextWrapPos(right - priceW - Px(s, 16));
            ImGui::TextUnformatted(m.name.In(s.lang).c_str());
            ImGui::PopTextWrapPos();
            const float after = ImGui::GetCursorPosY();
            ImGui::SetCursorPos(ImVec2(right - priceW, y));
            ImGui::TextUnformatted(price.c_str());
            ImGui::SetCursorPosY(std::max(after, ImGui::GetCursorPosY()));
        }
    }

    if (!shop.payment.empty()) {
        Field(s, Tr(Msg::kPayment, s.lang));
        std::string list;
        for (Payment p : shop.payment) {
            if (!list.empty()) list += " · ";
            list += PaymentName(p, s.lang);
        }
        widgets::Paragraph(list, theme::Colors().text);
    }
    if (!shop.languages.empty()) {
        Field(s, Tr(Msg::kLanguagesSpoken, s.lang));
        widgets::Paragraph(LanguageList(shop.languages), theme::Colors().text);
    }
    if (!shop.menuLanguages.empty()) {
        Field(s, Tr(Msg::kMenuLanguages, s.lang));
        widgets::Paragraph(LanguageList(shop.menuLanguages), theme::Colors().text);
    }
    if (!shop.links.empty()) {
        Field(s, Tr(Msg::kLinks, s.lang));
        for (const Link& l : shop.links) {
            if (widgets::Button(s, "link", l.url, l.label.In(s.lang).c_str(), 160)) {
                s.frame.intents.push_back(intent::OpenUrl{l.url});
            }
        }
    }
    if (shop.confirmed) {
        Field(s, Tr(Msg::kLastConfirmed, s.lang));
        widgets::Paragraph(shop.confirmed->ToString(), theme::Colors().text);
    }
    // For the owner: this listing's form in the editor.
    ImGui::Dummy(ImVec2(0, Px(s, 20)));
    if (widgets::Button(s, "edit", "shop/" + shop.id, Tr(Msg::kEditOwnerEntry, s.lang))) {
        s.frame.intents.push_back(intent::OpenEditor{EntityRef{EntityKind::kShop, shop.id}});
    }
    ImGui::Dummy(ImVec2(0, Px(s, 24) + Px(s, s.layout.safeBottom)));
}

}  // namespace golmok::views
