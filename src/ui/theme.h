// Colours and sizes of the page, in one place. Sizes are CSS pixels; multiply by UiState::scale.
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

// Light theme; text colours keep WCAG AA contrast (≥ 4.5:1) on their backgrounds.
constexpr ImU32 kBackground = IM_COL32(0xF6, 0xF4, 0xF0, 0xFF);
constexpr ImU32 kCard = IM_COL32(0xFF, 0xFF, 0xFF, 0xFF);
constexpr ImU32 kCardPressed = IM_COL32(0xEC, 0xE8, 0xE1, 0xFF);
constexpr ImU32 kText = IM_COL32(0x1C, 0x1B, 0x1A, 0xFF);
constexpr ImU32 kMuted = IM_COL32(0x5C, 0x5A, 0x57, 0xFF);   // 6.7:1 on white
constexpr ImU32 kAccent = IM_COL32(0xB4, 0x3C, 0x0C, 0xFF);  // 5.9:1 on white
constexpr ImU32 kOnAccent = IM_COL32(0xFF, 0xFF, 0xFF, 0xFF);   // text on kAccent: 5.9:1
constexpr ImU32 kAccentSoft = IM_COL32(0xFD, 0xEB, 0xDF, 0xFF);
constexpr ImU32 kDivider = IM_COL32(0xE3, 0xDF, 0xD8, 0xFF);
constexpr ImU32 kSampleBadge = IM_COL32(0x6B, 0x4E, 0x16, 0xFF);
constexpr ImU32 kSampleBadgeBg = IM_COL32(0xFB, 0xEF, 0xC8, 0xFF);
constexpr ImU32 kOpen = IM_COL32(0x1E, 0x6E, 0x2E, 0xFF);    // "open now" green, 6.0:1 on white
constexpr ImU32 kError = IM_COL32(0xA6, 0x1B, 0x1B, 0xFF);

inline ImU32 FromRgb(std::uint32_t rgb) {
    return IM_COL32((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF, 0xFF);
}

// Applies the style at `scale` device pixels per CSS pixel, from ImGui's defaults.
void ApplyStyle(float scale);

}  // namespace golmok::theme
