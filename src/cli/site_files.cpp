#include "cli/site_files.h"

#include <brotli/encode.h>
#include <zlib.h>
#include <zopfli/zopfli.h>

#include <cerrno>
#include <cinttypes>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>

#include "core/json/json_text.h"
#include "core/json/json_writer.h"

namespace golmok::cli {
namespace {

namespace fs = std::filesystem;

bool WriteFile(const fs::path& path, const std::string& data, std::string* why) {
    std::error_code ec;
    fs::create_directories(path.parent_path(), ec);
    if (ec) {
        *why = path.parent_path().string() + ": " + ec.message();
        return false;
    }
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(data.data(), static_cast<std::streamsize>(data.size()));
    out.close();
    if (!out) {
        *why = path.string() + ": " + std::strerror(errno);
        return false;
    }
    return true;
}

bool Compressible(const std::string& path) {
    static const char* const kExtensions[] = {".html", ".js",  ".css", ".json", ".wasm",       ".svg",
                                              ".ttf",  ".otf", ".xml", ".txt",  ".webmanifest"};
    for (const char* ext : kExtensions) {
        const std::size_t n = std::strlen(ext);
        if (path.size() > n && path.compare(path.size() - n, n, ext) == 0) return true;
    }
    return false;
}

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
// same input gives the same bytes on every build.
bool Gzip(const std::string& path, const std::string& data, std::string* out) {
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

std::string ContentHash(const std::string& data) {
    std::uint64_t h = 0xcbf29ce484222325ull;
    for (unsigned char c : data) {
        h ^= c;
        h *= 0x100000001b3ull;
    }
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016" PRIx64, h);
    return std::string(hex, 12);
}

std::string HashedName(const std::string& name, const std::string& hash) {
    const std::size_t slash = name.find_last_of('/');
    const std::size_t dot = name.find_last_of('.');
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return name + "." + hash;
    return name.substr(0, dot) + "." + hash + name.substr(dot);
}

bool WriteWithCopies(const fs::path& dir, const std::string& path, const std::string& data,
                     std::string* why) {
    std::error_code ec;
    for (const char* ext : {"", ".gz", ".br"}) fs::remove(dir / (path + ext), ec);
    if (!WriteFile(dir / path, data, why)) return false;
    if (!Compressible(path)) return true;
    std::string gz, br;
    return !(
        (Gzip(path, data, &gz) && gz.size() < data.size() && !WriteFile(dir / (path + ".gz"), gz, why)) ||
        (Brotli(path, data, &br) && br.size() < data.size() && !WriteFile(dir / (path + ".br"), br, why)));
}

const char kSiteStateFile[] = "site.json";

std::string ServiceWorker(std::vector<std::string> precache, const DistrictIndex& index,
                          const std::string& code) {
    precache.push_back("./");
    for (const DistrictEntry& entry : index.districts)
        precache.push_back(DistrictPagePath(entry.id, Lang::kKo));
    precache.push_back("data/index.json");
    for (const DistrictEntry& entry : index.districts) precache.push_back("data/" + entry.bundle);
    std::string release;
    for (const std::string& p : precache) release += p + "\n";
    return ServiceWorkerPrelude(ContentHash(release + code), precache) + code;
}

std::string ServiceWorkerCode(const std::string& swJs) {
    // The prelude is three lines: a comment and two constants.
    std::size_t at = 0;
    for (int line = 0; line < 3 && at != std::string::npos; ++line) {
        at = swJs.find('\n', at);
        if (at != std::string::npos) ++at;
    }
    return swJs.rfind("// Written by golmok site", 0) == 0 && at != std::string::npos ? swJs.substr(at)
                                                                                      : swJs;
}

std::string WriteSiteState(const SiteInput& site, const std::vector<std::string>& precache, bool worker) {
    JsonWriter w;
    w.BeginObject();
    w.Key("format");
    w.Integer(1);
    w.Key("assets");
    w.BeginObject();
    for (const auto& [name, path] : site.assets) {
        if (name.rfind("manifest:", 0) == 0) continue;  // made again from each district's data
        w.Key(name);
        w.String(path);
    }
    w.EndObject();
    w.Key("baseUrl");
    w.String(site.baseUrl);
    w.Key("precache");
    w.BeginArray();
    for (const std::string& p : precache) w.String(p);
    w.EndArray();
    w.Key("worker");
    w.Bool(worker);
    w.EndObject();
    return w.TakeText();
}

bool ReadSiteState(const std::string& text, SiteState* out, std::string* why) {
    const ParsedJson parsed = ParseJson(text);
    const JsonValue root = parsed.Root();
    if (!parsed.ok() || !root.IsObject() || root.Find("format").Integer() != 1 ||
        !root.Find("assets").IsObject() || !root.Find("precache").IsArray()) {
        *why = "not a site.json golmok site wrote";
        return false;
    }
    SiteState state;
    for (JsonValue a = root.Find("assets").FirstChild(); a; a = a.NextSibling()) {
        state.assets[std::string(a.Key())] = std::string(a.String());
    }
    state.baseUrl = std::string(root.Find("baseUrl").String());
    for (JsonValue p = root.Find("precache").FirstChild(); p; p = p.NextSibling()) {
        state.precache.emplace_back(p.String());
    }
    state.worker = root.Find("worker").Bool();
    *out = std::move(state);
    return true;
}

}  // namespace golmok::cli
