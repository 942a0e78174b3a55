// Where a problem is, in words a shop owner can follow.
#include "core/i18n/diagnostic_place.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "core/bundle/bundle_loader.h"
#include "core/domain/opening_hours.h"
#include "core/i18n/diagnostic_place.h"
#include "core/i18n/glyphs.h"
#include "core/i18n/ui_text.h"
#include "core/model/diagnostic_text.h"
#include "core/text/utf8.h"
#include "test_util.h"

namespace golmok {
namespace {

constexpr Lang kLangs[] = {Lang::kKo, Lang::kEn, Lang::kJa, Lang::kZh};

// Distinct values for each argument, so that a test can see where each one went.
std::vector<std::string> SampleArgs(DiagCode code) {
    std::vector<std::string> args;
    for (int i = 0; i < DiagnosticArgCount(code); ++i) args.push_back("v" + std::to_string(i) + "v");
    return args;
}

std::string Name(DiagCode code, Lang lang) {
    return "code " + std::to_string(static_cast<int>(code)) + " in " + LangCode(lang);
}

bool Contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// Every problem of every broken file in tests/data/invalid, warnings too.
std::vector<Diagnostic> AllInvalidProblems() {
    std::vector<Diagnostic> all;
    for (const std::string& name : test::JsonFilesIn("tests/data/invalid")) {
        BundleLoadResult r = LoadBundle(test::ReadSourceFile("tests/data/invalid/" + name + ".json"));
        all.insert(all.end(), r.errors.begin(), r.errors.end());
        all.insert(all.end(), r.warnings.begin(), r.warnings.end());
    }
    return all;
}


TEST(DiagnosticPlace, APointerInWords) {
    EXPECT_EQ(DiagnosticPlace("/shops/3/hours", Lang::kKo), "4번째 가게 · 영업시간");
    EXPECT_EQ(DiagnosticPlace("/shops/3/hours", Lang::kEn), "shop 4 · Hours");
    EXPECT_EQ(DiagnosticPlace("/shops/3/hours", Lang::kJa), "4番目のお店 · 営業時間");
    EXPECT_EQ(DiagnosticPlace("/shops/3/hours", Lang::kZh), "第4个店铺 · 营业时间");
    EXPECT_EQ(DiagnosticPlace("/shops/0/menu/1/price", Lang::kKo), "1번째 가게 · 메뉴 2번째 · 가격");
    EXPECT_EQ(DiagnosticPlace("/shops/0/menu/1/price", Lang::kEn), "shop 1 · Menu no. 2 · Price");
    EXPECT_EQ(DiagnosticPlace("/district/name/en", Lang::kKo), "상권 정보 · 이름 · English");
    EXPECT_EQ(DiagnosticPlace("/promotions/0/end", Lang::kKo), "1번째 혜택 · 끝나는 날");
    // A member it has no word for, and one escaped in the pointer, are kept as written.
    EXPECT_EQ(DiagnosticPlace("/shops/0/opening_hours", Lang::kKo), "1번째 가게 · opening_hours");
    EXPECT_EQ(DiagnosticPlace("/district/a~1b~0c", Lang::kEn), "District · a/b~c");
    EXPECT_EQ(DiagnosticPlace("", Lang::kKo), "");
    EXPECT_EQ(DiagnosticPlace("/", Lang::kKo), "");
}

TEST(DiagnosticPlace, ItemsAreNamedFromTheBundle) {
    const BundleLoadResult r = LoadBundle(test::ReadSourceFile("data/doksan.json"));
    ASSERT_TRUE(r.bundle);
    const Bundle& b = *r.bundle;
    EXPECT_EQ(DiagnosticPlace("/shops/0/hours", Lang::kKo, &b), "1번째 가게(맛나분식) · 영업시간");
    EXPECT_EQ(DiagnosticPlace("/shops/0/hours", Lang::kEn, &b), "shop 1 (Manna Bunsik) · Hours");
    EXPECT_EQ(DiagnosticPlace("/shops/0/hours", Lang::kJa, &b), "1番目のお店（マンナ粉食） · 営業時間");
    // Korean where the name has no translation.
    EXPECT_EQ(DiagnosticPlace("/shops/1/phone", Lang::kZh, &b), "第2个店铺（독산김밥천사） · 电话");
    EXPECT_EQ(DiagnosticPlace("/promotions/0/title", Lang::kKo, &b),
              "1번째 혜택(" + b.promotions[0].title.Ko() + ") · 제목");
    // An index past the end names nothing (a file that does not match the bundle).
    EXPECT_EQ(DiagnosticPlace("/shops/99999/hours", Lang::kKo, &b), "100000번째 가게 · 영업시간");
}

TEST(DiagnosticPlace, EveryPlaceOfTheBrokenFilesIsWrittenWithTheSubsetsCharacters) {
    const std::vector<Diagnostic> all = AllInvalidProblems();
    for (Lang lang : kLangs) {
        std::set<std::uint32_t> available;
        AddUiCodepoints(&available, 1u << static_cast<int>(lang));
        for (const Diagnostic& d : all) {
            const std::string place = DiagnosticPlace(d.pointer, lang);
            EXPECT_EQ(place.empty(), d.pointer.empty() || d.pointer == "/") << d.pointer;
            std::set<std::uint32_t> allowed = available;
            AddCodepoints(d.pointer, &allowed);
            std::set<std::uint32_t> used;
            AddCodepoints(place, &used);
            for (std::uint32_t cp : used) {
                EXPECT_TRUE(allowed.count(cp))
                    << "U+" << std::hex << cp << " in " << LangCode(lang) << ": " << place;
            }
        }
    }
}

}  // namespace
}  // namespace golmok
