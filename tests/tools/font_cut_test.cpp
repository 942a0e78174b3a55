// Cutting fonts with HarfBuzz: a subset holds exactly what was asked and the face has, reads
// back through core's cmap reader, comes out the same twice; pieces keep scripts apart. Uses the
// fonts the build cuts from (Debian's fonts-nanum and fonts-noto-cjk, installed by setup).
#include "tools/font_cut.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/i18n/font_pieces.h"

namespace golmok {
namespace {

const char kNanum[] = "/usr/share/fonts/truetype/nanum/NanumBarunGothic.ttf";
const char kNoto[] = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";

std::string Slurp(const char* path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::vector<std::uint32_t> Read(const std::string& font) {
    return FontCodepoints(reinterpret_cast<const unsigned char*>(font.data()), font.size());
}

TEST(FontCut, NanumHasEveryHangulSyllable) {
    const FontFace face(Slurp(kNanum), "0");
    ASSERT_TRUE(face.Ok()) << face.Error();
    int syllables = 0;
    for (std::uint32_t cp : face.Codepoints()) syllables += cp >= 0xAC00 && cp <= 0xD7A3;
    EXPECT_EQ(syllables, 11172);
}

TEST(FontCut, ASubsetHoldsWhatWasAskedThatTheFaceHas) {
    const FontFace face(Slurp(kNanum), "0");
    ASSERT_TRUE(face.Ok()) << face.Error();
    std::string error;
    // 똠, 햏 and 뷁 lie outside KS X 1001's 2,350 syllables; U+E000 is private use Nanum leaves
    // empty… or not: whatever the face lacks is skipped, never invented.
    const std::vector<std::uint32_t> asked = {'A', 0xB620, 0xD64F, 0xBDC1, 0x10FFF0};
    const std::string font = face.Subset(asked, &error);
    ASSERT_FALSE(font.empty()) << error;
    EXPECT_EQ(Read(font), (std::vector<std::uint32_t>{'A', 0xB620, 0xBDC1, 0xD64F}));
    EXPECT_EQ(face.Subset(asked, &error), font) << "the same input gives the same bytes";
    EXPECT_LT(font.size(), 8000u);
}

TEST(FontCut, ACollectionsFaceIsPickedByName) {
    const FontFace ja(Slurp(kNoto), "Noto Sans CJK JP");
    ASSERT_TRUE(ja.Ok()) << ja.Error();
    std::string error;
    const std::string font = ja.Subset({0x3042, 0x6F22}, &error);  // あ 漢
    ASSERT_FALSE(font.empty()) << error;
    EXPECT_EQ(font.compare(0, 4, "OTTO"), 0) << "CFF outlines stay CFF";
    EXPECT_EQ(Read(font), (std::vector<std::uint32_t>{0x3042, 0x6F22}));

    const FontFace missing(Slurp(kNoto), "Noto Sans CJK XX");
    EXPECT_FALSE(missing.Ok());
    EXPECT_NE(missing.Error().find("no face named \"Noto Sans CJK XX\""), std::string::npos)
        << missing.Error();
    const FontFace beyond(Slurp(kNoto), "99");
    EXPECT_NE(beyond.Error().find("face 99 asked for"), std::string::npos) << beyond.Error();
}

TEST(FontCut, WhatIsNotAFontIsSaidInWords) {
    const FontFace face("GIF89a and then nothing like a font", "0");
    EXPECT_FALSE(face.Ok());
    EXPECT_EQ(face.Error(), "not a font file HarfBuzz can read");
    std::string error;
    EXPECT_TRUE(face.Subset({'A'}, &error).empty());
    EXPECT_EQ(error, face.Error());
}

TEST(FontCut, PiecesAreBoundedAndNeverMixBlocks) {
    std::vector<std::uint32_t> cps;
    for (std::uint32_t cp = 0x20; cp < 0x7F; ++cp) cps.push_back(cp);            // 95 Latin
    for (std::uint32_t cp = 0xAC00; cp < 0xAC00 + 300; ++cp) cps.push_back(cp);  // 300 Hangul
    const auto pieces = CutIntoPieces(cps, 128);
    ASSERT_EQ(pieces.size(), 4u);
    EXPECT_EQ(pieces[0].size(), 95u) << "Latin alone, though it has room for Hangul";
    EXPECT_EQ(pieces[1].size(), 128u);
    EXPECT_EQ(pieces[2].size(), 128u);
    EXPECT_EQ(pieces[3].size(), 44u);
    EXPECT_EQ(pieces[1].front(), 0xAC00u);
    EXPECT_TRUE(CutIntoPieces({}, 128).empty());
}

}  // namespace
}  // namespace golmok
