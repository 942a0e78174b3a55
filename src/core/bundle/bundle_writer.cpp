// The member order below is data/FORMAT.md's; change both together.

#include "core/bundle/bundle_writer.h"

#include <cstdio>

#include "core/json/json_writer.h"

namespace golmok {
namespace {

const char* StreetClassCode(StreetClass c) {
    switch (c) {
        case StreetClass::kRoad:
            return "road";
        case StreetClass::kStreet:
            return "street";
        case StreetClass::kAlley:
            return "alley";
    }
    return "street";
}

const char* LandmarkKindCode(LandmarkKind k) {
    switch (k) {
        case LandmarkKind::kSubwayStation:
            return "subway_station";
        case LandmarkKind::kSubwayExit:
            return "subway_exit";
        case LandmarkKind::kBusStop:
            return "bus_stop";
        case LandmarkKind::kToilet:
            return "toilet";
        case LandmarkKind::kParking:
            return "parking";
        case LandmarkKind::kLandmark:
            return "landmark";
    }
    return "landmark";
}

bool IsEmpty(const Text& t) {
    for (const std::string& v : t.values) {
        if (!v.empty()) return false;
    }
    return true;
}

class Writer {
public:
    explicit Writer(JsonWriter::Layout layout = JsonWriter::Layout::kPretty) : w(layout) {}
    JsonWriter w;

    void Text(const golmok::Text& t) {
        w.BeginObject();
        for (int l = 0; l < kLangCount; ++l) {
            if (t.values[l].empty()) continue;
            w.Key(LangCode(Lang(l)));
            w.String(t.values[l]);
        }
        w.EndObject();
    }

    // Optional members: written only when they carry something.
    void OptText(const char* key, const golmok::Text& t) {
        if (IsEmpty(t)) return;
        w.Key(key);
        Text(t);
    }
    void OptString(const char* key, const std::string& s) {
        if (s.empty()) return;
        w.Key(key);
        w.String(s);
    }
    void OptTrue(const char* key, bool b) {
        if (!b) return;
        w.Key(key);
        w.Bool(true);
    }
    void OptDate(const char* key, const std::optional<golmok::Date>& d) {
        if (!d) return;
        w.Key(key);
        w.String(d->ToString());
    }

    void Position(const LatLon& p) {
        w.BeginObject();
        w.Key("lat");
        w.Number(p.lat);
        w.Key("lon");
        w.Number(p.lon);
        w.EndObject();
    }

    void Links(const std::vector<golmok::Link>& links) {
        if (links.empty()) return;
        w.Key("links");
        w.BeginArray();
        for (const golmok::Link& link : links) {
            w.BeginObject();
            w.Key("label");
            Text(link.label);
            w.Key("url");
            w.String(link.url);
            w.EndObject();
        }
        w.EndArray();
    }

    void Langs(const char* key, const std::vector<Lang>& langs) {
        if (langs.empty()) return;
        w.Key(key);
        w.BeginArray();
        for (Lang l : langs) w.String(LangCode(l));
        w.EndArray();
    }

    void District(const golmok::District& d) {
        w.BeginObject();
        w.Key("id");
        w.String(d.id);
        w.Key("name");
        Text(d.name);
        w.Key("description");
        Text(d.description);
        OptText("address", d.address);
        if (d.association) {
            w.Key("association");
            w.BeginObject();
            w.Key("name");
            Text(d.association->name);
            OptString("phone", d.association->phone);
            Links(d.association->links);
            w.EndObject();
        }
        w.Key("bounds");
        w.BeginObject();
        w.Key("south");
        w.Number(d.bounds.south);
        w.Key("west");
        w.Number(d.bounds.west);
        w.Key("north");
        w.Number(d.bounds.north);
        w.Key("east");
        w.Number(d.bounds.east);
        w.EndObject();
        w.Key("center");
        Position(d.center);
        OptText("geometry_note", d.geometryNote);
        OptString("attribution", d.attribution);
        w.EndObject();
    }

    void Category(const golmok::Category& c) {
        w.BeginObject();
        w.Key("id");
        w.String(c.id);
        w.Key("name");
        Text(c.name);
        char color[8];
        std::snprintf(color, sizeof color, "#%06x", unsigned(c.color & 0xFFFFFF));
        w.Key("color");
        w.String(color);
        w.EndObject();
    }

    void Street(const golmok::Street& s) {
        w.BeginObject();
        w.Key("id");
        w.String(s.id);
        OptText("name", s.name);
        w.Key("class");
        w.String(StreetClassCode(s.streetClass));
        w.Key("path");
        w.BeginArray();
        for (const LatLon& p : s.path) Position(p);
        w.EndArray();
        OptTrue("approximate", s.approximate);
        w.EndObject();
    }

