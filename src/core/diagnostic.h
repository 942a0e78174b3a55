// Diagnostic: one problem found in user data, as a value the CLI, the page and the tests print
// the same way. Depends on nothing but the standard library.
#pragma once

#include <string>
#include <vector>

namespace golmok {

struct Diagnostic {
    std::string pointer;  // JSON pointer (RFC 6901) of the offending value; "" is the whole file
    int line = 0;         // 1-based; 0 when unknown
    int column = 0;       // 1-based, counted in characters (code points); 0 when unknown
    std::string message;  // what was expected, in plain English
    // A warning leaves the file usable (the page shows what it can, e.g. "hours not known");
    // an error makes it unusable.
    bool warning = false;
};

// "file:line:col: /pointer: message", the one format every front end uses. The line and column
// are left out when unknown; an empty pointer prints as "/" (the whole document); a warning's
// message starts with "warning: ".
std::string FormatDiagnostic(const std::string& file, const Diagnostic& d);

}  // namespace golmok
