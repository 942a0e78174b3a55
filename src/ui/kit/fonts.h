// Builds ImGui's font atlas from font files with only the characters the page can show, at the
// pixel sizes of the current scale. Which file draws which character is core's choice
// (core/i18n/font_pieces.h): the fonts cut for the page's own text first, then the pieces
// fetched since. Depends on ImGui and core only.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/i18n/font_pieces.h"
#include "core/text/text.h"

struct ImFont;

namespace golmok {

// A font file the atlas may draw from: the face it was cut from ("body", "title", "extra", "ja",
// "zh") and its bytes, which must outlive the atlas, with what its cmap maps (FontCodepoints).
struct FontSource {
    std::string face;
    const std::vector<unsigned char>* data = nullptr;
    std::vector<std::uint32_t> codepoints;
};

// Which source draws each character of the body and title fonts (FacesFor picks the faces for the
// page's language). Without a title source, titles are drawn with the body font and their
// characters join its own. No ImGui: planned before anything is fetched or built.
struct FontPlan {
    bool withTitle = false;
    FontAssignment body, title;
    // What no source has, ascending: the characters to fetch pieces for.
    const std::vector<std::uint32_t>& MissingBody() const { return body.missing; }
    const std::vector<std::uint32_t>& MissingTitle() const { return title.missing; }
};
FontPlan PlanFonts(const std::vector<FontSource>& sources, const std::vector<std::uint32_t>& bodyCodepoints,
                   const std::vector<std::uint32_t>& titleCodepoints, Lang lang);

struct FontSet {
    ImFont* body = nullptr;
    ImFont* title = nullptr;  // null without a title face: titles are then drawn with the body face
};

// Clears the atlas and adds the body and title fonts as planned. The first body (title) source
// sets the line's metrics; Noto's faces (extra, ja, zh) are scaled to match Nanum's ink. Without
// a body source the fonts are null.
FontSet BuildFontAtlas(const std::vector<FontSource>& sources, const FontPlan& plan, float scale);

// How many of `codepoints` the font has no glyph for (drawn as '?'): 0 when the atlas is right.
int CountMissingGlyphs(const ImFont* font, const std::vector<std::uint32_t>& codepoints);

}  // namespace golmok
