// The page's fonts: which files draw the text, an atlas rebuilt when the device pixel ratio, the
// language or the text changes, the pieces fetched for characters the first fonts lack, and the
// atlas's upload to WebGL. Knows nothing of the page's script, of input or of the frame loop: font
// files, the pixel ratio and a way to ask for files are handed in.
#pragma once

#include <functional>
#include <string>

namespace golmok {
class App;
}

namespace golmok::web {

// The fonts cut for the page's own text, fetched whole at start; the Japanese and Chinese ones
// come by language.
enum class FontFace {
    kBody,   // fonts/body.ttf: without it there is no text at all
    kTitle,  // fonts/title.ttf: names and headings, optional (the body face stands in)
    kExtra,  // fonts/extra.otf: what the body face lacks (accented Latin), optional
};

// How the atlas asks for files: the piece list (fonts/pieces.json) and a piece by its path from
// the site's root. Each request is answered once, by AtlasPiece…Arrived or …Failed.
struct AtlasRequests {
    std::function<void()> fetchPieceList;
    std::function<void(const std::string& path)> fetchPiece;
};

// After the GL context and ImGui are up: reads the GPU's texture size limit.
void AtlasInit(App& app, AtlasRequests requests);
// A face's file arrived (`data` is copied), or failed to; the atlas is first built once the body
// face is in and the optional title and extra faces are in or failed.
void AtlasFontArrived(FontFace face, const unsigned char* data, int size);
void AtlasFontFailed(FontFace face);
// fonts/ja.otf or fonts/zh.otf arrived: used while the page is in that language.
void AtlasCjkFontArrived(const std::string& lang, const unsigned char* data, int size);
void AtlasCjkFontFailed(const std::string& lang);
// The piece list, and the pieces asked for. A failed piece is not asked for again; its
// characters show as '?'.
void AtlasPieceListArrived(const unsigned char* data, int size);
void AtlasPieceListFailed();
void AtlasPieceArrived(const std::string& path, const unsigned char* data, int size);
void AtlasPieceFailed(const std::string& path);
// Before each frame: asks for the pieces the text needs, and rebuilds and uploads the atlas when
// the ratio, the language, the text or the fonts changed and no piece is on its way.
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
    int piecesLoaded = 0;   // font pieces fetched and in use
    long pieceBytes = 0;    // their size
    int piecesPending = 0;  // the piece list and pieces asked for and not yet in
    bool current = false;   // built for the text, language and fonts of now, nothing on its way
};
AtlasStats GetAtlasStats();

}  // namespace golmok::web
