// golmok hours: reads opening hours written in Korean (or already in opening_hours form) and
// prints the opening_hours value and what it says in ko, en, ja and zh, so an association can
// check a batch of shops' hours before putting them in a bundle.

#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "core/domain/korean_hours.h"
#include "core/domain/opening_hours.h"
#include "core/text/utf8.h"

namespace golmok::cli {
namespace {

const char kHoursUsage[] =
    "usage: golmok hours TEXT...\n"
    "       golmok hours < FILE\n"
    "\n"
    "Reads each TEXT (or, with no TEXT, each line of standard input) as opening hours, written\n"
    "the way a door sign or a map listing writes them (\"월~금 9시~18시, 일 휴무\") or already in\n"
    "OpenStreetMap opening_hours form, and prints a block for each: the opening_hours value, then\n"
    "what it says in Korean, English, Japanese and Chinese, one line each. Text that cannot be\n"
    "read exactly is not guessed at: the block shows the text with a caret under the place where\n"
    "reading stopped, and why.\n"
    "\n"
    "exit status: 0 every text read, 1 a text not understood, 2 usage error\n";

// Columns a terminal gives a character: two for Hangul, CJK and full-width forms.
int ColumnsOf(std::uint32_t cp) {
    const bool wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
                      (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
                      (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6);
    return wide ? 2 : 1;
}

// The line of `text` holding byte `offset`, and below it a caret under that byte (a tab before
// it is repeated, so that the caret lines up however wide the terminal draws tabs).
std::string PointAt(const std::string& text, std::size_t offset) {
    std::size_t lineStart = offset == 0 ? std::string::npos : text.rfind('\n', offset - 1);
    lineStart = lineStart == std::string::npos ? 0 : lineStart + 1;
    std::size_t lineEnd = text.find('\n', offset);
    if (lineEnd == std::string::npos) lineEnd = text.size();
    std::string line = text.substr(lineStart, lineEnd - lineStart);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::string indent;
    for (std::size_t pos = lineStart; pos < offset;) {
        const std::uint32_t cp = NextCodepoint(text, &pos);
        indent += cp == '\t' ? std::string("\t") : std::string(ColumnsOf(cp), ' ');
    }
    return "  " + line + "\n  " + indent + "^\n";
}

// Which character (counted from 1) byte `offset` of `text` is.
std::size_t CharacterAt(const std::string& text, std::size_t offset) {
    std::size_t count = 1;
    for (std::size_t pos = 0; pos < offset && pos < text.size(); ++count) NextCodepoint(text, &pos);
    return count;
}

// One block; false when the text was not understood.
bool PrintBlock(const std::string& text) {
    const HoursInput input = ReadHoursInput(text);
    if (!input.ok()) {
        std::printf("not understood at character %zu: %s\n%s", CharacterAt(text, input.error->offset),
                    input.error->message.c_str(), PointAt(text, input.error->offset).c_str());
        return false;
    }
    const std::optional<OpeningHours> hours = ParseOpeningHours(input.hours, nullptr);
    std::printf("opening_hours: %s\n", input.hours.c_str());
    for (Lang lang : {Lang::kKo, Lang::kEn, Lang::kJa, Lang::kZh}) {
        std::printf("%s: %s\n", LangCode(lang), DescribeHours(*hours, lang).c_str());
    }
    return true;
}

}  // namespace

int HoursCommand(int argc, char** argv) {
    std::vector<std::string> texts;
    for (int i = 0; i < argc; ++i) {
        if (IsHelp(argv[i])) {
            std::fputs(kHoursUsage, stdout);
            return kExitOk;
        }
        if (argv[i][0] == '-' && argv[i][1] == '-') {
            std::fprintf(stderr, "golmok hours: unknown option %s\n\n%s", argv[i], kHoursUsage);
            return kExitUsage;
        }
        texts.push_back(argv[i]);
    }
    if (texts.empty()) {
        for (std::string line; std::getline(std::cin, line);) {
            if (!line.empty() && line.back() == '\r') line.pop_back();
            if (line.find_first_not_of(" \t") != std::string::npos) texts.push_back(line);
        }
        if (texts.empty()) {
            std::fprintf(stderr, "golmok hours: no text given\n\n%s", kHoursUsage);
            return kExitUsage;
        }
    }
    int status = kExitOk;
    for (std::size_t i = 0; i < texts.size(); ++i) {
        if (i > 0) std::printf("\n");
        // The text as given heads its block, so a batch's blocks can be told apart.
        std::printf("%s\n", texts[i].c_str());
        if (!PrintBlock(texts[i])) status = kExitInvalid;
    }
    return status;
}

}  // namespace golmok::cli
