#!/bin/sh
# Writes .ci/bazel/offline.bazelrc, which points Bazel's external repositories
# at the stand-ins in this folder (system packages and stubs), so that
# `bazel test //...` runs with no network. Run from the repository root.
set -eu
root=$(pwd)
out=.ci/bazel/offline.bazelrc
: > "$out"
for pair in rules_cc:rules_cc rules_java:rules_java \
            remote_coverage_tools:remote_coverage_tools \
            com_google_googletest:system_googletest \
            com_google_absl:system_absl nlohmann_json:system_nlohmann_json; do
  echo "build --override_repository=${pair%%:*}=$root/.ci/bazel/${pair#*:}" >> "$out"
done
echo "build --nosandbox_debug" >> "$out"
