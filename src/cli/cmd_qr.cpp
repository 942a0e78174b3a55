// golmok qr: printable QR codes (SVG) of the district's page and of each shop's card, for
// posters and shop windows. Codes come from libqrencode; this file only draws them.

#include <qrencode.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/file_io.h"
#include "core/bundle/bundle_loader.h"
#include "core/domain/route.h"
#include "core/text/utf8.h"
#include "tools/html.h"

namespace golmok::cli {
namespace {

const char kQrUsage[] =
    "usage: golmok qr BUNDLE.json --base-url https://example.org/golmok/ -o DIR\n"
    "\n"
    "Writes a QR code (SVG) for the district's page and one for each shop's card into DIR\n"
    "(created if needed): DIR/<district id>.svg opens BASE-URL?d=<district id>, and\n"
    "DIR/shop-<shop id>.svg opens BASE-URL?d=<district id>#/shop/<shop id>. Under each code\n"
    "the name and the web address are printed, so the link can also be typed. The codes use error\n"
    "correction level M and keep the four-module quiet zone scanners need; every module is\n"
    "one square of a single path, so print at any size stays sharp.\n"
    "\n"
    "  --base-url URL   the address the site is published at (https: or http:)\n"
    "  -o DIR           the folder to write the SVG files into\n"
    "\n"
    "exit status: 0 written, 1 the bundle has problems, 2 usage error or a file that cannot be\n"
    "read or written\n";

constexpr int kQuietZone = 4;  // modules of white around the code, as ISO/IEC 18004 asks

// Rough width of a line in ems: Hangul and other wide characters one em, the rest about 0.6.
double WidthInEms(const std::string& s) {
    double width = 0;
    std::size_t pos = 0;
    while (pos < s.size()) {
        const std::uint32_t cp = NextCodepoint(s, &pos);
        width += cp >= 0x1100 ? 1.0 : 0.6;
    }
    return width;
}

// The code as an SVG of `size` modules square plus two lines of text (name, address) below.
bool QrSvg(const std::string& url, const std::string& title, std::string* svg) {
    QRcode* code = QRcode_encodeString8bit(url.c_str(), 0, QR_ECLEVEL_M);
    if (!code) return false;
    const int width = code->width;
    const int size = width + 2 * kQuietZone;
    // Each run of dark modules in a row is one rectangle of the path: few bytes, no seams.
    std::string path;
    for (int y = 0; y < width; ++y) {
        for (int x = 0; x < width;) {
            if (!(code->data[y * width + x] & 1)) {
                ++x;
                continue;
            }
            int run = 1;
            while (x + run < width && (code->data[y * width + x + run] & 1)) ++run;
            path += "M" + std::to_string(x + kQuietZone) + " " + std::to_string(y + kQuietZone) + "h" +
                    std::to_string(run) + "v1h-" + std::to_string(run) + "z";
            x += run;
        }
    }
    QRcode_free(code);
    const double usable = size - 2.0;
    const double titleSize = std::min(2.4, usable / std::max(1.0, WidthInEms(title)));
    const double urlSize = std::min(1.6, usable / std::max(1.0, WidthInEms(url)));
    // The text starts below the quiet zone, which scanners need empty.
    const double titleBaseline = size + titleSize;
    const double urlBaseline = titleBaseline + 0.5 + urlSize;
    const double height = urlBaseline + 1.0;
    char header[512];
    std::snprintf(header, sizeof header,
                  "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %.2f\" width=\"%.1fmm\" "
                  "height=\"%.1fmm\">\n"
                  "<rect width=\"100%%\" height=\"100%%\" fill=\"#fff\"/>\n",
                  size, height, size * 1.5, height * 1.5);
    *svg = header;
    *svg += "<path fill=\"#000\" shape-rendering=\"crispEdges\" d=\"" + path + "\"/>\n";
    char text[400];
    std::snprintf(text, sizeof text,
                  "<text x=\"%.2f\" y=\"%.2f\" font-size=\"%.2f\" text-anchor=\"middle\" "
                  "font-family=\"'Noto Sans KR','Nanum Gothic',sans-serif\" font-weight=\"bold\">",
                  size / 2.0, titleBaseline, titleSize);
    *svg += text + EscapeHtml(title) + "</text>\n";
    std::snprintf(text, sizeof text,
                  "<text x=\"%.2f\" y=\"%.2f\" font-size=\"%.2f\" text-anchor=\"middle\" "
                  "font-family=\"monospace\">",
                  size / 2.0, urlBaseline, urlSize);
    *svg += text + EscapeHtml(url) + "</text>\n</svg>\n";
    return true;
}

bool MakeDirectory(const std::string& dir) {
    if (::mkdir(dir.c_str(), 0777) == 0 || errno == EEXIST) {
        struct stat st;
        return ::stat(dir.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
    }
    return false;
}

int Usage(const std::string& message) {
    std::fprintf(stderr, "golmok qr: %s\n\n%s", message.c_str(), kQrUsage);
    return kExitUsage;
}

}  // namespace

int QrCommand(int argc, char** argv) {
    std::string input, baseUrl, outDir;
    for (int i = 0; i < argc; ++i) {
        const std::string arg = argv[i];
        if (IsHelp(argv[i])) {
            std::fputs(kQrUsage, stdout);
            return kExitOk;
        }
        if (arg == "--base-url" && i + 1 < argc) {
            baseUrl = argv[++i];
        } else if ((arg == "-o" || arg == "--output") && i + 1 < argc) {
            outDir = argv[++i];
        } else if (arg.size() > 1 && arg[0] == '-') {
            return Usage("unknown option or missing value: " + arg);
        } else if (input.empty()) {
            input = arg;
        } else {
            return Usage("one bundle at a time; unexpected " + arg);
        }
    }
    if (input.empty()) return Usage("no bundle given");
    if (outDir.empty()) return Usage("-o DIR is required");
    const bool web = baseUrl.compare(0, 8, "https://") == 0 || baseUrl.compare(0, 7, "http://") == 0;
    if (!web || baseUrl.find_first_of("?# ") != std::string::npos || !IsAllowedLinkScheme(baseUrl)) {
        return Usage(
            "--base-url needs an https:// (or http://) address without ? or #, such as "
            "https://example.org/golmok/");
    }
    std::string text, why;
    if (!ReadFile(input, &text, &why)) {
        std::fprintf(stderr, "%s: cannot read: %s\n", input.c_str(), why.c_str());
        return kExitUsage;
    }
    const BundleLoadResult r = LoadBundle(text);
    if (!r.ok()) {
        for (const Diagnostic& d : r.errors) std::printf("%s\n", FormatDiagnostic(input, d).c_str());
        std::fflush(stdout);
        std::fprintf(stderr, "%s: not a valid bundle; nothing written\n", input.c_str());
        return kExitInvalid;
    }
    if (!MakeDirectory(outDir)) {
        std::fprintf(stderr, "%s: cannot create the folder: %s\n", outDir.c_str(), std::strerror(errno));
        return kExitUsage;
    }
    const Bundle& b = *r.bundle;
    const std::string districtUrl = baseUrl + "?d=" + b.district.id;
    struct Item {
        std::string file, url, title;
    };
    std::vector<Item> items{{b.district.id + ".svg", districtUrl, b.district.name.Ko()}};
    for (const Shop& s : b.shops) {
        Route route;
        route.screen = Route::Screen::kShop;
        route.id = s.id;
        items.push_back({"shop-" + s.id + ".svg", districtUrl + FormatRoute(route), s.name.Ko()});
    }
    for (const Item& item : items) {
        std::string svg;
        if (!QrSvg(item.url, item.title, &svg)) {
            std::fprintf(stderr, "%s: the address is too long for a QR code\n", item.url.c_str());
            return kExitUsage;
        }
        const std::string path = outDir + "/" + item.file;
        if (!WriteFileAtomically(path, svg, &why)) {
            std::fprintf(stderr, "%s: cannot write: %s\n", path.c_str(), why.c_str());
            return kExitUsage;
        }
    }
    std::fprintf(stderr, "%s: %zu QR codes written to %s\n", input.c_str(), items.size(), outDir.c_str());
    return kExitOk;
}

}  // namespace golmok::cli
