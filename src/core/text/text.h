// Localized text and the languages golmok speaks. Standard library only.
#pragma once

#include <array>
#include <string>

namespace golmok {

enum class Lang { kKo = 0, kEn, kJa, kZh };
constexpr int kLangCount = 4;

// Languages as a bit set: bit i is Lang(i). kAllLangs selects every language.
using LangMask = unsigned;
constexpr LangMask kAllLangs = 0xF;
constexpr LangMask LangBit(Lang lang) { return 1u << static_cast<int>(lang); }

// "ko", "en", "ja", "zh": the keys used in bundles and URLs.
const char* LangCode(Lang lang);
bool ParseLangCode(const std::string& code, Lang* out);

// A human text in several languages; Korean is always present in a valid bundle.
struct Text {
    std::array<std::string, kLangCount> values;

    const std::string& Get(Lang lang) const { return values[static_cast<int>(lang)]; }
    std::string& Get(Lang lang) { return values[static_cast<int>(lang)]; }
    bool Has(Lang lang) const { return !Get(lang).empty(); }
    const std::string& Ko() const { return Get(Lang::kKo); }

    // The text in `lang`, or Korean when that translation is missing; *fellBack says which.
    const std::string& In(Lang lang, bool* fellBack = nullptr) const;
};

}  // namespace golmok
