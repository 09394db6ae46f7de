// A small shared cache of values that many requests read and that may be a moment old:
// a site's home data, its most-read list, a category's latest articles. A value lives
// `ttl` (the micro-cache's time, so a signed-in reader sees nothing staler than an
// anonymous one); loading happens outside the lock, so a slow load blocks nobody else.
#ifndef EDUPORTAL_CORE_TTL_CACHE_H_
#define EDUPORTAL_CORE_TTL_CACHE_H_

#include <chrono>
#include <cstddef>
#include <memory>
#include <mutex>
#include <unordered_map>
#include <utility>

#include "core/status.h"

namespace core {

template <typename Key, typename Value>
class TtlCache {
 public:
  using Clock = std::chrono::steady_clock;

  // At most `max_entries` values; beyond that the expired ones go, and if none has
  // expired, all of them (the keys are sites or categories: a few hundred).
  explicit TtlCache(size_t max_entries) : max_entries_(max_entries) {}
  TtlCache(const TtlCache&) = delete;
  TtlCache& operator=(const TtlCache&) = delete;

  // The value kept for `key` if younger than `ttl`; otherwise `load()` (a
  // Result<Value>), kept when it succeeds.
  template <typename Load>
  Result<std::shared_ptr<const Value>> Get(const Key& key, Clock::duration ttl, Load&& load) {
    const Clock::time_point now = Clock::now();
    {
      std::lock_guard<std::mutex> lock(mu_);
      auto it = entries_.find(key);
      if (it != entries_.end() && now - it->second.loaded < ttl) return it->second.value;
    }
    Result<Value> loaded = load();
    if (!loaded.ok()) return loaded.status();
    auto value = std::make_shared<const Value>(std::move(loaded).value());
    std::lock_guard<std::mutex> lock(mu_);
    if (entries_.size() >= max_entries_ && entries_.find(key) == entries_.end()) {
      for (auto it = entries_.begin(); it != entries_.end();) {
        it = now - it->second.loaded >= ttl ? entries_.erase(it) : std::next(it);
      }
      if (entries_.size() >= max_entries_) entries_.clear();
    }
    entries_[key] = Entry{value, now};
    return value;
  }

 private:
  struct Entry {
    std::shared_ptr<const Value> value;
    Clock::time_point loaded;
  };
  const size_t max_entries_;
  std::mutex mu_;
  std::unordered_map<Key, Entry> entries_;  // guarded by mu_
};

}  // namespace core

#endif  // EDUPORTAL_CORE_TTL_CACHE_H_
