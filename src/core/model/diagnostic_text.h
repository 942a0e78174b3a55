// Diagnostics in the reader's language: each DiagCode has a sentence in Korean, English, Japanese
// and Chinese saying what is wrong and, where it can, how to fix it. The English sentence is the
// Diagnostic's `message`, so the CLI and the golden files read exactly what they always did.
// Model layer: depends on text/ only (no UI strings, no bundle), so that the JSON reader and the
// loader can write problems without pulling in the page's words.
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "core/model/diagnostic.h"
#include "core/text/text.h"

namespace golmok {

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

// Every character the sentences and words of the languages in `langs` (a LangMask, text.h) can
// write, the values they quote aside (those come from the file, and are in `message` too).
// i18n/glyphs.h adds these to what the page's fonts hold.
void AddDiagnosticCodepoints(std::set<std::uint32_t>* out, unsigned langs = 0xF);

// How many values a code takes.
int DiagnosticArgCount(DiagCode code);

}  // namespace golmok
