// Copyright 2026 The gtest_data Authors.

#include "gtest_data/fake/patterns.h"

#include <algorithm>
#include <string>
#include <utility>

#include "gtest_data/random/distributions.h"

#include "text.h"

namespace gtest_data {
namespace fake {
namespace {

using internal::DecodeUtf8;
using internal::HexByte;

// The shared loop of Numerify, Letterify and Bothify.
std::string Fill(Rng& rng, std::string_view pattern, bool digits,
                 bool letters) {
  std::string out(pattern);
  for (char& c : out) {
    if (digits && c == '#') {
      c = static_cast<char>('0' + UniformBelow(rng, 10));
    } else if (digits && c == '%') {
      c = static_cast<char>('1' + UniformBelow(rng, 9));
    } else if (letters && c == '?') {
      c = static_cast<char>('A' + UniformBelow(rng, 26));
    }
  }
  return out;
}

}  // namespace

std::string Numerify(Rng& rng, std::string_view pattern) {
  return Fill(rng, pattern, /*digits=*/true, /*letters=*/false);
}

std::string Letterify(Rng& rng, std::string_view pattern) {
  return Fill(rng, pattern, /*digits=*/false, /*letters=*/true);
}

std::string Bothify(Rng& rng, std::string_view pattern) {
  return Fill(rng, pattern, /*digits=*/true, /*letters=*/true);
}
// ---- Pattern ----

// Compiles a pattern into a Pattern's ops, one construct at a time. Each
// method returns false after recording the first error.
class PatternCompiler {
 public:
  using OpKind = Pattern::OpKind;

  PatternCompiler(std::string_view pattern, Pattern* out) : p_(pattern), out_(out) {}

  bool Compile(std::string* error) {
    while (i_ < p_.size()) {
      const char c = p_[i_];
      bool ok = true;
      if (c == '#') {
        AddSlot(OpKind::kDigit);
        ++i_;
      } else if (c == '%') {
        AddSlot(OpKind::kNonZeroDigit);
        ++i_;
      } else if (c == '?') {
        AddSlot(OpKind::kLetter);
        ++i_;
      } else if (c == '\\') {
        ok = CompileEscape();
      } else if (c == '[') {
        ok = CompileClass();
      } else {
        ok = CompileLiteral();
      }
      if (!ok) {
        if (error != nullptr) *error = error_;
        return false;
      }
    }
    return true;
  }

 private:
  bool Fail(size_t pos, const std::string& what) {
    error_ = "pattern \"" + std::string(p_) + "\" at " + std::to_string(pos) + ": " + what;
    return false;
  }

  void AddLiteral(std::string_view literal) {
    std::string& bytes = out_->bytes_;
    std::vector<Pattern::Op>& ops = out_->ops_;
    const uint32_t end = static_cast<uint32_t>(bytes.size());
    if (!ops.empty() && ops.back().kind == OpKind::kLiteral &&
        ops.back().begin + ops.back().length == end) {
      ops.back().length += static_cast<uint32_t>(literal.size());
    } else {
      ops.push_back(
          {OpKind::kLiteral, end, static_cast<uint32_t>(literal.size())});
    }
    bytes.append(literal);
    out_->size_ += literal.size();
  }

  void AddSlot(OpKind kind) {
    std::vector<Pattern::Op>& ops = out_->ops_;
    // Consecutive slots of one kind share an op: "#####" is one loop.
    if (!ops.empty() && ops.back().kind == kind) {
      ++ops.back().length;
    } else {
      ops.push_back({kind, 0, 1});
    }
    ++out_->size_;
    ++out_->slots_;
  }

  // \X: the character X itself, any UTF-8 character.
  bool CompileEscape() {
    uint32_t cp;
    if (i_ + 1 == p_.size()) {
      return Fail(i_, "dangling escape \"\\\" at the end of the pattern");
    }
    const size_t length = DecodeUtf8(p_, i_ + 1, &cp);
    if (length == 0) {
      return Fail(i_ + 1,
                  "invalid UTF-8 byte " +
                      HexByte(static_cast<unsigned char>(p_[i_ + 1])));
    }
    AddLiteral(p_.substr(i_ + 1, length));
    i_ += 1 + length;
    return true;
  }

