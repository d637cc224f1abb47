#include "serve/api.h"

#include <algorithm>
#include <charconv>
#include <functional>
#include <initializer_list>
#include <limits>
#include <string_view>
#include <utility>
#include <vector>

#include "report/copy_report.h"
#include "report/corpus_report.h"
#include "report/json_line.h"
#include "report/quote_filter.h"
#include "report/quote_listing.h"
#include "report/quote_output.h"
#include "report/speaker_report.h"
#include "store/article_store.h"

namespace qt::serve {
namespace {

using Json = nlohmann::ordered_json;
using Multimap = std::multimap<std::string, std::string>;

ApiResponse Answer(const Json& body) {
  return {200, body.dump(-1, ' ', false, Json::error_handler_t::replace)};
}

ApiResponse Failure(int status, const std::string& message) {
  return {status, Json({{"error", message}}).dump(-1, ' ', false, Json::error_handler_t::replace)};
}

// A request's query parameters, read with the checks every endpoint wants.
// The first failure is kept; later reads then return defaults.
class Params {
 public:
  explicit Params(const Multimap& params) : params_(params) {}

  // Fails on a name `known` does not list.
  void OnlyKnown(std::initializer_list<std::string_view> known) {
    for (const auto& [name, value] : params_) {
      if (std::find(known.begin(), known.end(), name) == known.end()) {
        Fail("unknown parameter \"" + name + "\"");
      }
    }
  }

  // The value given once; "" when none is; fails when given twice.
  std::string One(const std::string& name) {
    const auto [first, last] = params_.equal_range(name);
    if (first == last) return "";
    if (std::next(first) != last) Fail(name + " is given more than once");
    return first->second;
  }

  std::vector<std::string> All(const std::string& name) const {
    std::vector<std::string> values;
    const auto [first, last] = params_.equal_range(name);
    for (auto it = first; it != last; ++it) values.push_back(it->second);
    return values;
  }

  // A count (0 or more); `fallback` when absent.
  size_t Count(const std::string& name, size_t fallback) {
    const std::string text = One(name);
    if (text.empty()) return fallback;
    const int64_t n = Number(name, text);
    if (n < 0) Fail(name + " \"" + text + "\" is not a count");
    return n < 0 ? fallback : static_cast<size_t>(n);
  }

  int64_t Number(const std::string& name, const std::string& text) {
    int64_t n = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
    if (ec != std::errc() || end != text.data() + text.size()) {
      Fail(name + " \"" + text + "\" is not a number");
      return -1;
    }
    return n;
  }

  void Check(const Status& s) {
    if (!s.ok()) Fail(s.message());
  }

  const Status& status() const { return status_; }

 private:
  void Fail(std::string message) {
    if (status_.ok()) status_ = Status::Error(std::move(message));
  }

