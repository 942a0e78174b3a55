#include "tools/synthetic.h"

#include <cstdio>
#include <vector>

#include <nlohmann/json.hpp>

namespace golmok {
namespace {

// A small xorshift generator: unlike std::*_distribution its output is specified here, so a
// seed names the same bundle on every compiler and platform.
class Rng {
public:
    explicit Rng(std::uint32_t seed) : m_state(seed ? seed : 0x9E3779B9u) {}
    std::uint32_t Next() {
        m_state ^= m_state << 13;
        m_state ^= m_state >> 17;
        m_state ^= m_state << 5;
        return m_state;
    }
    int Below(int n) { return static_cast<int>(Next() % static_cast<std::uint32_t>(n)); }
    template <typename T, std::size_t N>
    const T& Pick(const T (&items)[N]) { return items[Below(static_cast<int>(N))]; }

private:
    std::uint32_t m_state;
};

struct MenuEntry {
    const char* ko;
    const char* en;
    int price;
};

struct CategorySpec {
    const char* id;
    const char* ko;
    const char* en;
    const char* color;
    std::vector<const char*> words;   // what the shop name is about
    std::vector<const char*> suffixes;
    std::vector<MenuEntry> menu;
};

const std::vector<CategorySpec>& Categories() {
    static const std::vector<CategorySpec> kCategories = {
        {"bunsik", "분식", "Snacks", "#d6336c", {"분식", "떡볶이", "김밥", "순대", "튀김"}, {"", "집", "나라", "천국"},
         {{"떡볶이", "Tteokbokki", 4500}, {"순대", "Sundae", 5000}, {"김밥", "Gimbap", 3500},
          {"모둠튀김", "Fried assortment", 5000}, {"라면", "Ramyeon", 4000}}},
        {"korean", "한식", "Korean", "#2b8a3e", {"백반", "순대국", "해장국", "칼국수", "감자탕", "국밥"}, {"", "집", "식당", "본가"},
         {{"순대국", "Sundae soup", 10000}, {"제육볶음", "Spicy pork", 11000}, {"칼국수", "Knife-cut noodles", 9000},
          {"된장찌개", "Soybean stew", 9000}, {"김치찌개", "Kimchi stew", 9000}}},
        {"bbq", "고기·구이", "Barbecue", "#e8590c", {"숯불갈비", "삼겹살", "곱창", "막창", "닭갈비"}, {"", "집", "상회", "본점"},
         {{"삼겹살 1인분", "Pork belly", 16000}, {"목살 1인분", "Pork neck", 16000}, {"된장찌개", "Soybean stew", 3000},
          {"냉면", "Cold noodles", 6000}}},
        {"chicken", "치킨·호프", "Chicken & beer", "#b8860b", {"치킨", "통닭", "호프", "닭강정"}, {"", "집", "나라", "2호점"},
         {{"후라이드 치킨", "Fried chicken", 20000}, {"양념치킨", "Seasoned chicken", 21000}, {"생맥주 500cc", "Draft beer", 4500}}},
        {"chinese", "중식", "Chinese", "#c92a2a", {"반점", "중화요리", "짬뽕", "만두"}, {"", "각", "루"},
         {{"짜장면", "Jajangmyeon", 7000}, {"짬뽕", "Jjamppong", 9000}, {"탕수육", "Sweet and sour pork", 18000}}},
        {"cafe", "카페·디저트", "Cafe & dessert", "#5f3dc4", {"커피", "카페", "다방", "디저트"}, {"", "하우스", "로스터스"},
         {{"아메리카노", "Americano", 3000}, {"카페라테", "Cafe latte", 3800}, {"크로플", "Croffle", 4500}}},
        {"bakery", "빵집·떡집", "Bakery", "#a61e4d", {"베이커리", "빵집", "떡집", "방앗간"}, {"", "공방", "본점"},
         {{"소금빵", "Salt bread", 3000}, {"식빵", "White bread", 4500}, {"찹쌀떡", "Rice cake", 1500}}},
        {"butcher", "정육·반찬", "Butcher & side dishes", "#862e9c", {"정육점", "반찬가게", "축산", "반찬"}, {"", "상회", "마트"},
         {{"한돈 삼겹살 600g", "Pork belly 600 g", 15000}, {"반찬 3종", "Three side dishes", 10000}}},
        {"produce", "과일·채소", "Fruit & vegetables", "#1864ab", {"청과", "과일가게", "야채", "농산"}, {"", "상회", "마트"},
         {{"사과 한 봉지", "Bag of apples", 10000}, {"귤 한 박스", "Box of mandarins", 15000}}},
        {"pub", "주점", "Pub", "#495057", {"포차", "주점", "이자카야", "막걸리"}, {"", "집", "골목"},
         {{"해물파전", "Seafood pancake", 15000}, {"막걸리", "Makgeolli", 5000}, {"오뎅탕", "Fish cake soup", 14000}}},
    };
    return kCategories;
}

const char* const kPlaces[] = {"독산", "맛나", "골목", "할매", "원조", "옛날", "시장", "삼선", "한성",
                               "우리", "행복", "엄마손", "참", "진", "시흥", "금천", "성북", "낙산",
                               "동네", "소문난", "정든", "큰집", "새벽", "우체국"};

const char* const kHours[] = {
    "Mo-Sa 10:30-21:00; Su off",
    "Mo-Fr 11:00-15:00,17:00-22:00; Sa 11:00-21:00; Su off",
    "Tu-Su 17:00-02:00",
    "Mo-Su 08:00-20:00; Tu[2,4] off",
    "24/7",
    "Mo-Sa 09:00-19:00; Su,PH off",
    "Mo-Fr 07:30-22:00; Sa,Su 09:00-22:00",
};

const char* const kPayments[] = {"card", "zeropay", "onnuri", "cash"};

}  // namespace

std::string GenerateSyntheticBundle(int shopCount, std::uint32_t seed) {
    using nlohmann::json;
    Rng rng(seed);
    const double south = 37.4600, west = 126.8900, north = 37.4700, east = 126.9050;

    json bundle = json::object();
    bundle["format"] = 1;
    bundle["district"] = {
        {"id", "synthetic"},
        {"name", {{"ko", "합성 시험 상권"}, {"en", "Synthetic test district"}}},
        {"description", {{"ko", "성능 측정용으로 만든 가상의 상권입니다."},
                         {"en", "An invented district for measurements."}}},
        {"bounds", {{"south", south}, {"west", west}, {"north", north}, {"east", east}}},
        {"center", {{"lat", (south + north) / 2}, {"lon", (west + east) / 2}}},
    };
    bundle["samples"] = {{"note", {{"ko", "모든 가게는 예시입니다."}, {"en", "Every shop is a sample."}}},
                         {"dates_anchor", "2026-11-29"}};
    json categories = json::array();
    for (const CategorySpec& c : Categories()) {
        categories.push_back({{"id", c.id}, {"name", {{"ko", c.ko}, {"en", c.en}}}, {"color", c.color}});
    }
    bundle["categories"] = categories;

    json shops = json::array();
    json promotions = json::array();
    for (int i = 0; i < shopCount; ++i) {
        const CategorySpec& c = Categories()[rng.Below(static_cast<int>(Categories().size()))];
        const std::string word = c.words[rng.Below(static_cast<int>(c.words.size()))];
        const std::string suffix = c.suffixes[rng.Below(static_cast<int>(c.suffixes.size()))];
        const std::string name = std::string(rng.Pick(kPlaces)) + (rng.Below(3) == 0 ? " " : "") + word + suffix;
        char id[32];
        std::snprintf(id, sizeof id, "shop-%05d", i + 1);
        json menu = json::array();
        for (const MenuEntry& m : c.menu) {
            if (rng.Below(4) == 0) continue;
            menu.push_back({{"name", {{"ko", m.ko}, {"en", m.en}}}, {"price", m.price + 500 * rng.Below(3)}});
        }
        json payment = json::array();
        for (const char* p : kPayments) {
            if (rng.Below(3) != 0) payment.push_back(p);
        }
        const double lat = south + (north - south) * (rng.Below(10000) / 10000.0);
        const double lon = west + (east - west) * (rng.Below(10000) / 10000.0);
        json shop = {
            {"id", id},
            {"name", {{"ko", name}}},
            {"category", c.id},
            {"position", {{"lat", lat}, {"lon", lon}}},
            {"address", {{"ko", "서울 금천구 독산동 " + std::to_string(100 + rng.Below(900)) + "-" +
                                    std::to_string(1 + rng.Below(40)) + " (예시)"}}},
            {"sample", true},
            {"phone", "02-0" + std::to_string(100 + rng.Below(900)) + "-" + std::to_string(1000 + rng.Below(9000))},
            {"hours", rng.Pick(kHours)},
            {"menu", menu},
            {"payment", payment},
            {"tags", json::array({word})},
        };
        if (rng.Below(4) == 0) shop["languages"] = json::array({"ko", "en"});
        shops.push_back(shop);
        if (rng.Below(10) == 0) {
            const int start = rng.Below(40) - 20;
            char startText[16], endText[16];
            // Days around the anchor 2026-11-29, kept inside November and December 2026.
            const int startDay = 29 + start, endDay = startDay + 3 + rng.Below(14);
            auto format = [](char* out, int dayFromNov1) {
                const int d = dayFromNov1;
                if (d <= 30) std::snprintf(out, 16, "2026-11-%02d", d);
                else std::snprintf(out, 16, "2026-12-%02d", d - 30 > 31 ? 31 : d - 30);
            };
            format(startText, startDay < 1 ? 1 : startDay);
            format(endText, endDay < 1 ? 1 : endDay);
            promotions.push_back({{"id", std::string("promo-") + (id + 5)},
                                  {"shop", id},
                                  {"title", {{"ko", word + " 10% 할인"}, {"en", "10% off"}}},
                                  {"start", startText},
                                  {"end", endText},
                                  {"sample", true}});
        }
    }
    bundle["shops"] = shops;
    bundle["promotions"] = promotions;
    return bundle.dump(1);
}

}  // namespace golmok
