// The publish module: the editor's publish button in the browser. shell/publish.js loads it only
// when that button is pressed (the visitor's page never downloads it), hands it the site's files
// it fetched (site.json, the index, the bundles, sw.js), and gets back the zip of the same update
// `golmok publish` writes for the bundle, made by the same code (tools/publish.h), with the same
// compressed copies beside each file.

#include <emscripten/emscripten.h>

#include <cstdint>
#include <map>
#include <string>

#include "core/model/date.h"
#include "tools/compress.h"
#include "tools/publish.h"
#include "tools/zip.h"

namespace {

std::map<std::string, std::string> g_site;  // path from the site's root → bytes
std::string g_result;                       // the zip, or the messages
std::string g_missing;                      // the file the last make needed and was not given
int g_files = 0;                            // files in the zip, copies not counted

}  // namespace

extern "C" {

// A file of the site, as fetched. A file the site does not have is simply never put.
EMSCRIPTEN_KEEPALIVE void golmok_publish_put(const char* path, const std::uint8_t* data, int size) {
    g_site[path].assign(reinterpret_cast<const char*>(data), static_cast<std::size_t>(size));
}

// Forgets the files put so far: each publish starts from the site as it is then.
EMSCRIPTEN_KEEPALIVE void golmok_publish_forget() {
    g_site.clear();
}

// Makes the update for the bundle `text` (from the file or draft `name`) as of `unixSeconds`.
// Returns 0 with the zip as the result, 1 when the bundle has problems (the result: one per
// line, as golmok validate says them), 2 when a file of the site is missing or unreadable (the
// result says which), 3 when the zip would be too large for one.
EMSCRIPTEN_KEEPALIVE int golmok_publish_make(const char* name, const char* text, double unixSeconds) {
    g_missing.clear();
    const golmok::SiteReader read = [](const std::string& path, std::string* data, std::string* why) {
        const auto it = g_site.find(path);
        if (it == g_site.end()) {
            *why = "not found on the site";
            if (g_missing.empty()) g_missing = path;
            return false;
        }
        *data = it->second;
        return true;
    };
    const golmok::Date today = golmok::SeoulDateAt(static_cast<std::int64_t>(unixSeconds));
    const golmok::SiteUpdate update = golmok::MakeSiteUpdate(read, {{name, text}}, today);
    g_result.clear();
    g_files = 0;
    if (update.status != golmok::SiteUpdate::Status::kReady) {
        for (const std::string& line : update.messages) g_result += line + "\n";
        return update.status == golmok::SiteUpdate::Status::kProblems ? 1 : 2;
    }
    golmok::ZipWriter zip(today);
    for (const auto& [path, data] : update.files) {
        const golmok::CompressedCopies copies = golmok::Compress(path, data);
        if (!zip.Add(path, data) || (!copies.gz.empty() && !zip.Add(path + ".gz", copies.gz)) ||
            (!copies.br.empty() && !zip.Add(path + ".br", copies.br))) {
            g_result = "the update is too large for one zip file\n";
            return 3;
        }
        ++g_files;
    }
    g_result = zip.Finish();
    return 0;
}

EMSCRIPTEN_KEEPALIVE const char* golmok_publish_result() {
    return g_result.data();
}
EMSCRIPTEN_KEEPALIVE int golmok_publish_result_size() {
    return static_cast<int>(g_result.size());
}
EMSCRIPTEN_KEEPALIVE int golmok_publish_file_count() {
    return g_files;
}
// The first file the last golmok_publish_make asked for and was not given ("" when none): the
// page fetches the other districts' bundles only when this names one.
EMSCRIPTEN_KEEPALIVE const char* golmok_publish_missing() {
    return g_missing.c_str();
}

}  // extern "C"