  const Multimap& params_;
  Status status_;
};

constexpr size_t kAll = std::numeric_limits<size_t>::max();
constexpr size_t kMaxQuotes = 1000;  // a page of quotations, however many are asked for

// Handlers: each reads its parameters, then the database.

ApiResponse Summary(store::Database& db, Params& params) {
  params.OnlyKnown({});
  if (!params.status().ok()) return Failure(400, params.status().message());
  report::CorpusSummary summary;
  if (Status s = report::LoadCorpusSummary(db, &summary); !s.ok()) {
    return Failure(500, s.message());
  }
  return Answer(report::CorpusJson(summary));
}

ApiResponse Quotes(store::Database& db, Params& params) {
  params.OnlyKnown(
      {"doc", "speaker", "says", "cluster", "kind", "outlet", "since", "until", "limit", "offset"});
  report::QuoteFilter::Conditions c;
  c.docs = params.All("doc");
  c.speaker = params.One("speaker");
  c.says = params.One("says");
  if (std::string cluster = params.One("cluster"); !cluster.empty()) {
    c.cluster = params.Number("cluster", cluster);
  }
  c.kinds = params.All("kind");
  for (const std::string& kind : c.kinds) {
    if (kind != "direct" && kind != "partial" && kind != "scare" && kind != "title") {
      params.Check(Status::Error("kind \"" + kind + "\" is none of direct, partial, scare, title"));
    }
  }
  c.outlet = params.One("outlet");
  c.since = params.One("since");
  c.until = params.One("until");
  size_t limit = params.Count("limit", 100);
  if (limit == 0 || limit > kMaxQuotes) limit = kMaxQuotes;
  const size_t offset = params.Count("offset", 0);
  std::unique_ptr<report::QuoteFilter> filter;
  if (params.status().ok()) params.Check(report::MakeFilter(std::move(c), "", &filter));
  if (!params.status().ok()) return Failure(400, params.status().message());

  Json quotes = Json::array();
  size_t seen = 0;
  bool more = false;
  const Status s = report::ForEachListedQuote(
      db, *filter, [&](const quotes::Quote& q, const std::vector<std::string>& chain) {
        if (seen++ < offset) return true;
        if (quotes.size() == limit) {
          more = true;
          return false;
        }
        quotes.push_back(report::QuoteJson(q, chain));
        return true;
      });
  if (!s.ok()) return Failure(500, s.message());
  return Answer({{"quotes", std::move(quotes)}, {"offset", offset}, {"more", more}});
}

ApiResponse Clusters(store::Database& db, Params& params) {
  params.OnlyKnown({"top", "min_articles", "speaker", "says"});
  report::ClusterQuery query;
  query.top = params.Count("top", 50);
  query.min_articles = params.Count("min_articles", 2);
  query.speaker = params.One("speaker");
  query.says = params.One("says");
  params.Check(report::CheckPhrase("", "speaker", query.speaker));
  params.Check(report::CheckPhrase("", "says", query.says));
  if (!params.status().ok()) return Failure(400, params.status().message());
  Json clusters = Json::array();
  const Status s = report::ForEachClusterAsked(db, query, [&](const report::ClusterSummary& c) {
    clusters.push_back(report::ClusterJson(c));
  });
  if (!s.ok()) return Failure(500, s.message());
  return Answer({{"clusters", std::move(clusters)}});
}

ApiResponse Speakers(store::Database& db, Params& params) {
  params.OnlyKnown({"outlet", "top"});
  const std::string outlet = params.One("outlet");
  const size_t top = params.Count("top", 100);
  params.Check(report::CheckPhrase("", "outlet", outlet));
  if (!params.status().ok()) return Failure(400, params.status().message());
  std::vector<report::SpeakerSummary> speakers;
  if (Status s = report::SpeakerSummaries(db, outlet, top, &speakers); !s.ok()) {
    return Failure(500, s.message());
  }
  Json out = Json::array();
  for (const report::SpeakerSummary& sp : speakers) out.push_back(report::SpeakerJson(sp));
  return Answer({{"speakers", std::move(out)}});
}

ApiResponse Stories(const report::CorpusView& view, Params& params) {
  params.OnlyKnown({"story", "doc", "top"});
  std::vector<int64_t> numbers;
  for (const std::string& story : params.All("story")) {
    numbers.push_back(params.Number("story", story));
  }
  const std::vector<std::string> docs = params.All("doc");
  size_t top = params.Count("top", 50);
  if (!params.status().ok()) return Failure(400, params.status().message());
  if (top == 0) top = kAll;
  const std::vector<report::StorySummary> stories = numbers.empty() && docs.empty()
                                                        ? report::StorySummaries(view)
                                                        : report::StoriesAsked(view, numbers, docs);
  Json out = Json::array();
  for (size_t i = 0; i < stories.size() && i < top; ++i) {
    out.push_back(report::StoryJson(stories[i]));
  }
  return Answer({{"stories", std::move(out)}});
}

ApiResponse Copies(store::Database& db, Params& params) {
  params.OnlyKnown({"doc", "limit"});
  const std::vector<std::string> docs = params.All("doc");
  size_t limit = params.Count("limit", 1000);
  if (!params.status().ok()) return Failure(400, params.status().message());
  if (limit == 0) limit = kAll;
  Json groups = Json::array(), passages = Json::array();
  bool more = false;
  const Status s = report::ForEachCopyJson(db, docs, [&](const Json& j) {
    Json& list = j["type"] == "passage" ? passages : groups;
    if (list.size() == limit) {
      more = true;
      return;
    }
    Json one = j;
    one.erase("type");
    list.push_back(std::move(one));
  });
  if (!s.ok()) return Failure(500, s.message());
  return Answer(
      {{"copy_groups", std::move(groups)}, {"passages", std::move(passages)}, {"more", more}});
}

ApiResponse Article(store::Database& db, const std::string& id, Params& params) {
  params.OnlyKnown({});
  if (!params.status().ok()) return Failure(400, params.status().message());
  std::unique_ptr<store::ArticleStore> articles;
  store::StoredArticle found;
  bool exists = false;
  Status s = store::ArticleStore::Open(&db, &articles);
  if (s.ok()) s = articles->Find(id, &found, &exists);
  if (!s.ok()) return Failure(500, s.message());
  if (!exists) return Failure(404, "no article \"" + id + "\"");
  Json quotes = Json::array();
  report::QuoteFilter only_this({.docs = {id}});
  s = report::ForEachListedQuote(
      db, only_this, [&](const quotes::Quote& q, const std::vector<std::string>& chain) {
        quotes.push_back(report::QuoteJson(q, chain));
        return true;
      });
  if (!s.ok()) return Failure(500, s.message());
  const ingest::Article& a = found.article;
  return Answer({{"doc", a.id},
                 {"title", report::OrNull(a.title)},
                 {"outlet", report::OrNull(a.outlet)},
                 {"date", report::OrNull(a.date)},
                 {"url", report::OrNull(a.url)},
                 {"revision", found.revision},
                 {"text", a.text},
                 {"quotes", std::move(quotes)}});
}

constexpr std::string_view kArticlePrefix = "/api/articles/";

}  // namespace

Api::Api(std::string db_path) : db_path_(std::move(db_path)) {}
Api::~Api() = default;

ApiResponse Api::Get(const ApiRequest& request) {
  const std::string& path = request.path;
  Params params(request.params);
  if (path == "/api/stories") {
    std::shared_ptr<const report::CorpusView> view;
    if (Status s = CurrentView(&view); !s.ok()) return Failure(500, s.message());
    return Stories(*view, params);
  }
  using Handler = ApiResponse (*)(store::Database&, Params&);
  static const std::map<std::string, Handler, std::less<>> kHandlers = {{"/api/summary", Summary},
                                                                        {"/api/quotes", Quotes},
                                                                        {"/api/clusters", Clusters},
                                                                        {"/api/speakers", Speakers},
                                                                        {"/api/copies", Copies}};
  const auto handler = kHandlers.find(path);
  const bool article = path.starts_with(kArticlePrefix) && path.size() > kArticlePrefix.size();
  if (handler == kHandlers.end() && !article) return Failure(404, "no such path: " + path);
  std::unique_ptr<store::Database> db;
  if (Status s = store::Database::Open(db_path_, &db); !s.ok()) return Failure(500, s.message());
  if (article) return Article(*db, path.substr(kArticlePrefix.size()), params);
  return handler->second(*db, params);
}

Status Api::CurrentView(std::shared_ptr<const report::CorpusView>* view) {
  std::lock_guard<std::mutex> lock(view_mutex_);
  if (!watch_) {
    if (Status s = store::Database::Open(db_path_, &watch_); !s.ok()) return s;
  }
  store::Statement version;
  if (Status s = version.Prepare(*watch_, "PRAGMA data_version"); !s.ok()) return s;
  if (!version.Step()) return version.status();
  if (!view_ || version.Int(0) != view_version_) {
    auto fresh = std::make_shared<report::CorpusView>();
    if (Status s = report::CorpusView::Load(*watch_, fresh.get()); !s.ok()) return s;
    view_ = std::move(fresh);
    view_version_ = version.Int(0);
  }
  *view = view_;
  return Status::Ok();
}

}  // namespace qt::serve
