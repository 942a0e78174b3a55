// Fuzzes the editor's draft as the browser's storage gives it back: any text replayed onto a
// bundle must leave a bundle that can be written, undoing everything it applied must give the
// bundle back as it was, and saving the replayed draft must replay to the same data.

#include <cstddef>
#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

#include "core/bundle/bundle_edit.h"
#include "core/bundle/bundle_loader.h"
#include "core/bundle/bundle_writer.h"
#include "fuzz_check.h"

using namespace golmok;

namespace {

const Bundle& Base() {
    static const Bundle base = [] {
        std::ifstream in(std::string(GOLMOK_SOURCE_DIR) + "/tests/data/valid/minimal.json", std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        return *LoadBundle(text.str()).bundle;
    }();
    return base;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const std::string original = WriteBundle(Base());
    EditSession session(Base(), "base");
    const DraftReplay replay = session.LoadDraft(text);
    GOLMOK_FUZZ_CHECK(replay.ok || WriteBundle(session.Data()) == original, "a draft that cannot be read changes nothing");
    const std::string edited = WriteBundle(session.Data());

    EditSession again(Base(), "base");
    again.LoadDraft(session.SaveDraft("fuzz"));
    GOLMOK_FUZZ_CHECK(WriteBundle(again.Data()) == edited, "a saved draft replays to the same data");

    while (session.Undo()) {
    }
    GOLMOK_FUZZ_CHECK(WriteBundle(session.Data()) == original, "undoing every edit gives the bundle back");
    return 0;
}
