// Hostile and absurd bundles: each is refused with a message that says where and why, or loads
// correctly; none crashes, and none takes long (every case here is built to run in well under a
// second, under the sanitizers too).

#include <gtest/gtest.h>

#include <string>

#include "core/bundle/bundle_loader.h"
#include "core/json/json_text.h"
#include "core/text/utf8.h"
#include "test_util.h"
#include "tools/synthetic.h"

namespace golmok {
namespace {

// The minimal valid bundle with the text inside its shops array replaced by `shops`.
std::string MinimalWithShops(const std::string& shops) {
    std::string text = test::ReadSourceFile("tests/data/valid/minimal.json");
    const std::size_t open = text.find("\"shops\": [");
    const std::size_t close = text.rfind(']');
    EXPECT_NE(open, std::string::npos);
    const std::size_t from = open + std::string("\"shops\": [").size();
    return text.replace(from, close - from, shops);
}

const char kShop[] =
    R"({"id": "shop-1", "name": {"ko": "맛나분식"}, "category": "bunsik",
        "position": {"lat": 37.465, "lon": 126.895}, "address": {"ko": "서울"}})";

// kShop with `members` (", \"key\": value…") added before its closing brace; they begin on line 14
// of MinimalWithShops(ShopWith(…)).
std::string ShopWith(const std::string& members) {
    std::string shop = kShop;
    return shop.insert(shop.size() - 1, members);
}

void ExpectEveryErrorPlaced(const BundleLoadResult& r) {
    ASSERT_FALSE(r.errors.empty());
    EXPECT_FALSE(r.bundle);
    for (const Diagnostic& d : r.errors) {
        EXPECT_EQ(ToValidUtf8(d.message), d.message);
        if (!d.pointer.empty()) {
            EXPECT_GT(d.line, 0) << d.pointer << ": " << d.message;
            EXPECT_GT(d.column, 0) << d.pointer << ": " << d.message;
        }
    }
}

const Diagnostic* Find(const std::vector<Diagnostic>& list, const std::string& pointer) {
    for (const Diagnostic& d : list) {
        if (d.pointer == pointer) return &d;
    }
    return nullptr;
}

bool Contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// [SECTION] Size

TEST(HostileInput, HundredThousandShopsAreRefusedWithTheShopLimit) {
    std::string shops = "{}";
    for (int i = 1; i < 100000; ++i) shops += ",{}";
    BundleLoadResult r = LoadBundle(MinimalWithShops(shops));
    ExpectEveryErrorPlaced(r);
    const Diagnostic* d = Find(r.errors, "/shops");
    ASSERT_NE(d, nullptr);
    EXPECT_TRUE(Contains(d->message, "100000 shops")) << d->message;
    EXPECT_TRUE(Contains(d->message, "at most 20000")) << d->message;
    // Only the limit: 100,000 empty shops are not listed one by one.
    EXPECT_EQ(r.errors.size(), 1u);
}

TEST(HostileInput, ABundleAtTheShopLimitFitsTheFileLimits) {
    // Synthetic shops are richer than most real ones; 20,000 of them, extrapolated from 1,000,
    // must stay within the byte and value limits so that the shop limit is the one that counts.
    const std::string thousand = GenerateSyntheticBundle(1000, 1);
    ParsedJson parsed = ParseJson(thousand);
    ASSERT_TRUE(parsed.ok());
    std::size_t values = 0;
    std::vector<JsonValue> stack = {parsed.Root()};
    while (!stack.empty()) {
        JsonValue v = stack.back();
        stack.pop_back();
        ++values;
        for (JsonValue c = v.FirstChild(); c; c = c.NextSibling()) stack.push_back(c);
    }
    const std::size_t factor = kMaxShops / 1000;
    EXPECT_LT(thousand.size() * factor, kMaxJsonBytes);
    EXPECT_LT(values * factor, kMaxJsonValues);
}

TEST(HostileInput, AFileBeyondTheByteLimitIsRefusedBeforeReading) {
    std::string text = MinimalWithShops(kShop);
    text.append(kMaxJsonBytes, ' ');
    BundleLoadResult r = LoadBundle(text);
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_TRUE(Contains(r.errors[0].message, "at most 16777216 bytes")) << r.errors[0].message;
    EXPECT_EQ(FormatDiagnostic("big.json", r.errors[0]).rfind("big.json: /: the file is", 0), 0u)
        << FormatDiagnostic("big.json", r.errors[0]);
}

TEST(HostileInput, HugeArrayOfTinyItemsStopsAtTheValueLimitWithItsPlace) {
    std::string tags = "\"a\"";
    tags.reserve(kMaxJsonValues * 4);
    for (std::size_t i = 0; i < kMaxJsonValues; ++i) tags += ",\"a\"";
    BundleLoadResult r = LoadBundle(MinimalWithShops(ShopWith(", \"tags\": [" + tags + "]")));
    ExpectEveryErrorPlaced(r);
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_TRUE(Contains(r.errors[0].message, "more than 1000000 values")) << r.errors[0].message;
    EXPECT_EQ(r.errors[0].pointer.rfind("/shops/0/tags/", 0), 0u) << r.errors[0].pointer;
}

