// The UI string table: every message in all four languages, each translation taking the same
// printf arguments as the English, and font subsets that cover what each language shows.

#include "core/i18n/glyphs.h"
#include "core/i18n/ui_text.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/i18n/hours_text.h"
#include "core/text/utf8.h"

namespace golmok {
namespace {

constexpr Lang kLangs[] = {Lang::kKo, Lang::kEn, Lang::kJa, Lang::kZh};

// The printf conversions of a format in order ("%s", "%d", "%02d"…); "%%" is not one.
std::vector<std::string> Conversions(const std::string& format) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < format.size(); ++i) {
        if (format[i] != '%') continue;
        if (i + 1 < format.size() && format[i + 1] == '%') {
            ++i;
            continue;
        }
        std::size_t end = i + 1;
        while (end < format.size() &&
               std::string("-+ #0123456789.*hlLqjzt").find(format[end]) != std::string::npos) {
            ++end;
        }
        out.push_back(format.substr(i, end + 1 - i));
        i = end;
    }
    return out;
}

std::string Describe(Msg msg, Lang lang) {
    return "message " + std::to_string(static_cast<int>(msg)) + " in " + LangCode(lang) + ": \"" +
           Tr(msg, lang) + "\"";
}

TEST(UiText, ConversionsAreReadInOrder) {
    EXPECT_EQ(Conversions("%s ~ %s"), (std::vector<std::string>{"%s", "%s"}));
    EXPECT_EQ(Conversions("100%% %02d"), (std::vector<std::string>{"%02d"}));
    EXPECT_TRUE(Conversions("Back").empty());
}

TEST(UiText, EveryMessageHasAllFourLanguages) {
    for (int m = 0; m < static_cast<int>(Msg::kCount); ++m) {
        for (Lang lang : kLangs) {
            EXPECT_TRUE(HasTranslation(static_cast<Msg>(m), lang)) << Describe(static_cast<Msg>(m), lang);
            EXPECT_STRNE(Tr(static_cast<Msg>(m), lang), "") << Describe(static_cast<Msg>(m), lang);
        }
    }
}

TEST(UiText, EveryLanguageTakesTheSameArgumentsAsEnglish) {
    for (int m = 0; m < static_cast<int>(Msg::kCount); ++m) {
        const Msg msg = static_cast<Msg>(m);
        const std::vector<std::string> english = Conversions(Tr(msg, Lang::kEn));
        for (Lang lang : kLangs) {
            EXPECT_EQ(Conversions(Tr(msg, lang)), english) << Describe(msg, lang);
        }
    }
}

TEST(UiText, JapaneseAndChineseAreNotKorean) {
    for (int m = 0; m < static_cast<int>(Msg::kCount); ++m) {
        for (Lang lang : {Lang::kJa, Lang::kZh}) {
            const std::string text = Tr(static_cast<Msg>(m), lang);
            for (std::size_t pos = 0; pos < text.size();) {
                const std::uint32_t cp = NextCodepoint(text, &pos);
                EXPECT_FALSE(cp >= 0xAC00 && cp <= 0xD7A3) << Describe(static_cast<Msg>(m), lang);
            }
        }
    }
}

// The body font every visitor downloads carries the visitors' screens; the editor's own words
// come with the editor's font.
TEST(UiText, GlyphsOfALanguageCoverItsMessagesAndWeekdays) {
    for (Lang lang : kLangs) {
        for (bool editor : {false, true}) {
            std::set<std::uint32_t> cps;
            AddUiCodepoints(&cps, 1u << static_cast<int>(lang), editor);
            std::string shown;
            const int last = static_cast<int>(editor ? Msg::kCount : Msg::kEdit);
            for (int m = 0; m < last; ++m) shown += Tr(static_cast<Msg>(m), lang);
            for (int d = 0; d < 7; ++d) shown += WeekdayShort(d, lang);
            shown += FormatShortDate(Date{2026, 12, 5}, lang) + FormatWon(4500, lang);
            for (std::size_t pos = 0; pos < shown.size();) {
                const std::uint32_t cp = NextCodepoint(shown, &pos);
                EXPECT_TRUE(cps.count(cp)) << LangCode(lang) << ": U+" << std::hex << cp;
            }
        }
    }
    std::set<std::uint32_t> visitors, editors;
    AddUiCodepoints(&visitors, 1u << static_cast<int>(Lang::kKo));
    AddUiCodepoints(&editors, 1u << static_cast<int>(Lang::kKo), true);
    EXPECT_GT(editors.size(), visitors.size());
}

TEST(FormatWon, ReadsNaturallyInJapaneseAndChinese) {
    EXPECT_EQ(FormatWon(4500, Lang::kJa), "4,500ウォン");
    EXPECT_EQ(FormatWon(4500, Lang::kZh), "4,500韩元");
}

TEST(FormatDistance, RoundsAsAPersonWouldSayIt) {
    EXPECT_EQ(FormatDistance(0), "10 m");
    EXPECT_EQ(FormatDistance(84), "80 m");
    EXPECT_EQ(FormatDistance(346), "350 m");
    EXPECT_EQ(FormatDistance(999), "1.0 km");
    EXPECT_EQ(FormatDistance(1234), "1.2 km");
    EXPECT_EQ(FormatDistance(16335), "16 km");
    EXPECT_EQ(FormatDistance(-5), "10 m");
    EXPECT_EQ(FormatDistance(1e300), "100000 km");
}

}  // namespace
}  // namespace golmok
