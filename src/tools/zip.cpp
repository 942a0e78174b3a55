#include "tools/zip.h"

#include <zlib.h>

#include <limits>

namespace golmok {
namespace {

constexpr std::uint32_t kLocalHeader = 0x04034b50;
constexpr std::uint32_t kCentralHeader = 0x02014b50;
constexpr std::uint32_t kEndOfDirectory = 0x06054b50;
constexpr std::uint16_t kVersionNeeded = 10;          // 1.0: stored files, no folders of its own
constexpr std::uint16_t kMadeByUnix = (3 << 8) | 20;  // so unzip takes the permissions below
constexpr std::uint16_t kUtf8Names = 1 << 11;
constexpr std::uint32_t kRegularFile0644 = 0100644u << 16;

void Put16(std::string& out, std::uint32_t v) {
    out += static_cast<char>(v & 0xff);
    out += static_cast<char>((v >> 8) & 0xff);
}

void Put32(std::string& out, std::uint32_t v) {
    Put16(out, v & 0xffff);
    Put16(out, v >> 16);
}

}  // namespace

ZipWriter::ZipWriter(Date day) {
    // MS-DOS date and time: years from 1980, two-second steps.
    const int year = day.year < 1980 ? 1980 : day.year;
    m_date = static_cast<std::uint16_t>(((year - 1980) << 9) | (day.month << 5) | day.day);
    m_time = static_cast<std::uint16_t>(12 << 11);
}

bool ZipWriter::Add(const std::string& path, const std::string& data) {
    constexpr std::uint64_t kMax = std::numeric_limits<std::uint32_t>::max();
    const std::uint64_t after = m_out.size() + 30 + path.size() + data.size();
    if (m_count >= 0xffff || data.size() >= kMax || path.size() >= 0xffff || after >= kMax ||
        after + m_directory.size() + 46 + path.size() + 22 >= kMax) {
        return false;
    }
    const auto crc = static_cast<std::uint32_t>(crc32(
        crc32(0, nullptr, 0), reinterpret_cast<const Bytef*>(data.data()), static_cast<uInt>(data.size())));
    const auto offset = static_cast<std::uint32_t>(m_out.size());
    const auto size = static_cast<std::uint32_t>(data.size());

    Put32(m_out, kLocalHeader);
    Put16(m_out, kVersionNeeded);
    Put16(m_out, kUtf8Names);
    Put16(m_out, 0);  // stored
    Put16(m_out, m_time);
    Put16(m_out, m_date);
    Put32(m_out, crc);
    Put32(m_out, size);
    Put32(m_out, size);
    Put16(m_out, static_cast<std::uint32_t>(path.size()));
    Put16(m_out, 0);  // no extra field
    m_out += path;
    m_out += data;

    Put32(m_directory, kCentralHeader);
    Put16(m_directory, kMadeByUnix);
    Put16(m_directory, kVersionNeeded);
    Put16(m_directory, kUtf8Names);
    Put16(m_directory, 0);
    Put16(m_directory, m_time);
    Put16(m_directory, m_date);
    Put32(m_directory, crc);
    Put32(m_directory, size);
    Put32(m_directory, size);
    Put16(m_directory, static_cast<std::uint32_t>(path.size()));
    Put16(m_directory, 0);  // extra field
    Put16(m_directory, 0);  // comment
    Put16(m_directory, 0);  // disk
    Put16(m_directory, 0);  // internal attributes
    Put32(m_directory, kRegularFile0644);
    Put32(m_directory, offset);
    m_directory += path;
    ++m_count;
    return true;
}

std::string ZipWriter::Finish() {
    std::string out = std::move(m_out);
    const auto directoryAt = static_cast<std::uint32_t>(out.size());
    out += m_directory;
    Put32(out, kEndOfDirectory);
    Put16(out, 0);
    Put16(out, 0);
    Put16(out, static_cast<std::uint32_t>(m_count));
    Put16(out, static_cast<std::uint32_t>(m_count));
    Put32(out, static_cast<std::uint32_t>(m_directory.size()));
    Put32(out, directoryAt);
    Put16(out, 0);  // no comment
    m_out.clear();
    m_directory.clear();
    m_count = 0;
    return out;
}

}  // namespace golmok
