#include "core/json/json_text.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/text/utf8.h"
#include "test_util.h"

namespace golmok {
namespace {

TEST(ParseJson, ReadsAValidDocument) {
    ParsedJson p = ParseJson(R"({"a": [1, 2, {"b": "가"}]})");
    ASSERT_TRUE(p.ok());
    EXPECT_EQ(p.Root().Find("a").At(2).Find("b").String(), "가");
}

TEST(ParseJson, SyntaxErrorNamesLineAndColumnInCharacters) {
    // The missing comma is noticed at the "x" on line 2, column 10: the Korean text before it
    // counts one column per character, not per byte.
    ParsedJson p = ParseJson("{\"한글\": 1,\n \"가나\": 2 \"x\": 3}");
    ASSERT_EQ(p.errors.size(), 1u);
    EXPECT_EQ(p.errors[0].line, 2);
    EXPECT_EQ(p.errors[0].column, 10);
    EXPECT_NE(p.errors[0].message.find("invalid JSON"), std::string::npos);
    EXPECT_EQ(p.errors[0].message.find("json.exception"), std::string::npos);
}

TEST(ParseJson, UnexpectedEndIsReported) {
    ParsedJson p = ParseJson("{\"a\": [1, 2");
    ASSERT_EQ(p.errors.size(), 1u);
    EXPECT_EQ(p.errors[0].line, 1);
}

TEST(ParseJson, DuplicateKeyIsAnErrorAtTheSecondOccurrence) {
    ParsedJson p = ParseJson("{\"a\": {\"k\": 1,\n  \"k\": 2}}");
    ASSERT_EQ(p.errors.size(), 1u);
    EXPECT_EQ(p.errors[0].pointer, "/a/k");
    EXPECT_EQ(p.errors[0].line, 2);
    EXPECT_EQ(p.errors[0].column, 8);
    EXPECT_EQ(p.Root().Find("a").Find("k").Integer(), 1);  // the first value is kept
}

TEST(ParseJson, DuplicateKeyInsideArrayElementHasItsIndex) {
    ParsedJson p = ParseJson(R"({"list": [{}, {"x": [1], "x": [2]}]})");
    ASSERT_EQ(p.errors.size(), 1u);
    EXPECT_EQ(p.errors[0].pointer, "/list/1/x");
}

TEST(ParseJson, RefusesNestingDeeperThanTheLimit) {
    std::string deep(kMaxJsonDepth + 1, '[');
    deep += std::string(kMaxJsonDepth + 1, ']');
    ParsedJson p = ParseJson(deep);
    ASSERT_FALSE(p.ok());
    EXPECT_NE(p.errors[0].message.find("deeper"), std::string::npos);

    std::string ok(kMaxJsonDepth, '[');
    ok += std::string(kMaxJsonDepth, ']');
    EXPECT_TRUE(ParseJson(ok).ok());
}

TEST(ParseJson, DeepNestingUnderADuplicateKeyIsRefusedWithoutHarm) {
    std::string text = "{\"a\": 1, \"a\": ";
    text += std::string(kMaxJsonDepth + 6, '[') + std::string(kMaxJsonDepth + 6, ']') + "}";
    ParsedJson p = ParseJson(text);
    ASSERT_GE(p.errors.size(), 2u);
    EXPECT_EQ(p.errors[0].pointer, "/a");
    EXPECT_NE(p.errors[1].message.find("deeper"), std::string::npos);
    EXPECT_EQ(p.errors[1].pointer.rfind("/a", 0), 0u);
}

TEST(ParseJson, InvalidUtf8IsASyntaxError) {
    ParsedJson p = ParseJson("{\"a\": \"\xff\"}");
    ASSERT_EQ(p.errors.size(), 1u);
    EXPECT_EQ(p.errors[0].line, 1);
}

TEST(ParseJson, AcceptsAByteOrderMark) {
    EXPECT_TRUE(ParseJson("\xEF\xBB\xBF{\"a\": 1}").ok());
}

// The reader of ParseJson against nlohmann's, on texts written to reach the corners of JSON
// (numbers at the edges of int64, uint64 and double; escapes and surrogates; every kind of bad
// UTF-8) and on many random edits of them: a text is read exactly when nlohmann accepts it, and
// to the same values.
// (The caller traces the text: a trace here would copy it once per value.)
void ExpectSameValue(JsonValue v, const nlohmann::json& j, const std::string& text) {
    if (j.is_object()) {
        ASSERT_TRUE(v.IsObject());
        ASSERT_EQ(v.Size(), j.size());
        for (JsonValue m = v.FirstChild(); m; m = m.NextSibling()) {
            const auto found = j.find(std::string(m.Key()));
            ASSERT_TRUE(found != j.end());
            ExpectSameValue(m, *found, text);
        }
    } else if (j.is_array()) {
        ASSERT_TRUE(v.IsArray());
        ASSERT_EQ(v.Size(), j.size());
        std::size_t i = 0;
        for (JsonValue e = v.FirstChild(); e; e = e.NextSibling()) ExpectSameValue(e, j[i++], text);
    } else if (j.is_string()) {
        EXPECT_EQ(v.String(), j.get_ref<const std::string&>());
    } else if (j.is_number_unsigned()) {
        ASSERT_EQ(v.Type(), JsonType::kUnsigned);
        EXPECT_EQ(static_cast<std::uint64_t>(v.Integer()) == j.get<std::uint64_t>() ||
                      j.get<std::uint64_t>() > static_cast<std::uint64_t>(INT64_MAX),
                  true);
        EXPECT_EQ(v.Number(), j.get<double>());
    } else if (j.is_number_integer()) {
        ASSERT_EQ(v.Type(), JsonType::kInteger);
        EXPECT_EQ(v.Integer(), j.get<std::int64_t>());
    } else if (j.is_number_float()) {
        ASSERT_EQ(v.Type(), JsonType::kFloat);
        const double a = v.Number(), b = j.get<double>();
        EXPECT_EQ(std::memcmp(&a, &b, sizeof a), 0) << a << " " << b;
    } else if (j.is_boolean()) {
        ASSERT_TRUE(v.IsBool());
        EXPECT_EQ(v.Bool(), j.get<bool>());
    } else {
        EXPECT_TRUE(v.IsNull());
    }
}

// nlohmann's account of a syntax error: how many bytes it read (one more at the end of the
// text), what it quotes as read last, and its message.
struct NlohmannVerdict : nlohmann::json_sax<nlohmann::json> {
    bool failed = false;
    std::size_t position = 0;
    std::string lastRead, what;

    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_object() override { return true; }
    bool end_array() override { return true; }
    bool key(string_t&) override { return true; }
    bool parse_error(std::size_t at, const std::string& token,
                     const nlohmann::detail::exception& ex) override {
        failed = true;
        position = at;
        lastRead = token;
        what = ex.what();
        return false;
    }
};

// nlohmann quotes control characters in what it read as <U+001F>.
std::string QuotedAsNlohmannDoes(std::string_view bytes) {
    std::string out;
    for (char c : bytes) {
        if (static_cast<unsigned char>(c) < 0x20) {
            char code[9];
            std::snprintf(code, sizeof code, "<U+%04X>", static_cast<unsigned>(c));
            out += code;
        } else {
            out += c;
        }
    }
    return out;
}

// Where the reader must show nlohmann's error: the last byte nlohmann read; when that byte is the
// quote that ends a string nlohmann refused (or could not read), the string's opening quote,
// which is where what nlohmann read last begins.
std::size_t ExpectedOffset(const std::string& text, const NlohmannVerdict& v) {
    const std::size_t end = std::min(v.position, text.size());
    std::size_t last = end > 0 ? end - 1 : 0;
    const bool aboutAString = v.what.find("unexpected string literal") != std::string::npos ||
                              v.what.find("- invalid string:") != std::string::npos;
    if (aboutAString && last < text.size() && text[last] == '"') {
        // How many bytes the quote stands for: each <U+001F> is one.
        std::size_t bytes = v.lastRead.size();
        for (std::size_t at = v.lastRead.find("<U+00"); at != std::string::npos;
             at = v.lastRead.find("<U+00", at + 1)) {
            bytes -= 7;
        }
        const std::size_t open = end - std::min(bytes, end);
        if (text[open] == '"' &&
            QuotedAsNlohmannDoes(std::string_view(text).substr(open, end - open)) == v.lastRead) {
            return open;
        }
        ADD_FAILURE() << "no string ends where nlohmann stopped";
    }
    return last;
}

// nlohmann's message without its "[json.exception.parse_error.101] parse error at line 1,
// column 9: " (the diagnostic has its own position), as a diagnostic may quote it.
std::string PlainMessage(const std::string& what) {
    std::size_t from = what.find("column ");
    from = from != std::string::npos ? what.find(": ", from) : what.find("] ");
    return ToValidUtf8(what.substr(from + 2));
}

// The reader against nlohmann: it accepts exactly the texts nlohmann accepts, reads them to the
// same values, and says of every other text what nlohmann says, at the same line and column.
void ExpectReadAsNlohmannDoes(const std::string& text) {
    SCOPED_TRACE(text);
    NlohmannVerdict verdict;
    nlohmann::json::sax_parse(text.begin(), text.end(), &verdict);
    const bool accepted = !verdict.failed;
    const ParsedJson p = ParseJson(text);
    const Diagnostic* syntax = nullptr;
    bool limit = false;
    for (const Diagnostic& d : p.errors) {
        if (d.code == DiagCode::kJsonSyntax || d.code == DiagCode::kJsonEncoding) {
            ASSERT_EQ(syntax, nullptr) << "one syntax error at most";
            syntax = &d;
        }
        limit = limit || d.code == DiagCode::kTooDeep || d.code == DiagCode::kTooManyValues ||
                d.code == DiagCode::kStringTooLong || d.code == DiagCode::kKeyTooLong;
    }
    if (limit) return;  // the reader stopped before it could tell
    ASSERT_EQ(accepted, syntax == nullptr);
    ASSERT_EQ(accepted, p.document != nullptr);
    if (accepted) {
        if (p.ok()) ExpectSameValue(p.Root(), nlohmann::json::parse(text), text);
        return;
    }
    const std::string expected = PlainMessage(verdict.what);
    ASSERT_EQ(syntax->args.size(), 1u);
    // The reader may add a hint after nlohmann's words ("is a comma missing before it?").
    EXPECT_EQ(syntax->args[0].substr(0, expected.size()), expected);
    EXPECT_EQ(syntax->code == DiagCode::kJsonEncoding,
              expected.find("ill-formed UTF-8") != std::string::npos);
    int line = 0, column = 0;
    LineColumnAt(text, ExpectedOffset(text, verdict), &line, &column);
    EXPECT_EQ(syntax->line, line);
    EXPECT_EQ(syntax->column, column);
    EXPECT_EQ(syntax->pointer, "");
}

TEST(ParseJson, ReadsEveryTextAsNlohmannDoes) {
    const std::vector<std::string> seeds = {
        R"({"a": [0, -0, 1, -1, 9223372036854775807, -9223372036854775808, -9223372036854775809]})",
        R"([18446744073709551615, 18446744073709551616, 99999999999999999999, 123456789012345678901234567890])",
        R"([0.1, -0.0, 1e22, 1e23, 9007199254740993, 9007199254740993.0, 1.7976931348623157e308, 1e309])",
        R"([4.9e-324, 2.2250738585072014e-308, 1E+2, 1e-400, 0e999999, 126.89750000000001, 37.465, 1.5e-7])",
        R"([1e-23, 3e-23, 7e23, 9007199254740992e22, 9007199254740993e-22, 1e-22, 8.5e-23, 2e-308])",
        R"([12345678901234567e-30, 0.000000000000000000000000001, 1234567890.0987654321, -1e-22, 3e22])",
        R"({"s": "a\"b\\c\/d\b\f\n\r\t", "u": "\u00e9\u0000\uD83D\uDE00", "k\u0041": 1})",
        R"(["\udc00"])", R"(["\ud800"])", R"(["\ud800\u0041"])", R"(["\ud800\udbff"])", R"(["\x"])",
        R"(["\u12g4"])", R"(["\ud83d\ude00\u"])",
        "[\"\xea\xb0\x80\xf0\x9f\x98\x80\xc3\xa9\x7f\xed\x9f\xbf\xf4\x8f\xbf\xbf\xe0\xa0\x80\"]",
        "[\"\xc0\x80\"]", "[\"\xed\xa0\x80\"]", "[\"\xf4\x90\x80\x80\"]", "[\"\xe0\x9f\xbf\"]",
        "[\"\xf0\x8f\xbf\xbf\"]", "[\"\xc2\"]", "[\"\xe2\x82\"]", "[\"\xf5\x80\x80\x80\"]", "[\"\x80\"]",
        "[\"\xff\"]", "[\"\xc1\xbf\"]", "[\"a\x01\"]", "\xc3\xa9",
        "\xef\xbb\xbf {\"a\": true, \"b\": false, \"c\": null}\r\n\t ",
        "\xef\xbb {}",
        R"({"a": {"a": {"a": [[], {}, [{}], {"": ""}]}}, "": 0})",
        R"({"dup": 1, "dup": {"x": [1, 2]}, "y": "long enough string to be read in words of eight"})",
        "[01]", "[1.]", "[.5]", "[-]", "[+1]", "[1e]", "[1e+]", "[--1]", "[0x10]", "[Infinity]", "[NaN]",
        "[tru]", "[nul]", "[falsey]", "[1 2]", "{\"a\" 1}", "{\"a\": 1,}", "[1,]", "", " ", "1", "\"x\"",
        "{\"a\"\n:\n1\n,\n\"b\"\n:\n[\n]\n}",
    };
    for (const std::string& seed : seeds) ExpectReadAsNlohmannDoes(seed);
    std::mt19937 random(20261205);
    const std::string alphabet = "{}[],:\"\\/ \n\t0123456789.eE+-tfnulrsaxud\xc3\xa9\xea\xb0\x80\xed\xf0\x9f";
    for (int round = 0; round < 20000; ++round) {
        std::string text = seeds[random() % seeds.size()];
        const int edits = 1 + static_cast<int>(random() % 3);
        for (int e = 0; e < edits && !text.empty(); ++e) {
            const std::size_t at = random() % text.size();
            const char c = random() % 8 == 0 ? static_cast<char>(random() % 256) : alphabet[random() % alphabet.size()];
            switch (random() % 3) {
                case 0: text[at] = c; break;
                case 1: text.insert(text.begin() + static_cast<std::ptrdiff_t>(at), c); break;
                default: text.erase(at, 1); break;
            }
        }
        ExpectReadAsNlohmannDoes(text);
        if (HasFatalFailure()) return;
    }
    // Numbers of every length and scale.
    for (int round = 0; round < 20000; ++round) {
        std::string number = random() % 2 ? "-" : "";
        const int digits = 1 + static_cast<int>(random() % 24);
        const int point = static_cast<int>(random() % (digits + 1));
        for (int i = 0; i < digits; ++i) {
            if (i == point && i > 0) number += '.';
            number += static_cast<char>('0' + (i == 0 && digits > 1 && point != 1 ? 1 + random() % 9 : random() % 10));
        }
        if (random() % 2) number += "e" + std::to_string(static_cast<int>(random() % 70) - 35);
        ExpectReadAsNlohmannDoes("[" + number + "]");
        if (HasFatalFailure()) return;
    }
}

