// Hangul arithmetic (syllables ↔ initial/medial/final indices, compatibility jamo, compound
// finals) and Revised Romanization of Korean generated from Hangul. Standard library only; it
// knows nothing of bundles or search.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace golmok {

// Precomposed syllables: 19 initials × 21 medials × 28 finals (final 0 means "no final").
constexpr std::uint32_t kFirstSyllable = 0xAC00;  // 가
constexpr std::uint32_t kLastSyllable = 0xD7A3;   // 힣
constexpr int kInitialCount = 19;
constexpr int kMedialCount = 21;
constexpr int kFinalCount = 28;
constexpr int kSyllablesPerInitial = kMedialCount * kFinalCount;  // 588

// Compatibility jamo, the letters a Korean keyboard types on their own: ㄱ (U+3131) … ㅎ (U+314E)
// are consonants, simple and compound; ㅏ (U+314F) … ㅣ (U+3163) are vowels.
constexpr std::uint32_t kFirstCompatibilityJamo = 0x3131;
constexpr std::uint32_t kLastCompatibilityConsonant = 0x314E;
constexpr std::uint32_t kLastCompatibilityJamo = 0x3163;

// Returned by the jamo look-ups when a letter has no such role (ㄳ never begins a syllable,
// ㄸ never ends one).
constexpr int kNoJamo = -1;

// Initial indices in syllable order: ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ.
// Medials: ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ.
// Finals: (none) ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄹ ㄺ ㄻ ㄼ ㄽ ㄾ ㄿ ㅀ ㅁ ㅂ ㅄ ㅅ ㅆ ㅇ ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ.
struct Syllable {
    int initial = 0;
    int medial = 0;
    int final = 0;
};

inline bool IsSyllable(std::uint32_t cp) { return cp >= kFirstSyllable && cp <= kLastSyllable; }

// `cp` must be a syllable.
Syllable DecomposeSyllable(std::uint32_t cp);
std::uint32_t ComposeSyllable(int initial, int medial, int final = 0);

inline bool IsCompatibilityJamo(std::uint32_t cp) {
    return cp >= kFirstCompatibilityJamo && cp <= kLastCompatibilityJamo;
}
inline bool IsCompatibilityConsonant(std::uint32_t cp) {
    return cp >= kFirstCompatibilityJamo && cp <= kLastCompatibilityConsonant;
}

// Index of a compatibility jamo in each position, or kNoJamo.
int InitialFromJamo(std::uint32_t cp);
int MedialFromJamo(std::uint32_t cp);
int FinalFromJamo(std::uint32_t cp);

// The compatibility jamo written for an index (0 for final 0, and for an index out of range).
std::uint32_t InitialJamo(int initial);
std::uint32_t MedialJamo(int medial);
std::uint32_t FinalJamo(int final);

// For a compound final (ㄳ ㄵ ㄶ ㄺ ㄻ ㄼ ㄽ ㄾ ㄿ ㅀ ㅄ): its first consonant as a final index and
// its second as an initial index, e.g. ㄺ → ㄹ + ㄱ. False for a simple final and for none.
bool SplitCompoundFinal(int final, int* firstFinal, int* secondInitial);

// Revised Romanization of Korea (2000) of the Hangul syllables in `text`, lower-case. Everything
// that is not a precomposed syllable (Latin, digits, spaces, punctuation, lone jamo) is kept as
// it is. Sound changes are applied inside each run of syllables, never across a space: the final
// consonants as k/t/p/l/m/n/ng, liaison before ㅇ, nasalisation (국물 gungmul), ㄹ → l/n
// (신라 silla, 종로 jongno), ㅎ with ㄱ/ㄷ/ㅈ, and ㄷ/ㅌ before 이 (같이 gachi). No hyphens are
// written. See hangul.cpp for the choices where the system leaves room.
std::string Romanize(std::string_view text);

}  // namespace golmok
