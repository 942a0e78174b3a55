// [SECTION] Helpers: small bundles built in the test
// [SECTION] Search form, tiers and ranking
// [SECTION] Initial consonants and syllables still being composed
// [SECTION] Menu, category, tags; Latin, romanized and other scripts
// [SECTION] The sample district
// [SECTION] Brute-force reading of the rules, compared with the index

#include "core/domain/search.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include "core/bundle/bundle_loader.h"
#include "core/text/hangul.h"
#include "core/text/utf8.h"
#include "test_util.h"

namespace golmok {
namespace {

// ---------------------------------------------------------------------------------------------
// [SECTION] Helpers

Category MakeCategory(const char* id, const char* ko, const char* en) {
    Category c;
    c.id = id;
    c.name.Get(Lang::kKo) = ko;
    c.name.Get(Lang::kEn) = en;
    return c;
}

struct ShopSpec {
    const char* ko = "";
    const char* en = "";
    const char* category = "bunsik";
    std::vector<const char*> menu;  // Korean names
    std::vector<const char*> tags;
};

Bundle MakeBundle(std::initializer_list<ShopSpec> specs) {
    Bundle b;
    b.categories = {MakeCategory("bunsik", "분식", "Snack food"),
                    MakeCategory("korean", "한식·백반", "Korean meals"),
                    MakeCategory("bbq", "고기·구이", "Korean BBQ")};
    int n = 0;
    for (const ShopSpec& spec : specs) {
        Shop s;
        s.id = "shop-" + std::to_string(++n);
        s.name.Get(Lang::kKo) = spec.ko;
        s.name.Get(Lang::kEn) = spec.en;
        s.category = spec.category;
        for (const char* m : spec.menu) {
            MenuItem item;
            item.name.Get(Lang::kKo) = m;
            s.menu.push_back(item);
        }
        for (const char* t : spec.tags) s.tags.push_back(t);
        b.shops.push_back(s);
    }
    return b;
}

SearchIndex IndexOf(const Bundle& b) {
    SearchIndex index;
    index.Build(b);
    return index;
}

// (shop index, tier) pairs, in result order.
using Hits = std::vector<std::pair<std::size_t, int>>;

Hits Found(const SearchIndex& index, const char* query) {
    Hits out;
    for (const SearchHit& h : index.Search(query)) out.emplace_back(h.shop, h.tier);
    return out;
}

// The tier `shop` got for `query`, or -1 when it was not found.
int TierOf(const SearchIndex& index, const char* query, std::size_t shop) {
    for (const SearchHit& h : index.Search(query)) {
        if (h.shop == shop) return h.tier;
    }
    return -1;
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Search form, tiers and ranking

TEST(SearchForm, DropsSpacesAndPunctuationAndLowerCasesLatin) {
    EXPECT_EQ(SearchForm("맛나는 거리"), "맛나는거리");
    EXPECT_EQ(SearchForm("치킨·호프"), "치킨호프");
    EXPECT_EQ(SearchForm("Post Office Chicken & Beer"), "postofficechickenbeer");
    EXPECT_EQ(SearchForm("마라탕 (1인)"), "마라탕1인");
    EXPECT_EQ(SearchForm("「郵便局」、チキン＆ビール"), "郵便局チキンビール");
}

TEST(SearchForm, FoldsFullWidthAndAccentedLatin) {
    EXPECT_EQ(SearchForm("Café Mailbox"), "cafemailbox");
    EXPECT_EQ(SearchForm("ＬＥＤ 전구"), "led전구");
    EXPECT_EQ(SearchForm("Straße"), "strasse");
}

TEST(SearchIndex, SizeIsTheNumberOfShops) {
    EXPECT_EQ(IndexOf(MakeBundle({{"떡볶이"}, {"김밥"}})).Size(), 2u);
    EXPECT_EQ(SearchIndex().Size(), 0u);
}

TEST(SearchIndex, AnIndexNeverBuiltFindsNothing) {
    EXPECT_TRUE(SearchIndex().Search("떡볶이").empty());
}

TEST(SearchIndex, EmptyQueryFindsNothing) {
    const SearchIndex index = IndexOf(MakeBundle({{"떡볶이"}}));
    EXPECT_TRUE(index.Search("").empty());
    EXPECT_TRUE(index.Search("  ·  ").empty());
}

TEST(SearchIndex, QueryThatMatchesNothingFindsNothing) {
    const SearchIndex index = IndexOf(MakeBundle({{"떡볶이"}, {"김밥"}}));
    EXPECT_TRUE(index.Search("짜장면").empty());
    EXPECT_TRUE(index.Search("pizza").empty());
}

TEST(SearchIndex, RanksExactThenPrefixThenSubstringWhateverTheBundleOrder) {
    const SearchIndex index =
        IndexOf(MakeBundle({{"국물떡볶이"}, {"떡볶이나라"}, {"떡볶이"}}));
    EXPECT_EQ(Found(index, "떡볶이"),
              (Hits{{2, kTierExact}, {1, kTierPrefix}, {0, kTierSubstring}}));
}

TEST(SearchIndex, KeepsBundleOrderInsideATier) {
    const SearchIndex index =
        IndexOf(MakeBundle({{"순대나라"}, {"김밥천국"}, {"순대국"}, {"순대타운"}}));
    EXPECT_EQ(Found(index, "순대"),
              (Hits{{0, kTierPrefix}, {2, kTierPrefix}, {3, kTierPrefix}}));
}

TEST(SearchIndex, GivesOneShopEachTierByHowTheQueryMatches) {
    const SearchIndex index = IndexOf(MakeBundle({{"떡볶이"}}));
    EXPECT_EQ(TierOf(index, "떡볶이", 0), kTierExact);
    EXPECT_EQ(TierOf(index, "떡볶", 0), kTierPrefix);
    EXPECT_EQ(TierOf(index, "ㄸㅂㅇ", 0), kTierInitials);
    EXPECT_EQ(TierOf(index, "볶이", 0), kTierSubstring);
    EXPECT_EQ(TierOf(index, "tteokbo", 0), kTierRomanized);
}

TEST(SearchIndex, RanksLatinTiersInOrderAgainstTheBundleOrder) {
    const SearchIndex index = IndexOf(MakeBundle({
        {"킴밥", "", "korean", {}, {}},                // romanized: kimbap
        {"참치 김밥", "Tuna kimbap", "korean", {}, {}},
        {"김밥 천국", "Kimbap Heaven", "korean", {}, {}},
        {"김밥", "Kimbap", "korean", {}, {}},
    }));
    EXPECT_EQ(Found(index, "kimbap"), (Hits{{3, kTierExact},
                                            {2, kTierPrefix},
                                            {1, kTierSubstring},
                                            {0, kTierRomanized}}));
}

TEST(SearchIndex, RanksInitialsBetweenPrefixAndSubstring) {
    const SearchIndex index = IndexOf(MakeBundle({{"국물 떡볶이"}, {"떡볶이 나라"}, {"떡 ㅂ"}}));
    // 0: ㄸㅂ in the middle is an initials match; 1: composing prefix; 2: literal exact.
    EXPECT_EQ(Found(index, "떡ㅂ"),
              (Hits{{2, kTierExact}, {1, kTierPrefix}, {0, kTierInitials}}));
}

TEST(SearchIndex, IgnoresSpacesAndPunctuationOnBothSides) {
    const SearchIndex index = IndexOf(MakeBundle({{"맛나는 거리 포차"}, {"치킨·호프"}}));
    EXPECT_EQ(TierOf(index, "맛나는거리", 0), kTierPrefix);
    EXPECT_EQ(TierOf(index, "맛나는 거리", 0), kTierPrefix);
    EXPECT_EQ(TierOf(index, "맛 나는 거 리 포 차", 0), kTierExact);
    EXPECT_EQ(TierOf(index, "치킨호프", 1), kTierExact);
    EXPECT_EQ(TierOf(index, "치킨 호프!", 1), kTierExact);
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Initial consonants and syllables still being composed

TEST(SearchIndex, ConsonantsMatchTheInitialsOfSyllables) {
    const SearchIndex index = IndexOf(MakeBundle({{"떡볶이"}, {"국물떡볶이"}, {"김밥"}}));
    EXPECT_EQ(Found(index, "ㄸㅂㅇ"), (Hits{{0, kTierInitials}, {1, kTierInitials}}));
    EXPECT_EQ(Found(index, "ㄱㅁ"), (Hits{{1, kTierInitials}}));
}

TEST(SearchIndex, ConsonantsMaySkipSyllablesWhenTheyStartAtTheFieldsStart) {
    const SearchIndex index = IndexOf(MakeBundle({{"맛나는 거리 포차"}, {"우리 맛나는 거리"}}));
    EXPECT_EQ(Found(index, "ㅁㄴㄱ"), (Hits{{0, kTierInitials}}));
    EXPECT_EQ(Found(index, "ㅁㄴㄴㄱㄹ"), (Hits{{0, kTierInitials}, {1, kTierInitials}}));
}

TEST(SearchIndex, ConsonantsOutOfOrderDoNotMatch) {
    const SearchIndex index = IndexOf(MakeBundle({{"떡볶이"}}));
    EXPECT_TRUE(index.Search("ㅇㅂㄸ").empty());
    EXPECT_TRUE(index.Search("ㄸㅈ").empty());
}

TEST(SearchIndex, SyllablesAndConsonantsMayBeMixed) {
    const SearchIndex index = IndexOf(MakeBundle({{"국물떡볶이"}, {"떡ㅂ"}}));
    EXPECT_EQ(TierOf(index, "떡ㅂㅇ", 0), kTierInitials);
    EXPECT_EQ(TierOf(index, "ㄸ볶이", 0), kTierInitials);
    EXPECT_EQ(TierOf(index, "떡ㅂ", 1), kTierExact);  // a literal jamo in a field still matches
}

TEST(SearchIndex, ALoneConsonantAtTheEndBeginsTheNextSyllable) {
    const SearchIndex index = IndexOf(MakeBundle({{"떡볶이"}, {"떡집"}, {"국물떡볶이"}}));
    EXPECT_EQ(TierOf(index, "떡ㅂ", 0), kTierPrefix);
    EXPECT_EQ(TierOf(index, "떡ㅂ", 1), -1);
    // In the middle of a field the mixed query is also an initials match, which ranks higher
    // than a substring.
    EXPECT_EQ(TierOf(index, "떡ㅂ", 2), kTierInitials);
    EXPECT_EQ(TierOf(index, "ㄸ", 0), kTierPrefix);
}

TEST(SearchIndex, ALastSyllableWithoutFinalMatchesItWithAnyFinal) {
    const SearchIndex index = IndexOf(MakeBundle({{"맛나는 백반집"}, {"맛난 김밥"}, {"맛집"}}));
    EXPECT_EQ(Found(index, "맛나"), (Hits{{0, kTierPrefix}, {1, kTierPrefix}}));
    EXPECT_EQ(TierOf(index, "떡보", 0), -1);
    EXPECT_EQ(TierOf(IndexOf(MakeBundle({{"떡볶이"}})), "떡보", 0), kTierPrefix);
}

TEST(SearchIndex, ALastVowelThatCanStillGrowMatchesTheGrownVowel) {
    const SearchIndex index = IndexOf(MakeBundle({{"돼지갈비"}, {"과일"}, {"의정부 부대찌개"}}));
    EXPECT_EQ(TierOf(index, "도", 0), kTierPrefix);  // ㅗ → ㅙ
    EXPECT_EQ(TierOf(index, "고", 1), kTierPrefix);  // ㅗ → ㅘ
    EXPECT_EQ(TierOf(index, "으", 2), kTierPrefix);  // ㅡ → ㅢ
    EXPECT_EQ(TierOf(index, "다", 0), -1);
}

TEST(SearchIndex, ALastFinalMayBeTheNextSyllablesInitial) {
    const SearchIndex index = IndexOf(MakeBundle({{"맛나는 백반집"}, {"마시는 곳"}, {"맛집"}}));
    EXPECT_EQ(TierOf(index, "맛난", 0), kTierPrefix);
    EXPECT_EQ(TierOf(index, "맛", 1), kTierPrefix);  // 맛 on its way to 마시
    EXPECT_EQ(TierOf(index, "맛", 2), kTierPrefix);
    EXPECT_EQ(TierOf(index, "맛난", 2), -1);
}

TEST(SearchIndex, ACompoundFinalSplitsIntoFinalAndNextInitial) {
    const SearchIndex index = IndexOf(MakeBundle({{"닭갈비"}, {"달구벌 식당"}, {"달콤 카페"}}));
    EXPECT_EQ(Found(index, "닭"), (Hits{{0, kTierPrefix}, {1, kTierPrefix}}));
}

TEST(SearchIndex, ALastSimpleFinalMayStillBecomeACompound) {
    const SearchIndex index = IndexOf(MakeBundle({{"닭갈비"}, {"달구벌 식당"}, {"국밥"}}));
    EXPECT_EQ(Found(index, "달"), (Hits{{0, kTierPrefix}, {1, kTierPrefix}}));
    EXPECT_EQ(TierOf(IndexOf(MakeBundle({{"값진 한 끼"}})), "갑", 0), kTierPrefix);  // ㅂ → ㅄ
}

TEST(SearchIndex, ComposingMatchesInsideAFieldAreSubstrings) {
    const SearchIndex index = IndexOf(MakeBundle({{"독산 맛나는 집"}}));
    EXPECT_EQ(TierOf(index, "맛난", 0), kTierSubstring);
    EXPECT_EQ(TierOf(index, "맛나", 0), kTierSubstring);
}

TEST(SearchIndex, OnlyTheLastSyllableIsTakenAsStillComposing) {
    const SearchIndex index = IndexOf(MakeBundle({{"마나는 집"}}));
    EXPECT_EQ(TierOf(index, "맛나는", 0), -1);
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Menu, category, tags; Latin, romanized and other scripts

TEST(SearchIndex, FindsAShopByWhatItsMenuSells) {
    const SearchIndex index = IndexOf(MakeBundle({
        {"맛나분식", "", "bunsik", {"떡볶이", "순대", "김밥"}, {}},
        {"금천 칼국수", "", "korean", {"바지락칼국수"}, {}},
    }));
    EXPECT_EQ(Found(index, "순대"), (Hits{{0, kTierExact}}));
    EXPECT_EQ(Found(index, "칼국수"), (Hits{{1, kTierSubstring}}));
    EXPECT_EQ(Found(index, "바지락"), (Hits{{1, kTierPrefix}}));
}

TEST(SearchIndex, FindsEveryShopOfACategoryByItsName) {
    const SearchIndex index = IndexOf(MakeBundle({
        {"맛나분식", "", "bunsik", {}, {}},
        {"금천 칼국수", "", "korean", {}, {}},
        {"독산김밥천사", "", "bunsik", {}, {}},
    }));
    EXPECT_EQ(Found(index, "분식"), (Hits{{0, kTierExact}, {2, kTierExact}}));
    EXPECT_EQ(Found(index, "백반"), (Hits{{1, kTierSubstring}}));
    EXPECT_EQ(Found(index, "snack"), (Hits{{0, kTierPrefix}, {2, kTierPrefix}}));
}

TEST(SearchIndex, FindsAShopByItsTags) {
    const SearchIndex index = IndexOf(MakeBundle({
        {"독산순대국", "", "korean", {}, {"해장", "24시"}},
        {"맛나포차", "", "korean", {}, {"야식"}},
    }));
    EXPECT_EQ(Found(index, "해장"), (Hits{{0, kTierExact}}));
    EXPECT_EQ(Found(index, "24"), (Hits{{0, kTierPrefix}}));
}

TEST(SearchIndex, LatinIsCaseInsensitiveAgainstNamesAndTags) {
    const SearchIndex index = IndexOf(MakeBundle({
        {"맛나커피", "Manna Coffee", "korean", {}, {}},
        {"디저트 공방", "", "korean", {}, {"Coffee"}},
    }));
    EXPECT_EQ(Found(index, "COFFEE"), (Hits{{1, kTierExact}, {0, kTierSubstring}}));
    EXPECT_EQ(Found(index, "manna c"), (Hits{{0, kTierPrefix}}));
}

TEST(SearchIndex, LatinQueryMatchesTheRomanizationOfKoreanFields) {
    const SearchIndex index = IndexOf(MakeBundle({
        {"우체국사거리 떡볶이", "", "korean", {}, {}},
        {"골목 닭갈비", "", "korean", {}, {}},
        {"맛나는 거리 포차", "", "korean", {}, {}},
    }));
    EXPECT_EQ(Found(index, "tteokbokki"), (Hits{{0, kTierRomanized}}));
    EXPECT_EQ(Found(index, "tteok"), (Hits{{0, kTierRomanized}}));
    EXPECT_EQ(Found(index, "Dakgalbi"), (Hits{{1, kTierRomanized}}));
    EXPECT_EQ(Found(index, "mannaneun geori"), (Hits{{2, kTierRomanized}}));
    EXPECT_EQ(Found(index, "mannaneungeori"), (Hits{{2, kTierRomanized}}));
}

TEST(SearchIndex, RomanizedMatchesRankBelowLatinNames) {
    const SearchIndex index = IndexOf(MakeBundle({
        {"떡볶이 천국", "", "korean", {}, {}},
        {"삼선교 떡볶이", "Samseongyo Tteokbokki", "korean", {}, {}},
    }));
    EXPECT_EQ(Found(index, "tteokbokki"), (Hits{{1, kTierSubstring}, {0, kTierRomanized}}));
}

TEST(SearchIndex, KoreanQueryIgnoresRomanizations) {
    const SearchIndex index = IndexOf(MakeBundle({{"Tteokbokki Bar", "Tteokbokki Bar"}}));
    EXPECT_TRUE(index.Search("떡볶이").empty());
}

TEST(SearchIndex, DigitsMatchInsideKoreanFields) {
    const SearchIndex index = IndexOf(MakeBundle({
        {"우체국 치킨호프", "", "korean", {"생맥주 500cc"}, {}},
    }));
    EXPECT_EQ(Found(index, "500"), (Hits{{0, kTierSubstring}}));
    EXPECT_EQ(Found(index, "500CC"), (Hits{{0, kTierSubstring}}));
}

TEST(SearchIndex, KanaAndHanQueriesMatchOtherLanguages) {
    Bundle b = MakeBundle({{"맛나분식"}, {"독산반점"}});
    b.shops[0].name.Get(Lang::kJa) = "マンナ粉食";
    b.shops[1].name.Get(Lang::kZh) = "秃山饭店";
    const SearchIndex index = IndexOf(b);
    EXPECT_EQ(Found(index, "マンナ"), (Hits{{0, kTierPrefix}}));
    EXPECT_EQ(Found(index, "饭店"), (Hits{{1, kTierSubstring}}));
}

TEST(SearchIndex, BuildingAgainReplacesThePreviousBundle) {
    SearchIndex index;
    index.Build(MakeBundle({{"떡볶이"}, {"김밥"}}));
    index.Build(MakeBundle({{"김밥"}}));
    EXPECT_EQ(index.Size(), 1u);
    EXPECT_EQ(Found(index, "김밥"), (Hits{{0, kTierExact}}));
}

// ---------------------------------------------------------------------------------------------
// [SECTION] The sample district

class SampleDistrictSearch : public ::testing::Test {
protected:
    void SetUp() override {
        BundleLoadResult r = LoadBundle(test::ReadSourceFile("data/doksan.json"));
        ASSERT_TRUE(r.ok());
        bundle = *r.bundle;
        index.Build(bundle);
    }
    std::vector<std::string> Ids(const char* query) const {
        std::vector<std::string> ids;
        for (const SearchHit& h : index.Search(query)) ids.push_back(bundle.shops[h.shop].id);
        return ids;
    }
    std::string Id(const char* koName) const {
        for (const Shop& s : bundle.shops) {
            if (s.name.Ko() == koName) return s.id;
        }
        return "";
    }
    Bundle bundle;
    SearchIndex index;
};

bool Contains(const std::vector<std::string>& ids, const std::string& id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

TEST_F(SampleDistrictSearch, IndexesEveryShop) { EXPECT_EQ(index.Size(), bundle.shops.size()); }

TEST_F(SampleDistrictSearch, InitialsFindTheTteokbokkiShops) {
    const std::vector<std::string> ids = Ids("ㄸㅂㅇ");
    EXPECT_TRUE(Contains(ids, Id("맛나분식")));
    EXPECT_TRUE(Contains(ids, Id("우체국사거리 떡볶이")));
}

TEST_F(SampleDistrictSearch, SundaeFindsTheSnackBarThatSellsIt) {
    const std::vector<std::string> ids = Ids("순대");
    ASSERT_FALSE(ids.empty());
    EXPECT_TRUE(Contains(ids, Id("맛나분식")));
    EXPECT_TRUE(Contains(ids, Id("독산순대국")));
}

TEST_F(SampleDistrictSearch, TypingMatnaneunSyllableBySyllableKeepsFindingTheSameShop) {
    for (const char* typed : {"ㅁ", "마", "맛", "맛ㄴ", "맛나", "맛난", "맛나는", "맛나는 ㅂ", "맛나는 배",
                              "맛나는 백", "맛나는 백ㅂ", "맛나는 백바", "맛나는 백반"}) {
        EXPECT_TRUE(Contains(Ids(typed), Id("맛나는 백반집"))) << typed;
    }
}

TEST_F(SampleDistrictSearch, EnglishRomanizedAndKoreanQueriesAgreeOnTteokbokki) {
    const std::string manna = Id("맛나분식");
    ASSERT_FALSE(Ids("tteokbokki").empty());
    EXPECT_EQ(Ids("tteokbokki").front(), manna);  // its English menu says "Tteokbokki"
    EXPECT_TRUE(Contains(Ids("떡볶이"), manna));
    EXPECT_TRUE(Contains(Ids("tteok"), manna));
}

TEST_F(SampleDistrictSearch, ResultsAreOrderedByTierThenBundleOrder) {
    for (const char* query : {"ㄱ", "가", "ㄷ", "닭", "a", "s", "김", "ㅊㅋ", "gal", "1"}) {
        const std::vector<SearchHit> hits = index.Search(query);
        for (std::size_t i = 1; i < hits.size(); ++i) {
            ASSERT_TRUE(hits[i - 1].tier < hits[i].tier ||
                        (hits[i - 1].tier == hits[i].tier && hits[i - 1].shop < hits[i].shop))
                << query << " at " << i;
        }
    }
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Brute-force reading of the rules. The index skips most shops and fields by their
// character summaries; this checks it against a plain reading of the rules that looks at every
// field, for queries a user could type on the way to the sample district's own words.

using Codepoints = std::vector<std::uint32_t>;
using Accept = std::function<bool(std::uint32_t)>;

Codepoints Decode(const std::string& s) {
    Codepoints out;
    for (std::size_t pos = 0; pos < s.size();) out.push_back(NextCodepoint(s, &pos));
    return out;
}

std::string Encode(const Codepoints& cps) {
    std::string out;
    for (std::uint32_t c : cps) AppendUtf8(&out, c);
    return out;
}

bool HasInitial(std::uint32_t c, int initial) {
    return IsSyllable(c) && DecomposeSyllable(c).initial == initial;
}

bool MatchesAt(const Codepoints& field, std::size_t at, const std::vector<Accept>& tests) {
    if (at + tests.size() > field.size()) return false;
    for (std::size_t i = 0; i < tests.size(); ++i) {
        if (!tests[i](field[at + i])) return false;
    }
    return true;
}

// The tier of one shop, from its fields (search forms) and their romanizations, by brute force.
int BruteForceTier(const std::vector<Codepoints>& fields, const std::vector<Codepoints>& romans,
                   const Codepoints& query) {
    bool hangul = false, ascii = true, letter = false;
    for (std::uint32_t c : query) {
        hangul = hangul || IsSyllable(c) || IsCompatibilityJamo(c);
        ascii = ascii && c < 0x80;
        letter = letter || (c >= 'a' && c <= 'z');
    }
    auto is = [](std::uint32_t want) {
        return Accept([want](std::uint32_t c) { return c == want; });
    };
    std::vector<Accept> literal;
    for (std::uint32_t c : query) literal.push_back(is(c));

    std::vector<std::vector<Accept>> composing;
    const std::uint32_t last = query.back();
    std::vector<Accept> stem(literal.begin(), literal.end() - 1);
    auto with = [&](std::vector<Accept> tail) {
        std::vector<Accept> p = stem;
        p.insert(p.end(), tail.begin(), tail.end());
        composing.push_back(p);
    };
    if (hangul && InitialFromJamo(last) != kNoJamo) {
        const int initial = InitialFromJamo(last);
        with({[=](std::uint32_t c) { return c == last || HasInitial(c, initial); }});
    } else if (hangul && IsSyllable(last)) {
        const Syllable s = DecomposeSyllable(last);
        if (s.final == 0) {
            const std::vector<int> grown = s.medial == 8 ? std::vector<int>{9, 10, 11}
                                           : s.medial == 13 ? std::vector<int>{14, 15, 16}
                                           : s.medial == 18 ? std::vector<int>{19}
                                                            : std::vector<int>{};
            with({[=](std::uint32_t c) {
                if (!IsSyllable(c)) return false;
                const Syllable d = DecomposeSyllable(c);
                return d.initial == s.initial &&
                       (d.medial == s.medial ||
                        std::find(grown.begin(), grown.end(), d.medial) != grown.end());
            }});
        } else {
            with({[=](std::uint32_t c) {
                if (!IsSyllable(c)) return false;
                const Syllable d = DecomposeSyllable(c);
                int first = 0, second = 0;
                const bool begunBy =
                    SplitCompoundFinal(d.final, &first, &second) && first == s.final;
                return d.initial == s.initial && d.medial == s.medial &&
                       (d.final == s.final || begunBy);
            }});
            int first = 0, second = 0;
            if (!SplitCompoundFinal(s.final, &first, &second)) {
                first = 0;
                second = InitialFromJamo(FinalJamo(s.final));
            }
            with({is(ComposeSyllable(s.initial, s.medial, first)),
                  [=](std::uint32_t c) { return HasInitial(c, second); }});
        }
    }

    std::vector<Accept> initials;
    bool anyConsonant = false;
    for (std::uint32_t q : query) {
        const int initial = IsCompatibilityConsonant(q) ? InitialFromJamo(q) : kNoJamo;
        anyConsonant = anyConsonant || initial != kNoJamo;
        initials.push_back(initial == kNoJamo ? is(q) : Accept([=](std::uint32_t c) {
            return c == q || HasInitial(c, initial);
        }));
    }

    int best = 5;
    for (std::size_t k = 0; k < fields.size(); ++k) {
        const Codepoints& f = fields[k];
        for (std::size_t at = 0; at < f.size(); ++at) {
            if (MatchesAt(f, at, literal)) {
                best = std::min(best, at > 0 ? kTierSubstring
                                             : f.size() == query.size() ? kTierExact : kTierPrefix);
            }
            for (const auto& p : composing) {
                if (MatchesAt(f, at, p)) {
                    best = std::min(best, at > 0 ? kTierSubstring : kTierPrefix);
                }
            }
            if (hangul && anyConsonant && MatchesAt(f, at, initials)) {
                best = std::min(best, kTierInitials);
            }
        }
        if (hangul && anyConsonant && !f.empty() && initials[0](f[0])) {  // gaps from the start
            std::size_t at = 1, i = 1;
            for (; i < initials.size(); ++i, ++at) {
                while (at < f.size() && !initials[i](f[at])) ++at;
                if (at == f.size()) break;
            }
            if (i == initials.size()) best = std::min(best, kTierInitials);
        }
        for (std::size_t at = 0; ascii && letter && at < romans[k].size(); ++at) {
            if (MatchesAt(romans[k], at, literal)) best = std::min(best, kTierRomanized);
        }
    }
    return best;
}

TEST_F(SampleDistrictSearch, AgreesWithABruteForceReadingOfTheRules) {
    // Every field of every shop, as the rules read them.
    std::vector<std::vector<Codepoints>> fields(bundle.shops.size()), romans(bundle.shops.size());
    std::vector<std::string> texts;
    for (std::size_t s = 0; s < bundle.shops.size(); ++s) {
        const Shop& shop = bundle.shops[s];
        std::vector<std::string> raw(shop.name.values.begin(), shop.name.values.end());
        for (const MenuItem& m : shop.menu) {
            raw.insert(raw.end(), m.name.values.begin(), m.name.values.end());
        }
        raw.insert(raw.end(), shop.tags.begin(), shop.tags.end());
        if (const Category* c = bundle.FindCategory(shop.category)) {
            raw.insert(raw.end(), c->name.values.begin(), c->name.values.end());
        }
        for (const std::string& text : raw) {
            const Codepoints form = Decode(SearchForm(text));
            if (form.empty()) continue;
            fields[s].push_back(form);
            romans[s].push_back(Decode(SearchForm(Romanize(text))));
            texts.push_back(text);
        }
    }
    // What a user types on the way to those words: each beginning of up to four characters,
    // with its last syllable as the IME shows it before the final and before the vowel, its
    // initial consonants, and its romanization.
    std::vector<std::string> queries = {"ㄳ", "a", "500", "饭", "マンナ", "café"};
    for (const std::string& text : texts) {
        const Codepoints form = Decode(SearchForm(text));
        for (std::size_t n = 1; n <= std::min<std::size_t>(form.size(), 4); ++n) {
            Codepoints typed(form.begin(), form.begin() + n);
            queries.push_back(Encode(typed));
            if (n <= 2) queries.push_back(SearchForm(Romanize(Encode(typed))));
            if (!IsSyllable(typed.back())) continue;
            const Syllable s = DecomposeSyllable(typed.back());
            Codepoints noFinal = typed, onlyInitial = typed, initials = typed;
            noFinal.back() = ComposeSyllable(s.initial, s.medial);
            onlyInitial.back() = InitialJamo(s.initial);
            for (std::uint32_t& c : initials) {
                if (IsSyllable(c)) c = InitialJamo(DecomposeSyllable(c).initial);
            }
            queries.push_back(Encode(noFinal));
            queries.push_back(Encode(onlyInitial));
            queries.push_back(Encode(initials));
        }
    }
    std::sort(queries.begin(), queries.end());
    queries.erase(std::unique(queries.begin(), queries.end()), queries.end());

    int mismatches = 0;
    for (const std::string& query : queries) {
        Codepoints q;  // a typed compound consonant stands for its two letters
        for (std::uint32_t c : Decode(SearchForm(query))) {
            int first = 0, second = 0;
            if (IsCompatibilityConsonant(c) &&
                SplitCompoundFinal(FinalFromJamo(c), &first, &second)) {
                q.push_back(FinalJamo(first));
                q.push_back(InitialJamo(second));
            } else {
                q.push_back(c);
            }
        }
        if (q.empty()) continue;
        std::vector<int> found(bundle.shops.size(), 5);
        for (const SearchHit& h : index.Search(query)) found[h.shop] = h.tier;
        for (std::size_t s = 0; s < bundle.shops.size() && mismatches < 10; ++s) {
            const int expected = BruteForceTier(fields[s], romans[s], q);
            if (found[s] != expected) {
                ++mismatches;
                ADD_FAILURE() << "query \"" << query << "\", shop " << bundle.shops[s].name.Ko()
                              << ": index says " << found[s] << ", the rules say " << expected;
            }
        }
    }
    EXPECT_GT(queries.size(), 500u);
}

}  // namespace
}  // namespace golmok
