// Copyright 2026 The gtest_data Authors.

#include "gtest_data/fake/regex_generator.h"

#include <algorithm>
#include <string>
#include <utility>

#include "gtest_data/internal/check.h"
#include "gtest_data/random/distributions.h"

#include "text.h"

namespace gtest_data {
namespace fake {
namespace {

using Ranges = std::vector<std::pair<uint32_t, uint32_t>>;

using internal::AppendUtf8;
using internal::DecodeUtf8;
using internal::HexByte;

bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiLetter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// ---- Code point sets, as sorted disjoint closed ranges. ----

Ranges Normalize(Ranges ranges) {
  std::sort(ranges.begin(), ranges.end());
  Ranges merged;
  for (const auto& range : ranges) {
    if (!merged.empty() && range.first <= merged.back().second + 1) {
      merged.back().second = std::max(merged.back().second, range.second);
    } else {
      merged.push_back(range);
    }
  }
  return merged;
}

// a minus b; both normalized.
Ranges Subtract(const Ranges& a, const Ranges& b) {
  Ranges out;
  for (auto range : a) {
    uint32_t lo = range.first;
    const uint32_t hi = range.second;
    bool empty = false;
    for (const auto& cut : b) {
      if (cut.second < lo || cut.first > hi) continue;
      if (cut.first > lo) out.push_back({lo, cut.first - 1});
      if (cut.second >= hi) {
        empty = true;
        break;
      }
      lo = cut.second + 1;
    }
    if (!empty) out.push_back({lo, hi});
  }
  return out;
}

// The sets behind the class escapes. \d and \w are ASCII in ECMAScript
// without the u flag; \s matches the Unicode spaces listed in ECMA-262
// (WhiteSpace and LineTerminator), but generates only space and tab, the two
// that every consumer agrees are spaces.
const Ranges kDigits = {{'0', '9'}};
const Ranges kWord = {{'0', '9'}, {'A', 'Z'}, {'_', '_'}, {'a', 'z'}};
const Ranges kSpaceMatched = {
    {0x09, 0x0D},     {0x20, 0x20},     {0xA0, 0xA0},     {0x1680, 0x1680},
    {0x2000, 0x200A}, {0x2028, 0x2029}, {0x202F, 0x202F}, {0x205F, 0x205F},
    {0x3000, 0x3000}, {0xFEFF, 0xFEFF}};
const Ranges kSpaceGenerated = {{0x09, 0x09}, {0x20, 0x20}};
const Ranges kSurrogates = {{0xD800, 0xDFFF}};

Ranges Universe(RegexAlphabet alphabet) {
  switch (alphabet) {
    case RegexAlphabet::kPrintableAscii:
      return {{0x20, 0x7E}};
    case RegexAlphabet::kAsciiAlphanumeric:
      return {{'0', '9'}, {'A', 'Z'}, {'a', 'z'}};
    case RegexAlphabet::kBasicMultilingualPlane:
      return {{0x20, 0x7E}, {0xA0, 0x2027}, {0x202A, 0xD7FF}, {0xE000, 0xFFFD}};
  }
  GTEST_DATA_INTERNAL_CHECK_(false, "unknown RegexAlphabet");
  return {};
}

constexpr char kSupported[] =
    "; supported: literals, ., [...] classes and ranges, [^...], \\d \\w \\s "
    "\\D \\W \\S, escapes, groups (...) and (?:...), alternation |, "
    "quantifiers * + ? {n} {n,} {n,m} and lazy forms, anchors ^ $";

}  // namespace

// A recursive-descent parser for the supported ECMAScript subset, building
// the node arrays of a RegexGenerator. Each Parse* method returns false after
// recording the first error.
class RegexParser {
 public:
  RegexParser(std::string_view pattern, RegexGenerator* out)
      : p_(pattern), g_(out), universe_(Universe(out->options_.alphabet)) {}

