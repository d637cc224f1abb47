#include "store/quote_store.h"

#include <algorithm>
#include <string>
#include <utility>

namespace qt::store {
namespace {

// SQLite's default bound on a statement's parameters (since 3.32).
constexpr size_t kMaxVariables = 32766;

// "?,?,?" for `n` parameters.
std::string Placeholders(size_t n) {
  std::string out;
  for (size_t i = 0; i < n; ++i) out += i == 0 ? "?" : ",?";
  return out;
}

}  // namespace

Status QuoteStore::Open(Database* db, std::unique_ptr<QuoteStore>* store) {
  std::unique_ptr<QuoteStore> s(new QuoteStore(db));
  if (Status st = PrepareAll(
          *db,
          {
              {&s->delete_, "DELETE FROM quotes WHERE article_seq = ?1"},
              {&s->insert_,
               "INSERT INTO quotes (article_seq, n, id, start, end, text, kind, speaker, "
               "speaker_start, speaker_end, role, cue, addressee, via, nested_in, closed, "
               "words, nkeys, dispute, qid, cluster, dispute_start, dispute_end) VALUES "
               "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, "
               "?18, ?19, ?20, ?21, ?22, ?23)"},
              {&s->variant_,
               "SELECT article_seq, n, coalesce(current_cluster, 0), coalesce(speaker, ''), "
               "coalesce(words, '') FROM clustered_quotes WHERE qid = ?1"},
              {&s->repoint_, "UPDATE cluster_merges SET into_cluster = ?2 WHERE into_cluster = ?1"},
              {&s->merge_,
               "INSERT OR REPLACE INTO cluster_merges (cluster, into_cluster) VALUES (?1, ?2)"},
          });
      !st.ok()) {
    return st;
  }
  // Above the search index's last qid too: it may be above every stored one.
  Statement last;
  if (Status st = last.Prepare(*db,
                               "SELECT max(coalesce((SELECT max(qid) FROM quotes), 0), "
                               "(SELECT through_qid FROM quote_search_state)) + 1");
      !st.ok()) {
    return st;
  }
  if (last.Step()) s->next_qid_ = last.Int(0);
  if (!last.status().ok()) return last.status();
  *store = std::move(s);
  return Status::Ok();
}

Status QuoteStore::Remove(int64_t article_seq, size_t* removed) {
  delete_.Bind(1, article_seq);
  Status s = delete_.Run();
  *removed = s.ok() ? static_cast<size_t>(sqlite3_changes(db_->handle())) : 0;
  if (!s.ok() || *removed == 0) return s;
  int64_t through = 0;
  if (s = search_.Through(&through); !s.ok() || through == 0) return s;
  return search_.Forget();
}

Status QuoteStore::Insert(int64_t article_seq, const std::vector<quotes::Quote>& quotes,
                          const std::vector<std::string>& words,
                          const std::vector<int64_t>& clusters) {
  for (size_t i = 0; i < quotes.size(); ++i) {
    const quotes::Quote& q = quotes[i];
    insert_.Bind(1, article_seq);
    insert_.Bind(2, static_cast<int64_t>(i + 1));
    insert_.Bind(3, q.id);
    insert_.Bind(4, static_cast<int64_t>(q.start));
    insert_.Bind(5, static_cast<int64_t>(q.end));
    insert_.Bind(6, q.text);
    insert_.Bind(7, q.kind);
    insert_.BindOptional(8, q.speaker);
    if (q.has_speaker_span) {
      insert_.Bind(9, static_cast<int64_t>(q.speaker_start));
      insert_.Bind(10, static_cast<int64_t>(q.speaker_end));
    }
    insert_.BindOptional(11, q.role);
    insert_.BindOptional(12, q.cue);
    insert_.BindOptional(13, q.to);
    insert_.BindOptional(14, q.via);
    insert_.BindOptional(15, q.nested_in);
    insert_.Bind(16, int64_t{q.closed});
    insert_.BindOptional(17, words[i]);
    insert_.Bind(18, int64_t{0});
    insert_.BindOptional(19, q.dispute);
    insert_.Bind(20, next_qid_);
    if (clusters[i] != 0) insert_.Bind(21, clusters[i]);
    if (!q.dispute.empty()) {
      insert_.Bind(22, static_cast<int64_t>(q.dispute_start));
      insert_.Bind(23, static_cast<int64_t>(q.dispute_end));
    }
    if (Status s = insert_.Run(); !s.ok()) return s;
    ++next_qid_;
  }
  return Status::Ok();
}

Status QuoteStore::Variant(int64_t qid, StoredVariant* v) {
  variant_.Bind(1, qid);
  v->qid = 0;
  if (variant_.Step()) {
    v->qid = qid;
    v->article_seq = variant_.Int(0);
    v->n = variant_.Int(1);
    v->cluster = variant_.Int(2);
    v->speaker = variant_.Text(3);
    v->words = variant_.Text(4);
  }
  Status s = variant_.status();
  variant_.Reset();
  return s;
}

Status QuoteStore::ForEachClustered(
    const std::function<void(int64_t, int64_t, std::string_view, std::string_view)>& fn) {
  Statement rows;
  if (Status s = rows.Prepare(*db_,
                              "SELECT qid, current_cluster, coalesce(speaker, ''), words "
                              "FROM clustered_quotes "
                              "WHERE cluster IS NOT NULL AND words IS NOT NULL ORDER BY qid");
      !s.ok()) {
    return s;
  }
  while (rows.Step()) fn(rows.Int(0), rows.Int(1), rows.Text(2), rows.Text(3));
  return rows.status();
}

Status QuoteStore::MergeClusters(int64_t from, int64_t to) {
  // The clusters merged into `from` before are part of `to` now.
  repoint_.Bind(1, from);
  repoint_.Bind(2, to);
  if (Status s = repoint_.Run(); !s.ok()) return s;
  merge_.Bind(1, from);
  merge_.Bind(2, to);
  return merge_.Run();
}

Status QuoteStore::ForEachRole(
    const std::function<void(const std::string&, const std::string&, int64_t)>& fn) {
  Statement rows;
  if (Status s = rows.Prepare(*db_,
                              "SELECT q.role, q.speaker, count(*) FROM quotes q "
                              "JOIN current_articles a ON a.seq = q.article_seq "
                              "WHERE q.role IS NOT NULL AND q.speaker IS NOT NULL GROUP BY 1, 2");
      !s.ok()) {
    return s;
  }
  while (rows.Step()) fn(std::string(rows.Text(0)), std::string(rows.Text(1)), rows.Int(2));
  return rows.status();
}

Status QuoteStore::ForEachAttributed(const std::function<void(const Attributed&)>& fn) {
  Statement rows;
  if (Status s = rows.Prepare(*db_,
                              "SELECT q.speaker, coalesce(q.role, ''), coalesce(a.outlet, ''), "
                              "coalesce(a.date, ''), a.seq FROM quotes q "
                              "JOIN current_articles a ON a.seq = q.article_seq "
                              "WHERE q.speaker IS NOT NULL AND q.kind IN ('direct', 'partial')");
      !s.ok()) {
    return s;
  }
  while (rows.Step()) {
    fn({std::string(rows.Text(0)), std::string(rows.Text(1)), std::string(rows.Text(2)),
        std::string(rows.Text(3)), rows.Int(4)});
  }
  return rows.status();
}

Status QuoteStore::ForEachClusterMember(size_t top, size_t min_articles,
                                        const std::function<bool(const ClusterMember&)>& fn) {
  Statement rows;
  if (Status s = rows.Prepare(
          *db_,
          "WITH printed AS ("
          "  SELECT q.current_cluster AS cluster, count(DISTINCT q.article_seq) AS articles "
          "  FROM clustered_quotes q JOIN current_articles a ON a.seq = q.article_seq "
          "  WHERE q.cluster IS NOT NULL "
          "  GROUP BY 1 HAVING articles >= ?2 ORDER BY articles DESC, cluster LIMIT ?1) "
          "SELECT q.current_cluster, q.id, q.text, coalesce(q.speaker, ''), a.id, "
          "coalesce(a.outlet, ''), coalesce(a.date, ''), a.seq FROM clustered_quotes q "
          // One pass over the quotations, each looked up among the top
          // clusters: no index finds a quotation by its current cluster.
          "CROSS JOIN printed p JOIN current_articles a ON a.seq = q.article_seq "
          "WHERE p.cluster = q.current_cluster "
          "ORDER BY p.articles DESC, q.current_cluster, a.seq, q.n");
      !s.ok()) {
    return s;
  }
  rows.Bind(1, top == 0 ? int64_t{-1} : static_cast<int64_t>(top));  // -1: no limit
  rows.Bind(2, static_cast<int64_t>(min_articles));
  while (rows.Step()) {
    if (!fn({rows.Int(0), std::string(rows.Text(1)), std::string(rows.Text(2)),
             std::string(rows.Text(3)), std::string(rows.Text(4)), std::string(rows.Text(5)),
             std::string(rows.Text(6)), rows.Int(7)})) {
      break;
    }
  }
  return rows.status();
}

Status QuoteStore::SpeakerCounts(std::vector<SpeakerCount>* speakers) {
  speakers->clear();
  Statement rows;
  if (Status s = rows.Prepare(*db_,
                              "SELECT q.speaker, count(*), count(DISTINCT q.article_seq) "
                              "FROM quotes q JOIN current_articles a ON a.seq = q.article_seq "
                              "WHERE q.speaker IS NOT NULL AND q.kind IN ('direct', 'partial') "
                              "GROUP BY q.speaker");
      !s.ok()) {
    return s;
  }
  while (rows.Step()) speakers->push_back({std::string(rows.Text(0)), rows.Int(1), rows.Int(2)});
  return rows.status();
}

Status QuoteStore::Stats(QuoteStats* stats) {
  *stats = QuoteStats();
  Statement kinds;
  if (Status s = kinds.Prepare(*db_,
                               "SELECT q.kind, count(*), count(q.speaker) FROM quotes q "
                               "JOIN current_articles a ON a.seq = q.article_seq GROUP BY q.kind");
      !s.ok()) {
    return s;
  }
  while (kinds.Step()) {
    const std::string_view kind = kinds.Text(0);
    const int64_t n = kinds.Int(1);
    stats->quotes += n;
    if (kind == "direct") stats->direct = n;
    if (kind == "partial") stats->partial = n;
    if (kind == "scare") stats->scare = n;
    if (kind == "title") stats->title = n;
    if (kind == "direct" || kind == "partial") stats->attributed += kinds.Int(2);
  }
  return kinds.status();
}

namespace {

constexpr const char* kCurrentQuotes =
    "SELECT a.id, q.id, q.start, q.end, q.text, q.kind, coalesce(q.speaker,''), "
    "q.speaker_start, q.speaker_end, coalesce(q.role,''), coalesce(q.cue,''), "
    "coalesce(q.addressee,''), coalesce(q.via,''), coalesce(q.nested_in,''), q.closed, "
    "coalesce(q.current_cluster, 0), coalesce(q.dispute, ''), coalesce(a.outlet, ''), "
    "coalesce(a.date, ''), q.dispute_start, coalesce(q.dispute_end, 0), a.seq "
    "FROM clustered_quotes q JOIN current_articles a ON a.seq = q.article_seq ";

// The text of the article a denial's context is cut from. Read once per
// article, as rows come in article order: cutting it in SQL read the whole
// text again for each denial, which a transcript of megabytes prints by the
// thousand.
class DisputedText {
 public:
  explicit DisputedText(const Database& db) {
    status_ = read_.Prepare(db, "SELECT text FROM articles WHERE seq = ?1");
  }

