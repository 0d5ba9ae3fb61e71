-- A small shop for `gtest-data seed` tests: the same text runs on SQLite and
-- PostgreSQL (keys given by the generator, so no engine-specific serials).
CREATE TABLE customers (
  id integer PRIMARY KEY,
  email varchar(120) NOT NULL UNIQUE,
  first_name varchar(40) NOT NULL,
  last_name varchar(40) NOT NULL,
  city varchar(60),
  country_code char(2) NOT NULL,
  created_at timestamp NOT NULL
);
CREATE TABLE products (
  id integer PRIMARY KEY,
  sku varchar(16) NOT NULL UNIQUE,
  name varchar(80) NOT NULL,
  price_minor integer NOT NULL CHECK (price_minor > 0),
  status varchar(12) NOT NULL CHECK (status IN ('active', 'discontinued'))
);
CREATE TABLE orders (
  id integer PRIMARY KEY,
  customer_id integer NOT NULL REFERENCES customers (id),
  placed_at timestamp NOT NULL,
  note text
);
CREATE TABLE order_lines (
  order_id integer NOT NULL REFERENCES orders (id),
  line integer NOT NULL CHECK (line >= 1),
  product_id integer NOT NULL REFERENCES products (id),
  quantity integer NOT NULL CHECK (quantity BETWEEN 1 AND 10),
  PRIMARY KEY (order_id, line)
);
