// Copyright 2026 The gtest_data Authors.
//
// Writing report files: the JSON and HTML pair replaced together
// (SaveReport), the page alone (SaveHtml), and the streamed ReportWriter,
// which spools test records to a nameless file as they arrive.

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "gtest_data/report/report.h"
#include "report_internal.h"
#include "src/base/file.h"
#include "src/base/status_macros.h"

namespace gtest_data {
namespace report {

using report_internal::HeaderText;
using report_internal::kFooterEmpty;
using report_internal::kFooterWithTests;
using report_internal::RenderSummary;
using report_internal::TestText;

std::string HtmlPathFor(const std::string& json_path) {
  constexpr std::string_view kJson = ".json";
  if (json_path.size() > kJson.size() &&
      json_path.compare(json_path.size() - kJson.size(), kJson.size(), kJson) == 0) {
    return json_path.substr(0, json_path.size() - kJson.size()) + ".html";
  }
  return json_path + ".html";
}

absl::Status SaveReport(const Report& report, const std::string& json_path,
                        const std::vector<std::string>& inputs) {
  internal::WriteFileOptions options;
  options.inputs = inputs;
  internal::FileSet files(std::move(options));
  GTEST_DATA_INTERNAL_RETURN_IF_ERROR_(files.Add(json_path, ToJsonText(report)));
  GTEST_DATA_INTERNAL_RETURN_IF_ERROR_(files.Add(HtmlPathFor(json_path), RenderHtml(report)));
  return files.Commit();
}

absl::Status SaveHtml(const Report& report, const std::string& html_path,
                      const std::vector<std::string>& inputs) {
  internal::WriteFileOptions options;
  options.inputs = inputs;
  return internal::WriteFileAtomically(html_path, RenderHtml(report), options);
}

struct ReportWriter::State {
  std::string json_path;
  // Nameless from the start (internal::CreateScratchFile), so closing it,
  // which the destructor does when Finish() never ran, is all the clean-up.
  internal::UniqueFile spool;
  HtmlSummary summary;
  absl::Status error;
  bool finished = false;
};

ReportWriter::ReportWriter(std::string json_path) : state_(new State) {
  state_->json_path = std::move(json_path);
}

ReportWriter::~ReportWriter() = default;

const Totals& ReportWriter::totals() const { return state_->summary.totals; }

absl::Status ReportWriter::Add(const TestRecord& test) {
  State& st = *state_;
  if (!st.error.ok()) return st.error;
  if (st.finished) {
    return absl::FailedPreconditionError(st.json_path + ": the report was already finished");
  }
  if (st.spool == nullptr) {
    absl::StatusOr<internal::UniqueFile> spool = internal::CreateScratchFile(st.json_path);
    if (!spool.ok()) return st.error = spool.status();
    st.spool = *std::move(spool);
  }
  const std::string text = (st.summary.seen == 0 ? "\n" : ",\n") + TestText(test);
  if (std::fwrite(text.data(), 1, text.size(), st.spool.get()) != text.size()) {
    return st.error = absl::UnavailableError(st.json_path + ": cannot spool the test records: " +
                                             std::strerror(errno));
  }
  st.summary.Add(test);
  return absl::OkStatus();
}

absl::Status ReportWriter::Finish(const Report& header) {
  State& st = *state_;
  if (!st.error.ok()) return st.error;
  if (st.finished) {
    return absl::FailedPreconditionError(st.json_path + ": the report was already finished");
  }
  st.finished = true;
  // Closed (and so gone) on every return below.
  const internal::UniqueFile spool = std::move(st.spool);
  const internal::WriteFunction write_json = [&](internal::FileWriter& out) {
    GTEST_DATA_INTERNAL_RETURN_IF_ERROR_(out.Write(HeaderText(header, st.summary.totals)));
    if (spool != nullptr) {
      if (std::fflush(spool.get()) != 0) {
        return absl::UnavailableError(st.json_path + ": cannot spool the test records: " +
                                      std::strerror(errno));
      }
      std::rewind(spool.get());
      char buffer[1 << 16];
      size_t n;
      while ((n = std::fread(buffer, 1, sizeof buffer, spool.get())) > 0) {
        GTEST_DATA_INTERNAL_RETURN_IF_ERROR_(out.Write({buffer, n}));
      }
      if (std::ferror(spool.get())) {
        return absl::UnavailableError(st.json_path + ": cannot read back the spooled tests: " +
                                      std::strerror(errno));
      }
    }
    return out.Write(st.summary.seen == 0 ? kFooterEmpty : kFooterWithTests);
  };
  internal::FileSet files;
  GTEST_DATA_INTERNAL_RETURN_IF_ERROR_(files.Add(st.json_path, write_json));
  GTEST_DATA_INTERNAL_RETURN_IF_ERROR_(
      files.Add(HtmlPathFor(st.json_path), RenderSummary(header, st.summary)));
  return files.Commit();
}

}  // namespace report
}  // namespace gtest_data
