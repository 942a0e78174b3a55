// Small helpers shared by the core tests: reading files of the source tree.
#pragma once

#include <fstream>
#include <sstream>
#include <string>

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

}  // namespace golmok::test
