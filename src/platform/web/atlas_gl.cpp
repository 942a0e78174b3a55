// The page's fonts and their upload to WebGL (see atlas_gl.h). No calls to the page's script.
#include "platform/web/atlas_gl.h"

#include <GLES3/gl3.h>

#include <cstdint>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "core/i18n/font_pieces.h"
#include "core/i18n/ui_text.h"
#include "imgui.h"
#include "platform/web/renderer.h"
#include "ui/app.h"
#include "ui/kit/fonts.h"

namespace {

using golmok::FontSource;

// A font file in memory, with what its cmap maps.
struct LoadedFont {
    std::string face;
    std::vector<unsigned char> data;
    std::vector<std::uint32_t> codepoints;
    void Take(std::string faceName, const unsigned char* bytes, int size) {
        face = std::move(faceName);
        data.assign(bytes, bytes + size);
        codepoints = golmok::FontCodepoints(data.data(), data.size());
    }
};

enum class Fetch { kNotAsked, kAsked, kIn, kFailed };

struct AtlasState {
    golmok::App* app = nullptr;
    golmok::web::AtlasRequests requests;
    LoadedFont body, title, extra;
    bool bodyArrived = false;
    // The optional faces, arrived or failed: the atlas is built once all are settled rather
    // than again as each one comes in.
    bool titleSettled = false, extraSettled = false;
    // fonts/ja.otf and fonts/zh.otf, each fetched when its language is first picked; settled
    // once in or failed (then empty).
    LoadedFont ja, zh;
    bool jaSettled = false, zhSettled = false;

    golmok::FontPieces pieceList;
    Fetch pieceListFetch = Fetch::kNotAsked;
    // Every piece asked for; its font once in.
    struct Piece {
        std::string path;
        Fetch fetch = Fetch::kNotAsked;
        LoadedFont font;
    };
    std::vector<Piece> pieces;
    int piecesPending = 0;
    int fontsVersion = 0;  // counts files arrived or failed: the atlas's sources changed

    // What the last plan and the last atlas were made for.
    std::tuple<int, std::string, int> planned{-1, "", -1}, built{-1, "", -1};  // see Now()
    float fontDpr = 0;  // 0: build again at the next frame
    std::string atlasLang;
    int missingGlyphs = 0;
    GLuint fontTexture = 0;
    long atlasBytes = 0;
    int maxTextureSize = 4096;
};

AtlasState g;

// ImGui runs in device pixels, so glyphs are rasterised at size × devicePixelRatio and drawn
// 1:1: crisp at any ratio. The atlas holds only the characters the page can show, and goes to the
// GPU as luminance + alpha (2 bytes a pixel) rather than RGBA (4): glyphs need only coverage, and
// white luminance lets the renderer multiply texture and colour for glyphs and shapes alike.
void UploadFontTexture() {
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    // Read as BuildFontAtlas left it (GetTexDataAsAlpha8 would link ImFontAtlas::Build).
    const unsigned char* alpha = atlas->TexPixelsAlpha8;
    const int w = atlas->TexWidth, h = atlas->TexHeight;
    if (!alpha) return;
    std::vector<unsigned char> la(static_cast<std::size_t>(w) * h * 2);
    for (std::size_t i = 0, n = static_cast<std::size_t>(w) * h; i < n; ++i) {
        la[2 * i] = 255;
        la[2 * i + 1] = alpha[i];
    }
    if (g.fontTexture) glDeleteTextures(1, &g.fontTexture);
    glGenTextures(1, &g.fontTexture);
    glBindTexture(GL_TEXTURE_2D, g.fontTexture);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_LUMINANCE_ALPHA, w, h, 0, GL_LUMINANCE_ALPHA, GL_UNSIGNED_BYTE, la.data());
    golmok::web::RendererTextureBindingChanged();
    atlas->SetTexID(reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(g.fontTexture)));
    atlas->ClearTexData();  // the CPU copy is no longer needed
    g.atlasBytes = static_cast<long>(w) * h * 2;
}

// The Japanese or Chinese first font and whether it is in or failed, or null for other
// languages.
LoadedFont* CjkFont(const std::string& lang, bool** settled) {
    if (lang != "ja" && lang != "zh") return nullptr;
    *settled = lang == "ja" ? &g.jaSettled : &g.zhSettled;
    return lang == "ja" ? &g.ja : &g.zh;
}

