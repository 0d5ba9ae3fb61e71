// Copyright 2026 The gtest_data Authors.

#include "gtest_data/db/postgres.h"

#include <libpq-fe.h>

#include <unistd.h>

#include <cctype>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "gtest_data/db/url.h"

namespace gtest_data {
namespace db {
namespace {

// Type OIDs from pg_type.
constexpr Oid kBool = 16;
constexpr Oid kInt8 = 20;
constexpr Oid kInt2 = 21;
constexpr Oid kInt4 = 23;
constexpr Oid kFloat4 = 700;
constexpr Oid kFloat8 = 701;

struct ResultDeleter {
  void operator()(PGresult* result) const { PQclear(result); }
};
using Result = std::unique_ptr<PGresult, ResultDeleter>;

std::string Shorten(std::string_view sql) {
  std::string out(sql.substr(0, 120));
  if (sql.size() > 120) out += "...";
  return out;
}

// libpq messages end with a newline; messages here do not.
std::string Trim(std::string text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  return text;
}

std::string ParamText(const Value& v) {
  switch (v.kind()) {
    case ValueKind::kBool: return v.as_bool() ? "true" : "false";
    case ValueKind::kInt: return std::to_string(v.as_int());
    case ValueKind::kDouble: {
      char buffer[32];
      std::snprintf(buffer, sizeof buffer, "%.17g", v.as_double());
      return buffer;
    }
    case ValueKind::kString: return v.as_string();
    case ValueKind::kNull: break;
  }
  return "";
}

// `v` in COPY's text format: backslash, tab, newline and carriage return
// escaped; booleans as t/f.
void AppendCopyText(const Value& v, std::string* out) {
  switch (v.kind()) {
    case ValueKind::kNull:
      *out += "\\N";
      return;
    case ValueKind::kBool:
      *out += v.as_bool() ? 't' : 'f';
      return;
    case ValueKind::kInt: {
      char digits[24];
      const auto end = std::to_chars(digits, digits + sizeof digits, v.as_int()).ptr;
      out->append(digits, end);
      return;
    }
    case ValueKind::kDouble: {
      char digits[32];
      const int n = std::snprintf(digits, sizeof digits, "%.17g", v.as_double());
      out->append(digits, static_cast<size_t>(n));
      return;
    }
    case ValueKind::kString: {
      const std::string& text = v.as_string();
      size_t from = 0;
      for (;;) {
        const size_t special = text.find_first_of("\\\t\n\r", from);
        if (special == std::string::npos) {
          out->append(text, from, std::string::npos);
          return;
        }
        out->append(text, from, special - from);
        switch (text[special]) {
          case '\\': *out += "\\\\"; break;
          case '\t': *out += "\\t"; break;
          case '\n': *out += "\\n"; break;
          default: *out += "\\r"; break;
        }
        from = special + 1;
      }
    }
  }
}

// "{1,2}" or "1 2" (int2vector) to numbers.
// "a\x1fb" -> {"a", "b"}: string_agg's output with the unit separator.
std::vector<std::string> SplitUnit(const std::string& text) {
  std::vector<std::string> parts(1);
  for (char c : text) {
    if (c == '\x1f') {
      parts.emplace_back();
    } else {
      parts.back() += c;
    }
  }
  return parts;
}

// A domain's "CHECK ((VALUE > 0))" as a table CHECK on `column`: the
// expression, VALUE (outside quotes) replaced by the column's quoted name.
std::string DomainCheckFor(const std::string& definition, const std::string& column) {
  std::string expression = definition;
  if (expression.rfind("CHECK ", 0) == 0) expression = expression.substr(6);
  std::string out;
  char quote = 0;
  for (size_t i = 0; i < expression.size(); ++i) {
    const char c = expression[i];
    if (quote != 0) {
      out += c;
      if (c == quote) quote = 0;
      continue;
    }
    if (c == '\'' || c == '"') {
      quote = c;
      out += c;
      continue;
    }
    auto word = [&](size_t at) {
      return at < expression.size() &&
             (std::isalnum(static_cast<unsigned char>(expression[at])) || expression[at] == '_');
    };
    if (expression.compare(i, 5, "VALUE") == 0 && !(i > 0 && word(i - 1)) && !word(i + 5)) {
      out += QuoteIdentifier(column);
      i += 4;
      continue;
    }
    out += c;
  }
  return out;
}

std::vector<int> Numbers(const std::string& text) {
  std::vector<int> out;
  std::string digits;
  for (char c : text + ",") {
    if ((c >= '0' && c <= '9') || c == '-') {
      digits += c;
    } else if (!digits.empty()) {
      out.push_back(std::atoi(digits.c_str()));
      digits.clear();
    }
  }
  return out;
}

// A connection used to create and drop databases, shared by a template and
// its copies.
struct Admin {
  explicit Admin(PGconn* c) : conn(c) {}
  ~Admin() {
    DropPending();
    Finish();
    PQfinish(conn);
  }
  // Drops the copies closed since the last call. Dropping right after the
  // close would wait for the copy's server process to exit (PostgreSQL
  // polls every 100 ms), so drops wait until the next copy is made; and the
  // last one is sent without waiting for it (the server drops it while the
  // test runs; the next command reads its result first), so a copy costs
  // the test one CREATE DATABASE and a connection, not a DROP as well.
  void DropPending() {
    for (size_t i = 0; i + 1 < pending_drops.size(); ++i) {
      Run(DropSql(pending_drops[i])).IgnoreError();
    }
    if (!pending_drops.empty()) {
      Finish();
      busy = PQsendQuery(conn, DropSql(pending_drops.back()).c_str()) == 1;
    }
    pending_drops.clear();
  }
  absl::Status Run(const std::string& sql) {
    Finish();
    Result result(PQexec(conn, sql.c_str()));
    if (PQresultStatus(result.get()) != PGRES_COMMAND_OK) {
      return absl::FailedPreconditionError("postgresql: " + sql + ": " +
                                           Trim(PQresultErrorMessage(result.get())));
    }
    return absl::OkStatus();
  }
  // Reads (and drops) the result of a statement sent without waiting.
  void Finish() {
    if (!busy) return;
    while (PGresult* r = PQgetResult(conn)) PQclear(r);
    busy = false;
  }
  static std::string DropSql(const std::string& name) {
    return "DROP DATABASE IF EXISTS " + QuoteIdentifier(name) + " WITH (FORCE)";
  }
  PGconn* conn;
  bool busy = false;                       // a DROP sent, its result unread
  std::vector<std::string> pending_drops;  // database names, unquoted
};

absl::StatusOr<PGconn*> Connect(const std::string& conninfo, const char* dbname);

// A database name unique to this process: "<prefix>_<pid>_<n>".
std::string UniqueName(std::string_view prefix) {
  static int made = 0;
  return std::string(prefix) + "_" + std::to_string(::getpid()) + "_" + std::to_string(++made);
}

class PostgresDatabase : public Database {
 public:
  PostgresDatabase(PGconn* conn, std::string conninfo)
      : conn_(conn), conninfo_(std::move(conninfo)) {}
  ~PostgresDatabase() override {
    PQfinish(conn_);
    if (on_close_) on_close_();
  }