  bool Parse(std::string* error) {
    uint32_t root;
    bool ok = ParseAlternation(0, &root);
    if (ok && i_ < p_.size()) {
      // ParseAlternation stops only at the end or at a ')'.
      ok = Fail(i_, "unmatched \")\"");
    }
    if (ok) ok = CheckAnchors(root, true, true, false);
    if (ok) {
      uint64_t too_long_at = p_.size();
      const uint64_t length = MaxLength(root, &too_long_at);
      if (length > RegexGenerator::kMaxLength) {
        ok = Fail(too_long_at == p_.size() ? 0 : too_long_at,
                  "the longest string this regex can generate has more than " +
                      std::to_string(RegexGenerator::kMaxLength) +
                      " characters");
      } else {
        g_->max_length_ = length;
      }
    }
    if (!ok) {
      if (error != nullptr) *error = error_;
      return false;
    }
    g_->root_ = root;
    return true;
  }

 private:
  using Node = RegexGenerator::Node;
  using NodeKind = RegexGenerator::NodeKind;

  bool Fail(size_t pos, const std::string& what) {
    error_ = "regex \"" + std::string(p_) + "\" at " + std::to_string(pos) +
             ": " + what;
    return false;
  }
  bool Unsupported(size_t pos, const std::string& construct) {
    return Fail(pos, construct + " is not supported" + kSupported);
  }

  bool AtEnd() const { return i_ >= p_.size(); }
  char Peek(size_t ahead = 0) const {
    return i_ + ahead < p_.size() ? p_[i_ + ahead] : '\0';
  }
  std::string Text(size_t from, size_t to) const {
    return std::string(p_.substr(from, to - from));
  }

  uint32_t AddNode(const Node& node) {
    g_->nodes_.push_back(node);
    return static_cast<uint32_t>(g_->nodes_.size() - 1);
  }

  uint32_t AddList(NodeKind kind, const std::vector<uint32_t>& children,
                   size_t pos) {
    Node node{kind};
    node.first = static_cast<uint32_t>(g_->children_.size());
    node.count = static_cast<uint32_t>(children.size());
    node.position = static_cast<uint32_t>(pos);
    g_->children_.insert(g_->children_.end(), children.begin(), children.end());
    return AddNode(node);
  }

  uint32_t AddClass(Ranges gen, size_t pos) {
    RegexGenerator::CharClass cls;
    cls.ranges = std::move(gen);
    uint64_t total = 0;
    for (const auto& range : cls.ranges) {
      total += uint64_t{range.second} - range.first + 1;
      cls.cumulative.push_back(total);
    }
    g_->classes_.push_back(std::move(cls));
    Node node{NodeKind::kClass};
    node.first = static_cast<uint32_t>(g_->classes_.size() - 1);
    node.position = static_cast<uint32_t>(pos);
    return AddNode(node);
  }

  uint32_t AddLiteral(uint32_t cp, size_t pos) {
    Node node{NodeKind::kLiteral};
    node.first = static_cast<uint32_t>(g_->bytes_.size());
    AppendUtf8(cp, &g_->bytes_);
    node.count = static_cast<uint32_t>(g_->bytes_.size() - node.first);
    node.position = static_cast<uint32_t>(pos);
    return AddNode(node);
  }

  // alternation := sequence ('|' sequence)*
  bool ParseAlternation(uint32_t depth, uint32_t* out) {
    const size_t start = i_;
    std::vector<uint32_t> branches;
    for (;;) {
      uint32_t branch;
      if (!ParseSequence(depth, &branch)) return false;
      branches.push_back(branch);
      if (Peek() != '|' || AtEnd()) break;
      ++i_;
    }
    *out = branches.size() == 1
               ? branches[0]
               : AddList(NodeKind::kAlternation, branches, start);
    return true;
  }

  // sequence := (atom quantifier?)*, up to '|', ')' or the end.
  bool ParseSequence(uint32_t depth, uint32_t* out) {
    const size_t start = i_;
    std::vector<uint32_t> items;
    while (!AtEnd() && Peek() != '|' && Peek() != ')') {
      const size_t atom_pos = i_;
      uint32_t atom;
      if (!ParseAtom(depth, &atom)) return false;
      const Node atom_node = g_->nodes_[atom];
      if (atom_node.kind == NodeKind::kAnchor) {
        if (IsQuantifierStart()) {
          return Fail(i_, "nothing to repeat: anchor \"" +
                              Text(atom_pos, atom_pos + 1) +
                              "\" cannot take a quantifier");
        }
        items.push_back(atom);
        continue;
      }
      bool quantified;
      if (!ParseQuantifier(&atom, &quantified)) return false;
      // Merge an unquantified literal into the literal before it when their
      // bytes are adjacent: fewer nodes, same output, same draws.
      if (!quantified && atom_node.kind == NodeKind::kLiteral &&
          !items.empty()) {
        Node& previous = g_->nodes_[items.back()];
        if (previous.kind == NodeKind::kLiteral &&
            previous.first + previous.count == atom_node.first &&
            atom + 1 == g_->nodes_.size()) {
          previous.count += atom_node.count;
          g_->nodes_.pop_back();
          continue;
        }
      }
      items.push_back(atom);
    }
    *out = items.size() == 1 ? items[0]
                             : AddList(NodeKind::kSequence, items, start);
    return true;
  }

