#include "pipeline/copy_detection.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <utility>

namespace qt::pipeline {

CopyFeatures CopyFeaturesOf(std::string_view text, const CopyOptions& options) {
  CopyFeatures f;
  f.text = std::make_shared<const match::ShingledText>(match::Shingle(text, options.shingle_words));
  f.positions = std::make_shared<const match::ShinglePositions>(*f.text);
  f.signature = match::MinHashOf(f.text->shingles, &f.shingles);
  f.band_keys = match::BandKeys(f.signature, options.bands);
  const auto every = static_cast<uint64_t>(options.anchor_every);
  std::vector<uint64_t> anchors;
  for (const uint64_t h : f.text->shingles) {
    if (h != 0 && (h >> 40) % every == 0) anchors.push_back(h);
  }
  std::sort(anchors.begin(), anchors.end());
  anchors.erase(std::unique(anchors.begin(), anchors.end()), anchors.end());
  f.anchor_tags.resize(anchors.size());
  std::transform(anchors.begin(), anchors.end(), f.anchor_tags.begin(), match::PostingTable::TagOf);
  return f;
}

Status CopyDetection::Open(store::Database* db, const CopyOptions& options,
                           std::unique_ptr<CopyDetection>* detection) {
  std::unique_ptr<store::CopyStore> store;
  if (Status s = store::CopyStore::Open(db, &store); !s.ok()) return s;
  std::unique_ptr<CopyDetection> d(new CopyDetection(std::move(store), options));
  Status s = d->store_->ForEachSignature(
      [&](int64_t seq, const match::Signature& signature, const std::vector<uint32_t>& tags) {
        d->Index(seq, signature, match::BandKeys(signature, options.bands), tags);
      });
  if (!s.ok()) return s;
  *detection = std::move(d);
  return Status::Ok();
}

bool CopyDetection::Load(store::Database* db, const CopyOptions& options, BinaryReader* in,
                         MappedReader* frozen, std::unique_ptr<CopyDetection>* detection) {
  std::unique_ptr<store::CopyStore> store;
  if (!store::CopyStore::Open(db, &store).ok()) return false;
  std::unique_ptr<CopyDetection> d(new CopyDetection(std::move(store), options));
  if (!d->bands_.Load(in, frozen) || !d->anchors_.Load(in, frozen) ||
      !in->GetVector(&d->sketches_)) {
    return false;
  }
  *detection = std::move(d);
  return true;
}

void CopyDetection::Save(BinaryWriter* out, BinaryWriter* frozen) const {
  bands_.Save(out, frozen);
  anchors_.Save(out, frozen);
  out->PutVector(sketches_);
}

void CopyDetection::Index(int64_t seq, const match::Signature& signature,
                          const std::vector<uint64_t>& band_keys,
                          const std::vector<uint32_t>& anchor_tags) {
  const auto row = static_cast<uint32_t>(seq);
  if (sketches_.size() <= row) sketches_.resize(row + row / 2 + 1024, match::Sketch{});
  sketches_[row] = match::SketchOf(signature);
  bands_.Prefetch(band_keys);
  anchors_.PrefetchTags(anchor_tags);
  for (uint64_t key : band_keys) bands_.Add(key, row);
  for (uint32_t tag : anchor_tags) anchors_.AddTag(tag, row);
}

Status CopyDetection::Add(int64_t seq, std::string_view id, CopyFeatures features) {
  CopyWork work;
  if (Status s = Prepare(seq, id, std::move(features), &work); !s.ok()) return s;
  Align(&work);
  return Decide(&work);
}

Status CopyDetection::Prepare(int64_t seq, std::string_view id, CopyFeatures features,
                              CopyWork* work) {
  *work = CopyWork();
  work->seq = seq;
  bool done = false;
  if (Status s = store_->HasSignature(seq, &done); !s.ok() || done) return s;
  work->features = std::move(features);
  const CopyFeatures& f = work->features;
  work->detect = f.text->words.size() >= options_.min_words && f.shingles > 0;
  if (work->detect) {
    if (Status s = CopyCandidates(id, work); !s.ok()) return s;
    if (Status s = PassageCandidates(id, work); !s.ok()) return s;
    for (const auto* list : {&work->copies, &work->passages}) {
      for (const CopyWork::Candidate& c : *list) {
        if (work->stored.count(c.row) > 0) continue;
        CopyWork::StoredText& stored = work->stored[c.row];
        const ShingledTextCache::Held held = texts_.Find(c.row);
        stored.shingled = held.text;
        stored.positions = held.positions;
        if (stored.shingled) continue;
        if (Status s = store_->Text(c.row, &stored.text); !s.ok()) return s;
      }
    }
    Index(seq, f.signature, f.band_keys, f.anchor_tags);
    // A copy: the work keeps its own for Align, and the next rows, which
    // are prepared before this one is decided, find this one here.
    texts_.Put(seq, f.text, f.positions);
  }
  return store_->PutSignature(seq, f.shingles, f.signature, f.anchor_tags);
}

// LSH candidates whose signatures agree on at least min_similarity of
// their slots, the most similar first.
Status CopyDetection::CopyCandidates(std::string_view id, CopyWork* work) {
  const CopyFeatures& f = work->features;
  std::vector<uint32_t> rows;
  bool full = false;
  bands_.Prefetch(f.band_keys);
  for (uint64_t key : f.band_keys) {
    bands_.Find(key, &found_, &full);
    rows.insert(rows.end(), found_.begin(), found_.end());
  }
  std::sort(rows.begin(), rows.end());
  rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
  std::vector<std::pair<double, CopyWork::Candidate>> similar;
  const match::Sketch sketch = match::SketchOf(f.signature);
  for (uint32_t row : rows) {
    if (row < sketches_.size() &&
        match::SketchAgreement(sketch, sketches_[row]) < options_.min_similarity) {
      continue;  // its signature agrees less still: not read
    }
    // The signature first: most band candidates are not similar enough,
    // and the rest of a candidate costs a read of its article's row.
    match::Signature signature;
    bool found = false;
    if (Status s = store_->Signature(row, &signature, &found); !s.ok()) return s;
    if (!found) continue;
    const double similarity = match::Similarity(f.signature, signature);
    if (similarity < options_.min_similarity) continue;
    store::CopyCandidate candidate;
    if (Status s = store_->Candidate(row, &candidate, &found); !s.ok()) return s;
    if (!found || candidate.id == id) continue;
    similar.emplace_back(similarity,
                         CopyWork::Candidate{.row = candidate.seq, .group = candidate.group});
  }
  std::sort(similar.begin(), similar.end(),
            [](const auto& a, const auto& b) { return a.first > b.first; });
  if (similar.size() > options_.max_copy_candidates) similar.resize(options_.max_copy_candidates);
  for (auto& [similarity, c] : similar) work->copies.push_back(std::move(c));
  return Status::Ok();
}

// Rows that share at least min_shared_anchors anchors, the most first.
Status CopyDetection::PassageCandidates(std::string_view id, CopyWork* work) {
  const CopyFeatures& f = work->features;
  std::vector<uint32_t> postings;
  bool full = false;
  anchors_.PrefetchTags(f.anchor_tags);
  for (uint32_t tag : f.anchor_tags) {
    anchors_.FindTag(tag, &found_, &full);
    if (full) continue;
    postings.insert(postings.end(), found_.begin(), found_.end());
  }
  row_counter_.Count(postings);
  std::vector<std::pair<int, uint32_t>> ranked;  // (-shared anchors, row)
  row_counter_.ForEach([&](RowCounter::Counted c) {
    const auto count = static_cast<int>(c.count);
    if (count >= options_.min_shared_anchors) ranked.emplace_back(-count, c.row);
  });
  std::sort(ranked.begin(), ranked.end());
  if (ranked.size() > options_.max_passage_candidates) {
    ranked.resize(options_.max_passage_candidates);
  }
  for (const auto& [count, row] : ranked) {
    store::CopyCandidate candidate;
    bool found = false;
    if (Status s = store_->Candidate(row, &candidate, &found); !s.ok()) return s;
    if (!found || candidate.id == id) continue;
    work->passages.push_back({.row = candidate.seq, .group = candidate.group});
  }
  return Status::Ok();
}

// Aligns no more than Decide may read. Decide takes copy candidates in
// order, skipping one whose group it has joined already, so within a group
// (as of Prepare) nothing after the first candidate that covers enough is
// read. A passage candidate in such a group will be in the new row's own
// group, where passages are not looked for. Candidates of groups that merge
// only after Prepare may be aligned for nothing; none that Decide reads is
// left out.
void CopyDetection::Align(CopyWork* work) const {
  if (!work->detect) return;
  std::vector<int64_t> covered;  // groups, as of Prepare, that the new row joins
  const auto in_covered = [&](int64_t group) {
    return std::find(covered.begin(), covered.end(), group) != covered.end();
  };
  for (CopyWork::Candidate& c : work->copies) {
    if (in_covered(c.group)) continue;
    AlignCandidate(work, &c, /*copy=*/true);
    if (c.coverage >= options_.min_coverage) covered.push_back(c.group);
  }
  for (CopyWork::Candidate& c : work->passages) {
    if (!in_covered(c.group)) AlignCandidate(work, &c, /*copy=*/false);
  }
}

namespace {

// Bytes from the first word to the end of the last.
double WordSpan(const std::vector<match::HashedWord>& words) {
  return words.empty() ? 0.0 : static_cast<double>(words.back().end - words.front().start);
}

// Whether x, not y, is aligned as `a`: the shorter (ties: the fewer words,
// then the lesser word hashes), whichever was stored first.
bool AlignsAsA(const match::ShingledText& x, const match::ShingledText& y) {
  const auto key = [](const match::ShingledText& t) {
    return std::make_pair(WordSpan(t.words), t.words.size());
  };
  if (key(x) != key(y)) return key(x) < key(y);
  return std::lexicographical_compare(
      x.words.begin(), x.words.end(), y.words.begin(), y.words.end(),
      [](const match::HashedWord& a, const match::HashedWord& b) { return a.hash < b.hash; });
}

// The passages a stored text and a new one share, as (stored, new) spans.
// The shorter of the two is aligned as `a` (match/passage_aligner.h), whose
// passages never overlap, whichever was stored first: two articles share
// the same passages, and are copies or not, in any ingest order. Aligned
// always as stored against new, a paragraph one printed twice met the
// other's one printing twice: a text of 249 bytes was "covered" 270 when
// stored second, nothing when first.
struct Alignment {
  std::vector<match::SharedPassage> passages;
  bool stored_is_a = true;
};

Alignment Aligned(CopyWork::StoredText* stored, const CopyFeatures& features,
                  const match::PassageOptions& options) {
  const match::ShingledText &stored_text = *stored->shingled, &new_text = *features.text;
  Alignment out;
  out.stored_is_a = !AlignsAsA(new_text, stored_text);
  if (out.stored_is_a) {
    out.passages = match::AlignPassages(stored_text, new_text, *features.positions, options);
    return out;
  }
  if (!stored->positions) {  // built once, then kept with the text in the cache
    stored->positions = std::make_shared<const match::ShinglePositions>(stored_text);
  }
  out.passages = match::AlignPassages(new_text, stored_text, *stored->positions, options);
  for (match::SharedPassage& p : out.passages) p = {p.b_start, p.b_end, p.a_start, p.a_end};
  return out;
}

}  // namespace

void CopyDetection::AlignCandidate(CopyWork* work, CopyWork::Candidate* c, bool copy) const {
  CopyWork::StoredText& stored = Shingled(work, c->row);
  const CopyFeatures& f = work->features;
  if (copy) {
    c->coverage = Coverage(&stored, f);
  } else {
    c->passages = Aligned(&stored, f, options_.passage).passages;
  }
  c->aligned = true;
}

CopyWork::StoredText& CopyDetection::Shingled(CopyWork* work, int64_t row) const {
  CopyWork::StoredText& stored = work->stored[row];
  if (!stored.shingled) {
    stored.shingled = std::make_shared<const match::ShingledText>(
        match::Shingle(stored.text, options_.shingle_words));
  }
  return stored;
}

Status CopyDetection::Decide(CopyWork* work) {
  if (!work->detect) return Status::Ok();
  for (const auto& [row, stored] : work->stored) {
    if (stored.shingled) texts_.Put(row, stored.shingled, stored.positions);
  }
  const int64_t seq = work->seq;
  std::vector<int64_t> groups;
  for (CopyWork::Candidate& c : work->copies) {
    int64_t group = 0;
    if (Status s = store_->GroupOf(c.row, &group); !s.ok()) return s;
    if (std::find(groups.begin(), groups.end(), group) != groups.end()) continue;
    if (!c.aligned) {  // Align's reasoning says never
      ++work->aligned_late;
      AlignCandidate(work, &c, /*copy=*/true);
    }
    if (c.coverage < options_.min_coverage) continue;
    if (Status s = store_->AddLink(c.row, seq, c.coverage); !s.ok()) return s;
    groups.push_back(group);
  }
  int64_t own = seq;
  if (!groups.empty()) {
    std::sort(groups.begin(), groups.end());
    if (Status s = store_->Join(seq, groups, &own); !s.ok()) return s;
  }
  for (CopyWork::Candidate& c : work->passages) {
    int64_t group = 0;
    if (Status s = store_->GroupOf(c.row, &group); !s.ok()) return s;
    if (group == own) continue;
    if (!c.aligned) {
      ++work->aligned_late;
      AlignCandidate(work, &c, /*copy=*/false);
    }
    for (const match::SharedPassage& p : c.passages) {
      if (Status s = store_->AddPassage({c.row, p.a_start, p.a_end, seq, p.b_start, p.b_end});
          !s.ok()) {
        return s;
      }
    }
  }
  return Status::Ok();
}

double CopyDetection::Coverage(CopyWork::StoredText* stored, const CopyFeatures& features) const {
  const Alignment aligned = Aligned(stored, features, options_.copy_alignment);
  const match::ShingledText& a = aligned.stored_is_a ? *stored->shingled : *features.text;
  double bytes = 0;
  size_t words = 0;  // of a, inside passages
  const auto starts_before = [](const match::HashedWord& w, uint32_t at) { return w.start < at; };
  for (const match::SharedPassage& p : aligned.passages) {
    const uint32_t start = aligned.stored_is_a ? p.a_start : p.b_start;
    const uint32_t end = aligned.stored_is_a ? p.a_end : p.b_end;
    bytes += end - start;
    words += std::lower_bound(a.words.begin(), a.words.end(), end, starts_before) -
             std::lower_bound(a.words.begin(), a.words.end(), start, starts_before);
  }
  if (words < options_.min_words) return 0;
  return bytes / std::max(WordSpan(a.words), 1.0);
}

void CopyDetection::FreeIndexes() {
  bands_ = match::PostingTable(options_.max_key_rows);
  anchors_ = match::PostingTable(options_.max_key_rows);
  decltype(sketches_)().swap(sketches_);
  texts_ = ShingledTextCache(options_.cached_texts);
}

}  // namespace qt::pipeline