  // Runs after the connection closes (drops a copy's database).
  void set_on_close(std::function<void()> on_close) { on_close_ = std::move(on_close); }
  const std::string& conninfo() const { return conninfo_; }

  std::string_view engine() const override { return "postgresql"; }

  std::string Placeholder(int index) const override { return "$" + std::to_string(index); }

  // BEGIN and the transaction's start in one round trip, for
  // TransactionMark() (DbTest asks for it right after).
  absl::Status Begin() override {
    if (load_) {
      absl::Status finished = FinishRows();
      if (!finished.ok()) return finished;
    }
    Result result(PQexec(conn_, "BEGIN; SELECT now()::text"));
    if (PQresultStatus(result.get()) != PGRES_TUPLES_OK || PQntuples(result.get()) != 1) {
      return Execute("BEGIN");  // the same error, in Execute's words
    }
    begun_at_ = PQgetvalue(result.get(), 0, 0);
    return absl::OkStatus();
  }

  absl::Status Execute(std::string_view sql) override {
    begun_at_.clear();
    // A load's error comes first, but the statement still runs (a
    // ROLLBACK must end the transaction the failed COPY aborted).
    const absl::Status finished = FinishRows();
    if (!finished.ok()) {
      Result ignored(PQexec(conn_, std::string(sql).c_str()));
      return finished;
    }
    Result result(PQexec(conn_, std::string(sql).c_str()));
    const ExecStatusType status = PQresultStatus(result.get());
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
      return Error("executing", sql, result.get());
    }
    return absl::OkStatus();
  }