  // Whether a quantifier starts at i_ ('*', '+', '?' or a well-formed {...}).
  bool IsQuantifierStart() {
    if (AtEnd()) return false;
    const char c = Peek();
    if (c == '*' || c == '+' || c == '?') return true;
    if (c != '{') return false;
    uint32_t min, max;
    bool unbounded;
    size_t end;
    return ReadBraces(i_, &min, &max, &unbounded, &end);
  }

  // Reads {n}, {n,} or {n,m} at `pos`. Counts saturate above kMaxRepetition
  // (so that huge numbers cannot overflow) and are rejected by the caller.
  bool ReadBraces(size_t pos, uint32_t* min, uint32_t* max, bool* unbounded,
                  size_t* end) const {
    size_t j = pos + 1;
    const auto read_number = [&](uint32_t* value) {
      const size_t digits_start = j;
      uint64_t v = 0;
      while (j < p_.size() && IsAsciiDigit(p_[j])) {
        v = std::min<uint64_t>(v * 10 + static_cast<uint64_t>(p_[j] - '0'),
                               uint64_t{RegexGenerator::kMaxRepetition} + 1);
        ++j;
      }
      *value = static_cast<uint32_t>(v);
      return j > digits_start;
    };
    if (!read_number(min)) return false;
    *unbounded = false;
    *max = *min;
    if (j < p_.size() && p_[j] == ',') {
      ++j;
      if (j < p_.size() && p_[j] == '}') {
        *unbounded = true;
      } else if (!read_number(max)) {
        return false;
      }
    }
    if (j >= p_.size() || p_[j] != '}') return false;
    *end = j + 1;
    return true;
  }

  // Wraps *atom in a repeat node when a quantifier follows.
  bool ParseQuantifier(uint32_t* atom, bool* quantified) {
    *quantified = false;
    if (AtEnd()) return true;
    const size_t q = i_;
    uint32_t min = 0, max = 0;
    bool unbounded = false;
    const char c = Peek();
    if (c == '*') {
      unbounded = true;
      ++i_;
    } else if (c == '+') {
      min = 1;
      unbounded = true;
      ++i_;
    } else if (c == '?') {
      max = 1;
      ++i_;
    } else if (c == '{') {
      size_t end;
      if (!ReadBraces(q, &min, &max, &unbounded, &end)) {
        return Fail(q,
                    "malformed quantifier \"{\"; write {n}, {n,} or {n,m}, "
                    "or \\{ for a literal brace");
      }
      i_ = end;
      const std::string text = Text(q, end);
      if (min > RegexGenerator::kMaxRepetition ||
          (!unbounded && max > RegexGenerator::kMaxRepetition)) {
        return Fail(q, "repetition count in \"" + text +
                           "\" is above the limit of " +
                           std::to_string(RegexGenerator::kMaxRepetition));
      }
      if (!unbounded && min > max) {
        return Fail(
            q, "quantifier \"" + text + "\" has its minimum above its maximum");
      }
    } else {
      return true;
    }
    if (Peek() == '?' && !AtEnd()) {
      ++i_;  // lazy: generates like the greedy form
    } else if (Peek() == '+' && !AtEnd()) {
      return Unsupported(q,
                         "possessive quantifier \"" + Text(q, i_ + 1) + "\"");
    }
    if (IsQuantifierStart()) {
      return Fail(i_, "nothing to repeat: quantifier \"" +
                          std::string(1, Peek()) +
                          "\" follows another quantifier");
    }
    if (unbounded) max = min + g_->options_.max_extra_repetitions;
    Node node{NodeKind::kRepeat};
    node.first = *atom;
    node.min = min;
    node.max = max;
    node.position = static_cast<uint32_t>(q);
    *atom = AddNode(node);
    *quantified = true;
    return true;
  }

