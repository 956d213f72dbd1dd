#pragma once
// A value derived from an immutable snapshot (and a few inputs such as a filter or the day),
// computed again only when one of them changes. Views keep their derived data in one, so that a
// 10,000-child report is computed once per edit, not once per frame.
//
// The key holds the snapshot's shared pointer, never its address: while a Memo holds a snapshot,
// no later snapshot can be allocated at the same address. Keyed on a raw pointer, a view hidden
// during an undo and a new edit could take the new snapshot for the old one and show its figures.
#include <memory>
#include <optional>
#include <tuple>
#include <type_traits>

namespace prevplan {

template <typename Snapshot, typename Value, typename... Inputs>
class Memo {
    static_assert((!std::is_pointer_v<Inputs> && ...), "a raw pointer is no key: its address can be reused");

public:
    using SnapshotPtr = std::shared_ptr<const Snapshot>;

    template <typename Compute>
    const Value& get(const SnapshotPtr& snapshot, const std::tuple<Inputs...>& inputs, Compute&& compute) {
        if (!value_ || !snapshot || snapshot != snapshot_ || inputs != inputs_) {
            value_.emplace(compute());
            snapshot_ = snapshot;
            inputs_ = inputs;
        }
        return *value_;
    }
    template <typename Compute>
    const Value& get(const SnapshotPtr& snapshot, Compute&& compute) {
        return get(snapshot, std::tuple<Inputs...>{}, std::forward<Compute>(compute));
    }
    // The value of the last get(), if any; for code that runs between frames.
    const Value* last() const { return value_ ? &*value_ : nullptr; }
    void reset() {
        value_.reset();
        snapshot_.reset();
    }

private:
    SnapshotPtr snapshot_;
    std::tuple<Inputs...> inputs_;
    std::optional<Value> value_;
};

}  // namespace prevplan
