// [SECTION] Search form: the normalised UTF-16 text fields and queries are compared in
// [SECTION] Masks: 128-bit summaries of the characters in a text, to skip shops and fields
// [SECTION] Unit tests: what one position of a pattern accepts
// [SECTION] Query compilation: literal, composing (IME), initials and romanized patterns
// [SECTION] Building the index
// [SECTION] Scanning and ranking

#include "core/domain/search.h"

#include <algorithm>
#include <cassert>
#include <initializer_list>

#include "core/model/order.h"
#include "core/text/hangul.h"
#include "core/text/utf8.h"

namespace golmok {

namespace {

constexpr std::uint8_t kNoMatch = 5;  // worse than every tier

// ---------------------------------------------------------------------------------------------
// [SECTION] Search form. Fields and queries become UTF-16 code units: Hangul, jamo, kana and
// Han are one unit each, so the Hangul tests below are range checks on one unit and no search
// ever decodes UTF-8.

// Latin-1 letters U+00C0–U+00FF folded to lower-case ASCII; 'A' stands for "ae", 'T' for "th",
// 'S' for "ss", '_' for a sign to drop (× ÷).
const char kLatin1Fold[] = "aaaaaaAceeeeiiiidnooooo_ouuuuyTS"
                           "aaaaaaAceeeeiiiidnooooo_ouuuuyTy";

// Punctuation, symbols and invisible characters outside ASCII and Latin-1 letters.
bool IsIgnored(std::uint32_t cp) {
    return cp < 0xC0                                         // C1 controls, NBSP, Latin-1 signs
           || (cp >= 0x2000 && cp <= 0x2BFF)                 // punctuation, arrows, symbols
           || (cp >= 0x3000 && cp <= 0x303F && (cp < 0x3005 || cp > 0x3007))  // 、。「」 (not 々〆〇)
           || cp == 0x30FB                                   // katakana middle dot
           || cp == 0x3164                                   // Hangul filler
           || (cp >= 0xFE00 && cp <= 0xFE0F)                 // variation selectors
           || (cp >= 0xFE30 && cp <= 0xFE4F)                 // CJK compatibility forms
           || (cp >= 0xFF5F && cp <= 0xFF65)                 // half-width CJK punctuation
           || cp == 0xFEFF || cp == 0xFFFD;                  // BOM, undecodable bytes
}

void AppendUnit(std::uint32_t cp, std::u16string* out) {
    if (cp < 0x10000) {
        out->push_back(static_cast<char16_t>(cp));
    } else {
        cp -= 0x10000;
        out->push_back(static_cast<char16_t>(0xD800 + (cp >> 10)));
        out->push_back(static_cast<char16_t>(0xDC00 + (cp & 0x3FF)));
    }
}

// Appends the search form of `text`. In a query, a compound consonant jamo (ㄳ, ㄺ …) means two
// consonants typed in a row, so `splitCompoundJamo` writes it as its two letters.
void AppendSearchUnits(std::string_view text, bool splitCompoundJamo, std::u16string* out) {
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::uint32_t cp = NextCodepoint(text, &pos);
        if (cp >= 0xFF01 && cp <= 0xFF5E) cp -= 0xFEE0;  // full-width ASCII
        if (cp < 0x80) {
            if (cp >= 'A' && cp <= 'Z') {
                out->push_back(static_cast<char16_t>(cp - 'A' + 'a'));
            } else if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) {
                out->push_back(static_cast<char16_t>(cp));
            }
            continue;
        }
        if (cp >= 0xC0 && cp <= 0xFF) {
            const char folded = kLatin1Fold[cp - 0xC0];
            if (folded == 'A') {
                out->append(u"ae");
            } else if (folded == 'T') {
                out->append(u"th");
            } else if (folded == 'S') {
                out->append(u"ss");
            } else if (folded != '_') {
                out->push_back(static_cast<char16_t>(folded));
            }
            continue;
        }
        if (IsIgnored(cp)) continue;
        int first = 0, second = 0;
        if (splitCompoundJamo && IsCompatibilityConsonant(cp) &&
            SplitCompoundFinal(FinalFromJamo(cp), &first, &second)) {
            out->push_back(static_cast<char16_t>(FinalJamo(first)));
            out->push_back(static_cast<char16_t>(InitialJamo(second)));
            continue;
        }
        AppendUnit(cp, out);
    }
}

