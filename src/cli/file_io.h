// Reading and writing files for the golmok tool. Every file a command writes goes through
// WriteFileAtomically: readers never see half a file, and a failed write leaves the old one.
#pragma once

#include <string>

namespace golmok::cli {

// The whole file; false with *why ("No such file or directory", …) when it cannot be read.
bool ReadFile(const std::string& path, std::string* out, std::string* why);

// Writes `data` to a temporary file in the same directory, flushes it to disk, then renames it
// over `path`. On any error the temporary file is removed, `path` is left as it was, and *why
// says what failed. A new file gets the usual permissions (0666 less the umask); a replaced one
// keeps its own.
bool WriteFileAtomically(const std::string& path, const std::string& data, std::string* why);

}  // namespace golmok::cli
