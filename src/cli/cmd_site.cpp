// golmok site: reads data/index.json and the bundles beside it, the built page (wasm, JS, CSS,
// fonts, icons) and the service worker's code, and writes the whole site: every file named by a
// hash of its content except the pages, sw.js and the data, each compressible file also as .gz
// and .br.
// The folder is assembled beside the output and swapped in only when complete, so a failed
// build never leaves a half-written site.

#include "cli/cmd_site.h"
#include "cli/commands.h"
#include "cli/file_io.h"
#include "cli/site_files.h"

#include <algorithm>
#include <cerrno>
#include <cinttypes>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <deque>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <system_error>
#include <thread>
#include <utility>
#include <vector>

#include "core/bundle/bundle_edit.h"
#include "core/bundle/bundle_loader.h"
#include "core/i18n/font_pieces.h"
#include "core/model/date.h"
#include "core/model/diagnostic.h"
#include "tools/site.h"

namespace golmok::cli {
namespace {

namespace fs = std::filesystem;

const char kSiteUsage[] =
    "usage: golmok site --out DIR [--base-url URL] [--today YYYY-MM-DD] [--service-worker FILE]\n"
    "                   [--font-pieces DIR] --asset NAME=FILE... INDEX\n"
    "\n"
    "Builds the folder a static host serves as is from INDEX (data/index.json; the bundles it\n"
    "names lie beside it): for each district a page per language (DISTRICT/ in Korean,\n"
    "DISTRICT/en/, DISTRICT/ja/, DISTRICT/zh/) holding the complete directory as HTML with\n"
    "schema.org JSON-LD, over which the canvas app loads; index.html (the district chooser, or\n"
    "the only district's page); a web manifest per district; robots.txt; sitemap.xml when a base\n"
    "URL is given; sw.js; data/ with the index and bundles as they are; site.json, what golmok\n"
    "publish needs to bring the folder up to date later. Every other file is\n"
    "named by a hash of its content, and each compressible file is also written as FILE.gz.\n"
    "Nothing is written when a bundle has problems.\n"
    "\n"
    "  --out DIR             the site folder, replaced as a whole when the build succeeds\n"
    "  --base-url URL        where the site will be served (https://example.org/golmok/):\n"
    "                        absolute canonical links, og:url, og:image and sitemap.xml\n"
    "  --today YYYY-MM-DD    the day (Seoul) the pages are written for: promotions and events\n"
    "                        over by then are left out (default: today)\n"
    "  --service-worker FILE the worker's code (web/sw.js); the precache list is prepended\n"
    "  --font-pieces DIR     the font pieces golmok fonts pieces wrote (DIR/pieces.json and\n"
    "                        its files): fetched by the page for characters its fonts lack\n"
    "  --asset NAME=FILE     a file of the page by the name the page asks for. Required:\n"
    "                        golmok.js golmok.wasm shell.js shell.css fonts/body.ttf; also\n"
    "                        read: fonts/title.ttf fonts/extra.otf fonts/ja.otf fonts/zh.otf\n"
    "                        icon.svg icon-192.png icon-512.png publish.js publish.wasm\n"
    "\n"
    "exit status: 0 built, 1 a bundle has problems, 2 usage error or unreadable/unwritable file\n";

const char* const kRequiredAssets[] = {"golmok.js", "golmok.wasm", "shell.js", "shell.css", "fonts/body.ttf"};
const char* const kKnownAssets[] = {"golmok.js",      "golmok.wasm",     "shell.js",        "shell.css",
                                    "fonts/body.ttf", "fonts/title.ttf", "fonts/extra.otf", "fonts/ja.otf",
                                    "fonts/zh.otf",   "icon.svg",        "icon-192.png",    "icon-512.png",
                                    "publish.js",     "publish.wasm"};
// Fetched only by visitors who read Japanese or Chinese, by a home screen, or by the editor's
// publish button: not precached for everyone.
const std::set<std::string> kOnDemandAssets = {"fonts/ja.otf", "fonts/zh.otf", "icon-192.png",
                                               "icon-512.png", "publish.js",   "publish.wasm"};

struct Options {
    std::string out;
    std::string baseUrl;
    std::string serviceWorker;
    std::optional<Date> today;
    std::map<std::string, std::string> assets;  // name → source file
    std::string fontPieces;                     // a folder with pieces.json, or empty
    std::string index;
};

// A base URL the pages can put in front of a path: http(s), a host, no query or fragment, and
// ending in '/'.
bool NormalizeBaseUrl(std::string* url) {
    const std::string& u = *url;
    const bool http = u.rfind("https://", 0) == 0 || u.rfind("http://", 0) == 0;
    const std::size_t hostStart = u.find("//") + 2;
    if (!http || u.size() <= hostStart || u[hostStart] == '/') return false;
    for (char c : u) {
        if (static_cast<unsigned char>(c) <= 0x20 || c == '?' || c == '#' || c == '"' || c == '<' ||
            c == '>' || c == '\\' || c == 0x7F) {
            return false;
        }
    }
    if (u.back() != '/') *url += '/';
    return true;
}

int Usage(const std::string& problem) {
    std::fprintf(stderr, "golmok site: %s\n\n%s", problem.c_str(), kSiteUsage);
    return kExitUsage;
}

int ParseArgs(int argc, char** argv, Options* o) {
    for (int i = 0; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "-h" || arg == "--help") {
            std::fputs(kSiteUsage, stdout);
            return -1;
        }
        const bool hasValue = i + 1 < argc;
        if ((arg == "--out" || arg == "--base-url" || arg == "--today" || arg == "--service-worker" ||
             arg == "--asset" || arg == "--font-pieces") &&
            !hasValue) {
            return Usage(arg + " needs a value");
        }
        if (arg == "--out") {
            o->out = argv[++i];
        } else if (arg == "--base-url") {
            o->baseUrl = argv[++i];
            if (!NormalizeBaseUrl(&o->baseUrl)) {
                return Usage(
                    "--base-url needs an http(s) URL with a host and no query, like "
                    "https://example.org/golmok/");
            }
        } else if (arg == "--today") {
            o->today = ParseDate(argv[++i]);
            if (!o->today) return Usage("--today needs a date like 2026-12-01");
        } else if (arg == "--font-pieces") {
            o->fontPieces = argv[++i];
        } else if (arg == "--service-worker") {
            o->serviceWorker = argv[++i];
        } else if (arg == "--asset") {
            const std::string spec = argv[++i];
            const std::size_t eq = spec.find('=');
            const std::string name = spec.substr(0, eq);
            bool known = false;
            for (const char* k : kKnownAssets) known = known || name == k;
            if (eq == std::string::npos || eq + 1 == spec.size() || !known) {
                return Usage("--asset needs NAME=FILE with a NAME the page asks for, not \"" + spec + "\"");
            }
            o->assets[name] = spec.substr(eq + 1);
        } else if (!arg.empty() && arg[0] == '-') {
            return Usage("unknown option " + arg);
        } else if (o->index.empty()) {
            o->index = arg;
        } else {
            return Usage("only one index file, found \"" + arg + "\" too");
        }
    }
    if (o->out.empty()) return Usage("--out DIR is required");
    if (o->index.empty()) return Usage("no index file given (data/index.json)");
    for (const char* name : kRequiredAssets) {
        if (!o->assets.count(name)) return Usage(std::string("--asset ") + name + "=FILE is required");
    }
    return kExitOk;
}

void PrintProblems(const std::string& file, const std::vector<Diagnostic>& problems) {
    for (const Diagnostic& d : problems) std::printf("%s\n", FormatDiagnostic(file, d).c_str());
}

// The new site, written file by file into a folder beside `out` as the files are made, each with
// its .gz and .br copies (the compression is most of the work: it runs on every core), and
// swapped in once all are written. A thousand districts' pages are never all in memory at once.
// Destroyed without Commit (a problem found, a file that cannot be read), it leaves `out` as it
// was and removes what it wrote.
class StagedSite {
public:
    explicit StagedSite(const fs::path& out)
        : m_out(out),
          m_staging((out.has_parent_path() ? out.parent_path() : fs::path(".")) /
                    (out.filename().string() + ".new")) {
        std::error_code ec;
        fs::remove_all(m_staging, ec);
        const unsigned cores = std::max(1u, std::min(8u, std::thread::hardware_concurrency()));
        for (unsigned i = 0; i < cores; ++i) m_workers.emplace_back([this] { Work(); });
    }

