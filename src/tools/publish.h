// Publishing: what a site folder golmok site wrote becomes when districts' bundles change. The
// same code makes `golmok publish` (which writes the files into the folder) and the update the
// editor publishes in the browser (a zip of the same files, made by the publish module). Takes
// values and a way to read the site's files; writes nothing.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "core/model/date.h"

namespace golmok {

// Reads the file at `path` from the site's root (site.json, data/index.json, data/<bundle>,
// sw.js). False, with why, when it cannot.
using SiteReader = std::function<bool(const std::string& path, std::string* data, std::string* why)>;

struct PublishedBundle {
    std::string name;  // where it came from, for messages: a file's path, or the draft's name
    std::string text;
};

struct SiteUpdate {
    enum class Status {
        kReady,       // `files` holds the update
        kProblems,    // a bundle has problems, or names a district the site does not have
        kUnreadable,  // a file of the site is missing or not one golmok site wrote
    };
    Status status = Status::kReady;
    // kProblems: each problem as golmok validate prints it. kUnreadable: the file and why.
    std::vector<std::string> messages;
    // Path from the site's root → content: each bundle as given, that district's pages in every
    // language with their JSON-LD, its web manifest, the district chooser, sitemap.xml, robots.txt
    // and sw.js. Some may be unchanged; no compressed copies (see tools/compress.h).
    std::map<std::string, std::string> files;
};

// The update for `bundles`, each checked as golmok validate checks a bundle; `today` is the day
// in Seoul the pages are written for.
SiteUpdate MakeSiteUpdate(const SiteReader& read, const std::vector<PublishedBundle>& bundles, Date today);

}  // namespace golmok