  bool ParseAtom(uint32_t depth, uint32_t* out) {
    const size_t pos = i_;
    const char c = Peek();
    switch (c) {
      case '(':
        return ParseGroup(depth, out);
      case '*':
      case '+':
      case '?':
        return Fail(pos, "nothing to repeat before quantifier \"" +
                             std::string(1, c) + "\"");
      case '{': {
        uint32_t min, max;
        bool unbounded;
        size_t end;
        if (ReadBraces(pos, &min, &max, &unbounded, &end)) {
          return Fail(pos, "nothing to repeat before quantifier \"" +
                               Text(pos, end) + "\"");
        }
        return Fail(pos, "unescaped \"{\"; write \\{ for a literal brace");
      }
      case '^':
      case '$': {
        Node node{NodeKind::kAnchor};
        node.count = c == '$' ? 1 : 0;
        node.position = static_cast<uint32_t>(pos);
        ++i_;
        *out = AddNode(node);
        return true;
      }
      case '.':
        ++i_;
        *out = AddClass(universe_, pos);
        return true;
      case '[':
        return ParseClass(out);
      case '\\': {
        Escape escape;
        if (!ParseEscape(/*in_class=*/false, &escape)) return false;
        // \W in an alphanumeric alphabet: a class with nothing to draw
        // (a class in brackets is checked the same way).
        if (escape.is_set && escape.generated.empty()) {
          return Fail(pos, "\"" + Text(pos, i_) +
                               "\" leaves no character of the alphabet to generate");
        }
        *out = escape.is_set ? AddClass(escape.generated, pos)
                             : AddLiteral(escape.code_point, pos);
        return true;
      }
      default: {
        uint32_t cp;
        const size_t length = DecodeUtf8(p_, i_, &cp);
        if (length == 0) {
          return Fail(pos, "invalid UTF-8 byte " +
                               HexByte(static_cast<unsigned char>(c)));
        }
        i_ += length;
        *out = AddLiteral(cp, pos);
        return true;
      }
    }
  }

  bool ParseGroup(uint32_t depth, uint32_t* out) {
    const size_t open = i_;
    if (depth + 1 > RegexGenerator::kMaxNesting) {
      return Fail(open, "groups nested deeper than " +
                            std::to_string(RegexGenerator::kMaxNesting));
    }
    ++i_;
    if (Peek() == '?' && !AtEnd()) {
      const char k = Peek(1);
      const char k2 = Peek(2);
      if (k == ':') {
        i_ += 2;
      } else if (k == '=') {
        return Unsupported(open, "lookahead \"(?=\"");
      } else if (k == '!') {
        return Unsupported(open, "negative lookahead \"(?!\"");
      } else if (k == '<' && k2 == '=') {
        return Unsupported(open, "lookbehind \"(?<=\"");
      } else if (k == '<' && k2 == '!') {
        return Unsupported(open, "negative lookbehind \"(?<!\"");
      } else if (k == '<' || k == '\'') {
        return Unsupported(open,
                           "named group \"" + Text(open, open + 3) + "\"");
      } else if (k == 'P' && k2 == '<') {
        return Unsupported(open, "named group \"(?P<\"");
      } else if (k == 'P' && k2 == '=') {
        return Unsupported(open, "named backreference \"(?P=\"");
      } else if (k == '>') {
        return Unsupported(open, "atomic group \"(?>\"");
      } else if (k == '#') {
        return Unsupported(open, "comment \"(?#\"");
      } else if (k == '(') {
        return Unsupported(open, "conditional \"(?(\"");
      } else if (k == '|') {
        return Unsupported(open, "branch reset group \"(?|\"");
      } else if (k == 'R' || k == '&' || k == '+' || IsAsciiDigit(k) ||
                 (k == 'P' && k2 == '>') || (k == '-' && IsAsciiDigit(k2))) {
        return Unsupported(open, "recursion \"" + Text(open, open + 3) + "\"");
      } else if (IsAsciiLetter(k) || k == '-' || k == '^') {
        size_t j = open + 2;
        while (j < p_.size() &&
               (IsAsciiLetter(p_[j]) || p_[j] == '-' || p_[j] == '^')) {
          ++j;
        }
        if (j < p_.size() && (p_[j] == ')' || p_[j] == ':')) ++j;
        return Unsupported(open, "inline flags \"" + Text(open, j) + "\"");
      } else {
        return Fail(open, "malformed group \"" +
                              Text(open, std::min(open + 3, p_.size())) +
                              "\"; write (...) or (?:...)");
      }
    }
    uint32_t inner;
    if (!ParseAlternation(depth + 1, &inner)) return false;
    if (AtEnd() || Peek() != ')') {
      const bool non_capturing = open + 1 < p_.size() && p_[open + 1] == '?';
      return Fail(open, "unterminated group \"" +
                            Text(open, non_capturing ? open + 3 : open + 1) +
                            "\": no closing \")\"");
    }
    ++i_;
    *out = inner;
    return true;
  }