// Every file the atlas may draw from for `lang`, each face's first font before its pieces.
std::vector<FontSource> Sources(const std::string& lang) {
    std::vector<FontSource> sources;
    auto add = [&](const LoadedFont& font) {
        if (!font.data.empty()) sources.push_back({font.face, &font.data, font.codepoints});
    };
    add(g.body);
    add(g.title);
    add(g.extra);
    bool* settled = nullptr;
    if (const LoadedFont* cjk = CjkFont(lang, &settled)) add(*cjk);
    for (const AtlasState::Piece& piece : g.pieces) {
        const std::string& face = piece.font.face;
        if (face == "body" || face == "title" || face == "extra" || face == lang) add(piece.font);
    }
    return sources;
}

AtlasState::Piece* PieceAt(const std::string& path) {
    for (AtlasState::Piece& piece : g.pieces) {
        if (piece.path == path) return &piece;
    }
    return nullptr;
}

// What an atlas is made for: the app's text, its language and the fonts in.
std::tuple<int, std::string, int> Now() {
    return {g.app->ContentGeneration(), golmok::LangCode(g.app->State().lang), g.fontsVersion};
}

// Asks for the piece list, or for the pieces holding what no font has.
void RequestPieces(const golmok::FontPlan& plan, golmok::Lang lang) {
    if (plan.MissingBody().empty() && plan.MissingTitle().empty()) return;
    if (g.pieceListFetch == Fetch::kNotAsked) {
        g.pieceListFetch = Fetch::kAsked;
        ++g.piecesPending;
        if (g.requests.fetchPieceList) g.requests.fetchPieceList();
        return;
    }
    if (g.pieceListFetch != Fetch::kIn) return;
    for (const bool title : {false, true}) {
        for (const auto& [face, piece] :
             golmok::PiecesFor(g.pieceList, title ? plan.MissingTitle() : plan.MissingBody(), lang, title)) {
            const std::string path = std::string("fonts/") + piece->file;
            if (PieceAt(path)) continue;
            AtlasState::Piece& entry = g.pieces.emplace_back();
            entry.path = path;
            entry.fetch = Fetch::kAsked;
            entry.font.face = face;
            ++g.piecesPending;
            if (g.requests.fetchPiece) g.requests.fetchPiece(path);
        }
    }
}

}  // namespace

