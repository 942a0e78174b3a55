#include "ui/fonts.h"

#include <cmath>

#include "imgui.h"
#include "ui/theme.h"

namespace golmok {

FontSet BuildFontAtlas(const std::vector<unsigned char>& bodyTtf,
                       const std::vector<unsigned char>& titleTtf,
                       const std::vector<std::uint32_t>& codepoints, float scale) {
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    atlas->Clear();
    // Text is drawn 1:1 in device pixels, so no oversampling is needed; it would triple the
    // atlas width for nothing.
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false;
    config.OversampleH = 1;
    config.OversampleV = 1;
    config.PixelSnapH = true;

    // ImGui keeps a pointer to the ranges until the atlas is built, so they live in a static
    // buffer rebuilt here (only ever called between frames).
    static ImVector<ImWchar> ranges;
    ranges.clear();
    ImFontGlyphRangesBuilder builder;
    for (std::uint32_t cp : codepoints) {
        if (cp > 0 && cp <= 0xFFFF) builder.AddChar(static_cast<ImWchar>(cp));  // ImWchar is 16-bit
    }
    builder.BuildRanges(&ranges);

    FontSet set;
    auto add = [&](const std::vector<unsigned char>& ttf, float cssPx) -> ImFont* {
        if (ttf.empty()) return nullptr;
        return atlas->AddFontFromMemoryTTF(const_cast<unsigned char*>(ttf.data()),
                                           static_cast<int>(ttf.size()),
                                           std::floor(cssPx * scale), &config, ranges.Data);
    };
    set.body = add(bodyTtf, theme::kBodyFontPx);
    set.title = add(titleTtf, theme::kTitleFontPx);
    if (!set.body) set.body = atlas->AddFontDefault();
    atlas->Build();
    return set;
}

}  // namespace golmok
