#include "core/text/text.h"

namespace golmok {

namespace {
const char* const kLangCodes[kLangCount] = {"ko", "en", "ja", "zh"};
}

const char* LangCode(Lang lang) { return kLangCodes[static_cast<int>(lang)]; }

bool ParseLangCode(const std::string& code, Lang* out) {
    for (int i = 0; i < kLangCount; ++i) {
        if (code == kLangCodes[i]) {
            *out = static_cast<Lang>(i);
            return true;
        }
    }
    return false;
}

const std::string& Text::In(Lang lang, bool* fellBack) const {
    const bool missing = lang != Lang::kKo && !Has(lang);
    if (fellBack) *fellBack = missing;
    return missing ? Ko() : Get(lang);
}

}  // namespace golmok