bool IsHangulUnit(char16_t c) { return IsSyllable(c) || IsCompatibilityJamo(c); }

// ---------------------------------------------------------------------------------------------
// [SECTION] Masks: a summary of the characters in a text. Exact bits: 0–18, a syllable (or a
// consonant jamo) with that initial; 19–44, the Latin letters; 45–54, the digits; 55–57, some
// kana, some Han, some other character. Hashed bits, one per key: a syllable's initial and
// medial (so that "이 with any final" has a bit), a typed consonant jamo, every other unit, and
// every two adjacent Latin letters or digits ("tt" of tteok) or initials (ㄸㅂ of 떡볶이). A shop
// keeps 128 hashed bits for all its fields, a field 64 (the same hash at half the resolution).
// A pattern lists the bits any match must have; a shop or a field whose mask lacks one is
// skipped without looking at its text.

using Mask = SearchIndex::Mask;
using FieldMask = SearchIndex::FieldMask;

constexpr int kLetterBit = kInitialCount;
constexpr int kDigitBit = kLetterBit + 26;
constexpr int kKanaBit = kDigitBit + 10;
constexpr int kHanBit = kKanaBit + 1;
constexpr int kOtherScriptBit = kHanBit + 1;

constexpr std::uint64_t Bit(int i) { return std::uint64_t{1} << i; }

Mask ExactBit(int i) {
    Mask m;
    m.exact = Bit(i);
    return m;
}

Mask KeyBit(std::uint32_t key) {
    const std::uint32_t h = (key * 0x9E3779B1u) >> 25;  // 0 … 127
    Mask m;
    m.hashed[h >> 6] = Bit(static_cast<int>(h & 63));
    return m;
}

Mask& operator|=(Mask& a, const Mask& b) {
    a.exact |= b.exact;
    a.hashed[0] |= b.hashed[0];
    a.hashed[1] |= b.hashed[1];
    return a;
}

Mask& operator&=(Mask& a, const Mask& b) {
    a.exact &= b.exact;
    a.hashed[0] &= b.hashed[0];
    a.hashed[1] &= b.hashed[1];
    return a;
}

bool Covers(const Mask& mask, const Mask& required) {
    return (mask.exact & required.exact) == required.exact &&
           (mask.hashed[0] & required.hashed[0]) == required.hashed[0] &&
           (mask.hashed[1] & required.hashed[1]) == required.hashed[1];
}

bool Covers(const FieldMask& mask, const FieldMask& required) {
    return (mask.exact & required.exact) == required.exact &&
           (mask.hashed & required.hashed) == required.hashed;
}

// Bits 2i and 2i+1 of `x` ORed into bit i (i < 32).
std::uint64_t FoldPairs(std::uint64_t x) {
    x = (x | (x >> 1)) & 0x5555555555555555u;
    x = (x | (x >> 1)) & 0x3333333333333333u;
    x = (x | (x >> 2)) & 0x0F0F0F0F0F0F0F0Fu;
    x = (x | (x >> 4)) & 0x00FF00FF00FF00FFu;
    x = (x | (x >> 8)) & 0x0000FFFF0000FFFFu;
    x = (x | (x >> 16)) & 0x00000000FFFFFFFFu;
    return x;
}

// The field-sized mask: hashed bit h of 128 becomes bit h / 2 of 64.
FieldMask Narrow(const Mask& m) {
    return FieldMask{m.exact, FoldPairs(m.hashed[0]) | (FoldPairs(m.hashed[1]) << 32)};
}

int InitialOfSyllable(char16_t c) {
    return static_cast<int>(c - kFirstSyllable) / kSyllablesPerInitial;
}

// Initial and medial of a syllable as one number, 0 … 398.
int PairOfSyllable(char16_t c) { return static_cast<int>(c - kFirstSyllable) / kFinalCount; }

