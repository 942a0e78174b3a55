#include "tools/publish.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "core/bundle/bundle_edit.h"
#include "test_util.h"
#include "tools/site_state.h"

namespace golmok {
namespace {

const Date kToday{2026, 12, 5};

// A site folder as golmok site leaves it, in memory: site.json, the index, both sample bundles
// and a service worker.
struct FakeSite {
    std::map<std::string, std::string> files;
    std::vector<std::string> reads;

    FakeSite() {
        files["site.json"] =
            R"({"format":1,"assets":{"golmok.js":"golmok.0123456789ab.js","golmok.wasm":"golmok.0123456789ab.wasm",)"
            R"("shell.js":"shell.0123456789ab.js","shell.css":"shell.0123456789ab.css",)"
            R"("fonts/body.ttf":"fonts/body.0123456789ab.ttf"},"baseUrl":"https://example.org/",)"
            R"("precache":["golmok.0123456789ab.js"],"worker":true})";
        files["data/index.json"] = test::ReadSourceFile("data/index.json");
        files["data/doksan.json"] = test::ReadSourceFile("data/doksan.json");
        files["data/samseon.json"] = test::ReadSourceFile("data/samseon.json");
        files["sw.js"] =
            "// Written by golmok site: x\nconst GOLMOK_RELEASE = \"a\";\nconst GOLMOK_PRECACHE = [];\n"
            "self.addEventListener('fetch', () => {});\n";
    }

    SiteReader Reader() {
        return [this](const std::string& path, std::string* data, std::string* why) {
            reads.push_back(path);
            const auto it = files.find(path);
            if (it == files.end()) {
                *why = "No such file or directory";
                return false;
            }
            *data = it->second;
            return true;
        };
    }
};

std::string Replaced(std::string bundle, const std::string& from, const std::string& to) {
    const std::size_t at = bundle.find(from);
    EXPECT_NE(at, std::string::npos);
    return bundle.replace(at, from.size(), to);
}

TEST(Publish, MakesTheDistrictsPagesAndWhatTheSiteShares) {
    FakeSite site;
    const std::string bundle = site.files["data/doksan.json"];
    const SiteUpdate u = MakeSiteUpdate(site.Reader(), {{"doksan.json", bundle}}, kToday);
    ASSERT_EQ(u.status, SiteUpdate::Status::kReady);
    EXPECT_EQ(u.files.at("data/doksan.json"), bundle);
    for (const char* page : {"doksan/index.html", "doksan/en/index.html", "doksan/ja/index.html",
                             "doksan/zh/index.html", "sitemap.xml", "robots.txt", "sw.js"}) {
        EXPECT_TRUE(u.files.count(page)) << page;
    }
    // The description is as it was: the chooser stays, and no other district's data is read.
    EXPECT_FALSE(u.files.count("index.html"));
    EXPECT_EQ(std::find(site.reads.begin(), site.reads.end(), "data/samseon.json"), site.reads.end());
    EXPECT_FALSE(u.files.count("samseon/index.html"));
    // Each page names the data it was written from, for the app to compare with what it shows.
    EXPECT_NE(u.files.at("doksan/en/index.html").find("\"data\":\"" + HashText(bundle) + "\""),
              std::string::npos);
    EXPECT_FALSE(u.files.count("data/samseon.json"));
    int manifests = 0;
    for (const auto& [path, text] : u.files) {
        if (path.rfind("manifest.doksan.", 0) == 0) ++manifests;
        EXPECT_EQ(path.find("manifest.samseon."), std::string::npos) << path;
    }
    EXPECT_EQ(manifests, 1);
    // The worker keeps its own code after a new release name.
    EXPECT_NE(u.files.at("sw.js").find("self.addEventListener('fetch'"), std::string::npos);
    EXPECT_EQ(u.files.at("sw.js").rfind("// Written by golmok site", 0), 0u);
}

TEST(Publish, TheNewDataIsOnTheDistrictsPagesAndTheChooser) {
    FakeSite site;
    std::string bundle =
        Replaced(site.files["data/doksan.json"], "\"ko\": \"맛나분식\"", "\"ko\": \"똠얌꿍 타이 햏반점\"");
    bundle = Replaced(bundle, "\"ko\": \"금천우체국 사거리 근처의 먹자골목.", "\"ko\": \"뷁 골목.");
    const SiteUpdate u = MakeSiteUpdate(site.Reader(), {{"doksan.json", bundle}}, kToday);
    ASSERT_EQ(u.status, SiteUpdate::Status::kReady);
    EXPECT_NE(u.files.at("doksan/index.html").find("똠얌꿍 타이 햏반점"), std::string::npos);
    EXPECT_NE(u.files.at("index.html").find("뷁 골목."), std::string::npos);
    // A new description: the chooser is written again, with the other district read for it.
    EXPECT_NE(std::find(site.reads.begin(), site.reads.end(), "data/samseon.json"), site.reads.end());
    EXPECT_NE(u.files.at("index.html").find("href=\"samseon/\""), std::string::npos);
}

TEST(Publish, ABundleWithProblemsIsNamedAndMakesNothing) {
    FakeSite site;
    const std::string broken =
        Replaced(site.files["data/doksan.json"], "\"lat\":", "\"lat\": \"north\", \"x\":");
    const SiteUpdate u = MakeSiteUpdate(site.Reader(), {{"upload/doksan.json", broken}}, kToday);
    EXPECT_EQ(u.status, SiteUpdate::Status::kProblems);
    EXPECT_TRUE(u.files.empty());
    ASSERT_FALSE(u.messages.empty());
    EXPECT_EQ(u.messages[0].rfind("upload/doksan.json:", 0), 0u) << u.messages[0];
}

TEST(Publish, ADistrictTheSiteDoesNotHaveIsRefused) {
    FakeSite site;
    const std::string other =
        Replaced(site.files["data/doksan.json"], "\"id\": \"doksan\"", "\"id\": \"nowhere\"");
    const SiteUpdate u = MakeSiteUpdate(site.Reader(), {{"n.json", other}}, kToday);
    EXPECT_EQ(u.status, SiteUpdate::Status::kProblems);
    ASSERT_EQ(u.messages.size(), 1u);
    EXPECT_NE(u.messages[0].find("district \"nowhere\" is not in data/index.json"), std::string::npos);
}

TEST(Publish, AFolderGolmokSiteDidNotWriteIsUnreadable) {
    FakeSite site;
    site.files.erase("site.json");
    const SiteUpdate u = MakeSiteUpdate(site.Reader(), {{"d.json", site.files["data/doksan.json"]}}, kToday);
    EXPECT_EQ(u.status, SiteUpdate::Status::kUnreadable);
    ASSERT_EQ(u.messages.size(), 1u);
    EXPECT_EQ(u.messages[0].rfind("site.json: cannot read: No such file", 0), 0u) << u.messages[0];

    FakeSite noWorkerFile;
    noWorkerFile.files.erase("sw.js");
    const SiteUpdate v =
        MakeSiteUpdate(noWorkerFile.Reader(), {{"d.json", noWorkerFile.files["data/doksan.json"]}}, kToday);
    EXPECT_EQ(v.status, SiteUpdate::Status::kUnreadable);
}

}  // namespace
}  // namespace golmok