namespace golmok::web {

void AtlasInit(App& app, AtlasRequests requests) {
    g.app = &app;
    g.requests = std::move(requests);
    glGetIntegerv(GL_MAX_TEXTURE_SIZE, &g.maxTextureSize);
}

void AtlasFontArrived(FontFace face, const unsigned char* data, int size) {
    switch (face) {
        case FontFace::kBody:
            g.body.Take("body", data, size);
            g.bodyArrived = true;
            break;
        case FontFace::kTitle:
            g.title.Take("title", data, size);
            g.titleSettled = true;
            break;
        case FontFace::kExtra:
            g.extra.Take("extra", data, size);
            g.extraSettled = true;
            break;
    }
    ++g.fontsVersion;
}

void AtlasFontFailed(FontFace face) {
    // Without the body face there is no atlas; the app says why. The optional faces are settled:
    // the atlas goes without them.
    if (face == FontFace::kTitle) g.titleSettled = true;
    if (face == FontFace::kExtra) g.extraSettled = true;
    ++g.fontsVersion;
}

void AtlasCjkFontArrived(const std::string& lang, const unsigned char* data, int size) {
    bool* settled = nullptr;
    if (LoadedFont* font = CjkFont(lang, &settled)) {
        font->Take(lang, data, size);
        *settled = true;
        ++g.fontsVersion;
    }
}

void AtlasCjkFontFailed(const std::string& lang) {
    bool* settled = nullptr;
    if (CjkFont(lang, &settled)) {
        *settled = true;  // empty: the pieces of that language stand in
        ++g.fontsVersion;
    }
}

void AtlasPieceListArrived(const unsigned char* data, int size) {
    std::string error;
    const bool ok =
        ReadFontPieces(std::string_view(reinterpret_cast<const char*>(data), size), &g.pieceList, &error);
    g.pieceListFetch = ok ? Fetch::kIn : Fetch::kFailed;
    --g.piecesPending;
    ++g.fontsVersion;
}

void AtlasPieceListFailed() {
    g.pieceListFetch = Fetch::kFailed;
    --g.piecesPending;
    ++g.fontsVersion;
}

void AtlasPieceArrived(const std::string& path, const unsigned char* data, int size) {
    AtlasState::Piece* asked = PieceAt(path);
    if (!asked || asked->fetch != Fetch::kAsked) return;
    asked->fetch = Fetch::kIn;
    asked->font.Take(asked->font.face, data, size);
    --g.piecesPending;
    ++g.fontsVersion;
}

void AtlasPieceFailed(const std::string& path) {
    AtlasState::Piece* asked = PieceAt(path);
    if (!asked || asked->fetch != Fetch::kAsked) return;
    asked->fetch = Fetch::kFailed;
    --g.piecesPending;
    ++g.fontsVersion;
}

void AtlasRebuildIfNeeded(float dpr) {
    if (!g.bodyArrived || !g.titleSettled || !g.extraSettled) return;
    const Lang lang = g.app->State().lang;
    const std::string code = LangCode(lang);
    // Japanese and Chinese: the language's own font is on its way (the page asks for it when the
    // language is picked); until it is in, kana and Chinese characters wait rather than fetch
    // pieces it holds.
    bool* settled = nullptr;
    const LoadedFont* cjk = CjkFont(code, &settled);
    const bool cjkSettled = !cjk || *settled;
    const auto key = Now();
    if (key == g.built && g.fontDpr == dpr) return;
    if (key == g.planned && g.piecesPending > 0) return;  // still waiting for what that plan asked

    std::vector<FontSource> sources = Sources(code);
    const std::vector<std::uint32_t> body = g.app->Codepoints(), title = g.app->TitleCodepoints();
    const FontPlan plan = PlanFonts(sources, body, title, lang);
    g.planned = key;
    if (cjkSettled) RequestPieces(plan, lang);
    // Text drawn with '?' now would be drawn right a moment later: the old atlas stays meanwhile
    // (before the first, nothing is shown yet).
    if (g.piecesPending > 0) return;
    // Asking for pieces may have moved the list of pieces (and the fonts' vectors with it): the
    // same sources, found again.
    sources = Sources(code);

    float scale = dpr;
    FontSet fonts;
    // A phone's GPU limits texture size (MAX_TEXTURE_SIZE, read at start-up): should the atlas
    // not fit, rasterise smaller rather than fail to draw text at all.
    for (int attempt = 0; attempt < 4; ++attempt) {
        fonts = BuildFontAtlas(sources, plan, scale);
        const ImFontAtlas* atlas = ImGui::GetIO().Fonts;
        if (atlas->TexWidth <= g.maxTextureSize && atlas->TexHeight <= g.maxTextureSize) break;
        scale *= 0.8f;
    }
    g.app->SetFonts(fonts.body, fonts.title);
    ImGui::GetIO().FontDefault = fonts.body;
    UploadFontTexture();
    g.missingGlyphs = CountMissingGlyphs(fonts.body, body) +
                      CountMissingGlyphs(fonts.title ? fonts.title : fonts.body, title);
    g.built = key;
    g.fontDpr = dpr;
    g.atlasLang = cjk && !cjk->data.empty() ? code : std::string();
}

bool AtlasBuilt() {
    return std::get<0>(g.built) >= 0;
}

void AtlasContextLost() { g.atlasBytes = 0; }

void AtlasContextRestored() {
    g.fontTexture = 0;  // died with the old context
    g.fontDpr = 0;      // forces the atlas upload
}

AtlasStats GetAtlasStats() {
    AtlasStats stats{g.atlasBytes,    g.atlasLang, g.maxTextureSize, g.missingGlyphs, 0, 0,
                     g.piecesPending, false};
    if (g.app) {
        stats.current = g.built == Now() && g.piecesPending == 0;
    }
    for (const AtlasState::Piece& piece : g.pieces) {
        if (piece.fetch != Fetch::kIn) continue;
        ++stats.piecesLoaded;
        stats.pieceBytes += static_cast<long>(piece.font.data.size());
    }
    return stats;
}

}  // namespace golmok::web
