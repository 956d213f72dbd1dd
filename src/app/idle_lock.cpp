#include "app/idle_lock.h"

namespace prevplan {

int IdleLock::minutesFrom(const std::string& preference) {
    for (int minutes : kChoices)
        if (preference == std::to_string(minutes)) return minutes;
    return kDefaultMinutes;
}

}  // namespace prevplan
