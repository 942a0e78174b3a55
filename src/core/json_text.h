// JSON text → nlohmann::json with errors as Diagnostics: syntax errors with line and column,
// duplicate keys and excessive nesting (which nlohmann accepts silently) reported, never thrown.
// Also maps JSON pointers back to line:column for errors found later. No ImGui, no emscripten.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/diagnostic.h"

namespace golmok {

// Nesting deeper than this is refused: no real bundle comes close, and the limit keeps hostile
// input from exhausting the stack of anything that walks the tree recursively.
constexpr int kMaxJsonDepth = 64;

struct ParsedJson {
    nlohmann::json value;              // null when the text could not be parsed
    std::vector<Diagnostic> errors;    // with line and column where known
    bool ok() const { return errors.empty(); }
};

ParsedJson ParseJson(std::string_view text);

// "/shops/3/name" from tokens; escapes '~' and '/' as RFC 6901 asks.
std::string JsonPointerToken(std::string_view key);

// Fills line and column of each diagnostic whose pointer names a value in `text` (the value's
// first character); a pointer that names no value is left without a position.
void AttachPositions(std::string_view text, std::vector<Diagnostic>* diagnostics);

// Line and column (1-based, columns in characters) of a byte offset.
void LineColumnAt(std::string_view text, std::size_t offset, int* line, int* column);

}  // namespace golmok
