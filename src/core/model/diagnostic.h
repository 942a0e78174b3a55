// Diagnostic: one problem found in user data, as a value the CLI, the page and the tests print
// the same way. Depends on nothing but the standard library.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace golmok {

// What kind of problem a Diagnostic reports, so that it can be told in the reader's language
// (diagnostic_text.h). The values never change meaning; new kinds are added before kCount.
// The comment after each names its arguments, in order.
enum class DiagCode : std::uint8_t {
    kOther,                 // none: the English message is all there is
    kJsonSyntax,            // the reader's account of the syntax error (English, nlohmann's words)
    kJsonEncoding,          // the same, for bytes that are not UTF-8
    kFileTooLarge,          // bytes, limit
    kTooManyValues,         // limit
    kTooDeep,               // limit
    kStringTooLong,         // bytes, limit
    kKeyTooLong,            // bytes, limit
    kDuplicateKey,          // key
    kMoreOfThisKind,        // limit
    kMoreProblems,          // limit
    kExpected,              // expected (a word), found (a word)
    kExpectedOneOf,         // the allowed values, found (a word)
    kUnknownMember,         // member, the allowed members
    kMissingMember,         // member
    kEmptyString,           // -
    kNotFinite,             // -
    kBadId,                 // value
    kUnknownLanguage,       // language key
    kMissingKorean,         // -
    kEmptyKorean,           // -
    kBadDate,               // value
    kLatitudeRange,         // -
    kLongitudeRange,        // -
    kBadPhone,              // value
    kBadLinkScheme,         // value
    kUnknownValue,          // value, the allowed values
    kTooFewItems,           // least count
    kFormatVersion,         // the format found
    kTooManyShops,          // count, limit
    kBadColor,              // value
    kListedTwice,           // -
    kBadHours,              // hours, character number, the parser's reason (English)
    kPriceRange,            // -
    kEndBeforeStart,        // end date, start date
    kDuplicateId,           // kind of item (a word), id, pointer of its first use
    kOutsideBounds,         // lat, lon, south, west, north, east
    kUnknownCategory,       // id
    kUnknownShop,           // id
    kBoundOutOfRange,       // side ("south", …), limit in degrees
    kNorthNotAboveSouth,    // -
    kEastNotAboveWest,      // -
    kBadBundleFileName,     // value
    kDuplicateDistrict,     // id
    kDefaultNotListed,      // id
    kBundleFileMissing,     // path of the bundle an index names
    kIdNotFileName,         // district id, file name without ".json"
    kCount
};

struct Diagnostic {
    std::string pointer;  // JSON pointer (RFC 6901) of the offending value; "" is the whole file
    int line = 0;         // 1-based; 0 when unknown
    int column = 0;       // 1-based, counted in characters (code points); 0 when unknown
    std::string message;  // what was expected, in plain English
    // A warning leaves the file usable (the page shows what it can, e.g. "hours not known");
    // an error makes it unusable.
    bool warning = false;
    // The same problem as a code and its values, from which `message` was written; kOther when
    // `message` was written by hand (CSV import, map files, the page's own failures).
    DiagCode code = DiagCode::kOther;
    std::vector<std::string> args;
};

// "file:line:col: /pointer: message", the one format every front end uses. The line and column
// are left out when unknown; an empty pointer prints as "/" (the whole document); a warning's
// message starts with "warning: ".
std::string FormatDiagnostic(const std::string& file, const Diagnostic& d);

}  // namespace golmok
