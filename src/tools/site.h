// The static site's text files, generated from the district index and its bundles: one HTML page
// per district and language (a complete directory with schema.org JSON-LD, over which the canvas
// app loads), the district chooser, web manifests, sitemap.xml, robots.txt and the service
// worker's precache list. Takes values, returns text: no file access, no ImGui, no emscripten.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/model/bundle.h"
#include "core/model/date.h"
#include "core/text/text.h"

namespace golmok {

// URL form of the pages (paths relative to the site's root):
//   ""             the district chooser (index.html), or the only district's page when the index
//                  lists one
//   "doksan/"      a district in Korean, also its x-default
//   "doksan/en/"   the same district in English ("ja/", "zh/" likewise)
std::string DistrictPagePath(const std::string& districtId, Lang lang);

struct SiteInput {
    const DistrictIndex* index = nullptr;
    // One per index->districts entry, in the same order. Publishing leaves null those it does
    // not read: a district's pages need only its own bundle, the sitemap only the index.
    std::vector<const Bundle*> bundles;
    // HashText (core/bundle/bundle_edit.h) of each bundle's file, in the same order, written into
    // its pages so that the app knows whether it shows the data they were written from; may be
    // empty.
    std::vector<std::string> dataHashes;
    // Logical name → the file's path from the site's root with its content hash, e.g.
    // "golmok.js" → "golmok.3f9a0c1b2d.js". Required: golmok.js, golmok.wasm, shell.js,
    // shell.css, fonts/body.ttf. Used when present: fonts/title.ttf, fonts/extra.otf,
    // fonts/ja.otf, fonts/zh.otf, icon.svg, icon-192.png, icon-512.png, and "manifest:<id>" for
    // each district's manifest.
    std::map<std::string, std::string> assets;
    // "https://example.org/golmok/" (ending in '/'), or empty: then canonical and alternate links
    // are relative, and what must be absolute (og:url, og:image, the sitemap) is left out.
    std::string baseUrl;
    // The build day in Seoul: sample promotions and events are moved to it (as the page does),
    // and those already over are left out of the pages.
    Date today;
};

struct SiteFile {
    std::string path;  // from the site's root, e.g. "doksan/en/index.html"
    std::string text;
};

// The Content-Security-Policy every page carries (also sent as a header by scripts/serve.mjs):
// scripts, styles, fonts, images and connections from the site itself only, nothing inline,
// WebAssembly compilation allowed.
extern const char kContentSecurityPolicy[];

// The web manifest of one district (name, icons, colours, start URL), placed at the site's root.
std::string DistrictManifest(const SiteInput& site, std::size_t district);

// Every page: index.html and each district's page in each language.
std::vector<SiteFile> SitePages(const SiteInput& site);
// One district's pages in each language, and index.html when the site has only that district.
std::vector<SiteFile> DistrictPages(const SiteInput& site, std::size_t district);

// index.html of a site with several districts: a link to each, with its description (where its
// bundle is given).
std::string ChooserPage(const SiteInput& site);

// sitemap.xml (only with a base URL; empty otherwise: the protocol requires absolute URLs) and
// robots.txt (naming the sitemap when there is one).
std::string Sitemap(const SiteInput& site);
std::string RobotsTxt(const SiteInput& site);

// The start of sw.js: the release name and the files to precache, as JavaScript constants, to
// which the build appends the worker's own code (web/sw.js).
std::string ServiceWorkerPrelude(const std::string& release, const std::vector<std::string>& precache);

}  // namespace golmok