    ~StagedSite() {
        Stop();
        if (!m_committed) {
            std::error_code ec;
            fs::remove_all(m_staging, ec);
        }
    }

    // Queues a file; waits while many are queued, so memory stays bounded.
    void Put(std::string path, std::string data) {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_room.wait(lock, [this] { return m_queue.size() < 4 * m_workers.size(); });
        m_queue.emplace_back(std::move(path), std::move(data));
        ++m_count;
        m_ready.notify_one();
    }

    std::size_t Count() const { return m_count; }

    // Waits for every file, then puts the new folder where `out` was.
    int Commit() {
        Stop();
        if (!m_failure.empty()) {
            std::fprintf(stderr, "golmok site: cannot write %s\n", m_failure.c_str());
            return kExitUsage;
        }
        const fs::path old = m_out.string() + ".old";
        std::error_code ec;
        fs::remove_all(old, ec);
        if (fs::exists(m_out)) fs::rename(m_out, old, ec);
        if (ec) {
            std::fprintf(stderr, "golmok site: cannot replace %s: %s\n", m_out.string().c_str(),
                         ec.message().c_str());
            return kExitUsage;
        }
        fs::rename(m_staging, m_out, ec);
        if (ec) {
            std::fprintf(stderr, "golmok site: cannot move the new site to %s: %s\n", m_out.string().c_str(),
                         ec.message().c_str());
            return kExitUsage;
        }
        m_committed = true;
        fs::remove_all(old, ec);
        return kExitOk;
    }

private:
    void Work() {
        for (;;) {
            std::pair<std::string, std::string> job;
            {
                std::unique_lock<std::mutex> lock(m_mutex);
                m_ready.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
                if (m_queue.empty()) return;
                job = std::move(m_queue.front());
                m_queue.pop_front();
                m_room.notify_one();
                if (!m_failure.empty()) continue;  // one failure is enough: the rest are dropped
            }
            std::string why;
            if (!WriteWithCopies(m_staging, job.first, job.second, &why)) {
                std::lock_guard<std::mutex> lock(m_mutex);
                if (m_failure.empty()) m_failure = why;
            }
        }
    }

