// Copyright 2026 The gtest_data Authors.
//
// Context: the state factories and scenarios share within one scope (the
// GoogleTest integration makes one per test): the seed every object's
// streams derive from, the locale, the reference "now", sequence counters,
// per-factory object indices, unique-value sets, the sink that create
// persists to, usage counts, and where errors go.
//
//   Context context(DeriveSeed(run_seed, "CheckoutTest.AppliesDiscount"));
//   Customer c = customers.Build(context);
//   context.Reset(next_seed);      // a new scope: counters and sets cleared
//
// Determinism: object n of factory F draws field f from
// DeriveSeed(DeriveIndexSeed(DeriveSeed(stream_seed(), F), n), f), where
// stream_seed() is the seed, or a seed derived from it inside a
// StreamScope (scenarios open one each). Sequences count per context and are
// the one order-dependent part, as in factory_bot.
//
// Thread-compatible: one Context per thread.

#ifndef GTEST_DATA_FACTORY_CONTEXT_H_
#define GTEST_DATA_FACTORY_CONTEXT_H_

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "gtest_data/fake/locale.h"
#include "gtest_data/fake/unique.h"
#include "gtest_data/factory/sink.h"

namespace gtest_data {

class Dataset;

// How often each factory was used in a context, for the usage report.
struct FactoryUsage {
  int64_t built = 0;    // objects made by build (including lists)
  int64_t created = 0;  // objects persisted by create
  int64_t stubbed = 0;  // objects made by stub
  std::map<std::string, int64_t> traits;  // trait name -> objects made with it
};

class Context {
 public:
  // A context for `seed` in `locale` (en_US when null), with the reference
  // now fake::kDefaultReferenceNow and an owned MemoryStore as sink.
  explicit Context(uint64_t seed = 42, const fake::Locale* locale = nullptr);
  Context(const Context&) = delete;
  Context& operator=(const Context&) = delete;
  ~Context();

  uint64_t seed() const { return seed_; }
  // The seed of the innermost StreamScope, else seed().
  uint64_t stream_seed() const { return scopes_.back().seed; }
  const fake::Locale& locale() const { return *locale_; }
  int64_t now() const { return now_; }  // seconds since the epoch
  int64_t today() const;                // days since the epoch

  void set_locale(const fake::Locale& locale) { locale_ = &locale; }
  void set_now(int64_t unix_seconds) { now_ = unix_seconds; }

  // Sequences of shard i start at i * stride + 1, so shards running in
  // parallel never hand out the same number. Default: shard 0, stride 10^9.
  void set_shard(int index, int64_t stride = 1000000000);
  int shard_index() const { return shard_index_; }

  // How deep associations may nest (an order's customer's address is 2).
  // Default 8; deeper is an error naming the chain.
  void set_max_association_depth(int depth) { max_depth_ = depth; }
  int max_association_depth() const { return max_depth_; }

  // Where create persists. The context owns a MemoryStore used until
  // set_sink() names another sink, which must outlive the context's use.
  Sink& sink() { return *sink_; }
  void set_sink(Sink* sink);
  MemoryStore& memory_store() { return *memory_; }

  // Starts a new scope under `seed`: sequences, object indices, unique sets,
  // usage counts and the memory store are cleared.
  void Reset(uint64_t seed);

  // The next value of the sequence `name`: 1, 2, 3, ... plus the shard
  // offset.
  int64_t NextSequence(std::string_view name);
  // The counter behind it; the pointer stays valid until Reset().
  int64_t* SequenceCounter(std::string_view name);
  int64_t sequence_offset() const { return shard_index_ * sequence_stride_; }

  // The object-index counter of factory `name` in the current stream scope;
  // valid until the scope ends or Reset().
  uint64_t* IndexCounter(std::string_view factory);

  // A set of unique strings for `name` in this scope (see fake::Unique).
  fake::Unique<std::string>& UniqueStrings(std::string_view name);

  FactoryUsage& UsageOf(std::string_view factory) {
    if (FactoryUsage* known = recent_usage_.Find(factory)) return *known;
    auto it = usage_.find(factory);
    if (it == usage_.end()) it = usage_.emplace(std::string(factory), FactoryUsage()).first;
    recent_usage_.Add(it->first, &it->second);
    return it->second;
  }
  const std::map<std::string, FactoryUsage, std::less<>>& usage() const { return usage_; }

  // Errors from Build(), Create() and the like (a bad override, an unknown
  // trait, a cycle) go to the error handler. The default prints the message
  // to stderr and aborts; the GoogleTest integration turns it into a test
  // failure, and TryBuild() returns it instead.
  using ErrorHandler = std::function<void(const absl::Status&)>;
  void set_error_handler(ErrorHandler handler) { error_handler_ = std::move(handler); }
  void Fail(const absl::Status& status);

  // Where created objects are also recorded (a scenario's dataset), or null.
  Dataset* recorder() const { return recorder_; }
  void set_recorder(Dataset* dataset) { recorder_ = dataset; }

  // The factories being built, outermost first (for cycle detection).
  std::vector<std::string>& build_chain() { return chain_; }

  // A scope whose objects draw from seeds derived from the enclosing scope's
  // stream seed and `name`, with object indices of its own: what a scenario
  // makes does not depend on what was made before it.
  class StreamScope {
   public:
    StreamScope(Context& context, std::string_view name);
    StreamScope(const StreamScope&) = delete;
    StreamScope& operator=(const StreamScope&) = delete;
    ~StreamScope();

   private:
    Context& context_;
  };

 private:
  // The first few names looked up in a map, with their values: a context
  // sees a handful of factories, and scanning these for each object costs
  // less than the map's string compares. The names point at the map's keys,
  // so an entry lives as long as the map's; clear both together.
  template <typename V>
  struct RecentNames {
    static constexpr int kSize = 8;
    std::string_view names[kSize];
    V* values[kSize];
    int used = 0;
    V* Find(std::string_view name) const {
      for (int i = 0; i < used; ++i) {
        if (names[i] == name) return values[i];
      }
      return nullptr;
    }
    void Add(std::string_view name, V* value) {
      if (used == kSize) return;
      names[used] = name;
      values[used] = value;
      ++used;
    }
  };
  struct Scope {
    uint64_t seed;
    std::map<std::string, uint64_t, std::less<>> indices;
    RecentNames<uint64_t> recent{};
  };

  uint64_t seed_;
  const fake::Locale* locale_;
  int64_t now_;
  int shard_index_ = 0;
  int64_t sequence_stride_ = 1000000000;
  int max_depth_ = 8;
  std::unique_ptr<MemoryStore> memory_;
  Sink* sink_;
  std::vector<Scope> scopes_;
  std::map<std::string, int64_t, std::less<>> sequences_;
  std::map<std::string, std::unique_ptr<fake::Unique<std::string>>, std::less<>> unique_;
  std::map<std::string, FactoryUsage, std::less<>> usage_;
  RecentNames<FactoryUsage> recent_usage_;
  ErrorHandler error_handler_;
  Dataset* recorder_ = nullptr;
  std::vector<std::string> chain_;
};

}  // namespace gtest_data

#endif  // GTEST_DATA_FACTORY_CONTEXT_H_
