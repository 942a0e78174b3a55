// The Japanese and Chinese fonts the build cuts from Noto Sans CJK (fonts/ja.otf, fonts/zh.otf),
// loaded as the page is meant to load them: merged onto the Korean body font in one ImGui atlas,
// rasterised by ImGui's stb_truetype, which has to read their CFF outlines. The fonts come from
// fonts/ in $GOLMOK_SITE (default: build/ of the source tree, where scripts/build.sh cuts them);
// the tests are skipped when they have not been built (scripts/test.sh builds them first).

#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <ostream>
#include <set>
#include <string>
#include <vector>

#include "core/bundle/bundle_loader.h"
#include "core/domain/opening_hours.h"
#include "core/i18n/glyphs.h"
#include "core/i18n/ui_text.h"
#include "core/text/utf8.h"
#include "imgui.h"
#include "test_util.h"

namespace golmok {

// Test names and failure messages say "ja", not the enum's bytes.
static void PrintTo(Lang lang, std::ostream* os) {
    *os << LangCode(lang);
}

namespace {

constexpr float kBodyPx = 48;  // 16 CSS px at devicePixelRatio 3, as on the phones we test
// Noto Sans CJK's line box (hhea ascent 1160, descent 288 per 1000-unit em) is 26% taller than
// NanumBarunGothic's (850 and 299), and ImGui sizes a font by that box: at the same size Noto's
// characters come out about a fifth smaller than the Hangul around them. 1.25 brings their ink
// to the height of the Hangul, within a few per cent.
constexpr float kCjkScale = 1.25f;

std::string SiteDir() {
    const char* env = std::getenv("GOLMOK_SITE");
    return env && *env ? env : GOLMOK_SITE_DEFAULT;
}

std::vector<unsigned char> ReadBinary(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Every character the page can show in `lang`: its messages, weekday names, hours words, and the
// sample bundles' texts in that language (and in Korean, their fallback).
std::set<std::uint32_t> ShownIn(Lang lang) {
    const unsigned mask = 1u << static_cast<int>(lang);
    std::set<std::uint32_t> cps;
    AddUiCodepoints(&cps, mask);
    AddHoursCodepoints(&cps, mask);
    for (const char* file : {"data/doksan.json", "data/samseon.json"}) {
        const BundleLoadResult r = LoadBundle(test::ReadSourceFile(file));
        EXPECT_TRUE(r.bundle) << file;
        if (r.bundle) AddBundleCodepoints(*r.bundle, &cps, mask);
    }
    return cps;
}

bool IsKanaOrIdeograph(std::uint32_t cp) {
    return (cp >= 0x3041 && cp <= 0x30FA) || (cp >= 0x4E00 && cp <= 0x9FFF);
}

class CjkFont : public ::testing::TestWithParam<Lang> {
protected:
    void SetUp() override {
        const std::string fonts = SiteDir() + "/fonts/";
        const std::string extra = fonts + LangCode(GetParam()) + ".otf";
        m_body = ReadBinary(fonts + "body.ttf");
        m_cjk = ReadBinary(extra);
        if (m_body.empty() || m_cjk.empty()) {
            GTEST_SKIP() << "no " << fonts << "body.ttf or " << extra
                         << ": run scripts/build.sh, or point GOLMOK_SITE at a built site";
        }
        ImGui::CreateContext();
        ImGui::GetIO().IniFilename = nullptr;
        m_context = true;
    }
    void TearDown() override {
        if (m_context) ImGui::DestroyContext();
    }

    // The body font with the characters Nanum draws, and the language's font merged onto it with
    // the kana, Chinese characters and CJK punctuation, at `cjkScale` times the body's size.
    ImFont* BuildAtlas(const std::set<std::uint32_t>& shown, float cjkScale) {
        ImFontAtlas* atlas = ImGui::GetIO().Fonts;
        atlas->Clear();
        ImFontGlyphRangesBuilder korean, cjk;
        for (std::uint32_t cp : shown) {
            if (cp < 0x20 || cp > 0xFFFF) continue;  // ImWchar is 16-bit in 1.86
            (IsCjkCodepoint(cp) ? cjk : korean).AddChar(static_cast<ImWchar>(cp));
        }
        m_koreanRanges.clear();
        m_cjkRanges.clear();
        korean.BuildRanges(&m_koreanRanges);
        cjk.BuildRanges(&m_cjkRanges);

        ImFontConfig config;
        config.FontDataOwnedByAtlas = false;
        config.OversampleH = 1;
        config.OversampleV = 1;
        config.PixelSnapH = true;
        ImFont* font = atlas->AddFontFromMemoryTTF(m_body.data(), static_cast<int>(m_body.size()), kBodyPx,
                                                   &config, m_koreanRanges.Data);
        ImFontConfig merge = config;
        merge.MergeMode = true;
        atlas->AddFontFromMemoryTTF(m_cjk.data(), static_cast<int>(m_cjk.size()),
                                    std::floor(kBodyPx * cjkScale), &merge, m_cjkRanges.Data);
        EXPECT_TRUE(atlas->Build());
        return font;
    }

    // The sum of the atlas's alpha under a glyph: zero when stb_truetype drew nothing.
    static long Ink(const ImFontGlyph& g) {
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        ImGui::GetIO().Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);
        long sum = 0;
        for (int y = int(g.V0 * h); y < int(std::ceil(g.V1 * h)); ++y) {
            for (int x = int(g.U0 * w); x < int(std::ceil(g.U1 * w)); ++x) sum += pixels[y * w + x];
        }
        return sum;
    }

    std::vector<unsigned char> m_body, m_cjk;
    ImVector<ImWchar> m_koreanRanges, m_cjkRanges;
    bool m_context = false;
};

TEST_P(CjkFont, EveryCharacterTheLanguageShowsHasAGlyph) {
    const std::set<std::uint32_t> shown = ShownIn(GetParam());
    ImFont* font = BuildAtlas(shown, kCjkScale);
    int cjkCount = 0;
    for (std::uint32_t cp : shown) {
        if (cp < 0x20 || cp > 0xFFFF) continue;
        const ImFontGlyph* g = font->FindGlyphNoFallback(static_cast<ImWchar>(cp));
        ASSERT_TRUE(g) << "no glyph for U+" << std::hex << cp;
        if (!IsCjkCodepoint(cp) || cp == 0x3000) continue;  // U+3000 is a space
        ++cjkCount;
        EXPECT_TRUE(g->Visible) << "U+" << std::hex << cp << " has no outline";
        EXPECT_GT(Ink(*g), 0) << "U+" << std::hex << cp << " was drawn empty";
    }
    EXPECT_GT(cjkCount, 300);
}

TEST_P(CjkFont, KanaAndChineseCharactersComeFromTheMergedFont) {
    // Noto's kana and Chinese characters are one em wide; Nanum's are 892/1000 of an em, in a
    // smaller em (its line box is shorter). The advance tells which font drew a character.
    const std::set<std::uint32_t> shown = ShownIn(GetParam());
    ImFont* font = BuildAtlas(shown, kCjkScale);
    const float notoEm = std::floor(kBodyPx * kCjkScale) * 1000.0f / (1160 + 288);
    for (std::uint32_t cp : shown) {
        if (!IsKanaOrIdeograph(cp)) continue;
        const ImFontGlyph* g = font->FindGlyphNoFallback(static_cast<ImWchar>(cp));
        ASSERT_TRUE(g) << "no glyph for U+" << std::hex << cp;
        EXPECT_NEAR(g->AdvanceX, notoEm, 1.0f) << "U+" << std::hex << cp;
    }
}

TEST_P(CjkFont, ScaledNotoMatchesTheHeightOfHangul) {
    // 영/営/营: the first character of "open" in each language, the same weight of ink.
    const ImWchar hangul = 0xC601;                                  // 영
    const ImWchar han = GetParam() == Lang::kJa ? 0x55B6 : 0x8425;  // 営, 营
    std::set<std::uint32_t> shown = ShownIn(GetParam());
    ASSERT_TRUE(shown.count(hangul) && shown.count(han));
    auto heightRatio = [&](float scale) {
        ImFont* font = BuildAtlas(shown, scale);
        const ImFontGlyph* k = font->FindGlyphNoFallback(hangul);
        const ImFontGlyph* c = font->FindGlyphNoFallback(han);
        EXPECT_TRUE(k && c);
        return k && c ? (c->Y1 - c->Y0) / (k->Y1 - k->Y0) : 0.0f;
    };
    EXPECT_LT(heightRatio(1.0f), 0.88f);  // unscaled, Noto reads visibly smaller
    EXPECT_NEAR(heightRatio(kCjkScale), 1.0f, 0.05f);
}

INSTANTIATE_TEST_SUITE_P(JapaneseAndChinese, CjkFont, ::testing::Values(Lang::kJa, Lang::kZh),
                         [](const ::testing::TestParamInfo<Lang>& info) {
                             return std::string(LangCode(info.param));
                         });

}  // namespace
}  // namespace golmok