// Every way a text can fail to be JSON, then many texts broken at random: token soup, and real
// bundles cut short or edited. Each says what nlohmann says, at the same line and column.
TEST(ParseJson, WordsAndPlacesSyntaxErrorsAsNlohmannDoes) {
    std::vector<std::string> seeds = {
        "",
        " \n ",
        "\xEF",
        "\xEF\xBB",
        "\xEF\xBB {}",
        "\xEF\xBB\xBF",
        "\xEF\xBB\xBF[1,",
        "\xEF\xBB\xBF\xEF\xBB\xBF{}",
        "{",
        "{\"a\"",
        "{\"a\":",
        "{\"a\":1",
        "{\"a\":1,",
        "{1:2}",
        "{\"a\" 1}",
        "{\"a\":1 \"b\":2}",
        "{\"a\":1,}",
        "{,}",
        "{\"a\"::1}",
        "{\"a\":1:}",
        "[1 2]",
        "[1,]",
        "[,1]",
        "[1,,2]",
        "[1:2]",
        "]",
        "}",
        ":",
        ",",
        "[]]",
        "{}}",
        "[] []",
        "1 2",
        "\"a\" \"b\"",
        "[\"a\" \"b\"]",
        "{\"a\":\"x\"\"b\"}",
        "[\"a\" {}]",
        "{\"a\":1 {}}",
        "[1 true]",
        "[1 null]",
        "[1 false]",
        "[{} 1]",
        "{\"a\": [1] ]}",
        std::string("{\"a\":1}\0x", 9),
        std::string("\0", 1),
        std::string("[\0]", 3),
        std::string("[1\0]", 4),
        std::string("[\"\0\"]", 5),
        std::string("{\"a\0\":1}", 8),
        "[tru]",
        "[t",
        "[nul",
        "[fals]",
        "[True]",
        "x",
        "/",
        "[/* */]",
        "[1] // x",
        "{\"a\": tr\"}",
        "[-]",
        "[-a]",
        "[--1]",
        "[1.]",
        "[1.e5]",
        "[1e]",
        "[1e+]",
        "[1E-x]",
        "[01]",
        "[-01]",
        "[1.5.2]",
        "[1e999]",
        "[-1e999]",
        "{\"a\": 1e999}",
        "[1e308, 1e309]",
        "[" + std::string(400, '9') + "]",
        "[\"\\q\"]",
        "[\"\\",
        "[\"\\u",
        "[\"\\u12\"]",
        "[\"\\u12",
        "[\"\\ud800\\n\"]",
        "[\"\\ud800\"]",
        "[\"\\ud800\\u12x\"]",
        "[\"\\ud800\\u0041\"]",
        "[\"\\udfff\"]",
        "[\"\\ud800x\"]",
        "[\"a",
        "{\"\\u00e9\": \"\\uD83D\\uDE00\", \"b\": \"\\x\"}",
        "[\"\xc3\"]",
        "[\"\xe0\x80\"]",
        "[\"\xed\xbf\"]",
        "[\"\xf4\x90\"]",
        "[\"\xf0\x90\x80\"]",
        "[\"\xf0\x90\x80",
        "[\"\xc3",
        "{\"\xff\": 1}",
        "[\"ok\", \"\xea\xb0\x80\xff\"]",
        "{\"a\": \"\t\"}",
    };
    for (int c = 0; c < 0x20; ++c) seeds.push_back("[\"a" + std::string(1, static_cast<char>(c)) + "b\"]");
    for (const std::string& seed : seeds) {
        ExpectReadAsNlohmannDoes(seed);
        if (HasFatalFailure()) return;
    }

    std::mt19937 random(5122026);
    const std::vector<std::string> tokens = {"{",      "}",           "[",  "]",      ":",  ",",    "\"k\"",
                                             "\"가\"", "\"\\u00e9\"", "1",  "-2.5e3", "0",  "true", "null",
                                             "false",  " ",           "\n", "\r\n",   "\t", "\"",   "\\",
                                             "tr",     "1e",          "-",  "x"};
    for (int round = 0; round < 20000; ++round) {
        std::string text;
        const int count = 1 + static_cast<int>(random() % 12);
        for (int i = 0; i < count; ++i) text += tokens[random() % tokens.size()];
        ExpectReadAsNlohmannDoes(text);
        if (HasFatalFailure()) return;
    }

    // Real bundles over many lines, cut short anywhere or edited in one to three places.
    for (const char* file : {"tests/data/valid/minimal.json", "data/doksan.json"}) {
        const std::string bundle = test::ReadSourceFile(file);
        ASSERT_FALSE(bundle.empty()) << file;
        const int rounds = bundle.size() < 10000 ? 3000 : 200;
        for (int round = 0; round < rounds; ++round) {
            std::string text = bundle;
            if (round % 4 == 0) {
                text.resize(random() % text.size());
            } else {
                const int edits = 1 + static_cast<int>(random() % 3);
                for (int e = 0; e < edits; ++e) {
                    const std::size_t at = random() % text.size();
                    const char c = "{}[],:\"\\ \n0-.eE\x01\xff\xea"[random() % 19];
                    switch (random() % 3) {
                        case 0:
                            text[at] = c;
                            break;
                        case 1:
                            text.insert(text.begin() + static_cast<std::ptrdiff_t>(at), c);
                            break;
                        default:
                            text.erase(at, 1);
                            break;
                    }
                }
            }
            ExpectReadAsNlohmannDoes(text);
            if (HasFatalFailure()) return;
        }
    }
}

