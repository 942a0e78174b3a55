// Small helpers shared by the core tests: reading files of the source tree.
#pragma once

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
