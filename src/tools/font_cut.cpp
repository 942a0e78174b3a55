#include "tools/font_cut.h"

#include <hb-ot.h>
#include <hb-subset.h>
#include <hb.h>

#include <cstdlib>

namespace golmok {

namespace {

// The face's full name (name ID 4) as its name table gives it first.
std::string FullName(hb_face_t* face) {
    char name[256] = {0};
    unsigned int size = sizeof name;
    hb_ot_name_get_utf8(face, HB_OT_NAME_ID_FULL_NAME, HB_LANGUAGE_INVALID, &size, name);
    return name;
}

bool ParseIndex(const std::string& text, unsigned int* index) {
    if (text.empty() || text.size() > 4) return false;
    for (char c : text) {
        if (c < '0' || c > '9') return false;
    }
    *index = static_cast<unsigned int>(std::atoi(text.c_str()));
    return true;
}

}  // namespace

FontFace::FontFace(std::string bytes, const std::string& face) : m_bytes(std::move(bytes)) {
    m_blob = hb_blob_create_or_fail(m_bytes.data(), static_cast<unsigned int>(m_bytes.size()),
                                    HB_MEMORY_MODE_READONLY, nullptr, nullptr);
    const unsigned int count = m_blob ? hb_face_count(m_blob) : 0;
    if (count == 0) {
        m_error = "not a font file HarfBuzz can read";
        return;
    }
    unsigned int index = 0;
    if (!ParseIndex(face, &index)) {
        index = count;
        for (unsigned int i = 0; i < count && index == count; ++i) {
            hb_face_t* candidate = hb_face_create(m_blob, i);
            if (FullName(candidate) == face) index = i;
            hb_face_destroy(candidate);
        }
        if (index == count) {
            m_error = "no face named \"" + face + "\" among its " + std::to_string(count);
            return;
        }
    } else if (index >= count) {
        m_error = "face " + face + " asked for, but the file holds " + std::to_string(count);
        return;
    }
    m_face = hb_face_create(m_blob, index);
    hb_set_t* unicodes = hb_set_create();
    hb_face_collect_unicodes(m_face, unicodes);
    for (hb_codepoint_t cp = HB_SET_VALUE_INVALID; hb_set_next(unicodes, &cp);) m_codepoints.push_back(cp);
    hb_set_destroy(unicodes);
    if (m_codepoints.empty()) {
        m_error = "the face maps no characters";
        hb_face_destroy(m_face);
        m_face = nullptr;
    }
}

FontFace::~FontFace() {
    if (m_face) hb_face_destroy(m_face);
    if (m_blob) hb_blob_destroy(m_blob);
}

std::string FontFace::Subset(const std::vector<std::uint32_t>& codepoints, std::string* error) const {
    if (!m_face) {
        *error = m_error;
        return {};
    }
    hb_subset_input_t* input = hb_subset_input_create_or_fail();
    if (!input) {
        *error = "out of memory";
        return {};
    }
    hb_set_t* unicodes = hb_subset_input_unicode_set(input);
    for (std::uint32_t cp : codepoints) hb_set_add(unicodes, cp);
    // ImGui rasterises outlines itself, one glyph at a time: hinting, shaping and vertical
    // layout are bytes it never reads.
    hb_subset_input_set_flags(
        input, HB_SUBSET_FLAGS_NO_HINTING | HB_SUBSET_FLAGS_DESUBROUTINIZE | HB_SUBSET_FLAGS_NOTDEF_OUTLINE);
    hb_set_t* drop = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
    for (const char* tag : {"GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "DSIG", "FFTM", "VORG", "vhea",
                            "vmtx", "kern", "morx", "mort", "kerx", "gasp", "hdmx", "LTSH", "VDMX"}) {
        hb_set_add(drop, hb_tag_from_string(tag, 4));
    }
    hb_face_t* subset = hb_subset_or_fail(m_face, input);
    hb_subset_input_destroy(input);
    if (!subset) {
        *error = "HarfBuzz could not subset the face";
        return {};
    }
    hb_blob_t* blob = hb_face_reference_blob(subset);
    unsigned int size = 0;
    const char* data = hb_blob_get_data(blob, &size);
    std::string out(data ? data : "", size);
    hb_blob_destroy(blob);
    hb_face_destroy(subset);
    if (out.empty()) *error = "HarfBuzz wrote an empty font";
    return out;
}

std::vector<std::vector<std::uint32_t>> CutIntoPieces(const std::vector<std::uint32_t>& codepoints,
                                                      std::size_t maxGlyphs) {
    std::vector<std::vector<std::uint32_t>> pieces;
    for (std::uint32_t cp : codepoints) {
        if (pieces.empty() || pieces.back().size() >= maxGlyphs ||
            (pieces.back().back() >> 12) != (cp >> 12)) {
            pieces.emplace_back();
        }
        pieces.back().push_back(cp);
    }
    return pieces;
}

}  // namespace golmok