  struct Escape {
    bool is_set = false;
    uint32_t code_point = 0;
    Ranges generated;  // for a set: what it generates
    Ranges matched;    // for a set: what it matches (within reason)
  };

  // Parses the escape at i_ (a backslash). In a class, \b is backspace.
  bool ParseEscape(bool in_class, Escape* out) {
    const size_t esc = i_;
    if (esc + 1 >= p_.size()) {
      return Fail(esc, "dangling escape \"\\\" at the end of the regex");
    }
    const char c = p_[esc + 1];
    i_ += 2;
    switch (c) {
      case 'd':
      case 'w':
      case 's':
      case 'D':
      case 'W':
      case 'S':
        return ClassEscape(c, out);
      case 't':
        return Character(out, '\t');
      case 'n':
        return Character(out, '\n');
      case 'r':
        return Character(out, '\r');
      case 'f':
        return Character(out, '\f');
      case 'v':
        return Character(out, '\v');
      case '0':
        if (IsAsciiDigit(Peek())) {
          return Unsupported(esc,
                             "octal escape \"" + Text(esc, esc + 3) + "\"");
        }
        return Character(out, 0);
      case 'b':
        if (in_class) return Character(out, 0x08);
        return Unsupported(esc, "word boundary \"\\b\"");
      case 'x':
        return HexEscape(esc, out);
      case 'u':
        return UnicodeEscape(esc, out);
      case 'c':
        return ControlEscape(esc, out);
      case 'B':
      case 'A':
      case 'z':
      case 'Z':
      case 'G':
      case 'k':
      case 'p':
      case 'P':
      case 'Q':
      case 'E':
        return UnsupportedEscape(esc, c);
      default:
        return OtherEscape(esc, c, out);
    }
  }

  static bool Set(Escape* out, Ranges generated, Ranges matched) {
    out->is_set = true;
    out->generated = std::move(generated);
    out->matched = std::move(matched);
    return true;
  }

  static bool Character(Escape* out, uint32_t cp) {
    out->is_set = false;
    out->code_point = cp;
    return true;
  }

  // \d \w \s and their negations, within the alphabet.
  bool ClassEscape(char c, Escape* out) {
    switch (c) {
      case 'd':
        return Set(out, kDigits, kDigits);
      case 'w':
        return Set(out, kWord, kWord);
      case 's':
        return Set(out, kSpaceGenerated, kSpaceMatched);
      case 'D': {
        Ranges r = Subtract(universe_, kDigits);
        return Set(out, r, r);
      }
      case 'W': {
        Ranges r = Subtract(universe_, kWord);
        return Set(out, r, r);
      }
      default: {  // 'S'
        Ranges r = Subtract(universe_, kSpaceMatched);
        return Set(out, r, r);
      }
    }
  }

  // \xHH, after the "\x" at `esc`.
  bool HexEscape(size_t esc, Escape* out) {
    const int h1 = HexValue(Peek()), h2 = HexValue(Peek(1));
    if (AtEnd() || h1 < 0 || i_ + 1 >= p_.size() || h2 < 0) {
      return Fail(esc,
                  "malformed escape \"\\x\"; write \\xHH with two "
                  "hex digits");
    }
    i_ += 2;
    return Character(out, static_cast<uint32_t>(h1 * 16 + h2));
  }

