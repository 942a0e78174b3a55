// The page's fonts: which faces draw the text, an atlas rebuilt when the device pixel ratio, the
// language or the text changes, and its upload to WebGL. Knows nothing of the page's script, of
// input or of the frame loop: the font files and the pixel ratio are handed in.
#pragma once

#include <string>

namespace golmok {
class App;
}

namespace golmok::web {

// The faces fetched whole; the Japanese and Chinese ones come by language.
enum class FontFace {
    kBody,   // fonts/body.ttf: without it there is no text at all
    kTitle,  // fonts/title.ttf: names and headings, optional (the body face stands in)
    kExtra,  // fonts/extra.otf: what the body face lacks (accented Latin), optional
    kEdit,   // fonts/edit.ttf: every Hangul syllable in common use, once the editor asks for it
};

// After the GL context and ImGui are up: reads the GPU's texture size limit.
void AtlasInit(App& app);
// A face's file arrived (`data` is copied), or failed to; the atlas is first built once the body
// face is in and the optional title and extra faces are in or failed.
void AtlasFontArrived(FontFace face, const unsigned char* data, int size);
void AtlasFontFailed(FontFace face);
// fonts/ja.otf or fonts/zh.otf arrived: used while the page is in that language.
void AtlasCjkFontArrived(const std::string& lang, const unsigned char* data, int size);
// Before each frame: rebuilds and uploads the atlas if the ratio, the language or the text changed.
void AtlasRebuildIfNeeded(float dpr);
// An atlas has been built: the page has fonts to show text with.
bool AtlasBuilt();
// The WebGL context was lost (the texture with it), or restored (the atlas must go up again).
void AtlasContextLost();
void AtlasContextRestored();

// For the page's debug state.
struct AtlasStats {
    long bytes = 0;         // on the GPU
    std::string cjkLang;    // the Japanese or Chinese face in the atlas, "" for none
    int maxTextureSize = 0;
    int missingGlyphs = 0;  // characters of the page's text no face draws
};
AtlasStats GetAtlasStats();

}  // namespace golmok::web
