// quotetrace: who said what, to whom, where it was printed first, and how its
// words changed as it spread. This file only reads the command line and hands
// each subcommand to its function in commands.h.
#include <CLI/CLI.hpp>

#include "cli/commands.h"

#ifndef QT_VERSION
#define QT_VERSION "unknown"
#endif

namespace {

// --db, --format (one of `formats`, described by `format_help`) and INPUT,
// as every reading command has them.
void AddReadingOptions(CLI::App* command, qt::cli::ReadingArgs* args,
                       const std::string& format_help,
                       const std::vector<std::string>& formats = {"jsonl", "table"}) {
  command->add_option("--db", args->db, "Database file")->default_val("quotetrace.db");
  command->add_option("--format", args->format, format_help)
      ->check(CLI::IsMember(formats))
      ->default_val("jsonl");
  command->add_option("INPUT", args->inputs,
                      "Read these files or directories instead of the database");
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{
      "quotetrace: trace who said what, to whom, where it was printed first, and how its\n"
      "words changed as it spread across outlets."};
  app.set_version_flag("--version", std::string("quotetrace ") + QT_VERSION);
  app.require_subcommand(1);
  app.footer(
      "Exit codes: 0 ok, 1 some input rejected, 2 usage error, 3 database or system failure.\n"
      "Run 'quotetrace COMMAND --help' for a command's options.");

  qt::cli::IngestArgs ingest;
  CLI::App* ingest_cmd = app.add_subcommand(
      "ingest",
      "Read articles (.txt, .jsonl, .json, .html, .warc, feeds (.rss .atom .xml), any of "
      "them .gz; '-' for JSON Lines on stdin) into the database");
  ingest_cmd->add_option("--db", ingest.db, "Database file")->default_val("quotetrace.db");
  ingest_cmd->add_option("--max-record-mb", ingest.max_record_mb,
                         "Reject records (a file, a JSON line) larger than this")
      ->default_val(64)
      ->check(CLI::Range(1, 4096));
  ingest_cmd->add_flag("-q,--quiet", ingest.quiet, "No progress line");
  ingest_cmd->add_flag("--timings", ingest.timings, "Print where the time went (on stderr)");
  ingest_cmd->add_flag("--defer-stories", ingest.defer_stories,
                       "Leave the new articles out of stories until an ingest without this flag "
                       "(a backfill loaded in parts is then clustered once, in date order)");
  ingest_cmd->add_option("--threads", ingest.threads, "Analysis threads (0: one per core)")
      ->default_val(0);
  ingest_cmd->add_option("--batch-size", ingest.batch_size,
                         "Articles per transaction (0: the default); a kill loses at most one "
                         "transaction, which the same ingest run again completes")
      ->default_val(0);
  ingest_cmd->add_option("INPUT", ingest.inputs, "Files or directories (recursive), or '-'")
      ->required();

  qt::cli::QuotesArgs quotes;
  CLI::App* quotes_cmd = app.add_subcommand(
      "quotes", "Print quotations with their speaker, cue, addressee and reporter: every one, or "
                "those the options pick");
  AddReadingOptions(quotes_cmd, &quotes,
                    "jsonl (one object per quote), table, or csv (for spreadsheets)",
                    {"jsonl", "table", "csv"});
  quotes_cmd->add_option("--speaker", quotes.speaker,
                         "Only quotations whose speaker's name holds these words, in any case "
                         "(\"reyes\" finds Tomas Reyes), or that `speakers` counts as the same "
                         "person (\"Tomas Reyes\" finds Tomas J. Reyes)");
  quotes_cmd->add_option("--says", quotes.says,
                         "Only quotations that print these words together, in any case and "
                         "punctuation (\"no way\"); a censored word (\"b*****\") matches the "
                         "words it can hide");
  quotes_cmd->add_option("--outlet", quotes.outlet,
                         "Only quotations printed by an outlet whose name holds these words");
  quotes_cmd->add_option("--since", quotes.since,
                         "Only quotations printed on this day or later (2025-03-04); undated "
                         "articles are in no range");
  quotes_cmd->add_option("--until", quotes.until, "Only quotations printed on this day or before");
  quotes_cmd->add_option("--doc", quotes.docs, "Only the quotations of this article (repeatable)")
      ->allow_extra_args(false);
  quotes_cmd
      ->add_option("--cluster", quotes.cluster,
                   "Only the quotations of this variant cluster (the \"cluster\" field)")
      ->check(CLI::PositiveNumber);
  quotes_cmd
      ->add_option("--kind", quotes.kinds,
                   "Only quotations of these kinds (repeatable, or comma-separated); a "
                   "table shows direct and partial ones unless asked")
      ->allow_extra_args(false)
      ->delimiter(',')
      ->check(CLI::IsMember({"direct", "partial", "scare", "title"}));

  qt::cli::ClustersArgs clusters;
  CLI::App* clusters_cmd = app.add_subcommand(
      "clusters",
      "Print quote clusters, most printed first: each utterance with its canonical "
      "text, speaker, first printing, outlets, and every wording with how it differs");
  AddReadingOptions(clusters_cmd, &clusters, "jsonl (one object per cluster) or table");
  clusters_cmd->add_option("--top", clusters.top, "Only the N most printed (0: all)")
      ->default_val(0);
  clusters_cmd
      ->add_option("--min-articles", clusters.min_articles,
                   "Only clusters printed by at least this many articles")
      ->default_val(2)
      ->check(CLI::PositiveNumber);
  clusters_cmd->add_option("--speaker", clusters.speaker,
                           "Only clusters whose speaker's name holds these words, in any case");
  clusters_cmd->add_option("--says", clusters.says,
                           "Only clusters of which a printing holds these words together");

  qt::cli::SpeakersArgs speakers;
  CLI::App* speakers_cmd = app.add_subcommand(
      "speakers", "Print who is quoted, most first: quotations, articles, outlets, roles, days");
  AddReadingOptions(speakers_cmd, &speakers,
                    "jsonl (one object per speaker), table, or csv (for spreadsheets)",
                    {"jsonl", "table", "csv"});
  speakers_cmd->add_option("--outlet", speakers.outlet,
                           "Only quotations printed by an outlet whose name holds these words");
  speakers_cmd->add_option("--top", speakers.top, "Only the N most quoted (0: all)")
      ->default_val(0);

  qt::cli::StoriesArgs stories;
  CLI::App* stories_cmd = app.add_subcommand(
      "stories", "Print the story of every article: articles about the same event");
  AddReadingOptions(stories_cmd, &stories, "jsonl ({\"doc\", \"story\"} per article) or table");
  stories_cmd->add_flag("--summary", stories.summary,
                        "One object per story: title, articles, first reporter, outlets, quote "
                        "clusters, disputes");
  stories_cmd->add_option("--story", stories.stories, "Only this story (repeatable)")
      ->allow_extra_args(false);
  stories_cmd->add_option("--doc", stories.docs, "Only the story of this article (repeatable)")
      ->allow_extra_args(false);

  qt::cli::DisputesArgs disputes;
  CLI::App* disputes_cmd = app.add_subcommand(
      "disputes",
      "Print denials: each quotation that contests claims (denied, not true …), who says it, "
      "where it is printed, and the quote clusters it contests");
  AddReadingOptions(disputes_cmd, &disputes, "jsonl (one object per denial) or table");
  disputes_cmd
      ->add_option("--doc", disputes.docs, "Only the denials this article prints (repeatable)")
      ->allow_extra_args(false);
  disputes_cmd
      ->add_option("--story", disputes.stories, "Only the denials in this story (repeatable)")
      ->allow_extra_args(false);

  qt::cli::CopiesArgs copies;
  CLI::App* copies_cmd = app.add_subcommand(
      "copies", "Print copy groups (one article under several mastheads, with its source) and "
                "passages shared between articles that are not copies");
  AddReadingOptions(copies_cmd, &copies, "jsonl (a copy_group or passage object per line) or table");
  copies_cmd
      ->add_option("--doc", copies.docs,
                   "Only this article's copy group and the passages it shares (repeatable)")
      ->allow_extra_args(false);

  qt::cli::ReportArgs report;
  CLI::App* report_cmd = app.add_subcommand("report", "Summarise what the database holds");
  report_cmd->add_option("--db", report.db, "Database file")->default_val("quotetrace.db");
  report_cmd->add_option("--top", report.top, "How many stories and quotations to show")
      ->default_val(5)
      ->check(CLI::PositiveNumber);
  report_cmd
      ->add_option("--format", report.format,
                   "text, or html (one page with no scripts, to keep or pass on)")
      ->check(CLI::IsMember({"text", "html"}))
      ->default_val("text");

  qt::cli::ServeArgs serve;
  CLI::App* serve_cmd = app.add_subcommand(
      "serve",
      "Serve the database to a web browser (a page to search quotations, clusters, speakers, "
      "stories, denials, copies and read each article with its quotations marked) and to scripts "
      "(a JSON API under /api/)");
  serve_cmd->add_option("--db", serve.db, "Database file")->default_val("quotetrace.db");
  serve_cmd
      ->add_option("--host", serve.host,
                   "Address to listen on (0.0.0.0: every interface, for others on the network)")
      ->default_val("127.0.0.1");
  serve_cmd->add_option("--port", serve.port, "Port (0: any free one)")
      ->default_val(8080)
      ->check(CLI::Range(0, 65535));
  serve_cmd->add_flag("-q,--quiet", serve.quiet,
                      "No line per request (method, target, status, time) on stderr");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);  // prints help, version or the error
    return code == 0 ? qt::cli::kExitOk : qt::cli::kExitUsage;
  }
  if (*ingest_cmd) return qt::cli::RunIngestCommand(ingest);
  if (*quotes_cmd) return qt::cli::RunQuotesCommand(quotes);
  if (*speakers_cmd) return qt::cli::RunSpeakersCommand(speakers);
  if (*stories_cmd) return qt::cli::RunStoriesCommand(stories);
  if (*clusters_cmd) return qt::cli::RunClustersCommand(clusters);
  if (*disputes_cmd) return qt::cli::RunDisputesCommand(disputes);
  if (*copies_cmd) return qt::cli::RunCopiesCommand(copies);
  if (*report_cmd) return qt::cli::RunReportCommand(report);
  if (*serve_cmd) return qt::cli::RunServeCommand(serve);
  return qt::cli::kExitUsage;
}
