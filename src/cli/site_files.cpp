#include "cli/site_files.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>

#include "tools/compress.h"

namespace golmok::cli {
namespace {

namespace fs = std::filesystem;

bool WriteFile(const fs::path& path, const std::string& data, std::string* why) {
    std::error_code ec;
    fs::create_directories(path.parent_path(), ec);
    if (ec) {
        *why = path.parent_path().string() + ": " + ec.message();
        return false;
    }
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(data.data(), static_cast<std::streamsize>(data.size()));
    out.close();
    if (!out) {
        *why = path.string() + ": " + std::strerror(errno);
        return false;
    }
    return true;
}

}  // namespace

bool WriteWithCopies(const fs::path& dir, const std::string& path, const std::string& data,
                     std::string* why) {
    std::error_code ec;
    for (const char* ext : {"", ".gz", ".br"}) fs::remove(dir / (path + ext), ec);
    if (!WriteFile(dir / path, data, why)) return false;
    const CompressedCopies copies = Compress(path, data);
    return (copies.gz.empty() || WriteFile(dir / (path + ".gz"), copies.gz, why)) &&
           (copies.br.empty() || WriteFile(dir / (path + ".br"), copies.br, why));
}

}  // namespace golmok::cli