// The wording the golden files and the page show, in full.
TEST(ParseJson, SyntaxErrorsReadAsBefore) {
    const ParsedJson comma = ParseJson("{\"a\": 1\n  \"b\": 2}");
    ASSERT_EQ(comma.errors.size(), 1u);
    EXPECT_EQ(comma.errors[0].message,
              "invalid JSON: syntax error while parsing object - unexpected string literal; expected '}' "
              "(is a comma missing before it?)");
    EXPECT_EQ(comma.errors[0].line, 2);
    EXPECT_EQ(comma.errors[0].column, 3);

    const ParsedJson array = ParseJson("[1 2]");
    ASSERT_EQ(array.errors.size(), 1u);
    EXPECT_EQ(array.errors[0].message,
              "invalid JSON: syntax error while parsing array - unexpected number literal; expected ']' "
              "(is a comma missing before it?)");

    const ParsedJson control = ParseJson("{\"a\": \"x\ty\"}");
    ASSERT_EQ(control.errors.size(), 1u);
    EXPECT_EQ(
        control.errors[0].message,
        "invalid JSON: syntax error while parsing value - invalid string: control character U+0009 (HT) "
        "must be escaped to \\u0009 or \\t; last read: '\"x<U+0009>'");
    EXPECT_EQ(control.errors[0].column, 9);

    const ParsedJson overflow = ParseJson("{\"lat\": 1e999}");
    ASSERT_EQ(overflow.errors.size(), 1u);
    EXPECT_EQ(overflow.errors[0].message, "invalid JSON: number overflow parsing '1e999'");
    EXPECT_EQ(overflow.errors[0].column, 13);

    const ParsedJson literal = ParseJson("[tru]");
    ASSERT_EQ(literal.errors.size(), 1u);
    EXPECT_EQ(literal.errors[0].message,
              "invalid JSON: syntax error while parsing value - invalid literal; last read: '[tru]'");
}

