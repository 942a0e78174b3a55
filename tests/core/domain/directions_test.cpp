#include "core/domain/directions.h"

#include <gtest/gtest.h>

namespace golmok {
namespace {

TEST(WalkingDirections, EachAppGetsItsOwnUrlForm) {
    const auto links = WalkingDirections(LatLon{37.4689, 126.8991}, "맛나 분식, 본점", "https://golmok.example");
    ASSERT_EQ(links.size(), 3u);

    EXPECT_EQ(links[0].provider, MapProvider::kNaver);
    EXPECT_EQ(links[0].appUrl,
              "nmap://route/walk?dlat=37.4689000&dlng=126.8991000"
              "&dname=%EB%A7%9B%EB%82%98%20%EB%B6%84%EC%8B%9D%2C%20%EB%B3%B8%EC%A0%90"
              "&appname=https%3A%2F%2Fgolmok.example");
    // Naver's web map takes longitude first.
    EXPECT_EQ(links[0].webUrl,
              "https://map.naver.com/p/directions/-/126.8991000,37.4689000,"
              "%EB%A7%9B%EB%82%98%20%EB%B6%84%EC%8B%9D%20%EB%B3%B8%EC%A0%90,,/-/walk");

    EXPECT_EQ(links[1].provider, MapProvider::kKakao);
    EXPECT_EQ(links[1].appUrl, "kakaomap://route?ep=37.4689000,126.8991000&by=FOOT");
    // The comma in the name would split Kakao's fields: it is dropped.
    EXPECT_EQ(links[1].webUrl,
              "https://map.kakao.com/link/to/%EB%A7%9B%EB%82%98%20%EB%B6%84%EC%8B%9D%20"
              "%EB%B3%B8%EC%A0%90,37.4689000,126.8991000");

    EXPECT_EQ(links[2].provider, MapProvider::kGoogle);
    EXPECT_TRUE(links[2].appUrl.empty());  // the https link opens the app where installed
    EXPECT_EQ(links[2].webUrl,
              "https://www.google.com/maps/dir/?api=1&destination=37.4689000%2C126.8991000"
              "&travelmode=walking");
}

TEST(WalkingDirections, WebLinksAreAlwaysHttps) {
    // Whatever the name holds, the web links stay https: links to the map sites.
    for (const auto& link : WalkingDirections(LatLon{-90, 180}, "\"><script>x</script>", "")) {
        EXPECT_EQ(link.webUrl.rfind("https://", 0), 0u) << link.webUrl;
        EXPECT_EQ(link.webUrl.find('<'), std::string::npos);
        EXPECT_EQ(link.webUrl.find('"'), std::string::npos);
    }
    EXPECT_STREQ(ProviderName(MapProvider::kKakao), "Kakao Map");
    EXPECT_STREQ(ProviderCode(MapProvider::kGoogle), "google");
}

TEST(TelHref, OnlyDialableNumbers) {
    EXPECT_EQ(TelHref("02-803-1234"), "tel:02-803-1234");
    EXPECT_EQ(TelHref("+82-2-803-1234"), "tel:+82-2-803-1234");
    EXPECT_EQ(TelHref("02-803\"-1234"), "");
    EXPECT_EQ(TelHref(""), "");
}

}  // namespace
}  // namespace golmok