  // \uHHHH (not a surrogate), after the "\u" at `esc`.
  bool UnicodeEscape(size_t esc, Escape* out) {
    if (Peek() == '{' && !AtEnd()) {
      return Unsupported(esc,
                         "code point escape \"\\u{\" (it needs the "
                         "u flag; write \\uHHHH)");
    }
    uint32_t cp = 0;
    for (size_t k = 0; k < 4; ++k) {
      const int h = i_ + k < p_.size() ? HexValue(p_[i_ + k]) : -1;
      if (h < 0) {
        return Fail(esc,
                    "malformed escape \"\\u\"; write \\uHHHH with "
                    "four hex digits");
      }
      cp = cp * 16 + static_cast<uint32_t>(h);
    }
    if (cp >= 0xD800 && cp <= 0xDFFF) {
      return Unsupported(esc, "surrogate escape \"" + Text(esc, esc + 6) +
                                  "\" (it is not a character)");
    }
    i_ += 4;
    return Character(out, cp);
  }

  // \cA-\cZ, after the "\c" at `esc`.
  bool ControlEscape(size_t esc, Escape* out) {
    if (IsAsciiLetter(Peek()) && !AtEnd()) {
      const char letter = Peek();
      ++i_;
      return Character(out, static_cast<uint32_t>(letter) % 32);
    }
    return Fail(esc, "malformed escape \"\\c\"; write \\cA to \\cZ");
  }

  // The escapes of other regex dialects, each named in its error.
  bool UnsupportedEscape(size_t esc, char c) {
    switch (c) {
      case 'B':
        return Unsupported(esc, "word boundary \"\\B\"");
      case 'A':
      case 'z':
      case 'Z':
      case 'G':
        return Unsupported(esc, std::string("anchor \"\\") + c + "\"");
      case 'k':
        return Unsupported(esc, "named backreference \"\\k\"");
      case 'p':
      case 'P': {
        size_t end = esc + 2;
        if (end < p_.size() && p_[end] == '{') {
          const size_t close = p_.find('}', end);
          end = close == std::string_view::npos ? p_.size() : close + 1;
        }
        return Unsupported(esc, "Unicode property \"" + Text(esc, end) + "\"");
      }
      default:  // 'Q', 'E'
        return Unsupported(esc, std::string("quoting \"\\") + c + "\"");
    }
  }

  // Any other escape: a backreference (unsupported), an unknown letter, or
  // punctuation or a non-ASCII character standing for itself.
  bool OtherEscape(size_t esc, char c, Escape* out) {
    if (IsAsciiDigit(c)) {
      size_t end = esc + 1;
      while (end < p_.size() && IsAsciiDigit(p_[end])) ++end;
      return Unsupported(esc, "backreference \"" + Text(esc, end) + "\"");
    }
    if (IsAsciiLetter(c)) {
      return Fail(esc, "unknown escape \"" + Text(esc, esc + 2) +
                           "\"; write the letter without \\");
    }
    uint32_t cp;
    const size_t length = DecodeUtf8(p_, esc + 1, &cp);
    if (length == 0) {
      return Fail(esc + 1, "invalid UTF-8 byte " +
                               HexByte(static_cast<unsigned char>(c)));
    }
    i_ = esc + 1 + length;
    return Character(out, cp);
  }

