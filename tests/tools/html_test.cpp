#include "tools/html.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace golmok {
namespace {

TEST(EscapeHtml, TurnsMarkupIntoText) {
    EXPECT_EQ(EscapeHtml("<script>alert('x')</script>"), "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    EXPECT_EQ(EscapeHtml("\" onerror=\"x"), "&quot; onerror=&quot;x");
    EXPECT_EQ(EscapeHtml("a & b"), "a &amp; b");
}

TEST(EscapeHtml, KeepsKoreanAndReplacesInvalidBytes) {
    EXPECT_EQ(EscapeHtml("떡볶이"), "떡볶이");
    EXPECT_EQ(EscapeHtml("a\xFF"
                         "b"),
              "a\xEF\xBF\xBD"
              "b");
}

TEST(JsonForScriptElement, NoStringCanEndTheElement) {
    const nlohmann::json value = {{"name", "</script><script>alert(1)</script><!--"}};
    const std::string safe = JsonForScriptElement(value.dump());
    EXPECT_EQ(safe.find('<'), std::string::npos);
    EXPECT_EQ(safe.find('>'), std::string::npos);
    // The same value when read back.
    EXPECT_EQ(nlohmann::json::parse(safe), value);
}

TEST(JsonForScriptElement, EscapesLineAndParagraphSeparators) {
    const nlohmann::json value = "a\u2028b\u2029c&";
    const std::string safe = JsonForScriptElement(value.dump());
    EXPECT_EQ(safe, "\"a\\u2028b\\u2029c\\u0026\"");
    EXPECT_EQ(nlohmann::json::parse(safe), value);
}

TEST(SafeHref, AllowsOnlyTheBundleSchemes) {
    EXPECT_EQ(SafeHref("https://example.org/?a=1&b=2"), "https://example.org/?a=1&amp;b=2");
    EXPECT_EQ(SafeHref("tel:02-803-1234"), "tel:02-803-1234");
    EXPECT_EQ(SafeHref("mailto:a@example.org"), "mailto:a@example.org");
    EXPECT_EQ(SafeHref("javascript:alert(1)"), "");
    EXPECT_EQ(SafeHref("JavaScript:alert(1)"), "");
    EXPECT_EQ(SafeHref("data:text/html,<script>"), "");
    EXPECT_EQ(SafeHref(" javascript:alert(1)"), "");
    EXPECT_EQ(SafeHref("java\tscript:alert(1)"), "");
    EXPECT_EQ(SafeHref("/relative"), "");
}

TEST(SafeHref, EscapesQuotesSoTheAttributeCannotEnd) {
    EXPECT_EQ(SafeHref("https://example.org/\"><script>"), "https://example.org/&quot;&gt;&lt;script&gt;");
}


}  // namespace
}  // namespace golmok
