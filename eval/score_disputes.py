#!/usr/bin/env python3
"""Scores the quotations quotetrace marks as disputes against hand labels.

Usage: score_disputes.py LABELS SET PRED.jsonl

LABELS is eval/dispute_labels.tsv (set, doc, start, end, contests); PRED is
the output of `quotetrace quotes` for the articles of SET. A quotation is
matched by its doc and byte span. Prints how many quotations are marked, how
many of them the labels call a dispute or not, and:
  precision  marked and labelled 1 / marked and labelled
  recall     marked and labelled 1 / labelled 1 (of the quotations some
             version of the rules marked: a relative recall, not the share
             of every dispute in the articles)
Marked quotations without a label are counted apart: label them.
"""
import json
import sys


def main():
    labels_path, name, pred_path = sys.argv[1:4]
    labels = {}
    with open(labels_path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            set_name, doc, start, end, contests = line.rstrip("\n").split("\t")
            if set_name == name:
                labels[(doc, int(start), int(end))] = contests == "1"
    marked = set()
    with open(pred_path, encoding="utf-8") as f:
        for line in f:
            q = json.loads(line)
            if q.get("dispute"):
                marked.add((q["doc"], q["start"], q["end"]))
    yes = sum(1 for k in marked if labels.get(k) is True)
    no = sum(1 for k in marked if labels.get(k) is False)
    unlabelled = len(marked) - yes - no
    positives = sum(1 for v in labels.values() if v)
    precision = yes / (yes + no) if yes + no else 0.0
    recall = yes / positives if positives else 0.0
    print(f"disputes: {name}: marked {len(marked)} (contests {yes}, does not {no}, "
          f"unlabelled {unlabelled}); precision {precision:.3f}, relative recall {recall:.3f} "
          f"({yes} of {positives})")


if __name__ == "__main__":
    main()
