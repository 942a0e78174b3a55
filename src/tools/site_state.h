// What a site folder says about itself, shared by golmok site, golmok publish and the update the
// editor publishes: names by content, the service worker's list, and site.json.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/model/bundle.h"
#include "tools/site.h"

namespace golmok {

// 12 hex digits of a 64-bit FNV-1a hash of `data`: names files by content so a new release never
// meets an old cached copy. Not a security measure.
std::string ContentHash(const std::string& data);
// "fonts/body.ttf" + hash → "fonts/body.<hash>.ttf"
std::string HashedName(const std::string& name, const std::string& hash);

// sw.js: the worker's `code` after its release name and precache list, which holds the page's
// precached files (`assets`), the root, each district's Korean page, the index and the bundles.
// The release name changes with any of them, so a new release replaces the old cache.
std::string ServiceWorker(std::vector<std::string> assets, const DistrictIndex& index,
                          const std::string& code);
// The worker's own code in a sw.js ServiceWorker wrote.
std::string ServiceWorkerCode(const std::string& swJs);

// site.json, what `golmok site` leaves for publishing: the page's files by plain name
// (content-hashed names), the base URL, the precached files and whether there is a worker.
extern const char kSiteStateFile[];
struct SiteState {
    std::map<std::string, std::string> assets;
    std::string baseUrl;
    std::vector<std::string> precache;
    bool worker = false;
};
std::string WriteSiteState(const SiteInput& site, const std::vector<std::string>& precache, bool worker);
bool ReadSiteState(const std::string& text, SiteState* out, std::string* why);

}  // namespace golmok
