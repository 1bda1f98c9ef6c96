/* sitegen search: reads the index that the build writes to search/index/ (docs/search.md).
   No framework, no server: the browser fetches the manifest, then only the term shards, tails and
   display chunks that a query needs, and caches them. The text rules (normalize, words, stem)
   must stay identical to Sources/SitegenSearch/SearchText.swift; the tests check both. The index
   is stemmed at build time (Snowball for English and Spanish): the script has no stemmer of its
   own, and learns a word's stem from the term shards, where each word form names its stem. */
(function () {
  'use strict';

  const MIN_LENGTH = 2;      // shorter words are not indexed
  const MAX_LENGTH = 40;     // longer ones neither
  const PREFIX_LENGTH = 3;   // the word being typed matches as a prefix from this length on
  const PAGE = 10;           // results shown at first, and added by "Show more"
  const PREVIEW = 5;         // results shown while the reader is still typing
  const IDLE = 300;          // ms without typing before the preview grows to a full page
  const COMPLETION = 0.8;    // weight of a completion of the word being typed (mus → muscle)
  const TAIL = 0.999;        // a tail page ranks just below top postings of the same level
  const TYPO_LENGTH = 5;     // words this long or longer may be corrected by one typo
  const FEW = 3;             // ... when their own terms are on fewer pages than this
  const TYPO = 0.5;          // weight of a term one typo away (symtoms → symptom)
  const EXACT = 1000;        // added for each word a page has as typed: exact matches rank first
  const LEVELS = 63;

  // ---- Text rules (shared with SearchText.swift) ----

  const FOLDS = { 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ø': 'o', 'ł': 'l', 'đ': 'd', 'ð': 'd', 'þ': 'th', 'ı': 'i', 'ς': 'σ', '\u2019': "'", '\u2018': "'", '\u02BC': "'" };
  const FOLD = /[ßæœøłđðþıς\u2019\u2018\u02BC]/g;
  const WORD = /[\p{L}\p{N}\p{M}]+(?:'[\p{L}\p{N}\p{M}]+)*/gu;

  function normalize(text) {
    return text.toLowerCase().normalize('NFD').replace(/\p{Mn}/gu, '').replace(FOLD, (c) => FOLDS[c]);
  }

  function words(text) {
    return (normalize(text).match(WORD) || []).map((w) => w.replace(/'s$/, '').replace(/'/g, ''));
  }

  function length(word) {
    let n = 0;
    for (const _ of word) n++; // code points, as Swift counts them
    return n;
  }

  /* Harman's S stemmer: the stem of a site in a language without a Snowball stemmer, and the
     second place a word not in the index is looked for (`muscles` on a page that only says
     `muscle`, whose form is in the index). */
  function stem(w) {
    if (length(w) < 4) return w;
    if (w.endsWith('ies') && !w.endsWith('eies') && !w.endsWith('aies')) return w.slice(0, -3) + 'y';
    if (w.endsWith('es') && !w.endsWith('aes') && !w.endsWith('ees') && !w.endsWith('oes')) return w.slice(0, -1);
    if (w.endsWith('s') && !w.endsWith('us') && !w.endsWith('ss')) return w.slice(0, -1);
    return w;
  }

  function terms(text, stop) {
    const out = [];
    for (const w of words(text)) {
      const n = length(w);
      if (n >= MIN_LENGTH && n <= MAX_LENGTH && !stop.has(w)) out.push(stem(w));
    }
    return out;
  }

  /* What a query asks for: one entry per word, all of which a page must contain. The last word
     is still being typed unless the query ends with a space or punctuation: from three letters
     on it also matches as a prefix (and a word that may become a stop word is left out). */
  function parseQuery(text, stop) {
    const list = words(text);
    const typing = list.length > 0 && /[\p{L}\p{N}\p{M}]$/u.test(normalize(text));
    const out = [];
    list.forEach((w, i) => {
      const n = length(w);
      const last = typing && i === list.length - 1;
      if (n < MIN_LENGTH || stop.has(w)) return;
      if (last && n < PREFIX_LENGTH && list.length > 1 && [...stop].some((s) => s.startsWith(w))) return;
      const item = { word: w, stem: stem(w), prefixes: null };
      if (last && n >= PREFIX_LENGTH) {
        const p = new Set([w, item.stem]);
        if (w.endsWith('ie')) p.add(w.slice(0, -2) + 'y'); // studie → study
        else if (w.endsWith('i')) p.add(w.slice(0, -1) + 'y'); // studi → study
        item.prefixes = [...p];
      }
      if (!out.some((o) => o.stem === item.stem && !o.prefixes === !item.prefixes)) out.push(item);
    });
    return out;
  }

  // The keys under which an item's word is looked for: as typed, then its S stem.
  function lookups(item) {
    return item.word === item.stem ? [item.word] : [item.word, item.stem];
  }

  /* A term shard's entry is either a stem's postings or, for a word form, the form's stem:
     `>`, how many code points of the form it keeps (base64url), and the rest. */
  function formStem(key, entry) {
    if (typeof entry !== 'string' || entry[0] !== '>') return key;
    return [...key].slice(0, VALUE[entry.charCodeAt(1)]).join('') + entry.slice(2);
  }

  // ---- Typos (SearchNearIndex.swift) ----

  // The keys under which the typo index lists the terms one edit away from `stem`: the stem
  // itself and the stem less each one of its code points.
  function nearKeys(stem) {
    const c = [...stem];
    const keys = new Set([stem]);
    for (let i = 0; i < c.length; i++) keys.add(c.slice(0, i).join('') + c.slice(i + 1).join(''));
    return [...keys];
  }

  // The terms a typo index value names: `=` for the key itself, else the position of a deleted
  // code point (base64url) and the code point.
  function nearTerms(key, value) {
    const k = [...key];
    const out = [];
    for (let i = 0; i < value.length;) {
      if (value[i] === '=') { out.push(key); i++; continue; }
      const at = VALUE[value.charCodeAt(i)];
      const c = String.fromCodePoint(value.codePointAt(i + 1));
      out.push(k.slice(0, at).join('') + c + k.slice(at).join(''));
      i += 1 + c.length;
    }
    return out;
  }

  // True when `a` and `b` are one edit apart: a code point inserted, deleted, replaced, or two
  // neighbours swapped.
  function oneEdit(a, b) {
    const x = [...a], y = [...b];
    if (Math.abs(x.length - y.length) > 1) return false;
    let i = 0;
    while (i < x.length && i < y.length && x[i] === y[i]) i++;
    const rest = (u, v) => u.join('') === v.join('');
    if (x.length === y.length) {
      if (i === x.length) return false;
      return rest(x.slice(i + 1), y.slice(i + 1)) ||
        (i + 1 < x.length && x[i] === y[i + 1] && x[i + 1] === y[i] && rest(x.slice(i + 2), y.slice(i + 2)));
    }
    return x.length < y.length ? rest(x.slice(i), y.slice(i + 1)) : rest(x.slice(i + 1), y.slice(i));
  }

  // ---- Index formats (SearchEncoding.swift) ----

  const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const VALUE = new Uint8Array(128);
  for (let i = 0; i < 64; i++) VALUE[ALPHABET.charCodeAt(i)] = i;

  // Varints from `s[i]` on, each the gap to the next document less one; `levels` gets the level
  // character that follows each gap in postings.
  function decodeGaps(s, i, levels) {
    const docs = [];
    for (let doc = -1; i < s.length;) {
      let v = 0, c;
      do { c = VALUE[s.charCodeAt(i++)]; v = v * 32 + (c & 31); } while (c >= 32);
      docs.push(doc += v + 1);
      if (levels) levels.push(VALUE[s.charCodeAt(i++)]);
    }
    return docs;
  }

  function decodePostings(s) {
    const levels = [];
    return { docs: decodeGaps(s, 0, levels), levels };
  }

  function decodeTail(s) {
    if (s[0] !== 'b') return decodeGaps(s, 1);
    const docs = [];
    for (let i = 1; i < s.length; i++) {
      const v = VALUE[s.charCodeAt(i)];
      for (let bit = 0; bit < 6; bit++) if (v & (1 << bit)) docs.push((i - 1) * 6 + bit);
    }
    return docs;
  }

  // Code point order, as Swift sorts the terms (UTF-8 bytes).
  function compare(a, b) {
    const x = [...a], y = [...b];
    for (let i = 0; i < x.length && i < y.length; i++) {
      const d = x[i].codePointAt(0) - y[i].codePointAt(0);
      if (d) return d;
    }
    return x.length - y.length;
  }

  // The shard that holds `term`: the last one whose first term is not after it.
  function shardOf(keys, term) {
    let lo = 0, hi = keys.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (compare(keys[mid], term) <= 0) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  /* The shards an item needs. `short` (from the manifest) lists the two-letter terms: a word
     like `tr` or `mu` on the way to a longer one is usually none, and then needs no shard. */
  function shardsFor(keys, item, short) {
    const out = new Set();
    if (!keys.length) return out;
    if (!item.prefixes && short && length(item.word) === MIN_LENGTH && !short.has(item.word)) return out;
    for (const key of lookups(item)) out.add(shardOf(keys, key));
    for (const p of item.prefixes || []) {
      const last = shardOf(keys, p + '\u{10FFFF}');
      for (let i = shardOf(keys, p); i <= last; i++) out.add(i);
    }
    return out;
  }

  /* ---- Searching ----
     `load(path)` returns a promise of the parsed JSON file at `path` inside the index folder.
     `check(options)` runs before files not loaded yet are requested and again once they have
     arrived, with the options given to search or describe; the page's check throws when the
     query has changed meanwhile, so a stale search stops at once instead of downloading or
     ranking for a query nobody sees. (There is no pause before downloading: waiting for the
     typing to stop cost 50 ms on every first query and saved no bytes, since the prefixes of a
     word mostly need the same term shard.) */
  function createSearch(load, check = () => {}) {
    const cache = new Map();
    const decoded = new Map();
    let manifest = null;

    function get(path) {
      if (!cache.has(path)) {
        const p = load(path);
        cache.set(path, p);
        p.catch(() => cache.delete(path));
      }
      return cache.get(path);
    }

    async function getAll(paths, options) {
      if (paths.some((p) => !cache.has(p))) check(options);
      const files = await Promise.all(paths.map(get));
      check(options);
      return files;
    }

    async function open() {
      if (!manifest) {
        const m = await get('manifest.json');
        if (m.format !== 2) throw new Error('unknown search index format ' + m.format);
        const short = typeof m.short === 'string' ? new Set(m.short.split(' ')) : null;
        const near = typeof m.near === 'string' ? frontDecoded(m.near) : null;
        manifest = { ...m, shards: frontDecoded(m.shards), near, stopSet: new Set(m.stop.split(' ')), shortSet: short };
      }
      return manifest;
    }

    function frontDecoded(text) {
      const keys = [];
      for (const coded of text ? text.split(' ') : []) {
        const before = keys.length ? [...keys[keys.length - 1]] : [];
        keys.push(before.slice(0, +coded[0]).join('') + coded.slice(1));
      }
      return keys;
    }

    function own(object, key) {
      return Object.prototype.hasOwnProperty.call(object, key);
    }

    /* The terms one typo away from each of `items` (in `item.typos`), and the term shards that
       hold them, added to `shards`: one round trip for the typo index, one for the shards. */
    async function findTypos(items, shards, options) {
      const m = manifest;
      const keys = items.map((item) => [...new Set(lookups(item).flatMap(nearKeys))]);
      const ids = [...new Set(keys.flat().map((k) => shardOf(m.near, k)))].sort((a, b) => a - b);
      const near = new Map();
      (await getAll(ids.map((i) => 'near/' + i + '.json'), options)).forEach((shard, n) => near.set(ids[n], shard));
      const more = new Set();
      items.forEach((item, n) => {
        item.typos = new Set();
        for (const key of keys[n]) {
          const shard = near.get(shardOf(m.near, key));
          if (!own(shard, key)) continue;
          for (const term of nearTerms(key, shard[key])) {
            if (lookups(item).some((w) => term !== w && oneEdit(term, w))) item.typos.add(term);
          }
        }
        for (const term of item.typos) more.add(shardOf(m.shards, term));
      });
      await loadShards([...more], shards, options);
      // A typo key may be a word form: its stem's shard too.
      const stems = new Set();
      for (const item of items) for (const key of item.typos) stems.add(shardOf(m.shards, formStem(key, shards.get(shardOf(m.shards, key))[key])));
      await loadShards([...stems], shards, options);
    }

    // Adds the term shards `ids` not in `shards` yet, in one round trip.
    async function loadShards(ids, shards, options) {
      const missing = [...new Set(ids)].filter((i) => !shards.has(i)).sort((a, b) => a - b);
      (await getAll(missing.map((i) => 'terms/' + i + '.json'), options)).forEach((shard, n) => shards.set(missing[n], shard));
    }

    /* The stems an item matches, with their factors, in `item.stems`, and every key of the
       loaded shards that leads to one of them (the word forms to highlight) in `item.marks`.
       Word forms lead to stems that may sit in a shard not loaded yet: those are fetched. */
    async function resolve(item, shards, options) {
      const m = manifest;
      const keyStem = (key) => {
        const shard = shards.get(shardOf(m.shards, key));
        return shard && own(shard, key) ? formStem(key, shard[key]) : null;
      };
      item.stems = new Map();
      const add = (term, factor) => { if (term !== null && factor > (item.stems.get(term) || 0)) item.stems.set(term, factor); };
      for (const key of lookups(item)) {
        const found = keyStem(key);
        if (found !== null) { add(found, 1); break; }
      }
      if (item.prefixes) {
        shards.forEach((shard) => {
          for (const key in shard) if (item.prefixes.some((p) => key.startsWith(p))) add(formStem(key, shard[key]), COMPLETION);
        });
      }
      for (const key of item.typos || []) add(keyStem(key), TYPO);
      await loadShards([...item.stems.keys()].map((t) => shardOf(m.shards, t)), shards, options);
      for (const [term] of item.stems) if (!own(shards.get(shardOf(m.shards, term)), term)) item.stems.delete(term);
      item.marks = new Set(item.stems.keys());
      shards.forEach((shard) => {
        for (const key in shard) if (item.stems.has(formStem(key, shard[key]))) item.marks.add(key);
      });
    }

    function idf(df) {
      return Math.log(1 + (manifest.docs - df + 0.5) / (df + 0.5));
    }

    function postingsOf(key, entry) {
      if (!decoded.has(key)) decoded.set(key, decodePostings(typeof entry === 'string' ? entry : entry[1]));
      return decoded.get(key);
    }

    // A term's entry in shard `id`, its postings decoded, and its number of pages.
    function entryOf(shards, id, term) {
      const entry = shards.get(id)[term];
      const { docs, levels } = postingsOf(id + ' ' + term, entry);
      return { entry, docs, levels, df: typeof entry === 'string' ? docs.length : entry[0] };
    }

    /* Finds the best `need` pages for `text`. Each word's pages come from the top postings of its
       terms; a term's tail (its pages beyond the top ones) is fetched only when the known pages
       cannot prove the first `need` results right, or when `options.complete` asks for it. The
       word being typed uses top postings only, unless `options.final` (Enter, "Show more"). */
    async function search(text, need = PAGE, options = {}) {
      const m = await open();
      const items = parseQuery(text, m.stopSet);
      if (!items.length) return { items, hits: [], count: 0, exact: true };
      const shardIds = new Set();
      for (const item of items) for (const i of shardsFor(m.shards, item, m.shortSet)) shardIds.add(i);
      const ids = [...shardIds].sort((a, b) => a - b);
      const shards = new Map();
      (await getAll(ids.map((i) => 'terms/' + i + '.json'), options)).forEach((shard, n) => shards.set(ids[n], shard));
      const scale = m.maxWeight / LEVELS;

      for (const item of items) {
        item.docs = new Map();
        item.loaded = []; // tails read: their pages match with the tail's score
        item.max = 0;
        item.tails = [];
        item.partial = false; // completions with tails we will not fetch
        item.typos = null;
      }
      for (const item of items) await resolve(item, shards, options);
      const entries = (item) => [...item.stems].map(([term, factor]) => {
        const id = shardOf(m.shards, term);
        return { factor, term, id, typo: factor === TYPO, ...entryOf(shards, id, term) };
      });
      const dfOf = (list) => list.reduce((most, f) => Math.max(most, f.df), 0);
      let found = items.map(entries);
      // pages of its most common term: all of them match
      items.forEach((item, n) => { item.df = dfOf(found[n]); });

      // A long word found on few pages may be misspelt: the terms one typo away count too,
      // below every page that has the word as typed.
      const unsure = items.filter((item) => m.near && m.near.length && length(item.word) >= TYPO_LENGTH && item.df < FEW);
      if (unsure.length) {
        await findTypos(unsure, shards, options);
        for (const item of unsure) await resolve(item, shards, options);
        found = items.map(entries);
      }

      items.forEach((item, n) => {
        item.typoDf = 0;
        for (const { factor, typo, entry, docs, levels, df } of found[n]) {
          // The completions of a prefix count as one word, with the idf of its most common
          // term: the word the reader is most likely typing (treat → treatment), not the
          // rarest one, ranks first, and the results change less from key to key.
          const w = idf(factor === COMPLETION ? item.df : df) * scale * factor;
          const bonus = typo ? 0 : EXACT;
          if (typo) item.typoDf = Math.max(item.typoDf, df);
          let low = LEVELS;
          for (let i = 0; i < docs.length; i++) {
            const score = w * levels[i] + bonus;
            if (score > (item.docs.get(docs[i]) || 0)) item.docs.set(docs[i], score);
            if (levels[i] < low) low = levels[i];
          }
          item.max = Math.max(item.max, w * LEVELS + bonus);
          if (typeof entry !== 'string') {
            const tail = { score: w * entry[3] * TAIL + bonus, cap: w * low + bonus, size: df - docs.length };
            if (typeof entry[2] === 'string') addTail(item, tail, entry[2]);
            else if (factor === 1 && (!item.prefixes || options.final)) item.tails.push({ ...tail, path: 'tails/' + entry[2] + '.json' });
            else item.partial = true;
          }
        }
      });

      for (;;) {
        const hits = rank(items);
        const pending = items.filter((i) => i.tails.length);
        const exact = !pending.length && !items.some((i) => i.partial);
        if (!pending.length) return hits.length || items.length < 2 ? finish(items, hits, exact) : some(items);
        // The best a page outside `hits` could score, for each word with tails: unknown for that
        // word, best for the rest. The tails of every word whose bound beats the last result
        // needed are fetched together: one round trip instead of one per word.
        const total = items.reduce((sum, i) => sum + i.max, 0);
        const last = hits.length >= need ? hits[need - 1].score : -1;
        const unproven = pending.filter((i) => total - i.max + Math.max(...i.tails.map((t) => t.cap)) > last);
        if (!options.complete && !unproven.length) return finish(items, hits, false);
        const loadTails = options.complete ? pending : unproven;
        const tails = loadTails.flatMap((i) => i.tails.map((t) => ({ item: i, tail: t })));
        const lists = await getAll(tails.map((t) => t.tail.path), options);
        tails.forEach(({ item, tail }, n) => addTail(item, tail, lists[n]));
        for (const i of loadTails) i.tails = [];
      }
    }

    /* A tail is looked up page by page (a bitmap is read as it is), not added to the word's
       map: it can hold tens of thousands of pages, and the other words leave a few hundred. */
    function addTail(item, tail, encoded) {
      item.loaded.push({ score: tail.score, size: tail.size, encoded, set: encoded[0] === 'b' ? null : new Set(decodeTail(encoded)) });
    }

    function inTail(t, doc) {
      if (t.set) return t.set.has(doc);
      const i = 1 + Math.floor(doc / 6);
      return i < t.encoded.length && (VALUE[t.encoded.charCodeAt(i)] >> (doc % 6)) & 1;
    }

    // A word's score for a page: its best term, top postings or tail; 0 if the page lacks it.
    function scoreOf(item, doc) {
      let score = item.docs.get(doc) || 0;
      for (const t of item.loaded) if (t.score > score && inTail(t, doc)) score = t.score;
      return score;
    }

    // Pages that have every word, best first (ties in site order).
    function rank(items) {
      const size = (i) => i.loaded.reduce((n, t) => n + t.size, i.docs.size);
      const smallest = items.reduce((a, b) => (size(a) <= size(b) ? a : b));
      const candidates = new Set(smallest.docs.keys());
      for (const t of smallest.loaded) for (const doc of t.set || decodeTail(t.encoded)) candidates.add(doc);
      const hits = [];
      for (const doc of candidates) {
        let score = 0;
        for (const item of items) {
          const s = scoreOf(item, doc);
          if (!s) { score = -1; break; }
          score += s;
        }
        if (score >= 0) hits.push({ doc, score });
      }
      return hits.sort((a, b) => b.score - a.score || a.doc - b.doc);
    }

    /* No page has every word: the pages with the most of them, best first (more words, then
       score), from the postings loaded (every tail the search needed is loaded by now). A page
       must hold a word that is not on most pages: `de` alone (a Spanish word the English stop
       list lets through) does not make "falta de aire" a result. */
    function some(items) {
      const counts = new Map();
      for (const item of items) {
        const docs = new Set(item.docs.keys());
        for (const t of item.loaded) for (const doc of t.set || decodeTail(t.encoded)) docs.add(doc);
        const rare = item.df <= manifest.docs / 2;
        for (const doc of docs) {
          const c = counts.get(doc) || { words: 0, score: 0, rare: false };
          c.words++;
          c.score += scoreOf(item, doc);
          c.rare = c.rare || rare;
          counts.set(doc, c);
        }
      }
      const hits = [...counts].filter(([, c]) => c.rare).map(([doc, c]) => ({ doc, score: c.score, words: c.words }))
        .sort((a, b) => b.words - a.words || b.score - a.score || a.doc - b.doc);
      return { items, hits, count: hits.length, exact: false, some: hits.length > 0 };
    }

    function finish(items, hits, exact) {
      // Without every tail the number of pages is a lower bound: the known ones, or for one word
      // the pages of its most common term.
      const count = exact || items.length > 1 ? hits.length : Math.max(hits.length, items[0].df, items[0].typoDf);
      return { items, hits, count, exact };
    }

    // The display data of some hits: [url, title, section, snippet].
    async function describe(hits, options = {}) {
      const m = await open();
      const paths = [...new Set(hits.map((h) => 'docs/' + Math.floor(h.doc / m.chunk) + '.json'))];
      const chunks = new Map();
      (await getAll(paths, options)).forEach((c, i) => chunks.set(paths[i], c));
      return hits.map((h) => {
        const [url, title, section, snippet] = chunks.get('docs/' + Math.floor(h.doc / m.chunk) + '.json')[h.doc % m.chunk];
        return { doc: h.doc, score: h.score, url, title, section, snippet };
      });
    }

    return { open, search, describe };
  }

  // Splits `text` into pieces, marking the words that a query item matches.
  function highlight(text, items, stop) {
    const pieces = [];
    let at = 0;
    for (const m of text.matchAll(/[\p{L}\p{N}\p{M}]+(?:['\u2018\u2019\u02BC][\p{L}\p{N}\p{M}]+)*/gu)) {
      const w = words(m[0]);
      const found = (i) => i.marks && (i.marks.has(w[0]) || i.marks.has(stem(w[0])) || (i.prefixes && i.prefixes.some((p) => w[0].startsWith(p))));
      if (w.length === 1 && !stop.has(w[0]) && items.some(found)) {
        if (m.index > at) pieces.push({ text: text.slice(at, m.index) });
        pieces.push({ text: m[0], mark: true });
        at = m.index + m[0].length;
      }
    }
    if (at < text.length) pieces.push({ text: text.slice(at) });
    return pieces;
  }

  // The status line's texts in English, for a theme whose search page gives none of its own.
  const TEXTS = {
    unavailable: 'Sorry, search is not available right now. Please try again later.',
    keepTyping: 'Keep typing: single letters and common words like \u201Cthe\u201D are not searched.',
    noResults: 'No results for {query}. Check the spelling, or try other or fewer words.',
    resultOne: '{count} result for {query}',
    results: '{count} results for {query}',
    atLeast: 'At least {count} results for {query}',
    some: 'No page has all of {query}; these have some of them.',
  };

  /* What the status line says of `result` for the query `text`, in `texts` (TEXTS where one is
     missing), the number written as `language` writes it. {count} and {query} are filled in one
     pass, so a query with "{count}" in it is shown as typed. */
  function statusMessage(text, result, texts, language) {
    const trimmed = text.trim();
    if (!trimmed) return '';
    const t = { ...TEXTS, ...texts };
    if (!result.items.length) return t.keepTyping;
    let count;
    try { count = result.count.toLocaleString(language); } catch (e) { count = result.count.toLocaleString('en'); } // a code the browser does not know
    const values = { count, query: '\u201C' + trimmed + '\u201D' };
    const say = (message) => message.replace(/\{(count|query)\}/g, (all, name) => values[name]);
    if (!result.hits.length) return say(t.noResults);
    if (result.some) return say(t.some);
    if (result.exact) return say(result.count === 1 ? t.resultOne : t.results);
    return say(t.atLeast);
  }

  const api = { normalize, words, stem, terms, parseQuery, nearKeys, nearTerms, oneEdit, decodePostings, decodeTail, compare, shardOf, shardsFor, createSearch, highlight, statusMessage, PAGE, PREVIEW };

  // ---- The search page ----

  function start() {
    const form = document.getElementById('search-form');
    const input = document.getElementById('search-input');
    const status = document.getElementById('search-status');
    const list = document.getElementById('search-results');
    const more = document.getElementById('search-more');
    if (!form || !input || !status || !list || !more) return;

    const folder = new URL(form.dataset.index, document.baseURI);
    const root = form.dataset.root || '';
    // The status line's texts in the page's language: the theme's `t.search_…`, given by the
    // template in data- attributes.
    const texts = { ...TEXTS, ...status.dataset };
    const language = document.documentElement.lang || 'en';
    let version = null;
    let query = '';
    let shown = 0;
    let generation = 0;
    let expand = 0;

    const engine = createSearch(async (path) => {
      const url = new URL(path, folder);
      if (version) url.search = 'v=' + version;
      const response = await fetch(url, path === 'manifest.json' ? { cache: 'no-cache' } : {});
      if (!response.ok) throw new Error(response.status + ' ' + url);
      return response.json();
    }, (options) => {
      // Each run searches with its own generation; a newer key makes it stale.
      if (options.generation !== generation) throw new Stale();
    });

    function Stale() {}

    form.classList.add('search-ready');
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      run(input.value, PAGE, { final: true });
    });
    input.addEventListener('input', () => {
      performance.mark('search-input');
      run(input.value, PAGE, { preview: true });
    });
    input.addEventListener('focus', () => { engine.open().then((m) => { version = version || m.version; }, () => {}); }, { once: true });
    // Down arrow from the box goes to the first result; Tab works as everywhere else.
    input.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown' && list.firstElementChild) {
        event.preventDefault();
        list.querySelector('a').focus();
      }
    });
    more.addEventListener('click', () => run(query, shown + PAGE, { final: true, focusNew: true }));

    async function run(text, need, options = {}) {
      const mine = ++generation;
      options = { ...options, generation: mine }; // for the engine's hooks: is this run still current?
      try {
        const m = await engine.open();
        version = m.version;
        // While typing, only the first few results are shown, so only they are proven (no tail
        // is fetched for the rest); the full page comes once typing stops.
        const result = await engine.search(text, options.preview ? PREVIEW : need, options);
        const page = await engine.describe(result.hits.slice(0, options.preview ? PREVIEW : need), options);
        if (mine !== generation) return;
        render(text, result, page, m, options);
        clearTimeout(expand);
        if (options.preview && result.hits.length > page.length) {
          expand = setTimeout(() => { if (mine === generation) run(text, need, { expanding: true }); }, IDLE);
        }
      } catch (error) {
        if (error instanceof Stale || mine !== generation) return;
        status.textContent = texts.unavailable;
        list.replaceChildren();
        more.hidden = true;
      }
    }

    function render(text, result, page, m, options) {
      const previous = shown;
      query = text;
      shown = page.length;
      const trimmed = text.trim();
      const message = statusMessage(text, result, texts, language);
      if (status.textContent !== message) status.textContent = message; // announced once

      // Results already on screen stay (and keep focus); new ones are added after them.
      const kept = [...list.children].map((li) => +li.dataset.doc);
      const same = kept.length <= page.length && kept.every((doc, i) => doc === page[i].doc);
      const items = (same ? page.slice(kept.length) : page).map((hit) => {
        const li = document.createElement('li');
        li.dataset.doc = hit.doc;
        const a = document.createElement('a');
        a.href = root + hit.url;
        a.append(...pieces(hit.title, result.items, m.stopSet));
        const h = document.createElement('h2');
        h.append(a);
        li.append(h);
        if (hit.section && hit.section !== hit.title) {
          const p = document.createElement('p');
          p.className = 'search-section';
          p.textContent = hit.section;
          li.append(p);
        }
        if (hit.snippet) {
          const p = document.createElement('p');
          p.append(...pieces(hit.snippet, result.items, m.stopSet));
          li.append(p);
        }
        return li;
      });
      if (same) list.append(...items); else list.replaceChildren(...items);
      more.hidden = !(result.hits.length > shown || (!result.exact && result.count > shown));
      const params = new URLSearchParams(location.search);
      if (trimmed) params.set('q', trimmed); else params.delete('q');
      const search = params.toString();
      history.replaceState(history.state, '', search ? '?' + search : location.pathname);
      if (options.focusNew && list.children[previous]) list.children[previous].querySelector('a').focus();
      if (!options.expanding) {
        try { performance.measure('search-results', 'search-input'); } catch (e) { /* no keystroke yet */ }
      }
    }

    function pieces(text, items, stop) {
      return highlight(text, items, stop).map((piece) => {
        if (!piece.mark) return document.createTextNode(piece.text);
        const mark = document.createElement('mark');
        mark.textContent = piece.text;
        return mark;
      });
    }

    const initial = new URLSearchParams(location.search).get('q');
    if (initial) {
      input.value = initial;
      performance.mark('search-input');
      run(initial, PAGE, { final: true });
    }
  }

  if (typeof module !== 'undefined' && module.exports) module.exports = api;
  else if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
