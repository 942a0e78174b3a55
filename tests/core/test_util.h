// Small helpers shared by the core tests: reading files of the source tree.
#pragma once

#include <dirent.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace golmok::test {

inline std::string SourcePath(const std::string& relative) {
    return std::string(GOLMOK_SOURCE_DIR) + "/" + relative;
}

inline std::string ReadSourceFile(const std::string& relative) {
    std::ifstream in(SourcePath(relative), std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// The names, without ".json", of the JSON files in a folder of the source tree, sorted.
inline std::vector<std::string> JsonFilesIn(const std::string& relative) {
    std::vector<std::string> names;
    if (DIR* d = opendir(SourcePath(relative).c_str())) {
        while (dirent* e = readdir(d)) {
            const std::string name = e->d_name;
            if (name.size() > 5 && name.compare(name.size() - 5, 5, ".json") == 0) {
                names.push_back(name.substr(0, name.size() - 5));
            }
        }
        closedir(d);
    }
    std::sort(names.begin(), names.end());
    return names;
}

// The lines of `edited` that differ from the same line of `base`, in order: a diff of texts whose
// lines were changed in place (none added or taken away).
inline std::vector<std::string> ChangedLines(const std::string& base, const std::string& edited) {
    std::istringstream a(base), b(edited);
    std::vector<std::string> changed;
    std::string la, lb;
    while (std::getline(b, lb)) {
        if (!std::getline(a, la)) la.clear();
        if (la != lb) changed.push_back(lb);
    }
    return changed;
}

}  // namespace golmok::test