TEST(HostileInput, LongListsOfSmallItemsWithinTheLimitsLoad) {
    std::string menu, tags;
    for (int i = 0; i < 20000; ++i) {
        menu += std::string(i ? "," : "") + R"({"name": {"ko": "김밥"}, "price": 3000})";
        tags += std::string(i ? "," : "") + "\"t" + std::to_string(i) + "\"";
    }
    BundleLoadResult r =
        LoadBundle(MinimalWithShops(ShopWith(", \"menu\": [" + menu + "], \"tags\": [" + tags + "]")));
    ASSERT_TRUE(r.ok()) << FormatDiagnostic("", r.errors[0]);
    EXPECT_EQ(r.bundle->shops[0].menu.size(), 20000u);
    EXPECT_EQ(r.bundle->shops[0].tags.size(), 20000u);
}

// [SECTION] Nesting and strings

TEST(HostileInput, DeepNestingIsRefusedAtTheLevelThatExceedsTheLimit) {
    for (const char* open : {"[", "{\"a\":"}) {
        std::string text = "{\"shops\": ";
        for (int i = 0; i < 100000; ++i) text += open;
        BundleLoadResult r = LoadBundle(text);
        ExpectEveryErrorPlaced(r);
        ASSERT_EQ(r.errors.size(), 1u) << open;
        EXPECT_TRUE(Contains(r.errors[0].message, "deeper than 64")) << r.errors[0].message;
        EXPECT_EQ(r.errors[0].line, 1);
    }
}

TEST(HostileInput, MegabyteStringIsRefusedWithItsPointerAndPosition) {
    const std::string big(1 << 20, 'x');
    BundleLoadResult r = LoadBundle(
        MinimalWithShops(ShopWith(", \"description\": {\"ko\": \"" + big + "\"}")));
    ExpectEveryErrorPlaced(r);
    const Diagnostic* d = Find(r.errors, "/shops/0/description/ko");
    ASSERT_NE(d, nullptr) << FormatDiagnostic("", r.errors[0]);
    EXPECT_TRUE(Contains(d->message, "a string of 1048576 bytes")) << d->message;
    EXPECT_TRUE(Contains(d->message, "at most 65536 bytes")) << d->message;
}

TEST(HostileInput, MegabyteKeyIsRefusedNamingTheObjectItIsIn) {
    const std::string big(1 << 20, 'k');
    BundleLoadResult r = LoadBundle(MinimalWithShops(ShopWith(", \"" + big + "\": 1")));
    ExpectEveryErrorPlaced(r);
    const Diagnostic* d = Find(r.errors, "/shops/0");
    ASSERT_NE(d, nullptr) << FormatDiagnostic("", r.errors[0]);
    EXPECT_TRUE(Contains(d->message, "a member name of 1048576 bytes")) << d->message;
}

TEST(HostileInput, StringsAtTheLimitLoad) {
    std::string text;
    while (text.size() + 3 <= kMaxJsonStringBytes) text += "가";
    BundleLoadResult r =
        LoadBundle(MinimalWithShops(ShopWith(", \"description\": {\"ko\": \"" + text + "\"}")));
    ASSERT_TRUE(r.ok()) << FormatDiagnostic("", r.errors[0]);
    EXPECT_EQ(r.bundle->shops[0].description.Ko(), text);
}

TEST(HostileInput, InvalidUtf8IsASyntaxErrorWithItsPosition) {
    const char* broken[] = {
        "\xff",              // never valid
        "\xc0\xaf",          // overlong '/'
        "\xed\xa0\x80",      // a surrogate encoded directly
        "\xea\xb0",          // cut short
        "\xf4\x90\x80\x80",  // beyond U+10FFFF
    };
    for (const char* bytes : broken) {
        BundleLoadResult r = LoadBundle(MinimalWithShops(ShopWith(", \"tags\": [\"" + std::string(bytes) + "\"]")));
        ExpectEveryErrorPlaced(r);
        ASSERT_EQ(r.errors.size(), 1u);
        EXPECT_TRUE(Contains(r.errors[0].message, "UTF-8")) << r.errors[0].message;
        EXPECT_EQ(r.errors[0].line, 14);
    }
}

TEST(HostileInput, LoneSurrogateEscapeIsASyntaxError) {
    BundleLoadResult r = LoadBundle(MinimalWithShops(ShopWith(", \"tags\": [\"\\ud800\"]")));
    ExpectEveryErrorPlaced(r);
    EXPECT_TRUE(Contains(r.errors[0].message, "surrogate")) << r.errors[0].message;
}

// [SECTION] Numbers

TEST(HostileInput, NanAndInfinityAreNotJson) {
    for (const char* literal : {"NaN", "Infinity", "-Infinity", "nan", "inf"}) {
        BundleLoadResult r = LoadBundle(MinimalWithShops(
            R"({"id": "shop-1", "name": {"ko": "가"}, "category": "bunsik", "address": {"ko": "가"},
                "position": {"lat": )" + std::string(literal) + R"(, "lon": 126.895}})"));
        ExpectEveryErrorPlaced(r);
        ASSERT_EQ(r.errors.size(), 1u) << literal;
        EXPECT_TRUE(Contains(r.errors[0].message, "invalid JSON")) << r.errors[0].message;
    }
}

