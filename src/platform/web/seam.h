// What C++ and the page's script (shell/*.js) must agree on, listed once: the kinds of file the
// script hands in, where those files are, and the codes passed across. No emscripten here.
//
// The build writes each entry out as JavaScript (cmake/shell_js.cmake: `seam.kBodyFont` is 2 in
// the page's one script; tests/platform/web/seam_test.cpp reads them back), so an entry keeps to
// one line of the form X(kName, literal), with a number or a "string" without quotes or
// backslashes inside: a literal both languages read alike.
#pragma once

// The kinds of file the script hands to golmok_receive_file and golmok_receive_failure. A preview
// file is a bundle the visitor opened in preview mode (file picker, drop, ?data=); the font piece
// list names the pieces that hold every character a district can write, each fetched when a text
// needs it (core/i18n/font_pieces.h).
#define GOLMOK_SEAM_FILE_KINDS(X) \
    X(kIndexFile, 0)              \
    X(kBundleFile, 1)             \
    X(kBodyFont, 2)               \
    X(kTitleFont, 3)              \
    X(kCjkFont, 4)                \
    X(kExtraFont, 5)              \
    X(kPreviewFile, 6)            \
    X(kFontPieceList, 7)          \
    X(kFontPiece, 8)

// The files C++ or the script fetch, by their plain names from the site's root (the script maps
// each to its content-hashed name). fonts/ja.otf and fonts/zh.otf: kCjkFontFolder, the language
// code, kCjkFontExtension. The bundle's own name comes from the index (PickDistrict).
#define GOLMOK_SEAM_TEXTS(X)                   \
    X(kIndexPath, "data/index.json")           \
    X(kBodyFontPath, "fonts/body.ttf")         \
    X(kTitleFontPath, "fonts/title.ttf")       \
    X(kExtraFontPath, "fonts/extra.otf")       \
    X(kFontPieceListPath, "fonts/pieces.json") \
    X(kCjkFontFolder, "fonts/")                \
    X(kCjkFontExtension, ".otf")               \
    X(kFailNoWebgl, "webgl")

// Codes passed across: the sides of golmokShell.safeAreaInset(side), and what
// golmok_position_failed receives besides the browser's own GeolocationPositionError codes
// (1 refused, 2 unavailable, 3 timed out).
#define GOLMOK_SEAM_NUMBERS(X) \
    X(kSafeAreaTop, 0)         \
    X(kSafeAreaRight, 1)       \
    X(kSafeAreaBottom, 2)      \
    X(kSafeAreaLeft, 3)        \
    X(kNoGeolocation, 0)       \
    X(kPositionUnavailable, 2)

// The WebGL2 context's attributes: made by the script as soon as the page's HTML is painted (it
// takes a while, and the wasm is still on its way), then found made by C++, which asks for the
// same. 1 and 0 are true and false; the power preference is 0 default, 1 low-power, 2
// high-performance (emscripten's numbering).
#define GOLMOK_SEAM_CONTEXT(X) \
    X(kGlAlpha, 0)             \
    X(kGlDepth, 0)             \
    X(kGlStencil, 0)           \
    X(kGlAntialias, 0)         \
    X(kGlPowerPreference, 1)

namespace golmok::web {

#define GOLMOK_SEAM_ENUMERATOR(name, value) name = value,
enum FileKind { GOLMOK_SEAM_FILE_KINDS(GOLMOK_SEAM_ENUMERATOR) };
#undef GOLMOK_SEAM_ENUMERATOR

#define GOLMOK_SEAM_CONSTANT(name, value) inline constexpr auto name = value;
GOLMOK_SEAM_TEXTS(GOLMOK_SEAM_CONSTANT)
GOLMOK_SEAM_NUMBERS(GOLMOK_SEAM_CONSTANT)
GOLMOK_SEAM_CONTEXT(GOLMOK_SEAM_CONSTANT)
#undef GOLMOK_SEAM_CONSTANT

}  // namespace golmok::web
