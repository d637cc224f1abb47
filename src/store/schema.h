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
    // 2: quotations and their variant clusters. An article row's
    // analysis_version says which version of the analysis produced its
    // quotes; rows behind the current version are analysed again by the
    // next ingest. quote_keys indexes each quotation's word pairs
    // (match/quote_words.h) to find its variants without comparing all pairs.
    R"sql(
ALTER TABLE articles ADD COLUMN analysis_version INTEGER NOT NULL DEFAULT 0;
CREATE INDEX articles_analysis ON articles (analysis_version);
CREATE TABLE quotes (
  qid           INTEGER PRIMARY KEY,
  article_seq   INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
  n             INTEGER NOT NULL,
  id            TEXT    NOT NULL,
  start         INTEGER NOT NULL,
  end           INTEGER NOT NULL,
  text          TEXT    NOT NULL,
  kind          TEXT    NOT NULL,
  speaker       TEXT,
  speaker_start INTEGER,
  speaker_end   INTEGER,
  role          TEXT,
  cue           TEXT,
  addressee     TEXT,
  via           TEXT,
  nested_in     TEXT,
  closed        INTEGER NOT NULL,
  words         TEXT,
  nkeys         INTEGER NOT NULL DEFAULT 0,
  cluster       INTEGER,
  UNIQUE (article_seq, n)
);
CREATE INDEX quotes_speaker ON quotes (speaker);
CREATE INDEX quotes_cluster ON quotes (cluster);
CREATE TABLE quote_keys (
  key   INTEGER NOT NULL,
  quote INTEGER NOT NULL REFERENCES quotes (qid) ON DELETE CASCADE,
  nkeys INTEGER NOT NULL,  -- the quotation's number of keys, to filter before fetching it
  PRIMARY KEY (key, quote)
) WITHOUT ROWID;
CREATE INDEX quote_keys_quote ON quote_keys (quote);
)sql",
    // 3: stories. articles.story is the story an article row joined when it
    // was clustered (NULL: not yet); stories merge later, so the story of a
    // row is found through the clusterer's state, saved whole in story_state
    // (match/story_clusterer.h) so that the next batch continues it.
    R"sql(
ALTER TABLE articles ADD COLUMN story INTEGER;
CREATE INDEX articles_story ON articles (story);
CREATE TABLE story_state (
  id    INTEGER PRIMARY KEY CHECK (id = 1),
  state BLOB NOT NULL
);
)sql",
    // 4: disputes. quotes.dispute is the dispute cue ("denied") of a
    // quotation that contests a claim.
    R"sql(
ALTER TABLE quotes ADD COLUMN dispute TEXT;
)sql",
    // 5: copies and shared passages (pipeline/copy_detection.h). A row in
    // article_signatures has been through copy detection: its MinHash
    // signature and its passage anchors (sampled shingle hashes, 8 bytes
    // each) are what the in-memory index of the next ingest is rebuilt from.
    // articles.copy_group is the smallest seq of the row's copy group (NULL:
    // a copy of nothing); copy_links holds the verified pairs behind groups.
    R"sql(
CREATE TABLE article_signatures (
  seq       INTEGER PRIMARY KEY REFERENCES articles (seq) ON DELETE CASCADE,
  shingles  INTEGER NOT NULL,
  signature BLOB    NOT NULL,
  anchors   BLOB    NOT NULL
);
ALTER TABLE articles ADD COLUMN copy_group INTEGER;
CREATE INDEX articles_copy_group ON articles (copy_group);
CREATE TABLE copy_links (
  a          INTEGER NOT NULL,
  b          INTEGER NOT NULL,
  coverage   REAL    NOT NULL,
  PRIMARY KEY (a, b)
) WITHOUT ROWID;
CREATE TABLE passages (
  a_seq   INTEGER NOT NULL,
  a_start INTEGER NOT NULL,
  a_end   INTEGER NOT NULL,
  b_seq   INTEGER NOT NULL,
  b_start INTEGER NOT NULL,
  b_end   INTEGER NOT NULL,
  PRIMARY KEY (a_seq, b_seq, a_start)
) WITHOUT ROWID;
CREATE INDEX passages_b ON passages (b_seq);
)sql",
    // 6: the word-pair index of quotations is held in memory and rebuilt
    // from quotes.words (pipeline/variant_clustering.h); quotes.nkeys is no
    // longer written.
    R"sql(
DROP TABLE quote_keys;
)sql",
    // 7: the story a row joined moves to article_stories, two integers a
    // row. Setting articles.story for a million rows in one transaction put
    // every article row's page (and its index) in the WAL: gigabytes. Every
    // row up to the highest seq in article_stories is clustered (each
    // ingest clusters all its rows in one transaction), so the rows still
    // to cluster are those above it. articles.story is no longer written
    // (dropping a column rewrites the table).
    R"sql(
