#include "tools/publish.h"

#include <optional>

#include "core/bundle/bundle_edit.h"
#include "core/bundle/bundle_loader.h"
#include "core/model/diagnostic.h"
#include "tools/site.h"
#include "tools/site_state.h"

namespace golmok {
namespace {

SiteUpdate Unreadable(const std::string& path, const std::string& why) {
    SiteUpdate u;
    u.status = SiteUpdate::Status::kUnreadable;
    u.messages.push_back(path + ": cannot read: " + why);
    return u;
}

void AddProblems(SiteUpdate& u, const std::string& file, const std::vector<Diagnostic>& problems) {
    u.status = SiteUpdate::Status::kProblems;
    for (const Diagnostic& d : problems) u.messages.push_back(FormatDiagnostic(file, d));
}

}  // namespace

SiteUpdate MakeSiteUpdate(const SiteReader& read, const std::vector<PublishedBundle>& published, Date today) {
    // The site as it is: what golmok site left, and its index.
    std::string text, why;
    SiteState state;
    if (!read(kSiteStateFile, &text, &why)) {
        return Unreadable(kSiteStateFile, why + " (publishing needs a folder golmok site wrote)");
    }
    if (!ReadSiteState(text, &state, &why)) return Unreadable(kSiteStateFile, why);
    const std::string indexPath = "data/index.json";
    if (!read(indexPath, &text, &why)) return Unreadable(indexPath, why);
    IndexLoadResult index = LoadDistrictIndex(text);
    SiteUpdate update;
    if (!index.index) {
        AddProblems(update, indexPath, index.errors);
        return update;
    }
    const std::vector<DistrictEntry>& districts = index.index->districts;

    // The new bundles, each checked, each for a district the site has (a later one for the same
    // district wins).
    std::map<std::size_t, const PublishedBundle*> given;
    std::vector<std::optional<Bundle>> bundles(districts.size());
    std::vector<std::string> hashes(districts.size());
    for (const PublishedBundle& p : published) {
        BundleLoadResult r = LoadBundle(p.text);
        if (!r.bundle) {
            AddProblems(update, p.name, r.errors);
            continue;
        }
        std::size_t at = districts.size();
        for (std::size_t i = 0; i < districts.size(); ++i) {
            if (districts[i].id == r.bundle->district.id) at = i;
        }
        if (at == districts.size()) {
            update.status = SiteUpdate::Status::kProblems;
            update.messages.push_back(p.name + ": district \"" + r.bundle->district.id + "\" is not in " +
                                      indexPath +
                                      "; a new district is added to the index and built with golmok site");
            continue;
        }
        given[at] = &p;
        bundles[at] = std::move(*r.bundle);
        hashes[at] = HashText(p.text);
    }
    if (update.status != SiteUpdate::Status::kReady) return update;

    // A district's pages need only its own data, and the sitemap only the index: the other
    // districts' bundles are read only when the chooser must be written again, because a
    // published district's description (which the chooser shows) changed. In a city of a
    // thousand districts that is the difference between reading one file and reading all.
    bool chooser = false;
    if (districts.size() != 1) {
        for (const auto& [i, p] : given) {
            const std::string path = "data/" + districts[i].bundle;
            std::optional<Bundle> old;
            if (read(path, &text, &why)) old = LoadBundle(text).bundle;
            chooser = chooser || !old ||
                      old->district.description.values != bundles[i]->district.description.values;
        }
    }
    for (std::size_t i = 0; chooser && i < districts.size(); ++i) {
        if (bundles[i]) continue;
        const std::string path = "data/" + districts[i].bundle;
        if (!read(path, &text, &why)) return Unreadable(path, why);
        BundleLoadResult r = LoadBundle(text);
        if (!r.bundle) {
            AddProblems(update, path, r.errors);
            update.status = SiteUpdate::Status::kUnreadable;
            update.messages.push_back(path + ": the site's own bundle has problems");
            return update;
        }
        bundles[i] = std::move(*r.bundle);
    }

    SiteInput input;
    input.index = &*index.index;
    for (const std::optional<Bundle>& b : bundles) input.bundles.push_back(b ? &*b : nullptr);
    input.assets = state.assets;
    input.baseUrl = state.baseUrl;
    input.today = today;
    input.dataHashes = std::move(hashes);

    // The published districts' manifests (a page names its own).
    for (const auto& [i, p] : given) {
        const std::string manifest = DistrictManifest(input, i);
        const std::string name =
            "manifest." + bundles[i]->district.id + "." + ContentHash(manifest) + ".webmanifest";
        input.assets["manifest:" + bundles[i]->district.id] = name;
        update.files[name] = manifest;
    }
    for (const auto& [i, p] : given) {
        update.files["data/" + districts[i].bundle] = p->text;
        for (SiteFile& page : DistrictPages(input, i)) update.files[page.path] = std::move(page.text);
    }
    if (chooser) update.files["index.html"] = ChooserPage(input);
    const std::string sitemap = Sitemap(input);
    if (!sitemap.empty()) update.files["sitemap.xml"] = sitemap;
    update.files["robots.txt"] = RobotsTxt(input);
    if (state.worker) {
        if (!read("sw.js", &text, &why)) return Unreadable("sw.js", why);
        update.files["sw.js"] = ServiceWorker(state.precache, *index.index, ServiceWorkerCode(text));
    }
    return update;
}

}  // namespace golmok
