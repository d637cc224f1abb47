#include "pipeline/copy_detection.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <utility>

namespace qt::pipeline {

CopyFeatures CopyFeaturesOf(std::string_view text, const CopyOptions& options) {
  CopyFeatures f;
  f.text = match::Shingle(text, options.shingle_words);
  f.positions = match::PositionsOf(f.text);
  f.signature = match::MinHashOf(f.text.shingles, &f.shingles);
  f.band_keys = match::BandKeys(f.signature, options.bands);
  const auto every = static_cast<uint64_t>(options.anchor_every);
  for (const uint64_t h : f.text.shingles) {
    if (h != 0 && (h >> 40) % every == 0) f.anchors.push_back(h);
  }
  std::sort(f.anchors.begin(), f.anchors.end());
  f.anchors.erase(std::unique(f.anchors.begin(), f.anchors.end()), f.anchors.end());
  return f;
}

Status CopyDetection::Open(store::Database* db, const CopyOptions& options,
                           std::unique_ptr<CopyDetection>* detection) {
  std::unique_ptr<store::CopyStore> store;
  if (Status s = store::CopyStore::Open(db, &store); !s.ok()) return s;
  std::unique_ptr<CopyDetection> d(new CopyDetection(std::move(store), options));
  Status s = d->store_->ForEachSignature(
      [&](int64_t seq, const match::Signature& signature, const std::vector<uint64_t>& anchors) {
        d->Index(seq, match::BandKeys(signature, options.bands), anchors);
      });
  if (!s.ok()) return s;
  *detection = std::move(d);
  return Status::Ok();
}

bool CopyDetection::Load(store::Database* db, const CopyOptions& options, BinaryReader* in,
                         std::unique_ptr<CopyDetection>* detection) {
  std::unique_ptr<store::CopyStore> store;
  if (!store::CopyStore::Open(db, &store).ok()) return false;
  std::unique_ptr<CopyDetection> d(new CopyDetection(std::move(store), options));
  if (!d->bands_.Load(in) || !d->anchors_.Load(in)) return false;
  *detection = std::move(d);
  return true;
}

void CopyDetection::Save(BinaryWriter* out) const {
  bands_.Save(out);
  anchors_.Save(out);
}

void CopyDetection::Index(int64_t seq, const std::vector<uint64_t>& band_keys,
                          const std::vector<uint64_t>& anchors) {
  const auto row = static_cast<uint32_t>(seq);
  for (uint64_t key : band_keys) bands_.Prefetch(key);
  for (uint64_t key : anchors) anchors_.Prefetch(key);
  for (uint64_t key : band_keys) bands_.Add(key, row);
  for (uint64_t key : anchors) anchors_.Add(key, row);
}

Status CopyDetection::Add(int64_t seq, std::string_view id, const CopyFeatures& features) {
  bool done = false;
  if (Status s = store_->HasSignature(seq, &done); !s.ok() || done) return s;
  int64_t group = seq;
  if (features.text.words.size() >= options_.min_words && features.shingles > 0) {
    stored_texts_.clear();
    if (Status s = FindCopies(seq, id, features, &group); !s.ok()) return s;
    if (Status s = FindPassages(seq, id, group, features); !s.ok()) return s;
    Index(seq, features.band_keys, features.anchors);
  }
  return store_->PutSignature(seq, features.shingles, features.signature, features.anchors);
}

Status CopyDetection::FindCopies(int64_t seq, std::string_view id, const CopyFeatures& features,
                                 int64_t* group) {
  std::vector<uint32_t> rows;
  bool full = false;
  for (uint64_t key : features.band_keys) bands_.Prefetch(key);
  for (uint64_t key : features.band_keys) {
    bands_.Find(key, &found_, &full);
    rows.insert(rows.end(), found_.begin(), found_.end());
  }
  std::sort(rows.begin(), rows.end());
  rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
  std::vector<std::pair<double, store::CopyCandidate>> similar;  // most similar first
  for (uint32_t row : rows) {
    store::CopyCandidate candidate;
    bool found = false;
    if (Status s = store_->Candidate(row, &candidate, &found); !s.ok()) return s;
    if (!found || candidate.id == id) continue;
    const double similarity = match::Similarity(features.signature, candidate.signature);
    if (similarity >= options_.min_similarity) similar.emplace_back(similarity, std::move(candidate));
  }
  std::sort(similar.begin(), similar.end(),
            [](const auto& a, const auto& b) { return a.first > b.first; });
  if (similar.size() > options_.max_copy_candidates) similar.resize(options_.max_copy_candidates);
  std::vector<int64_t> groups;
  for (const auto& [similarity, candidate] : similar) {
    if (std::find(groups.begin(), groups.end(), candidate.group) != groups.end()) continue;
    double coverage = 0;
    if (Status s = Coverage(candidate.seq, features, &coverage); !s.ok()) return s;
    if (coverage < options_.min_coverage) continue;
    if (Status s = store_->AddLink(candidate.seq, seq, coverage); !s.ok()) return s;
    groups.push_back(candidate.group);
  }
  if (groups.empty()) return Status::Ok();
  std::sort(groups.begin(), groups.end());
  return store_->Join(seq, groups, group);
}

Status CopyDetection::StoredText(int64_t row, const match::ShingledText** text) {
  auto it = stored_texts_.find(row);
  if (it == stored_texts_.end()) {
    std::string stored;
    if (Status s = store_->Text(row, &stored); !s.ok()) return s;
    it = stored_texts_.emplace(row, match::Shingle(stored, options_.shingle_words)).first;
  }
  *text = &it->second;
  return Status::Ok();
}

namespace {

// Bytes from the first word to the end of the last.
double WordSpan(const std::vector<match::HashedWord>& words) {
  return words.empty() ? 0.0 : static_cast<double>(words.back().end - words.front().start);
}

}  // namespace

Status CopyDetection::Coverage(int64_t row, const CopyFeatures& features, double* coverage) {
  const match::ShingledText* stored = nullptr;
  if (Status s = StoredText(row, &stored); !s.ok()) return s;
  double in_row = 0, in_new = 0;
  size_t words = 0;  // of the new text, inside aligned passages
  const std::vector<match::HashedWord>& new_words = features.text.words;
  for (const match::SharedPassage& p :
       match::AlignPassages(*stored, features.text, features.positions, options_.copy_alignment)) {
    in_row += p.a_end - p.a_start;
    in_new += p.b_end - p.b_start;
    const auto starts_before = [](const match::HashedWord& w, uint32_t at) { return w.start < at; };
    words += std::lower_bound(new_words.begin(), new_words.end(), p.b_end, starts_before) -
             std::lower_bound(new_words.begin(), new_words.end(), p.b_start, starts_before);
  }
  if (words < options_.min_words) {
    *coverage = 0;
    return Status::Ok();
  }
  const double row_span = WordSpan(stored->words), new_span = WordSpan(features.text.words);
  *coverage = row_span <= new_span ? in_row / std::max(row_span, 1.0)
                                   : in_new / std::max(new_span, 1.0);
  return Status::Ok();
}

Status CopyDetection::FindPassages(int64_t seq, std::string_view id, int64_t group,
                                   const CopyFeatures& features) {
  std::vector<uint32_t> postings;  // sorted below: a row's run is its shared anchors
  bool full = false;
  for (uint64_t key : features.anchors) anchors_.Prefetch(key);
  for (uint64_t key : features.anchors) {
    anchors_.Find(key, &found_, &full);
    if (full) continue;
    postings.insert(postings.end(), found_.begin(), found_.end());
  }
  std::sort(postings.begin(), postings.end());
  std::vector<std::pair<int, uint32_t>> ranked;  // (-shared anchors, row)
  for (size_t i = 0; i < postings.size();) {
    const uint32_t row = postings[i];
    int count = 0;
    for (; i < postings.size() && postings[i] == row; ++i) ++count;
    if (count >= options_.min_shared_anchors) ranked.emplace_back(-count, row);
  }
  std::sort(ranked.begin(), ranked.end());
  if (ranked.size() > options_.max_passage_candidates) ranked.resize(options_.max_passage_candidates);
  store::CopyCandidate candidate;
  for (const auto& [count, row] : ranked) {
    bool found = false;
    if (Status s = store_->Candidate(row, &candidate, &found); !s.ok()) return s;
    if (!found || candidate.id == id || candidate.group == group) continue;
    const match::ShingledText* stored = nullptr;
    if (Status s = StoredText(row, &stored); !s.ok()) return s;
    for (const match::SharedPassage& p :
         match::AlignPassages(*stored, features.text, features.positions, options_.passage)) {
      if (Status s = store_->AddPassage({row, p.a_start, p.a_end, seq, p.b_start, p.b_end});
          !s.ok()) {
        return s;
      }
    }
  }
  return Status::Ok();
}

}  // namespace qt::pipeline
