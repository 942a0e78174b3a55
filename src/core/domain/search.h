// Shop search for the search box: a SearchIndex built once from a Bundle answers each keystroke
// with the shops whose names, category, menu or tags match, best first; it understands Korean
// typing (초성, a syllable still being composed) and romanized queries. Standard library only.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/bundle.h"

namespace golmok {

// How a shop matched, best first. A shop's tier is the best over all its fields.
constexpr int kTierExact = 0;        // a whole field equals the query
constexpr int kTierPrefix = 1;       // a field starts with it (or with what is being typed)
constexpr int kTierInitials = 2;     // initial consonants: ㄸㅂㅇ → 떡볶이, also mixed (떡ㅂ)
constexpr int kTierSubstring = 3;    // contained anywhere in a field
constexpr int kTierRomanized = 4;    // Latin query against the romanization of Korean text

struct SearchHit {
    std::size_t shop = 0;  // index into Bundle::shops
    int tier = 0;          // kTierExact … kTierRomanized
};

// The form fields and queries are compared in, as UTF-8: Latin lower-cased (accents of Latin-1
// letters and full-width forms folded), spaces, punctuation and symbols dropped, everything else
// (Hangul, jamo, kana, Han, digits) kept. "맛나는 거리" → "맛나는거리", "Café Mailbox" → "cafemailbox".
std::string SearchForm(std::string_view text);

// Build precomputes the search form, romanization and character summary of every field of every
// shop; Search is then one pass over the shops, most of them settled by their summaries alone,
// with no allocation per shop.
//
// Fields of a shop: its name in every language, its category's names (from Bundle::categories),
// each menu item's name in every language, and its tags. Matching, on SearchForm of both sides:
//  - exact / prefix / substring of the query in a field;
//  - initial consonants: each consonant jamo in the query stands for any syllable with that
//    initial, in a row anywhere in a field (ㄸㅂㅇ → 국물떡볶이, 떡ㅂ → 떡볶이), or in order with
//    syllables skipped when the first is the field's first (ㅁㄴㄱ → 맛나는거리);
//  - the last syllable may still be in the IME: a last consonant jamo matches any syllable it
//    begins (떡ㅂ → 떡볶…); a syllable with no final matches it with any final, and a vowel that
//    can still grow matches the grown one (맛나 → 맛난, 보 → 볶, 고 → 과); a syllable with a
//    final also matches with a compound final begun by it (달 → 닭) and with that final moved on
//    to begin the next syllable (맛난 → 맛나는, 닭 → 달구). These count as prefix or substring
//    (a query with a consonant jamo inside a field is an initials match, which ranks higher).
//  - a query of Latin letters against the romanization of each Korean field (tteok → 떡볶이),
//    as a substring with spaces ignored.
class SearchIndex {
public:
    void Build(const Bundle& bundle);

    // Ranked by tier, then bundle order. An empty query (after SearchForm) finds nothing.
    std::vector<SearchHit> Search(std::string_view query) const;

    std::size_t Size() const { return m_shopCount; }

    // Which characters a text holds (see UnitMask in search.cpp): exact bits for syllable
    // initials, Latin letters, digits and scripts, and hashed bits for the rest: 128 of them for
    // all of a shop's fields together, 64 for one field. Public only so that the helpers in
    // search.cpp can name them.
    struct Mask {
        std::uint64_t exact = 0;
        std::uint64_t hashed[2] = {};
    };
    struct FieldMask {
        std::uint64_t exact = 0;
        std::uint64_t hashed = 0;
    };

private:
    // One searchable text: `length` units of its list's `units` from `begin` and, for a Korean
    // field, its romanization: `romanLength` units of `romanUnits` from `romanBegin`. Its mask
    // and the first unit of each are kept here too (one cache line holds two fields), so that
    // most fields are passed over and most prefix checks done without reading the text.
    struct Field {
        FieldMask mask;
        std::uint32_t begin = 0;
        std::uint32_t romanBegin = 0;
        std::uint16_t length = 0;
        std::uint16_t romanLength = 0;
        char16_t first = 0;
        char16_t romanFirst = 0;
    };
    // The fields of a group, owner by owner (an owner is a shop, or a category), their text in
    // one buffer so that a scan reads memory in order, and Bloom-like summaries of the characters
    // in each field and in each owner's fields (see Mask): most owners and fields are rejected
    // by one AND without touching text, and the scan of an owner stops once its summaries say no
    // better tier is left to find.
    struct FieldList {
        std::u16string units;       // search forms, one field after another
        std::u16string romanUnits;  // search forms of the romanizations
        std::vector<Field> fields;
        std::vector<FieldMask> romanMasks;
        std::vector<std::uint32_t> ownerBegin{0};  // owner o: fields ownerBegin[o] … [o+1] − 1
        std::vector<Mask> ownerTextMasks;            // of all the owner's fields
        std::vector<Mask> ownerRomanMasks;           // of all their romanizations
        std::vector<FieldMask> ownerFirstMasks;      // of the first unit of each field
        std::vector<FieldMask> ownerRomanFirstMasks;
        std::vector<std::uint64_t> ownerLengths;  // bit min(length, 63) of each field
    };
    // Fields grouped by script so a query looks only where it can match: a Hangul query never
    // needs the English or Japanese names, a Latin one never needs the Japanese or Chinese.
    enum FieldGroup { kHangulGroup = 0, kLatinGroup, kOtherGroup, kGroupCount };
    struct Pattern;  // one way the query can match, compiled per search (search.cpp)

    static std::vector<Pattern> CompileQuery(const std::u16string& query);
    // Adds a field to the current (last) owner of the group its script picks, or of `categories`.
    void AddField(std::string_view text, FieldList* categories);
    // Lowers best[o] to the best tier any pattern reaches in any field of owner o in `list`.
    void ScanFields(const FieldList& list, const std::vector<Pattern>& patterns,
                    std::uint8_t* best) const;

    FieldList m_groups[kGroupCount];
    FieldList m_categories;
    std::vector<std::int32_t> m_shopCategory;  // index into Bundle::categories, -1 when unknown
    std::size_t m_shopCount = 0;
};

}  // namespace golmok
