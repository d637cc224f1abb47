// Variant clustering: each new quotation joins the clusters of the stored
// quotations that are versions of the same utterance (match/variant_link.h).
//
// Candidates come from the word-pair index (quote_keys), never from all
// pairs: a stored quotation is compared only when it shares at least half of
// the shorter one's keys. Clusters are the connected components of the
// "same utterance" relation, which is symmetric, so the clusters do not
// depend on the order articles arrive in; a cluster's number is its first
// quotation's qid.
#pragma once

#include <cstdint>
#include <vector>

#include "base/status.h"
#include "match/quote_words.h"
#include "quotes/quote.h"
#include "store/quote_store.h"

namespace qt::pipeline {

// `quotes` are the quotations of the article row `article_seq` just stored
// with keys `qids`; `words[i]` are quote i's own words. Scare quotes and
// titles are not clustered.
Status ClusterQuotes(store::QuoteStore& store, int64_t article_seq,
                     const std::vector<quotes::Quote>& quotes, const std::vector<match::Words>& words,
                     const std::vector<int64_t>& qids);

}  // namespace qt::pipeline
