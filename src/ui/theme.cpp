#include "ui/theme.h"

namespace golmok::theme {

void ApplyStyle(float scale) {
    ImGuiStyle style;  // fresh defaults, so that repeated calls never compound the scale
    ImGui::StyleColorsLight(&style);
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
    style.Colors[ImGuiCol_WindowBg] = ImGui::ColorConvertU32ToFloat4(kBackground);
    style.Colors[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
    style.Colors[ImGuiCol_Text] = ImGui::ColorConvertU32ToFloat4(kText);
    style.Colors[ImGuiCol_Button] = ImGui::ColorConvertU32ToFloat4(kCard);
    style.Colors[ImGuiCol_ButtonHovered] = ImGui::ColorConvertU32ToFloat4(kCard);
    style.Colors[ImGuiCol_ButtonActive] = ImGui::ColorConvertU32ToFloat4(kCardPressed);
    style.Colors[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
    style.Colors[ImGuiCol_Separator] = ImGui::ColorConvertU32ToFloat4(kDivider);
    style.ScaleAllSizes(scale);
    ImGui::GetStyle() = style;
}

}  // namespace golmok::theme