  absl::StatusOr<std::vector<Row>> Query(std::string_view sql,
                                         const std::vector<Value>& params) override {
    begun_at_.clear();
    if (load_) {
      absl::Status finished = FinishRows();
      if (!finished.ok()) return finished;
    }
    std::vector<std::string> texts;
    texts.reserve(params.size());
    std::vector<const char*> pointers;
    for (const Value& v : params) {
      texts.push_back(ParamText(v));
      pointers.push_back(v.is_null() ? nullptr : texts.back().c_str());
    }
    Result result(PQexecParams(conn_, std::string(sql).c_str(), static_cast<int>(params.size()),
                               nullptr, pointers.data(), nullptr, nullptr, 0));
    const ExecStatusType status = PQresultStatus(result.get());
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
      return Error("running", sql, result.get());
    }
    std::vector<Row> rows;
    const int count = PQntuples(result.get());
    const int columns = PQnfields(result.get());
    rows.reserve(static_cast<size_t>(count));
    for (int r = 0; r < count; ++r) {
      Row row;
      row.Reserve(static_cast<size_t>(columns));
      for (int c = 0; c < columns; ++c) {
        Value value;
        if (!PQgetisnull(result.get(), r, c)) {
          const char* text = PQgetvalue(result.get(), r, c);
          switch (PQftype(result.get(), c)) {
            case kBool: value = Value(text[0] == 't'); break;
            case kInt2:
            case kInt4:
            case kInt8: value = Value(static_cast<int64_t>(std::strtoll(text, nullptr, 10))); break;
            case kFloat4:
            case kFloat8: value = Value(std::strtod(text, nullptr)); break;
            default:
              value = Value(std::string(text, static_cast<size_t>(PQgetlength(result.get(), r, c))));
          }
        }
        row.Set(PQfname(result.get(), c), std::move(value));
      }
      rows.push_back(std::move(row));
    }
    return rows;
  }

