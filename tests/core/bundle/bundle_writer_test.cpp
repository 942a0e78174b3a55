#include "core/bundle/bundle_writer.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/bundle/bundle_loader.h"
#include "core/json/json_writer.h"
#include "test_util.h"

namespace golmok {
namespace {

using test::ReadSourceFile;

const char* const kBundles[] = {"data/doksan.json", "data/samseon.json", "tests/data/valid/minimal.json"};

Bundle Load(const std::string& text) {
    BundleLoadResult r = LoadBundle(text);
    EXPECT_TRUE(r.ok()) << (r.errors.empty() ? "" : FormatDiagnostic("text", r.errors[0]));
    return r.bundle ? *r.bundle : Bundle();
}

TEST(WriteBundle, WritingTwiceGivesTheSameBytes) {
    for (const char* file : kBundles) {
        const std::string once = WriteBundle(Load(ReadSourceFile(file)));
        const std::string twice = WriteBundle(Load(once));
        EXPECT_EQ(once, twice) << file;
    }
}

// Nothing the loader reads is lost: the written JSON equals the file as JSON values (member
// order and layout aside), apart from members the format allows to be left out when empty.
TEST(WriteBundle, KeepsEveryValueOfTheFile) {
    for (const char* file : kBundles) {
        const std::string original = ReadSourceFile(file);
        const std::string written = WriteBundle(Load(original));
        EXPECT_EQ(nlohmann::json::parse(written), nlohmann::json::parse(original)) << file;
    }
}

TEST(WriteBundle, ShippedBundlesAreInCanonicalForm) {
    for (const char* file : {"data/doksan.json", "data/samseon.json"}) {
        const std::string original = ReadSourceFile(file);
        EXPECT_EQ(WriteBundle(Load(original)), original) << file << " is not as WriteBundle writes it";
    }
}

TEST(WriteBundle, LeavesOutEmptyOptionalMembers) {
    Shop shop;
    shop.id = "s-1";
    shop.name.Get(Lang::kKo) = "가게";
    shop.category = "cafe";
    shop.position = {37.5, 127.25};
    shop.address.Get(Lang::kKo) = "주소";
    EXPECT_EQ(WriteShop(shop),
              "{\n"
              "  \"id\": \"s-1\",\n"
              "  \"name\": {\n"
              "    \"ko\": \"가게\"\n"
              "  },\n"
              "  \"category\": \"cafe\",\n"
              "  \"position\": {\n"
              "    \"lat\": 37.5,\n"
              "    \"lon\": 127.25\n"
              "  },\n"
              "  \"address\": {\n"
              "    \"ko\": \"주소\"\n"
              "  }\n"
              "}\n");
}

TEST(JsonWriter, EscapesOnlyWhatJsonRequires) {
    std::string out;
    AppendJsonString(&out, "떡\"\\\n\x01/é");
    EXPECT_EQ(out, "\"떡\\\"\\\\\\n\\u0001/é\"");
}

TEST(JsonWriter, ReplacesBrokenUtf8) {
    std::string out;
    AppendJsonString(&out,
                     "a\xff"
                     "b\xe1\x80");
    EXPECT_EQ(out,
              "\"a\xEF\xBF\xBD"
              "b\xEF\xBF\xBD\xEF\xBF\xBD\"");
}

TEST(JsonWriter, NumbersAreShortestRoundTrip) {
    EXPECT_EQ(FormatJsonNumber(37.469115), "37.469115");
    EXPECT_EQ(FormatJsonNumber(126.9), "126.9");
    EXPECT_EQ(FormatJsonNumber(5), "5");
    EXPECT_EQ(FormatJsonNumber(-0.0), "0");
    EXPECT_EQ(FormatJsonNumber(0.1 + 0.2), "0.30000000000000004");
    EXPECT_EQ(std::stod(FormatJsonNumber(1.0 / 3)), 1.0 / 3);
}

TEST(JsonWriter, EmptyContainersStayOnOneLine) {
    JsonWriter w;
    w.BeginObject();
    w.Key("a");
    w.BeginArray();
    w.EndArray();
    w.Key("b");
    w.BeginObject();
    w.EndObject();
    w.EndObject();
    EXPECT_EQ(w.Text(), "{\n  \"a\": [],\n  \"b\": {}\n}\n");
}

TEST(JsonWriter, CompactLayoutHasNoWhiteSpace) {
    JsonWriter w(JsonWriter::Layout::kCompact);
    w.BeginObject();
    w.Key("a");
    w.BeginArray();
    w.Integer(1);
    w.Number(2.5);
    w.BeginObject();
    w.EndObject();
    w.EndArray();
    w.Key("b");
    w.BeginObject();
    w.Key("c");
    w.Null();
    w.Key("d");
    w.Bool(true);
    w.EndObject();
    w.Key("e");
    w.String("x y");
    w.EndObject();
    EXPECT_EQ(w.Text(), R"({"a":[1,2.5,{}],"b":{"c":null,"d":true},"e":"x y"})");
}

}  // namespace
}  // namespace golmok