  // The first failure to read an article; contexts are "" after it.
  const Status& status() const { return status_; }

  std::string Context(int64_t seq, size_t start, size_t end) {
    if (seq != seq_ && status_.ok()) {
      seq_ = seq;
      read_.Bind(1, seq);
      text_ = read_.Step() ? std::string(read_.Text(0)) : "";
      status_ = read_.status();
      read_.Reset();
    }
    end = std::min(end, text_.size());
    start = std::min(start, end);
    return text_.substr(start, end - start);
  }

 private:
  Statement read_;
  Status status_;
  int64_t seq_ = 0;
  std::string text_;
};

// Reads the rows of a kCurrentQuotes statement; *more is false when `fn`
// stopped. The rows' failure, or an article's for a denial's context.
Status ReadCurrent(const Database& db, Statement& rows,
                   const std::function<bool(const quotes::Quote&)>& fn, bool* more) {
  DisputedText disputed(db);
  while (rows.Step()) {
    quotes::Quote q;
    q.doc = rows.Text(0);
    q.id = rows.Text(1);
    q.start = static_cast<size_t>(rows.Int(2));
    q.end = static_cast<size_t>(rows.Int(3));
    q.text = rows.Text(4);
    q.kind = rows.Text(5);
    q.speaker = rows.Text(6);
    q.has_speaker_span = !rows.IsNull(7);
    q.speaker_start = static_cast<size_t>(rows.Int(7));
    q.speaker_end = static_cast<size_t>(rows.Int(8));
    q.role = rows.Text(9);
    q.cue = rows.Text(10);
    q.to = rows.Text(11);
    q.via = rows.Text(12);
    q.nested_in = rows.Text(13);
    q.closed = rows.Int(14) != 0;
    q.cluster = rows.Int(15);
    q.dispute = rows.Text(16);
    q.outlet = rows.Text(17);
    q.date = rows.Text(18);
    if (!rows.IsNull(19)) {  // only a denial has a context
      q.dispute_start = static_cast<size_t>(rows.Int(19));
      q.dispute_end = static_cast<size_t>(rows.Int(20));
      q.dispute_context = disputed.Context(rows.Int(21), q.dispute_start, q.dispute_end);
    }
    if (!fn(q)) {
      *more = false;
      return disputed.status();
    }
  }
  *more = true;
  return rows.status().ok() ? disputed.status() : rows.status();
}

}  // namespace

Status QuoteStore::ForEachCurrent(const std::vector<std::string>& docs,
                                  const std::function<bool(const quotes::Quote&)>& fn) {
  if (docs.size() > kMaxVariables) {
    return Status::Error("at most " + std::to_string(kMaxVariables) +
                         " articles can be asked for at once");
  }
  const std::string sql =
      std::string(kCurrentQuotes) +
      (docs.empty() ? "" : "WHERE a.id IN (" + Placeholders(docs.size()) + ") ") +
      "ORDER BY q.article_seq, q.n";
  Statement rows;
  if (Status s = rows.Prepare(*db_, sql); !s.ok()) return s;
  for (size_t i = 0; i < docs.size(); ++i) rows.Bind(static_cast<int>(i + 1), docs[i]);
  bool more;
  return ReadCurrent(*db_, rows, fn, &more);
}

Status QuoteStore::ForEachPlaced(const std::function<void(const Placed&)>& fn) {
  Statement rows;
  if (Status s = rows.Prepare(
          *db_,
          "SELECT q.article_seq, coalesce(q.current_cluster, 0), length(CAST(q.text AS BLOB)), "
          "coalesce(q.dispute, '') != '' "
          "FROM clustered_quotes q JOIN current_articles a ON a.seq = q.article_seq "
          "WHERE q.kind NOT IN ('scare', 'title') ORDER BY q.article_seq, q.n");
      !s.ok()) {
    return s;
  }
  while (rows.Step()) {
    fn({rows.Int(0), rows.Int(1), static_cast<size_t>(rows.Int(2)), rows.Int(3) != 0});
  }
  return rows.status();
}

Status QuoteStore::ForEachCurrentOf(const std::vector<int64_t>& article_seqs,
                                    const std::function<bool(const quotes::Quote&)>& fn) {
  constexpr size_t kPerQuery = 10000;
  for (size_t from = 0; from < article_seqs.size(); from += kPerQuery) {
    const size_t n = std::min(kPerQuery, article_seqs.size() - from);
    Statement rows;
    if (Status s = rows.Prepare(*db_, std::string(kCurrentQuotes) + "WHERE q.article_seq IN (" +
                                          Placeholders(n) + ") ORDER BY q.article_seq, q.n");
        !s.ok()) {
      return s;
    }
    for (size_t i = 0; i < n; ++i) rows.Bind(static_cast<int>(i + 1), article_seqs[from + i]);
    bool more;
    if (Status s = ReadCurrent(*db_, rows, fn, &more); !s.ok() || !more) return s;
  }
  return Status::Ok();
}

}  // namespace qt::store
