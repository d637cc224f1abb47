// Tests of the web page's script (src/serve/web/index.html), run by node in a
// sandbox with a stand-in for the few browser objects it touches.
// Run: node tests/serve/web_page_test.mjs (ctest runs it as web_page_test).
import assert from "node:assert/strict";
import {readFileSync} from "node:fs";
import test from "node:test";
import vm from "node:vm";

const page = readFileSync(new URL("../../src/serve/web/index.html", import.meta.url), "utf8");
const script = page.slice(page.indexOf("<script>") + 8, page.lastIndexOf("</script>"));

// A sandbox in which the script runs; `answers` maps an API path to its answer
// and `asked` records each URL fetched.
function load(answers = {}) {
  const element = () => ({innerHTML: "", textContent: "", addEventListener() {}, classList: {toggle() {}}});
  const asked = [];
  const context = vm.createContext({
    URLSearchParams, TextEncoder, TextDecoder, Promise, Error, String, Number,
    document: {getElementById: element, querySelectorAll: () => []},
    window: {addEventListener() {}},
    location: {hash: "#none"},
    fetch: async url => {
      asked.push(url);
      const path = url.split("?")[0].replace("/api/", "");
      return {ok: path in answers, statusText: "Not Found",
              json: async () => answers[path] ?? {error: "no answer for " + path}};
    },
  });
  vm.runInContext(script, context);
  return {context, asked, run: code => vm.runInContext(code, context)};
}

test("esc leaves no markup", () => {
  const {run} = load();
  assert.equal(run(`esc("<b a='1'>\\"&\\"</b>")`), "&lt;b a=&#39;1&#39;&gt;&quot;&amp;&quot;&lt;/b&gt;");
  assert.equal(run(`esc(null)`), "");
});

test("quotations are marked at their UTF-8 byte offsets, nested ones inside", () => {
  const {run, context} = load();
  const text = "Tomás said: “She told us, ‘wait’, and we did.” Then café.";
  const bytes = s => Buffer.byteLength(s);
  const outerStart = bytes("Tomás said: “"), innerStart = bytes("Tomás said: “She told us, ‘");
  const quotes = [
    {id: "a#1", start: outerStart, end: outerStart + bytes("She told us, ‘wait’, and we did."),
     kind: "direct", speaker: "Tomás Reyes", cue: "said"},
    {id: "a#2", start: innerStart, end: innerStart + bytes("wait"), kind: "direct", speaker: "Lena Okafor"},
  ];
  context.text = text;
  context.quotes = quotes;
  const html = run("highlighted(text, quotes)");
  assert.equal(html.replace(/<[^>]*>/g, ""), text);  // the text, whole and in order
  assert.match(html, /“<mark class="direct" title="Tomás Reyes \(said\)" data-quote="a#1">She told us, ‘<mark class="direct" title="Lena Okafor" data-quote="a#2">wait<\/mark>’, and we did\.<\/mark>”/);
});

test("a quotation's text cannot become markup", () => {
  const {run, context} = load();
  context.text = "He wrote “<img src=x onerror=alert(1)>”.";
  const start = Buffer.byteLength("He wrote “");
  context.quotes = [{id: "b#1", start, end: start + "<img src=x onerror=alert(1)>".length, kind: "scare"}];
  const html = run("highlighted(text, quotes)");
  assert.ok(!html.includes("<img"), html);
  assert.ok(html.includes("&lt;img src=x onerror=alert(1)&gt;"), html);
});

test("counts agree with their nouns", () => {
  const {run} = load();
  assert.equal(run(`counted(1, "article")`), "1 article");
  assert.equal(run(`counted(3, "article")`), "3 articles");
});

test("only a web address becomes a link to the original", () => {
  const {run} = load();
  assert.equal(run(`webAddress("https://example.org/a")`), true);
  assert.equal(run(`webAddress("HTTP://example.org/a")`), true);
  assert.equal(run(`webAddress("javascript:alert(1)")`), false);
  assert.equal(run(`webAddress(null)`), false);
});

test("word diffs show what a wording drops and adds", () => {
  const {run} = load();
  assert.equal(run(`diffHtml("it's [-like,-] {+b*****+} <now>")`),
               "it&#39;s <del>like,</del> <ins>b*****</ins> &lt;now&gt;");
});

test("the quotations view asks for speech unless another kind is chosen", async () => {
  const answer = {quotes: [{id: "c#1", doc: "c", text: "<b>ferry</b>", kind: "direct", chain: ["Okafor"],
                            speaker: "Lena Okafor", date: "2025-03-03", outlet: "Courier", start: 0, end: 1}],
                  offset: 0, more: true};
  const {run, asked} = load({quotes: answer});
  const html = await run(`routes.quotes(new URLSearchParams("says=ferry"))`);
  assert.ok(asked.some(u => u.startsWith("/api/quotes?") && u.includes("kind=direct&kind=partial") && u.includes("says=ferry")), asked.join(" "));
  assert.ok(html.includes("&lt;b&gt;ferry&lt;/b&gt;") && !html.includes("<b>ferry"), html);
  assert.ok(html.includes("next page"));
  assert.ok(html.includes('href="/api/quotes?says=ferry&kind=direct&kind=partial&format=csv"'), html);
  await run(`routes.quotes(new URLSearchParams("kind=all&cluster=4"))`);
  assert.ok(asked.some(u => u.includes("cluster=4") && !u.includes("kind=")), asked.join(" "));
});

test("an API error reaches the view with the server's message", async () => {
  const {run} = load({});
  await assert.rejects(run(`routes.speakers(new URLSearchParams(""))`), /no answer for speakers/);
});

test("a speaker lists the other spellings counted as them, each a search of its own", async () => {
  const person = {speaker: "Tomas Reyes", quotes: 5, articles: 3, outlets: [], roles: [], first: null, last: null,
                  printed_as: [{name: "Tomas Reyes", quotes: 3}, {name: "Reyes", quotes: 2}]};
  const alone = {speaker: "Lena Okafor", quotes: 1, articles: 1, outlets: [], roles: [], first: null, last: null,
                 printed_as: []};
  const {run} = load({speakers: {speakers: [person, alone]}});
  const html = await run(`routes.speakers(new URLSearchParams(""))`);
  assert.ok(html.includes('also <a href="#quotes?speaker=Reyes">Reyes</a>'), html);
  assert.equal((html.match(/also /g) ?? []).length, 1, html);
});

test("a denial shows the sentences that print it, its cue marked and no markup let in", async () => {
  const denial = {cluster: 7, text: "It never happened", speaker: "Lena Okafor", cues: ["denied"],
                  articles: ["a"], stories: [2], contested: [],
                  contexts: [{doc: "a", cue: "denied", start: 10, end: 70,
                              text: "Okafor denied the <b>report</b>. “It never happened,” she said."}]};
  const {run} = load({disputes: {disputes: [denial]}});
  const html = await run(`routes.disputes(new URLSearchParams(""))`);
  assert.ok(html.includes("Okafor <mark>denied</mark> the &lt;b&gt;report&lt;/b&gt;."), html);
  assert.ok(!html.includes("<b>report"), html);
});