// Problems found before a syntax error are kept, in the order they were found.
TEST(ParseJson, DuplicateKeysBeforeASyntaxErrorAreKept) {
    const ParsedJson p = ParseJson("{\"a\": 1, \"a\": [2], \"b\": tru}");
    ASSERT_EQ(p.errors.size(), 2u);
    EXPECT_EQ(p.errors[0].code, DiagCode::kDuplicateKey);
    EXPECT_EQ(p.errors[0].pointer, "/a");
    EXPECT_EQ(p.errors[1].code, DiagCode::kJsonSyntax);
    EXPECT_EQ(p.document, nullptr);
}

// A NUL byte ends the text, as nlohmann reads it.
TEST(ParseJson, ANulByteEndsTheText) {
    const ParsedJson p = ParseJson(std::string("{\"a\": 1}\0garbage", 16));
    ASSERT_TRUE(p.ok());
    EXPECT_EQ(p.Root().Find("a").Integer(), 1);
}

TEST(AttachPositions, FindsValuesByPointerIncludingEscapedKeys) {
    const std::string text = "{\n  \"a/b\": {\"c~d\": [10,\n    20]},\n  \"\\u00e9\": true\n}";
    std::vector<Diagnostic> d = {{"/a~1b/c~0d/1", 0, 0, "x"}, {"/\xc3\xa9", 0, 0, "y"},
                                 {"/missing", 0, 0, "z"}, {"", 0, 0, "whole"}};
    AttachPositions(text, &d);
    EXPECT_EQ(d[0].line, 3);
    EXPECT_EQ(d[0].column, 5);
    EXPECT_EQ(d[1].line, 4);
    EXPECT_EQ(d[1].column, 13);
    EXPECT_EQ(d[2].line, 0);  // names no value
    EXPECT_EQ(d[3].line, 1);  // the whole document
    EXPECT_EQ(d[3].column, 1);
}

