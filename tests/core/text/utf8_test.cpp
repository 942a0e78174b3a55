#include "core/text/utf8.h"

#include <gtest/gtest.h>

#include "core/i18n/glyphs.h"
#include "core/i18n/ui_text.h"

namespace golmok {
namespace {

TEST(Utf8, DecodesOneToFourByteSequences) {
    std::set<std::uint32_t> cps;
    AddCodepoints("a\xc3\xa9\xea\xb0\x80\xf0\x9f\x8d\x9c", &cps);  // a é 가 🍜
    EXPECT_EQ(cps, (std::set<std::uint32_t>{0x61, 0xE9, 0xAC00, 0x1F35C}));
}

TEST(Utf8, InvalidAndTruncatedBytesBecomeReplacementCharacters) {
    std::set<std::uint32_t> cps;
    AddCodepoints("\xff" "a\xea\xb0", &cps);
    EXPECT_TRUE(cps.count(0xFFFD));
    EXPECT_TRUE(cps.count('a'));
}

TEST(UiText, EveryMessageHasKoreanAndEnglish) {
    for (int m = 0; m < static_cast<int>(Msg::kCount); ++m) {
        EXPECT_STRNE(Tr(static_cast<Msg>(m), Lang::kKo), "") << "message " << m;
        EXPECT_STRNE(Tr(static_cast<Msg>(m), Lang::kEn), "") << "message " << m;
    }
}

TEST(UiText, CodepointsCoverAsciiAndHangulOfTheMessages) {
    std::set<std::uint32_t> cps;
    AddUiCodepoints(&cps);
    EXPECT_TRUE(cps.count('A'));
    EXPECT_TRUE(cps.count(0xAC00 + 588 * 0));  // 가 is in "가게"
    EXPECT_TRUE(cps.count(0xBD88));            // 불 of 불러오는 중
}

}  // namespace
}  // namespace golmok

namespace golmok {
namespace {

TEST(FormatWon, GroupsThousandsInEachLanguage) {
    EXPECT_EQ(FormatWon(4500, Lang::kKo), "4,500원");
    EXPECT_EQ(FormatWon(4500, Lang::kEn), "₩4,500");
    EXPECT_EQ(FormatWon(1234567, Lang::kKo), "1,234,567원");
    EXPECT_EQ(FormatWon(0, Lang::kKo), "0원");
    EXPECT_EQ(FormatWon(999, Lang::kEn), "₩999");
}

TEST(FormatShortDate, ReadsNaturallyInEachLanguage) {
    EXPECT_EQ(FormatShortDate(Date{2026, 12, 5}, Lang::kKo), "12월 5일");
    EXPECT_EQ(FormatShortDate(Date{2026, 12, 5}, Lang::kEn), "Dec 5");
    EXPECT_EQ(FormatShortDate(Date{2026, 12, 5}, Lang::kJa), "12月5日");
}

}  // namespace
}  // namespace golmok

namespace golmok {
namespace {

TEST(IsCjkCodepoint, TellsJapaneseAndChineseCharactersFromKoreanAndLatin) {
    for (std::uint32_t cp :
         {0x3042u /* あ */, 0x30A2u /* ア */, 0x30FBu /* ・ */, 0x3001u /* 、 */, 0x301Cu /* 〜 */,
          0x4E2Du /* 中 */, 0x9F8Du /* 龍 */, 0xFF08u /* （ */, 0xFF71u /* ｱ */}) {
        EXPECT_TRUE(IsCjkCodepoint(cp)) << std::hex << cp;
    }
    for (std::uint32_t cp : {0x41u, 0xB7u /* · */, 0x2026u /* … */, 0x20A9u /* ₩ */, 0xAC00u /* 가 */,
                             0x3131u /* ㄱ */, 0xFFA1u /* ﾡ */, 0xFFE6u /* ￦ */}) {
        EXPECT_FALSE(IsCjkCodepoint(cp)) << std::hex << cp;
    }
}

}  // namespace
}  // namespace golmok
