// Builds ImGui's font atlas from TTF data with only the characters the page can show, at the
// pixel sizes of the current scale. Depends on ImGui and core only.
#pragma once

#include <cstdint>
#include <vector>

struct ImFont;

namespace golmok {

struct FontSet {
    ImFont* body = nullptr;
    ImFont* title = nullptr;
};

// Clears the atlas and adds the body and title faces, each with only its own characters (the
// data stays owned by the caller and must outlive the atlas). Returns fonts that are null when
// the data was empty.
FontSet BuildFontAtlas(const std::vector<unsigned char>& bodyTtf, const std::vector<unsigned char>& titleTtf,
                       const std::vector<std::uint32_t>& bodyCodepoints,
                       const std::vector<std::uint32_t>& titleCodepoints, float scale);

}  // namespace golmok
