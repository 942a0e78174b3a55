// Bundle → JSON text in golmok's canonical layout, the one data/FORMAT.md documents: members in
// the order of its tables, two-space indent, UTF-8 unescaped, optional members left out when
// empty or false. Writing a loaded bundle and loading it again gives the same bundle, and equal
// bundles give equal bytes, so a diff of two saves shows only what changed. Core only (the CLI's
// converters and the page's editor export share it); no file access.
#pragma once

#include <cstddef>
#include <string>

#include "core/json/json_text.h"
#include "core/model/bundle.h"

namespace golmok {

std::string WriteBundle(const Bundle& bundle);

// The same members in the same order without indentation (about half as long), for text only a
// program reads; `expectedBytes`, when the caller knows about how long it will be, is reserved up
// front so that the text is not grown by doubling past what it needs. `*size`, when given, is
// what the text takes once read (for ParseJson).
std::string WriteBundleCompact(const Bundle& bundle, std::size_t expectedBytes = 0, JsonSize* size = nullptr);

// The JSON text of one shop, as it appears inside WriteBundle's "shops" array but starting at
// column 0 (for previews and tests).
std::string WriteShop(const Shop& shop);

}  // namespace golmok
