#include "core/json/json_text.h"

#include <gtest/gtest.h>

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
