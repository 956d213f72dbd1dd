#pragma once
// Figures read from each household of a plan on a day, kept between computations. An edit
// replaces one household's snapshot and leaves the others' pointers as they were, so a list or a
// count computed again after it reads the households whose snapshot (or the day) changed, not
// every household of a 50,000-child commune.
#include <cstddef>
#include <vector>

#include "core/base/date.h"
#include "core/model/model.h"

namespace prevplan {

template <typename Figures>
class PerHousehold {
public:
    // figures[h] for plan.households[h]; read(household, today) gives a household's figures.
    template <typename Read>
    const std::vector<Figures>& of(const Plan& plan, const Date& today, Read read) {
        if (today.days() != day_) read_.clear();
        day_ = today.days();
        const std::size_t n = plan.households.size();
        read_.resize(n);
        figures_.resize(n);
        for (std::size_t h = 0; h < n; ++h) {
            if (read_[h] == plan.households[h]) continue;
            read_[h] = plan.households[h];  // held, so that its address is not reused meanwhile
            figures_[h] = read(*read_[h], today);
        }
        return figures_;
    }

private:
    std::vector<HouseholdPtr> read_;  // the snapshots the figures were read from, by position
    std::vector<Figures> figures_;
    long day_ = 0;
};

}  // namespace prevplan
