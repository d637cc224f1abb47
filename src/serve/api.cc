#include "serve/api.h"

#include <algorithm>
#include <charconv>
#include <functional>
#include <initializer_list>
#include <limits>
#include <optional>
#include <sstream>
#include <string_view>
#include <utility>
#include <vector>

#include "match/role_index.h"
#include "report/cluster_report.h"
#include "report/copy_report.h"
#include "report/corpus_report.h"
#include "report/json_line.h"
#include "report/quote_filter.h"
#include "report/quote_listing.h"
#include "report/quote_output.h"
#include "report/speaker_report.h"
#include "serve/snapshot.h"
#include "store/article_store.h"
#include "store/database.h"
#include "text/utf8.h"

namespace qt::serve {

ApiResponse ErrorResponse(int status, const std::string& message) {
  return {status, nlohmann::ordered_json({{"error", message}})
                      .dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace)};
}

namespace {

using Json = nlohmann::ordered_json;
using Multimap = std::multimap<std::string, std::string>;

ApiResponse Answer(const Json& body) {
  return {200, body.dump(-1, ' ', false, Json::error_handler_t::replace)};
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

  // Each value given, as a number.
  std::vector<int64_t> Numbers(const std::string& name) {
    std::vector<int64_t> numbers;
    for (const std::string& text : All(name)) numbers.push_back(Number(name, text));
    return numbers;
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
constexpr size_t kMaxCsvQuotes = 100000;  // a file of them

// What a handler reads: a connection of its own, opened when first asked
// for, and what the snapshot keeps.
class Reader {
 public:
  Reader(Snapshot* snapshot, int64_t version) : snapshot_(snapshot), version_(version) {}
  ~Reader() { snapshot_->Close(&db_); }

  Status Db(store::Database** db) {
    if (!db_) {
      if (Status s = snapshot_->Open(&db_); !s.ok()) return s;
    }
    *db = db_.get();
    return Status::Ok();
  }
  Status Roles(std::shared_ptr<const match::RoleIndex>* roles) {
    return snapshot_->Roles(version_, roles);
  }
  Status View(std::shared_ptr<const report::CorpusView>* view) {
    return snapshot_->View(version_, view);
  }

 private:
  Snapshot* snapshot_;
  const int64_t version_;
  std::unique_ptr<store::Database> db_;
};

// Handlers: each reads its parameters, then the database.

ApiResponse Summary(Reader& reader, Params& params) {
  params.OnlyKnown({});
  if (!params.status().ok()) return ErrorResponse(400, params.status().message());
  store::Database* db = nullptr;
  if (Status s = reader.Db(&db); !s.ok()) return ErrorResponse(500, s.message());
  report::CorpusSummary summary;
  if (Status s = report::LoadCorpusSummary(*db, &summary); !s.ok()) {
    return ErrorResponse(500, s.message());
  }
  return Answer(report::CorpusJson(summary));
}

ApiResponse Quotes(Reader& reader, Params& params) {
  params.OnlyKnown({"doc", "speaker", "says", "cluster", "kind", "outlet", "since", "until",
                    "limit", "offset", "format"});
  const std::string format = params.One("format");
  const bool csv = format == "csv";
  if (!csv && !format.empty() && format != "json") {
    params.Check(Status::Error("format \"" + format + "\" is neither json nor csv"));
  }
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
  const size_t most = csv ? kMaxCsvQuotes : kMaxQuotes;
  size_t limit = params.Count("limit", csv ? most : 100);
  if (limit == 0 || limit > most) limit = most;
  const size_t offset = params.Count("offset", 0);
  std::unique_ptr<report::QuoteFilter> filter;
  if (params.status().ok()) params.Check(report::MakeFilter(std::move(c), "", &filter));
  if (!params.status().ok()) return ErrorResponse(400, params.status().message());

  store::Database* db = nullptr;
  if (Status s = reader.Db(&db); !s.ok()) return ErrorResponse(500, s.message());
  std::shared_ptr<const match::RoleIndex> roles;
  if (Status s = reader.Roles(&roles); !s.ok()) return ErrorResponse(500, s.message());
  Json quotes = Json::array();
  std::ostringstream rows;  // CSV
  if (csv) report::WriteQuoteCsvHeader(rows);
  size_t seen = 0, taken = 0;
  bool more = false;
  const Status s = report::ForEachListedQuote(
      *db, *roles, *filter, [&](const quotes::Quote& q, const std::vector<std::string>& chain) {
        if (seen++ < offset) return true;
        if (taken++ == limit) {
          more = true;
          return false;
        }
        if (csv) {
          report::WriteQuoteCsv(q, rows);
        } else {
          quotes.push_back(report::QuoteJson(q, chain));
        }
        return true;
      });
  if (!s.ok()) return ErrorResponse(500, s.message());
  if (csv) return {200, rows.str(), true};
  return Answer({{"quotes", std::move(quotes)}, {"offset", offset}, {"more", more}});
}

ApiResponse Clusters(Reader& reader, Params& params) {
  params.OnlyKnown({"top", "min_articles", "speaker", "says"});
  report::ClusterQuery query;
  query.top = params.Count("top", 50);
  query.min_articles = params.Count("min_articles", 2);
  query.speaker = params.One("speaker");
  query.says = params.One("says");
  params.Check(report::CheckPhrase("", "speaker", query.speaker));
  params.Check(report::CheckPhrase("", "says", query.says));
  if (!params.status().ok()) return ErrorResponse(400, params.status().message());
  store::Database* db = nullptr;
  if (Status s = reader.Db(&db); !s.ok()) return ErrorResponse(500, s.message());
  Json clusters = Json::array();
  const Status s = report::ForEachClusterAsked(*db, query, [&](const report::ClusterSummary& c) {
    clusters.push_back(report::ClusterJson(c));
  });
  if (!s.ok()) return ErrorResponse(500, s.message());
  return Answer({{"clusters", std::move(clusters)}});
}

ApiResponse Speakers(Reader& reader, Params& params) {
  params.OnlyKnown({"outlet", "top"});
  const std::string outlet = params.One("outlet");
  const size_t top = params.Count("top", 100);
  params.Check(report::CheckPhrase("", "outlet", outlet));
  if (!params.status().ok()) return ErrorResponse(400, params.status().message());
  store::Database* db = nullptr;
  if (Status s = reader.Db(&db); !s.ok()) return ErrorResponse(500, s.message());
  std::vector<report::SpeakerSummary> speakers;
  if (Status s = report::SpeakerSummaries(*db, outlet, top, &speakers); !s.ok()) {
    return ErrorResponse(500, s.message());
  }
  Json out = Json::array();
  for (const report::SpeakerSummary& sp : speakers) out.push_back(report::SpeakerJson(sp));
  return Answer({{"speakers", std::move(out)}});
}

// A story's articles in time order with their dates, outlets and titles,
// for people to read; `articles` lists their ids alone.
Json Timeline(const report::CorpusView& view, const report::StorySummary& story) {
  std::map<std::string, const std::string*> titles;
  if (const auto it = view.stories.find(story.story); it != view.stories.end()) {
    for (const report::CorpusView::Article& a : it->second) titles[a.ref.id] = &a.title;
  }
  Json timeline = Json::array();
  for (const report::ArticleRef& a : story.articles) {
    const auto title = titles.find(a.id);
    timeline.push_back({{"doc", a.id},
                        {"date", report::OrNull(a.date)},
                        {"outlet", report::OrNull(a.outlet)},
                        {"title", title == titles.end() ? Json(nullptr) : Json(*title->second)}});
  }
  return timeline;
}

ApiResponse Stories(Reader& reader, Params& params) {
  params.OnlyKnown({"story", "doc", "top"});
  const std::vector<int64_t> numbers = params.Numbers("story");
  const std::vector<std::string> docs = params.All("doc");
  size_t top = params.Count("top", 50);
  if (!params.status().ok()) return ErrorResponse(400, params.status().message());
  if (top == 0) top = kAll;
  std::shared_ptr<const report::CorpusView> view;
  if (Status s = reader.View(&view); !s.ok()) return ErrorResponse(500, s.message());
  const std::vector<report::StorySummary> stories = report::StoriesAsked(*view, numbers, docs);
  Json out = Json::array();
  for (size_t i = 0; i < stories.size() && i < top; ++i) {
    Json story = report::StoryJson(stories[i]);
    story["timeline"] = Timeline(*view, stories[i]);
    out.push_back(std::move(story));
  }
  return Answer({{"stories", std::move(out)}});
}

ApiResponse Disputes(Reader& reader, Params& params) {
  params.OnlyKnown({"story", "doc"});
  const std::vector<int64_t> stories = params.Numbers("story");
  const std::vector<std::string> docs = params.All("doc");
  if (!params.status().ok()) return ErrorResponse(400, params.status().message());
  std::shared_ptr<const report::CorpusView> view;
  if (Status s = reader.View(&view); !s.ok()) return ErrorResponse(500, s.message());
  Json out = Json::array();
  for (const report::DisputeSummary& d :
       report::DisputesAsked(report::DisputeSummaries(*view), stories, docs)) {
    out.push_back(report::DisputeJson(d));
  }
  return Answer({{"disputes", std::move(out)}});
}

ApiResponse Copies(Reader& reader, Params& params) {
  params.OnlyKnown({"doc", "limit"});
  const std::vector<std::string> docs = params.All("doc");
  size_t limit = params.Count("limit", 1000);
  if (!params.status().ok()) return ErrorResponse(400, params.status().message());
  if (limit == 0) limit = kAll;
  store::Database* db = nullptr;
  if (Status s = reader.Db(&db); !s.ok()) return ErrorResponse(500, s.message());
  Json groups = Json::array(), passages = Json::array();
  bool more = false;
  const Status s = report::ForEachCopyJson(*db, docs, [&](const Json& j) {
    Json& list = j["type"] == "passage" ? passages : groups;
    if (list.size() == limit) {
      more = true;
      return;
    }
    Json one = j;
    one.erase("type");
    list.push_back(std::move(one));
  });
  if (!s.ok()) return ErrorResponse(500, s.message());
  return Answer(
      {{"copy_groups", std::move(groups)}, {"passages", std::move(passages)}, {"more", more}});
}

ApiResponse Article(Reader& reader, const std::string& id, Params& params) {
  params.OnlyKnown({});
  if (!params.status().ok()) return ErrorResponse(400, params.status().message());
  store::Database* db = nullptr;
  if (Status s = reader.Db(&db); !s.ok()) return ErrorResponse(500, s.message());
  std::shared_ptr<const match::RoleIndex> roles;
  if (Status s = reader.Roles(&roles); !s.ok()) return ErrorResponse(500, s.message());
  std::unique_ptr<store::ArticleStore> articles;
  store::StoredArticle found;
  bool exists = false;
  Status s = store::ArticleStore::Open(db, &articles);
  if (s.ok()) s = articles->Find(id, &found, &exists);
  if (!s.ok()) return ErrorResponse(500, s.message());
  if (!exists) return ErrorResponse(404, "no article \"" + id + "\"");
  Json quotes = Json::array();
  report::QuoteFilter only_this({.docs = {id}});
  s = report::ForEachListedQuote(
      *db, *roles, only_this, [&](const quotes::Quote& q, const std::vector<std::string>& chain) {
        quotes.push_back(report::QuoteJson(q, chain));
        return true;
      });
  if (!s.ok()) return ErrorResponse(500, s.message());
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

// The key an answer is kept under: the path and the parameters, in order.
std::string KeyOf(const ApiRequest& request) {
  std::string key = request.path;
  for (const auto& [name, value] : request.params) {
    key += '\n' + name + '=' + value;
  }
  return key;
}

// The handler `request` names, run with `reader`.
ApiResponse Route(const ApiRequest& request, Reader& reader) {
  const std::string& path = request.path;
  Params params(request.params);
  using Handler = ApiResponse (*)(Reader&, Params&);
  static const std::map<std::string, Handler, std::less<>> kHandlers = {
      {"/api/summary", Summary},   {"/api/quotes", Quotes},   {"/api/clusters", Clusters},
      {"/api/speakers", Speakers}, {"/api/stories", Stories}, {"/api/disputes", Disputes},
      {"/api/copies", Copies}};
  if (const auto handler = kHandlers.find(path); handler != kHandlers.end()) {
    return handler->second(reader, params);
  }
  if (path.starts_with(kArticlePrefix) && path.size() > kArticlePrefix.size()) {
    return Article(reader, path.substr(kArticlePrefix.size()), params);
  }
  return ErrorResponse(404, "no such path: " + path);
}

}  // namespace

Api::Api(std::string db_path) : snapshot_(std::make_unique<Snapshot>(std::move(db_path))) {}
Api::~Api() = default;

ApiResponse Api::Get(const ApiRequest& request) {
  // Everything past here reads the request as text, and answers it in JSON.
  if (!text::IsValidUtf8(request.path)) return ErrorResponse(400, "the path is not UTF-8 text");
  for (const auto& [name, value] : request.params) {
    if (!text::IsValidUtf8(name) || !text::IsValidUtf8(value)) {
      return ErrorResponse(400, "a parameter is not UTF-8 text");
    }
  }
  int64_t version = 0;
  if (Status s = snapshot_->Refresh(&version); !s.ok()) return ErrorResponse(500, s.message());
  const std::string key = KeyOf(request);
  if (std::optional<ApiResponse> kept = snapshot_->Answer(key)) return *kept;
  Reader reader(snapshot_.get(), version);
  const ApiResponse answer = Route(request, reader);
  if (answer.status == 200) snapshot_->Keep(version, key, answer);
  return answer;
}

void Api::Warm() {
  int64_t version = 0;
  std::shared_ptr<const match::RoleIndex> roles;
  if (snapshot_->Refresh(&version).ok()) snapshot_->Roles(version, &roles);
  for (const char* path : {"/api/summary", "/api/stories"}) Get({path, {}});
}

void Api::Interrupt() { snapshot_->Interrupt(); }

}  // namespace qt::serve
