#include "tools/zip.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include <unistd.h>

namespace golmok {
namespace {

namespace fs = std::filesystem;

std::string Output(const std::string& command) {
    std::string out;
    FILE* p = popen(command.c_str(), "r");
    if (!p) return out;
    char buf[4096];
    for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, p)) > 0;) out.append(buf, n);
    pclose(p);
    return out;
}

// The archive is read back by Python's zipfile, a reader written apart from this one.
TEST(Zip, AnotherReaderListsChecksAndUnpacksEveryFile) {
    ZipWriter zip(Date{2026, 12, 5});
    std::string binary;
    for (int i = 0; i < 70000; ++i) binary += static_cast<char>(i * 7);
    ASSERT_TRUE(zip.Add("doksan/index.html", "<!doctype html>\n<title>맛나는 거리</title>\n"));
    ASSERT_TRUE(zip.Add("doksan/index.html.gz", binary));
    ASSERT_TRUE(zip.Add("data/똠얌꿍.json", "{}"));
    ASSERT_TRUE(zip.Add("empty.txt", ""));
    EXPECT_EQ(zip.Count(), 4u);
    const std::string bytes = zip.Finish();
    EXPECT_EQ(zip.Count(), 0u);

    const fs::path dir = fs::temp_directory_path() / ("golmok-zip-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir / "out");
    { std::ofstream(dir / "u.zip", std::ios::binary) << bytes; }
    const std::string listing = Output(
        "python3 -c 'import sys,zipfile; z=zipfile.ZipFile(sys.argv[1]); print(z.testzip()); "
        "[print(i.filename, i.file_size, i.date_time[:3], oct(i.external_attr>>16)) for i in z.infolist()]; "
        "z.extractall(sys.argv[2])' " +
        (dir / "u.zip").string() + " " + (dir / "out").string());
    EXPECT_EQ(listing,
              "None\n"
              "doksan/index.html 48 (2026, 12, 5) 0o100644\n"
              "doksan/index.html.gz 70000 (2026, 12, 5) 0o100644\n"
              "data/똠얌꿍.json 2 (2026, 12, 5) 0o100644\n"
              "empty.txt 0 (2026, 12, 5) 0o100644\n");
    std::ifstream in(dir / "out" / "doksan" / "index.html.gz", std::ios::binary);
    const std::string back((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_EQ(back, binary);
    fs::remove_all(dir);
}

TEST(Zip, RefusesWhatWouldNeedZip64) {
    ZipWriter zip(Date{2026, 12, 5});
    for (int i = 0; i < 0xffff; ++i) ASSERT_TRUE(zip.Add("f" + std::to_string(i), ""));
    EXPECT_FALSE(zip.Add("one-too-many", ""));
    EXPECT_EQ(zip.Count(), 0xffffu);
}

}  // namespace
}  // namespace golmok
