#include "ui/kit/widgets.h"

#include <algorithm>

#include "core/i18n/ui_text.h"
#include "core/model/bundle.h"
#include "ui/kit/theme.h"

namespace golmok::widgets {

float Px(const UiState& s, float cssPx) {
    return cssPx * s.layout.scale;
}

HitTarget& AddTarget(UiState& s, const char* kind, std::string_view id, std::string_view label, float x, float y,
                     float w, float h, bool visible) {
    if (s.frame.spareTargetsUsed < s.frame.spareTargets.size()) {
        s.frame.targets.push_back(std::move(s.frame.spareTargets[s.frame.spareTargetsUsed++]));
    } else {
        s.frame.targets.emplace_back();
    }
    HitTarget& t = s.frame.targets.back();
    t.kind.assign(kind);
    t.id.assign(id.data(), id.size());
    t.label.assign(label.data(), label.size());
    t.x = x;
    t.y = y;
    t.w = w;
    t.h = h;
    t.visible = visible;
    t.active = false;
    return t;
}

void Paragraph(const std::string& text, ImU32 color) {
    ImGui::PushStyleColor(ImGuiCol_Text, color);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.c_str(), text.c_str() + text.size());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
}

void LocalizedParagraph(const UiState& s, const Text& text, ImU32 color) {
    bool fellBack = false;
    const std::string& shown = text.In(s.lang, &fellBack);
    Paragraph(shown, color);
    if (fellBack) {
        Paragraph(std::string("(") + Tr(Msg::kNotTranslated, s.lang) + ")", theme::Colors().muted);
    }
}

void SectionTitle(UiState& s, const char* title) {
    ImGui::Dummy(ImVec2(0, Px(s, 12)));
    if (s.layout.titleFont) ImGui::PushFont(s.layout.titleFont);
    Paragraph(title, theme::Colors().text);
    if (s.layout.titleFont) ImGui::PopFont();
    ImGui::Dummy(ImVec2(0, Px(s, 2)));
}

void Badge(const UiState& s, const char* label, ImU32 fg, ImU32 bg) {
    const ImVec2 size = ImGui::CalcTextSize(label);
    const ImVec2 pad(Px(s, 8), Px(s, 3));
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(p, ImVec2(p.x + size.x + 2 * pad.x, p.y + size.y + 2 * pad.y), bg, Px(s, 8));
    dl->AddText(ImVec2(p.x + pad.x, p.y + pad.y), fg, label);
    ImGui::Dummy(ImVec2(size.x + 2 * pad.x, size.y + 2 * pad.y));
}

bool BeginRow(UiState& s, const char* kind, const std::string& id, const std::string& label,
              float heightCss, ImVec2* origin, float* width, bool* pressed) {
    *origin = ImGui::GetCursorScreenPos();
    *width = ImGui::GetContentRegionAvail().x;
    const float h = Px(s, heightCss);
    ImGui::PushID(kind);
    ImGui::PushID(id.c_str());
    const bool tapped = ImGui::InvisibleButton("row", ImVec2(*width, h));
    *pressed = ImGui::IsItemActive();
    const bool visible = ImGui::IsItemVisible();
    ImGui::PopID();
    ImGui::PopID();
    AddTarget(s, kind, id, label, origin->x, origin->y, *width, h, visible);
    return tapped;
}

bool Button(UiState& s, const char* kind, const std::string& id, const char* label,
            float minWidthCss) {
    ImGui::PushID(kind);
    ImGui::PushID(id.c_str());
    const ImVec2 text = ImGui::CalcTextSize(label);
    const float w = std::max(text.x + 2 * Px(s, 14), Px(s, minWidthCss));
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float h = Px(s, theme::kButtonHeight);
    const bool tapped = ImGui::InvisibleButton("button", ImVec2(w, h));
    const bool held = ImGui::IsItemActive();
    const bool visible = ImGui::IsItemVisible();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(p, ImVec2(p.x + w, p.y + h), held ? theme::Colors().cardPressed : theme::Colors().card,
                      Px(s, 10));
    dl->AddRect(p, ImVec2(p.x + w, p.y + h), theme::Colors().divider, Px(s, 10), 0, Px(s, 1));
    dl->AddText(ImVec2(p.x + (w - text.x) / 2, p.y + (h - text.y) / 2), theme::Colors().text, label);
    ImGui::PopID();
    ImGui::PopID();
    s.frame.targets.push_back({kind, id, label, p.x, p.y, w, h, visible});
    return tapped;
}

Card BeginCard(UiState& s) {
    ImGui::Dummy(ImVec2(0, Px(s, 4)));
    Card card{ImGui::GetCursorScreenPos(), ImGui::GetContentRegionAvail().x, Px(s, 12)};
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->ChannelsSplit(2);
    dl->ChannelsSetCurrent(1);
    ImGui::Indent(card.pad);
    ImGui::Dummy(ImVec2(0, Px(s, 2)));
    ImGui::PushTextWrapPos(ImGui::GetCursorPos().x + card.width - 2 * card.pad);
    return card;
}

