#include "core/model/deletion.h"

namespace prevplan {

namespace {

std::string describe(const std::vector<Counted>& counts, Lang lang) {
    std::vector<std::string> items;
    for (const Counted& c : counts) items.push_back(countOf(c.n, c.noun, lang));
    return listOf(items, lang);
}

}  // namespace

DeletionImpact& DeletionImpact::with(long long n, const Noun& noun) {
    if (n > 0) deleted.push_back({n, noun});
    return *this;
}

DeletionImpact& DeletionImpact::unlinking(long long n, const Noun& noun) {
    if (n > 0) unlinked.push_back({n, noun});
    return *this;
}

std::string describeDeleted(const DeletionImpact& impact, Lang lang) { return describe(impact.deleted, lang); }
std::string describeUnlinked(const DeletionImpact& impact, Lang lang) { return describe(impact.unlinked, lang); }

}  // namespace prevplan
