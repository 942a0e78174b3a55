// UTF-8: decoding to code points and back, and which code points are Japanese or Chinese.
// Text layer: the standard library only.
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <string_view>

namespace golmok {

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

}  // namespace golmok
