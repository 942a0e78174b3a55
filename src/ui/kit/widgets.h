// Shared drawing pieces of the views: wrapped text, section headings, badges, tappable rows and
// buttons that record their HitTarget. All sizes in CSS pixels, scaled by UiState::layout.scale.
#pragma once

#include <string>
#include <string_view>

#include "core/model/bundle.h"
#include "imgui.h"
#include "ui/ui_state.h"

namespace golmok::widgets {

float Px(const UiState& s, float cssPx);

// Text wrapped to the available width, in a colour.
void Paragraph(const std::string& text, ImU32 color);
// Text of a bundle in the chosen language; when it fell back to Korean a muted note says so.
void LocalizedParagraph(const UiState& s, const Text& text, ImU32 color);
void SectionTitle(UiState& s, const char* title);
// A small rounded label such as "예시" after an item.
void Badge(const UiState& s, const char* label, ImU32 fg, ImU32 bg);
// Records a HitTarget, in the storage of one of the frame before's when there is one.
HitTarget& AddTarget(UiState& s, const char* kind, std::string_view id, std::string_view label, float x, float y,
                     float w, float h, bool visible);

// A full-width tappable card row; returns true when tapped. Records a HitTarget.
bool BeginRow(UiState& s, const char* kind, const std::string& id, const std::string& label,
              float heightCss, ImVec2* origin, float* width, bool* pressed);
// A button that records a HitTarget; returns true when tapped.
bool Button(UiState& s, const char* kind, const std::string& id, const char* label,
            float minWidthCss = 0);

// A padded card around what is drawn between BeginCard and EndCard, its background drawn under
// the content once the content's height is known. Text inside wraps at the card's inner edge.
struct Card {
    ImVec2 origin;
    float width = 0, pad = 0;
};
Card BeginCard(UiState& s);
// Closes the card; `border` 0 draws none. Returns the card's height (device px).
float EndCard(UiState& s, const Card& card, ImU32 fill, ImU32 border);

// Lays chips out in lines that wrap at the window's edge; one per group of chips.
struct ChipFlow {
    int count = 0;
};
// A pill-shaped toggle; returns true when tapped. Records a HitTarget of kind "chip". A chip that
// is not `enabled` is drawn muted and never reports a tap. `minWidthCss` keeps chips whose label
// changes from changing width.
bool Chip(UiState& s, ChipFlow& flow, const std::string& id, const std::string& label, bool active,
          bool enabled = true, float minWidthCss = 0);

// A shop in a list: name, a second line (`status` when given, e.g. "open · closes 21:00", else
// the description), category colour and a sample badge. Tapping it emits kOpenShop.
void ShopRow(UiState& s, const Shop& shop, const Category* category, const std::string* status);

}  // namespace golmok::widgets
