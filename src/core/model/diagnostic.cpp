#include "core/model/diagnostic.h"

namespace golmok {

std::string FormatDiagnostic(const std::string& file, const Diagnostic& d) {
    std::string out = file;
    if (d.line > 0) {
        out += ':' + std::to_string(d.line) + ':' + std::to_string(d.column);
    }
    out += ": ";
    out += d.pointer.empty() ? "/" : d.pointer;
    out += ": ";
    if (d.warning) out += "warning: ";
    out += d.message;
    return out;
}

}  // namespace golmok