    void Stop() {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_stopping = true;
        }
        m_ready.notify_all();
        for (std::thread& t : m_workers) t.join();
        m_workers.clear();
    }

    fs::path m_out, m_staging;
    std::vector<std::thread> m_workers;
    std::mutex m_mutex;
    std::condition_variable m_ready, m_room;
    std::deque<std::pair<std::string, std::string>> m_queue;
    std::size_t m_count = 0;
    std::string m_failure;
    bool m_stopping = false;
    bool m_committed = false;
};

}  // namespace

int RunSite(int argc, char** argv) {
    Options o;
    const int parsed = ParseArgs(argc, argv, &o);
    if (parsed == -1) return kExitOk;
    if (parsed != kExitOk) return parsed;

    StagedSite files(o.out);
    std::string text, why;
    // The data: the index and each bundle it names, checked as golmok validate does.
    if (!ReadFile(o.index, &text, &why)) {
        std::fprintf(stderr, "%s: cannot read: %s\n", o.index.c_str(), why.c_str());
        return kExitUsage;
    }
    IndexLoadResult index = LoadDistrictIndex(text);
    if (!index.index) {
        PrintProblems(o.index, index.errors);
        return kExitInvalid;
    }
    files.Put("data/index.json", text);
    const fs::path dataDir = fs::path(o.index).parent_path();
    std::vector<Bundle> bundles;
    std::vector<std::string> dataHashes;
    bool problems = false;
    for (const DistrictEntry& entry : index.index->districts) {
        const std::string path = (dataDir / entry.bundle).string();
        if (!ReadFile(path, &text, &why)) {
            std::fprintf(stderr, "%s: cannot read: %s\n", path.c_str(), why.c_str());
            return kExitUsage;
        }
        BundleLoadResult r = LoadBundle(text);
        if (!r.bundle) {
            PrintProblems(path, r.errors);
            problems = true;
            continue;
        }
        files.Put("data/" + entry.bundle, text);
        bundles.push_back(std::move(*r.bundle));
        dataHashes.push_back(HashText(text));
    }
    if (problems) {
        std::fprintf(stderr, "golmok site: nothing written; fix the problems above (golmok validate)\n");
        return kExitInvalid;
    }
    // The bundle format's schema travels with the data, for editors pointed at the site.
    const fs::path schema = dataDir / "schema" / "bundle.schema.json";
    if (fs::exists(schema) && ReadFile(schema.string(), &text, &why))
        files.Put("data/schema/bundle.schema.json", text);

    SiteInput site;
    site.index = &*index.index;
    for (const Bundle& b : bundles) site.bundles.push_back(&b);
    site.baseUrl = o.baseUrl;
    site.dataHashes = std::move(dataHashes);
    site.today = o.today ? *o.today : SeoulDateAt(static_cast<std::int64_t>(std::time(nullptr)));

    // The page's files, by content.
    std::vector<std::string> precache;
    for (const auto& [name, source] : o.assets) {
        if (!ReadFile(source, &text, &why)) {
            std::fprintf(stderr, "%s: cannot read: %s\n", source.c_str(), why.c_str());
            return kExitUsage;
        }
        const std::string hashed = HashedName(name, ContentHash(text));
        site.assets[name] = hashed;
        files.Put(hashed, text);
        if (!kOnDemandAssets.count(name)) precache.push_back(hashed);
    }
    // The font pieces, each named by its content, and their list naming them so: fetched only for
    // characters the page's fonts lack, and kept by the service worker once fetched.
    if (!o.fontPieces.empty()) {
        const fs::path dir(o.fontPieces);
        const std::string listPath = (dir / "pieces.json").string();
        FontPieces list;
        if (!ReadFile(listPath, &text, &why) || !ReadFontPieces(text, &list, &why)) {
            std::fprintf(stderr, "%s: %s\n", listPath.c_str(), why.c_str());
            return kExitUsage;
        }
        for (auto& [face, pieces] : list.faces) {
            for (FontPiece& piece : pieces) {
                const std::string source = (dir / piece.file).string();
                if (piece.file.find('/') != std::string::npos || !ReadFile(source, &text, &why)) {
                    std::fprintf(stderr, "%s: cannot read: %s\n", source.c_str(), why.c_str());
                    return kExitUsage;
                }
                piece.file = HashedName("pieces/" + piece.file, ContentHash(text));
                files.Put("fonts/" + piece.file, text);
            }
        }
        const std::string written = WriteFontPieces(list);
        const std::string hashed = HashedName("fonts/pieces.json", ContentHash(written));
        site.assets["fonts/pieces.json"] = hashed;
        files.Put(hashed, written);
    }
    for (std::size_t i = 0; i < bundles.size(); ++i) {
        const std::string manifest = DistrictManifest(site, i);
        const std::string name =
            "manifest." + bundles[i].district.id + "." + ContentHash(manifest) + ".webmanifest";
        site.assets["manifest:" + bundles[i].district.id] = name;
        files.Put(name, manifest);
    }
    // Page by page, district by district: written while the next is made.
    for (std::size_t i = 0; i < bundles.size(); ++i) {
        for (SiteFile& page : DistrictPages(site, i)) files.Put(std::move(page.path), std::move(page.text));
    }
    if (bundles.size() != 1) files.Put("index.html", ChooserPage(site));
    const std::string sitemap = Sitemap(site);
    if (!sitemap.empty()) files.Put("sitemap.xml", sitemap);
    files.Put("robots.txt", RobotsTxt(site));

    // The service worker keeps the app, the data and each district's Korean page offline; its
    // release name changes with any file of the page, so a new release replaces the old cache.
    std::string worker;
    if (!o.serviceWorker.empty()) {
        if (!ReadFile(o.serviceWorker, &worker, &why)) {
            std::fprintf(stderr, "%s: cannot read: %s\n", o.serviceWorker.c_str(), why.c_str());
            return kExitUsage;
        }
        files.Put("sw.js", ServiceWorker(precache, *index.index, worker));
    }
    // What golmok publish needs to bring this folder up to date without the build.
    files.Put(kSiteStateFile, WriteSiteState(site, precache, !worker.empty()));

    const int status = files.Commit();
    if (status == kExitOk) {
        std::printf("golmok site: %zu files in %s%s\n", files.Count(), o.out.c_str(),
                    o.baseUrl.empty() ? " (no --base-url: relative links, no sitemap.xml)" : "");
    }
    return status;
}

}  // namespace golmok::cli
