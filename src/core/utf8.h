// UTF-8 helpers: decoding to code points, and the set of characters a bundle and the UI show
// (for the font subset at build time and the glyph atlas at run time). Standard library only.
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <string_view>

#include "core/text.h"

namespace golmok {

struct Bundle;

// Decodes the next code point at *pos and advances; invalid bytes yield U+FFFD and advance one.
std::uint32_t NextCodepoint(std::string_view s, std::size_t* pos);

void AppendUtf8(std::string* out, std::uint32_t cp);

// A copy with each invalid byte replaced by U+FFFD.
std::string ToValidUtf8(std::string_view s);

void AddCodepoints(std::string_view s, std::set<std::uint32_t>* out);

// True for the characters a Japanese or Chinese font should draw rather than the Korean one:
// kana, Chinese characters (with radicals and strokes), CJK punctuation such as 、。「」〜, and
// full-width ASCII and half-width katakana. Hangul, including its compatibility and half-width
// jamo, and the full-width currency signs (￦) are not.
bool IsCjkCodepoint(std::uint32_t cp);

// Languages as a bit set: bit i is Lang(i). kAllLangs selects every language.
using LangMask = unsigned;
constexpr LangMask kAllLangs = 0xF;

// Every character a bundle's texts, names and values can put on screen in the given languages
// (Korean is always included: it is every text's fallback).
void AddBundleCodepoints(const Bundle& bundle, std::set<std::uint32_t>* out,
                         LangMask langs = kAllLangs);

// Characters drawn in the title face (names, headings, coupons): every language of `langs` (for
// the font subset at build time).
void AddTitleCodepoints(const Bundle* bundle, LangMask langs, std::set<std::uint32_t>* out);
// The same, as a visitor reading `lang` sees them (Korean where a name is not translated).
void AddShownTitleCodepoints(const Bundle* bundle, Lang lang, std::set<std::uint32_t>* out);

// Only what the page shows a visitor reading `lang`: each text in that language, or in Korean
// where it has no translation. Keeps the glyph atlas to one language's characters.
void AddShownCodepoints(const Bundle& bundle, Lang lang, std::set<std::uint32_t>* out);

}  // namespace golmok