  absl::StatusOr<Schema> Introspect() override {
    // Every schema of the search path, as unqualified names resolve: a
    // table shadowed by one of the same name earlier in the path is left
    // out, as the SQL we write would never reach it.
    absl::StatusOr<std::vector<Row>> tables = Query(
        "SELECT c.oid::bigint AS oid, c.relname AS name, "
        "array_position(current_schemas(false), n.nspname::text) AS place FROM pg_class c "
        "JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = ANY (current_schemas(false)) AND c.relkind IN ('r', 'p') "
        "ORDER BY c.relname, place",
        {});
    if (!tables.ok()) return tables.status();
    // The tables unqualified names reach: a key whose parent is another
    // (shadowed, or in a schema off the path) names it qualified, so that
    // nothing mistakes the visible table of that name for it.
    std::set<int64_t> visible;
    {
      std::string name;
      for (const Row& t : *tables) {
        if (t.Get("name").as_string() == name) continue;
        name = t.Get("name").as_string();
        visible.insert(t.Get("oid").as_int());
      }
    }
    Schema schema;
    std::string previous;
    for (const Row& t : *tables) {
      Table table;
      table.name = t.Get("name").as_string();
      if (table.name == previous) continue;  // shadowed
      previous = table.name;
      const Value oid = t.Get("oid");
      // An enum's labels come along; a domain is read as its base type,
      // NOT NULL and CHECKs included.
      absl::StatusOr<std::vector<Row>> columns = Query(
          "SELECT a.attnum::int AS num, a.attname AS name, "
          "CASE WHEN t.typtype = 'd' THEN format_type(t.typbasetype, t.typtypmod) "
          "ELSE format_type(a.atttypid, a.atttypmod) END AS type, "
          "a.attnotnull OR (t.typtype = 'd' AND t.typnotnull) AS not_null, "
          "CASE WHEN t.typtype = 'd' THEN format_type(a.atttypid, NULL) END AS domain, "
          "(SELECT string_agg(e.enumlabel, E'\\x1f' ORDER BY e.enumsortorder) FROM pg_enum e "
          " WHERE e.enumtypid IN (t.oid, t.typbasetype, t.typelem)) "
          "AS labels, "
          "(SELECT string_agg(pg_get_constraintdef(dc.oid), E'\\x1f') FROM pg_constraint dc "
          " WHERE dc.contypid = a.atttypid AND dc.contype = 'c') AS domain_checks, "
          "pg_get_expr(d.adbin, d.adrelid) AS dflt FROM pg_attribute a "
          "JOIN pg_type t ON t.oid = a.atttypid "
          "LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum "
          // Generated columns are left out, as SQLite's introspection does:
          // nothing may write them.
          "WHERE a.attrelid = $1::bigint::oid AND a.attnum > 0 AND NOT a.attisdropped "
          "AND a.attgenerated = '' "
          "ORDER BY a.attnum",
          {oid});
      if (!columns.ok()) return columns.status();
      std::map<int, std::string> by_number;
      for (const Row& c : *columns) {
        Column column;
        column.name = c.Get("name").as_string();
        column.type = c.Get("type").as_string();
        column.not_null = c.Get("not_null").as_bool();
        if (!c.Get("domain").is_null()) column.domain = c.Get("domain").as_string();
        if (!c.Get("labels").is_null()) column.enum_labels = SplitUnit(c.Get("labels").as_string());
        if (!c.Get("domain_checks").is_null()) {
          for (const std::string& check : SplitUnit(c.Get("domain_checks").as_string())) {
            table.checks.push_back(DomainCheckFor(check, column.name));
          }
        }
        if (!c.Get("dflt").is_null()) column.default_sql = c.Get("dflt").as_string();
        by_number[static_cast<int>(c.Get("num").as_int())] = column.name;
        table.columns.push_back(std::move(column));
      }
      auto names = [&](const std::string& numbers, std::vector<std::string>* out) {
        for (int n : Numbers(numbers)) {
          if (n == 0) return false;  // an expression, not a column
          out->push_back(by_number[n]);
        }
        return true;
      };
      absl::StatusOr<std::vector<Row>> constraints = Query(
          "SELECT con.contype::text AS kind, con.conname AS name, con.conkey::text AS keys, "
          "con.confkey::text AS parent_keys, con.confrelid::bigint AS parent_oid, "
          "fc.relname AS parent, fn.nspname AS parent_schema, "
          "pg_get_expr(con.conbin, con.conrelid) AS check_sql, "
          "con.condeferrable::int AS deferrable "
          "FROM pg_constraint con LEFT JOIN pg_class fc ON fc.oid = con.confrelid "
          "LEFT JOIN pg_namespace fn ON fn.oid = fc.relnamespace "
          "WHERE con.conrelid = $1::bigint::oid ORDER BY con.conname",
          {oid});
      if (!constraints.ok()) return constraints.status();
      std::vector<std::pair<int64_t, std::string>> pending_parents;  // fk index -> parent keys
      for (const Row& con : *constraints) {
        const std::string kind = con.Get("kind").as_string();
        const bool deferrable = con.Get("deferrable").as_int() != 0;
        if (kind == "p") {
          names(con.Get("keys").as_string(), &table.primary_key);
          table.primary_key_deferrable = deferrable;
        } else if (kind == "u") {
          UniqueConstraint unique{con.Get("name").as_string(), {}, deferrable};
          if (names(con.Get("keys").as_string(), &unique.columns)) {
            table.uniques.push_back(std::move(unique));
          }
        } else if (kind == "f") {
          ForeignKey fk;
          fk.deferrable = deferrable;
          fk.parent_table = con.Get("parent").as_string();
          if (visible.count(con.Get("parent_oid").as_int()) == 0) {
            fk.parent_table = con.Get("parent_schema").as_string() + "." + fk.parent_table;
          }
          names(con.Get("keys").as_string(), &fk.columns);
          table.foreign_keys.push_back(std::move(fk));
          pending_parents.emplace_back(con.Get("parent_oid").as_int(),
                                       con.Get("parent_keys").as_string());
        } else if (kind == "c") {
          table.checks.push_back(con.Get("check_sql").as_string());
        }
      }
      for (size_t i = 0; i < pending_parents.size(); ++i) {
        absl::StatusOr<std::vector<Row>> parent = Query(
            "SELECT a.attnum::int AS num, a.attname AS name FROM pg_attribute a "
            "WHERE a.attrelid = $1::bigint::oid AND a.attnum > 0",
            {Value(pending_parents[i].first)});
        if (!parent.ok()) return parent.status();
        std::map<int, std::string> parent_names;
        for (const Row& p : *parent) {
          parent_names[static_cast<int>(p.Get("num").as_int())] = p.Get("name").as_string();
        }
        for (int n : Numbers(pending_parents[i].second)) {
          table.foreign_keys[i].parent_columns.push_back(parent_names[n]);
        }
      }
      for (Column& column : table.columns) {
        for (size_t k = 0; k < table.primary_key.size(); ++k) {
          if (table.primary_key[k] == column.name) column.primary_key_position = static_cast<int>(k) + 1;
        }
      }
      // Unique indexes made with CREATE UNIQUE INDEX (no constraint).
      absl::StatusOr<std::vector<Row>> indexes = Query(
          "SELECT i.relname AS name, ix.indkey::text AS keys FROM pg_index ix "
          "JOIN pg_class i ON i.oid = ix.indexrelid WHERE ix.indrelid = $1::bigint::oid "
          "AND ix.indisunique AND NOT ix.indisprimary AND ix.indpred IS NULL AND NOT EXISTS "
          "(SELECT 1 FROM pg_constraint c WHERE c.conindid = ix.indexrelid) ORDER BY i.relname",
          {oid});
      if (!indexes.ok()) return indexes.status();
      for (const Row& index : *indexes) {
        UniqueConstraint unique{index.Get("name").as_string(), {}};
        if (names(index.Get("keys").as_string(), &unique.columns)) {
          table.uniques.push_back(std::move(unique));
        }
      }
      schema.tables.push_back(std::move(table));
    }
    return schema;
  }

  absl::Status InsertRows(std::string_view table, const std::vector<std::string>& columns,
                          const std::vector<const Row*>& rows) override {
    begun_at_.clear();
    if (load_) {
      absl::Status finished = FinishRows();
      if (!finished.ok()) return finished;
    }
    if (columns.empty()) return InsertDefaults(table, rows.size());
    absl::Status started = StartCopy(table, columns);
    if (!started.ok()) return started;
    const bool sent = SendRows(columns, rows);
    return EndCopy(std::string(table), sent);
  }

