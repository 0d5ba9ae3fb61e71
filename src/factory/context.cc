// Copyright 2026 The gtest_data Authors.

#include "gtest_data/factory/context.h"

#include <cstdio>
#include <cstdlib>

#include "gtest_data/fake/datetime.h"
#include "gtest_data/internal/check.h"
#include "gtest_data/random/seed.h"

namespace gtest_data {

Context::Context(uint64_t seed, const fake::Locale* locale)
    : seed_(seed),
      locale_(locale != nullptr ? locale : fake::Locale::Find("en_US")),
      now_(fake::kDefaultReferenceNow),
      memory_(new MemoryStore()),
      sink_(memory_.get()) {
  scopes_.push_back(Scope{seed, {}});
}

Context::~Context() = default;

int64_t Context::today() const {
  return now_ >= 0 ? now_ / fake::kSecondsPerDay
                   : -((-now_ + fake::kSecondsPerDay - 1) / fake::kSecondsPerDay);
}

void Context::set_shard(int index, int64_t stride) {
  GTEST_DATA_INTERNAL_CHECK_(index >= 0 && stride > 0,
                             "set_shard needs index >= 0 and stride > 0");
  shard_index_ = index;
  sequence_stride_ = stride;
}

void Context::set_sink(Sink* sink) { sink_ = sink != nullptr ? sink : memory_.get(); }

void Context::Reset(uint64_t seed) {
  seed_ = seed;
  scopes_.clear();
  scopes_.push_back(Scope{seed, {}});
  sequences_.clear();
  unique_.clear();
  usage_.clear();
  recent_usage_ = RecentNames<FactoryUsage>();
  memory_->Clear();
  chain_.clear();
}

int64_t* Context::SequenceCounter(std::string_view name) {
  auto it = sequences_.find(name);
  if (it == sequences_.end()) it = sequences_.emplace(std::string(name), 0).first;
  return &it->second;
}

int64_t Context::NextSequence(std::string_view name) {
  return sequence_offset() + ++*SequenceCounter(name);
}

uint64_t* Context::IndexCounter(std::string_view factory) {
  Scope& scope = scopes_.back();
  if (uint64_t* known = scope.recent.Find(factory)) return known;
  auto it = scope.indices.find(factory);
  if (it == scope.indices.end()) it = scope.indices.emplace(std::string(factory), 0).first;
  scope.recent.Add(it->first, &it->second);
  return &it->second;
}

fake::Unique<std::string>& Context::UniqueStrings(std::string_view name) {
  auto it = unique_.find(name);
  if (it == unique_.end()) {
    it = unique_
             .emplace(std::string(name),
                      std::make_unique<fake::Unique<std::string>>(std::string(name)))
             .first;
  }
  return *it->second;
}

void Context::Fail(const absl::Status& status) {
  if (error_handler_) {
    error_handler_(status);
    return;
  }
  std::fprintf(stderr, "gtest_data: %s\n", status.ToString().c_str());
  std::fflush(stderr);
  std::abort();
}

Context::StreamScope::StreamScope(Context& context, std::string_view name) : context_(context) {
  context_.scopes_.push_back(Scope{DeriveSeed(context_.stream_seed(), name), {}});
}

Context::StreamScope::~StreamScope() { context_.scopes_.pop_back(); }

}  // namespace gtest_data
