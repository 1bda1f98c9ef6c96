#!/usr/bin/env node
// Runs templates/static/search.js in Node against an index that sitegen wrote.
//
//   node run.js check <search.js> <index folder> <cases.json>
//     checks the text rules against Swift's output and the results of queries; exits 1 on failure.
//   node run.js measure <search.js> <index folder> <query>...
//     prints, for each query, the files and bytes a browser would fetch for the first page of
//     results (manifest, term shards, tails, display chunks), as JSON; search.js itself not included.
//     `typing` is the same when every keystroke is searched (a slow typist: no keystroke is
//     skipped by the script's pause), sharing one cache, as one session typing the query: the
//     page shows the first PREVIEW results while typing, a full page once typing stops.
//
// SearchIndexTests runs `check`; scripts/search-size runs `measure`.
'use strict';
const fs = require('fs');
const path = require('path');

const [mode, scriptPath, folder, ...rest] = process.argv.slice(2);
const search = require(path.resolve(scriptPath));

function engine(log) {
  return search.createSearch(async (file) => {
    const text = fs.readFileSync(path.join(folder, file), 'utf8');
    if (log) log.push({ file, bytes: Buffer.byteLength(text) });
    return JSON.parse(text);
  });
}

async function firstPage(e, query, options) {
  const result = await e.search(query, search.PAGE, options);
  const page = await e.describe(result.hits.slice(0, search.PAGE));
  return { result, page };
}

async function check(casesPath) {
  const cases = JSON.parse(fs.readFileSync(casesPath, 'utf8'));
  const failures = [];
  const fail = (what) => failures.push(what);
  const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
  const e = engine();
  const manifest = await e.open();

  for (const t of cases.texts || []) {
    const words = search.words(t.text);
    const terms = search.terms(t.text, manifest.stopSet);
    if (!same(words, t.words)) fail(`words(${JSON.stringify(t.text)}): JS ${JSON.stringify(words)}, Swift ${JSON.stringify(t.words)}`);
    if (!same(terms, t.terms)) fail(`terms(${JSON.stringify(t.text)}): JS ${JSON.stringify(terms)}, Swift ${JSON.stringify(t.terms)}`);
  }

  for (const q of cases.queries || []) {
    const log = [];
    const { result, page } = await firstPage(engine(log), q.query);
    const urls = page.map((p) => p.url);
    const label = `query ${JSON.stringify(q.query)} (got ${JSON.stringify(urls)}, count ${result.count}${result.exact ? '' : '+'})`;
    if (q.top && !same(urls.slice(0, q.top.length), q.top)) fail(`${label}: should start with ${JSON.stringify(q.top)}`);
    for (const u of q.has || []) if (!urls.includes(u)) fail(`${label}: should include ${JSON.stringify(u)}`);
    for (const u of q.hasNot || []) if (urls.includes(u)) fail(`${label}: should not include ${JSON.stringify(u)}`);
    if (q.count !== undefined && !q.complete && result.count !== q.count) fail(`${label}: count should be ${q.count}`);
    if (q.exact !== undefined && result.exact !== q.exact) fail(`${label}: exact should be ${q.exact}`);
    if (q.words !== undefined && result.items.length !== q.words) fail(`${label}: should search ${q.words} words`);
    const shards = log.filter((l) => l.file.startsWith('terms/')).map((l) => l.file);
    if (q.shards !== undefined && shards.length !== q.shards) fail(`${label}: should fetch ${q.shards} term shards, fetched ${JSON.stringify(shards)}`);
    if (q.complete) {
      // Proving the first page from the top postings must give what reading every tail gives.
      const full = await firstPage(engine(), q.query, { complete: true });
      const fullUrls = full.page.map((p) => p.url);
      if (!same(urls, fullUrls)) fail(`${label}: with every tail loaded the first page is ${JSON.stringify(fullUrls)}`);
      if (q.count !== undefined && full.result.count !== q.count) fail(`${label}: with every tail the count is ${full.result.count}, should be ${q.count}`);
    }
    if (q.message !== undefined) {
      const message = search.statusMessage(q.query, result, q.texts || {}, q.language || 'en');
      if (message !== q.message) fail(`${label}: the status says ${JSON.stringify(message)}, should say ${JSON.stringify(q.message)}`);
    }
    if (q.highlight) {
      const pieces = search.highlight(q.highlight.text, result.items, manifest.stopSet).filter((p) => p.mark).map((p) => p.text);
      if (!same(pieces, q.highlight.marked)) fail(`${label}: highlights ${JSON.stringify(pieces)} in ${JSON.stringify(q.highlight.text)}, should be ${JSON.stringify(q.highlight.marked)}`);
    }
  }
  const n = (cases.texts || []).length + (cases.queries || []).length;
  if (failures.length) {
    console.log(failures.join('\n'));
    process.exit(1);
  }
  console.log(`search.js: ${n} checks passed`);
}

async function measure(queries) {
  const out = [];
  for (const query of queries) {
    const log = [];
    const e = engine(log);
    const started = process.hrtime.bigint();
    const { result, page } = await firstPage(e, query);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const kinds = {};
    for (const { file, bytes } of log) {
      const kind = file.split('/')[0].replace('.json', '');
      kinds[kind] = kinds[kind] || { files: 0, bytes: 0 };
      kinds[kind].files += 1;
      kinds[kind].bytes += bytes;
    }
    const typingLog = [];
    const typist = engine(typingLog);
    for (let n = 1; n < query.length; n++) {
      // As the page does: the first few results while typing, a full page once typing stops.
      const typed = await typist.search(query.slice(0, n), search.PREVIEW, { preview: true });
      await typist.describe(typed.hits.slice(0, search.PREVIEW));
    }
    await firstPage(typist, query);
    const typingKinds = {};
    for (const { file, bytes } of typingLog) {
      const kind = file.split('/')[0].replace('.json', '');
      typingKinds[kind] = typingKinds[kind] || { files: 0, bytes: 0 };
      typingKinds[kind].files += 1;
      typingKinds[kind].bytes += bytes;
    }
    out.push({ query, typing: { files: typingLog.length, bytes: typingLog.reduce((s, l) => s + l.bytes, 0), kinds: typingKinds }, count: result.count, exact: result.exact, results: page.length, top: page.slice(0, 3).map((p) => p.title),
      files: log.length, bytes: log.reduce((s, l) => s + l.bytes, 0), kinds, ms: Math.round(ms * 10) / 10 });
  }
  console.log(JSON.stringify(out, null, 1));
}

(mode === 'check' ? check(rest[0]) : mode === 'measure' ? measure(rest) : Promise.reject(new Error('mode: check or measure')))
  .catch((error) => { console.error(error.stack || String(error)); process.exit(2); });
