// The page's script holds every constant of seam.h with the value C++ compiles it to: the build
// writes them out (cmake/shell_js.cmake), and this reads them back from the assembled shell.js.
#include "platform/web/seam.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

namespace {

std::string ReadScript() {
    std::ifstream in(GOLMOK_SHELL_JS, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string AsJavaScript(int value) {
    return std::to_string(value);
}
std::string AsJavaScript(const char* value) {
    return std::string("\"") + value + "\"";
}

TEST(Seam, TheScriptHoldsEveryConstantWithItsCppValue) {
    const std::string script = ReadScript();
    ASSERT_FALSE(script.empty()) << GOLMOK_SHELL_JS;
    using namespace golmok::web;
#define GOLMOK_EXPECT_IN_SCRIPT(name, value) \
    EXPECT_NE(script.find("  " #name ": " + AsJavaScript(name) + ",\n"), std::string::npos) << #name;
    GOLMOK_SEAM_FILE_KINDS(GOLMOK_EXPECT_IN_SCRIPT)
    GOLMOK_SEAM_TEXTS(GOLMOK_EXPECT_IN_SCRIPT)
    GOLMOK_SEAM_NUMBERS(GOLMOK_EXPECT_IN_SCRIPT)
    GOLMOK_SEAM_CONTEXT(GOLMOK_EXPECT_IN_SCRIPT)
#undef GOLMOK_EXPECT_IN_SCRIPT
}

TEST(Seam, FileKindsAreDistinct) {
    using namespace golmok::web;
    const int kinds[] = {
#define GOLMOK_KIND_VALUE(name, value) name,
        GOLMOK_SEAM_FILE_KINDS(GOLMOK_KIND_VALUE)
#undef GOLMOK_KIND_VALUE
    };
    for (int a : kinds) {
        int same = 0;
        for (int b : kinds) same += a == b;
        EXPECT_EQ(same, 1) << "kind " << a;
    }
}

}  // namespace
