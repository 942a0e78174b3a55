#include "tools/site_state.h"

#include <cinttypes>
#include <cstdint>
#include <cstdio>

#include "core/json/json_text.h"
#include "core/json/json_writer.h"

namespace golmok {

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

}  // namespace golmok