  // class := '[' '^'? (member | member '-' member)* ']'
  bool ParseClass(uint32_t* out) {
    const size_t open = i_;
    ++i_;
    bool negated = false;
    if (Peek() == '^' && !AtEnd()) {
      negated = true;
      ++i_;
    }
    Ranges generated, matched;
    bool closed = false, any = false;
    while (!AtEnd()) {
      if (Peek() == ']') {
        closed = true;
        ++i_;
        break;
      }
      if (Peek() == '[' &&
          (Peek(1) == ':' || Peek(1) == '=' || Peek(1) == '.')) {
        return Unsupported(i_, "POSIX class \"" + Text(i_, i_ + 2) + "\"");
      }
      const size_t member_pos = i_;
      Escape lo;
      if (!ParseMember(&lo)) return false;
      any = true;
      if (!lo.is_set && Peek() == '-' && i_ + 1 < p_.size() && Peek(1) != ']') {
        ++i_;
        Escape hi;
        if (!ParseMember(&hi)) return false;
        if (hi.is_set) {
          return Fail(member_pos, "range \"" + Text(member_pos, i_) +
                                      "\" ends in a class escape");
        }
        if (hi.code_point < lo.code_point) {
          return Fail(member_pos,
                      "range \"" + Text(member_pos, i_) + "\" is out of order");
        }
        generated.push_back({lo.code_point, hi.code_point});
        matched.push_back({lo.code_point, hi.code_point});
      } else if (lo.is_set) {
        generated.insert(generated.end(), lo.generated.begin(),
                         lo.generated.end());
        matched.insert(matched.end(), lo.matched.begin(), lo.matched.end());
      } else {
        generated.push_back({lo.code_point, lo.code_point});
        matched.push_back({lo.code_point, lo.code_point});
      }
    }
    if (!closed) {
      return Fail(open, "unterminated class \"[\": no closing \"]\"");
    }
    if (!any && !negated) {
      return Fail(open, "empty class \"[]\" matches nothing");
    }
    Ranges result = negated ? Subtract(universe_, Normalize(matched))
                            : Normalize(generated);
    result = Subtract(result, kSurrogates);
    if (result.empty()) {
      return Fail(open, "class \"" + Text(open, i_) +
                            "\" leaves no character of the alphabet to "
                            "generate");
    }
    *out = AddClass(std::move(result), open);
    return true;
  }

  // One member of a class: a character or a class escape.
  bool ParseMember(Escape* out) {
    if (Peek() == '\\') return ParseEscape(/*in_class=*/true, out);
    uint32_t cp;
    const size_t length = DecodeUtf8(p_, i_, &cp);
    if (length == 0) {
      return Fail(i_, "invalid UTF-8 byte " +
                          HexByte(static_cast<unsigned char>(Peek())));
    }
    i_ += length;
    out->is_set = false;
    out->code_point = cp;
    return true;
  }

  // Anchors generate nothing, so they are sound only where nothing can come
  // before a '^' or after a '$', and where no repetition can put them in the
  // middle.
  bool CheckAnchors(uint32_t index, bool at_start, bool at_end, bool repeated) {
    const Node& node = g_->nodes_[index];
    switch (node.kind) {
      case NodeKind::kAnchor: {
        const bool is_end = node.count == 1;
        if (repeated || !(is_end ? at_end : at_start)) {
          const char* where = repeated ? "inside a repeated group"
                              : is_end ? "anywhere but at the end"
                                       : "anywhere but at the start";
          return Unsupported(
              node.position,
              std::string("anchor \"") + (is_end ? "$" : "^") + "\" " + where);
        }
        return true;
      }
      case NodeKind::kSequence: {
        // Child k is at the start when only anchors come before it, and at
        // the end when only anchors follow it.
        const auto is_anchor = [&](uint32_t k) {
          return g_->nodes_[g_->children_[node.first + k]].kind ==
                 NodeKind::kAnchor;
        };
        uint32_t first_other = 0;
        while (first_other < node.count && is_anchor(first_other)) {
          ++first_other;
        }
        uint32_t last_other = node.count;  // one past the last non-anchor
        while (last_other > 0 && is_anchor(last_other - 1)) --last_other;
        for (uint32_t k = 0; k < node.count; ++k) {
          if (!CheckAnchors(g_->children_[node.first + k],
                            at_start && k <= first_other,
                            at_end && k + 1 >= last_other, repeated)) {
            return false;
          }
        }
        return true;
      }
      case NodeKind::kAlternation:
        for (uint32_t k = 0; k < node.count; ++k) {
          if (!CheckAnchors(g_->children_[node.first + k], at_start, at_end,
                            repeated)) {
            return false;
          }
        }
        return true;
      case NodeKind::kRepeat:
        return CheckAnchors(node.first, at_start, at_end,
                            repeated || node.max > 1);
      case NodeKind::kLiteral:
      case NodeKind::kClass:
        return true;
    }
    return true;
  }

