// Cutting fonts for the page, with HarfBuzz's subsetter: a face's characters, and the pieces that
// together cover everything a district can write. Takes bytes, returns bytes: no file access.
// Only the golmok tool links it (the page reads the results through core/text/font_pieces.h).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

// HarfBuzz's own types, declared as its headers do.
struct hb_blob_t;
struct hb_face_t;

namespace golmok {

// One face of a font file (a .ttf, .otf, or one face of a .ttc collection).
class FontFace {
public:
    // `face`: the index in a collection ("0" for a single font) or the face's full name as its
    // name table gives it ("Noto Sans CJK JP"). On failure Ok() is false and Error() says why.
    FontFace(std::string bytes, const std::string& face);
    ~FontFace();
    FontFace(const FontFace&) = delete;
    FontFace& operator=(const FontFace&) = delete;

    bool Ok() const { return m_face != nullptr; }
    const std::string& Error() const { return m_error; }
    // Every character the face has a glyph for, ascending.
    const std::vector<std::uint32_t>& Codepoints() const { return m_codepoints; }

    // A font with only the glyphs of `codepoints` (those the face lacks are skipped): outlines
    // without hinting, no layout tables, CFF without subroutines, a visible .notdef. The same
    // input gives the same bytes. Empty with *error when HarfBuzz fails.
    std::string Subset(const std::vector<std::uint32_t>& codepoints, std::string* error) const;

private:
    std::string m_bytes;  // HarfBuzz reads the file in place
    hb_blob_t* m_blob = nullptr;
    hb_face_t* m_face = nullptr;
    std::vector<std::uint32_t> m_codepoints;
    std::string m_error;
};

// Splits `codepoints` (ascending) into pieces in code order, each of at most `maxGlyphs`
// characters and none across a multiple of U+1000, so that Latin, symbols, kana, Chinese
// characters and Hangul syllables come in pieces of their own.
std::vector<std::vector<std::uint32_t>> CutIntoPieces(const std::vector<std::uint32_t>& codepoints,
                                                      std::size_t maxGlyphs);

}  // namespace golmok
