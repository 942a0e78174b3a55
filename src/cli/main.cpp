// golmok: the command-line tool for district associations. Links core only.
//   golmok validate FILE…   check bundles (and index.json files), print every problem
//   golmok glyphs [--langs ko,en] [--cjk-only] FILE…
//                           print the characters the bundles and the UI show (font subsetting)
//   golmok import / export / qr / hours: see cmd_convert.cpp, cmd_qr.cpp and cmd_hours.cpp
//   golmok site --out DIR …  build the site folder (see cmd_site.cpp)

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "cli/cmd_site.h"
#include "cli/commands.h"
#include "cli/file_io.h"
#include "core/bundle/bundle_loader.h"
#include "core/domain/opening_hours.h"
#include "core/i18n/glyphs.h"
#include "core/i18n/ui_text.h"
#include "core/json/json_text.h"
#include "core/model/diagnostic.h"
#include "core/model/diagnostic_text.h"
#include "core/text/utf8.h"
#include "tools/synthetic.h"

namespace {

using golmok::cli::IsHelp;
using golmok::cli::kExitInvalid;
using golmok::cli::kExitOk;
using golmok::cli::kExitUsage;
using golmok::cli::ReadFile;

const char kUsage[] =
    "usage: golmok <command> [options]\n"
    "\n"
    "commands:\n"
    "  validate [--strict] [--lang ko|en|ja|zh] FILE...\n"
    "                     check district bundles and index.json files; prints one line per\n"
    "                     problem as file:line:column: /json/pointer: message\n"
    "  glyphs [--langs LIST] [--cjk-only | --no-cjk] [--titles] FILE...\n"
    "                     print every character the bundles and the page's own text can show,\n"
    "                     as UTF-8 on one line (input for font subsetting)\n"
    "  synth --shops N [--seed S]\n"
    "                     print a synthetic sample bundle with N shops (benchmarks, stress tests)\n"
    "  import csv|geojson FILE --into BUNDLE -o OUT\n"
    "                     merge shops from a spreadsheet (golmok layout, 상가(상권)정보, or any\n"
    "                     layout with --map) or from GeoJSON into a bundle\n"
    "  export csv|geojson BUNDLE -o OUT\n"
    "                     write the shops as CSV (UTF-8 with BOM, or --encoding cp949) or GeoJSON\n"
    "  qr BUNDLE --base-url URL -o DIR\n"
    "                     SVG QR codes of the district's page and of every shop\n"
    "  hours TEXT...      read opening hours written in Korean (\"월~금 9시~18시, 일 휴무\") or\n"
    "                     as opening_hours; print the opening_hours value and what it says in\n"
    "                     ko, en, ja and zh (no TEXT: one per line of standard input)\n"
    "  fonts subset|pieces ...\n"
    "                     cut the page's fonts: one face to a text's characters, or every\n"
    "                     character a district can write into pieces (golmok fonts --help)\n"
    "  site --out DIR [--base-url URL] --asset NAME=FILE... INDEX\n"
    "                     build the folder a static host serves (golmok site --help)\n"
    "  publish SITE BUNDLE...\n"
    "                     bring a built site folder up to date with new data for its districts,\n"
    "                     changing only the files that change (golmok publish --help)\n"
    "\n"
    "options:\n"
    "  -h, --help         show this help (also: golmok <command> --help)\n"
    "\n"
    "exit status: 0 all files valid (or written), 1 a file has problems, 2 usage error or a file\n"
    "that cannot be read or written\n";

const char kValidateUsage[] =
    "usage: golmok validate [--strict] [--lang ko|en|ja|zh] FILE...\n"
    "\n"
    "Checks each file against the bundle format (data/FORMAT.md): structure, types, required\n"
    "Korean text, ids, references between shops, categories and promotions, positions inside\n"
    "the district's bounds, date order, link schemes. A file with a top-level \"districts\"\n"
    "member is read as an index.json, and the bundles it names must exist beside it.\n"
    "Every problem is printed, not only the first. Warnings (\"warning: \") name data the page\n"
    "can still show, such as opening hours it cannot read (shown as \"hours not known\").\n"
    "\n"
    "  --strict   treat warnings as problems (exit status 1)\n"
    "  --lang L   write each message in that language (default en), as the page shows it\n"
    "\n"
    "exit status: 0 all valid, 1 problems found, 2 usage error or unreadable file\n";

const char kGlyphsUsage[] =
    "usage: golmok glyphs [--langs LIST] [--cjk-only | --no-cjk] [--titles] [--editor] FILE...\n"
    "\n"
    "Prints, on one line of UTF-8, every character that the page's own text and the given\n"
    "bundles can put on screen in the languages the page offers. The build feeds it to the\n"
    "font subsetter.\n"
    "\n"
    "  --langs LIST   the languages to print for, as comma-separated codes (ko, en, ja, zh);\n"
    "                 default: the languages the page offers (ko,en). Korean text is always\n"
    "                 included, because every bundle text falls back to it\n"
    "  --cjk-only     print only kana, Chinese characters, CJK punctuation and full-width\n"
    "                 forms: the characters a Japanese or Chinese font merged onto the Korean\n"
    "                 one has to draw\n"
    "  --no-cjk       print all but those: what the Korean font draws in every language\n"
    "  --titles       only what the title face draws: names, headings, coupons\n"
    "  --editor       also the words of the page's editor\n";

std::string Directory(const std::string& path) {
    const std::size_t slash = path.find_last_of('/');
    return slash == std::string::npos ? std::string() : path.substr(0, slash + 1);
}

std::string FileStem(const std::string& path) {
    const std::size_t slash = path.find_last_of('/');
    std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
    const std::size_t dot = name.find_last_of('.');
    return dot == std::string::npos ? name : name.substr(0, dot);
}

// An index.json: a top-level "districts" member and no "district".
bool LooksLikeIndex(const std::string& text) {
    return text.find("\"districts\"") != std::string::npos &&
           text.find("\"district\"") == std::string::npos;
}

int Validate(int argc, char** argv) {
    std::vector<std::string> files;
    bool strict = false;
    golmok::Lang lang = golmok::Lang::kEn;
    for (int i = 0; i < argc; ++i) {
        if (IsHelp(argv[i])) {
            std::fputs(kValidateUsage, stdout);
            return kExitOk;
        }
        if (!std::strcmp(argv[i], "--strict")) {
            strict = true;
            continue;
        }
        if (!std::strcmp(argv[i], "--lang")) {
            if (i + 1 == argc || !golmok::ParseLangCode(argv[i + 1], &lang)) {
                std::fprintf(stderr, "golmok validate: --lang needs one of ko, en, ja, zh\n\n%s", kValidateUsage);
                return kExitUsage;
            }
            ++i;
            continue;
        }
        if (argv[i][0] == '-' && argv[i][1] != '\0') {
            std::fprintf(stderr, "golmok validate: unknown option %s\n\n%s", argv[i], kValidateUsage);
            return kExitUsage;
        }
        files.push_back(argv[i]);
    }
    if (files.empty()) {
        std::fprintf(stderr, "golmok validate: no files given\n\n%s", kValidateUsage);
        return kExitUsage;
    }
    int status = kExitOk;
    int problems = 0;
    int warnings = 0;
    for (const std::string& file : files) {
        std::string text, why;
        if (!ReadFile(file, &text, &why)) {
            std::fprintf(stderr, "%s: cannot read: %s\n", file.c_str(), why.c_str());
            status = kExitUsage;
            continue;
        }
        std::vector<golmok::Diagnostic> errors;
        if (LooksLikeIndex(text)) {
            golmok::IndexLoadResult r = golmok::LoadDistrictIndex(text);
            errors = r.errors;
            if (r.index) {
                for (std::size_t i = 0; i < r.index->districts.size(); ++i) {
                    const std::string bundle = Directory(file) + r.index->districts[i].bundle;
                    std::ifstream probe(bundle);
                    if (!probe) {
                        errors.push_back(golmok::MakeDiagnostic("/districts/" + std::to_string(i) + "/bundle",
                                                                golmok::DiagCode::kBundleFileMissing, {bundle}));
                    }
                }
                golmok::AttachPositions(text, &errors);
            }
        } else {
            golmok::BundleLoadResult r = golmok::LoadBundle(text);
            errors = r.errors;
            errors.insert(errors.end(), r.warnings.begin(), r.warnings.end());
            // The district's id is also its file name: index.json and links rely on it.
            const std::string stem = FileStem(file);
            if (r.bundle && r.bundle->district.id != stem) {
                errors.push_back(golmok::MakeDiagnostic("/district/id", golmok::DiagCode::kIdNotFileName,
                                                        {r.bundle->district.id, stem}));
                golmok::AttachPositions(text, &errors);
            }
        }
        for (golmok::Diagnostic d : errors) {
            d.message = golmok::DiagnosticText(d, lang);
            std::printf("%s\n", golmok::FormatDiagnostic(file, d).c_str());
        }
        for (const golmok::Diagnostic& d : errors) {
            if (d.warning && !strict) {
                ++warnings;
            } else {
                ++problems;
            }
        }
        if (problems > 0 && status == kExitOk) status = kExitInvalid;
    }
    std::fflush(stdout);  // the summary follows the lines above, also when both go to a terminal
    if (problems > 0 || warnings > 0) {
        std::fprintf(stderr, "%d problem%s, %d warning%s\n", problems, problems == 1 ? "" : "s",
                     warnings, warnings == 1 ? "" : "s");
    }
    return status;
}

// "ja,zh" as a LangMask; false on an unknown code or an empty list.
bool ParseLangList(const std::string& list, golmok::LangMask* out) {
    golmok::LangMask mask = 0;
    std::size_t start = 0;
    while (start <= list.size()) {
        const std::size_t comma = std::min(list.find(',', start), list.size());
        golmok::Lang lang;
        if (!golmok::ParseLangCode(list.substr(start, comma - start), &lang)) return false;
        mask |= 1u << static_cast<int>(lang);
        start = comma + 1;
    }
    *out = mask;
    return mask != 0;
}

int Glyphs(int argc, char** argv) {
    golmok::LangMask langs = golmok::kOfferedLangs;
    bool cjkOnly = false;
    bool noCjk = false;
    bool titlesOnly = false;
    bool editor = false;
    std::vector<const char*> files;
    for (int i = 0; i < argc; ++i) {
        if (IsHelp(argv[i])) {
            std::fputs(kGlyphsUsage, stdout);
            return kExitOk;
        }
        if (!std::strcmp(argv[i], "--langs")) {
            if (i + 1 >= argc || !ParseLangList(argv[i + 1], &langs)) {
                std::fprintf(stderr, "golmok glyphs: --langs needs a list like ko,en,ja,zh\n\n%s",
                             kGlyphsUsage);
                return kExitUsage;
            }
            ++i;
        } else if (!std::strcmp(argv[i], "--cjk-only")) {
            cjkOnly = true;
        } else if (!std::strcmp(argv[i], "--no-cjk")) {
            noCjk = true;
        } else if (!std::strcmp(argv[i], "--titles")) {
            titlesOnly = true;
        } else if (!std::strcmp(argv[i], "--editor")) {
            editor = true;
        } else if (argv[i][0] == '-' && argv[i][1] != '\0') {
            std::fprintf(stderr, "golmok glyphs: unknown option %s\n\n%s", argv[i], kGlyphsUsage);
            return kExitUsage;
        } else {
            files.push_back(argv[i]);
        }
    }
    std::set<std::uint32_t> cps;
    if (titlesOnly) {
        golmok::AddTitleCodepoints(nullptr, langs, &cps);
    } else {
        golmok::AddPageWordCodepoints(&cps, langs, editor);
    }
    for (const char* file : files) {
        std::string text, why;
        if (!ReadFile(file, &text, &why)) {
            std::fprintf(stderr, "%s: cannot read: %s\n", file, why.c_str());
            return kExitUsage;
        }
        if (LooksLikeIndex(text)) {
            if (titlesOnly) continue;
            golmok::IndexLoadResult r = golmok::LoadDistrictIndex(text);
            if (r.index) golmok::AddIndexCodepoints(*r.index, langs, &cps);
            continue;
        }
        golmok::BundleLoadResult r = golmok::LoadBundle(text);
        if (!r.bundle) {
            std::fprintf(stderr, "%s: not a valid bundle; run golmok validate %s\n", file, file);
            return kExitInvalid;
        }
        if (titlesOnly) {
            golmok::AddTitleCodepoints(&*r.bundle, langs, &cps);
        } else {
            golmok::AddBundleCodepoints(*r.bundle, &cps, langs);
        }
    }
    std::string out;
    for (std::uint32_t cp : cps) {
        if (cp < 0x20 || cp == 0xFFFD || (cjkOnly && !golmok::IsCjkCodepoint(cp)) ||
            (noCjk && golmok::IsCjkCodepoint(cp))) {
            continue;
        }
        golmok::AppendUtf8(&out, cp);
    }
    std::printf("%s\n", out.c_str());
    return kExitOk;
}

const char kSynthUsage[] =
    "usage: golmok synth --shops N [--seed S]\n"
    "\n"
    "Prints a valid bundle of N invented shops with realistic Korean names, menus, hours and\n"
    "promotions. The same seed (default 1) prints the same bytes on every machine.\n";

bool ParseCount(const char* text, long max, long* out) {
    char* end = nullptr;
    errno = 0;
    const long v = std::strtol(text, &end, 10);
    if (errno != 0 || end == text || *end != '\0' || v < 0 || v > max) return false;
    *out = v;
    return true;
}

int Synth(int argc, char** argv) {
    long shops = -1, seed = 1;
    for (int i = 0; i < argc; ++i) {
        if (IsHelp(argv[i])) {
            std::fputs(kSynthUsage, stdout);
            return kExitOk;
        }
        const bool hasValue = i + 1 < argc;
        if (!std::strcmp(argv[i], "--shops") && hasValue && ParseCount(argv[i + 1], 1000000, &shops)) {
            ++i;
        } else if (!std::strcmp(argv[i], "--seed") && hasValue && ParseCount(argv[i + 1], 0xFFFFFFFFL, &seed)) {
            ++i;
        } else {
            std::fprintf(stderr, "golmok synth: unexpected argument %s\n\n%s", argv[i], kSynthUsage);
            return kExitUsage;
        }
    }
    if (shops < 0) {
        std::fprintf(stderr, "golmok synth: --shops N is required\n\n%s", kSynthUsage);
        return kExitUsage;
    }
    const std::string text = golmok::GenerateSyntheticBundle(static_cast<int>(shops),
                                                             static_cast<std::uint32_t>(seed));
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fputc('\n', stdout);
    return kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2 || IsHelp(argv[1])) {
        std::fputs(kUsage, argc < 2 ? stderr : stdout);
        return argc < 2 ? kExitUsage : kExitOk;
    }
    const std::string command = argv[1];
    if (command == "validate") return Validate(argc - 2, argv + 2);
    if (command == "glyphs") return Glyphs(argc - 2, argv + 2);
    if (command == "synth") return Synth(argc - 2, argv + 2);
    if (command == "hours") return golmok::cli::HoursCommand(argc - 2, argv + 2);
    if (command == "fonts") return golmok::cli::FontsCommand(argc - 2, argv + 2);
    if (command == "publish") return golmok::cli::PublishCommand(argc - 2, argv + 2);
    // A file size limit must fail the write (and leave the old file), not kill the tool.
    std::signal(SIGXFSZ, SIG_IGN);
    if (command == "import") return golmok::cli::ImportCommand(argc - 2, argv + 2);
    if (command == "export") return golmok::cli::ExportCommand(argc - 2, argv + 2);
    if (command == "qr") return golmok::cli::QrCommand(argc - 2, argv + 2);
    if (command == "site") return golmok::cli::RunSite(argc - 2, argv + 2);
    std::fprintf(stderr, "golmok: unknown command \"%s\"\n\n%s", command.c_str(), kUsage);
    return kExitUsage;
}