  absl::Status AppendRows(std::string_view table, const std::vector<std::string>& columns,
                          const std::vector<const Row*>& rows) override {
    begun_at_.clear();
    if (load_ && (load_->table != table || load_->columns != columns)) {
      absl::Status finished = FinishRows();
      if (!finished.ok()) return finished;
    }
    if (columns.empty()) return InsertDefaults(table, rows.size());
    if (!load_) {
      absl::Status started = StartCopy(table, columns);
      if (!started.ok()) return started;
      load_.emplace(Load{std::string(table), columns});
    }
    if (!SendRows(columns, rows)) {
      const std::string name = load_->table;
      load_.reset();
      return EndCopy(name, /*sent=*/false);
    }
    return absl::OkStatus();
  }

  absl::Status FinishRows() override {
    if (!load_) return absl::OkStatus();
    const std::string name = load_->table;
    load_.reset();
    return EndCopy(name, /*sent=*/true);
  }

 private:
  // An AppendRows() load under way: one COPY the pieces go into.
  struct Load {
    std::string table;
    std::vector<std::string> columns;
  };

  absl::Status InsertDefaults(std::string_view table, size_t rows) {
    for (size_t r = 0; r < rows; ++r) {
      absl::Status s = Execute("INSERT INTO " + QuoteIdentifier(table) + " DEFAULT VALUES");
      if (!s.ok()) return s;
    }
    return absl::OkStatus();
  }

  absl::Status StartCopy(std::string_view table, const std::vector<std::string>& columns) {
    std::string sql = "COPY " + QuoteIdentifier(table) + " (";
    for (size_t c = 0; c < columns.size(); ++c) sql += (c ? ", " : "") + QuoteIdentifier(columns[c]);
    sql += ") FROM STDIN";
    Result start(PQexec(conn_, sql.c_str()));
    if (PQresultStatus(start.get()) != PGRES_COPY_IN) {
      return absl::InvalidArgumentError("postgresql: inserting into " + std::string(table) + ": " +
                                        Trim(PQresultErrorMessage(start.get())));
    }
    return absl::OkStatus();
  }

  // The rows in COPY's text format: tab-separated, \N for null, backslash
  // escapes. False when the connection refused the data.
  bool SendRows(const std::vector<std::string>& columns, const std::vector<const Row*>& rows) {
    std::string& buffer = copy_buffer_;
    buffer.clear();
    bool sent = true;
    for (size_t r = 0; r < rows.size() && sent; ++r) {
      for (size_t c = 0; c < columns.size(); ++c) {
        if (c) buffer += '\t';
        const Value* v = ColumnValue(*rows[r], columns, c);
        if (v == nullptr || v->is_null()) {
          buffer += "\\N";
          continue;
        }
        AppendCopyText(*v, &buffer);
      }
      buffer += '\n';
      if (buffer.size() >= (1 << 16)) {
        sent = PQputCopyData(conn_, buffer.data(), static_cast<int>(buffer.size())) == 1;
        buffer.clear();
      }
    }
    if (sent && !buffer.empty()) {
      sent = PQputCopyData(conn_, buffer.data(), static_cast<int>(buffer.size())) == 1;
    }
    buffer.clear();
    return sent;
  }

  // Ends the COPY; an error names the row (0-based, from the COPY's first).
  absl::Status EndCopy(const std::string& table, bool sent) {
    PQputCopyEnd(conn_, sent ? nullptr : "client failed to send");
    absl::Status status = absl::OkStatus();
    while (PGresult* raw = PQgetResult(conn_)) {
      Result result(raw);
      if (PQresultStatus(raw) != PGRES_COMMAND_OK && status.ok()) {
        const std::string why = Trim(PQresultErrorMessage(raw));
        // "CONTEXT:  COPY t, line 3, column b: ..." names the row, 1-based.
        std::string where;
        const size_t line = why.find(", line ");
        if (line != std::string::npos) {
          const long number = std::strtol(why.c_str() + line + 7, nullptr, 10);
          if (number > 0) where = " row " + std::to_string(number - 1);
        }
        status = absl::InvalidArgumentError("postgresql: " + table + where + ": " + why);
      }
    }
    return status;
  }

  bool InTransaction() const override { return PQtransactionStatus(conn_) != PQTRANS_IDLE; }
  bool TransactionAborted() const override {
    return PQtransactionStatus(conn_) == PQTRANS_INERROR;
  }
  // The open transaction's start (now() is fixed for a transaction, and it
  // is the arrival of the message that began it: a later transaction, even
  // one begun by "COMMIT; BEGIN" in one string, has another, unless both
  // began in one message, which DbTest's never does: its BEGIN is a
  // message of its own).
  absl::StatusOr<bool> ForeignKeysChecked() override {
    // The key triggers run only when session_replication_role is origin.
    absl::StatusOr<std::vector<Row>> role =
        Query("SELECT current_setting('session_replication_role') AS r", {});
    if (!role.ok()) return role.status();
    return !role->empty() && role->front().Get("r").as_string() == "origin";
  }

