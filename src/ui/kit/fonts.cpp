#include "ui/kit/fonts.h"

#include <cmath>

#include "core/text/utf8.h"
#include "imgui.h"
#include "ui/kit/theme.h"

namespace golmok {

namespace {

// ImGui keeps pointers to glyph ranges until the atlas is built; they live here, rebuilt between
// frames only.
// `cjk`: 1 keeps only CJK characters, 0 only the others, -1 all.
void BuildRanges(const std::vector<std::uint32_t>& codepoints, int cjk, ImVector<ImWchar>* ranges) {
    ranges->clear();
    ImFontGlyphRangesBuilder builder;
    for (std::uint32_t cp : codepoints) {
        if (cp == 0 || cp > 0xFFFF) continue;  // ImWchar is 16-bit
        if (cjk >= 0 && IsCjkCodepoint(cp) != (cjk == 1)) continue;
        builder.AddChar(static_cast<ImWchar>(cp));
    }
    builder.BuildRanges(ranges);
}

// Noto Sans CJK's line is 26% taller than Nanum's for the same nominal size (ImGui sizes fonts by
// line height), so its characters would look a fifth smaller; at 1.25× their ink matches Hangul.
constexpr float kCjkScale = 1.25f;

}  // namespace

FontSet BuildFontAtlas(const std::vector<unsigned char>& bodyTtf, const std::vector<unsigned char>& titleTtf,
                       const std::vector<unsigned char>& cjkFont, const std::vector<unsigned char>& fallbackFont,
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

    const bool withCjk = !cjkFont.empty();
    static ImVector<ImWchar> ranges[4];  // body, title; then their CJK parts
    BuildRanges(bodyCodepoints, withCjk ? 0 : -1, &ranges[0]);
    BuildRanges(titleCodepoints, withCjk ? 0 : -1, &ranges[1]);
    BuildRanges(bodyCodepoints, 1, &ranges[2]);
    BuildRanges(titleCodepoints, 1, &ranges[3]);

    FontSet set;
    auto add = [&](const std::vector<unsigned char>& ttf, float cssPx, int face) -> ImFont* {
        if (ttf.empty()) return nullptr;
        const float px = std::floor(cssPx * scale);
        ImFont* font = atlas->AddFontFromMemoryTTF(const_cast<unsigned char*>(ttf.data()),
                                                   static_cast<int>(ttf.size()), px, &config, ranges[face].Data);
        // Merged faces fill only what the faces before them lack (ImGui keeps the first glyph).
        if (font && !fallbackFont.empty()) {
            ImFontConfig merge = config;
            merge.MergeMode = true;
            atlas->AddFontFromMemoryTTF(const_cast<unsigned char*>(fallbackFont.data()),
                                        static_cast<int>(fallbackFont.size()), std::floor(px * kCjkScale), &merge,
                                        ranges[face].Data);
        }
        if (font && withCjk && ranges[2 + face].Size > 1) {
            ImFontConfig merge = config;
            merge.MergeMode = true;
            merge.GlyphOffset.y = std::floor(0.03f * px);  // Noto sits a little high beside Hangul
            atlas->AddFontFromMemoryTTF(const_cast<unsigned char*>(cjkFont.data()), static_cast<int>(cjkFont.size()),
                                        std::floor(px * kCjkScale), &merge, ranges[2 + face].Data);
        }
        return font;
    };
    set.body = add(bodyTtf, theme::kBodyFontPx, 0);
    set.title = add(titleTtf, theme::kTitleFontPx, 1);
    if (!set.body) set.body = atlas->AddFontDefault();
    atlas->Build();
    return set;
}

int CountMissingGlyphs(const ImFont* font, const std::vector<std::uint32_t>& codepoints) {
    if (!font) return static_cast<int>(codepoints.size());
    int missing = 0;
    for (std::uint32_t cp : codepoints) {
        if (cp < 0x20 || cp > 0xFFFF || cp == 0xFFFD) continue;
        missing += font->FindGlyphNoFallback(static_cast<ImWchar>(cp)) == nullptr;
    }
    return missing;
}

}  // namespace golmok
