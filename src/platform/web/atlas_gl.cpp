// The page's fonts and their upload to WebGL (see atlas_gl.h). No calls to the page's script.
#include "platform/web/atlas_gl.h"

#include <GLES3/gl3.h>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/i18n/ui_text.h"
#include "imgui.h"
#include "platform/web/renderer.h"
#include "ui/app.h"
#include "ui/kit/fonts.h"

namespace {

struct AtlasState {
    golmok::App* app = nullptr;
    std::vector<unsigned char> bodyFont, titleFont;
    // fonts/ja.otf and fonts/zh.otf by language, each fetched when first picked.
    std::map<std::string, std::vector<unsigned char>> cjkFonts;
    std::vector<unsigned char> extraFont;  // fonts/extra.otf: what Nanum lacks (accented Latin)
    std::vector<unsigned char> editFont;   // fonts/edit.ttf, once the editor asked for it
    bool bodyFontArrived = false;
    // The optional faces, arrived or failed: the atlas is built once all are settled rather
    // than again as each one comes in.
    bool titleFontSettled = false, extraFontSettled = false;

    std::string atlasLang;  // the language the atlas was built for
    int missingGlyphs = 0;
    int fontGeneration = -1;  // App::ContentGeneration() the atlas was built for
    float fontDpr = 0;        // 0: build again at the next frame
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
    unsigned char* alpha = nullptr;
    int w = 0, h = 0;
    atlas->GetTexDataAsAlpha8(&alpha, &w, &h);
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

}  // namespace

namespace golmok::web {

void AtlasInit(App& app) {
    g.app = &app;
    glGetIntegerv(GL_MAX_TEXTURE_SIZE, &g.maxTextureSize);
}

void AtlasFontArrived(FontFace face, const unsigned char* data, int size) {
    switch (face) {
        case FontFace::kBody:
            g.bodyFont.assign(data, data + size);
            g.bodyFontArrived = true;
            break;
        case FontFace::kTitle:
            g.titleFont.assign(data, data + size);
            g.titleFontSettled = true;
            break;
        case FontFace::kExtra:
            g.extraFont.assign(data, data + size);
            g.extraFontSettled = true;
            break;
        case FontFace::kEdit: g.editFont.assign(data, data + size); break;
    }
    g.fontDpr = 0;
}

void AtlasFontFailed(FontFace face) {
    // Without the body face there is no atlas; the app says why. The optional faces are settled:
    // the atlas goes without them.
    if (face == FontFace::kTitle) g.titleFontSettled = true;
    if (face == FontFace::kExtra) g.extraFontSettled = true;
}

void AtlasCjkFontArrived(const std::string& lang, const unsigned char* data, int size) {
    g.cjkFonts[lang].assign(data, data + size);
}

void AtlasRebuildIfNeeded(float dpr) {
    if (!g.bodyFontArrived || !g.titleFontSettled || !g.extraFontSettled) return;
    const std::string lang = LangCode(g.app->State().lang);
    const auto cjk = g.cjkFonts.find(lang);
    const bool cjkReady = cjk != g.cjkFonts.end();
    const std::string atlasLang = cjkReady ? lang : std::string();
    const bool current = g.fontGeneration == g.app->ContentGeneration() && g.fontDpr == dpr;
    if (current && g.atlasLang == atlasLang) return;
    static const std::vector<unsigned char> kNone;
    const std::vector<std::uint32_t> body = g.app->Codepoints(), title = g.app->TitleCodepoints();
    float scale = dpr;
    FontSet fonts;
    // A phone's GPU limits texture size (MAX_TEXTURE_SIZE, read at start-up): should the atlas
    // not fit, rasterise smaller rather than fail to draw text at all.
    // Editing: the face with every common syllable draws the body and the titles, so that
    // whatever is typed shows in the page behind the form.
    const std::vector<unsigned char>& bodyFace = g.editFont.empty() ? g.bodyFont : g.editFont;
    const std::vector<unsigned char>& titleFace = g.editFont.empty() ? g.titleFont : g.editFont;
    for (int attempt = 0; attempt < 4; ++attempt) {
        fonts = BuildFontAtlas(bodyFace, titleFace, cjkReady ? cjk->second : kNone, g.extraFont, body, title,
                               scale);
        const ImFontAtlas* atlas = ImGui::GetIO().Fonts;
        if (atlas->TexWidth <= g.maxTextureSize && atlas->TexHeight <= g.maxTextureSize) break;
        scale *= 0.8f;
    }
    g.app->SetFonts(fonts.body, fonts.title);
    ImGui::GetIO().FontDefault = fonts.body;
    UploadFontTexture();
    g.missingGlyphs = CountMissingGlyphs(fonts.body, body) +
                      CountMissingGlyphs(fonts.title ? fonts.title : fonts.body, title);
    g.fontGeneration = g.app->ContentGeneration();
    g.fontDpr = dpr;
    g.atlasLang = atlasLang;
}

bool AtlasBuilt() { return g.fontGeneration >= 0; }

void AtlasContextLost() { g.atlasBytes = 0; }

void AtlasContextRestored() {
    g.fontTexture = 0;  // died with the old context
    g.fontDpr = 0;      // forces the atlas upload
}

AtlasStats GetAtlasStats() { return {g.atlasBytes, g.atlasLang, g.maxTextureSize, g.missingGlyphs}; }

}  // namespace golmok::web
