// golmok publish: brings a site folder that golmok site wrote up to date with new data for its
// districts, with nothing but this tool: no compiler, no emscripten, no fonts to cut (characters
// the first fonts lack come from the font pieces already in the site).
//
// The new site is assembled beside the old one from hard links to its files, with new files only
// where the content changes, and the two folders are exchanged in one step (renameat2's
// RENAME_EXCHANGE). A bundle with problems, a failure or an interruption before that step leaves
// the old folder exactly as it was; a host serving it sees the old site or the new, never a mix.

#include <fcntl.h>
#include <stdio.h>

#include <cstdio>
#include <ctime>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <system_error>
#include <vector>

#include "cli/commands.h"
#include "cli/file_io.h"
#include "cli/site_files.h"
#include "core/model/date.h"
#include "tools/publish.h"

namespace golmok::cli {
namespace {

namespace fs = std::filesystem;

const char kPublishUsage[] =
    "usage: golmok publish SITE BUNDLE... [--today YYYY-MM-DD]\n"
    "\n"
    "Brings SITE, a folder golmok site wrote (and a host serves), up to date with each BUNDLE:\n"
    "a district's changed data file, named by the district id inside it. Each bundle is checked\n"
    "as golmok validate checks it; then the bundle goes to SITE/data/, and that district's pages\n"
    "in every language (with their JSON-LD), its web manifest, the sitemap, the service worker's\n"
    "list and the .gz and .br copies are made again. Only files whose content changes are\n"
    "written. The new folder is assembled beside SITE and swapped in at once: a bundle with\n"
    "problems, a failure or an interruption leaves SITE as it was.\n"
    "\n"
    "  --today YYYY-MM-DD    the day (Seoul) the pages are written for (default: today)\n"
    "\n"
    "exit status: 0 published (or nothing to change), 1 a bundle has problems (nothing written),\n"
    "2 usage error, or a site or file that cannot be read or written\n";

int Usage(const std::string& problem) {
    std::fprintf(stderr, "golmok publish: %s\n\n%s", problem.c_str(), kPublishUsage);
    return kExitUsage;
}

int CannotRead(const std::string& path, const std::string& why) {
    std::fprintf(stderr, "%s: cannot read: %s\n", path.c_str(), why.c_str());
    return kExitUsage;
}

// Makes `staging` a copy of `site` whose files are hard links (a copy where links cannot be made).
bool LinkTree(const fs::path& site, const fs::path& staging, std::string* why) {
    std::error_code ec;
    fs::copy(site, staging, fs::copy_options::recursive | fs::copy_options::create_hard_links, ec);
    if (ec) {
        fs::remove_all(staging, ec);
        fs::copy(site, staging, fs::copy_options::recursive, ec);
    }
    if (ec) *why = staging.string() + ": " + ec.message();
    return !ec;
}

// Puts `staging` where `site` is and the old site where `staging` was, in one step where the
// file system can (two renames otherwise).
bool Exchange(const fs::path& staging, const fs::path& site, std::string* why) {
    if (renameat2(AT_FDCWD, staging.c_str(), AT_FDCWD, site.c_str(), RENAME_EXCHANGE) == 0) return true;
    std::error_code ec;
    const fs::path old = site.string() + ".publish-old";
    fs::remove_all(old, ec);
    fs::rename(site, old, ec);
    if (!ec) fs::rename(staging, site, ec);
    if (ec) {
        *why = ec.message();
        return false;
    }
    fs::rename(old, staging, ec);
    return true;
}

}  // namespace

int PublishCommand(int argc, char** argv) {
    std::string siteArg;
    std::vector<std::string> bundlePaths;
    std::optional<Date> today;
    for (int i = 0; i < argc; ++i) {
        const std::string arg = argv[i];
        if (IsHelp(argv[i])) {
            std::fputs(kPublishUsage, stdout);
            return kExitOk;
        }
        if (arg == "--today") {
            if (i + 1 >= argc || !(today = ParseDate(argv[++i])))
                return Usage("--today needs a date like 2026-12-01");
        } else if (!arg.empty() && arg[0] == '-') {
            return Usage("unknown option " + arg);
        } else if (siteArg.empty()) {
            siteArg = arg;
        } else {
            bundlePaths.push_back(arg);
        }
    }
    if (siteArg.empty() || bundlePaths.empty()) return Usage("needs the site folder and at least one bundle");
    // Absolute, so that "." and "site/" name the folder itself, which is swapped as a whole.
    std::error_code pathError;
    const fs::path site = fs::absolute(siteArg, pathError).lexically_normal();
    const fs::path siteDir = site.filename().empty() ? site.parent_path() : site;

    // Everything the new bundles change, made by the same code as the editor's publish button.
    std::vector<PublishedBundle> given;
    std::string text, why;
    for (const std::string& path : bundlePaths) {
        if (!ReadFile(path, &text, &why)) return CannotRead(path, why);
        given.push_back({path, text});
    }
    const SiteReader read = [&siteDir](const std::string& path, std::string* data, std::string* failure) {
        return ReadFile((siteDir / path).string(), data, failure);
    };
    SiteUpdate update = MakeSiteUpdate(
        read, given, today ? *today : SeoulDateAt(static_cast<std::int64_t>(std::time(nullptr))));
    if (update.status == SiteUpdate::Status::kUnreadable) {
        for (const std::string& line : update.messages)
            std::fprintf(stderr, "%s\n", (siteDir / line).string().c_str());
        return kExitUsage;
    }
    if (update.status == SiteUpdate::Status::kProblems) {
        for (const std::string& line : update.messages) std::printf("%s\n", line.c_str());
        std::fprintf(stderr, "golmok publish: nothing written; fix the problems above (golmok validate)\n");
        return kExitInvalid;
    }
    std::map<std::string, std::string>& files = update.files;

    // Only what changes is written.
    std::vector<std::string> changed;
    for (const auto& [path, data] : files) {
        std::string old;
        if (!ReadFile((siteDir / path).string(), &old, &why) || old != data) changed.push_back(path);
    }
    if (changed.empty()) {
        std::printf("golmok publish: %s is up to date; nothing written\n", siteDir.string().c_str());
        return kExitOk;
    }

    const fs::path staging = siteDir.string() + ".publish-new";
    std::error_code ec;
    fs::remove_all(staging, ec);  // left by a publish that was interrupted
    if (!LinkTree(siteDir, staging, &why)) {
        std::fprintf(stderr, "golmok publish: cannot assemble the new site: %s\n", why.c_str());
        return kExitUsage;
    }
    for (const std::string& path : changed) {
        if (!WriteWithCopies(staging, path, files[path], &why)) {
            std::fprintf(stderr, "golmok publish: cannot write %s; the site is as it was\n", why.c_str());
            fs::remove_all(staging, ec);
            return kExitUsage;
        }
    }
    if (!Exchange(staging, siteDir, &why)) {
        std::fprintf(stderr, "golmok publish: cannot swap the new site in: %s; the site is as it was\n",
                     why.c_str());
        fs::remove_all(staging, ec);
        return kExitUsage;
    }
    fs::remove_all(staging, ec);  // the old site
    for (const std::string& path : changed) std::printf("%s\n", path.c_str());
    std::printf("golmok publish: %zu files changed in %s\n", changed.size(), siteDir.string().c_str());
    return kExitOk;
}

}  // namespace golmok::cli
