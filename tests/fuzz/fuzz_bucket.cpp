// A household bucket of the browser's store (household_codec.h), as damaged bytes may leave it:
// decodeBucket must answer with households or a located error. The input is also read with its
// end line sealed again, so that the fuzzer reaches past the checksum into every record. Whatever
// reads must encode to a bucket that reads back to the same households and the same bytes.
#include <nlohmann/json.hpp>

#include "core/workspace/household_codec.h"
#include "fuzz_common.h"

using namespace prevplan;

namespace {

void readAndRewrite(std::string_view text) {
    const BucketRead read = decodeBucket(text);
    fuzz::require(!read.error || read.households.empty());
    if (read.error) return;
    const std::string written = encodeBucket(read.households);
    const BucketRead again = decodeBucket(written);
    fuzz::require(!again.error && again.households.size() == read.households.size());
    for (std::size_t i = 0; i < read.households.size(); ++i)
        fuzz::require(householdToJson(*again.households[i]) == householdToJson(*read.households[i]));
    fuzz::require(encodeBucket(again.households) == written);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = fuzz::text(data, size);
    readAndRewrite(text);
    const std::size_t end = text.rfind("\nE\t");
    if (end == std::string_view::npos) return 0;
    const std::string body(text.substr(0, end + 1));
    readAndRewrite(body + "E\t" + bucketChecksum(body) + "\n");
    return 0;
}
