// golmok import csv|geojson and golmok export csv|geojson: shops between a bundle and the
// spreadsheets and GIS tools district associations use. See data/FORMAT.md, "Spreadsheets".

#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/encoding.h"
#include "cli/file_io.h"
#include "core/bundle/bundle_loader.h"
#include "core/bundle/bundle_writer.h"
#include "tools/csv.h"
#include "tools/geojson.h"
#include "tools/shop_csv.h"

namespace golmok::cli {
namespace {

const char kImportUsage[] =
    "usage: golmok import csv FILE.csv --into BUNDLE.json -o OUT.json [options]\n"
    "       golmok import geojson FILE.geojson --into BUNDLE.json -o OUT.json [--drop-missing]\n"
    "\n"
    "Merges shops into a district bundle and writes the result, which golmok validate accepts.\n"
    "A row or feature names a shop by its id: a shop already in the bundle gets the file's\n"
    "columns and keeps every field the file has no column for; a new shop is added after the\n"
    "others. Shops the file does not name stay as they are (see --drop-missing). Nothing is\n"
    "written when there is a problem; every problem names its CSV row and column (as the\n"
    "spreadsheet shows them) or its JSON pointer.\n"
    "\n"
    "CSV layouts, told by the header row:\n"
    "  golmok layout      the columns golmok export csv writes (id, name_ko, …; data/FORMAT.md)\n"
    "  상가(상권)정보       the 소상공인시장진흥공단 file (상가업소번호, 상호명, …, 경도, 위도): rows\n"
    "                     outside the district's bounds are left out, business types become\n"
    "                     the bundle's categories (unknown ones: --fallback-category)\n"
    "  any other          with --map: a JSON object from golmok column names to the file's\n"
    "                     headers, e.g. {\"name_ko\": \"상호\", \"lat\": \"위도\", \"lon\": \"경도\"}\n"
    "\n"
    "  --into BUNDLE.json       the bundle to merge into (required)\n"
    "  -o OUT.json              where to write the merged bundle (may be BUNDLE.json itself)\n"
    "  --map MAP.json           column mapping for a spreadsheet of another layout\n"
    "  --encoding ENC           auto (default: UTF-8 if valid, else CP949), utf-8, cp949\n"
    "  --drop-missing           remove the bundle's shops that the file does not name\n"
    "  --fallback-category ID   category for 상가정보 business types without a match\n"
    "                           (default: \"other\", added to the bundle when needed)\n"
    "\n"
    "exit status: 0 written, 1 problems in the data (nothing written), 2 usage error or a file\n"
    "that cannot be read or written\n";

const char kExportUsage[] =
    "usage: golmok export csv BUNDLE.json -o OUT.csv [--encoding utf-8|cp949]\n"
    "       golmok export geojson BUNDLE.json -o OUT.geojson\n"
    "\n"
    "csv      one row per shop in the golmok layout (data/FORMAT.md), UTF-8 with a byte order\n"
    "         mark so that Excel shows Korean correctly; --encoding cp949 for older software.\n"
    "         Menus are written with their Korean names (\"떡볶이=4500; 순대=4000\"); an import\n"
    "         back into the bundle keeps their translations, links and everything else.\n"
    "geojson  an RFC 7946 FeatureCollection: shops as Points, streets as LineStrings,\n"
    "         [longitude, latitude], properties named like the CSV columns (QGIS, uMap, …).\n"
    "\n"
    "-o - writes to standard output.\n"
    "\n"
    "exit status: 0 written, 1 the bundle has problems, 2 usage error or a file that cannot be\n"
    "read or written\n";

int Usage(const char* command, const std::string& message, const char* usage) {
    std::fprintf(stderr, "golmok %s: %s\n\n%s", command, message.c_str(), usage);
    return kExitUsage;
}

// Loads a bundle, printing its problems the way golmok validate does.
bool LoadBundleFile(const std::string& path, Bundle* out, int* status) {
    std::string text, why;
    if (!ReadFile(path, &text, &why)) {
        std::fprintf(stderr, "%s: cannot read: %s\n", path.c_str(), why.c_str());
        *status = kExitUsage;
        return false;
    }
    BundleLoadResult r = LoadBundle(text);
    if (!r.ok()) {
        for (const Diagnostic& d : r.errors) std::printf("%s\n", FormatDiagnostic(path, d).c_str());
        std::fflush(stdout);
        std::fprintf(stderr, "%s: not a valid bundle; nothing written\n", path.c_str());
        *status = kExitInvalid;
        return false;
    }
    *out = std::move(*r.bundle);
    return true;
}

bool Write(const std::string& path, const std::string& data, int* status) {
    if (path == "-") {
        std::fwrite(data.data(), 1, data.size(), stdout);
        return std::fflush(stdout) == 0;
    }
    std::string why;
    if (!WriteFileAtomically(path, data, &why)) {
        std::fprintf(stderr, "%s: cannot write: %s (the file is unchanged)\n", path.c_str(), why.c_str());
        *status = kExitUsage;
        return false;
    }
    return true;
}

struct ImportArgs {
    std::string format, input, into, output, map, fallbackCategory;
    Encoding encoding = Encoding::kAuto;
    bool dropMissing = false;
};

// Parses the arguments after "import"; returns -1 to go on, else the exit status.
int ParseImportArgs(int argc, char** argv, ImportArgs* a) {
    for (int i = 0; i < argc; ++i) {
        if (IsHelp(argv[i])) {
            std::fputs(kImportUsage, stdout);
            return kExitOk;
        }
    }
    if (argc < 1) return Usage("import", "say what to import: csv or geojson", kImportUsage);
    a->format = argv[0];
    if (a->format != "csv" && a->format != "geojson") {
        return Usage("import", "unknown format \"" + a->format + "\"; expected csv or geojson", kImportUsage);
    }
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool hasValue = i + 1 < argc;
        std::string* value = nullptr;
        if (arg == "--into") value = &a->into;
        if (arg == "-o" || arg == "--output") value = &a->output;
        if (arg == "--map" && a->format == "csv") value = &a->map;
        if (arg == "--fallback-category" && a->format == "csv") value = &a->fallbackCategory;
        if (value) {
            if (!hasValue) return Usage("import", arg + " needs a value", kImportUsage);
            *value = argv[++i];
        } else if (arg == "--encoding" && a->format == "csv") {
            const std::string name = hasValue ? argv[++i] : "";
            if (name == "auto") {
                a->encoding = Encoding::kAuto;
            } else if (!ParseEncoding(name, &a->encoding)) {
                return Usage("import", "--encoding takes auto, utf-8 or cp949", kImportUsage);
            }
        } else if (arg == "--drop-missing") {
            a->dropMissing = true;
        } else if (arg.size() > 1 && arg[0] == '-') {
            return Usage("import", "unknown option " + arg, kImportUsage);
        } else if (a->input.empty()) {
            a->input = arg;
        } else {
            return Usage("import", "one input file at a time; unexpected " + arg, kImportUsage);
        }
    }
    if (a->input.empty()) return Usage("import", "no input file given", kImportUsage);
    if (a->into.empty()) return Usage("import", "--into BUNDLE.json is required", kImportUsage);
    if (a->output.empty()) return Usage("import", "-o OUT.json is required", kImportUsage);
    return -1;
}

void Summary(const std::string& input, int added, int updated, int kept, int removed) {
    std::fprintf(stderr, "%s: %d shop%s added, %d updated, %d kept, %d removed", input.c_str(), added,
                 added == 1 ? "" : "s", updated, kept, removed);
}

int ImportCsv(const ImportArgs& a) {
    int status = kExitOk;
    Bundle into;
    if (!LoadBundleFile(a.into, &into, &status)) return status;
    ShopCsvImportOptions options;
    options.dropMissing = a.dropMissing;
    options.fallbackCategory = a.fallbackCategory;
    if (!a.map.empty()) {
        std::string text, why;
        if (!ReadFile(a.map, &text, &why)) {
            std::fprintf(stderr, "%s: cannot read: %s\n", a.map.c_str(), why.c_str());
            return kExitUsage;
        }
        std::vector<Diagnostic> errors;
        options.mapping = ParseShopCsvMapping(text, &errors);
        if (!options.mapping) {
            for (const Diagnostic& d : errors) std::printf("%s\n", FormatDiagnostic(a.map, d).c_str());
            return kExitInvalid;
        }
    }
    std::string bytes, text, why;
    if (!ReadFile(a.input, &bytes, &why)) {
        std::fprintf(stderr, "%s: cannot read: %s\n", a.input.c_str(), why.c_str());
        return kExitUsage;
    }
    if (!DecodeCsvBytes(bytes, a.encoding, &text, &why)) {
        std::printf("%s: %s\n", a.input.c_str(), why.c_str());
        return kExitInvalid;
    }
    const ShopCsvImportResult r = ImportShopsCsv(ParseCsv(text), into, options);
    int errors = 0;
    for (const CsvProblem& p : r.problems) {
        std::printf("%s\n", FormatCsvProblem(a.input, p).c_str());
        errors += !p.warning;
    }
    std::fflush(stdout);
    if (!r.ok()) {
        std::fprintf(stderr, "%d problem%s; nothing written\n", errors, errors == 1 ? "" : "s");
        return kExitInvalid;
    }
    if (!Write(a.output, r.json, &status)) return status;
    Summary(a.input, r.added, r.updated, r.kept, r.removed);
    if (r.layout == ShopCsvLayout::kSemas) {
        std::fprintf(stderr, "; %d row%s outside the district left out", r.outside,
                     r.outside == 1 ? "" : "s");
    }
    std::fprintf(stderr, "; wrote %s\n", a.output.c_str());
    return kExitOk;
}

int ImportGeoJsonFile(const ImportArgs& a) {
    int status = kExitOk;
    Bundle into;
    if (!LoadBundleFile(a.into, &into, &status)) return status;
    std::string text, why;
    if (!ReadFile(a.input, &text, &why)) {
        std::fprintf(stderr, "%s: cannot read: %s\n", a.input.c_str(), why.c_str());
        return kExitUsage;
    }
    const GeoJsonImportResult r = ImportGeoJson(text, into, a.dropMissing);
    for (const Diagnostic& d : r.errors) std::printf("%s\n", FormatDiagnostic(a.input, d).c_str());
    for (const Diagnostic& d : r.warnings) std::printf("%s\n", FormatDiagnostic(a.input, d).c_str());
    std::fflush(stdout);
    if (!r.ok()) {
        std::fprintf(stderr, "%zu problem%s; nothing written\n", r.errors.size(),
                     r.errors.size() == 1 ? "" : "s");
        return kExitInvalid;
    }
    if (!Write(a.output, r.json, &status)) return status;
    const int kept = int(r.bundle->shops.size()) - r.shopsAdded - r.shopsUpdated;
    Summary(a.input, r.shopsAdded, r.shopsUpdated, kept, r.shopsRemoved);
    std::fprintf(stderr, "; %d street%s added, %d updated; wrote %s\n", r.streetsAdded,
                 r.streetsAdded == 1 ? "" : "s", r.streetsUpdated, a.output.c_str());
    return kExitOk;
}

}  // namespace