  // A character copied as it is: one valid UTF-8 sequence.
  bool CompileLiteral() {
    uint32_t cp;
    const size_t length = DecodeUtf8(p_, i_, &cp);
    if (length == 0) {
      return Fail(
          i_, "invalid UTF-8 byte " + HexByte(static_cast<unsigned char>(p_[i_])));
    }
    AddLiteral(p_.substr(i_, length));
    i_ += length;
    return true;
  }

  // [...]: one slot drawing from the distinct ASCII characters listed.
  bool CompileClass() {
    const size_t open = i_;
    size_t j = i_ + 1;
    if (j < p_.size() && p_[j] == '^') {
      return Fail(open,
                  "negated class \"[^\" is not supported in patterns; list "
                  "the characters instead, or write [\\^...] for a literal "
                  "caret");
    }
    bool members[128] = {};
    bool any = false;
    bool closed = false;
    while (j < p_.size()) {
      if (p_[j] == ']') {
        closed = true;
        ++j;
        break;
      }
      const size_t member_start = j;
      char lo;
      if (!ReadClassMember(open, &j, &lo)) return false;
      char hi = lo;
      if (j + 1 < p_.size() && p_[j] == '-' && p_[j + 1] != ']') {
        ++j;
        if (!ReadClassMember(open, &j, &hi)) return false;
        if (hi < lo) {
          return Fail(member_start,
                      "reversed range \"" +
                          std::string(p_.substr(member_start, j - member_start)) +
                          "\" in class; write the lower end first");
        }
      }
      for (int m = lo; m <= hi; ++m) members[m] = true;
      any = true;
    }
    if (!closed) return Fail(open, "unterminated class \"[\": no closing \"]\"");
    if (!any) return Fail(open, "empty class \"[]\" matches nothing");
    std::string& bytes = out_->bytes_;
    const uint32_t begin = static_cast<uint32_t>(bytes.size());
    for (int m = 0; m < 128; ++m) {
      if (members[m]) bytes.push_back(static_cast<char>(m));
    }
    out_->ops_.push_back(
        {OpKind::kClass, begin, static_cast<uint32_t>(bytes.size() - begin)});
    ++out_->size_;
    ++out_->slots_;
    i_ = j;
    return true;
  }

  // Reads one class character at *j (a byte or an escape) of the class
  // opened at `open` into *member.
  bool ReadClassMember(size_t open, size_t* j, char* member) {
    if (p_[*j] == '\\') {
      if (*j + 1 >= p_.size()) {
        return Fail(open, "unterminated class \"[\": no closing \"]\"");
      }
      ++*j;
    }
    if (static_cast<unsigned char>(p_[*j]) >= 0x80) {
      return Fail(*j, "non-ASCII character in class \"[\" opened at " +
                          std::to_string(open) + "; classes hold ASCII only");
    }
    *member = p_[(*j)++];
    return true;
  }

  std::string_view p_;
  size_t i_ = 0;
  Pattern* out_;
  std::string error_;
};

std::optional<Pattern> Pattern::Compile(std::string_view pattern,
                                        std::string* error) {
  Pattern result;
  result.source_ = std::string(pattern);
  PatternCompiler compiler(pattern, &result);
  if (!compiler.Compile(error)) return std::nullopt;
  return result;
}

std::string Pattern::Generate(Rng& rng) const {
  std::string out;
  AppendTo(rng, &out);
  return out;
}

void Pattern::AppendTo(Rng& rng, std::string* out) const {
  if (size_ == 0) return;
  // The length is known, so grow once and write through a pointer.
  const size_t start = out->size();
  out->resize(start + size_);
  char* p = &(*out)[start];
  for (const Op& op : ops_) {
    switch (op.kind) {
      case OpKind::kLiteral:
        p = std::copy_n(bytes_.data() + op.begin, op.length, p);
        break;
      case OpKind::kDigit:
        for (uint32_t k = 0; k < op.length; ++k) {
          *p++ = static_cast<char>('0' + UniformBelow(rng, 10));
        }
        break;
      case OpKind::kNonZeroDigit:
        for (uint32_t k = 0; k < op.length; ++k) {
          *p++ = static_cast<char>('1' + UniformBelow(rng, 9));
        }
        break;
      case OpKind::kLetter:
        for (uint32_t k = 0; k < op.length; ++k) {
          *p++ = static_cast<char>('A' + UniformBelow(rng, 26));
        }
        break;
      case OpKind::kClass:
        *p++ = bytes_[op.begin + UniformBelow(rng, op.length)];
        break;
    }
  }
}

}  // namespace fake
}  // namespace gtest_data
