#include "tools/compress.h"

#include <brotli/encode.h>
#include <zlib.h>
#ifndef GOLMOK_NO_ZOPFLI
#include <zopfli/zopfli.h>
#endif

#include <cstdint>
#include <cstdlib>
#include <cstring>

namespace golmok {
namespace {

// How hard to compress. The page's own files (named by their content: the wasm, scripts, styles,
// first fonts, icons) are few, made once a release and fetched by every visitor: Zopfli and
// Brotli's best. Everything else is many files or remade on every publish: the pages and data
// (four pages a district; a city has a thousand districts), and the font pieces (hundreds, each
// fetched only for a character it holds). Zopfli takes most of a second for a 60 KB page and
// Brotli 11 a tenth of one; these get zlib's best (3–4% larger than Zopfli's, for the few
// browsers without Brotli), and Brotli 10 (within 1% of 11, three times faster) for pages and
// data, Brotli 9 for the pieces.
bool IsBulk(const std::string& path) {
    if (path.rfind("fonts/pieces/", 0) == 0) return true;
    const std::size_t slash = path.find_last_of('/');
    const std::string name = path.substr(slash == std::string::npos ? 0 : slash + 1);
    // "golmok.3f9a0c1b2d7e.wasm": a dot, 12 hex digits, a dot.
    for (std::size_t dot = name.find('.'); dot != std::string::npos; dot = name.find('.', dot + 1)) {
        if (dot + 13 < name.size() && name[dot + 13] == '.' &&
            name.find_first_not_of("0123456789abcdef", dot + 1) == dot + 13) {
            return false;
        }
    }
    return true;
}

int BrotliQuality(const std::string& path) {
    if (path.rfind("fonts/pieces/", 0) == 0) return 9;
    return IsBulk(path) ? 10 : BROTLI_MAX_QUALITY;
}

// gzip by zlib at its best: no name, and a time of 0 in the header.
bool GzipFast(const std::string& data, std::string* out) {
    z_stream z{};
    if (deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY) != Z_OK)
        return false;
    out->resize(deflateBound(&z, data.size()) + 32);
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    z.avail_in = static_cast<uInt>(data.size());
    z.next_out = reinterpret_cast<Bytef*>(&(*out)[0]);
    z.avail_out = static_cast<uInt>(out->size());
    const bool done = deflate(&z, Z_FINISH) == Z_STREAM_END;
    out->resize(z.total_out);
    deflateEnd(&z);
    return done;
}

// gzip by Zopfli, which any gzip reader inflates and which comes out some 5% smaller than zlib's
// best (10 KB off the wasm: the page's byte budget is tight). No name or time in the header: the
// same input gives the same bytes on every build. The page (GOLMOK_NO_ZOPFLI) has no Zopfli, and
// only ever writes bulk files but for a district's manifest, which is small.
bool Gzip(const std::string& path, const std::string& data, std::string* out) {
#ifdef GOLMOK_NO_ZOPFLI
    (void)path;
    return GzipFast(data, out);
#else
    if (IsBulk(path)) return GzipFast(data, out);
    ZopfliOptions options;
    ZopfliInitOptions(&options);
    unsigned char* compressed = nullptr;
    std::size_t size = 0;
    ZopfliCompress(&options, ZOPFLI_FORMAT_GZIP, reinterpret_cast<const unsigned char*>(data.data()),
                   data.size(), &compressed, &size);
    if (!compressed) return false;
    out->assign(reinterpret_cast<const char*>(compressed), size);
    std::free(compressed);
    return true;
#endif
}

// Brotli at its best quality and largest window, told what the file holds: some 15% smaller than
// the gzip copy for the wasm and the fonts, for the hosts that send .br to browsers that ask.
bool Brotli(const std::string& path, const std::string& data, std::string* out) {
    const auto endsWith = [&](const char* ext) {
        const std::size_t n = std::strlen(ext);
        return path.size() > n && path.compare(path.size() - n, n, ext) == 0;
    };
    const BrotliEncoderMode mode = endsWith(".ttf") || endsWith(".otf") ? BROTLI_MODE_FONT
                                   : endsWith(".wasm")                  ? BROTLI_MODE_GENERIC
                                                                        : BROTLI_MODE_TEXT;
    std::size_t size = BrotliEncoderMaxCompressedSize(data.size());
    if (size == 0) return false;
    out->resize(size);
    if (!BrotliEncoderCompress(BrotliQuality(path), BROTLI_MAX_WINDOW_BITS, mode, data.size(),
                               reinterpret_cast<const std::uint8_t*>(data.data()), &size,
                               reinterpret_cast<std::uint8_t*>(&(*out)[0]))) {
        return false;
    }
    out->resize(size);
    return true;
}

}  // namespace

bool Compressible(const std::string& path) {
    static const char* const kExtensions[] = {".html", ".js",  ".css", ".json", ".wasm",       ".svg",
                                              ".ttf",  ".otf", ".xml", ".txt",  ".webmanifest"};
    for (const char* ext : kExtensions) {
        const std::size_t n = std::strlen(ext);
        if (path.size() > n && path.compare(path.size() - n, n, ext) == 0) return true;
    }
    return false;
}

CompressedCopies Compress(const std::string& path, const std::string& data) {
    CompressedCopies copies;
    if (!Compressible(path)) return copies;
    if (!Gzip(path, data, &copies.gz) || copies.gz.size() >= data.size()) copies.gz.clear();
    if (!Brotli(path, data, &copies.br) || copies.br.size() >= data.size()) copies.br.clear();
    return copies;
}

}  // namespace golmok