  std::string TransactionMark() override {
    if (PQtransactionStatus(conn_) != PQTRANS_INTRANS) return std::string();
    if (!begun_at_.empty()) return begun_at_;  // nothing ran since Begin()
    absl::StatusOr<std::vector<Row>> now = Query("SELECT now()::text AS t", {});
    if (!now.ok() || now->empty()) return std::string();
    return now->front().Get("t").as_string();
  }

  std::string ConnectionString() const override {
    std::string out;
    PQconninfoOption* options = PQconninfo(conn_);
    for (PQconninfoOption* o = options; o != nullptr && o->keyword != nullptr; ++o) {
      if (o->val == nullptr || *o->val == '\0') continue;
      const std::string keyword = o->keyword;
      if (keyword != "host" && keyword != "hostaddr" && keyword != "port" && keyword != "user" &&
          keyword != "password" && keyword != "dbname" && keyword != "sslmode") {
        continue;
      }
      // Values quoted as libpq reads them: 'a b' with \' and \\ escaped.
      std::string value;
      for (const char* c = o->val; *c != '\0'; ++c) {
        if (*c == '\'' || *c == '\\') value += '\\';
        value += *c;
      }
      out += (out.empty() ? "" : " ") + keyword + "='" + value + "'";
    }
    PQconninfoFree(options);
    return out;
  }

  absl::Status StartUsage() override {
    absl::StatusOr<std::map<std::string, Counts>> base = ReadCounts();
    if (!base.ok()) return base.status();
    usage_base_ = *std::move(base);
    tracking_ = true;
    return absl::OkStatus();
  }

  absl::StatusOr<std::vector<TableUsage>> TakeUsage() override {
    if (!tracking_) return std::vector<TableUsage>();
    tracking_ = false;
    absl::StatusOr<std::map<std::string, Counts>> now = ReadCounts();
    if (!now.ok()) return now.status();
    std::vector<TableUsage> out;
    for (const auto& [table, counts] : *now) {
      Counts before;
      if (auto it = usage_base_.find(table); it != usage_base_.end()) before = it->second;
      TableUsage usage;
      usage.table = table;
      usage.inserted = counts.inserted - before.inserted;
      usage.updated = counts.updated - before.updated;
      usage.deleted = counts.deleted - before.deleted;
      usage.read = counts.scans > before.scans;
      usage.written = usage.inserted + usage.updated + usage.deleted > 0;
      if (usage.read || usage.written) out.push_back(std::move(usage));
    }
    return out;
  }

  absl::StatusOr<std::unique_ptr<DatabaseTemplate>> SaveAsTemplate() override;

 private:
  struct Counts {
    int64_t scans = 0;
    int64_t inserted = 0;
    int64_t updated = 0;
    int64_t deleted = 0;
  };

  // The table statistics of the current schema: what earlier transactions
  // reported plus what this one has pending. Outside a transaction the
  // backend is first made to report its own pending counts (PostgreSQL 15
  // otherwise delays them by up to a second).
  absl::StatusOr<std::map<std::string, Counts>> ReadCounts() {
    if (PQtransactionStatus(conn_) == PQTRANS_IDLE && PQserverVersion(conn_) >= 150000) {
      absl::StatusOr<std::vector<Row>> flushed = Query("SELECT pg_stat_force_next_flush()", {});
      if (!flushed.ok()) return flushed.status();
    }
    absl::StatusOr<std::vector<Row>> rows = Query(
        "SELECT relname::text AS name, sum(scans)::bigint AS scans, sum(ins)::bigint AS ins, "
        "sum(upd)::bigint AS upd, sum(del)::bigint AS del FROM ("
        " SELECT relname, seq_scan + coalesce(idx_scan, 0) AS scans, n_tup_ins AS ins,"
        " n_tup_upd AS upd, n_tup_del AS del FROM pg_stat_user_tables"
        " WHERE schemaname = coalesce(current_schema(), 'public')"
        " UNION ALL"
        " SELECT relname, seq_scan + coalesce(idx_scan, 0), n_tup_ins, n_tup_upd, n_tup_del"
        " FROM pg_stat_xact_user_tables"
        " WHERE schemaname = coalesce(current_schema(), 'public')"
        ") s GROUP BY relname",
        {});
    if (!rows.ok()) return rows.status();
    std::map<std::string, Counts> out;
    for (const Row& row : *rows) {
      Counts& counts = out[row.Get("name").as_string()];
      counts.scans = row.Get("scans").as_int();
      counts.inserted = row.Get("ins").as_int();
      counts.updated = row.Get("upd").as_int();
      counts.deleted = row.Get("del").as_int();
    }
    // The next read sees fresh statistics, not this transaction's cache.
    absl::StatusOr<std::vector<Row>> cleared = Query("SELECT pg_stat_clear_snapshot()", {});
    if (!cleared.ok()) return cleared.status();
    return out;
  }

