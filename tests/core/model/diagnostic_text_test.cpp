// Problems in a file told in the reader's language: every code has a sentence in all four
// languages, the English one is the message the CLI prints, values land where they belong, and
// the font subset holds every character a sentence can write.

#include "core/model/diagnostic_text.h"

#include <gtest/gtest.h>


#include <algorithm>
#include <string>
#include <vector>

#include "core/bundle/bundle_loader.h"
#include "core/domain/opening_hours.h"
#include "core/i18n/ui_text.h"
#include "core/json/json_text.h"
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

TEST(DiagnosticText, EveryCodeHasASentenceInEveryLanguage) {
    for (int c = 1; c < static_cast<int>(DiagCode::kCount); ++c) {
        const DiagCode code = static_cast<DiagCode>(c);
        for (Lang lang : kLangs) {
            const std::string text = DiagnosticSentence(code, SampleArgs(code), lang);
            EXPECT_FALSE(text.empty()) << Name(code, lang);
            // Every mark was replaced.
            EXPECT_FALSE(Contains(text, "{0") || Contains(text, "{1") || Contains(text, "/가}") ||
                         Contains(text, "/를}") || Contains(text, "/는}"))
                << Name(code, lang) << ": " << text;
            // A translation is not the English left in place.
            if (lang != Lang::kEn) {
                EXPECT_NE(text, DiagnosticSentence(code, SampleArgs(code), Lang::kEn)) << Name(code, lang);
            }
        }
    }
}

TEST(DiagnosticText, EnglishQuotesEveryValueAndTranslationsQuoteTheValuesAReaderNeeds) {
    for (int c = 1; c < static_cast<int>(DiagCode::kCount); ++c) {
        const DiagCode code = static_cast<DiagCode>(c);
        const std::vector<std::string> args = SampleArgs(code);
        for (Lang lang : kLangs) {
            const std::string text = DiagnosticSentence(code, args, lang);
            for (std::size_t i = 0; i < args.size(); ++i) {
                // Left out of translations: nlohmann's English account of a syntax error, the
                // hours parser's English reason. Their place is given by line:column instead.
                const bool syntax = code == DiagCode::kJsonSyntax || code == DiagCode::kJsonEncoding;
                const bool englishDetail = (syntax && i == 0) || (code == DiagCode::kBadHours && i == 2);
                if (lang != Lang::kEn && englishDetail) {
                    EXPECT_FALSE(Contains(text, args[i])) << Name(code, lang);
                } else {
                    EXPECT_TRUE(Contains(text, args[i]))
                        << Name(code, lang) << " lacks value " << i << ": " << text;
                }
            }
        }
    }
}

TEST(DiagnosticText, TheEnglishSentenceIsTheMessage) {
    const Diagnostic d = MakeDiagnostic("/shops/0/phone", DiagCode::kBadPhone, {"call us"});
    EXPECT_EQ(d.message,
              "expected a phone number of digits and hyphens such as \"02-803-1234\", found \"call us\"");
    EXPECT_EQ(d.code, DiagCode::kBadPhone);
    EXPECT_EQ(d.pointer, "/shops/0/phone");
    EXPECT_FALSE(d.warning);
    EXPECT_EQ(DiagnosticText(d, Lang::kEn), d.message);
    EXPECT_EQ(DiagnosticText(d, Lang::kKo),
              "전화번호 \"call us\"을(를) 읽을 수 없습니다. 숫자와 -만 쓰세요. 예: 02-803-1234");
    for (const Diagnostic& p : AllInvalidProblems()) {
        EXPECT_EQ(DiagnosticText(p, Lang::kEn), p.message);
        EXPECT_EQ(DiagnosticSentence(p.code, p.args, Lang::kEn), p.message) << p.pointer;
    }
}

TEST(DiagnosticText, ValuesAreNeverReadAsMarks) {
    // A file may hold any text, marks of the patterns included; only the pattern's own are read.
    for (Lang lang : kLangs) {
        const std::string text = DiagnosticSentence(DiagCode::kUnknownValue, {"{1}{이/가}", "{0}"}, lang);
        EXPECT_TRUE(Contains(text, "\"{1}{이/가}\"")) << LangCode(lang) << ": " << text;
        EXPECT_TRUE(Contains(text, ": {0}") || Contains(text, "：{0}")) << LangCode(lang) << ": " << text;
    }
}

TEST(DiagnosticText, EnglishPluralsFollowTheCount) {
    EXPECT_EQ(MakeDiagnostic("", DiagCode::kTooFewItems, {"1"}).message, "expected at least 1 item");
    EXPECT_EQ(MakeDiagnostic("", DiagCode::kTooFewItems, {"2"}).message, "expected at least 2 items");
}