int ImportCommand(int argc, char** argv) {
    ImportArgs a;
    const int status = ParseImportArgs(argc, argv, &a);
    if (status >= 0) return status;
    return a.format == "csv" ? ImportCsv(a) : ImportGeoJsonFile(a);
}

int ExportCommand(int argc, char** argv) {
    for (int i = 0; i < argc; ++i) {
        if (IsHelp(argv[i])) {
            std::fputs(kExportUsage, stdout);
            return kExitOk;
        }
    }
    if (argc < 1) return Usage("export", "say what to export: csv or geojson", kExportUsage);
    const std::string format = argv[0];
    if (format != "csv" && format != "geojson") {
        return Usage("export", "unknown format \"" + format + "\"; expected csv or geojson", kExportUsage);
    }
    std::string input, output;
    Encoding encoding = Encoding::kUtf8;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if ((arg == "-o" || arg == "--output") && i + 1 < argc) {
            output = argv[++i];
        } else if (arg == "--encoding" && format == "csv" && i + 1 < argc &&
                   ParseEncoding(argv[i + 1], &encoding)) {
            ++i;
        } else if (arg.size() > 1 && arg[0] == '-') {
            return Usage("export", "unknown option or missing value: " + arg, kExportUsage);
        } else if (input.empty()) {
            input = arg;
        } else {
            return Usage("export", "one bundle at a time; unexpected " + arg, kExportUsage);
        }
    }
    if (input.empty()) return Usage("export", "no bundle given", kExportUsage);
    if (output.empty()) return Usage("export", "-o OUT is required (-o - for standard output)", kExportUsage);
    int status = kExitOk;
    Bundle bundle;
    if (!LoadBundleFile(input, &bundle, &status)) return status;
    std::string data;
    if (format == "geojson") {
        data = ExportGeoJson(bundle);
    } else if (encoding == Encoding::kCp949) {
        std::string why;
        if (!EncodeCp949(ExportShopsCsv(bundle), &data, &why)) {
            std::printf("%s: %s\n", output.c_str(), why.c_str());
            std::fflush(stdout);
            std::fprintf(stderr, "nothing written\n");
            return kExitInvalid;
        }
    } else {
        // Excel reads a CSV as the system's code page unless it starts with a byte order mark.
        data = "\xEF\xBB\xBF" + ExportShopsCsv(bundle);
    }
    if (!Write(output, data, &status)) return status;
    if (output != "-") {
        std::fprintf(stderr, "%s: %zu shops written to %s\n", input.c_str(), bundle.shops.size(),
                     output.c_str());
    }
    return kExitOk;
}

}  // namespace golmok::cli
