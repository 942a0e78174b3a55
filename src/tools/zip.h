// A .zip archive whose files are stored as they are: the update the editor publishes, which an
// association unpacks over its site folder or hands to a static host's upload page. Its files
// are already compressed where that pays (the .gz and .br copies are files in it). Names are
// UTF-8; every unzip, Windows Explorer and macOS's Archive Utility read it. Standard library and
// zlib's crc32 only.
#pragma once

#include <cstdint>
#include <string>

#include "core/model/date.h"

namespace golmok {

class ZipWriter {
public:
    // Every entry carries `day` as its date (noon; zip times have no zone).
    explicit ZipWriter(Date day);

    // False when the archive would need zip64 (a file or the whole over 4 GB, or over 65,535
    // files), which this writer does not make; nothing is added then.
    bool Add(const std::string& path, const std::string& data);
    // The archive's bytes; the writer is empty after.
    std::string Finish();

    std::size_t Count() const { return m_count; }

private:
    std::uint16_t m_time = 0;
    std::uint16_t m_date = 0;
    std::string m_out;        // the local headers and the files' bytes
    std::string m_directory;  // the central directory
    std::size_t m_count = 0;
};

}  // namespace golmok