bool IsAsciiAlnum(char16_t c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

Mask UnitMask(char16_t c) {
    if (IsSyllable(c)) {
        Mask m = ExactBit(InitialOfSyllable(c));
        m |= KeyBit(0x10000u + static_cast<std::uint32_t>(PairOfSyllable(c)));
        return m;
    }
    if (IsCompatibilityConsonant(c) && InitialFromJamo(c) != kNoJamo) {
        Mask m = ExactBit(InitialFromJamo(c));
        m |= KeyBit(c);  // tells a typed ㄱ from the syllables that begin with ㄱ
        return m;
    }
    if (c >= 'a' && c <= 'z') return ExactBit(kLetterBit + (c - 'a'));
    if (c >= '0' && c <= '9') return ExactBit(kDigitBit + (c - '0'));
    const bool kana = (c >= 0x3040 && c <= 0x30FF) || (c >= 0x31F0 && c <= 0x31FF) ||
                      (c >= 0xFF66 && c <= 0xFF9F);
    const bool han = (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
                     (c >= 0xF900 && c <= 0xFAFF);
    Mask m = ExactBit(kana ? kKanaBit : han ? kHanBit : kOtherScriptBit);
    m |= KeyBit(c);
    return m;
}

// The initial of a syllable, or of a consonant jamo; kNoJamo for anything else.
int InitialOfUnit(char16_t c) {
    if (IsSyllable(c)) return InitialOfSyllable(c);
    return IsCompatibilityConsonant(c) ? InitialFromJamo(c) : kNoJamo;
}

// The key of two adjacent units: Latin letters or digits, or two initials; nothing for other
// pairs (an empty mask).
Mask PairMask(char16_t a, char16_t b) {
    if (IsAsciiAlnum(a) && IsAsciiAlnum(b)) {
        return KeyBit(0x20000u + (static_cast<std::uint32_t>(a) << 7) + b);
    }
    const int first = InitialOfUnit(a), second = InitialOfUnit(b);
    if (first == kNoJamo || second == kNoJamo) return Mask();
    return KeyBit(0x30000u + static_cast<std::uint32_t>(first * kInitialCount + second));
}

Mask TextMask(const std::u16string& text) {
    Mask m;
    for (std::size_t i = 0; i < text.size(); ++i) {
        m |= UnitMask(text[i]);
        if (i > 0) m |= PairMask(text[i - 1], text[i]);
    }
    return m;
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Unit tests. A query compiles into a few patterns, each a sequence of unit tests; a
// unit test accepts one range of code units (one syllable, a syllable with any final, every
// syllable with a given initial) and optionally one more unit.

struct UnitTest {
    char16_t lo = 0;
    char16_t span = 0;
    char16_t alt = 0;  // 0: none (a search form never holds U+0000)

    bool Accepts(char16_t c) const {
        return static_cast<char16_t>(c - lo) <= span || c == alt;
    }
};

UnitTest Exact(char16_t c) { return UnitTest{c, 0, 0}; }

UnitTest Range(std::uint32_t first, std::uint32_t last) {
    return UnitTest{static_cast<char16_t>(first), static_cast<char16_t>(last - first), 0};
}

UnitTest SyllablesWithInitial(int initial) {
    const std::uint32_t first = ComposeSyllable(initial, 0, 0);
    return Range(first, first + kSyllablesPerInitial - 1);
}

// The bits every unit this test accepts sets in a mask.
Mask RequiredMask(const UnitTest& t) {
    Mask m;
    const char16_t hi = static_cast<char16_t>(t.lo + t.span);
    if (t.span == 0 || (IsSyllable(t.lo) && IsSyllable(hi) &&
                        PairOfSyllable(t.lo) == PairOfSyllable(hi))) {
        m = UnitMask(t.lo);  // one unit, or one syllable with a range of finals
    } else if (IsSyllable(t.lo) && IsSyllable(hi) &&
               InitialOfSyllable(t.lo) == InitialOfSyllable(hi)) {
        m.exact = Bit(InitialOfSyllable(t.lo));
    }
    if (t.alt != 0) m &= UnitMask(t.alt);
    return m;
}

// A unit every unit this test accepts stands for in PairMask: itself for a Latin letter or digit,
// the jamo of the initial for a test whose units all share one initial; 0 when there is none.
char16_t PairKey(const UnitTest& t) {
    if (t.span == 0 && t.alt == 0 && IsAsciiAlnum(t.lo)) return t.lo;
    const int initial = InitialOfUnit(t.lo);
    if (initial == kNoJamo || InitialOfUnit(static_cast<char16_t>(t.lo + t.span)) != initial) {
        return 0;
    }
    if (t.alt != 0 && InitialOfUnit(t.alt) != initial) return 0;
    return static_cast<char16_t>(InitialJamo(initial));
}

// How many medials after `medial` the IME can still turn it into: ㅗ → ㅘ ㅙ ㅚ, ㅜ → ㅝ ㅞ ㅟ,
// ㅡ → ㅢ (each group is consecutive in medial order).
int VowelGrowth(int medial) {
    switch (medial) {
        case 8: return 3;   // ㅗ
        case 13: return 3;  // ㅜ
        case 18: return 1;  // ㅡ
        default: return 0;
    }
}

// The compound finals the IME can still make of a simple final: ㄱ → ㄳ, ㄴ → ㄵ ㄶ,
// ㄹ → ㄺ … ㅀ, ㅂ → ㅄ. Returns the test for the syllable with any of them.
bool GrownFinals(const Syllable& s, UnitTest* out) {
    const std::uint32_t self = ComposeSyllable(s.initial, s.medial, s.final);
    switch (s.final) {
        case 1:  // ㄱ: ㄳ is not next to it (ㄲ is typed as its own key)
            *out = Exact(static_cast<char16_t>(self));
            out->alt = static_cast<char16_t>(self + 2);
            return true;
        case 4: *out = Range(self, self + 2); return true;   // ㄴ ㄵ ㄶ
        case 8: *out = Range(self, self + 7); return true;   // ㄹ ㄺ ㄻ ㄼ ㄽ ㄾ ㄿ ㅀ
        case 17: *out = Range(self, self + 1); return true;  // ㅂ ㅄ
        default: return false;
    }
}

// True when a field's mask alone says whether some unit of the field passes `t`: a Latin letter
// or digit, or "any syllable with initial i, or the jamo i" (nothing else sets those bits).
bool MaskDecides(const UnitTest& t) {
    if (t.span == 0 && t.alt == 0) return IsAsciiAlnum(t.lo);
    return IsSyllable(t.lo) && t.span == kSyllablesPerInitial - 1 &&
           (t.lo - kFirstSyllable) % kSyllablesPerInitial == 0 &&
           t.alt == InitialJamo(InitialOfSyllable(t.lo));
}

int LowestBit(std::uint64_t x) {
#if defined(__GNUC__) || defined(__clang__)
    return __builtin_ctzll(x);
#else
    int n = 0;
    for (; (x & 1) == 0; x >>= 1) ++n;
    return n;
#endif
}

bool MatchesAt(const char16_t* text, const UnitTest* tests, std::size_t count) {
    for (std::size_t i = 0; i < count; ++i) {
        if (!tests[i].Accepts(text[i])) return false;
    }
    return true;
}

// The first test at text[0], each following one at some later unit, in order, skipping units in
// between: ㅁㄴㄱ against 맛나는거리. Taking the earliest unit for each test never loses a match.
bool MatchesInOrderFromStart(const char16_t* text, std::size_t length, const UnitTest* tests,
                             std::size_t count) {
    if (count == 0 || length == 0 || !tests[0].Accepts(text[0])) return false;
    std::size_t at = 1;
    for (std::size_t i = 1; i < count; ++i) {
        while (at < length && !tests[i].Accepts(text[at])) ++at;
        if (at == length) return false;
        ++at;
    }
    return true;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// [SECTION] Query compilation

struct SearchIndex::Pattern {
    std::vector<UnitTest> units;
    Mask required;              // bits the mask of a matching text (or romanization) has
    FieldMask fieldRequired;    // the same at field resolution
    FieldMask firstRequired;    // bits of every unit the first test accepts
    std::uint8_t tierAtStart = kTierPrefix;
    std::uint8_t tierElsewhere = kTierSubstring;
    bool exactWhenWhole = false;  // a match covering the whole field is kTierExact
    bool onRoman = false;         // matched against the field's romanization
    bool gapped = false;          // units may be apart, the first at the field's start
    bool maskDecides = false;     // one unit, and a field's mask tells whether it occurs

    std::uint8_t BestTier() const { return exactWhenWhole ? kTierExact : tierAtStart; }
};

std::string SearchForm(std::string_view text) {
    std::u16string units;
    AppendSearchUnits(text, false, &units);
    std::string out;
    for (std::size_t i = 0; i < units.size(); ++i) {
        std::uint32_t cp = units[i];
        if (cp >= 0xD800 && cp <= 0xDBFF && i + 1 < units.size()) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + (units[++i] - 0xDC00);
        }
        AppendUtf8(&out, cp);
    }
    return out;
}

std::vector<SearchIndex::Pattern> SearchIndex::CompileQuery(const std::u16string& query) {
    std::vector<Pattern> patterns;
    bool hasHangul = false, isAscii = true, hasLetter = false;
    for (char16_t c : query) {
        hasHangul = hasHangul || IsHangulUnit(c);
        isAscii = isAscii && c < 0x80;
        hasLetter = hasLetter || (c >= 'a' && c <= 'z');
    }

    Pattern literal;
    for (char16_t c : query) literal.units.push_back(Exact(c));
    literal.exactWhenWhole = true;
    patterns.push_back(literal);

    if (hasHangul) {
        // The last syllable may still be in the IME (see search.h); every other unit is final.
        const char16_t last = query.back();
        auto addComposing = [&](std::initializer_list<UnitTest> tail) {
            Pattern p;
            p.units.reserve(query.size() + 1);
            for (std::size_t i = 0; i + 1 < query.size(); ++i) p.units.push_back(Exact(query[i]));
            p.units.insert(p.units.end(), tail);
            // A one-unit tail accepts the literal last unit too, so anywhere but at the start
            // this pattern finds all the literal would; the literal keeps only the start (where
            // it may be exact).
            if (tail.size() == 1) patterns[0].tierElsewhere = kNoMatch;
            patterns.push_back(std::move(p));
        };
        if (IsCompatibilityConsonant(last) && InitialFromJamo(last) != kNoJamo) {
            UnitTest next = SyllablesWithInitial(InitialFromJamo(last));  // 떡ㅂ → 떡볶
            next.alt = last;
            addComposing({next});
        } else if (IsSyllable(last)) {
            const Syllable s = DecomposeSyllable(last);
            if (s.final == 0) {  // 맛나 → 맛난, 보 → 볶, 고 → 과
                const int lastMedial = s.medial + VowelGrowth(s.medial);
                addComposing({Range(ComposeSyllable(s.initial, s.medial, 0),
                                    ComposeSyllable(s.initial, lastMedial, kFinalCount - 1))});
            } else {
                UnitTest grown;
                if (GrownFinals(s, &grown)) addComposing({grown});  // 달 → 닭
                // The final may be the next syllable's initial: 맛난 → 맛나는; a compound final
                // leaves its first consonant behind: 닭 → 달구.
                int first = 0, second = 0;
                if (!SplitCompoundFinal(s.final, &first, &second)) {
                    first = 0;
                    second = InitialFromJamo(FinalJamo(s.final));
                }
                addComposing({Exact(static_cast<char16_t>(
                                  ComposeSyllable(s.initial, s.medial, first))),
                              SyllablesWithInitial(second)});
            }
        }

        // Initial consonants: ㄸㅂㅇ → 떡볶이; mixed as in 떡ㅂ.
        Pattern initials;
        bool anyConsonant = false;
        for (char16_t c : query) {
            const int initial = IsCompatibilityConsonant(c) ? InitialFromJamo(c) : kNoJamo;
            if (initial == kNoJamo) {
                initials.units.push_back(Exact(c));
                continue;
            }
            UnitTest t = SyllablesWithInitial(initial);
            t.alt = c;
            initials.units.push_back(t);
            anyConsonant = true;
        }
        if (anyConsonant) {
            initials.tierAtStart = kTierInitials;
            initials.tierElsewhere = kTierInitials;
            // Abbreviations skip syllables: ㅁㄴㄱ stands for 맛나는거리 (ㅁㄴㄴㄱㄹ) as 맛나·거.
            // Only from a field's start, where people begin an abbreviation; anywhere else a
            // few consonants in order would match far too much.
            if (initials.units.size() >= 2) {
                Pattern gapped = initials;
                gapped.gapped = true;
                gapped.tierElsewhere = kNoMatch;
                patterns.push_back(std::move(gapped));
            }
            patterns.push_back(std::move(initials));
        }
    }

    if (isAscii && hasLetter) {
        Pattern roman = literal;
        roman.exactWhenWhole = false;
        roman.onRoman = true;
        roman.tierAtStart = kTierRomanized;
        roman.tierElsewhere = kTierRomanized;
        patterns.push_back(std::move(roman));
    }

    for (Pattern& p : patterns) {
        for (std::size_t i = 0; i < p.units.size(); ++i) {
            p.required |= RequiredMask(p.units[i]);
            // Adjacent tests need their pair bit (not when units may be apart).
            const char16_t a = i > 0 && !p.gapped ? PairKey(p.units[i - 1]) : 0;
            const char16_t b = PairKey(p.units[i]);
            if (a != 0 && b != 0) p.required |= PairMask(a, b);
        }
        p.fieldRequired = Narrow(p.required);
        p.firstRequired = Narrow(RequiredMask(p.units[0]));
        p.maskDecides = p.units.size() == 1 && MaskDecides(p.units[0]);
    }
    // Scans anywhere in a field run in order of the tier they give, so a field already known to
    // match as initials is not scanned again for a substring.
    StableSortByKey(&patterns, [](const Pattern& p) { return static_cast<std::int64_t>(p.tierElsewhere); });
    return patterns;
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Building the index

void SearchIndex::AddField(std::string_view text, FieldList* categories) {
    // Offsets are 32-bit and lengths 16-bit: a field longer than 65,535 units is searched by its
    // beginning only (no real name, menu item or tag comes near).
    constexpr std::size_t kMaxLength = 0xFFFF;
    std::u16string form;
    AppendSearchUnits(text, false, &form);
    if (form.empty()) return;
    form.resize(std::min(form.size(), kMaxLength));

    bool hasHangul = false, hasAscii = false;
    for (char16_t c : form) {
        hasHangul = hasHangul || IsHangulUnit(c);
        hasAscii = hasAscii || c < 0x80;
    }
    std::u16string roman;
    if (hasHangul) {
        AppendSearchUnits(Romanize(text), false, &roman);
        roman.resize(std::min(roman.size(), kMaxLength));
    }
    const Mask textMask = TextMask(form);
    const Mask romanMask = TextMask(roman);

    FieldList& list = categories ? *categories
                      : hasHangul ? m_groups[kHangulGroup]
                      : hasAscii  ? m_groups[kLatinGroup]
                                  : m_groups[kOtherGroup];
    assert(list.units.size() + form.size() < 0xFFFFFFFFu && "offsets must fit 32 bits");
    Field field;
    field.mask = Narrow(textMask);
    field.begin = static_cast<std::uint32_t>(list.units.size());
    field.romanBegin = static_cast<std::uint32_t>(list.romanUnits.size());
    field.length = static_cast<std::uint16_t>(form.size());
    field.romanLength = static_cast<std::uint16_t>(roman.size());
    field.first = form[0];
    field.romanFirst = roman.empty() ? 0 : roman[0];
    list.units += form;
    list.romanUnits += roman;
    list.fields.push_back(field);
    list.romanMasks.push_back(Narrow(romanMask));
    list.ownerTextMasks.back() |= textMask;
    list.ownerRomanMasks.back() |= romanMask;
    auto addFirst = [](FieldMask* owner, const FieldMask& first) {
        owner->exact |= first.exact;
        owner->hashed |= first.hashed;
    };
    addFirst(&list.ownerFirstMasks.back(), Narrow(UnitMask(field.first)));
    if (!roman.empty()) {
        addFirst(&list.ownerRomanFirstMasks.back(), Narrow(UnitMask(field.romanFirst)));
    }
    list.ownerLengths.back() |= Bit(std::min<int>(field.length, 63));
}

void SearchIndex::Build(const Bundle& bundle) {
    *this = SearchIndex();
    m_shopCount = bundle.shops.size();
    auto beginOwner = [](FieldList& list) {
        list.ownerTextMasks.emplace_back();
        list.ownerRomanMasks.emplace_back();
        list.ownerFirstMasks.emplace_back();
        list.ownerRomanFirstMasks.emplace_back();
        list.ownerLengths.push_back(0);
    };
    auto endOwner = [](FieldList& list) {
        list.ownerBegin.push_back(static_cast<std::uint32_t>(list.fields.size()));
    };

    for (const Category& category : bundle.categories) {
        beginOwner(m_categories);
        for (const std::string& name : category.name.values) AddField(name, &m_categories);
        endOwner(m_categories);
    }

    m_shopCategory.assign(m_shopCount, -1);
    for (std::size_t s = 0; s < bundle.shops.size(); ++s) {
        const Shop& shop = bundle.shops[s];
        for (std::size_t c = 0; c < bundle.categories.size(); ++c) {
            if (bundle.categories[c].id == shop.category) {
                m_shopCategory[s] = static_cast<std::int32_t>(c);
                break;
            }
        }
        for (FieldList& group : m_groups) beginOwner(group);
        for (const std::string& name : shop.name.values) AddField(name, nullptr);
        for (const MenuItem& item : shop.menu) {
            for (const std::string& name : item.name.values) AddField(name, nullptr);
        }
        for (const std::string& tag : shop.tags) AddField(tag, nullptr);
        for (FieldList& group : m_groups) endOwner(group);
    }
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Scanning and ranking

void SearchIndex::ScanFields(const FieldList& list, const std::vector<Pattern>& patterns,
                             std::uint8_t* best) const {
    // An owner or a field worth a closer look covers the bits every text pattern needs, or
    // those of the romanized pattern.
    const std::uint64_t kAll = ~std::uint64_t{0};
    Mask textNeeds{kAll, {kAll, kAll}}, romanNeeds = textNeeds;
    bool anyText = false, anyRoman = false;
    for (const Pattern& p : patterns) {
        (p.onRoman ? romanNeeds : textNeeds) &= p.required;
        (p.onRoman ? anyRoman : anyText) = true;
    }
    const FieldMask fieldTextNeeds = Narrow(textNeeds), fieldRomanNeeds = Narrow(romanNeeds);

    const char16_t* units = list.units.data();
    const char16_t* romanUnits = list.romanUnits.data();
    const std::size_t ownerCount = list.ownerTextMasks.size();
    for (std::size_t o = 0; o < ownerCount; ++o) {
        if (!(anyText && Covers(list.ownerTextMasks[o], textNeeds)) &&
            !(anyRoman && Covers(list.ownerRomanMasks[o], romanNeeds))) {
            continue;
        }
        std::uint8_t tier = best[o];
        // The best tier the owner's summaries leave possible (a prefix needs some field to start
        // right, an exact match a field of the query's length), and the tier they already
        // promise: a one-unit pattern the masks decide needs no look at any field.
        std::uint8_t reachable = kNoMatch, promised = kNoMatch;
        for (const Pattern& p : patterns) {
            if (!Covers(p.onRoman ? list.ownerRomanMasks[o] : list.ownerTextMasks[o], p.required)) {
                continue;
            }
            std::uint8_t t = p.tierElsewhere;
            const FieldMask& firsts =
                p.onRoman ? list.ownerRomanFirstMasks[o] : list.ownerFirstMasks[o];
            const bool startPossible = Covers(firsts, p.firstRequired);
            if (startPossible) {
                const int lengthBit = static_cast<int>(std::min<std::size_t>(p.units.size(), 63));
                const bool exact = p.exactWhenWhole && ((list.ownerLengths[o] >> lengthBit) & 1);
                t = exact ? kTierExact : p.tierAtStart;
            }
            reachable = std::min(reachable, t);
            if (p.maskDecides) {
                promised = std::min(promised, startPossible ? p.tierAtStart : p.tierElsewhere);
            }
        }
        tier = std::min(tier, promised);
        if (reachable >= tier) {
            best[o] = tier;
            continue;
        }

        // One field: lowers `tier` to the best any pattern reaches in it.
        auto evaluate = [&](std::uint32_t k) {
            const Field& field = list.fields[k];
            for (const Pattern& p : patterns) {
                if (p.BestTier() >= tier) continue;
                if (!Covers(p.onRoman ? list.romanMasks[k] : field.mask, p.fieldRequired)) {
                    continue;
                }
                const char16_t* text =
                    p.onRoman ? romanUnits + field.romanBegin : units + field.begin;
                const std::size_t length = p.onRoman ? field.romanLength : field.length;
                const std::size_t count = p.units.size();
                if (count > length) continue;
                const UnitTest* tests = p.units.data();
                if (tests[0].Accepts(p.onRoman ? field.romanFirst : field.first) &&
                    (p.gapped ? MatchesInOrderFromStart(text, length, tests, count)
                              : MatchesAt(text, tests, count))) {
                    const std::uint8_t atStart =
                        p.exactWhenWhole && count == length ? kTierExact : p.tierAtStart;
                    tier = std::min(tier, atStart);
                }
                // (A pattern the masks decide was settled by the owner's summaries already.)
                if (p.tierElsewhere < tier && !p.maskDecides) {
                    for (std::size_t at = 1; at + count <= length; ++at) {
                        if (MatchesAt(text + at, tests, count)) {
                            tier = p.tierElsewhere;
                            break;
                        }
                    }
                }
                if (tier <= reachable) break;
            }
        };

        // Fields in chunks of 64: which are worth a look is worked out without a branch per
        // field (most are not, and a mispredicted branch costs more than the test).
        const std::uint32_t end = list.ownerBegin[o + 1];
        for (std::uint32_t chunk = list.ownerBegin[o]; chunk < end && tier > reachable;
             chunk += 64) {
            const std::uint32_t chunkEnd = std::min<std::uint32_t>(end, chunk + 64);
            std::uint64_t candidates = 0;
            for (std::uint32_t k = chunk; k < chunkEnd; ++k) {
                std::uint64_t worth = anyText && Covers(list.fields[k].mask, fieldTextNeeds);
                if (anyRoman) worth |= Covers(list.romanMasks[k], fieldRomanNeeds);
                candidates |= worth << (k - chunk);
            }
            while (candidates != 0 && tier > reachable) {
                evaluate(chunk + static_cast<std::uint32_t>(LowestBit(candidates)));
                candidates &= candidates - 1;
            }
        }
        best[o] = tier;
    }
}

std::vector<SearchHit> SearchIndex::Search(std::string_view query) const {
    std::u16string units;
    AppendSearchUnits(query, true, &units);
    if (units.empty()) return {};
    const std::vector<Pattern> patterns = CompileQuery(units);

    bool hasHangul = false, isAscii = true;
    for (char16_t c : units) {
        hasHangul = hasHangul || IsHangulUnit(c);
        isAscii = isAscii && c < 0x80;
    }

    std::vector<std::uint8_t> categoryTier(m_categories.ownerTextMasks.size(), kNoMatch);
    ScanFields(m_categories, patterns, categoryTier.data());
    std::vector<std::uint8_t> tier(m_shopCount, kNoMatch);
    for (std::size_t s = 0; s < m_shopCount; ++s) {
        if (m_shopCategory[s] >= 0) tier[s] = categoryTier[m_shopCategory[s]];
    }
    // Only fields that hold some Hangul can match a query that has some, and a Latin or digit
    // query cannot match fields written only in kana or Han. Latin fields go first: a shop they
    // match needs no look at the romanizations, which can only give it the last tier.
    if (!hasHangul) {
        ScanFields(m_groups[kLatinGroup], patterns, tier.data());
        if (!isAscii) ScanFields(m_groups[kOtherGroup], patterns, tier.data());
    }
    ScanFields(m_groups[kHangulGroup], patterns, tier.data());

    // Counting sort by tier keeps bundle order inside each tier.
    std::size_t start[kNoMatch + 1] = {};  // start[t]: where tier t begins in `hits`
    for (std::uint8_t t : tier) {
        if (t != kNoMatch) ++start[t + 1];
    }
    for (int t = 1; t <= kNoMatch; ++t) start[t] += start[t - 1];
    std::vector<SearchHit> hits(start[kNoMatch]);
    for (std::size_t s = 0; s < m_shopCount; ++s) {
        if (tier[s] == kNoMatch) continue;
        hits[start[tier[s]]++] = SearchHit{s, tier[s]};
    }
    return hits;
}

}  // namespace golmok
