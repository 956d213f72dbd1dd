#pragma once
// printf into a std::string sized to the result: typed names and descriptions have no length limit.
#include <cstdio>
#include <string>

namespace prevplan {

template <typename... Args>
std::string format(const char* pattern, Args... args) {
    const int n = std::snprintf(nullptr, 0, pattern, args...);
    std::string out(static_cast<std::size_t>(n > 0 ? n : 0), '\0');
    if (n > 0) std::snprintf(out.data(), out.size() + 1, pattern, args...);
    return out;
}

}  // namespace prevplan
