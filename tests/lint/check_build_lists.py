#!/usr/bin/env python3
# Copyright 2026 The gtest_data Authors.
"""One source of truth for the build's file lists.

Every C++ source file and test script of the project must be in both
builds, CMake and Bazel, or be listed in build_lists_exceptions.txt with the
reason it belongs to one build only. Headers must be in Bazel (its
layering_check needs every header listed); CMake finds them through the
include directories, and installs include/ whole, so it lists none. A file in one build but not the other,
a file in neither, and an exception for a file that is in both (or no longer
exists) are each reported as `path: what`, and the check exits 1.

    check_build_lists.py SOURCE_DIR [EXCEPTIONS_FILE]

The lists are read from the build files' text, not by running the builds:
explicit paths (relative to the build file's directory, or to
${PROJECT_SOURCE_DIR} / ${CMAKE_CURRENT_SOURCE_DIR} in CMake), CMake's
file(GLOB ...) and Bazel's glob([...], exclude = [...]), and CMake
variables set to lists of paths in the same directory.
"""

import fnmatch
import os
import re
import sys

KINDS = (".cc", ".h", ".sh")
ROOTS = ("src", "include", "gtest_data", "tests", "samples", "bench")

SKIP_DIRS = ("tests/fuzz/corpus", "tests/testdata", "tests/lint/testdata")


def project_files(root):
    out = set()
    for top in ROOTS:
        for directory, _, files in os.walk(os.path.join(root, top)):
            rel_dir = os.path.relpath(directory, root)
            if any(rel_dir == s or rel_dir.startswith(s + "/") for s in SKIP_DIRS):
                continue
            for name in files:
                if name.endswith(KINDS):
                    out.add(os.path.normpath(os.path.join(rel_dir, name)))
    return out


def glob_matches(files, base, pattern):
    """Files matching a glob relative to `base` ('**' crosses directories)."""
    full = os.path.normpath(os.path.join(base, pattern)) if base else os.path.normpath(pattern)
    regex = ""
    i = 0
    while i < len(full):
        if full.startswith("**/", i):
            regex += "(?:.*/)?"
            i += 3
        elif full.startswith("**", i):
            regex += ".*"
            i += 2
        elif full[i] == "*":
            regex += "[^/]*"
            i += 1
        elif full[i] == "?":
            regex += "[^/]"
            i += 1
        else:
            regex += re.escape(full[i])
            i += 1
    compiled = re.compile(regex + "$")
    return {f for f in files if compiled.match(f)}


def strip_comments(text, marker):
    return "\n".join(line.split(marker, 1)[0] if not line.lstrip().startswith(marker) else ""
                     for line in text.split("\n"))


def expand_foreach(text):
    """foreach(VAR a b c) ... endforeach() written out once per item, so that
    db/${name}_test.cc names each file."""
    pattern = re.compile(r"foreach\(\s*(\w+)((?:\s+[^\s)]+)+)\s*\)(.*?)endforeach\(\s*\)", re.S)

    def write_out(match):
        var, items, body = match.group(1), match.group(2).split(), match.group(3)
        if items and items[0] in ("IN", "RANGE"):
            return body
        return "\n".join(body.replace("${" + var + "}", item) for item in items)

    return pattern.sub(write_out, text)


def cmake_lists(root, files):
    """Files named by the CMakeLists.txt files under the root."""
    listed = set()
    for directory, _, names in os.walk(root):
        rel_dir = os.path.relpath(directory, root)
        if rel_dir.startswith(("build", ".git")) or "/build" in rel_dir:
            continue
        if "CMakeLists.txt" not in names:
            continue
        text = expand_foreach(
            strip_comments(open(os.path.join(directory, "CMakeLists.txt")).read(), "#"))
        base = "" if rel_dir == "." else rel_dir

        def resolve(word):
            word = word.strip('"')
            for var, value in (("${PROJECT_SOURCE_DIR}/", ""),
                               ("${CMAKE_SOURCE_DIR}/", ""),
                               ("${CMAKE_CURRENT_SOURCE_DIR}/", base + "/" if base else "")):
                if word.startswith(var):
                    return os.path.normpath(value + word[len(var):])
            if word.startswith("${") or word.startswith("$<"):
                return None
            return os.path.normpath(os.path.join(base, word)) if base else os.path.normpath(word)

        for match in re.finditer(r"file\(\s*GLOB(?:_RECURSE)?\s+\w+((?:\s+[^\s)]+)+)\s*\)", text):
            for word in match.group(1).split():
                if word in ("CONFIGURE_DEPENDS", "RELATIVE", "LIST_DIRECTORIES") or "/" not in word \
                        and not any(c in word for c in "*?"):
                    continue
                path = resolve(word)
                if path is not None and any(c in path for c in "*?"):
                    listed |= glob_matches(files, "", path)
        for word in re.findall(r'[^\s()"]+\.(?:cc|h|sh)\b', text):
            path = resolve(word)
            if path is not None:
                listed.add(path)
    return listed & files


