// What the page's fonts must hold: every character a problem sentence writes is in them, and
// the sentences add few characters beyond the page's own.
#include "core/i18n/glyphs.h"

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


TEST(DiagnosticText, TheFontSubsetHoldsEveryCharacterASentenceWrites) {
    // What the page draws for a problem: the sentence in the visitor's language. Its characters
    // are the language's UI characters and those of the English message (which quotes the same
    // values); nothing else may appear, or the atlas draws '?'.
    const std::vector<Diagnostic> all = AllInvalidProblems();
    for (Lang lang : kLangs) {
        std::set<std::uint32_t> available;
        AddUiCodepoints(&available, 1u << static_cast<int>(lang));
        for (const Diagnostic& d : all) {
            std::set<std::uint32_t> allowed = available;
            AddCodepoints(d.message, &allowed);
            std::set<std::uint32_t> used;
            AddCodepoints(DiagnosticText(d, lang), &used);
            for (std::uint32_t cp : used) {
                EXPECT_TRUE(allowed.count(cp)) << "U+" << std::hex << cp << " in " << LangCode(lang) << ": "
                                               << DiagnosticText(d, lang);
            }
        }
        // And every code's sentence, with plain values.
        for (int c = 1; c < static_cast<int>(DiagCode::kCount); ++c) {
            const DiagCode code = static_cast<DiagCode>(c);
            std::set<std::uint32_t> used;
            AddCodepoints(DiagnosticSentence(code, SampleArgs(code), lang), &used);
            for (std::uint32_t cp : used) {
                EXPECT_TRUE(available.count(cp)) << "U+" << std::hex << cp << " in " << Name(code, lang);
            }
        }
    }
}

TEST(DiagnosticText, FewCharactersBeyondThePagesOwn) {
    // Each character the sentences add to a language is one glyph more in the font every visitor
    // reading it downloads, so the wording keeps to words the page already uses. The bounds are a
    // little above today's counts against the strings visitors see (the editor's words go in a
    // font of their own); the sample districts' texts already hold most of these (with them,
    // Korean adds 6 syllables, Japanese 3 characters, Chinese 1).
    const int bounds[kLangCount] = {50, 1, 28, 28};  // ko, en, ja, zh
    for (Lang lang : kLangs) {
        const unsigned mask = 1u << static_cast<int>(lang);
        std::set<std::uint32_t> page;
        for (int m = 0; m < static_cast<int>(Msg::kEdit); ++m) {  // the editor's words are not in it
            AddCodepoints(Tr(static_cast<Msg>(m), lang), &page);
        }
        AddHoursCodepoints(&page, mask);
        for (std::uint32_t c = 0x20; c < 0x7F; ++c) page.insert(c);
        std::set<std::uint32_t> sentences;
        AddDiagnosticCodepoints(&sentences, mask);
        AddPlaceCodepoints(&sentences, mask);
        std::string added;
        int count = 0;
        for (std::uint32_t cp : sentences) {
            if (page.count(cp)) continue;
            AppendUtf8(&added, cp);
            ++count;
        }
        EXPECT_LE(count, bounds[static_cast<int>(lang)]) << LangCode(lang) << " adds " << added;
    }
}

}  // namespace
}  // namespace golmok
