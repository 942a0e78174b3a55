#include "core/i18n/font_pieces.h"

#include <algorithm>

#include "core/json/json_text.h"
#include "core/json/json_writer.h"
#include "core/text/utf8.h"

namespace golmok {

bool FontPiece::Has(std::uint32_t cp) const {
    const auto it = std::upper_bound(ranges.begin(), ranges.end(), cp,
                                     [](std::uint32_t c, const auto& r) { return c < r.first; });
    return it != ranges.begin() && cp <= std::prev(it)->second;
}

std::vector<FontPiece>& FontPieces::Face(const std::string& name) {
    for (auto& [face, list] : faces) {
        if (face == name) return list;
    }
    return faces.emplace_back(name, std::vector<FontPiece>()).second;
}

std::string WriteFontPieces(const FontPieces& pieces) {
    JsonWriter w(JsonWriter::Layout::kCompact);
    w.BeginObject();
    for (const auto& [face, list] : pieces.faces) {
        w.Key(face);
        w.BeginArray();
        for (const FontPiece& piece : list) {
            w.BeginArray();
            w.String(piece.file);
            w.BeginArray();
            for (const auto& [first, last] : piece.ranges) {
                w.Integer(first);
                w.Integer(last);
            }
            w.EndArray();
            w.EndArray();
        }
        w.EndArray();
    }
    w.EndObject();
    return w.TakeText();
}

bool ReadFontPieces(std::string_view text, FontPieces* out, std::string* error) {
    const ParsedJson parsed = ParseJson(text);
    if (!parsed.ok()) {
        *error = parsed.errors.front().message;
        return false;
    }
    const JsonValue root = parsed.Root();
    if (!root.IsObject()) {
        *error = "the font piece list is " + std::string(root.Describe()) + ", not an object";
        return false;
    }
    FontPieces pieces;
    for (JsonValue face = root.FirstChild(); face; face = face.NextSibling()) {
        if (!face.IsArray()) {
            *error = face.Pointer() + ": a face's pieces are an array";
            return false;
        }
        std::vector<FontPiece>& list = pieces.Face(std::string(face.Key()));
        for (JsonValue item = face.FirstChild(); item; item = item.NextSibling()) {
            const JsonValue file = item.At(0), ranges = item.At(1);
            if (!item.IsArray() || item.Size() != 2 || !file.IsString() || file.String().empty() ||
                !ranges.IsArray() || ranges.Size() % 2 != 0) {
                *error = item.Pointer() + ": a piece is [\"file\", [first, last, …]]";
                return false;
            }
            FontPiece piece;
            piece.file = std::string(file.String());
            for (JsonValue v = ranges.FirstChild(); v; v = v.NextSibling().NextSibling()) {
                const JsonValue last = v.NextSibling();
                if (!v.IsInteger() || !last.IsInteger() || v.Integer() < 0 || last.Integer() > 0x10FFFF ||
                    v.Integer() > last.Integer() ||
                    (!piece.ranges.empty() &&
                     static_cast<std::uint32_t>(v.Integer()) <= piece.ranges.back().second)) {
                    *error = v.Pointer() + ": ranges are ascending pairs of code points";
                    return false;
                }
                piece.ranges.emplace_back(static_cast<std::uint32_t>(v.Integer()),
                                          static_cast<std::uint32_t>(last.Integer()));
            }
            list.push_back(std::move(piece));
        }
    }
    *out = std::move(pieces);
    return true;
}

CodepointRanges RangesOf(const std::vector<std::uint32_t>& ascending) {
    CodepointRanges ranges;
    for (std::uint32_t cp : ascending) {
        if (!ranges.empty() && ranges.back().second + 1 == cp) {
            ranges.back().second = cp;
        } else {
            ranges.emplace_back(cp, cp);
        }
    }
    return ranges;
}

const FontPiece* FindPiece(const FontPieces& pieces, const std::string& face, std::uint32_t cp) {
    for (const auto& [name, list] : pieces.faces) {
        if (name != face) continue;
        for (const FontPiece& piece : list) {
            if (!piece.ranges.empty() && cp >= piece.ranges.front().first &&
                cp <= piece.ranges.back().second && piece.Has(cp)) {
                return &piece;
            }
        }
    }
    return nullptr;
}

std::vector<const char*> FacesFor(std::uint32_t cp, Lang lang, bool title) {
    std::vector<const char*> faces;
    if (IsCjkCodepoint(cp) && (lang == Lang::kJa || lang == Lang::kZh)) faces.push_back(LangCode(lang));
    faces.push_back(title ? "title" : "body");
    faces.push_back("extra");
    return faces;
}

FontAssignment AssignCodepoints(const std::vector<FontSourceInfo>& sources,
                                const std::vector<std::uint32_t>& needed, Lang lang, bool title) {
    FontAssignment out;
    out.bySource.resize(sources.size());
    for (std::uint32_t cp : needed) {
        bool found = false;
        for (const char* face : FacesFor(cp, lang, title)) {
            for (std::size_t i = 0; i < sources.size() && !found; ++i) {
                const FontSourceInfo& s = sources[i];
                if (s.face == face && s.codepoints &&
                    std::binary_search(s.codepoints->begin(), s.codepoints->end(), cp)) {
                    out.bySource[i].push_back(cp);
                    found = true;
                }
            }
            if (found) break;
        }
        if (!found) out.missing.push_back(cp);
    }
    for (auto& list : out.bySource) std::sort(list.begin(), list.end());
    std::sort(out.missing.begin(), out.missing.end());
    return out;
}

std::vector<std::pair<std::string, const FontPiece*>> PiecesFor(const FontPieces& pieces,
                                                                const std::vector<std::uint32_t>& missing,
                                                                Lang lang, bool title) {
    std::vector<std::pair<std::string, const FontPiece*>> out;
    for (std::uint32_t cp : missing) {
        for (const char* face : FacesFor(cp, lang, title)) {
            if (const FontPiece* piece = FindPiece(pieces, face, cp)) {
                const std::pair<std::string, const FontPiece*> entry(face, piece);
                if (std::find(out.begin(), out.end(), entry) == out.end()) out.push_back(entry);
                break;
            }
        }
    }
    return out;
}

namespace {

struct Reader {
    const unsigned char* data;
    std::size_t size;
    bool Fits(std::size_t at, std::size_t n) const { return at <= size && n <= size - at; }
    std::uint32_t U16(std::size_t at) const { return Fits(at, 2) ? (data[at] << 8u) | data[at + 1] : 0; }
    std::uint32_t U32(std::size_t at) const {
        return Fits(at, 4) ? (static_cast<std::uint32_t>(data[at]) << 24u) | (data[at + 1] << 16u) |
                                 (data[at + 2] << 8u) | data[at + 3]
                           : 0;
    }
};

void ReadFormat12(const Reader& r, std::size_t at, std::vector<std::uint32_t>* out) {
    const std::uint32_t groups = r.U32(at + 12);
    if (!r.Fits(at + 16, static_cast<std::size_t>(groups) * 12)) return;
    for (std::uint32_t i = 0; i < groups; ++i) {
        const std::size_t g = at + 16 + static_cast<std::size_t>(i) * 12;
        const std::uint32_t first = r.U32(g), last = std::min<std::uint32_t>(r.U32(g + 4), 0x10FFFF);
        const std::uint32_t glyph = r.U32(g + 8);
        // A damaged table could repeat all of Unicode in every group: no more than it holds once.
        for (std::uint32_t cp = first; cp <= last && out->size() <= 0x110000; ++cp) {
            if (glyph + (cp - first) != 0) out->push_back(cp);
        }
    }
}

void ReadFormat4(const Reader& r, std::size_t at, std::vector<std::uint32_t>* out) {
    const std::size_t segments = r.U16(at + 6) / 2;
    const std::size_t ends = at + 14, starts = ends + segments * 2 + 2, deltas = starts + segments * 2,
                      offsets = deltas + segments * 2;
    if (!r.Fits(offsets, segments * 2)) return;
    for (std::size_t s = 0; s < segments; ++s) {
        const std::uint32_t first = r.U16(starts + s * 2), last = r.U16(ends + s * 2);
        const std::uint32_t delta = r.U16(deltas + s * 2), rangeOffset = r.U16(offsets + s * 2);
        for (std::uint32_t cp = first; cp <= last && cp != 0xFFFF; ++cp) {
            std::uint32_t glyph;
            if (rangeOffset == 0) {
                glyph = (cp + delta) & 0xFFFF;
            } else {
                const std::size_t where = offsets + s * 2 + rangeOffset + (cp - first) * 2;
                glyph = r.U16(where);
                if (glyph != 0) glyph = (glyph + delta) & 0xFFFF;
            }
            if (glyph != 0) out->push_back(cp);
        }
    }
}

}  // namespace

std::vector<std::uint32_t> FontCodepoints(const unsigned char* data, std::size_t size) {
    const Reader r{data, size};
    const std::uint32_t version = r.U32(0);
    if (version != 0x00010000 && version != 0x4F54544F /* OTTO */ && version != 0x74727565 /* true */)
        return {};
    std::size_t cmap = 0;
    for (std::uint32_t i = 0, n = r.U16(4); i < n; ++i) {
        const std::size_t record = 12 + static_cast<std::size_t>(i) * 16;
        if (r.U32(record) == 0x636D6170 /* cmap */) cmap = r.U32(record + 8);
    }
    if (cmap == 0 || !r.Fits(cmap, 4)) return {};
    // The fullest subtable: format 12 (all of Unicode) over format 4 (the BMP).
    std::size_t best = 0;
    std::uint32_t bestFormat = 0;
    for (std::uint32_t i = 0, n = r.U16(cmap + 2); i < n; ++i) {
        const std::size_t record = cmap + 4 + static_cast<std::size_t>(i) * 8;
        const std::uint32_t platform = r.U16(record), encoding = r.U16(record + 2);
        const bool unicode = platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10));
        const std::size_t at = cmap + r.U32(record + 4);
        const std::uint32_t format = r.U16(at);
        if (unicode && r.Fits(at, 2) && (format == 12 || (format == 4 && bestFormat != 12))) {
            best = at;
            bestFormat = format;
        }
    }
    std::vector<std::uint32_t> out;
    if (bestFormat == 12) ReadFormat12(r, best, &out);
    if (bestFormat == 4) ReadFormat4(r, best, &out);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

}  // namespace golmok
