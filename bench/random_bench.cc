// Copyright 2026 The gtest_data Authors.
//
// The random core against the standard library's engine and distribution, in
// one run: raw 64-bit output of Rng (xoshiro256**) against std::mt19937_64,
// and bounded draws through UniformBelow against
// std::uniform_int_distribution over std::mt19937_64. After the benchmarks,
// prints each ours/peer speed ratio and the peak RSS.
//
//   cmake --workflow --preset bench && build/bench/bench/random_bench

#include <sys/resource.h>

#include <cstdint>
#include <cstdio>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "benchmark/benchmark.h"
#include "gtest_data/random.h"

namespace {

// Bounds chosen to exercise different rejection rates: a die, a typical list
// size, and a bound just above 2^63 where half of the multiply-shift draws
// are rejected (the worst case of the algorithm).
constexpr uint64_t kBounds[] = {6, 1000, (uint64_t{1} << 63) + 1};

void BM_RngNext(benchmark::State& state) {
  gtest_data::Rng rng(42);
  for (auto _ : state) benchmark::DoNotOptimize(rng.Next());
}
BENCHMARK(BM_RngNext);

void BM_Mt19937_64(benchmark::State& state) {
  std::mt19937_64 engine(42);
  for (auto _ : state) benchmark::DoNotOptimize(engine());
}
BENCHMARK(BM_Mt19937_64);

void BM_UniformBelow(benchmark::State& state) {
  gtest_data::Rng rng(42);
  const uint64_t bound = kBounds[state.range(0)];
  for (auto _ : state) {
    benchmark::DoNotOptimize(gtest_data::UniformBelow(rng, bound));
  }
}
BENCHMARK(BM_UniformBelow)->DenseRange(0, 2);

void BM_StdUniformIntMt(benchmark::State& state) {
  std::mt19937_64 engine(42);
  const uint64_t bound = kBounds[state.range(0)];
  // A distribution made per draw, as seeded code with a varying bound would
  // use it, and as UniformBelow takes its bound per call.
  for (auto _ : state) {
    std::uniform_int_distribution<uint64_t> dist(0, bound - 1);
    benchmark::DoNotOptimize(dist(engine));
  }
}
BENCHMARK(BM_StdUniformIntMt)->DenseRange(0, 2);

void BM_UnitDouble(benchmark::State& state) {
  gtest_data::Rng rng(42);
  for (auto _ : state) benchmark::DoNotOptimize(gtest_data::UnitDouble(rng));
}
BENCHMARK(BM_UnitDouble);

void BM_StdUniformRealMt(benchmark::State& state) {
  std::mt19937_64 engine(42);
  std::uniform_real_distribution<double> dist(0.0, 1.0);
  for (auto _ : state) benchmark::DoNotOptimize(dist(engine));
}
BENCHMARK(BM_StdUniformRealMt);

void BM_StandardNormal(benchmark::State& state) {
  gtest_data::Rng rng(42);
  for (auto _ : state) benchmark::DoNotOptimize(gtest_data::StandardNormal(rng));
}
BENCHMARK(BM_StandardNormal);

void BM_StdNormalMt(benchmark::State& state) {
  std::mt19937_64 engine(42);
  std::normal_distribution<double> dist(0.0, 1.0);
  for (auto _ : state) benchmark::DoNotOptimize(dist(engine));
}
BENCHMARK(BM_StdNormalMt);

// Collects each benchmark's time per iteration while the console reporter
// prints as usual.
class RatioReporter : public benchmark::ConsoleReporter {
 public:
  void ReportRuns(const std::vector<Run>& runs) override {
    for (const Run& run : runs) {
      if (run.run_type == Run::RT_Iteration) {
        ns_[run.benchmark_name()] = run.GetAdjustedRealTime();
      }
    }
    ConsoleReporter::ReportRuns(runs);
  }

  void PrintRatio(const std::string& ours, const std::string& peer) const {
    const auto a = ns_.find(ours);
    const auto b = ns_.find(peer);
    if (a == ns_.end() || b == ns_.end()) return;  // filtered out
    std::printf("  %-28s %7.2f ns  vs %-30s %7.2f ns  speed ratio %.2fx\n",
                ours.c_str(), a->second, peer.c_str(), b->second,
                b->second / a->second);
  }

 private:
  std::map<std::string, double> ns_;
};

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  RatioReporter reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);
  std::printf("\nours vs the standard library (ratio > 1: ours is faster)\n");
  reporter.PrintRatio("BM_RngNext", "BM_Mt19937_64");
  for (int i = 0; i < 3; ++i) {
    const std::string arg = "/" + std::to_string(i);
    reporter.PrintRatio("BM_UniformBelow" + arg, "BM_StdUniformIntMt" + arg);
  }
  reporter.PrintRatio("BM_UnitDouble", "BM_StdUniformRealMt");
  reporter.PrintRatio("BM_StandardNormal", "BM_StdNormalMt");
  struct rusage usage;
  getrusage(RUSAGE_SELF, &usage);
  std::printf("peak RSS: %ld KiB\n", usage.ru_maxrss);
  benchmark::Shutdown();
  return 0;
}
