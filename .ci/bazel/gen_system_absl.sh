#!/usr/bin/env bash
# Generates .ci/bazel/system_absl: a stand-in for @com_google_absl that links
# Debian's libabsl_*.so. Target names follow upstream abseil; add a package
# line below when BUILD.bazel starts using another absl target.
set -euo pipefail
out=.ci/bazel/system_absl
rm -rf "$out"; mkdir -p "$out"; : > "$out/WORKSPACE"
{
  echo 'package(default_visibility = ["//visibility:public"])'
  echo '# Links every libabsl_*.so. No --as-needed: Bazel links test deps as .so files.'
  echo 'cc_library('
  echo '    name = "absl",'
  echo '    linkopts = ['
  for f in /usr/lib/x86_64-linux-gnu/libabsl_*.so; do
    b=$(basename "$f" .so); echo "        \"-l${b#lib}\","
  done
  echo '        "-pthread",'
  echo '    ],'
  echo ')'
} > "$out/BUILD"
while read -r pkg targets; do
  mkdir -p "$out/absl/$pkg"
  { echo 'package(default_visibility = ["//visibility:public"])'
    for t in $targets; do echo "cc_library(name = \"$t\", deps = [\"//:absl\"])"; done
  } > "$out/absl/$pkg/BUILD"
done <<'LIST'
algorithm algorithm container
base base core_headers log_severity
cleanup cleanup
container btree fixed_array flat_hash_map flat_hash_set inlined_vector node_hash_map node_hash_set
flags flag parse usage marshalling reflection
functional any_invocable bind_front function_ref
hash hash
memory memory
numeric bits int128
status status statusor
strings strings str_format cord
synchronization synchronization
time time
types optional span variant
utility utility
LIST
