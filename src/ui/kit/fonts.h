// Builds ImGui's font atlas from TTF data with only the characters the page can show, at the
// pixel sizes of the current scale. Depends on ImGui and core only.
#pragma once

#include <cstdint>
#include <vector>

struct ImFont;

namespace golmok {

struct FontSet {
    ImFont* body = nullptr;
    ImFont* title = nullptr;
};

// Clears the atlas and adds the body and title faces, each with only its own characters (the
// data stays owned by the caller and must outlive the atlas). Returns fonts that are null when
// the data was empty.
//
// `cjkFont` (may be empty) is the Japanese or Chinese face: when given, kana, Chinese characters
// and CJK punctuation come from it, merged into both faces; everything else stays with Nanum.
//
// `fallbackFont` (may be empty) supplies any other character Nanum has no glyph for.
FontSet BuildFontAtlas(const std::vector<unsigned char>& bodyTtf, const std::vector<unsigned char>& titleTtf,
                       const std::vector<unsigned char>& cjkFont, const std::vector<unsigned char>& fallbackFont,
                       const std::vector<std::uint32_t>& bodyCodepoints,
                       const std::vector<std::uint32_t>& titleCodepoints, float scale);

// How many of `codepoints` the font has no glyph for (drawn as '?'): 0 when the atlas is right.
int CountMissingGlyphs(const ImFont* font, const std::vector<std::uint32_t>& codepoints);

}  // namespace golmok
