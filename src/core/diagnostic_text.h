// Diagnostics in the reader's language: each DiagCode has a sentence in Korean, English, Japanese
// and Chinese saying what is wrong and, where it can, how to fix it. The English sentence is the
// Diagnostic's `message`, so the CLI and the golden files read exactly what they always did.
// Core only: no ImGui, no emscripten.
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/text.h"

namespace golmok {

struct Bundle;

// A problem from its code and values, with `message` written in English from them.
Diagnostic MakeDiagnostic(std::string pointer, DiagCode code, std::vector<std::string> args,
                          bool warning = false);

// The sentence for a code and its values in `lang`. Values are put in as they are, except those
// a code names as words (the kinds of JSON value expected and found, the kinds of item), which
// are translated; see kWords in diagnostic_text.cpp for their keys. Korean particles after a
// value (을/를, 이/가, 은/는) follow the value's last sound, or are written 을(를) when that is
// not Hangul or a digit.
std::string DiagnosticSentence(DiagCode code, const std::vector<std::string>& args, Lang lang);

// What a Diagnostic says, in `lang`: its `message` when it has no code (kOther), or when its
// values do not fit its code.
std::string DiagnosticText(const Diagnostic& d, Lang lang);

// Where a problem is, in words a shop owner can follow: "/shops/3/hours" is "4번째 가게 · 영업시간"
// ("shop 4 · Hours"). Given the bundle the problem was found in (one that loaded, with warnings
// only; items of a broken file may not line up with the bundle's), items are named as well:
// "4번째 가게(맛나분식) · 영업시간", in `lang` or in Korean where the name is not translated.
// Members it has no word for are kept as written; "" for the whole file.
std::string DiagnosticPlace(const std::string& pointer, Lang lang, const Bundle* bundle = nullptr);

// Every character the sentences and words of the languages in `langs` (a LangMask, utf8.h) can
// write, the values they quote aside (those come from the file, and are in `message` too).
void AddDiagnosticCodepoints(std::set<std::uint32_t>* out, unsigned langs = 0xF);

// How many values a code takes.
int DiagnosticArgCount(DiagCode code);

}  // namespace golmok
