#include "core/text/hangul.h"

#include <gtest/gtest.h>

#include "core/text/utf8.h"

namespace golmok {
namespace {

std::uint32_t Cp(const char* utf8) {
    std::size_t pos = 0;
    return NextCodepoint(utf8, &pos);
}

TEST(DecomposeSyllable, SplitsIntoInitialMedialAndFinalIndices) {
    const Syllable dak = DecomposeSyllable(Cp("닭"));
    EXPECT_EQ(dak.initial, 3);  // ㄷ
    EXPECT_EQ(dak.medial, 0);   // ㅏ
    EXPECT_EQ(dak.final, 9);    // ㄺ
    const Syllable ga = DecomposeSyllable(kFirstSyllable);
    EXPECT_EQ(ga.initial, 0);
    EXPECT_EQ(ga.medial, 0);
    EXPECT_EQ(ga.final, 0);
    const Syllable hih = DecomposeSyllable(kLastSyllable);  // 힣
    EXPECT_EQ(hih.initial, kInitialCount - 1);
    EXPECT_EQ(hih.medial, kMedialCount - 1);
    EXPECT_EQ(hih.final, kFinalCount - 1);
}

TEST(ComposeSyllable, IsTheInverseOfDecomposeForEverySyllable) {
    for (std::uint32_t cp = kFirstSyllable; cp <= kLastSyllable; ++cp) {
        const Syllable s = DecomposeSyllable(cp);
        ASSERT_EQ(ComposeSyllable(s.initial, s.medial, s.final), cp);
    }
    EXPECT_EQ(ComposeSyllable(4, 4, 1), Cp("떡"));
}

TEST(IsSyllable, CoversExactlyTheHangulSyllablesBlock) {
    EXPECT_TRUE(IsSyllable(Cp("가")));
    EXPECT_TRUE(IsSyllable(Cp("힣")));
    EXPECT_FALSE(IsSyllable(Cp("ㄱ")));
    EXPECT_FALSE(IsSyllable('a'));
    EXPECT_FALSE(IsSyllable(0xD7A4));
}

TEST(CompatibilityJamo, MapToInitialIndicesAndBack) {
    const char* const initials[kInitialCount] = {"ㄱ", "ㄲ", "ㄴ", "ㄷ", "ㄸ", "ㄹ", "ㅁ",
                                                 "ㅂ", "ㅃ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅉ",
                                                 "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"};
    for (int i = 0; i < kInitialCount; ++i) {
        EXPECT_EQ(InitialFromJamo(Cp(initials[i])), i) << initials[i];
        EXPECT_EQ(InitialJamo(i), Cp(initials[i]));
    }
}

TEST(CompatibilityJamo, CompoundConsonantsAreFinalsButNeverInitials) {
    EXPECT_EQ(InitialFromJamo(Cp("ㄺ")), kNoJamo);
    EXPECT_EQ(FinalFromJamo(Cp("ㄺ")), 9);
    EXPECT_EQ(FinalJamo(9), Cp("ㄺ"));
    EXPECT_EQ(FinalFromJamo(Cp("ㅄ")), 18);
}

TEST(CompatibilityJamo, DoubledTtPpJjNeverEndASyllable) {
    EXPECT_EQ(FinalFromJamo(Cp("ㄸ")), kNoJamo);
    EXPECT_EQ(FinalFromJamo(Cp("ㅃ")), kNoJamo);
    EXPECT_EQ(FinalFromJamo(Cp("ㅉ")), kNoJamo);
    EXPECT_EQ(FinalFromJamo(Cp("ㄲ")), 2);
    EXPECT_EQ(FinalFromJamo(Cp("ㅆ")), 20);
}

TEST(CompatibilityJamo, VowelsMapToMedialIndices) {
    EXPECT_EQ(MedialFromJamo(Cp("ㅏ")), 0);
    EXPECT_EQ(MedialFromJamo(Cp("ㅘ")), 9);
    EXPECT_EQ(MedialFromJamo(Cp("ㅣ")), 20);
    EXPECT_EQ(MedialJamo(18), Cp("ㅡ"));
    EXPECT_EQ(MedialFromJamo(Cp("ㄱ")), kNoJamo);
    EXPECT_TRUE(IsCompatibilityConsonant(Cp("ㅎ")));
    EXPECT_FALSE(IsCompatibilityConsonant(Cp("ㅏ")));
    EXPECT_TRUE(IsCompatibilityJamo(Cp("ㅏ")));
}

TEST(SplitCompoundFinal, GivesEachOfTheElevenCompoundsItsTwoConsonants) {
    struct Case {
        const char* compound;
        const char* first;
        const char* second;
    };
    const Case cases[] = {{"ㄳ", "ㄱ", "ㅅ"}, {"ㄵ", "ㄴ", "ㅈ"}, {"ㄶ", "ㄴ", "ㅎ"},
                          {"ㄺ", "ㄹ", "ㄱ"}, {"ㄻ", "ㄹ", "ㅁ"}, {"ㄼ", "ㄹ", "ㅂ"},
                          {"ㄽ", "ㄹ", "ㅅ"}, {"ㄾ", "ㄹ", "ㅌ"}, {"ㄿ", "ㄹ", "ㅍ"},
                          {"ㅀ", "ㄹ", "ㅎ"}, {"ㅄ", "ㅂ", "ㅅ"}};
    for (const Case& c : cases) {
        int first = 0, second = 0;
        ASSERT_TRUE(SplitCompoundFinal(FinalFromJamo(Cp(c.compound)), &first, &second))
            << c.compound;
        EXPECT_EQ(FinalJamo(first), Cp(c.first)) << c.compound;
        EXPECT_EQ(InitialJamo(second), Cp(c.second)) << c.compound;
    }
}

TEST(SplitCompoundFinal, RefusesSimpleFinalsAndNone) {
    int first = -7, second = -7;
    EXPECT_FALSE(SplitCompoundFinal(0, &first, &second));
    EXPECT_FALSE(SplitCompoundFinal(FinalFromJamo(Cp("ㄹ")), &first, &second));
    EXPECT_FALSE(SplitCompoundFinal(FinalFromJamo(Cp("ㄲ")), &first, &second));
    EXPECT_EQ(first, -7);
}

TEST(Romanize, WritesCommonFoodAndPlaceNames) {
    EXPECT_EQ(Romanize("떡볶이"), "tteokbokki");
    EXPECT_EQ(Romanize("닭갈비"), "dakgalbi");
    EXPECT_EQ(Romanize("순대"), "sundae");
    EXPECT_EQ(Romanize("김밥"), "gimbap");
    EXPECT_EQ(Romanize("삼겹살"), "samgyeopsal");
    EXPECT_EQ(Romanize("독산동"), "doksandong");
    EXPECT_EQ(Romanize("한성대입구"), "hanseongdaeipgu");
    EXPECT_EQ(Romanize("맛나는 거리"), "mannaneun geori");
}

TEST(Romanize, WritesEveryVowel) {
    EXPECT_EQ(Romanize("아 애 야 얘 어 에 여 예 오 와 왜 외 요 우 워 웨 위 유 으 의 이"),
              "a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i");
}

TEST(Romanize, WritesGDBJAsVoicedBeforeVowelsAndKTPAtTheEnd) {
    EXPECT_EQ(Romanize("갈비"), "galbi");
    EXPECT_EQ(Romanize("부대찌개"), "budaejjigae");
    EXPECT_EQ(Romanize("떡국"), "tteokguk");
    EXPECT_EQ(Romanize("곱창"), "gopchang");
    EXPECT_EQ(Romanize("팥빙수"), "patbingsu");
    EXPECT_EQ(Romanize("꽃집"), "kkotjip");
    EXPECT_EQ(Romanize("부엌"), "bueok");
    EXPECT_EQ(Romanize("짬뽕"), "jjamppong");
}

TEST(Romanize, WritesRieulAsRBeforeAVowelAndLElsewhere) {
    EXPECT_EQ(Romanize("라면"), "ramyeon");
    EXPECT_EQ(Romanize("거리"), "geori");
    EXPECT_EQ(Romanize("칼국수"), "kalguksu");
    EXPECT_EQ(Romanize("물이"), "muri");
}

TEST(Romanize, WritesDoubledRieulAsLl) {
    EXPECT_EQ(Romanize("막걸리"), "makgeolli");
    EXPECT_EQ(Romanize("울릉"), "ulleung");
    EXPECT_EQ(Romanize("설날"), "seollal");    // ㄹ + ㄴ
    EXPECT_EQ(Romanize("신라"), "silla");      // ㄴ + ㄹ
    EXPECT_EQ(Romanize("대관령"), "daegwallyeong");
}

TEST(Romanize, CarriesAFinalOverToAFollowingVowel) {
    EXPECT_EQ(Romanize("볶음밥"), "bokkeumbap");
    EXPECT_EQ(Romanize("밖에"), "bakke");
    EXPECT_EQ(Romanize("맛있는"), "masinneun");
    EXPECT_EQ(Romanize("종업원"), "jongeobwon");  // ㅇ stays where it is
}

TEST(Romanize, CarriesOnlyTheSecondConsonantOfACompoundFinal) {
    EXPECT_EQ(Romanize("닭이"), "dalgi");
    EXPECT_EQ(Romanize("값이"), "gapsi");
    EXPECT_EQ(Romanize("앉아"), "anja");
    EXPECT_EQ(Romanize("읽어"), "ilgeo");
    EXPECT_EQ(Romanize("없어"), "eopseo");
}

TEST(Romanize, SaysACompoundFinalWithOneConsonantBeforeAnother) {
    EXPECT_EQ(Romanize("닭강정"), "dakgangjeong");
    EXPECT_EQ(Romanize("옛날통닭"), "yennaltongdak");
}

TEST(Romanize, NasalisesStopsBeforeNAndM) {
    EXPECT_EQ(Romanize("국물"), "gungmul");
    EXPECT_EQ(Romanize("백마"), "baengma");
    EXPECT_EQ(Romanize("십만"), "simman");
    EXPECT_EQ(Romanize("꽃망울"), "kkonmangul");
    EXPECT_EQ(Romanize("생맥주"), "saengmaekju");
    EXPECT_EQ(Romanize("닭날개"), "dangnalgae");
    EXPECT_EQ(Romanize("값만"), "gamman");
}

TEST(Romanize, TurnsRieulAfterOtherConsonantsIntoN) {
    EXPECT_EQ(Romanize("종로"), "jongno");
    EXPECT_EQ(Romanize("음료"), "eumnyo");
    EXPECT_EQ(Romanize("왕십리"), "wangsimni");
    EXPECT_EQ(Romanize("독립문"), "dongnimmun");
    EXPECT_EQ(Romanize("협력"), "hyeomnyeok");
    EXPECT_EQ(Romanize("속리산"), "songnisan");
}

TEST(Romanize, MergesHieutWithGDJIntoKTCh) {
    EXPECT_EQ(Romanize("좋고"), "joko");
    EXPECT_EQ(Romanize("놓다"), "nota");
    EXPECT_EQ(Romanize("많다"), "manta");
    EXPECT_EQ(Romanize("좋아"), "joa");
    EXPECT_EQ(Romanize("싫어"), "sireo");
    EXPECT_EQ(Romanize("않는"), "anneun");
}

TEST(Romanize, KeepsHAfterAStopAsInNouns) {
    EXPECT_EQ(Romanize("백화점"), "baekhwajeom");
    EXPECT_EQ(Romanize("묵호"), "mukho");
    EXPECT_EQ(Romanize("집현전"), "jiphyeonjeon");
    EXPECT_EQ(Romanize("뼈해장국"), "ppyeohaejangguk");
}

TEST(Romanize, PalatalisesDAndTBeforeI) {
    EXPECT_EQ(Romanize("같이"), "gachi");
    EXPECT_EQ(Romanize("굳이"), "guji");
    EXPECT_EQ(Romanize("해돋이"), "haedoji");
}

TEST(Romanize, WritesUiForEveryEuI) {
    EXPECT_EQ(Romanize("의정부"), "uijeongbu");
    EXPECT_EQ(Romanize("광희문"), "gwanghuimun");
}

TEST(Romanize, AppliesNoSoundChangeAcrossASpace) {
    EXPECT_EQ(Romanize("독산 숯불갈비"), "doksan sutbulgalbi");
    EXPECT_EQ(Romanize("맛 나는"), "mat naneun");
}

TEST(Romanize, KeepsEverythingThatIsNotASyllable) {
    EXPECT_EQ(Romanize("생맥주 500cc"), "saengmaekju 500cc");
    EXPECT_EQ(Romanize("LED 전구"), "LED jeongu");
    EXPECT_EQ(Romanize("치킨·호프"), "chikin·hopeu");
    EXPECT_EQ(Romanize("ㅋㅋ치킨"), "ㅋㅋchikin");
    EXPECT_EQ(Romanize(""), "");
}

}  // namespace
}  // namespace golmok