  // The most code points the node can generate, saturating just above
  // kMaxLength. Records the position of the first repeat that crosses it.
  uint64_t MaxLength(uint32_t index, uint64_t* too_long_at) const {
    constexpr uint64_t kCap = RegexGenerator::kMaxLength + 1;
    const Node& node = g_->nodes_[index];
    switch (node.kind) {
      case NodeKind::kLiteral: {
        uint64_t count = 0;
        for (uint32_t k = 0; k < node.count; ++k) {
          const unsigned char b =
              static_cast<unsigned char>(g_->bytes_[node.first + k]);
          if ((b & 0xC0) != 0x80) ++count;
        }
        return std::min(count, kCap);
      }
      case NodeKind::kClass:
        return 1;
      case NodeKind::kAnchor:
        return 0;
      case NodeKind::kSequence: {
        uint64_t total = 0;
        for (uint32_t k = 0; k < node.count; ++k) {
          total = std::min(
              kCap,
              total + MaxLength(g_->children_[node.first + k], too_long_at));
        }
        return total;
      }
      case NodeKind::kAlternation: {
        uint64_t longest = 0;
        for (uint32_t k = 0; k < node.count; ++k) {
          longest = std::max(
              longest, MaxLength(g_->children_[node.first + k], too_long_at));
        }
        return longest;
      }
      case NodeKind::kRepeat: {
        const uint64_t child = MaxLength(node.first, too_long_at);
        const uint64_t total = std::min(kCap, child * node.max);
        if (total == kCap && child < kCap && *too_long_at == p_.size()) {
          *too_long_at = node.position;
        }
        return total;
      }
    }
    return 0;
  }

  std::string_view p_;
  size_t i_ = 0;
  RegexGenerator* g_;
  Ranges universe_;
  std::string error_;
};

std::optional<RegexGenerator> RegexGenerator::Compile(std::string_view pattern,
                                                      std::string* error) {
  return Compile(pattern, RegexOptions(), error);
}

std::optional<RegexGenerator> RegexGenerator::Compile(
    std::string_view pattern, const RegexOptions& options, std::string* error) {
  GTEST_DATA_INTERNAL_CHECK_(
      options.max_extra_repetitions <= kMaxRepetition,
      "RegexOptions::max_extra_repetitions must be at most kMaxRepetition");
  RegexGenerator result;
  result.pattern_ = std::string(pattern);
  result.options_ = options;
  RegexParser parser(pattern, &result);
  if (!parser.Parse(error)) return std::nullopt;
  return result;
}

std::string RegexGenerator::Generate(Rng& rng) const {
  std::string out;
  AppendTo(rng, &out);
  return out;
}

void RegexGenerator::AppendTo(Rng& rng, std::string* out) const {
  Append(rng, root_, out);
}

void RegexGenerator::Append(Rng& rng, uint32_t index, std::string* out) const {
  const Node& node = nodes_[index];
  switch (node.kind) {
    case NodeKind::kLiteral:
      out->append(bytes_, node.first, node.count);
      return;
    case NodeKind::kClass: {
      const CharClass& cls = classes_[node.first];
      const uint64_t pick = UniformBelow(rng, cls.cumulative.back());
      const size_t range = static_cast<size_t>(
          std::upper_bound(cls.cumulative.begin(), cls.cumulative.end(), pick) -
          cls.cumulative.begin());
      const uint64_t before = range == 0 ? 0 : cls.cumulative[range - 1];
      AppendUtf8(cls.ranges[range].first + static_cast<uint32_t>(pick - before),
                 out);
      return;
    }
    case NodeKind::kSequence:
      for (uint32_t k = 0; k < node.count; ++k) {
        Append(rng, children_[node.first + k], out);
      }
      return;
    case NodeKind::kAlternation:
      Append(rng,
             children_[node.first +
                       static_cast<uint32_t>(UniformBelow(rng, node.count))],
             out);
      return;
    case NodeKind::kRepeat: {
      uint32_t times = node.min;
      if (node.max > node.min) {
        times += static_cast<uint32_t>(
            UniformBelow(rng, uint64_t{node.max} - node.min + 1));
      }
      for (uint32_t k = 0; k < times; ++k) Append(rng, node.first, out);
      return;
    }
    case NodeKind::kAnchor:
      return;
  }
}

}  // namespace fake
}  // namespace gtest_data
