// The layer order of src/, checked over the include lines: a file may include its own layer and
// the layers below it, never one above. The order is stated once, here and in the README.
//
//   core/text < core/model < core/json < core/domain < core/bundle < core/i18n
//       < tools, ui < cli (core, tools), platform/web (core, ui), platform/publish (core, tools)
//
// tools/ (the site's files, publishing, and what only the CLI links) and ui/ (the screens) both
// stand on core and never on each other; cli/ and platform/ are the programs at the top: the
// page, and the publish module the editor loads. Inside platform/web, the touch
// gestures (golmok_gestures, built natively too) are plain C++: the standard library only.
#include <gtest/gtest.h>

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <string>
#include <vector>

namespace {

const std::string kSrc = std::string(GOLMOK_SOURCE_DIR) + "/src";

// Each room of src/, and the rooms its files may include besides their own.
const std::map<std::string, std::set<std::string>> kMayInclude = {
    {"core/text", {}},
    {"core/model", {"core/text"}},
    {"core/json", {"core/text", "core/model"}},
    {"core/domain", {"core/text", "core/model", "core/json"}},
    {"core/bundle", {"core/text", "core/model", "core/json", "core/domain"}},
    {"core/i18n", {"core/text", "core/model", "core/json", "core/domain", "core/bundle"}},
    {"tools", {"core"}},
    {"ui", {"core"}},
    {"cli", {"core", "tools"}},
    {"platform/web", {"core", "ui"}},
    {"platform/publish", {"core", "tools"}},
};

// Headers of libraries that only some rooms may use.
const std::map<std::string, std::set<std::string>> kLibraryRooms = {
    {"imgui", {"ui", "platform/web"}},
    {"emscripten", {"platform/web", "platform/publish"}},
    {"GLES3", {"platform/web"}},
    // Core reads and writes JSON itself, so the page links no JSON library; the tools write
    // synthetic districts with nlohmann (and tests/ compare the reader against it).
    {"nlohmann", {"tools"}},
};

// The sources of golmok_gestures: they may include each other and the standard library, nothing
// else (no emscripten, no ImGui, no app), since the native build compiles and tests them.
const std::set<std::string> kPlainCpp = {"platform/web/gestures.h", "platform/web/gestures.cpp"};

bool IsDir(const std::string& path) {
    struct stat st {};
    return stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

void ListSources(const std::string& dir, const std::string& relative, std::vector<std::string>* out) {
    DIR* d = opendir(dir.c_str());
    if (!d) return;
    while (dirent* e = readdir(d)) {
        const std::string name = e->d_name;
        if (name == "." || name == "..") continue;
        const std::string path = dir + "/" + name;
        const std::string rel = relative.empty() ? name : relative + "/" + name;
        if (IsDir(path)) {
            ListSources(path, rel, out);
        } else if (name.size() > 2 && (name.rfind(".h") == name.size() - 2 || name.rfind(".cpp") == name.size() - 4)) {
            out->push_back(rel);
        }
    }
    closedir(d);
}

// The room a path under src/ belongs to: the longest key of kMayInclude it starts with.
std::string RoomOf(const std::string& path) {
    std::string best;
    for (const auto& [room, _] : kMayInclude) {
        if (path.compare(0, room.size() + 1, room + "/") == 0 && room.size() > best.size()) best = room;
    }
    return best;
}

bool Allowed(const std::string& from, const std::string& target) {
    if (target.compare(0, from.size() + 1, from + "/") == 0) return true;  // its own room
    for (const std::string& below : kMayInclude.at(from)) {
        if (target.compare(0, below.size() + 1, below + "/") == 0) return true;
    }
    return false;
}

struct Include {
    std::string file;
    int line;
    std::string target;
};

std::vector<Include> AllIncludes() {
    std::vector<std::string> files;
    ListSources(kSrc, "", &files);
    std::vector<Include> all;
    const std::regex include(R"(^\s*#\s*include\s*[<"]([^">]+)[">])");
    for (const std::string& file : files) {
        std::ifstream in(kSrc + "/" + file);
        std::string text;
        for (int n = 1; std::getline(in, text); ++n) {
            std::smatch m;
            if (std::regex_search(text, m, include)) all.push_back({file, n, m[1]});
        }
    }
    return all;
}

TEST(Layers, EverySourceFileIsInARoom) {
    std::vector<std::string> files;
    ListSources(kSrc, "", &files);
    ASSERT_GT(files.size(), 50u) << "no sources found under " << kSrc;
    for (const std::string& file : files) EXPECT_NE(RoomOf(file), "") << file << " is in no room of the layer order";
}

TEST(Layers, NoIncludePointsUpTheLayerOrder) {
    int checked = 0;
    for (const Include& inc : AllIncludes()) {
        const std::string from = RoomOf(inc.file);
        const std::string target = RoomOf(inc.target);
        if (from.empty() || target.empty()) continue;  // a system or third-party header
        ++checked;
        EXPECT_TRUE(Allowed(from, inc.target))
            << "src/" << inc.file << ":" << inc.line << " includes \"" << inc.target << "\": " << from
            << " may not depend on " << target;
    }
    EXPECT_GT(checked, 100);
}

TEST(Layers, LibrariesStayInTheirRooms) {
    for (const Include& inc : AllIncludes()) {
        const std::string from = RoomOf(inc.file);
        for (const auto& [prefix, rooms] : kLibraryRooms) {
            if (inc.target.compare(0, prefix.size(), prefix) != 0) continue;
            EXPECT_TRUE(rooms.count(from)) << "src/" << inc.file << ":" << inc.line << " includes <"
                                           << inc.target << ">, which only " << *rooms.begin()
                                           << " and the rooms above it use";
        }
    }
}

TEST(Layers, TheGesturesIncludeOnlyTheStandardLibrary) {
    std::vector<std::string> files;
    ListSources(kSrc, "", &files);
    for (const std::string& plain : kPlainCpp) {
        EXPECT_EQ(std::count(files.begin(), files.end(), plain), 1) << "src/" << plain << " is gone";
    }
    int checked = 0;
    for (const Include& inc : AllIncludes()) {
        if (!kPlainCpp.count(inc.file)) continue;
        ++checked;
        // A standard header is one plain name: <cmath>, <vector>.
        const bool standard = inc.target.find_first_of("./") == std::string::npos;
        EXPECT_TRUE(standard || kPlainCpp.count(inc.target))
            << "src/" << inc.file << ":" << inc.line << " includes \"" << inc.target
            << "\": the gestures are built natively and may use only the standard library";
    }
    EXPECT_GT(checked, 0);
}

// The check itself: an include that points up is caught.
TEST(Layers, TheCheckCatchesAnUpwardInclude) {
    EXPECT_FALSE(Allowed("core/text", "core/model/bundle.h"));
    EXPECT_FALSE(Allowed("core/json", "core/i18n/ui_text.h"));
    EXPECT_FALSE(Allowed("ui", "tools/site.h"));
    EXPECT_FALSE(Allowed("core/i18n", "ui/app.h"));
    EXPECT_TRUE(Allowed("core/i18n", "core/text/utf8.h"));
    EXPECT_TRUE(Allowed("platform/web", "ui/app.h"));
    EXPECT_EQ(RoomOf("core/bundle/bundle_loader.h"), "core/bundle");
    EXPECT_EQ(RoomOf("core/bundle.h"), "");
}

}  // namespace
