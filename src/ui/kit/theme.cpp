#include "ui/kit/theme.h"

namespace golmok::theme {
namespace {

constexpr Palette kLight = {
    IM_COL32(0xF6, 0xF4, 0xF0, 0xFF),  // background
    IM_COL32(0xFF, 0xFF, 0xFF, 0xFF),  // card
    IM_COL32(0xEC, 0xE8, 0xE1, 0xFF),  // cardPressed
    IM_COL32(0x1C, 0x1B, 0x1A, 0xFF),  // text: 16:1 on card
    IM_COL32(0x5C, 0x5A, 0x57, 0xFF),  // muted: 6.7:1 on card, 6.0:1 on background
    IM_COL32(0xB4, 0x3C, 0x0C, 0xFF),  // accent: 5.9:1 on card
    IM_COL32(0xFF, 0xFF, 0xFF, 0xFF),  // onAccent: 5.9:1 on accent
    IM_COL32(0xFD, 0xEB, 0xDF, 0xFF),  // accentSoft
    IM_COL32(0xE3, 0xDF, 0xD8, 0xFF),  // divider
    IM_COL32(0x6B, 0x4E, 0x16, 0xFF),  // sampleBadge: 7.4:1 on its background
    IM_COL32(0xFB, 0xEF, 0xC8, 0xFF),  // sampleBadgeBg
    IM_COL32(0xA6, 0x1B, 0x1B, 0xFF),  // error: 7.0:1 on background
    IM_COL32(0x1E, 0x6E, 0x2E, 0xFF),  // open: 6.0:1 on card
};

constexpr Palette kDark = {
    IM_COL32(0x14, 0x13, 0x12, 0xFF),  // background
    IM_COL32(0x22, 0x21, 0x1F, 0xFF),  // card
    IM_COL32(0x33, 0x31, 0x2D, 0xFF),  // cardPressed
    IM_COL32(0xEE, 0xEC, 0xE8, 0xFF),  // text: 13:1 on card
    IM_COL32(0xB8, 0xB4, 0xAD, 0xFF),  // muted: 7.6:1 on card
    IM_COL32(0xFF, 0xA0, 0x70, 0xFF),  // accent: 7.6:1 on card
    IM_COL32(0x1C, 0x12, 0x0C, 0xFF),  // onAccent: 9.4:1 on accent
    IM_COL32(0x3A, 0x25, 0x19, 0xFF),  // accentSoft: accent on it 6.0:1
    IM_COL32(0x3D, 0x3A, 0x36, 0xFF),  // divider
    IM_COL32(0xF3, 0xD6, 0x8A, 0xFF),  // sampleBadge: 9.0:1 on its background
    IM_COL32(0x3A, 0x30, 0x17, 0xFF),  // sampleBadgeBg
    IM_COL32(0xFF, 0x8F, 0x85, 0xFF),  // error: 7.3:1 on background
    IM_COL32(0x82, 0xD9, 0x94, 0xFF),  // open: 9.2:1 on card
};

bool g_dark = false;

}  // namespace

const Palette& Colors() { return g_dark ? kDark : kLight; }
void SetDark(bool dark) { g_dark = dark; }
bool IsDark() { return g_dark; }

void ApplyStyle(float scale) {
    ImGuiStyle style;  // fresh defaults, so that repeated calls never compound the scale
    const Palette& c = Colors();
    if (g_dark) {
        ImGui::StyleColorsDark(&style);
    } else {
        ImGui::StyleColorsLight(&style);
    }
    style.WindowPadding = ImVec2(kMargin, 12);
    style.FramePadding = ImVec2(12, 10);
    style.ItemSpacing = ImVec2(8, 8);
    style.ItemInnerSpacing = ImVec2(8, 6);
    style.TouchExtraPadding = ImVec2(4, 4);
    style.WindowRounding = 0;
    style.FrameRounding = 10;
    style.WindowBorderSize = 0;
    style.ScrollbarSize = 4;  // a thin indicator: scrolling is by dragging
    style.ScrollbarRounding = 2;
    style.Colors[ImGuiCol_WindowBg] = ImGui::ColorConvertU32ToFloat4(c.background);
    style.Colors[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
    style.Colors[ImGuiCol_Text] = ImGui::ColorConvertU32ToFloat4(c.text);
    style.Colors[ImGuiCol_Button] = ImGui::ColorConvertU32ToFloat4(c.card);
    style.Colors[ImGuiCol_ButtonHovered] = ImGui::ColorConvertU32ToFloat4(c.card);
    style.Colors[ImGuiCol_ButtonActive] = ImGui::ColorConvertU32ToFloat4(c.cardPressed);
    style.Colors[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
    style.Colors[ImGuiCol_Separator] = ImGui::ColorConvertU32ToFloat4(c.divider);
    style.ScaleAllSizes(scale);
    ImGui::GetStyle() = style;
}

}  // namespace golmok::theme
