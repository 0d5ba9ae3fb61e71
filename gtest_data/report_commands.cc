// Copyright 2026 The gtest_data Authors.
//
// gtest-data report merge|html: joining the usage reports of shards, and
// rendering one as HTML.

#include <iostream>
#include <string>
#include <vector>

#include "commands.h"
#include "gtest_data/report/report.h"

namespace gtest_data {
namespace program {
namespace {

// Reads "-o PATH" / "--output=PATH" and the inputs.
bool SplitArgs(const Args& args, std::string* output, std::vector<std::string>* inputs,
               std::string* error) {
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string_view arg = args[i];
    if (arg == "-o") {
      if (i + 1 == args.size()) {
        *error = "-o needs a path";
        return false;
      }
      *output = std::string(args[++i]);
    } else if (arg.substr(0, 9) == "--output=") {
      *output = std::string(arg.substr(9));
    } else if (arg.substr(0, 1) == "-") {
      *error = "unknown flag '" + std::string(arg) + "'; expected -o PATH";
      return false;
    } else {
      inputs->emplace_back(arg);
    }
  }
  return true;
}

int RunMerge(const Args& args) {
  std::string output;
  std::vector<std::string> inputs;
  std::string error;
  if (!SplitArgs(args, &output, &inputs, &error)) return UsageError("report merge: " + error);
  if (output.empty() || inputs.empty()) {
    return UsageError("report merge: expected -o OUT.json and at least one input report");
  }
  std::vector<report::Report> reports;
  for (const std::string& input : inputs) {
    absl::StatusOr<report::Report> loaded = report::LoadReport(input);
    if (!loaded.ok()) {
      std::cerr << "gtest-data: report merge: " << loaded.status().message() << "\n";
      return 1;
    }
    reports.push_back(*std::move(loaded));
  }
  absl::StatusOr<report::Report> merged = report::MergeReports(reports, inputs);
  if (!merged.ok()) {
    std::cerr << "gtest-data: report merge: " << merged.status().message() << "\n";
    return 1;
  }
  // The inputs are named so that -o cannot replace one of them (by any
  // spelling of its path).
  absl::Status saved = report::SaveReport(*merged, output, inputs);
  if (!saved.ok()) {
    std::cerr << "gtest-data: report merge: " << saved.message() << "\n";
    return 1;
  }
  const report::Totals totals = merged->totals();
  std::cout << "merged " << inputs.size() << " report(s), " << totals.tests << " tests ("
            << totals.failed << " failed) into " << output << " and "
            << report::HtmlPathFor(output) << "\n";
  return 0;
}

int RunHtml(const Args& args) {
  std::string output;
  std::vector<std::string> inputs;
  std::string error;
  if (!SplitArgs(args, &output, &inputs, &error)) return UsageError("report html: " + error);
  if (inputs.size() != 1) {
    return UsageError("report html: expected one input report (and -o OUT.html)");
  }
  if (output.empty()) output = report::HtmlPathFor(inputs.front());
  absl::StatusOr<report::Report> loaded = report::LoadReport(inputs.front());
  if (!loaded.ok()) {
    std::cerr << "gtest-data: report html: " << loaded.status().message() << "\n";
    return 1;
  }
  absl::Status saved = report::SaveHtml(*loaded, output, inputs);
  if (!saved.ok()) {
    std::cerr << "gtest-data: report html: " << saved.message() << "\n";
    return 1;
  }
  std::cout << output << "\n";
  return 0;
}

}  // namespace

int RunReport(const Args& args) {
  if (args.empty()) return UsageError("report: expected 'merge' or 'html'");
  const Args rest(args.begin() + 1, args.end());
  if (args.front() == "merge") return RunMerge(rest);
  if (args.front() == "html") return RunHtml(rest);
  return UsageError("report: unknown subcommand '" + std::string(args.front()) +
                    "'; expected 'merge' or 'html'");
}

}  // namespace program
}  // namespace gtest_data
