#include "core/i18n/text_view.h"

#include <cstdio>
#include <optional>
#include <vector>

#include "core/domain/directions.h"
#include "core/domain/opening_hours.h"
#include "core/domain/schedule.h"
#include "core/i18n/ui_text.h"
#include "core/json/json_writer.h"

namespace golmok {
namespace {

class ViewWriter {
public:
    ViewWriter(Lang lang, std::size_t partBytes, const std::function<void(std::string)>& part)
        : w(JsonWriter::Layout::kCompact), m_lang(lang), m_partBytes(partBytes), m_part(part) {}

    // Hands on what is written once it is long enough, and at the end.
    void Flush(bool end = false) {
        if (end ? !w.Text().empty() : w.Text().size() >= m_partBytes) m_part(w.TakeText());
    }

    // A bundle text in the view's language, marked Korean where Korean stands in.
    void Value(const Text& text) {
        bool fellBack = false;
        const std::string& value = text.In(m_lang, &fellBack);
        if (fellBack && m_lang != Lang::kKo) {
            w.BeginObject();
            w.Key("text");
            w.String(value);
            w.Key("lang");
            w.String("ko");
            w.EndObject();
        } else {
            w.String(value);
        }
    }

    void Fact(const char* label, const std::string& value, const std::string& href = "") {
        if (value.empty()) return;
        w.BeginArray();
        w.String(label);
        w.String(value);
        if (!href.empty()) w.String(href);
        w.EndArray();
    }

    void Fact(const char* label, const Text& value) {
        if (!value.Has(Lang::kKo)) return;
        w.BeginArray();
        w.String(label);
        Value(value);
        w.EndArray();
    }

    void BeginSection(const char* id, const std::string& title) {
        w.BeginObject();
        w.Key("id");
        w.String(id);
        w.Key("title");
        w.String(title);
        w.Key("groups");
        w.BeginArray();
    }
    void EndSection() {
        w.EndArray();
        w.EndObject();
    }

    // A group of items under an optional heading.
    void BeginGroup(const Text* title) {
        w.BeginObject();
        if (title) {
            w.Key("title");
            Value(*title);
        }
        w.Key("items");
        w.BeginArray();
    }
    void EndGroup() {
        w.EndArray();
        w.EndObject();
    }

    void BeginItem(const std::string& id, const Text& name) {
        w.BeginObject();
        w.Key("id");
        w.String(id);
        w.Key("name");
        Value(name);
    }
    void EndItem() {
        w.EndObject();
        Flush();
    }