CREATE TABLE article_stories (
  seq   INTEGER PRIMARY KEY,
  story INTEGER NOT NULL
);
INSERT INTO article_stories SELECT seq, story FROM articles WHERE story IS NOT NULL;
DROP INDEX articles_story;
)sql",
    // 8: passage anchors are stored as the 32-bit tags the index holds
    // (match::PostingTable::TagOf), half their 8 bytes: a million articles'
    // anchors took 1.7 GB. Rows stored before keep their 64-bit anchors,
    // tagged when read; new rows leave `anchors` empty.
    R"sql(
ALTER TABLE article_signatures ADD COLUMN anchor_tags BLOB;
)sql",
    // 9: variant clusters merge in cluster_merges (a merged cluster number,
    // and the one it is part of now) instead of rewriting their quotations'
    // rows: late in a million-article ingest, rewriting large clusters was
    // two fifths of the writer's time. quotes.cluster is the cluster a row
    // was written with; clustered_quotes reads it as it is now. No query
    // looks a row up by its written cluster any more.
    R"sql(
CREATE TABLE cluster_merges (
  cluster      INTEGER PRIMARY KEY,
  into_cluster INTEGER NOT NULL
);
CREATE INDEX cluster_merges_into ON cluster_merges (into_cluster);
CREATE VIEW clustered_quotes AS
  SELECT q.*, coalesce(m.into_cluster, q.cluster) AS current_cluster
  FROM quotes q LEFT JOIN cluster_merges m ON m.cluster = q.cluster;
DROP INDEX quotes_cluster;
)sql",
    // 10: no query looks an article up by its hash or a quotation by its
    // speaker, and both indexes took a random insert per row: at a million
    // articles they no longer fit SQLite's page cache, and each commit read
    // and rewrote thousands of their pages. A tool that looks speakers up
    // can create its own index.
    R"sql(
DROP INDEX articles_hash;
DROP INDEX quotes_speaker;
)sql",
    // 11: a full-text index of the quotations' words (store/search_index.h),
    // so that a search reads the quotations that can hold its phrase rather
    // than every one. Contentless: the terms are derived from quotes.text.
    // An ingest indexes the quotations stored after through_qid at its end.
    // Every listing of quotations reads the roles printed with speakers
    // (match/role_index.h): under 1% of quotations, found by their own
    // index rather than by reading every quotation.
    R"sql(
CREATE INDEX quotes_roles ON quotes (role, speaker, article_seq)
  WHERE role IS NOT NULL AND speaker IS NOT NULL;
CREATE VIRTUAL TABLE quote_search USING fts5(terms, content='', detail=none, tokenize='ascii');
CREATE TABLE quote_search_state (
  id          INTEGER PRIMARY KEY CHECK (id = 1),
  through_qid INTEGER NOT NULL
);
INSERT INTO quote_search_state (id, through_qid) VALUES (1, 0);
)sql",
    // 12: where a denial says so. quotes.dispute_start and dispute_end are
    // the bytes of the reporter's sentences that make a quotation a denial
    // (quotes/quote.h), NULL for any other quotation. Rows analysed before
    // are analysed again (pipeline/article_analysis.h kAnalysisVersion 4).
    R"sql(
ALTER TABLE quotes ADD COLUMN dispute_start INTEGER;
ALTER TABLE quotes ADD COLUMN dispute_end INTEGER;
)sql",
    // 13: a passage is keyed by where it starts in both rows. A text that
    // prints a paragraph twice shares it twice with a row that prints it
    // once, both passages starting at the same byte of that row; keyed by
    // (a_seq, b_seq, a_start), the second replaced the first when the row
    // printing it once was stored first (pipeline/copy_detection.h).
    R"sql(
CREATE TABLE passages_13 (
  a_seq   INTEGER NOT NULL,
  a_start INTEGER NOT NULL,
  a_end   INTEGER NOT NULL,
  b_seq   INTEGER NOT NULL,
  b_start INTEGER NOT NULL,
  b_end   INTEGER NOT NULL,
  PRIMARY KEY (a_seq, b_seq, a_start, b_start)
) WITHOUT ROWID;
INSERT INTO passages_13 SELECT a_seq, a_start, a_end, b_seq, b_start, b_end FROM passages;
DROP TABLE passages;
ALTER TABLE passages_13 RENAME TO passages;
CREATE INDEX passages_b ON passages (b_seq);
)sql",
};

}  // namespace qt::store
