// A file's problems as the page shows them, on the error screen and in preview mode: each one's
// place (JSON pointer and line:column) as written, and what is wrong in the visitor's language,
// drawn with characters the glyph atlas holds.

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "core/i18n/diagnostic_place.h"
#include "core/model/diagnostic_text.h"
#include "core/text/utf8.h"
#include "headless_app.h"
#include "imgui.h"
#include "test_util.h"

namespace golmok {
namespace {

class Problems : public HeadlessApp {
protected:
    // The text one frame draws, in the order drawn, as ImGui's log collects it.
    std::string DrawnText() {
        ImGui::NewFrame();
        ImGui::LogToClipboard();
        app.Frame();
        ImGui::LogFinish();
        ImGui::Render();
        const char* text = ImGui::GetClipboardText();
        return text ? text : "";
    }

    void SetLanguage(const char* code) {
        Lang lang;
        ASSERT_TRUE(ParseLangCode(code, &lang)) << code;
        app.Apply(intent::SetLanguage{lang});
    }

    // Characters of the problems listed that the atlas would lack in the current language.
    std::string MissingCharacters(const std::vector<Diagnostic>& problems) {
        const std::vector<std::uint32_t> atlas = app.Codepoints();
        const std::set<std::uint32_t> have(atlas.begin(), atlas.end());
        std::string missing;
        for (const Diagnostic& d : problems) {
            std::set<std::uint32_t> used;
            AddCodepoints(DiagnosticText(d, app.State().lang), &used);
            const bool named = app.State().preview.usable && &problems == &app.State().preview.problems;
            const Bundle* names = named ? app.GetBundle() : nullptr;
            AddCodepoints(DiagnosticPlace(d.pointer, app.State().lang, names), &used);
            for (std::uint32_t cp : used) {
                if (!have.count(cp)) AppendUtf8(&missing, cp);
            }
        }
        return missing;
    }
};

bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

TEST_F(Problems, TheErrorScreenTellsEachProblemInTheVisitorsLanguage) {
    app.OnBundleText("district.json", test::ReadSourceFile("tests/data/invalid/unknown_references.json"));
    ASSERT_EQ(app.State().screen, Screen::kError);
    ASSERT_EQ(app.State().lang, Lang::kKo);
    std::string drawn = DrawnText();
    EXPECT_TRUE(Has(drawn, "1번째 혜택 · 가게")) << drawn;
    EXPECT_TRUE(Has(drawn, "/promotions/0/shop  (17:32)")) << drawn;
    EXPECT_TRUE(Has(drawn, "가게 \"shop-99\"가 없습니다. /shops에 있는 ID 중 하나로 고치세요.")) << drawn;
    EXPECT_TRUE(Has(drawn, "업종 \"chicken\"이(가) 없습니다.")) << drawn;
    EXPECT_FALSE(Has(drawn, "unknown shop")) << drawn;

    SetLanguage("ja");
    drawn = DrawnText();
    EXPECT_TRUE(Has(drawn, "/promotions/0/shop  (17:32)")) << drawn;
    EXPECT_TRUE(Has(drawn, "お店\"shop-99\"がありません。")) << drawn;

    SetLanguage("en");
    drawn = DrawnText();
    EXPECT_TRUE(Has(drawn, "unknown shop \"shop-99\"; it must be one of the ids in /shops")) << drawn;
}

TEST_F(Problems, PreviewListsProblemsInTheVisitorsLanguage) {
    app.SetPreview(true);
    app.OnBundleText("data/doksan.json", test::ReadSourceFile("data/doksan.json"));
    app.OnPreviewText("broken.json", test::ReadSourceFile("tests/data/invalid/unknown_references.json"));
    ASSERT_TRUE(app.State().preview.problemsOpen);
    SetLanguage("zh");
    const std::string drawn = DrawnText();
    EXPECT_TRUE(Has(drawn, "/promotions/0/shop  (17:32)")) << drawn;
    EXPECT_TRUE(Has(drawn, "没有店铺\"shop-99\"，请改为/shops中的一个ID。")) << drawn;
    // Items of a file that did not load are not named after the data still on screen.
    EXPECT_TRUE(Has(drawn, "第1个优惠 · 店铺")) << drawn;
    EXPECT_FALSE(Has(drawn, "第1个优惠（")) << drawn;
}

TEST_F(Problems, APreviewThatLoadedNamesTheItemOfEachWarning) {
    app.SetPreview(true);
    app.OnBundleText("data/doksan.json", test::ReadSourceFile("data/doksan.json"));
    std::string text = test::ReadSourceFile("data/doksan.json");
    const std::string from = "\"Mo-Sa 10:30-21:00; Su off\"";
    ASSERT_NE(text.find(from), std::string::npos);
    text.replace(text.find(from), from.size(), "\"9시~6시\"");
    app.OnPreviewText("hours.json", text);
    ASSERT_TRUE(app.State().preview.usable);
    ASSERT_EQ(app.State().preview.problems.size(), 1u);
    app.Apply(intent::TogglePreviewProblems{});
    ASSERT_TRUE(app.State().preview.problemsOpen);
    std::string drawn = DrawnText();
    EXPECT_TRUE(Has(drawn, "1번째 가게(맛나분식) · 영업시간")) << drawn;
    EXPECT_TRUE(Has(drawn, "/shops/0/hours  (")) << drawn;
    EXPECT_TRUE(Has(drawn, "영업시간 \"9시~6시\"를 읽을 수 없습니다(1번째 글자).")) << drawn;
    EXPECT_EQ(MissingCharacters(app.State().preview.problems), "");
    SetLanguage("ja");
    drawn = DrawnText();
    EXPECT_TRUE(Has(drawn, "1番目のお店（マンナ粉食） · 営業時間")) << drawn;
    EXPECT_EQ(MissingCharacters(app.State().preview.problems), "");
}

TEST_F(Problems, TheAtlasHoldsEveryCharacterOfTheProblemsShown) {
    app.SetPreview(true);
    app.OnBundleText("data/doksan.json", test::ReadSourceFile("data/doksan.json"));
    for (const char* lang : {"ko", "en", "ja", "zh"}) {
        SetLanguage(lang);
        for (const char* file :
             {"wrong_types", "outside_bounds", "missing_korean", "invalid_utf8", "too_deep"}) {
            const std::string path = std::string("tests/data/invalid/") + file + ".json";
            app.OnPreviewText(std::string(file) + ".json", test::ReadSourceFile(path));
            ASSERT_FALSE(app.State().preview.problems.empty()) << file;
            EXPECT_EQ(MissingCharacters(app.State().preview.problems), "") << file << " in " << lang;
        }
        app.OnBundleText("district.json", test::ReadSourceFile("tests/data/invalid/duplicate_ids.json"));
        EXPECT_EQ(MissingCharacters(app.State().error.problems), "") << lang;
        app.OnBundleText("data/doksan.json", test::ReadSourceFile("data/doksan.json"));
    }
}

}  // namespace
}  // namespace golmok