def bazel_lists(root, files):
    """Files named by the BUILD.bazel files under the root."""
    listed = set()
    for directory, _, names in os.walk(root):
        rel_dir = os.path.relpath(directory, root)
        if rel_dir.startswith(("build", ".git", ".ci", "bazel-")):
            continue
        if "BUILD.bazel" not in names:
            continue
        text = strip_comments(open(os.path.join(directory, "BUILD.bazel")).read(), "#")
        base = "" if rel_dir == "." else rel_dir
        # glob([...], exclude = [...]) first, then the plain strings left.
        for match in re.finditer(r"glob\(\s*\[(.*?)\]\s*(?:,\s*exclude\s*=\s*\[(.*?)\])?\s*,?\s*\)",
                                 text, re.S):
            included = set()
            for pattern in re.findall(r'"([^"]+)"', match.group(1)):
                included |= glob_matches(files, base, pattern)
            for pattern in re.findall(r'"([^"]+)"', match.group(2) or ""):
                included -= glob_matches(files, base, pattern)
            listed |= included
        text = re.sub(r"glob\(\s*\[.*?\]\s*(?:,\s*exclude\s*=\s*\[.*?\])?\s*,?\s*\)", "",
                      text, flags=re.S)
        for word in re.findall(r'"([^"]+\.(?:cc|h|sh))"', text):
            listed.add(os.path.normpath(os.path.join(base, word)) if base else word)
    return listed & files


def exceptions(path):
    out = {}
    for number, line in enumerate(open(path), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        parts = line.split(None, 2)
        if len(parts) < 3 or parts[1] not in ("cmake-only", "bazel-only", "neither"):
            sys.exit(f"{path}:{number}: expected 'PATH cmake-only|bazel-only|neither REASON'")
        out[parts[0]] = (parts[1], number)
    return out


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    root = sys.argv[1]
    here = os.path.dirname(os.path.abspath(__file__))
    files = project_files(root)
    cmake = cmake_lists(root, files)
    bazel = bazel_lists(root, files)
    allowed = exceptions(sys.argv[2] if len(sys.argv) == 3
                         else os.path.join(here, "build_lists_exceptions.txt"))
    problems = []
    for path in sorted(files):
        where = allowed.get(path)
        in_cmake, in_bazel = path in cmake, path in bazel
        if path.endswith(".h"):
            in_cmake = True  # through the include directories (see above)
        if where is not None:
            kind, number = where
            if in_cmake and in_bazel:
                problems.append(f"{path}: in both builds, but build_lists_exceptions.txt:{number} "
                                f"says {kind}")
            elif kind == "cmake-only" and not in_cmake:
                problems.append(f"{path}: build_lists_exceptions.txt:{number} says cmake-only, "
                                "but CMake does not list it")
            elif kind == "bazel-only" and not in_bazel:
                problems.append(f"{path}: build_lists_exceptions.txt:{number} says bazel-only, "
                                "but Bazel does not list it")
            elif kind == "neither" and (in_cmake or in_bazel):
                problems.append(f"{path}: build_lists_exceptions.txt:{number} says neither, but "
                                "a build lists it")
            continue
        if path.endswith(".h") and not in_bazel:
            problems.append(f"{path}: a header Bazel does not list")
        elif in_cmake and not in_bazel:
            problems.append(f"{path}: in the CMake build but not in Bazel")
        elif in_bazel and not in_cmake:
            problems.append(f"{path}: in Bazel but not in the CMake build")
        elif not in_cmake and not in_bazel:
            problems.append(f"{path}: in neither build")
    for path, (kind, number) in sorted(allowed.items()):
        if path not in files:
            problems.append(f"{path}: build_lists_exceptions.txt:{number} names a file that does "
                            "not exist")
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} file(s) differ between the CMake and Bazel builds; add them to "
              "both, or to tests/lint/build_lists_exceptions.txt with a reason")
        return 1
    print(f"ok: {len(files)} files, each in both builds or an exception "
          f"({len(allowed)} exceptions)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
