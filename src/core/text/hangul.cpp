#include "core/text/hangul.h"

#include "core/text/utf8.h"

// Romanization: choices where the Revised Romanization leaves room or needs a dictionary.
//  - ㄱ ㄷ ㅂ before ㅎ keep their h (묵호 mukho, 백화점 baekhwajeom): RR writes the aspiration
//    only in verbs (좋고 joko), and the texts here are names, dishes and tags. For the same
//    reason 닫히다 is written dathida, not dachida.
//  - ㄴ next to ㄹ is always ll (신라 silla, 대관령 daegwallyeong); the few words said with nn
//    (의견란 uigyeonnan, 신문로 sinmunno) cannot be told apart without a dictionary.
//  - No ㄴ is inserted at a hidden compound boundary (한여름 hannyeoreum is written hanyeoreum):
//    that too needs a dictionary. Tensing is never written, as RR says.
//  - Sound changes are applied inside given names as well (RR does not, but cannot be told
//    apart here), and never across a space.
//  - Compound finals before a consonant: ㄺ is k (닭갈비 dakgalbi; 맑게 malkke is a verb), ㄼ is l
//    (여덟 yeodeol; 밟다 is said bap-). ㅎ + ㅅ is ss (좋소 josso).
//  - No hyphens: RR allows them against ambiguity (중앙 jung-ang) and before -dong, -gu; search
//    ignores punctuation anyway, so 독산동 is doksandong.

