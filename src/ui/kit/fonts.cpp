#include "ui/kit/fonts.h"

#include <algorithm>
#include <cmath>

#include "core/i18n/font_pieces.h"
#include "imgui.h"
#include "imgui_internal.h"
#include "ui/kit/theme.h"

namespace golmok {

namespace {

// Noto Sans CJK's line is 26% taller than Nanum's for the same nominal size (ImGui sizes fonts by
// line height), so its characters would look a fifth smaller; at 1.25× their ink matches Hangul.
constexpr float kCjkScale = 1.25f;

bool IsNoto(const std::string& face) {
    return face == "extra" || face == "ja" || face == "zh";
}

// What the atlas can hold and a page can show: ImWchar is 16-bit, and U+FFFD is ImGui's own
// stand-in.
std::vector<std::uint32_t> Drawable(const std::vector<std::uint32_t>& codepoints) {
    std::vector<std::uint32_t> out;
    for (std::uint32_t cp : codepoints) {
        if (cp >= 0x20 && cp <= 0xFFFF && cp != 0xFFFD) out.push_back(cp);
    }
    return out;
}

// ImGui keeps pointers to glyph ranges until the atlas is built; they live here, cleared when the
// next atlas is begun (between frames only). Each list keeps its buffer when the outer vector
// grows (a vector moves its elements' buffers), so the pointers stay good.
std::vector<std::vector<ImWchar>> g_ranges;

const ImWchar* Ranges(const std::vector<std::uint32_t>& codepoints) {
    std::vector<ImWchar>& ranges = g_ranges.emplace_back();
    for (const auto& [first, last] : RangesOf(codepoints)) {
        ranges.push_back(static_cast<ImWchar>(first));
        ranges.push_back(static_cast<ImWchar>(last));
    }
    ranges.push_back(0);
    return ranges.data();
}

std::vector<FontSourceInfo> Infos(const std::vector<FontSource>& sources) {
    std::vector<FontSourceInfo> infos;
    for (const FontSource& s : sources) infos.push_back({s.face, &s.codepoints});
    return infos;
}

}  // namespace

FontPlan PlanFonts(const std::vector<FontSource>& sources, const std::vector<std::uint32_t>& bodyCodepoints,
                   const std::vector<std::uint32_t>& titleCodepoints, Lang lang) {
    FontPlan plan;
    for (const FontSource& s : sources) plan.withTitle = plan.withTitle || s.face == "title";
    // ImGui shows '?' for a glyph it lacks and "..." where text is cut: the body font holds both.
    std::vector<std::uint32_t> body = Drawable(bodyCodepoints);
    body.insert(body.end(), {' ', '.', '?'});
    if (!plan.withTitle) body.insert(body.end(), titleCodepoints.begin(), titleCodepoints.end());
    std::sort(body.begin(), body.end());
    body.erase(std::unique(body.begin(), body.end()), body.end());
    const std::vector<FontSourceInfo> infos = Infos(sources);
    plan.body = AssignCodepoints(infos, Drawable(body), lang, false);
    if (plan.withTitle) plan.title = AssignCodepoints(infos, Drawable(titleCodepoints), lang, true);
    return plan;
}

FontSet BuildFontAtlas(const std::vector<FontSource>& sources, const FontPlan& plan, float scale) {
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    atlas->Clear();
    g_ranges.clear();  // the previous build's ranges are no longer read
    // WebGL2 takes textures of any height: no rounding up to a power of two, no wasted rows.
    atlas->Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;
    // Text is drawn 1:1 in device pixels, so no oversampling is needed; it would triple the
    // atlas width for nothing.
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false;
    config.OversampleH = 1;
    config.OversampleV = 1;
    config.PixelSnapH = true;

    auto add = [&](const FontAssignment& assigned, float cssPx, const char* baseFace) -> ImFont* {
        const auto base = std::find_if(sources.begin(), sources.end(),
                                       [&](const FontSource& s) { return s.face == baseFace; });
        if (base == sources.end() || !base->data || base->data->empty()) return nullptr;
        const float px = std::floor(cssPx * scale);
        ImFont* font = nullptr;
        // The base face first (its line metrics are the font's), then every source that draws
        // something, merged.
        const std::size_t baseIndex = static_cast<std::size_t>(base - sources.begin());
        for (int pass = 0; pass < 2; ++pass) {
            for (std::size_t i = 0; i < sources.size(); ++i) {
                if ((pass == 0) != (i == baseIndex)) continue;
                const std::vector<std::uint32_t>& drawn = assigned.bySource[i];
                if (pass == 1 && drawn.empty()) continue;
                const FontSource& s = sources[i];
                ImFontConfig c = config;
                c.MergeMode = pass == 1;
                float size = px;
                if (IsNoto(s.face)) {
                    size = std::floor(px * kCjkScale);
                    // Noto sits a little high beside Hangul.
                    if (s.face != "extra") c.GlyphOffset.y = std::floor(0.03f * px);
                }
                // The base face draws at least a space, so that the font exists whatever the text.
                const ImWchar* ranges = Ranges(drawn.empty() ? std::vector<std::uint32_t>{' '} : drawn);
                ImFont* added =
                    atlas->AddFontFromMemoryTTF(const_cast<unsigned char*>(s.data->data()),
                                                static_cast<int>(s.data->size()), size, &c, ranges);
                if (pass == 0) font = added;
            }
        }
        return font;
    };
    FontSet set;
    set.body = add(plan.body, theme::kBodyFontPx, "body");
    if (plan.withTitle) set.title = add(plan.title, theme::kTitleFontPx, "title");
    if (!set.body) {
        atlas->Clear();
        return {};
    }
    // The builder itself rather than ImFontAtlas::Build, which falls back to ImGui's own font
    // (ProggyClean) when none was added: with no call to Build anywhere, the page links none of
    // that font's 12 KB.
    ImFontAtlasGetBuilderForStbTruetype()->FontBuilder_Build(atlas);
    return set;
}

int CountMissingGlyphs(const ImFont* font, const std::vector<std::uint32_t>& codepoints) {
    if (!font) return static_cast<int>(codepoints.size());
    int missing = 0;
    for (std::uint32_t cp : codepoints) {
        if (cp < 0x20 || cp > 0xFFFF || cp == 0xFFFD) continue;
        missing += font->FindGlyphNoFallback(static_cast<ImWchar>(cp)) == nullptr;
    }
    return missing;
}

}  // namespace golmok
