// golmok fonts: cuts the page's fonts at build time, with HarfBuzz's subsetter (no Python).
//   subset: one face with only the characters a text file holds (the fonts of the first screen)
//   pieces: every character a district can write, cut into small files the page fetches when a
//           text needs them, and fonts/pieces.json listing which piece holds what

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/file_io.h"
#include "core/i18n/font_pieces.h"
#include "core/text/utf8.h"
#include "tools/font_cut.h"

namespace golmok::cli {
namespace {

namespace fs = std::filesystem;

const char kFontsUsage[] =
    "usage: golmok fonts subset FONT TEXT-FILE -o OUT [--lacking FONT]\n"
    "       golmok fonts pieces --out DIR [--glyphs N] NAME=FONT...\n"
    "\n"
    "FONT is a font file, with #FACE after it for one face of a collection: its index or its full\n"
    "name (\"NotoSansCJK-Regular.ttc#Noto Sans CJK JP\").\n"
    "\n"
    "subset writes OUT with only the characters of TEXT-FILE (UTF-8) that FONT has; with\n"
    "--lacking, only those the other font lacks. Outlines only: no hinting, no layout tables.\n"
    "\n"
    "pieces cuts each face NAME into files of at most N characters (default 128) in code order,\n"
    "DIR/NAME-0.ttf (.otf for CFF outlines) and on, and writes DIR/pieces.json, the list the\n"
    "page looks characters up in. What each face covers:\n"
    "  body, title  everything the font has but private-use and Chinese characters (Hangul,\n"
    "               jamo, Latin, digits, punctuation, symbols)\n"
    "  extra        what body lacks among the font's characters: accented Latin, Greek,\n"
    "               Chinese characters, symbols (needs body)\n"
    "  ja, zh       kana, Chinese characters and CJK punctuation\n"
    "\n"
    "exit status: 0 written, 2 usage error or a file that cannot be read, cut or written\n";

int Usage(const std::string& problem) {
    std::fprintf(stderr, "golmok fonts: %s\n\n%s", problem.c_str(), kFontsUsage);
    return kExitUsage;
}

// "file.ttc#Face name" → the face, or null after saying why.
std::unique_ptr<FontFace> OpenFace(const std::string& spec) {
    const std::size_t hash = spec.find('#');
    const std::string path = spec.substr(0, hash);
    std::string bytes, why;
    if (!ReadFile(path, &bytes, &why)) {
        std::fprintf(stderr, "%s: cannot read: %s\n", path.c_str(), why.c_str());
        return nullptr;
    }
    auto face =
        std::make_unique<FontFace>(std::move(bytes), hash == std::string::npos ? "0" : spec.substr(hash + 1));
    if (!face->Ok()) {
        std::fprintf(stderr, "%s: %s\n", spec.c_str(), face->Error().c_str());
        return nullptr;
    }
    return face;
}

bool IsChineseCharacter(std::uint32_t cp) {
    return (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF);
}
bool IsPrivateUse(std::uint32_t cp) {
    return cp >= 0xE000 && cp <= 0xF8FF;
}

// What a face named `name` contributes; `body`: the body face's characters (for extra).
std::vector<std::uint32_t> Coverage(const std::string& name, const std::vector<std::uint32_t>& has,
                                    const std::set<std::uint32_t>& body) {
    std::vector<std::uint32_t> out;
    for (std::uint32_t cp : has) {
        // The page's glyph tables are 16-bit: nothing beyond the Basic Multilingual Plane.
        if (cp < 0x20 || cp > 0xFFFF || IsPrivateUse(cp)) continue;
        bool take = false;
        if (name == "body" || name == "title") {
            take = !IsChineseCharacter(cp);
        } else if (name == "extra") {
            take = !body.count(cp) && !(cp >= 0x3400 && cp <= 0x4DBF);
        } else if (name == "ja" || name == "zh") {
            take = (cp >= 0x3000 && cp <= 0x30FF) || (cp >= 0x31F0 && cp <= 0x31FF) ||
                   (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xFF00 && cp <= 0xFFEF);
        }
        if (take) out.push_back(cp);
    }
    return out;
}

bool IsCff(const std::string& font) {
    return font.compare(0, 4, "OTTO") == 0;
}

int Subset(int argc, char** argv) {
    std::vector<std::string> positional;
    std::string out, lacking;
    for (int i = 0; i < argc; ++i) {
        const std::string arg = argv[i];
        if ((arg == "-o" || arg == "--lacking") && i + 1 >= argc) return Usage(arg + " needs a value");
        if (arg == "-o") {
            out = argv[++i];
        } else if (arg == "--lacking") {
            lacking = argv[++i];
        } else if (!arg.empty() && arg[0] == '-') {
            return Usage("unknown option " + arg);
        } else {
            positional.push_back(arg);
        }
    }
    if (positional.size() != 2 || out.empty()) return Usage("subset needs FONT, TEXT-FILE and -o OUT");
    const auto face = OpenFace(positional[0]);
    if (!face) return kExitUsage;
    std::string text, why;
    if (!ReadFile(positional[1], &text, &why)) {
        std::fprintf(stderr, "%s: cannot read: %s\n", positional[1].c_str(), why.c_str());
        return kExitUsage;
    }
    std::set<std::uint32_t> skip;
    if (!lacking.empty()) {
        const auto other = OpenFace(lacking);
        if (!other) return kExitUsage;
        skip.insert(other->Codepoints().begin(), other->Codepoints().end());
    }
    std::set<std::uint32_t> wanted;
    for (std::size_t pos = 0; pos < text.size();) {
        const std::uint32_t cp = NextCodepoint(text, &pos);
        if (cp >= 0x20 && !skip.count(cp)) wanted.insert(cp);
    }
    const std::string font = face->Subset({wanted.begin(), wanted.end()}, &why);
    if (font.empty()) {
        std::fprintf(stderr, "%s: %s\n", positional[0].c_str(), why.c_str());
        return kExitUsage;
    }
    if (!WriteFileAtomically(out, font, &why)) {
        std::fprintf(stderr, "%s: cannot write: %s\n", out.c_str(), why.c_str());
        return kExitUsage;
    }
    return kExitOk;
}

int Pieces(int argc, char** argv) {
    std::string out;
    std::size_t glyphs = 128;
    std::vector<std::pair<std::string, std::string>> faces;  // name, font
    for (int i = 0; i < argc; ++i) {
        const std::string arg = argv[i];
        if ((arg == "--out" || arg == "--glyphs") && i + 1 >= argc) return Usage(arg + " needs a value");
        if (arg == "--out") {
            out = argv[++i];
        } else if (arg == "--glyphs") {
            const int n = std::atoi(argv[++i]);
            if (n < 1 || n > 4096) return Usage("--glyphs needs a number from 1 to 4096");
            glyphs = static_cast<std::size_t>(n);
        } else if (!arg.empty() && arg[0] == '-') {
            return Usage("unknown option " + arg);
        } else {
            const std::size_t eq = arg.find('=');
            const std::string name = arg.substr(0, eq);
            if (eq == std::string::npos ||
                (name != "body" && name != "title" && name != "extra" && name != "ja" && name != "zh")) {
                return Usage("faces are body=FONT, title=FONT, extra=FONT, ja=FONT or zh=FONT, not \"" + arg +
                             "\"");
            }
            faces.emplace_back(name, arg.substr(eq + 1));
        }
    }
    if (out.empty()) return Usage("--out DIR is required");
    std::error_code ec;
    fs::create_directories(out, ec);
    if (ec) {
        std::fprintf(stderr, "%s: cannot create: %s\n", out.c_str(), ec.message().c_str());
        return kExitUsage;
    }
    std::set<std::uint32_t> body;
    FontPieces list;
    std::size_t files = 0, bytes = 0;
    // body first: extra is what it lacks.
    std::stable_sort(faces.begin(), faces.end(),
                     [](const auto& a, const auto& b) { return (a.first == "body") > (b.first == "body"); });
    for (const auto& [name, spec] : faces) {
        const auto face = OpenFace(spec);
        if (!face) return kExitUsage;
        if (name == "extra" && body.empty()) return Usage("extra needs body, the face it fills in for");
        const std::vector<std::uint32_t> covered = Coverage(name, face->Codepoints(), body);
        if (name == "body") body.insert(covered.begin(), covered.end());
        std::vector<FontPiece>& pieces = list.Face(name);
        for (const std::vector<std::uint32_t>& cut : CutIntoPieces(covered, glyphs)) {
            std::string why;
            const std::string font = face->Subset(cut, &why);
            if (font.empty()) {
                std::fprintf(stderr, "%s: %s\n", spec.c_str(), why.c_str());
                return kExitUsage;
            }
            FontPiece piece;
            piece.file = name + "-" + std::to_string(pieces.size()) + (IsCff(font) ? ".otf" : ".ttf");
            piece.ranges = RangesOf(cut);
            if (!WriteFileAtomically((fs::path(out) / piece.file).string(), font, &why)) {
                std::fprintf(stderr, "%s: cannot write: %s\n", out.c_str(), why.c_str());
                return kExitUsage;
            }
            pieces.push_back(std::move(piece));
            ++files;
            bytes += font.size();
        }
    }
    std::string why;
    if (!WriteFileAtomically((fs::path(out) / "pieces.json").string(), WriteFontPieces(list), &why)) {
        std::fprintf(stderr, "%s: cannot write: %s\n", out.c_str(), why.c_str());
        return kExitUsage;
    }
    std::printf("golmok fonts: %zu pieces, %zu bytes, in %s\n", files, bytes, out.c_str());
    return kExitOk;
}

}  // namespace

int FontsCommand(int argc, char** argv) {
    if (argc < 1 || IsHelp(argv[0])) {
        if (argc < 1) return Usage("subset or pieces?");
        std::fputs(kFontsUsage, stdout);
        return kExitOk;
    }
    const std::string what = argv[0];
    if (what == "subset") return Subset(argc - 1, argv + 1);
    if (what == "pieces") return Pieces(argc - 1, argv + 1);
    return Usage("subset or pieces, not \"" + what + "\"");
}

}  // namespace golmok::cli
