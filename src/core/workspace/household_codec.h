#pragma once
// The stored form of a run of consecutive households: one bucket file of the workspace kept in
// the browser (docs/storage.md). Compact text, not the exchange format: defaults are left out and
// strings repeated inside the bucket (staff, positions, providers, goals) are written once. The
// JSON of workspace_json.h stays what is exported, imported and validated for people.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/format_error.h"
#include "core/model/model.h"

namespace prevplan {

// The bucket encoding's own version; decodeBucket() refuses a newer one.
constexpr int kBucketVersion = 1;

// The same households come back from decodeBucket(), field for field, in the same order.
std::string encodeBucket(const std::vector<HouseholdPtr>& households);

struct BucketRead {
    std::vector<HouseholdPtr> households;  // complete only when there is no error
    std::optional<FormatError> error;      // the first problem, located ("line 12: …")
};
// Never throws, whatever the bytes (a damaged store must not stop the app).
BucketRead decodeBucket(std::string_view text);

// The checksum the end line carries: of every byte before that line (8 hex digits). For tests
// and the fuzzer, which change a bucket on purpose and then seal it again.
std::string bucketChecksum(std::string_view body);

}  // namespace prevplan