  static absl::Status Error(const std::string& doing, std::string_view sql, PGresult* result) {
    return absl::InvalidArgumentError("postgresql: " + doing + " \"" + Shorten(sql) +
                                      "\": " + Trim(PQresultErrorMessage(result)));
  }

  std::optional<Load> load_;  // AppendRows() under way
  std::string copy_buffer_;   // SendRows()'s, kept for its room
  std::string begun_at_;  // Begin()'s now(), until the next statement
  PGconn* conn_;
  std::string conninfo_;
  std::function<void()> on_close_;
  std::map<std::string, Counts> usage_base_;
  bool tracking_ = false;
};

// A database made from the saved one; copies are made from it and it is
// dropped with the template.
class PostgresTemplate : public DatabaseTemplate {
 public:
  PostgresTemplate(std::shared_ptr<Admin> admin, std::string conninfo, std::string name,
                   std::string search_path)
      : admin_(std::move(admin)),
        conninfo_(std::move(conninfo)),
        name_(std::move(name)),
        search_path_(std::move(search_path)) {}
  ~PostgresTemplate() override {
    admin_->DropPending();
    admin_->Run("DROP DATABASE IF EXISTS " + QuoteIdentifier(name_) + " WITH (FORCE)")
        .IgnoreError();
  }

  absl::StatusOr<std::unique_ptr<Database>> NewCopy() override {
    const std::string copy = UniqueName("gtest_data_copy");
    absl::Status created = admin_->Run("CREATE DATABASE " + QuoteIdentifier(copy) + " TEMPLATE " +
                                       QuoteIdentifier(name_));
    if (!created.ok()) return created;
    absl::StatusOr<PGconn*> conn = Connect(conninfo_, copy.c_str());
    if (!conn.ok()) {
      admin_->Run("DROP DATABASE IF EXISTS " + QuoteIdentifier(copy)).IgnoreError();
      return conn.status();
    }
    auto db = std::make_unique<PostgresDatabase>(*conn, conninfo_);
    db->set_on_close([admin = admin_, copy] { admin->pending_drops.push_back(copy); });
    admin_->DropPending();
    absl::StatusOr<std::vector<Row>> set =
        db->Query("SELECT set_config('search_path', $1, false)", {Value(search_path_)});
    if (!set.ok()) return set.status();
    return std::unique_ptr<Database>(std::move(db));
  }

 private:
  std::shared_ptr<Admin> admin_;
  std::string conninfo_;
  std::string name_;
  std::string search_path_;
};

absl::StatusOr<std::unique_ptr<DatabaseTemplate>> PostgresDatabase::SaveAsTemplate() {
    if (load_) {
      absl::Status finished = FinishRows();
      if (!finished.ok()) return finished;
    }
  if (PQtransactionStatus(conn_) != PQTRANS_IDLE) {
    return absl::FailedPreconditionError(
        "postgresql: a template cannot be saved while a transaction is open");
  }
  const std::string current = PQdb(conn_);
  // Copies search the same schemas as this connection does.
  absl::StatusOr<std::vector<Row>> path = Query("SELECT current_setting('search_path') AS p", {});
  if (!path.ok()) return path.status();
  const std::string search_path = path->front().Get("p").as_string();
  // CREATE DATABASE ... TEMPLATE needs the source free of other sessions,
  // ours and the admin's included.
  // The admin works from the database the connection string names (for a
  // database made by CreatePostgresDatabase, the one it was made from), or
  // from postgres (template1) when that is the source itself.
  absl::StatusOr<PGconn*> admin_conn = Connect(conninfo_, nullptr);
  if (admin_conn.ok() && current == PQdb(*admin_conn)) {
    PQfinish(*admin_conn);
    admin_conn = Connect(conninfo_, current == "postgres" ? "template1" : "postgres");
  }
  if (!admin_conn.ok()) return admin_conn.status();
  auto admin = std::make_shared<Admin>(*admin_conn);
  const std::string name = UniqueName("gtest_data_template");
  PQfinish(conn_);
  conn_ = nullptr;
  absl::Status created = admin->Run("CREATE DATABASE " + QuoteIdentifier(name) + " TEMPLATE " +
                                    QuoteIdentifier(current));
  absl::StatusOr<PGconn*> reopened = Connect(conninfo_, current.c_str());
  if (!reopened.ok()) {
    // Keep a connection object so later calls fail cleanly rather than crash.
    conn_ = PQconnectdb("");
    return reopened.status();
  }
  conn_ = *reopened;
  // The new session searches the schemas the old one did (schema SQL may
  // have set search_path).
  absl::StatusOr<std::vector<Row>> set =
      Query("SELECT set_config('search_path', $1, false)", {Value(search_path)});
  if (!set.ok()) return set.status();
  if (!created.ok()) return created;
  return std::unique_ptr<DatabaseTemplate>(
      new PostgresTemplate(std::move(admin), conninfo_, name, search_path));
}

absl::StatusOr<PGconn*> Connect(const std::string& conninfo, const char* dbname) {
  // The first dbname is expanded as a connection string; the second, when
  // given, overrides the database it names. libpq's messages may quote the
  // connection string, so they are scrubbed of its password.
  const char* keywords[] = {"dbname", dbname != nullptr ? "dbname" : nullptr, nullptr};
  const char* values[] = {conninfo.c_str(), dbname, nullptr};
  PGconn* conn = PQconnectdbParams(keywords, values, /*expand_dbname=*/1);
  if (PQstatus(conn) != CONNECTION_OK) {
    const char* host = PQhost(conn);
    const char* port = PQport(conn);
    const char* db = PQdb(conn);
    const std::string where = std::string(host != nullptr ? host : "?") + ":" +
                              (port != nullptr ? port : "?") + "/" + (db != nullptr ? db : "?");
    const std::string why = Trim(PQerrorMessage(conn));
    PQfinish(conn);
    std::string message = "postgresql: cannot connect to " + where + ": " + why;
    absl::StatusOr<DatabaseUrl> url = DatabaseUrl::Parse(conninfo);
    if (url.ok()) message = url->Scrub(message);
    return absl::UnavailableError(message);
  }
  // Messages in English whatever the server's locale; quiet notices.
  PGresult* quiet = PQexec(conn, "SET client_min_messages = warning");
  PQclear(quiet);
  return conn;
}

}  // namespace