    JsonWriter w;

private:
    Lang m_lang;
    std::size_t m_partBytes;
    const std::function<void(std::string)>& m_part;
};

std::string Dates(const Date& start, const Date& end) {
    return start.ToString() == end.ToString() ? start.ToString() : start.ToString() + " – " + end.ToString();
}

std::string Hours(const Shop& shop, Lang lang) {
    HoursError error;
    const std::optional<OpeningHours> hours =
        shop.hours.empty() ? std::nullopt : ParseOpeningHours(shop.hours, &error);
    if (!hours) {
        std::string out = Tr(Msg::kHoursUnknown, lang);
        if (!shop.hours.empty()) out += " (" + shop.hours + " " + Tr(Msg::kHoursAsWritten, lang) + ")";
        return out;
    }
    std::string out = DescribeHours(*hours, lang);
    for (const std::string& comment : hours->Comments()) out += " · " + comment;
    return out;
}


}  // namespace

std::string TextViewJson(const Bundle& shown, Lang lang, const Date& today) {
    std::string all;
    WriteTextView(shown, lang, today, static_cast<std::size_t>(-1),
                  [&all](std::string part) { all += part; });
    return all;
}

void WriteTextView(const Bundle& b, Lang lang, const Date& today, std::size_t partBytes,
                   const std::function<void(std::string part)>& part) {
    ViewWriter v(lang, partBytes, part);
    JsonWriter& w = v.w;
    w.BeginObject();
    w.Key("lang");
    w.String(LangCode(lang));
    w.Key("title");
    v.Value(b.district.name);
    w.Key("intro");
    w.BeginArray();
    if (b.district.address.Has(Lang::kKo)) v.Value(b.district.address);
    if (b.district.description.Has(Lang::kKo)) v.Value(b.district.description);
    if (b.samples && b.samples->note.Has(Lang::kKo)) v.Value(b.samples->note);
    w.String(Tr(Msg::kTextViewFromApp, lang));
    w.EndArray();

    w.Key("sections");
    w.BeginArray();
    const std::vector<const Promotion*> promotions = CurrentPromotions(b, today);
    if (!promotions.empty()) {
        v.BeginSection("deals", Tr(Msg::kTodaysPromotions, lang));
        v.BeginGroup(nullptr);
        for (const Promotion* p : promotions) {
            v.BeginItem("promo-" + p->id, p->title);
            w.Key("notes");
            w.BeginArray();
            const Shop* shop = p->shop.empty() ? nullptr : b.FindShop(p->shop);
            if (shop) {
                v.Value(shop->name);
            } else {
                w.String(Tr(Msg::kDistrictWide, lang));
            }
            if (p->terms.Has(Lang::kKo)) v.Value(p->terms);
            w.EndArray();
            w.Key("facts");
            w.BeginArray();
            v.Fact(Tr(Msg::kPeriod, lang), Dates(p->start, p->end));
            if (!p->coupon.empty()) v.Fact(Tr(Msg::kCoupon, lang), p->coupon);
            w.EndArray();
            v.EndItem();
        }
        v.EndGroup();
        v.EndSection();
    }
    const std::vector<const Event*> events = CurrentAndUpcomingEvents(b, today);
    if (!events.empty()) {
        v.BeginSection("events", Tr(Msg::kEvents, lang));
        v.BeginGroup(nullptr);
        for (const Event* e : events) {
            v.BeginItem("event-" + e->id, e->title);
            w.Key("facts");
            w.BeginArray();
            v.Fact(Tr(Msg::kPeriod, lang), Dates(e->start, e->end));
            v.Fact(Tr(Msg::kFieldPlace, lang), e->place);
            v.Fact(Tr(Msg::kFieldDescription, lang), e->description);
            w.EndArray();
            v.EndItem();
        }
        v.EndGroup();
        v.EndSection();
    }

    char count[64];
    std::snprintf(count, sizeof count, Tr(Msg::kShopCount, lang), static_cast<int>(b.shops.size()));
    v.BeginSection("shops", std::string(Tr(Msg::kShops, lang)) + " · " + count);
    for (const Category& category : b.categories) {
        bool any = false;
        for (const Shop& shop : b.shops) {
            if (shop.category != category.id) continue;
            if (!any) v.BeginGroup(&category.name);
            any = true;
            v.BeginItem("shop-" + shop.id, shop.name);
            w.Key("notes");
            w.BeginArray();
            if (shop.sample) w.String(Tr(Msg::kSampleShopNote, lang));
            if (shop.description.Has(Lang::kKo)) v.Value(shop.description);
            w.EndArray();
            w.Key("facts");
            w.BeginArray();
            v.Fact(Tr(Msg::kHours, lang), Hours(shop, lang));
            v.Fact(Tr(Msg::kPhone, lang), shop.phone, TelHref(shop.phone));
            v.Fact(Tr(Msg::kAddress, lang), shop.address);
            std::string menu;
            for (const MenuItem& item : shop.menu) {
                menu += (menu.empty() ? "" : ", ") + item.name.In(lang) + " " + FormatWon(item.price, lang);
            }
            v.Fact(Tr(Msg::kMenu, lang), menu);
            std::string payment;
            for (Payment p : shop.payment)
                payment += (payment.empty() ? "" : ", ") + std::string(PaymentName(p, lang));
            v.Fact(Tr(Msg::kPayment, lang), payment);
            w.EndArray();
            v.EndItem();
        }
        if (any) v.EndGroup();
    }
    v.EndSection();
    w.EndArray();
    w.EndObject();
    v.Flush(true);
}

}  // namespace golmok
