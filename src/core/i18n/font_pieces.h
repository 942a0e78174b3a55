// The font pieces: every character a district can write, cut once at build time into small font
// files by face, listed in fonts/pieces.json. The page draws first with the fonts cut for its
// own text and fetches a piece only when a text holds a character those fonts lack (a bundle
// updated after the build, a search, what an editor types). This file knows the list's format,
// which face a character is looked for in, and what a font file maps (its cmap).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/text/text.h"

namespace golmok {

// The faces pieces are cut from:
//   "body"   NanumBarunGothic: Hangul (all 11,172 syllables, the jamo), Latin, digits,
//            punctuation, symbols
//   "title"  NanumBarunGothicBold, the same characters for names and headings
//   "extra"  Noto Sans CJK KR: what Nanum lacks (accented Latin, Greek, Chinese characters in
//            Korean forms, more symbols)
//   "ja"     Noto Sans CJK JP: kana, Chinese characters in Japanese forms, CJK punctuation
//   "zh"     Noto Sans CJK SC: Chinese characters in simplified forms, CJK punctuation
using CodepointRanges = std::vector<std::pair<std::uint32_t, std::uint32_t>>;  // [first, last]

struct FontPiece {
    std::string file;  // from the fonts folder the list lies in ("body-12.ttf")
    CodepointRanges ranges;
    bool Has(std::uint32_t cp) const;
};

struct FontPieces {
    // Each face's pieces in code order, the faces in the order they were added.
    std::vector<std::pair<std::string, std::vector<FontPiece>>> faces;
    // A face's pieces, added empty when the list has none yet.
    std::vector<FontPiece>& Face(const std::string& name);
};

// The list as compact JSON: {"body":[["body-0.ttf",[32,126,160,255]],…],…}, each piece its file
// and its ranges flattened as first, last, first, last. Equal lists give equal bytes.
std::string WriteFontPieces(const FontPieces& pieces);
// False with *error naming the place when the text is not such a list.
bool ReadFontPieces(std::string_view text, FontPieces* out, std::string* error);

// Ascending code points as ranges of consecutive ones.
CodepointRanges RangesOf(const std::vector<std::uint32_t>& ascending);

// The piece of `face` holding `cp`, or null.
const FontPiece* FindPiece(const FontPieces& pieces, const std::string& face, std::uint32_t cp);

// The faces a character of the page's text is drawn from, in order: for Japanese and Chinese
// pages their own face first for kana, Chinese characters and CJK punctuation; then Nanum
// (the bold face for titles), then the fallback.
std::vector<const char*> FacesFor(std::uint32_t cp, Lang lang, bool title);

// A font the page has, by the face it was cut from, and what its cmap maps (ascending).
struct FontSourceInfo {
    std::string face;
    const std::vector<std::uint32_t>* codepoints = nullptr;
};

// Which source draws each needed character: the first source of the first face FacesFor names
// that has it (sources of one face are taken in the order given). What no source has is missing:
// the pieces to fetch are found for those.
struct FontAssignment {
    std::vector<std::vector<std::uint32_t>> bySource;  // one list per source, ascending
    std::vector<std::uint32_t> missing;
};
FontAssignment AssignCodepoints(const std::vector<FontSourceInfo>& sources,
                                const std::vector<std::uint32_t>& needed, Lang lang, bool title);

// The pieces holding `missing`, each once, by face and file: for each character the piece of the
// first face FacesFor names that has a piece holding it.
std::vector<std::pair<std::string, const FontPiece*>> PiecesFor(const FontPieces& pieces,
                                                                const std::vector<std::uint32_t>& missing,
                                                                Lang lang, bool title);

// Every character a TrueType or OpenType font's cmap maps (formats 4 and 12), ascending; empty
// when the bytes are not such a font. Collections (.ttc) are not read.
std::vector<std::uint32_t> FontCodepoints(const unsigned char* data, std::size_t size);

}  // namespace golmok