TEST(HostileInput, HugeCoordinatesAreOutOfRangeWithTheirPointer) {
    BundleLoadResult r = LoadBundle(MinimalWithShops(
        R"({"id": "shop-1", "name": {"ko": "가"}, "category": "bunsik", "address": {"ko": "가"},
            "position": {"lat": 1e308, "lon": -1e308}})"));
    ExpectEveryErrorPlaced(r);
    ASSERT_NE(Find(r.errors, "/shops/0/position/lat"), nullptr);
    EXPECT_TRUE(Contains(Find(r.errors, "/shops/0/position/lat")->message, "between -90 and 90"));
    ASSERT_NE(Find(r.errors, "/shops/0/position/lon"), nullptr);
}

TEST(HostileInput, NumbersBeyondDoubleAreRefusedNotInfinite) {
    BundleLoadResult r = LoadBundle(MinimalWithShops(
        R"({"id": "shop-1", "name": {"ko": "가"}, "category": "bunsik", "address": {"ko": "가"},
            "position": {"lat": 1e999, "lon": 126.895}})"));
    ExpectEveryErrorPlaced(r);
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_TRUE(Contains(r.errors[0].message, "number overflow")) << r.errors[0].message;
    EXPECT_EQ(r.errors[0].line, 14);
}

TEST(HostileInput, HugeBoundsAreRefused) {
    std::string text = MinimalWithShops(kShop);
    const std::string from = R"("south": 37.46)";
    text.replace(text.find(from), from.size(), R"("south": -1e308)");
    BundleLoadResult r = LoadBundle(text);
    ExpectEveryErrorPlaced(r);
    EXPECT_NE(Find(r.errors, "/district/bounds/south"), nullptr);
}

TEST(HostileInput, HugePricesAndIntegersAreRefused) {
    for (const char* price : {"18446744073709551616", "18446744073709551615", "-9223372036854775808",
                              "1e20", "3000.5"}) {
        BundleLoadResult r = LoadBundle(
            MinimalWithShops(ShopWith(R"(, "menu": [{"name": {"ko": "김밥"}, "price": )" +
                                      std::string(price) + "}]")));
        ExpectEveryErrorPlaced(r);
        EXPECT_NE(Find(r.errors, "/shops/0/menu/0/price"), nullptr) << price;
    }
}

// [SECTION] Keys and many problems

TEST(HostileInput, ThousandsOfDuplicateKeysAreListedUpToTheLimit) {
    std::string members;
    for (int i = 0; i < 100000; ++i) members += ", \"tags\": []";
    BundleLoadResult r = LoadBundle(MinimalWithShops(ShopWith(members)));
    ExpectEveryErrorPlaced(r);
    std::size_t duplicates = 0;
    for (const Diagnostic& d : r.errors) duplicates += Contains(d.message, "appears twice");
    EXPECT_EQ(duplicates, kMaxJsonErrors);
    EXPECT_TRUE(Contains(r.errors[kMaxJsonErrors].message, "more problems of this kind follow"))
        << r.errors[kMaxJsonErrors].message;
}

TEST(HostileInput, AProblemInEveryShopIsListedWithPositionsQuickly) {
    // Positions come from one walk through the text for all problems together; found one walk
    // per problem, 500 problems near the end of a large file would take many seconds.
    std::string shops;
    for (int i = 0; i < 20000; ++i) {
        shops += std::string(i ? "," : "") + R"({"id": "s)" + std::to_string(i) +
                 R"(", "name": {"ko": "가"}, "category": "bunsik", "address": {"ko": "가"},
                 "position": {"lat": 37.465, "lon": 126.895}, "phone": "x"})";
    }
    BundleLoadResult r = LoadBundle(MinimalWithShops(shops));
    ExpectEveryErrorPlaced(r);
    EXPECT_EQ(r.errors.size(), 501u);
    EXPECT_TRUE(Contains(r.errors.back().message, "only the first 500"));
}

TEST(HostileInput, EmptyAndWhitespaceTextIsASyntaxError) {
    for (const char* text : {"", " ", "\xef\xbb\xbf", "\n\n\n"}) {
        BundleLoadResult r = LoadBundle(text);
        ASSERT_EQ(r.errors.size(), 1u);
        EXPECT_TRUE(Contains(r.errors[0].message, "invalid JSON")) << r.errors[0].message;
    }
}

TEST(HostileInput, NulBytesInsideTheTextAreASyntaxError) {
    std::string text = MinimalWithShops(kShop);
    text.insert(text.find("맛나분식"), std::string(1, '\0'));
    BundleLoadResult r = LoadBundle(text);
    ExpectEveryErrorPlaced(r);
    EXPECT_GT(r.errors[0].line, 0);
}

}  // namespace
}  // namespace golmok
