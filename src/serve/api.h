// Api: the JSON API that `quotetrace serve` answers, as a function from a
// request to a response, so that it is tested without a socket.
//
// Every answer is one JSON object; the objects inside it are those the
// command line's JSON Lines print (src/report), so a script written against
// one reads the other. Offsets are UTF-8 byte offsets into the article text
// as stored, as everywhere.
//
//   GET /api/summary        what the database holds (report/corpus_report.h)
//   GET /api/quotes         {"quotes": [...], "offset", "more"}: the filter
//                           of `quotes` (doc, speaker, says, cluster, kind,
//                           outlet, since, until), limit (100, at most 1000),
//                           offset; format=csv: the rows of `quotes --format
//                           csv` instead, a limit of 100,000
//   GET /api/clusters       {"clusters": [...]}: top (50), min_articles (2),
//                           speaker, says
//   GET /api/speakers       {"speakers": [...]}: outlet, top (100)
//   GET /api/stories        {"stories": [...]}: story, doc, top (50); each
//                           story also has a "timeline" of its articles
//                           [{doc, date, outlet, title}], in time order
//   GET /api/disputes       {"disputes": [...]}: story, doc
//   GET /api/copies         {"copy_groups": [...], "passages": [...], "more"}:
//                           doc, limit (1000 of each)
//   GET /api/articles/ID    the article (doc, title, outlet, date, url,
//                           revision, text) and its quotations
//
// doc, story and kind may be repeated; stories are numbered from 0. A count of 0 asks for all, but
// for quotations: a page holds 1000 at most, and "more" says whether another follows (ask again
// with offset).
//
// Errors are {"error": "..."}: 400 for a parameter that is unknown (a
// misspelt one would otherwise be ignored and answer everything), given
// twice where once is meant, or unusable (as any path or parameter that is
// not UTF-8 text, whatever its percent-encoding spelt); 404 for an unknown path or
// article; 500 when the database fails.
//
// Thread-safe: each request opens its own connection, so requests run side
// by side and an ingest may write meanwhile (SQLite's WAL: a request sees
// the database as it was when it began).
//
// Until the database changes, the Api keeps what is dear to read again
// (serve/snapshot.h): the stories, the names of role descriptions and its
// answers, so a page asked for twice, or by two people, is read once.
#pragma once

#include <map>
#include <memory>
#include <string>

namespace qt::serve {

class Snapshot;  // what the Api keeps of the database (serve/snapshot.h)

struct ApiRequest {
  std::string path;                                // decoded, without the query
  std::multimap<std::string, std::string> params;  // the query's, decoded
};

struct ApiResponse {
  int status = 200;
  std::string body;  // a JSON object, or CSV when asked for
  bool csv = false;  // a file to save: text/csv, quotations.csv
};

// {"error": `message`} with `status`: every error the server answers.
ApiResponse ErrorResponse(int status, const std::string& message);

class Api {
 public:
  // `db_path` must name an existing database (checked by the caller).
  explicit Api(std::string db_path);
  ~Api();

  ApiResponse Get(const ApiRequest& request);

  // Reads what the first requests would otherwise wait for: the names of
  // role descriptions, the summary and the stories. For a server to call on
  // a thread of its own as it starts.
  void Warm();

  // Ends the reads in progress soon, Warm's among them (they answer 500),
  // and answers every later request with 500. For a server that stops.
  void Interrupt();

 private:
  std::unique_ptr<Snapshot> snapshot_;
};

}  // namespace qt::serve