TEST(DiagnosticText, AProblemWithoutACodeIsToldAsWritten) {
    const Diagnostic d{"", 0, 0, "only files from this site can be previewed"};
    for (Lang lang : kLangs) EXPECT_EQ(DiagnosticText(d, lang), d.message);
    // Values that do not fit the code (a file from an older build, say) fall back the same way.
    Diagnostic odd = MakeDiagnostic("/x", DiagCode::kBadDate, {"2026-02-30"});
    odd.args.clear();
    EXPECT_EQ(DiagnosticText(odd, Lang::kKo), odd.message);
}

TEST(DiagnosticText, KoreanParticlesFollowTheLastSound) {
    auto ko = [](DiagCode code, std::vector<std::string> args) {
        return DiagnosticSentence(code, args, Lang::kKo);
    };
    // 을/를 after a final consonant, a vowel, a digit read aloud, and Latin (not known).
    EXPECT_TRUE(Contains(ko(DiagCode::kBadHours, {"월~금 9시-18시", "1", ""}), "\"월~금 9시-18시\"를 읽을"));
    EXPECT_TRUE(Contains(ko(DiagCode::kBadHours, {"매일 영업", "1", ""}), "\"매일 영업\"을 읽을"));
    EXPECT_TRUE(Contains(ko(DiagCode::kBadDate, {"2026-02-30"}), "\"2026-02-30\"을 읽을"));  // 영
    EXPECT_TRUE(Contains(ko(DiagCode::kBadDate, {"2026-02-32"}), "\"2026-02-32\"를 읽을"));  // 이
    EXPECT_TRUE(Contains(ko(DiagCode::kBadPhone, {"call us"}), "\"call us\"을(를) 읽을"));
    // 이/가 and 은/는, after a translated word.
    EXPECT_TRUE(Contains(ko(DiagCode::kExpected, {"number", "string"}), "숫자가 와야 하는데 따옴표 안의 글이 있습니다"));
    EXPECT_TRUE(Contains(ko(DiagCode::kExpected, {"array", "object"}),
                         "[ … ] 형태의 값이 와야 하는데 { … } 형태의 값이 있습니다"));
    EXPECT_TRUE(Contains(ko(DiagCode::kUnknownValue, {"비트코인", "card, cash"}), "\"비트코인\"은 쓸 수 없는"));
    EXPECT_TRUE(Contains(ko(DiagCode::kUnknownValue, {"페이", "card, cash"}), "\"페이\"는 쓸 수 없는"));
}

TEST(DiagnosticText, WordsAreTranslated) {
    // Every word the loader can name: what it expected, what it found, the kinds of item.
    const char* const expected[] = {"object", "bundle", "index", "position", "bounds", "string", "bool",
                                    "number", "text", "date", "array", "format", "won"};
    const char* const found[] = {"null", "boolean", "integer", "float", "string", "array", "object"};
    for (Lang lang : {Lang::kKo, Lang::kJa, Lang::kZh}) {
        for (const char* e : expected) {
            for (const char* f : found) {
                const std::string text = DiagnosticSentence(DiagCode::kExpected, {e, f}, lang);
                const std::string english = DiagnosticSentence(DiagCode::kExpected, {e, f}, Lang::kEn);
                EXPECT_FALSE(Contains(text, english.substr(std::string("expected ").size())))
                    << e << ", " << f << " in " << LangCode(lang) << ": " << text;
            }
        }
        for (const char* kind : {"category", "street", "landmark", "shop", "promotion", "event"}) {
            const std::string text = DiagnosticSentence(DiagCode::kDuplicateId, {kind, "x", "/y"}, lang);
            EXPECT_FALSE(Contains(text, kind)) << kind << " in " << LangCode(lang) << ": " << text;
        }
    }
}

TEST(DiagnosticText, EveryProblemOfTheBrokenFilesHasACode) {
    const std::vector<Diagnostic> all = AllInvalidProblems();
    ASSERT_GT(all.size(), 30u);
    for (const Diagnostic& d : all) {
        EXPECT_NE(d.code, DiagCode::kOther) << d.pointer << ": " << d.message;
        EXPECT_EQ(static_cast<int>(d.args.size()), DiagnosticArgCount(d.code)) << d.message;
        for (Lang lang : {Lang::kKo, Lang::kJa, Lang::kZh}) {
            const std::string text = DiagnosticText(d, lang);
            EXPECT_NE(text, d.message) << LangCode(lang);
            EXPECT_EQ(ToValidUtf8(text), text);
        }
    }
}