absl::StatusOr<std::unique_ptr<Database>> OpenPostgres(std::string_view connection) {
  // Our parser first: its errors never name the password, and it refuses
  // the URLs libpq would split inside a password (an unescaped '@').
  absl::StatusOr<DatabaseUrl> url = DatabaseUrl::Parse(connection);
  if (!url.ok()) return absl::InvalidArgumentError("postgresql: " + std::string(url.status().message()));
  if (url->engine() != DatabaseUrl::Engine::kPostgresql) {
    return absl::InvalidArgumentError("postgresql: " + url->redacted() +
                                      " is not a PostgreSQL URL; expected "
                                      "postgresql://USER@HOST:PORT/DB or \"host=H port=P "
                                      "user=U dbname=D\"");
  }
  const std::string text(connection);
  char* parse_error = nullptr;
  PQconninfoOption* options = PQconninfoParse(text.c_str(), &parse_error);
  if (options == nullptr) {
    const std::string why = parse_error != nullptr ? Trim(parse_error) : "out of memory";
    PQfreemem(parse_error);
    return absl::InvalidArgumentError(
        url->Scrub("postgresql: malformed connection string \"" + url->redacted() + "\": " +
                   why + "; expected postgresql://USER@HOST:PORT/DB or \"host=H port=P "
                         "user=U dbname=D\""));
  }
  PQconninfoFree(options);
  absl::StatusOr<PGconn*> conn = Connect(text, nullptr);
  if (!conn.ok()) return conn.status();
  return std::unique_ptr<Database>(new PostgresDatabase(*conn, text));
}

absl::StatusOr<std::unique_ptr<Database>> CreatePostgresDatabase(std::string_view connection,
                                                                 std::string_view name) {
  absl::StatusOr<std::unique_ptr<Database>> checked = OpenPostgres(connection);
  if (!checked.ok()) return checked.status();
  checked->reset();
  const std::string text(connection);
  absl::StatusOr<PGconn*> admin_conn = Connect(text, nullptr);
  if (!admin_conn.ok()) return admin_conn.status();
  auto admin = std::make_shared<Admin>(*admin_conn);
  const std::string database(name);
  absl::Status created =
      admin->Run("CREATE DATABASE " + QuoteIdentifier(database) + " TEMPLATE template0");
  if (!created.ok()) return created;
  absl::StatusOr<PGconn*> conn = Connect(text, database.c_str());
  if (!conn.ok()) {
    admin->Run("DROP DATABASE IF EXISTS " + QuoteIdentifier(database)).IgnoreError();
    return conn.status();
  }
  auto db = std::make_unique<PostgresDatabase>(*conn, text);
  db->set_on_close([admin, database] {
    admin->Run("DROP DATABASE IF EXISTS " + QuoteIdentifier(database) + " WITH (FORCE)")
        .IgnoreError();
  });
  return std::unique_ptr<Database>(std::move(db));
}

}  // namespace db
}  // namespace gtest_data
