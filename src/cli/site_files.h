// Writing a site folder's files, shared by golmok site and golmok publish: each compressible file
// with its .gz and .br copies beside it.
#pragma once

#include <filesystem>
#include <string>

#include "tools/site_state.h"

namespace golmok::cli {

// Writes `data` to dir/path and, for a compressible file, its .gz and .br copies where they are
// smaller. Whatever was at those paths is unlinked first, never written through: in a folder of
// hard links to a live site, the live site's files stay as they were. False with *why on failure.
bool WriteWithCopies(const std::filesystem::path& dir, const std::string& path, const std::string& data,
                     std::string* why);

}  // namespace golmok::cli
