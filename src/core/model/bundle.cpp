#include "core/model/bundle.h"

namespace golmok {

const char* PaymentCode(Payment p) {
    static const char* const kCodes[kPaymentCount] = {"card", "zeropay", "onnuri", "cash"};
    return kCodes[static_cast<int>(p)];
}

const Category* Bundle::FindCategory(const std::string& id) const {
    for (const Category& c : categories) {
        if (c.id == id) return &c;
    }
    return nullptr;
}

const Shop* Bundle::FindShop(const std::string& id) const {
    for (const Shop& s : shops) {
        if (s.id == id) return &s;
    }
    return nullptr;
}

}  // namespace golmok