TEST(JsonValue, WalksMembersAndElementsInDocumentOrder) {
    ParsedJson p = ParseJson(R"({"z": 1, "a": [true, null, 2.5, "x", {"k": []}], "m": -3})");
    ASSERT_TRUE(p.ok());
    JsonValue root = p.Root();
    EXPECT_EQ(root.Size(), 3u);
    std::string keys;
    for (JsonValue m = root.FirstChild(); m; m = m.NextSibling()) keys += std::string(m.Key());
    EXPECT_EQ(keys, "zam");
    JsonValue a = root.Find("a");
    EXPECT_TRUE(a.At(0).Bool());
    EXPECT_TRUE(a.At(1).IsNull());
    EXPECT_DOUBLE_EQ(a.At(2).Number(), 2.5);
    EXPECT_EQ(a.At(3).String(), "x");
    EXPECT_TRUE(a.At(4).Find("k").IsArray());
    EXPECT_FALSE(a.At(5));
    EXPECT_EQ(root.Find("m").Integer(), -3);
    EXPECT_FALSE(root.Find("missing"));
}

TEST(JsonValue, PointerNamesTheValue) {
    ParsedJson p = ParseJson(R"({"list": [{}, {"a/b": [0, {"~": 1}]}]})");
    ASSERT_TRUE(p.ok());
    JsonValue v = p.Root().Find("list").At(1).Find("a/b").At(1).Find("~");
    EXPECT_EQ(v.Pointer(), "/list/1/a~1b/1/~0");
    EXPECT_EQ(p.Root().Pointer(), "");
}

TEST(ParseJson, DuplicateKeysInALargeObjectAreFound) {
    std::string text = "{";
    for (int i = 0; i < 100; ++i) text += "\"k" + std::to_string(i) + "\": " + std::to_string(i) + ",";
    text += "\"k42\": 0}";
    ParsedJson p = ParseJson(text);
    ASSERT_EQ(p.errors.size(), 1u);
    EXPECT_EQ(p.errors[0].pointer, "/k42");
}

TEST(JsonPointerToken, EscapesTildeAndSlash) {
    EXPECT_EQ(JsonPointerToken("a/b~c"), "a~1b~0c");
}

}  // namespace
}  // namespace golmok
