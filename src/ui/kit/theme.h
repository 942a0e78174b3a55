// Colours and sizes of the page, in one place. Sizes are CSS pixels; multiply by UiState::layout.scale.
#pragma once

#include <cstdint>

#include "imgui.h"

namespace golmok::theme {

constexpr float kBodyFontPx = 16.0f;    // ≥ 16 so text reads without zooming
constexpr float kTitleFontPx = 21.0f;
constexpr float kMargin = 16.0f;
constexpr float kRowHeight = 64.0f;     // tappable rows: well above the 44 px minimum
constexpr float kButtonHeight = 44.0f;
constexpr float kRadius = 12.0f;

// The colours of one theme. Text colours keep WCAG AA contrast (≥ 4.5:1) on the backgrounds
// they are drawn on (text and muted on background, card and accentSoft; onAccent on accent).
struct Palette {
    ImU32 background, card, cardPressed, text, muted, accent, onAccent, accentSoft, divider,
        sampleBadge, sampleBadgeBg, error, open;
};

// Light and dark, following the system setting (SetDark); light until told otherwise.
const Palette& Colors();
void SetDark(bool dark);
bool IsDark();

inline ImU32 FromRgb(std::uint32_t rgb) {
    return IM_COL32((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF, 0xFF);
}

// Applies the style at `scale` device pixels per CSS pixel and the current palette, from ImGui's
// defaults.
void ApplyStyle(float scale);

}  // namespace golmok::theme