float EndCard(UiState& s, const Card& card, ImU32 fill, ImU32 border) {
    ImGui::PopTextWrapPos();
    ImGui::Dummy(ImVec2(0, Px(s, 2)));
    ImGui::Unindent(card.pad);
    const ImVec2 end(card.origin.x + card.width, ImGui::GetCursorScreenPos().y);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->ChannelsSetCurrent(0);
    dl->AddRectFilled(card.origin, end, fill, Px(s, theme::kRadius));
    if (border != 0) dl->AddRect(card.origin, end, border, Px(s, theme::kRadius), 0, Px(s, 1.5f));
    dl->ChannelsMerge();
    ImGui::Dummy(ImVec2(0, Px(s, 4)));
    return end.y - card.origin.y;
}

bool Chip(UiState& s, ChipFlow& flow, const std::string& id, const std::string& label, bool active,
          bool enabled, float minWidthCss) {
    const ImVec2 text = ImGui::CalcTextSize(label.c_str());
    const float w = std::max(text.x + 2 * Px(s, 14), Px(s, minWidthCss));
    const float h = Px(s, theme::kButtonHeight);
    // Flow: continue the line when the chip fits, else start a new one.
    if (flow.count++ > 0) {
        ImGui::SameLine(0, Px(s, 8));
        if (ImGui::GetContentRegionAvail().x < w) ImGui::NewLine();
    }
    ImGui::PushID("chip");
    ImGui::PushID(id.c_str());
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const bool tapped = ImGui::InvisibleButton("chip", ImVec2(w, h));
    const bool held = ImGui::IsItemActive();
    const bool visible = ImGui::IsItemVisible();
    ImGui::PopID();
    ImGui::PopID();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImU32 bg = active ? theme::Colors().accent : (held ? theme::Colors().cardPressed : theme::Colors().card);
    dl->AddRectFilled(p, ImVec2(p.x + w, p.y + h), bg, h / 2);
    if (!active) dl->AddRect(p, ImVec2(p.x + w, p.y + h), theme::Colors().divider, h / 2, 0, Px(s, 1));
    dl->AddText(ImVec2(p.x + (w - text.x) / 2, p.y + (h - text.y) / 2),
                active ? theme::Colors().onAccent : enabled ? theme::Colors().text : theme::Colors().divider,
                label.c_str());
    s.frame.targets.push_back({"chip", id, label, p.x, p.y, w, h, visible});
    s.frame.targets.back().active = active;
    return tapped && enabled;
}

void ShopRow(UiState& s, const Shop& shop, const Category* category, const std::string* status) {
    ImVec2 p;
    float w = 0;
    bool pressed = false;
    const std::string& name = shop.name.In(s.lang);
    if (widgets::BeginRow(s, "shop", shop.id, name, theme::kRowHeight, &p, &w, &pressed)) {
        s.frame.intents.push_back(intent::OpenShop{shop.id});
    }
    const float h = Px(s, theme::kRowHeight);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float r = Px(s, theme::kRadius);
    dl->AddRectFilled(p, ImVec2(p.x + w, p.y + h), pressed ? theme::Colors().cardPressed : theme::Colors().card, r);
    dl->AddRectFilled(p, ImVec2(p.x + Px(s, 6), p.y + h),
                      category ? theme::FromRgb(category->color) : theme::Colors().divider, r,
                      ImDrawFlags_RoundCornersLeft);
    const float textX = p.x + Px(s, 18);
    const float lineH = ImGui::GetTextLineHeight();
    dl->PushClipRect(p, ImVec2(p.x + w - Px(s, 8), p.y + h), true);
    dl->AddText(ImVec2(textX, p.y + Px(s, 10)), theme::Colors().text, name.c_str());
    // The second line: whether it is open (when known), else what the shop is.
    std::string second;
    if (status && !status->empty()) {
        second = *status;
    } else if (shop.description.Has(Lang::kKo)) {
        second = shop.description.In(s.lang);
    } else {
        second = Tr(Msg::kHoursUnknown, s.lang);
    }
    dl->AddText(ImVec2(textX, p.y + Px(s, 10) + lineH + Px(s, 4)), theme::Colors().muted, second.c_str());
    dl->PopClipRect();
    if (shop.sample) {
        const char* label = Tr(Msg::kSample, s.lang);
        const ImVec2 ts = ImGui::CalcTextSize(label);
        const ImVec2 bp(p.x + w - ts.x - Px(s, 24), p.y + Px(s, 10));
        dl->AddRectFilled(bp, ImVec2(bp.x + ts.x + Px(s, 12), bp.y + ts.y + Px(s, 4)),
                          theme::Colors().sampleBadgeBg, Px(s, 6));
        dl->AddText(ImVec2(bp.x + Px(s, 6), bp.y + Px(s, 2)), theme::Colors().sampleBadge, label);
    }
    ImGui::Dummy(ImVec2(0, Px(s, 2)));
}

}  // namespace golmok::widgets
