// Copyright 2026 The gtest_data Authors.
//
// Declared types and the reader of simple CHECK constraints, for
// schema-driven generation (db/generate.h).

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

#include "generate_internal.h"

#include "gtest_data/internal/strings.h"
namespace gtest_data {
namespace db {
namespace generate_internal {
namespace {

// ASCII only, so that no locale changes a type's or keyword's meaning (D7).
using ::gtest_data::internal::AsciiStrToLower;
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsWordStart(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool IsWordChar(char c) { return IsWordStart(c) || IsDigit(c) || c == '$'; }

std::string LowerAscii(std::string_view text) { return AsciiStrToLower(text); }

bool Contains(std::string_view text, std::string_view part) {
  return text.find(part) != std::string_view::npos;
}

// The numbers between the first parentheses of a type: "numeric(10,2)" -> {10, 2}.
std::vector<int> TypeArguments(std::string_view type) {
  std::vector<int> args;
  const size_t open = type.find('(');
  if (open == std::string_view::npos) return args;
  const size_t close = type.find(')', open);
  if (close == std::string_view::npos) return args;
  size_t i = open + 1;
  while (i < close) {
    while (i < close && !IsDigit(type[i])) ++i;
    int value = 0;
    const auto [end, ec] = std::from_chars(type.data() + i, type.data() + close, value);
    if (ec != std::errc()) break;
    args.push_back(value);
    i = static_cast<size_t>(end - type.data());
  }
  return args;
}

// The type's name without its arguments, spaces collapsed: "timestamp(3)
// without time zone" -> "timestamp without time zone".
std::string TypeName(std::string_view lower) {
  std::string name;
  int depth = 0;
  for (char c : lower) {
    if (c == '(') ++depth;
    if (depth == 0 && c != ')') {
      if (c == ' ' || c == '\t' || c == '\n') {
        if (!name.empty() && name.back() != ' ') name += ' ';
      } else {
        name += c;
      }
    }
    if (c == ')' && depth > 0) --depth;
  }
  while (!name.empty() && name.back() == ' ') name.pop_back();
  return name;
}

std::optional<double> ParseDouble(std::string_view text) {
  double value = 0;
  if (!text.empty() && text.front() == '+') text.remove_prefix(1);
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || text.empty()) return std::nullopt;
  return value;
}

std::optional<int64_t> ParseInt(std::string_view text) {
  int64_t value = 0;
  if (!text.empty() && text.front() == '+') text.remove_prefix(1);
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || text.empty()) return std::nullopt;
  return value;
}

// A value as the number the engine would compare, when it is one.
std::optional<double> NumberOf(const Value& value) {
  switch (value.kind()) {
    case ValueKind::kInt: return static_cast<double>(value.as_int());
    case ValueKind::kDouble: return value.as_double();
    case ValueKind::kBool: return value.as_bool() ? 1.0 : 0.0;
    case ValueKind::kString: return ParseDouble(value.as_string());
    case ValueKind::kNull: break;
  }
  return std::nullopt;
}

bool EqualsIgnoringCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    const char x = a[i] >= 'A' && a[i] <= 'Z' ? static_cast<char>(a[i] - 'A' + 'a') : a[i];
    if (x != b[i]) return false;
  }
  return true;
}

std::optional<double> NumberOf(const Literal& literal) {
  if (!literal.quoted && EqualsIgnoringCase(literal.text, "true")) return 1.0;
  if (!literal.quoted && EqualsIgnoringCase(literal.text, "false")) return 0.0;
  return ParseDouble(literal.text);
}

// -1, 0 or 1, or nullopt when the two cannot be compared; `number` is
// NumberOf(literal).
std::optional<int> Compare(const Value& value, const Literal& literal,
                           const std::optional<double>& number) {
  const std::optional<double>& b = number;
  const std::optional<double> a = b ? NumberOf(value) : std::nullopt;
  // Numbers when both read as numbers, so that PostgreSQL's '-5'::numeric
  // and a decimal string compare as the engine compares them.
  if (a && b) return *a < *b ? -1 : (*a > *b ? 1 : 0);
  const int c = value.kind() == ValueKind::kString ? value.as_string().compare(literal.text)
                                                   : KeyText(value).compare(literal.text);
  return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

// ---------------------------------------------------------------------------
// The CHECK reader: a tokenizer and a small recursive-descent parser with
// backtracking, for the forms SQLite keeps as written and PostgreSQL's
// pg_get_expr() prints: "((qty >= 1) AND (qty <= 10))",
// "((status)::text = ANY ((ARRAY['a'::character varying])::text[]))".

struct Token {
  enum Type { kWord, kQuoted, kString, kNumber, kOp, kPunct, kCast, kMinus, kEnd };
  Type type = kEnd;
  std::string text;
};

std::optional<std::vector<Token>> Tokenize(std::string_view sql) {
  std::vector<Token> tokens;
  size_t i = 0;
  while (i < sql.size()) {
    const char c = sql[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      ++i;
    } else if (IsWordStart(c)) {
      size_t j = i;
      while (j < sql.size() && IsWordChar(sql[j])) ++j;
      tokens.push_back({Token::kWord, std::string(sql.substr(i, j - i))});
      i = j;
    } else if (c == '"' || c == '`' || c == '\'') {
      // Quoted identifier or string; a doubled quote is the quote itself.
      std::string text;
      size_t j = i + 1;
      for (;; ++j) {
        if (j >= sql.size()) return std::nullopt;
        if (sql[j] == c) {
          if (j + 1 < sql.size() && sql[j + 1] == c) {
            text += c;
            ++j;
            continue;
          }
          break;
        }
        text += sql[j];
      }
      tokens.push_back({c == '\'' ? Token::kString : Token::kQuoted, std::move(text)});
      i = j + 1;
    } else if (IsDigit(c) || (c == '.' && i + 1 < sql.size() && IsDigit(sql[i + 1]))) {
      size_t j = i;
      while (j < sql.size() && (IsDigit(sql[j]) || sql[j] == '.')) ++j;
      if (j < sql.size() && (sql[j] == 'e' || sql[j] == 'E')) {
        size_t k = j + 1;
        if (k < sql.size() && (sql[k] == '+' || sql[k] == '-')) ++k;
        if (k < sql.size() && IsDigit(sql[k])) {
          j = k;
          while (j < sql.size() && IsDigit(sql[j])) ++j;
        }
      }
      tokens.push_back({Token::kNumber, std::string(sql.substr(i, j - i))});
      i = j;
    } else if (c == ':' && i + 1 < sql.size() && sql[i + 1] == ':') {
      tokens.push_back({Token::kCast, "::"});
      i += 2;
    } else if (sql.compare(i, 2, "~~") == 0 || sql.compare(i, 3, "!~~") == 0) {
      // PostgreSQL's LIKE and NOT LIKE, as pg_get_expr prints them; ~~* is
      // ILIKE, which is not read.
      const std::string op = sql[i] == '!' ? "!~~" : "~~";
      if (i + op.size() < sql.size() && sql[i + op.size()] == '*') return std::nullopt;
      tokens.push_back({Token::kOp, op});
      i += op.size();
    } else if (c == '<' || c == '>' || c == '=' || c == '!') {
      std::string op(1, c);
      if (i + 1 < sql.size() && (sql[i + 1] == '=' || (c == '<' && sql[i + 1] == '>'))) {
        op += sql[i + 1];
      }
      if (op == "!") return std::nullopt;
      tokens.push_back({Token::kOp, op});
      i += op.size();
    } else if (c == '(' || c == ')' || c == ',' || c == '[' || c == ']') {
      tokens.push_back({Token::kPunct, std::string(1, c)});
      ++i;
    } else if (c == '-') {
      tokens.push_back({Token::kMinus, "-"});
      ++i;
    } else {
      return std::nullopt;  // arithmetic, concatenation: not a simple CHECK
    }
  }
  tokens.push_back({Token::kEnd, ""});
  return tokens;
}

struct Operand {
  enum Kind { kColumn, kLength, kLiteral } kind = kLiteral;
  std::string column;
  Literal literal;
};

class CheckParser {
 public:
  CheckParser(std::vector<Token> tokens, const Table& table)
      : tokens_(std::move(tokens)), table_(table) {}

  std::optional<std::vector<Condition>> Parse() {
    if (!Disjunction() || tokens_[pos_].type != Token::kEnd) return std::nullopt;
    for (const Condition& c : out_) {
      if (c.op == CheckOp::kIsNull && c.guard.empty()) return std::nullopt;  // always NULL
    }
    return std::move(out_);
  }

 private:
  const Token& Peek(size_t ahead = 0) const {
    return tokens_[std::min(pos_ + ahead, tokens_.size() - 1)];
  }
  bool IsPunct(std::string_view p, size_t ahead = 0) const {
    return Peek(ahead).type == Token::kPunct && Peek(ahead).text == p;
  }
  bool IsWord(std::string_view w) const {
    return Peek().type == Token::kWord && LowerAscii(Peek().text) == w;
  }
  bool Accept(bool condition) {
    if (condition) ++pos_;
    return condition;
  }

  // Branches joined by OR. Read only as `g IS NULL OR c` or `g IS NOT NULL
  // OR c` (either order, c a conjunction): c, guarded by the nullable
  // column g, which the row sets to NULL (or gives a value) when c fails.
  bool Disjunction() {
    std::vector<std::vector<Condition>> branches;
    for (;;) {
      const size_t start = out_.size();
      if (!Conjunction()) return false;
      branches.emplace_back(std::make_move_iterator(out_.begin() + static_cast<ptrdiff_t>(start)),
                            std::make_move_iterator(out_.end()));
      out_.resize(start);
      if (!Accept(IsWord("or"))) break;
    }
    if (branches.size() == 1) {
      for (Condition& c : branches.front()) out_.push_back(std::move(c));
      return true;
    }
    // kind = 'a' OR kind = 'b' OR kind IN ('c'): one IN list.
    bool one_list = true;
    for (const std::vector<Condition>& branch : branches) {
      one_list = one_list && branch.size() == 1 && !branch[0].on_length &&
                 branch[0].other.empty() && branch[0].guard.empty() &&
                 (branch[0].op == CheckOp::kEq || branch[0].op == CheckOp::kIn) &&
                 branch[0].column == branches[0][0].column;
    }
    if (one_list) {
      Condition list = std::move(branches[0][0]);
      list.op = CheckOp::kIn;
      for (size_t b = 1; b < branches.size(); ++b) {
        Condition& more = branches[b][0];
        for (size_t i = 0; i < more.values.size(); ++i) {
          list.values.push_back(std::move(more.values[i]));
          list.numbers.push_back(i < more.numbers.size() ? more.numbers[i] : std::nullopt);
        }
      }
      out_.push_back(std::move(list));
      return true;
    }
    if (branches.size() != 2) return false;
    auto is_guard = [](const std::vector<Condition>& branch) {
      return branch.size() == 1 && !branch[0].on_length && branch[0].other.empty() &&
             branch[0].guard.empty() &&
             (branch[0].op == CheckOp::kIsNull || branch[0].op == CheckOp::kNotNull);
    };
    const int g = is_guard(branches[0]) ? 0 : (is_guard(branches[1]) ? 1 : -1);
    if (g < 0) return false;
    const Condition& guard = branches[static_cast<size_t>(g)][0];
    const bool when_null = guard.op == CheckOp::kIsNull;
    const Column* column = table_.FindColumn(guard.column);
    const bool nullable = column != nullptr && !column->not_null &&
                          column->primary_key_position == 0;
    for (Condition& c : branches[static_cast<size_t>(1 - g)]) {
      if (!c.guard.empty()) return false;  // an OR inside an OR
      // NULL passes a comparison, so a condition on the guard itself holds
      // whenever `g IS NULL` would: it is the column's own condition. Under
      // `g IS NOT NULL OR c` it never matters.
      const bool on_guard = c.column == guard.column || c.other == guard.column;
      if (on_guard || !nullable) {
        if (when_null) out_.push_back(std::move(c));
        continue;
      }
      if (!c.other.empty()) return false;  // two other columns, guarded
      c.guard = guard.column;
      c.guard_null = when_null;
      out_.push_back(std::move(c));
    }
    return true;
  }

  bool Conjunction() {
    if (!Term()) return false;
    while (Accept(IsWord("and"))) {
      if (!Term()) return false;
    }
    return true;
  }

  bool Term() {
    if (IsPunct("(")) {
      const size_t saved_pos = pos_;
      const size_t saved_out = out_.size();
      ++pos_;
      if (Disjunction() && Accept(IsPunct(")")) &&
          (Peek().type == Token::kEnd || IsPunct(")") || IsWord("and") || IsWord("or"))) {
        return true;
      }
      pos_ = saved_pos;
      out_.resize(saved_out);
    }
    return Predicate();
  }

  void Add(const Operand& subject, CheckOp op, std::vector<Literal> values) {
    Condition c;
    c.column = subject.column;
    c.on_length = subject.kind == Operand::kLength;
    c.op = op;
    c.values = std::move(values);
    for (const Literal& literal : c.values) c.numbers.push_back(NumberOf(literal));
    out_.push_back(std::move(c));
  }

  static std::optional<CheckOp> OpOf(const std::string& text) {
    if (text == "<") return CheckOp::kLt;
    if (text == "<=") return CheckOp::kLe;
    if (text == ">") return CheckOp::kGt;
    if (text == ">=") return CheckOp::kGe;
    if (text == "=" || text == "==") return CheckOp::kEq;
    if (text == "<>" || text == "!=") return CheckOp::kNe;
    return std::nullopt;
  }

  static CheckOp Flip(CheckOp op) {
    switch (op) {
      case CheckOp::kLt: return CheckOp::kGt;
      case CheckOp::kLe: return CheckOp::kGe;
      case CheckOp::kGt: return CheckOp::kLt;
      case CheckOp::kGe: return CheckOp::kLe;
      default: return op;
    }
  }

  bool LiteralList(std::vector<Literal>* out, std::string_view close) {
    for (;;) {
      Operand item;
      if (!ParseOperand(&item) || item.kind != Operand::kLiteral) return false;
      out->push_back(item.literal);
      if (Accept(IsPunct(","))) continue;
      return Accept(IsPunct(close));
    }
  }

  // ARRAY[...] with any parentheses and casts around it.
  bool Array(std::vector<Literal>* out) {
    if (Accept(IsPunct("("))) {
      if (!Array(out) || !Accept(IsPunct(")"))) return false;
      return Casts();
    }
    if (!Accept(IsWord("array")) || !Accept(IsPunct("["))) return false;
    return LiteralList(out, "]") && Casts();
  }

  bool Predicate() {
    Operand subject;
    if (!ParseOperand(&subject)) return false;
    const bool on_column = subject.kind != Operand::kLiteral;
    if (Accept(IsWord("is"))) {
      if (!on_column || subject.kind != Operand::kColumn) return false;
      const bool not_null = Accept(IsWord("not"));
      if (!Accept(IsWord("null"))) return false;
      Add(subject, not_null ? CheckOp::kNotNull : CheckOp::kIsNull, {});
      return true;
    }
    const bool negated = Accept(IsWord("not"));
    if (Accept(IsWord("between"))) {
      Operand lo, hi;
      if (negated || !on_column || !ParseOperand(&lo) || lo.kind != Operand::kLiteral ||
          !Accept(IsWord("and")) || !ParseOperand(&hi) || hi.kind != Operand::kLiteral) {
        return false;
      }
      Add(subject, CheckOp::kGe, {lo.literal});
      Add(subject, CheckOp::kLe, {hi.literal});
      return true;
    }
    if (IsWord("like") || IsWord("glob")) {
      const bool glob = IsWord("glob");
      ++pos_;
      Operand pattern;
      if (!on_column || subject.kind != Operand::kColumn || !ParseOperand(&pattern) ||
          pattern.kind != Operand::kLiteral || !pattern.literal.quoted || IsWord("escape")) {
        return false;
      }
      Add(subject,
          glob ? (negated ? CheckOp::kNotGlob : CheckOp::kGlob)
               : (negated ? CheckOp::kNotLike : CheckOp::kLike),
          {pattern.literal});
      return true;
    }
    if (Accept(IsWord("in"))) {
      std::vector<Literal> values;
      if (!on_column || !Accept(IsPunct("(")) || !LiteralList(&values, ")")) return false;
      Add(subject, negated ? CheckOp::kNotIn : CheckOp::kIn, std::move(values));
      return true;
    }
    if (negated || Peek().type != Token::kOp) return false;
    if (Peek().text == "~~" || Peek().text == "!~~") {
      const bool like = Peek().text == "~~";
      ++pos_;
      Operand pattern;
      if (!on_column || subject.kind != Operand::kColumn || !ParseOperand(&pattern) ||
          pattern.kind != Operand::kLiteral || !pattern.literal.quoted) {
        return false;
      }
      Add(subject, like ? CheckOp::kLike : CheckOp::kNotLike, {pattern.literal});
      return true;
    }
    const std::optional<CheckOp> op = OpOf(Peek().text);
    if (!op) return false;
    ++pos_;
    if (IsWord("any") || IsWord("all")) {
      const bool any = IsWord("any");
      ++pos_;
      std::vector<Literal> values;
      if (!on_column || !Accept(IsPunct("(")) || !Array(&values) || !Accept(IsPunct(")"))) {
        return false;
      }
      if (any && *op == CheckOp::kEq) {
        Add(subject, CheckOp::kIn, std::move(values));
      } else if (!any && *op == CheckOp::kNe) {
        Add(subject, CheckOp::kNotIn, std::move(values));
      } else {
        return false;
      }
      return true;
    }
    Operand other;
    if (!ParseOperand(&other)) return false;
    if (on_column && other.kind == Operand::kLiteral) {
      Add(subject, *op, {other.literal});
    } else if (!on_column && other.kind != Operand::kLiteral) {
      Add(other, Flip(*op), {subject.literal});
    } else if (subject.kind == Operand::kColumn && other.kind == Operand::kColumn &&
               *op != CheckOp::kEq) {
      // Two columns of the row: end_date >= start_date, origin <> destination.
      Add(subject, *op, {});
      out_.back().other = other.column;
    } else {
      return false;  // two constants, equal columns, a length against a column
    }
    return true;
  }

  // "::type", any number of them: "::character varying(8)[]".
  bool Casts() {
    static constexpr std::string_view kTypeWords[] = {"varying", "precision", "without",
                                                      "with",    "time",      "zone"};
    while (Accept(Peek().type == Token::kCast)) {
      if (!Accept(Peek().type == Token::kWord)) return false;
      while (Peek().type == Token::kWord &&
             std::find(std::begin(kTypeWords), std::end(kTypeWords), LowerAscii(Peek().text)) !=
                 std::end(kTypeWords)) {
        ++pos_;
      }
      if (Accept(IsPunct("("))) {
        while (Peek().type == Token::kNumber || IsPunct(",")) ++pos_;
        if (!Accept(IsPunct(")"))) return false;
      }
      if (IsPunct("[") && IsPunct("]", 1)) pos_ += 2;
    }
    return true;
  }

  std::optional<std::string> FindColumn(const std::string& name, bool quoted) const {
    for (const Column& column : table_.columns) {
      if (column.name == name) return column.name;
    }
    if (quoted) return std::nullopt;
    const std::string lower = LowerAscii(name);
    for (const Column& column : table_.columns) {
      if (LowerAscii(column.name) == lower) return column.name;
    }
    return std::nullopt;
  }

  bool ParseOperand(Operand* out) {
    const Token& t = Peek();
    if (IsPunct("(")) {
      const size_t saved = pos_;
      ++pos_;
      if (ParseOperand(out) && Accept(IsPunct(")")) && Casts()) return true;
      pos_ = saved;
      return false;
    }
    if (t.type == Token::kMinus) {
      if (Peek(1).type != Token::kNumber) return false;
      out->kind = Operand::kLiteral;
      out->literal = {"-" + Peek(1).text, false};
      pos_ += 2;
      return Casts();
    }
    if (t.type == Token::kNumber || t.type == Token::kString) {
      out->kind = Operand::kLiteral;
      out->literal = {t.text, t.type == Token::kString};
      ++pos_;
      return Casts();
    }
    if (t.type == Token::kQuoted) {
      const std::optional<std::string> column = FindColumn(t.text, true);
      if (!column) return false;
      out->kind = Operand::kColumn;
      out->column = *column;
      ++pos_;
      return Casts();
    }
    if (t.type != Token::kWord) return false;
    const std::string word = LowerAscii(t.text);
    if (word == "true" || word == "false") {
      out->kind = Operand::kLiteral;
      out->literal = {word, false};
      ++pos_;
      return Casts();
    }
    if (IsPunct("(", 1)) {
      if (word != "length" && word != "char_length" && word != "character_length") return false;
      pos_ += 2;
      Operand inner;
      if (!ParseOperand(&inner) || inner.kind != Operand::kColumn || !Accept(IsPunct(")"))) {
        return false;
      }
      out->kind = Operand::kLength;
      out->column = inner.column;
      return Casts();
    }
    static constexpr std::string_view kKeywords[] = {"and",     "or",   "not", "in",  "is",
                                                     "between", "null", "any", "all", "array",
                                                     "like",    "glob", "escape"};
    if (std::find(std::begin(kKeywords), std::end(kKeywords), word) != std::end(kKeywords)) {
      return false;
    }
    const std::optional<std::string> column = FindColumn(t.text, false);
    if (!column) return false;
    out->kind = Operand::kColumn;
    out->column = *column;
    ++pos_;
    return Casts();
  }

  std::vector<Token> tokens_;
  const Table& table_;
  size_t pos_ = 0;
  std::vector<Condition> out_;
};

}  // namespace

ColumnType ParseColumnType(std::string_view declared, bool sqlite) {
  ColumnType type;
  const std::string lower = LowerAscii(declared);
  const std::string name = TypeName(lower);
  const std::vector<int> args = TypeArguments(lower);
  const int first = args.empty() ? 0 : args[0];
  auto integer = [&](int64_t min, int64_t max) {
    type.kind = TypeKind::kInteger;
    type.min = min;
    type.max = max;
  };
  if (Contains(name, "[]")) {
    // An array of a type made here: "integer[]", "character varying(20)[]".
    const size_t brackets = lower.find("[]");
    type.kind = TypeKind::kArray;
    type.element = std::string(declared.substr(0, brackets));
    const ColumnType element = ParseColumnType(type.element, sqlite);
    type.known = element.known && element.kind != TypeKind::kArray &&
                 element.kind != TypeKind::kJson && element.kind != TypeKind::kBlob;
  } else if (!sqlite && (name == "inet" || name == "cidr")) {
    type.kind = name == "inet" ? TypeKind::kInet : TypeKind::kCidr;
  } else if (!sqlite && (name == "macaddr" || name == "macaddr8")) {
    type.kind = TypeKind::kMacaddr;
    type.precision = name == "macaddr8" ? 8 : 6;  // bytes
  } else if (!sqlite && name == "interval") {
    type.kind = TypeKind::kInterval;
  } else if (!sqlite && name == "point") {
    type.kind = TypeKind::kPoint;
  } else if (!sqlite && name == "money") {
    type.kind = TypeKind::kMoney;
    type.scale = 2;
  } else if (!sqlite && (name == "bit" || name == "bit varying" || name == "varbit")) {
    type.kind = TypeKind::kBits;
    type.max_chars = first > 0 ? first : (name == "bit" ? 1 : 16);
    type.fixed_chars = name == "bit";
  } else if (name == "smallint" || name == "int2") {
    integer(-32768, 32767);
  } else if (name == "integer" || name == "int" || name == "int4") {
    integer(sqlite ? type.min : -2147483648LL, sqlite ? type.max : 2147483647LL);
  } else if (name == "bigint" || name == "int8") {
    integer(type.min, type.max);
  } else if (name == "real" || name == "float4" || name == "double precision" || name == "float8" ||
             name == "float" || name == "double") {
    type.kind = TypeKind::kReal;
    type.scale = 2;
  } else if (name == "numeric" || name == "decimal") {
    type.kind = TypeKind::kNumeric;
    type.precision = first;
    type.scale = args.size() > 1 ? args[1] : (args.empty() ? 2 : 0);
  } else if (name == "boolean" || name == "bool") {
    type.kind = TypeKind::kBoolean;
  } else if (name == "date") {
    type.kind = TypeKind::kDate;
  } else if (name == "timestamp" || name == "timestamp without time zone" || name == "datetime" ||
             name == "timestamp with time zone" || name == "timestamptz") {
    type.kind = TypeKind::kTimestamp;
    type.with_time_zone = Contains(name, "with time zone") || name == "timestamptz";
  } else if (name == "time" || name == "time without time zone" || name == "time with time zone" ||
             name == "timetz") {
    type.kind = TypeKind::kTime;
  } else if (name == "uuid") {
    type.kind = TypeKind::kUuid;
  } else if (name == "json" || name == "jsonb") {
    type.kind = TypeKind::kJson;
  } else if (name == "bytea" || name == "blob") {
    type.kind = TypeKind::kBlob;
  } else if (name == "character varying" || name == "varchar" || name == "character" ||
             name == "char" || name == "bpchar" || name == "nvarchar" || name == "nchar" ||
             name == "text" || name == "varying character" || name == "native character" ||
             name == "clob" || name == "string") {
    type.kind = TypeKind::kText;
    // PostgreSQL's bare "character" is char(1).
    type.max_chars = first > 0 ? first : ((name == "character" || name == "char") && !sqlite);
    type.fixed_chars = (name == "character" || name == "char" || name == "bpchar" ||
                        name == "nchar" || name == "native character") &&
                       type.max_chars > 0;
  } else if (sqlite) {
    // SQLite's affinity rules (datatype3.html, 3.1), in their order.
    if (Contains(name, "int")) {
      integer(type.min, type.max);
    } else if (Contains(name, "char") || Contains(name, "clob") || Contains(name, "text")) {
      type.max_chars = first;
    } else if (Contains(name, "blob")) {
      type.kind = TypeKind::kBlob;
    } else if (name.empty()) {
      type.kind = TypeKind::kText;  // no affinity: anything goes, text reads best
    } else if (Contains(name, "real") || Contains(name, "floa") || Contains(name, "doub")) {
      type.kind = TypeKind::kReal;
      type.scale = 2;
    } else if (Contains(name, "bool")) {
      type.kind = TypeKind::kBoolean;
    } else {
      type.kind = TypeKind::kNumeric;
      type.precision = first;
      type.scale = args.size() > 1 ? args[1] : (args.empty() ? 2 : 0);
    }
  } else {
    type.known = false;
  }
  return type;
}

std::optional<std::vector<Condition>> ParseCheck(std::string_view expression, const Table& table) {
  std::optional<std::vector<Token>> tokens = Tokenize(expression);
  if (!tokens) return std::nullopt;
  return CheckParser(*std::move(tokens), table).Parse();
}

bool Satisfies(const Value& value, const Condition& condition) {
  if (value.is_null()) return condition.op != CheckOp::kNotNull;
  if (condition.op == CheckOp::kIsNull) return false;
  if (!condition.other.empty()) return true;  // the row's (KeepPairs)
  if (condition.op == CheckOp::kLike || condition.op == CheckOp::kNotLike ||
      condition.op == CheckOp::kGlob || condition.op == CheckOp::kNotGlob) {
    if (condition.values.empty()) return false;
    if (condition.op == CheckOp::kNotGlob) {
      return !MatchesPattern(KeyText(value), condition.values.front().text, true);
    }
    if (condition.op == CheckOp::kNotLike) {
      // SQLite's LIKE ignores the case of ASCII letters, PostgreSQL's does
      // not: a value kept clear of the pattern in either case is clear of
      // it in both engines.
      return !MatchesPattern(LowerAscii(KeyText(value)),
                             LowerAscii(condition.values.front().text), false);
    }
    return MatchesPattern(KeyText(value), condition.values.front().text,
                          condition.op == CheckOp::kGlob);
  }
  std::optional<Value> length;
  if (condition.on_length) length.emplace(CharCount(KeyText(value)));
  const Value& subject = length ? *length : value;
  const bool read = condition.numbers.size() == condition.values.size();
  auto compare = [&](size_t i) {
    const Literal& literal = condition.values[i];
    return Compare(subject, literal, read ? condition.numbers[i] : NumberOf(literal));
  };
  switch (condition.op) {
    case CheckOp::kNotNull: return true;
    case CheckOp::kIn:
    case CheckOp::kNotIn: {
      bool found = false;
      for (size_t i = 0; i < condition.values.size() && !found; ++i) found = compare(i) == 0;
      return found == (condition.op == CheckOp::kIn);
    }
    default: break;
  }
  if (condition.values.empty()) return false;
  const std::optional<int> c = compare(0);
  if (!c) return false;
  switch (condition.op) {
    case CheckOp::kLt: return *c < 0;
    case CheckOp::kLe: return *c <= 0;
    case CheckOp::kGt: return *c > 0;
    case CheckOp::kGe: return *c >= 0;
    case CheckOp::kEq: return *c == 0;
    case CheckOp::kNe: return *c != 0;
    default: return false;
  }
}

std::string DescribeCondition(const Condition& condition) {
  std::string text = condition.on_length ? "length(" + condition.column + ")" : condition.column;
  auto literal = [](const Literal& l) { return l.quoted ? "'" + l.text + "'" : l.text; };
  static constexpr const char* kOps[] = {" < ", " <= ", " > ", " >= ", " = ", " <> "};
  switch (condition.op) {
    case CheckOp::kNotNull: text += " IS NOT NULL"; break;
    case CheckOp::kIsNull: text += " IS NULL"; break;
    case CheckOp::kLike:
    case CheckOp::kNotLike:
    case CheckOp::kGlob:
    case CheckOp::kNotGlob:
      text += (condition.op == CheckOp::kLike      ? " LIKE "
               : condition.op == CheckOp::kNotLike ? " NOT LIKE "
               : condition.op == CheckOp::kGlob    ? " GLOB "
                                                   : " NOT GLOB ") +
              literal(condition.values.front());
      break;
    case CheckOp::kIn:
    case CheckOp::kNotIn:
      text += condition.op == CheckOp::kIn ? " IN (" : " NOT IN (";
      for (size_t i = 0; i < condition.values.size(); ++i) {
        text += (i ? ", " : "") + literal(condition.values[i]);
      }
      text += ")";
      break;
    default:
      text += kOps[static_cast<int>(condition.op)];
      if (!condition.other.empty()) {
        text += condition.other;
      } else if (!condition.values.empty()) {
        text += literal(condition.values.front());
      }
      break;
  }
  if (!condition.guard.empty()) {
    text = condition.guard + (condition.guard_null ? " IS NULL OR " : " IS NOT NULL OR ") + text;
  }
  return text;
}

bool MatchesPattern(std::string_view text, std::string_view pattern, bool glob) {
  // Backtracking over the last wildcard, as both engines' matchers do.
  size_t t = 0, p = 0, star_p = std::string_view::npos, star_t = 0;
  auto one = [&](size_t& pi, char c) {
    // Whether pattern[pi...] (one element) matches c; advances pi.
    const char q = pattern[pi];
    if (glob && q == '[') {
      size_t k = pi + 1;
      const bool negate = k < pattern.size() && pattern[k] == '^';
      if (negate) ++k;
      bool in = false;
      bool first = true;
      for (; k < pattern.size() && (first || pattern[k] != ']'); ++k, first = false) {
        if (k + 2 < pattern.size() && pattern[k + 1] == '-' && pattern[k + 2] != ']') {
          in = in || (c >= pattern[k] && c <= pattern[k + 2]);
          k += 2;
        } else {
          in = in || c == pattern[k];
        }
      }
      pi = k + 1;
      return in != negate;
    }
    if (!glob && q == '\\' && pi + 1 < pattern.size()) {
      pi += 2;
      return c == pattern[pi - 1];
    }
    ++pi;
    return (glob ? q == '?' : q == '_') || q == c;
  };
  while (t < text.size()) {
    if (p < pattern.size() && pattern[p] == (glob ? '*' : '%')) {
      star_p = ++p;
      star_t = t;
      continue;
    }
    size_t next = p;
    if (p < pattern.size() && one(next, text[t])) {
      p = next;
      ++t;
      continue;
    }
    if (star_p == std::string_view::npos) return false;
    p = star_p;
    t = ++star_t;
  }
  while (p < pattern.size() && pattern[p] == (glob ? '*' : '%')) ++p;
  return p == pattern.size();
}

std::vector<PatternPart> PatternParts(std::string_view pattern, bool glob) {
  // A single-character wildcard: a letter or a digit, the letters in
  // upper case when the pattern's own letters are ('SKU-____': SKU-4KQ7).
  bool upper = false, lower = false;
  for (const char c : pattern) {
    upper = upper || (c >= 'A' && c <= 'Z');
    lower = lower || (c >= 'a' && c <= 'z');
  }
  const char* const kSingle = upper && !lower ? "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
                                              : "abcdefghijklmnopqrstuvwxyz0123456789";
  std::vector<PatternPart> parts;
  for (size_t p = 0; p < pattern.size(); ++p) {
    const char q = pattern[p];
    PatternPart part;
    if (q == (glob ? '*' : '%')) {
      part.any = true;
      part.members = kSingle;  // FromPattern's letters for the run
    } else if (q == (glob ? '?' : '_')) {
      part.members = kSingle;
      part.single = true;
    } else if (glob && q == '[') {
      // The members of the class (ranges expanded), or for [^...] the
      // letters and digits outside it.
      size_t k = p + 1;
      const bool negate = k < pattern.size() && pattern[k] == '^';
      if (negate) ++k;
      std::string members;
      bool first = true;
      for (; k < pattern.size() && (first || pattern[k] != ']'); ++k, first = false) {
        if (k + 2 < pattern.size() && pattern[k + 1] == '-' && pattern[k + 2] != ']') {
          for (char c = pattern[k]; c <= pattern[k + 2] && c != '\x7f'; ++c) members += c;
          k += 2;
        } else {
          members += pattern[k];
        }
      }
      p = k;
      if (negate) {
        std::string outside;
        for (const char c : std::string_view("abcdefghijklmnopqrstuvwxyz0123456789")) {
          if (members.find(c) == std::string::npos) outside += c;
        }
        members = std::move(outside);
      }
      std::sort(members.begin(), members.end());
      members.erase(std::unique(members.begin(), members.end()), members.end());
      if (members.empty()) continue;
      part.members = std::move(members);
    } else if (!glob && q == '\\' && p + 1 < pattern.size()) {
      part.members = std::string(1, pattern[++p]);
    } else {
      part.members = std::string(1, q);
    }
    parts.push_back(std::move(part));
  }
  return parts;
}

std::string FromPattern(std::string_view pattern, bool glob, Rng& rng) {
  std::string out;
  for (const PatternPart& part : PatternParts(pattern, glob)) {
    if (part.any) {
      // At least one letter: 'PR-%' is a prefix and something after it.
      const int64_t n = UniformInt(rng, 1, 6);
      for (int64_t i = 0; i < n; ++i) out += part.members[UniformBelow(rng, 26)];
    } else if (part.single) {
      out += part.members[UniformBelow(rng, 26)];  // _ or ?: a letter
    } else {
      out += part.members[UniformBelow(rng, part.members.size())];
    }
  }
  return out;
}

const Condition* PatternOf(const ColumnPlan& plan) {
  for (const Condition& c : plan.conditions) {
    if ((c.op == CheckOp::kLike || c.op == CheckOp::kGlob) && !c.values.empty() && !c.on_length) {
      return &c;
    }
  }
  return nullptr;
}

int64_t CharCount(std::string_view text) {
  int64_t n = 0;
  for (char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

std::optional<Value> LiteralValue(const Literal& literal, const ColumnType& type, bool sqlite) {
  const std::string lower = LowerAscii(literal.text);
  switch (type.kind) {
    case TypeKind::kInteger: {
      std::optional<int64_t> n = ParseInt(literal.text);
      if (!n) return std::nullopt;
      return Value(*n);
    }
    case TypeKind::kReal: {
      std::optional<double> d = ParseDouble(literal.text);
      if (!d) return std::nullopt;
      return Value(*d);
    }
    case TypeKind::kNumeric: {
      std::optional<double> d = ParseDouble(literal.text);
      if (!d) return std::nullopt;
      if (sqlite) return Value(*d);
      return Value(literal.text);
    }
    case TypeKind::kBoolean:
      if (lower == "true" || lower == "t" || lower == "1") return Value(true);
      if (lower == "false" || lower == "f" || lower == "0") return Value(false);
      return std::nullopt;
    default: return Value(literal.text);
  }
}

std::string KeyText(const Value& value) {
  char buffer[32];
  switch (value.kind()) {
    case ValueKind::kNull: return std::string();
    case ValueKind::kBool: return value.as_bool() ? "1" : "0";
    case ValueKind::kInt: {
      const auto end = std::to_chars(buffer, buffer + sizeof buffer, value.as_int()).ptr;
      return std::string(buffer, end);
    }
    case ValueKind::kDouble: {
      const auto end = std::to_chars(buffer, buffer + sizeof buffer, value.as_double()).ptr;
      return std::string(buffer, end);
    }
    case ValueKind::kString: return value.as_string();
  }
  return std::string();
}

}  // namespace generate_internal
}  // namespace db
}  // namespace gtest_data
