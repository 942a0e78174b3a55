// The golmok tool's data commands, one file each (main.cpp dispatches). Each takes the arguments
// after its command name and returns the exit status: 0 done, 1 problems in the data (nothing
// written), 2 usage error or a file that cannot be read or written.
#pragma once

#include <cstring>

namespace golmok::cli {

// The exit statuses of every command, here only.
constexpr int kExitOk = 0;       // done
constexpr int kExitInvalid = 1;  // problems in the data; nothing written
constexpr int kExitUsage = 2;    // a usage error, or a file that cannot be read or written

// "-h" or "--help": every command's way to its usage text.
inline bool IsHelp(const char* arg) {
    return !std::strcmp(arg, "-h") || !std::strcmp(arg, "--help");
}

int ImportCommand(int argc, char** argv);  // golmok import csv|geojson …
int ExportCommand(int argc, char** argv);  // golmok export csv|geojson …
int QrCommand(int argc, char** argv);      // golmok qr …
int HoursCommand(int argc, char** argv);   // golmok hours …
int FontsCommand(int argc, char** argv);   // golmok fonts subset|pieces …
int PublishCommand(int argc, char** argv);  // golmok publish SITE BUNDLE…

}  // namespace golmok::cli