namespace golmok {

namespace {

// Compatibility jamo of each initial and final index (finals start with 0: no final).
const std::uint32_t kInitialJamo[kInitialCount] = {
    0x3131, 0x3132, 0x3134, 0x3137, 0x3138, 0x3139, 0x3141, 0x3142, 0x3143, 0x3145,
    0x3146, 0x3147, 0x3148, 0x3149, 0x314A, 0x314B, 0x314C, 0x314D, 0x314E};
const std::uint32_t kFinalJamo[kFinalCount] = {
    0,      0x3131, 0x3132, 0x3133, 0x3134, 0x3135, 0x3136, 0x3137, 0x3139, 0x313A,
    0x313B, 0x313C, 0x313D, 0x313E, 0x313F, 0x3140, 0x3141, 0x3142, 0x3144, 0x3145,
    0x3146, 0x3147, 0x3148, 0x314A, 0x314B, 0x314C, 0x314D, 0x314E};

// Indices used by the romanization rules, named for readability.
constexpr int kInitialG = 0;   // ㄱ
constexpr int kInitialN = 2;   // ㄴ
constexpr int kInitialD = 3;   // ㄷ
constexpr int kInitialR = 5;   // ㄹ
constexpr int kInitialM = 6;   // ㅁ
constexpr int kInitialS = 9;   // ㅅ
constexpr int kInitialIeung = 11;  // ㅇ: silent at the start of a syllable
constexpr int kInitialJ = 12;  // ㅈ
constexpr int kInitialH = 18;  // ㅎ
constexpr int kMedialI = 20;   // ㅣ
constexpr int kFinalD = 7;     // ㄷ
constexpr int kFinalNH = 6;    // ㄶ
constexpr int kFinalLH = 15;   // ㅀ
constexpr int kFinalNg = 21;   // ㅇ
constexpr int kFinalT = 25;    // ㅌ
constexpr int kFinalH = 27;    // ㅎ

const char* const kInitialRoman[kInitialCount] = {"g", "kk", "n", "d",  "tt", "r",  "m",
                                                  "b", "pp", "s", "ss", "",   "j",  "jj",
                                                  "ch", "k", "t", "p",  "h"};
const char* const kMedialRoman[kMedialCount] = {"a",  "ae", "ya", "yae", "eo", "e",  "yeo",
                                                "ye", "o",  "wa", "wae", "oe", "yo", "u",
                                                "wo", "we", "wi", "yu",  "eu", "ui", "i"};

// The seven sounds a final can have before another consonant or at the end of a word.
enum class Coda { kNone, kK, kN, kT, kL, kM, kP, kNg };
const char* const kCodaRoman[] = {"", "k", "n", "t", "l", "m", "p", "ng"};

// Compound finals take the sound of one of their consonants: ㄳ ㄺ → k, ㄵ ㄶ → n, ㄼ ㄽ ㄾ ㅀ → l,
// ㄻ → m, ㄿ ㅄ → p. (ㄺ is k as in 닭 dak, 흙 heuk; ㄼ is l as in 여덟 yeodeol, although 밟다 is
// said with p.)
const Coda kCodaOfFinal[kFinalCount] = {
    Coda::kNone, Coda::kK, Coda::kK, Coda::kK, Coda::kN, Coda::kN,  Coda::kN,
    Coda::kT,    Coda::kL, Coda::kK, Coda::kM, Coda::kL, Coda::kL,  Coda::kL,
    Coda::kP,    Coda::kL, Coda::kM, Coda::kP, Coda::kP, Coda::kT,  Coda::kT,
    Coda::kNg,   Coda::kT, Coda::kT, Coda::kK, Coda::kT, Coda::kP,  Coda::kT};

const char* CodaRoman(Coda c) { return kCodaRoman[static_cast<int>(c)]; }

// How a final and the next syllable's initial are written where they meet inside a word.
struct Junction {
    const char* coda;
    const char* onset;
};

Junction Join(int final, const Syllable& next) {
    const int initial = next.initial;
    if (final == 0) return {"", kInitialRoman[initial]};

    if (initial == kInitialIeung) {  // the final is carried over to the vowel (liaison)
        if (final == kFinalNg) return {"ng", ""};  // 종업원 jongeobwon: ㅇ stays put
        if (final == kFinalH) return {"", ""};     // 좋아 joa: ㅎ falls silent
        if (final == kFinalNH) return {"", "n"};   // 많아 mana
        if (final == kFinalLH) return {"", "r"};   // 싫어 sireo
        if (next.medial == kMedialI && final == kFinalD) return {"", "j"};   // 굳이 guji
        if (next.medial == kMedialI && final == kFinalT) return {"", "ch"};  // 같이 gachi
        int first = 0, second = 0;
        if (SplitCompoundFinal(final, &first, &second)) {  // 닭이 dalgi, 값이 gapsi, 앉아 anja
            return {CodaRoman(kCodaOfFinal[first]), kInitialRoman[second]};
        }
        return {"", kInitialRoman[InitialFromJamo(kFinalJamo[final])]};  // 떡볶이 …kki, 물이 muri
    }

    // ㅎ (alone or in ㄶ ㅀ) merges with a following ㄱ ㄷ ㅈ into ㅋ ㅌ ㅊ: 좋고 joko, 많다 manta.
    if (final == kFinalH || final == kFinalNH || final == kFinalLH) {
        const char* before = final == kFinalNH ? "n" : final == kFinalLH ? "l" : "";
        if (initial == kInitialG) return {before, "k"};
        if (initial == kInitialD) return {before, "t"};
        if (initial == kInitialJ) return {before, "ch"};
        if (initial == kInitialN) {  // 놓는 nonneun, 않는 anneun, 뚫는 ttulleun
            return final == kFinalLH ? Junction{"l", "l"} : Junction{"n", "n"};
        }
        if (initial == kInitialS && final == kFinalH) return {"", "ss"};  // 좋소 josso
    }

    const Coda coda = kCodaOfFinal[final];
    // A final before ㅎ: RR writes the aspiration only in verbs (좋고 joko) and keeps h in nouns
    // (묵호 Mukho, 집현전 Jiphyeonjeon). Shop names, menus and tags are nouns: 백화점 baekhwajeom.
    if (initial == kInitialH) return {CodaRoman(coda), "h"};

    if (initial == kInitialR) {
        switch (coda) {
            case Coda::kL:
            case Coda::kN: return {"l", "l"};   // 울릉 ulleung, 신라 silla
            case Coda::kM: return {"m", "n"};   // 음료 eumnyo
            case Coda::kNg: return {"ng", "n"}; // 종로 jongno
            case Coda::kK: return {"ng", "n"};  // 독립 dongnip
            case Coda::kP: return {"m", "n"};   // 협력 hyeomnyeok
            case Coda::kT: return {"n", "n"};
            case Coda::kNone: break;
        }
    }

    if (initial == kInitialN || initial == kInitialM) {  // nasalisation
        const char* onset = kInitialRoman[initial];
        switch (coda) {
            case Coda::kK: return {"ng", onset};  // 국물 gungmul
            case Coda::kT: return {"n", onset};   // 맛나는 mannaneun, 옛날 yennal
            case Coda::kP: return {"m", onset};   // 십만 simman
            case Coda::kL:
                if (initial == kInitialN) return {"l", "l"};  // 설날 seollal
                break;
            default: break;
        }
    }
    return {CodaRoman(coda), kInitialRoman[initial]};
}

}  // namespace

Syllable DecomposeSyllable(std::uint32_t cp) {
    const int index = static_cast<int>(cp - kFirstSyllable);
    Syllable s;
    s.initial = index / kSyllablesPerInitial;
    s.medial = index % kSyllablesPerInitial / kFinalCount;
    s.final = index % kFinalCount;
    return s;
}

std::uint32_t ComposeSyllable(int initial, int medial, int final) {
    return kFirstSyllable +
           static_cast<std::uint32_t>((initial * kMedialCount + medial) * kFinalCount + final);
}

int InitialFromJamo(std::uint32_t cp) {
    for (int i = 0; i < kInitialCount; ++i) {
        if (kInitialJamo[i] == cp) return i;
    }
    return kNoJamo;
}

int MedialFromJamo(std::uint32_t cp) {
    if (cp < 0x314F || cp > kLastCompatibilityJamo) return kNoJamo;
    return static_cast<int>(cp - 0x314F);  // the vowels are laid out in medial order
}

int FinalFromJamo(std::uint32_t cp) {
    if (cp == 0) return kNoJamo;
    for (int f = 1; f < kFinalCount; ++f) {
        if (kFinalJamo[f] == cp) return f;
    }
    return kNoJamo;
}

std::uint32_t InitialJamo(int initial) {
    return initial >= 0 && initial < kInitialCount ? kInitialJamo[initial] : 0;
}

std::uint32_t MedialJamo(int medial) {
    return medial >= 0 && medial < kMedialCount ? 0x314F + static_cast<std::uint32_t>(medial) : 0;
}

std::uint32_t FinalJamo(int final) {
    return final >= 0 && final < kFinalCount ? kFinalJamo[final] : 0;
}

bool SplitCompoundFinal(int final, int* firstFinal, int* secondInitial) {
    // Final index → (first consonant as a final, second consonant as an initial).
    struct Split {
        int compound, first, second;
    };
    static const Split kSplits[] = {
        {3, 1, 9},    // ㄳ = ㄱ + ㅅ
        {5, 4, 12},   // ㄵ = ㄴ + ㅈ
        {6, 4, 18},   // ㄶ = ㄴ + ㅎ
        {9, 8, 0},    // ㄺ = ㄹ + ㄱ
        {10, 8, 6},   // ㄻ = ㄹ + ㅁ
        {11, 8, 7},   // ㄼ = ㄹ + ㅂ
        {12, 8, 9},   // ㄽ = ㄹ + ㅅ
        {13, 8, 16},  // ㄾ = ㄹ + ㅌ
        {14, 8, 17},  // ㄿ = ㄹ + ㅍ
        {15, 8, 18},  // ㅀ = ㄹ + ㅎ
        {18, 17, 9},  // ㅄ = ㅂ + ㅅ
    };
    for (const Split& s : kSplits) {
        if (s.compound == final) {
            *firstFinal = s.first;
            *secondInitial = s.second;
            return true;
        }
    }
    return false;
}

std::string Romanize(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    // The onset of the current syllable is decided when the previous one's final is written, so
    // the walk keeps it between iterations; a non-syllable resets it to the plain initial.
    const char* pendingOnset = nullptr;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::uint32_t cp = NextCodepoint(text, &pos);
        if (!IsSyllable(cp)) {
            AppendUtf8(&out, cp);
            pendingOnset = nullptr;
            continue;
        }
        const Syllable s = DecomposeSyllable(cp);
        out += pendingOnset ? pendingOnset : kInitialRoman[s.initial];
        out += kMedialRoman[s.medial];
        pendingOnset = nullptr;

        // Peek at the next code point: a syllable continues the word, anything else ends it.
        std::size_t peek = pos;
        const std::uint32_t nextCp = peek < text.size() ? NextCodepoint(text, &peek) : 0;
        if (IsSyllable(nextCp)) {
            const Junction j = Join(s.final, DecomposeSyllable(nextCp));
            out += j.coda;
            pendingOnset = j.onset;
        } else {
            out += CodaRoman(kCodaOfFinal[s.final]);
        }
    }
    return out;
}

}  // namespace golmok
