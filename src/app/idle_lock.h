#pragma once
// Locking a protected workspace after a chosen idle time: off, 5, 15, 30 or 60 minutes (15 by
// default). Once due, the app saves, waits for the save to be durable, then drops the key, the
// workspace and its undo history and shows the unlock screen.
#include <string>

namespace prevplan {

class IdleLock {
public:
    static constexpr int kChoices[] = {0, 5, 15, 30, 60};  // minutes; 0 is off
    static constexpr int kDefaultMinutes = 15;
    static constexpr const char* kPreference = "prevplan-lock-minutes";

    // A stored preference, or the default when it is missing or not one of the choices.
    static int minutesFrom(const std::string& preference);

    void setMinutes(int minutes) { seconds_ = minutes * 60.0; }
    // Tests shorten the wait (the browser test API only).
    void setSeconds(double seconds) { seconds_ = seconds; }
    double seconds() const { return seconds_; }
    // The person did something (a key, the mouse, a paste).
    void activity(double now) { lastActivity_ = now; }
    // Whether the idle time has passed since the last activity.
    bool due(double now) const { return seconds_ > 0 && now - lastActivity_ >= seconds_; }

private:
    double seconds_ = kDefaultMinutes * 60.0;
    double lastActivity_ = 0;
};

}  // namespace prevplan
