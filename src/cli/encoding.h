// Text encodings of spreadsheets: Korean Excel saves CSV as CP949 (a superset of EUC-KR) unless
// told "CSV UTF-8". Converted with glibc's iconv; CLI only (the page gets UTF-8).
#pragma once

#include <string>

namespace golmok::cli {

enum class Encoding { kAuto, kUtf8, kCp949 };

// "utf-8", "utf8", "cp949", "euc-kr" (any letter case); false for anything else.
bool ParseEncoding(const std::string& name, Encoding* out);

// CSV bytes → UTF-8 without byte order mark. kAuto takes valid UTF-8 as UTF-8 and anything else
// as CP949. On failure *why names the CSV row and column of the first byte that fits neither.
bool DecodeCsvBytes(const std::string& bytes, Encoding encoding, std::string* utf8, std::string* why);

// UTF-8 → CP949; on failure *why names the character that CP949 cannot hold and the CSV row and
// column it is in.
bool EncodeCp949(const std::string& utf8, std::string* out, std::string* why);

}  // namespace golmok::cli
