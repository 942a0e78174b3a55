// The font piece list: its format read back as written, refused in words when damaged, the
// piece found for a character, the faces a character is looked for in, and a font's cmap.
#include "core/i18n/font_pieces.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace golmok {
namespace {

FontPieces Sample() {
    FontPieces p;
    p.Face("body") = {{"body-0.ttf", {{0x20, 0x7E}, {0xA0, 0xFF}}}, {"body-1.ttf", {{0xAC00, 0xAC7F}}}};
    p.Face("ja") = {{"ja-0.otf", {{0x3041, 0x3096}}}};
    return p;
}

TEST(FontPieces, WritesCompactJsonAndReadsItBack) {
    const std::string text = WriteFontPieces(Sample());
    EXPECT_EQ(text,
              "{\"body\":[[\"body-0.ttf\",[32,126,160,255]],[\"body-1.ttf\",[44032,44159]]],"
              "\"ja\":[[\"ja-0.otf\",[12353,12438]]]}");
    FontPieces back;
    std::string error;
    ASSERT_TRUE(ReadFontPieces(text, &back, &error)) << error;
    EXPECT_EQ(WriteFontPieces(back), text);
}

TEST(FontPieces, RefusesDamagedListsNamingThePlace) {
    const struct {
        const char* text;
        const char* says;
    } cases[] = {
        {"[1]", "not an object"},
        {"{\"body\":{}}", "/body: a face's pieces are an array"},
        {"{\"body\":[[\"b.ttf\"]]}", "/body/0: a piece is"},
        {"{\"body\":[[\"\",[1,2]]]}", "/body/0: a piece is"},
        {"{\"body\":[[\"b.ttf\",[1,2,3]]]}", "/body/0: a piece is"},
        {"{\"body\":[[\"b.ttf\",[5,2]]]}", "/body/0/1/0: ranges are ascending"},
        {"{\"body\":[[\"b.ttf\",[1,5,4,9]]]}", "/body/0/1/2: ranges are ascending"},
        {"{\"body\":[[\"b.ttf\",[1,1114112]]]}", "/body/0/1/0: ranges are ascending"},
        {"{\"body\":", "end"},
    };
    for (const auto& c : cases) {
        FontPieces out = Sample();
        std::string error;
        EXPECT_FALSE(ReadFontPieces(c.text, &out, &error)) << c.text;
        EXPECT_NE(error.find(c.says), std::string::npos) << c.text << " → " << error;
        EXPECT_EQ(out.faces.size(), 2u) << "a refused list leaves the old one: " << c.text;
    }
}

TEST(FontPieces, FindsThePieceHoldingACharacter) {
    const FontPieces p = Sample();
    ASSERT_NE(FindPiece(p, "body", 'A'), nullptr);
    EXPECT_EQ(FindPiece(p, "body", 'A')->file, "body-0.ttf");
    EXPECT_EQ(FindPiece(p, "body", 0xE9)->file, "body-0.ttf");
    EXPECT_EQ(FindPiece(p, "body", 0x80), nullptr) << "in the piece's span but not in its ranges";
    EXPECT_EQ(FindPiece(p, "body", 0xAC7F)->file, "body-1.ttf");
    EXPECT_EQ(FindPiece(p, "body", 0xAC80), nullptr);
    EXPECT_EQ(FindPiece(p, "ja", 0x3042)->file, "ja-0.otf");
    EXPECT_EQ(FindPiece(p, "zh", 0x3042), nullptr) << "no such face";
}

TEST(FontPieces, RangesOfJoinsConsecutiveCodepoints) {
    EXPECT_EQ(RangesOf({}), CodepointRanges{});
    EXPECT_EQ(RangesOf({1, 2, 3, 7, 9, 10}), (CodepointRanges{{1, 3}, {7, 7}, {9, 10}}));
}

TEST(FontPieces, KanaAndChineseCharactersComeFromTheReadersOwnFaceFirst) {
    using V = std::vector<std::string>;
    const auto faces = [](std::uint32_t cp, Lang lang, bool title) {
        V out;
        for (const char* f : FacesFor(cp, lang, title)) out.push_back(f);
        return out;
    };
    EXPECT_EQ(faces(0x6F22 /* 漢 */, Lang::kJa, false), (V{"ja", "body", "extra"}));
    EXPECT_EQ(faces(0x6F22, Lang::kZh, true), (V{"zh", "title", "extra"}));
    EXPECT_EQ(faces(0x6F22, Lang::kKo, false), (V{"body", "extra"})) << "Korean readers get Korean forms";
    EXPECT_EQ(faces(0xB620 /* 똠 */, Lang::kJa, false), (V{"body", "extra"}));
    EXPECT_EQ(faces('e', Lang::kEn, true), (V{"title", "extra"}));
}

TEST(FontPieces, FontCodepointsIsEmptyForWhatIsNotAFont) {
    EXPECT_TRUE(FontCodepoints(nullptr, 0).empty());
    const std::string junk = "not a font at all, just some text that is long enough";
    EXPECT_TRUE(FontCodepoints(reinterpret_cast<const unsigned char*>(junk.data()), junk.size()).empty());
}

// A font with one cmap subtable, written here byte by byte.
std::vector<unsigned char> FontWithCmap(const std::vector<unsigned char>& subtable) {
    std::vector<unsigned char> f{0, 1, 0, 0, 0, 1, 0, 16, 0, 0, 0, 0,  // version 1.0, one table
                                 'c', 'm', 'a', 'p', 0, 0, 0, 0, 0, 0, 0, 28, 0, 0, 0, 0,
                                 // cmap: version 0, one record (3, 10) at offset 12
                                 0, 0, 0, 1, 0, 3, 0, 10, 0, 0, 0, 12};
    for (unsigned char b : subtable) f.push_back(b);
    return f;
}

TEST(FontPieces, FontCodepointsReadsFormat12) {
    const std::vector<unsigned char> font = FontWithCmap({
        0, 12, 0,    0,    0, 0, 0,    40,   0, 0, 0, 0, 0, 0, 0, 2,  // format 12, two groups
        0, 0,  0,    0x41, 0, 0, 0,    0x43, 0, 0, 0, 5,              // A–C → glyphs 5–7
        0, 0,  0xAC, 0,    0, 0, 0xAC, 0,    0, 0, 0, 0,              // 가 → glyph 0: not drawn
    });
    EXPECT_EQ(FontCodepoints(font.data(), font.size()), (std::vector<std::uint32_t>{'A', 'B', 'C'}));
    // Cut short inside its groups: nothing, rather than reading past the end.
    EXPECT_TRUE(FontCodepoints(font.data(), font.size() - 4).empty());
}

TEST(FontPieces, FontCodepointsReadsFormat4) {
    const std::vector<unsigned char> font = FontWithCmap({
        0,    4,    0,    32,   0, 0, 0, 4, 0, 0, 0, 0, 0, 0,  // format 4, two segments
        0,    0x5A, 0xFF, 0xFF,                                // ends: Z, 0xFFFF
        0,    0,                                               // pad
        0,    0x58, 0xFF, 0xFF,                                // starts: X, 0xFFFF
        0xFF, 0xB0, 0,    1,                                   // deltas: X → 8
        0,    0,    0,    0,                                   // no glyph arrays
    });
    EXPECT_EQ(FontCodepoints(font.data(), font.size()), (std::vector<std::uint32_t>{'X', 'Y', 'Z'}));
}

TEST(FontPieces, EachCharacterIsDrawnByTheFirstFaceThatHasIt) {
    const std::vector<std::uint32_t> body = {'A', 0x3042, 0xAC00}, bodyPiece = {0xB620},
                                     extra = {0xE9, 0x6F22}, ja = {0x3042, 0x6F22};
    const std::vector<FontSourceInfo> sources = {
        {"body", &body}, {"extra", &extra}, {"ja", &ja}, {"body", &bodyPiece}};
    const std::vector<std::uint32_t> needed = {'A', 0xE9, 0x3042, 0x6F22, 0xAC00, 0xB620, 0xBDC1};

    const FontAssignment ko = AssignCodepoints(sources, needed, Lang::kKo, false);
    EXPECT_EQ(ko.bySource[0], (std::vector<std::uint32_t>{'A', 0x3042, 0xAC00}));
    EXPECT_EQ(ko.bySource[1], (std::vector<std::uint32_t>{0xE9, 0x6F22})) << "Korean forms of 漢";
    EXPECT_TRUE(ko.bySource[2].empty());
    EXPECT_EQ(ko.bySource[3], (std::vector<std::uint32_t>{0xB620})) << "a piece of the body face";
    EXPECT_EQ(ko.missing, (std::vector<std::uint32_t>{0xBDC1}));

    const FontAssignment jaPage = AssignCodepoints(sources, needed, Lang::kJa, false);
    EXPECT_EQ(jaPage.bySource[2], (std::vector<std::uint32_t>{0x3042, 0x6F22}))
        << "kana and kanji in Japanese forms";
    EXPECT_EQ(jaPage.bySource[0], (std::vector<std::uint32_t>{'A', 0xAC00}));

    const FontAssignment titles = AssignCodepoints(sources, needed, Lang::kKo, true);
    EXPECT_TRUE(titles.bySource[0].empty()) << "titles are looked for in the title face, not body";
    EXPECT_EQ(titles.missing, (std::vector<std::uint32_t>{'A', 0x3042, 0xAC00, 0xB620, 0xBDC1}));
}

TEST(FontPieces, PiecesForNamesEachNeededPieceOnce) {
    FontPieces p;
    p.Face("body") = {{"body-0.ttf", {{0x20, 0x7E}}}, {"body-1.ttf", {{0xB600, 0xB6FF}}}};
    p.Face("extra") = {{"extra-0.otf", {{0xE0, 0xFF}}}};
    p.Face("ja") = {{"ja-0.otf", {{0x3040, 0x30FF}}}};
    const auto names = [](const std::vector<std::pair<std::string, const FontPiece*>>& list) {
        std::vector<std::string> out;
        for (const auto& [face, piece] : list) out.push_back(face + ":" + piece->file);
        return out;
    };
    EXPECT_EQ(
        names(PiecesFor(p, {'a', 'b', 0xE9, 0xB620, 0xB621, 0x3042}, Lang::kJa, false)),
        (std::vector<std::string>{"body:body-0.ttf", "extra:extra-0.otf", "body:body-1.ttf", "ja:ja-0.otf"}));
    EXPECT_TRUE(PiecesFor(p, {0x10000}, Lang::kKo, false).empty()) << "nothing holds it: nothing to fetch";
}

}  // namespace
}  // namespace golmok
