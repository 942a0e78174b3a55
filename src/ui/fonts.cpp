#include "ui/fonts.h"

#include <cmath>

#include "imgui.h"
#include "ui/theme.h"

namespace golmok {

namespace {

// ImGui keeps pointers to glyph ranges until the atlas is built; they live here, rebuilt between
// frames only.
void BuildRanges(const std::vector<std::uint32_t>& codepoints, ImVector<ImWchar>* ranges) {
    ranges->clear();
    ImFontGlyphRangesBuilder builder;
    for (std::uint32_t cp : codepoints) {
        if (cp > 0 && cp <= 0xFFFF) builder.AddChar(static_cast<ImWchar>(cp));  // ImWchar is 16-bit
    }
    builder.BuildRanges(ranges);
}

}  // namespace

FontSet BuildFontAtlas(const std::vector<unsigned char>& bodyTtf, const std::vector<unsigned char>& titleTtf,
                       const std::vector<std::uint32_t>& bodyCodepoints,
                       const std::vector<std::uint32_t>& titleCodepoints, float scale) {
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    atlas->Clear();
    // WebGL2 takes textures of any height: no rounding up to a power of two, no wasted rows.
    atlas->Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;
    // Text is drawn 1:1 in device pixels, so no oversampling is needed; it would triple the
    // atlas width for nothing.
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false;
    config.OversampleH = 1;
    config.OversampleV = 1;
    config.PixelSnapH = true;

    static ImVector<ImWchar> bodyRanges, titleRanges;
    BuildRanges(bodyCodepoints, &bodyRanges);
    BuildRanges(titleCodepoints, &titleRanges);

    FontSet set;
    auto add = [&](const std::vector<unsigned char>& ttf, float cssPx, const ImVector<ImWchar>& ranges) -> ImFont* {
        if (ttf.empty()) return nullptr;
        return atlas->AddFontFromMemoryTTF(const_cast<unsigned char*>(ttf.data()), static_cast<int>(ttf.size()),
                                           std::floor(cssPx * scale), &config, ranges.Data);
    };
    set.body = add(bodyTtf, theme::kBodyFontPx, bodyRanges);
    set.title = add(titleTtf, theme::kTitleFontPx, titleRanges);
    if (!set.body) set.body = atlas->AddFontDefault();
    atlas->Build();
    return set;
}

}  // namespace golmok
