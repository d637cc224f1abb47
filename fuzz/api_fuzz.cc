// Fuzz target: the JSON API of `quotetrace serve` on any request.
//
// The database is the example corpus (examples/corpus), ingested once per
// process. The input is a request as a browser's address bar would send it,
// already decoded: a path, then after the first '?' parameters parted by
// '&', each a name and, after the first '=', its value. Beyond not
// crashing, the API keeps its contract (serve/api.h):
//   * it answers 200, 400 or 404, never 500 (the database does not fail);
//   * every answer but a CSV file is one JSON object, and an error holds
//     "error".
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "fuzz/fuzz_ingest.h"
#include "fuzz/fuzz_util.h"
#include "serve/api.h"
#include "store/database.h"

namespace {

// The example corpus in a database of its own, made once.
std::string ExampleDatabase() {
  const std::string path = (FuzzScratchDir("api-fuzz") / "examples.db").string();
  std::unique_ptr<qt::store::Database> db;
  FUZZ_CHECK(qt::store::Database::Open(path, &db).ok());
  FUZZ_CHECK(IngestForFuzz(*db, {QT_SOURCE_DIR "/examples/corpus"}).added > 0);
  return path;
}

qt::serve::ApiRequest RequestOf(std::string_view input) {
  qt::serve::ApiRequest request;
  const size_t query = std::min(input.find('?'), input.size());
  request.path = std::string(input.substr(0, query));
  input.remove_prefix(std::min(query + 1, input.size()));
  while (!input.empty()) {
    const std::string_view param = input.substr(0, input.find('&'));
    const size_t equals = std::min(param.find('='), param.size());
    request.params.emplace(std::string(param.substr(0, equals)),
                           std::string(param.substr(std::min(equals + 1, param.size()))));
    input.remove_prefix(std::min(param.size() + 1, input.size()));
  }
  return request;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static qt::serve::Api api(ExampleDatabase());
  const qt::serve::ApiResponse response =
      api.Get(RequestOf(std::string_view(reinterpret_cast<const char*>(data), size)));
  FUZZ_CHECK(response.status == 200 || response.status == 400 || response.status == 404);
  if (response.csv) return 0;
  const nlohmann::json body = nlohmann::json::parse(response.body, nullptr, false);
  FUZZ_CHECK(body.is_object());
  FUZZ_CHECK((response.status == 200) != body.contains("error"));
  return 0;
}