    void Landmark(const golmok::Landmark& l) {
        w.BeginObject();
        w.Key("id");
        w.String(l.id);
        w.Key("kind");
        w.String(LandmarkKindCode(l.kind));
        w.Key("name");
        Text(l.name);
        w.Key("position");
        Position(l.position);
        OptTrue("approximate", l.approximate);
        OptText("note", l.note);
        w.EndObject();
    }

    void Shop(const golmok::Shop& s) {
        w.BeginObject();
        w.Key("id");
        w.String(s.id);
        w.Key("name");
        Text(s.name);
        w.Key("category");
        w.String(s.category);
        w.Key("position");
        Position(s.position);
        w.Key("address");
        Text(s.address);
        OptTrue("sample", s.sample);
        OptText("description", s.description);
        OptString("phone", s.phone);
        OptString("hours", s.hours);
        if (!s.menu.empty()) {
            w.Key("menu");
            w.BeginArray();
            for (const MenuItem& item : s.menu) {
                w.BeginObject();
                w.Key("name");
                Text(item.name);
                w.Key("price");
                w.Integer(item.price);
                w.EndObject();
            }
            w.EndArray();
        }
        if (!s.payment.empty()) {
            w.Key("payment");
            w.BeginArray();
            for (Payment p : s.payment) w.String(PaymentCode(p));
            w.EndArray();
        }
        Langs("languages", s.languages);
        Langs("menu_languages", s.menuLanguages);
        Links(s.links);
        if (!s.tags.empty()) {
            w.Key("tags");
            w.BeginArray();
            for (const std::string& tag : s.tags) w.String(tag);
            w.EndArray();
        }
        OptDate("confirmed", s.confirmed);
        w.EndObject();
    }

    void Promotion(const golmok::Promotion& p) {
        w.BeginObject();
        w.Key("id");
        w.String(p.id);
        OptString("shop", p.shop);
        w.Key("title");
        Text(p.title);
        OptText("terms", p.terms);
        w.Key("start");
        w.String(p.start.ToString());
        w.Key("end");
        w.String(p.end.ToString());
        OptString("coupon", p.coupon);
        OptTrue("sample", p.sample);
        w.EndObject();
    }

    void Event(const golmok::Event& e) {
        w.BeginObject();
        w.Key("id");
        w.String(e.id);
        w.Key("title");
        Text(e.title);
        OptText("description", e.description);
        OptText("place", e.place);
        w.Key("start");
        w.String(e.start.ToString());
        w.Key("end");
        w.String(e.end.ToString());
        OptTrue("sample", e.sample);
        w.EndObject();
    }

    template <typename T, typename F>
    void List(const char* key, const std::vector<T>& items, bool always, F write) {
        if (items.empty() && !always) return;
        w.Key(key);
        w.BeginArray();
        for (const T& item : items) write(item);
        w.EndArray();
    }

    void Bundle(const golmok::Bundle& b) {
        w.BeginObject();
        OptString("$schema", b.schema);
        w.Key("format");
        w.Integer(1);
        w.Key("district");
        District(b.district);
        if (b.samples) {
            w.Key("samples");
            w.BeginObject();
            w.Key("note");
            Text(b.samples->note);
            OptDate("dates_anchor", b.samples->datesAnchor);
            w.EndObject();
        }
        List("categories", b.categories, true, [&](const golmok::Category& c) { Category(c); });
        List("streets", b.streets, false, [&](const golmok::Street& s) { Street(s); });
        List("landmarks", b.landmarks, false, [&](const golmok::Landmark& l) { Landmark(l); });
        List("shops", b.shops, true, [&](const golmok::Shop& s) { Shop(s); });
        List("promotions", b.promotions, false, [&](const golmok::Promotion& p) { Promotion(p); });
        List("events", b.events, false, [&](const golmok::Event& e) { Event(e); });
        w.EndObject();
    }
};

}  // namespace

std::string WriteBundle(const Bundle& bundle) {
    Writer writer;
    writer.Bundle(bundle);
    return writer.w.TakeText();
}

std::string WriteBundleCompact(const Bundle& bundle, std::size_t expectedBytes, JsonSize* size) {
    Writer writer(JsonWriter::Layout::kCompact);
    if (expectedBytes > 0) writer.w.Reserve(expectedBytes);
    writer.Bundle(bundle);
    if (size) *size = {writer.w.ValueCount(), writer.w.StringBytes()};
    return writer.w.TakeText();
}

std::string WriteShop(const Shop& shop) {
    Writer writer;
    writer.Shop(shop);
    return writer.w.TakeText();
}

}  // namespace golmok
