// The database schema, as a list of migrations (docs/schema.md describes it).
// Append a migration to change the schema; never edit one that has shipped.
#pragma once

namespace qt::store {

inline constexpr const char* kMigrations[] = {
    // 1: articles. One row per revision of an article; `seq` is the ingest
    // order, which later stages use to order undated articles.
    R"sql(
CREATE TABLE articles (
  seq         INTEGER PRIMARY KEY,
  id          TEXT    NOT NULL,
  revision    INTEGER NOT NULL,
  outlet      TEXT,
  date        TEXT,
  title       TEXT,
  url         TEXT,
  text        TEXT    NOT NULL,
  hash        TEXT    NOT NULL,
  source      TEXT,
  ingested_at TEXT    NOT NULL,
  UNIQUE (id, revision)
);
CREATE INDEX articles_hash ON articles (hash);
CREATE VIEW current_articles AS
  SELECT a.* FROM articles a
  WHERE a.revision = (SELECT max(b.revision) FROM articles b WHERE b.id = a.id);
)sql",
};

}  // namespace qt::store