TEST(DiagnosticText, KoreanForARealBrokenBundle) {
    BundleLoadResult r = LoadBundle(test::ReadSourceFile("tests/data/invalid/wrong_types.json"));
    ASSERT_FALSE(r.errors.empty());
    ASSERT_EQ(r.warnings.size(), 1u);
    auto korean = [&](const std::string& pointer) {
        for (const std::vector<Diagnostic>* list : {&r.errors, &r.warnings}) {
            for (const Diagnostic& d : *list) {
                if (d.pointer == pointer) return DiagnosticText(d, Lang::kKo);
            }
        }
        return std::string("(no problem at " + pointer + ")");
    };
    EXPECT_EQ(korean("/shops/0/hours"),
              "영업시간 \"월~금 9시-18시\"를 읽을 수 없습니다(1번째 글자). 페이지에는 '영업시간 정보 없음'으로 "
              "표시됩니다. 요일은 Mo Tu We Th Fr Sa Su, 시간은 09:00-18:00 형태로 쓰세요. 예: Mo-Fr 09:00-18:00; Su off");
    EXPECT_EQ(korean("/format"), "여기에는 숫자 1이 와야 하는데 따옴표 안의 글이 있습니다.");
    EXPECT_TRUE(Contains(korean("/district/id"), "\"Test District\"은(는) ID로 쓸 수 없습니다"));
    EXPECT_TRUE(Contains(korean("/categories/0/color"), "색 \"red\"을(를) 읽을 수 없습니다"));
    EXPECT_TRUE(Contains(korean("/shops/0/payment/1"), "다음 중 하나로 고치세요: card, zeropay, onnuri, cash"));
    EXPECT_TRUE(Contains(korean("/shops/0/confirmed"), "날짜 \"2026-02-30\"을 읽을 수 없습니다"));
    EXPECT_TRUE(Contains(korean("/shops/0/menu/0/price"), "소수점 없는 원 단위 숫자가 와야 하는데"));

    BundleLoadResult refs = LoadBundle(test::ReadSourceFile("tests/data/invalid/unknown_references.json"));
    ASSERT_EQ(refs.errors.size(), 2u);
    EXPECT_EQ(DiagnosticText(refs.errors[1], Lang::kKo),
              "가게 \"shop-99\"가 없습니다. /shops에 있는 ID 중 하나로 고치세요.");  // 구
    EXPECT_EQ(DiagnosticText(refs.errors[1], Lang::kJa),
              "お店\"shop-99\"がありません。/shopsにあるIDのどれかにしてください。");
    EXPECT_EQ(DiagnosticText(refs.errors[1], Lang::kZh), "没有店铺\"shop-99\"，请改为/shops中的一个ID。");
}

TEST(DiagnosticText, ProblemsReadingTheTextItselfAreTranslated) {
    // Syntax, encoding, nesting and duplicate keys come from the JSON reader, before the bundle.
    const BundleLoadResult syntax = LoadBundle("{\"format\": 1 \"district\": {}}");
    ASSERT_EQ(syntax.errors.size(), 1u);
    EXPECT_EQ(syntax.errors[0].code, DiagCode::kJsonSyntax);
    EXPECT_TRUE(Contains(DiagnosticText(syntax.errors[0], Lang::kKo), "쉼표"));
    EXPECT_TRUE(Contains(syntax.errors[0].message, "invalid JSON: "));

    const BundleLoadResult encoding = LoadBundle("{\"a\": \"\xff\"}");
    ASSERT_EQ(encoding.errors.size(), 1u);
    EXPECT_EQ(encoding.errors[0].code, DiagCode::kJsonEncoding);
    EXPECT_TRUE(Contains(DiagnosticText(encoding.errors[0], Lang::kKo), "UTF-8로 다시 저장하세요"));

    const BundleLoadResult deep = LoadBundle(std::string(100, '[') + std::string(100, ']'));
    ASSERT_FALSE(deep.errors.empty());
    EXPECT_EQ(deep.errors[0].code, DiagCode::kTooDeep);
    EXPECT_TRUE(Contains(DiagnosticText(deep.errors[0], Lang::kKo), "64단계"));

    const ParsedJson twice = ParseJson("{\"ko\": \"가\", \"ko\": \"나\"}");
    ASSERT_EQ(twice.errors.size(), 1u);
    EXPECT_EQ(DiagnosticText(twice.errors[0], Lang::kKo), "\"ko\"이(가) 두 번 있습니다. 하나만 남기세요.");
}

}  // namespace
}  // namespace golmok
