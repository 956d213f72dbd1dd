#pragma once
// A read-only view of a static catalog array, so catalogs can be walked with range-for and
// looked up by code without one accessor pair per catalog.
#include <cstddef>
#include <string_view>

namespace prevplan {

template <class T>
struct Span {
    const T* data = nullptr;
    std::size_t size = 0;

    const T* begin() const { return data; }
    const T* end() const { return data + size; }
    const T& operator[](std::size_t i) const { return data[i]; }
};

template <class T, std::size_t N>
constexpr Span<T> spanOf(const T (&items)[N]) { return {items, N}; }

// First item whose `code` equals the key, or nullptr. Two overloads, so a string literal key is
// compared as text, never as a pointer.
template <class T>
const T* findByCode(Span<T> items, std::string_view code) {
    for (const T& item : items)
        if (code == item.code) return &item;
    return nullptr;
}

template <class T>
const T* findByCode(Span<T> items, int code) {
    for (const T& item : items)
        if (item.code == code) return &item;
    return nullptr;
}

}  // namespace prevplan
