import type { AlignmentResult, ComparableArticle, PreparedSentence } from './align';
import { stem } from './tokens';
import { NON_NAME_WORDS, ROLE_PREFIXES, ROLE_WORDS } from './lexicon/roles';
import { STOP_WORDS } from './lexicon/stop-words';
import { formatQuantity, type Quantity } from './numbers';
import type { Fact, Sentence, Token } from './types';

/** A person named with a role in one sentence: "Treasury Secretary Scott Bessent". */
export interface RoleMention {
  article: number;
  sentence: number;
  /** The role as written, with "former" and the like: "former President". */
  role: string;
  /** Role words lower-cased without "former": "treasury secretary". */
  roleKey: string;
  former: boolean;
  /** "under President X", "then-President X": the title as it was, which no later title contradicts. */
  past: boolean;
  name: string;
  nameTokens: string[];
  /** The actor (part 1) the name belongs to, where the article's actors cover it. */
  actor?: string;
  start: number;
  end: number;
}

/** What omissions and contradictions need to know of a fact beyond its public fields. */
export interface FactDetail {
  fact: Fact;
  /** Alignment groups of the carrying sentences. */
  groups: number[];
  quantity?: Quantity;
  /** Person facts: the word that identifies the person, the role phrase (two words or more), the actor id. */
  person?: { key: string; roleKey: string; actor?: string };
  /** Quote and statement facts: content stems (statements: the features two or more members share). */
  stems?: string[];
  /** Statements whose shared words are only names: too thin to call missing elsewhere. */
  thin?: boolean;
  /** Statements: the figures behind their shared `q:` features, to match other wordings of them. */
  figures?: Quantity[];
}

/** Facts of a comparison, public and with their matching details. */
export interface FactSet {
  facts: Fact[];
  details: FactDetail[];
  roles: RoleMention[];
}

/** Tellings of a number looked at to name it. */
const PHRASE_CANDIDATES = 12;
const UPPER = /^\p{Lu}/u;
const DURATION_WORD = /second|minute|hour|day|week|month|year|decade|centur/iu;
const DATE_START = /^(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/iu;
/** Words that follow a number without naming what it counts. */
const NOT_HEADS = new Set([
  'due', 'ago', 'earlier', 'later', 'more', 'less', 'fewer', 'higher', 'lower', 'percent', 'per', 'each', 'apiece',
  'last', 'next', 'this', 'year', 'years', 'old', 'fell', 'rose', 'dropped', 'says', 'said', 'according',
]);
const WORDISH = /[\p{L}\p{N}]/u;
const QUOTE_WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
const POSSESSIVE = /['’]s$/u;

/** Kinds of number worth listing as facts: not ordinals, not vague durations ("a day"), dates only with a day. */
function factQuantity(q: Quantity): boolean {
  if (q.kind === 'ordinal') return false;
  if (q.kind === 'date') return q.date?.day !== undefined;
  if (q.kind === 'duration') return /[\d\-\s]/.test(q.text) && !/^an?\s+\p{L}+$/iu.test(q.text);
  if (q.kind === 'count') return q.value >= 3 && !/^\d{4}$/.test(q.text);
  return true;
}

/** People named after a role in a sentence: capitalised runs whose last role word is followed by a name. */
export function findRoleMentions(sentence: Sentence, article: number): RoleMention[] {
  const out: RoleMention[] = [];
  // title-case headlines capitalise every word: no telling roles from names there
  if (sentence.heading) return out;
  const toks = sentence.tokens;
  let i = 0;
  while (i < toks.length) {
    if (!UPPER.test(toks[i]!.raw) || !WORDISH.test(toks[i]!.raw)) {
      i++;
      continue;
    }
    let j = i;
    while (j < toks.length && UPPER.test(toks[j]!.raw) && WORDISH.test(toks[j]!.raw)) j++;
    // toks[i..j) is a capitalised run
    let lastRole = -1;
    for (let k = i; k < j; k++) if (ROLE_WORDS.has(toks[k]!.norm.replace(/\.$/u, ''))) lastRole = k;
    if (lastRole >= 0 && lastRole < j - 1) {
      const nameToks: Token[] = [];
      for (let k = lastRole + 1; k < j && nameToks.length < 3; k++) {
        const n = toks[k]!.norm.replace(POSSESSIVE, '');
        if (NON_NAME_WORDS.has(n) || n.includes('.')) break;
        nameToks.push(toks[k]!);
        // "Tsai Ing-wen": a hyphen inside a name joins its parts
        const h = toks[k + 1];
        const after = toks[k + 2];
        if (k === j - 1 && h && after && h.raw === '-' && h.start === toks[k]!.end && after.start === h.end && WORDISH.test(after.raw)) {
          nameToks[nameToks.length - 1] = { ...toks[k]!, raw: sentence.text.slice(toks[k]!.start - sentence.start, after.end - sentence.start), norm: `${toks[k]!.norm}-${after.norm}`, end: after.end };
          j = k + 3;
          break;
        }
      }
      let roleStart = i;
      while (roleStart < lastRole && NON_NAME_WORDS.has(toks[roleStart]!.norm)) roleStart++;
      // "Former President …", "Under President …" at the start of a sentence
      let lead: Token | undefined;
      if (roleStart < lastRole && (ROLE_PREFIXES.has(toks[roleStart]!.norm) || toks[roleStart]!.norm === 'under')) lead = toks[roleStart++];
      let former = false;
      let past = false;
      let first = roleStart;
      let prev = lead ?? toks[roleStart - 1];
      if (prev?.raw === '-' && toks[roleStart - 2]) prev = toks[roleStart - 2];
      if (prev && ROLE_PREFIXES.has(prev.norm)) {
        past = prev.norm === 'then';
        former = !past && prev.norm !== 'acting' && prev.norm !== 'incoming';
        first = toks.indexOf(prev);
      }
      if (lead && !ROLE_PREFIXES.has(lead.norm)) first = roleStart;
      if (prev?.norm === 'under') past = true;
      if (nameToks.length) {
        const last = nameToks[nameToks.length - 1]!;
        const roleWords = toks.slice(roleStart, lastRole + 1).map((t) => t.norm.replace(/\.$/u, ''));
        out.push({
          article,
          sentence: sentence.index,
          role: sentence.text.slice(toks[first]!.start - sentence.start, toks[lastRole]!.end - sentence.start),
          roleKey: roleWords.join(' '),
          former,
          past,
          name: sentence.text.slice(nameToks[0]!.start - sentence.start, last.end - sentence.start).replace(POSSESSIVE, ''),
          nameTokens: nameToks.map((t) => t.norm.replace(POSSESSIVE, '')),
          start: toks[first]!.start,
          end: last.end - (POSSESSIVE.test(last.raw) ? 2 : 0),
        });
      }
    }
    i = j;
  }
  return out;
}

/** Content stems of a piece of text: lower-cased words that are not stop words, stemmed. */
export function contentStems(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(QUOTE_WORD)) {
    const norm = m[0].toLowerCase().replace(/’/gu, "'");
    if (STOP_WORDS.has(norm)) continue;
    out.add(stem(norm));
  }
  return [...out];
}

/** A sentence cut out of a longer quote, with its quotation marks made whole: “…” */
function balanceQuotes(text: string): string {
  const opens = (text.match(/“/gu) ?? []).length;
  const closes = (text.match(/”/gu) ?? []).length;
  if (closes > opens) return `“${text}`;
  if (opens > closes) return `${text}”`;
  return text;
}

const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'and', 'for', 'to', 'at', 'by', 'with']);

/** “The Joe Rogan Experience”, “Pandora Papers”: a title in quotation marks, not someone's words. */
function isTitle(text: string): boolean {
  const words = text.match(QUOTE_WORD) ?? [];
  return words.length <= 6 && words.every((w, i) => UPPER.test(w) || /^\p{N}/u.test(w) || (i > 0 && SMALL_WORDS.has(w)));
}

function quoteWords(text: string): string[] {
  return [...text.matchAll(QUOTE_WORD)].map((m) => m[0].toLowerCase().replace(/’/gu, "'"));
}

/**
 * A short phrase naming what a number in a sentence counts: the number with the words after it when
 * they are content words ("$295 billion trade imbalance"), else with up to four words before it, within
 * the clause ("tariffs reaching 145 percent"). `tight` is true for the first form.
 */
export function phraseAround(sentence: Sentence, start: number, end: number): { text: string; tight: boolean } {
  const toks = sentence.tokens;
  let a = toks.findIndex((t) => t.end > start);
  let b = toks.findLastIndex((t) => t.start < end);
  const slice = (x: number, y: number) => sentence.text.slice(toks[x]!.start - sentence.start, toks[y]!.end - sentence.start);
  if (a < 0 || b < 0) return { text: sentence.text.slice(start - sentence.start, end - sentence.start), tight: false };
  let right = b;
  const written = sentence.text.slice(start - sentence.start, end - sentence.start);
  // dates and plain durations ("in 39 years") read better with the words before them; "90-minute call" with those after
  const leftFirst = DATE_START.test(written) || (DURATION_WORD.test(written) && !/-/u.test(written));
  while (!leftFirst && right < toks.length - 1 && right - b < 3 && isNounish(toks[right + 1]!)) right++;
  if (right > b) return { text: slice(a, right), tight: true };
  const isBreak = (t: Token) => !WORDISH.test(t.raw) && !/^[$€£%-]$/u.test(t.raw);
  let words = 0;
  while (a > 0 && !isBreak(toks[a - 1]!) && words < 4) {
    a--;
    if (WORDISH.test(toks[a]!.raw)) words++;
  }
  while (a < b && toks[a]!.start < start && (!toks[a]!.content || !WORDISH.test(toks[a]!.raw))) a++;
  // never start inside a hyphenated word ("COVID-19 vaccine")
  while (a >= 2 && toks[a - 1]!.raw === '-' && toks[a - 1]!.end === toks[a]!.start && toks[a - 2]!.end === toks[a - 1]!.start) a -= 2;
  // keep "at least", "more than", "up to" with the number
  if (a > 0 && /^(?:least|most|than|to)$/u.test(toks[a]!.norm) && toks[a - 1]!.content === false && WORDISH.test(toks[a - 1]!.raw)) a--;
  if (a === toks.findIndex((t) => t.end > start) && b === toks.findLastIndex((t) => t.start < end)) {
    // nothing around it in the clause before: name it by the words that follow ("Five of the recent polls")
    while (b < toks.length - 1 && WORDISH.test(toks[b + 1]!.raw) && b - a < 4) b++;
  }
  return { text: slice(a, b), tight: false };
}

/** A lower-case content word that does not look like a verb or adverb ("deficit", not "aimed"). */
function isNounish(t: Token): boolean {
  return t.content && WORDISH.test(t.raw) && !UPPER.test(t.raw) && !/(?:ed|ing|ly)$/u.test(t.norm) && !NOT_HEADS.has(t.norm);
}

function personKeys(roles: RoleMention[]): Map<RoleMention, string> {
  const firsts = new Map<string, Set<string>>();
  for (const r of roles) {
    if (r.nameTokens.length < 2) continue;
    const last = r.nameTokens[r.nameTokens.length - 1]!;
    const set = firsts.get(last) ?? new Set<string>();
    set.add(r.nameTokens[0]!);
    firsts.set(last, set);
  }
  const keys = new Map<RoleMention, string>();
  for (const r of roles) {
    const last = r.nameTokens[r.nameTokens.length - 1]!;
    const shared = r.nameTokens.length > 1 && (firsts.get(last)?.size ?? 0) > 1;
    keys.set(r, shared ? r.nameTokens[0]! : last);
  }
  return keys;
}

/** Sets `actor` on role mentions whose name an actor mention of the same article covers. */
function resolveActors(roles: RoleMention[], articles: ComparableArticle[]): void {
  const spans = articles.map((a) => (a.actors ?? []).flatMap((actor) => actor.mentions.map((m) => ({ start: m.start, end: m.end, id: actor.id }))));
  for (const r of roles) {
    const nameStart = r.end - r.name.length;
    const hit = spans[r.article]!.find((m) => m.start <= nameStart && m.end >= r.end - 1) ?? spans[r.article]!.find((m) => m.start < r.end && m.end > nameStart);
    if (hit) r.actor = hit.id;
  }
}

/**
 * Facts at finer grain than sentences: numbers with their context, people in a role, direct quotes,
 * and the statements that alignment found in two or more articles.
 */
export function extractFacts(articles: ComparableArticle[], alignment: AlignmentResult): FactSet {
  const { prepared, groupOf, groups } = alignment;
  const details: FactDetail[] = [];
  const byKey = new Map<string, FactDetail>();
  const ids = articles.map((a) => a.id);

  const carry = (key: string, kind: Fact['kind'], s: PreparedSentence, text: () => string): FactDetail => {
    let d = byKey.get(key);
    if (!d) {
      d = { fact: { id: '', kind, text: text(), presentIn: [], sentences: {} }, groups: [] };
      byKey.set(key, d);
      details.push(d);
    }
    if (!(s.articleId in d.fact.sentences)) {
      d.fact.presentIn.push(s.articleId);
      d.fact.sentences[s.articleId] = s.sentence.index;
      const g = groupOf[s.article]![s.sentence.index]!;
      if (!d.groups.includes(g)) d.groups.push(g);
    }
    return d;
  };

  // numbers, named by a phrase from the telling most carriers share (aligned sentences), tight if possible
  const occurrences = new Map<FactDetail, { s: PreparedSentence; q: Quantity }[]>();
  for (const article of prepared) {
    for (const s of article) {
      for (const q of s.quantities) {
        if (!factQuantity(q)) continue;
        const key = q.kind === 'date' ? `date:${q.date!.month}-${q.date!.day}` : q.key;
        const d = carry(`n:${key}`, 'number', s, () => '');
        d.quantity ??= q;
        const list = occurrences.get(d);
        if (!list) occurrences.set(d, [{ s, q }]);
        else if (list.length < PHRASE_CANDIDATES) list.push({ s, q });
      }
    }
  }
  for (const [d, list] of occurrences) {
    const perGroup = new Map<number, number>();
    for (const { s } of list) {
      const g = groupOf[s.article]![s.sentence.index]!;
      perGroup.set(g, (perGroup.get(g) ?? 0) + 1);
    }
    // the phrase whose words the other tellings share wins: "U.S. goods to 10%" over a stray "10% rates"
    const phrases = list.map(({ s, q }) => ({ s, phrase: phraseAround(s.sentence, q.start, q.end) }));
    const words = phrases.map(({ phrase }) => new Set(phrase.text.toLowerCase().match(/\p{L}{3,}/gu) ?? []));
    let best = -Infinity;
    phrases.forEach(({ s, phrase }, k) => {
      let agree = 0;
      words.forEach((other, j) => j !== k && [...words[k]!].some((w) => other.has(w)) && agree++);
      const score = 50 * perGroup.get(groupOf[s.article]![s.sentence.index]!)! + 20 * agree + (phrase.tight ? 30 : 0) - phrase.text.length;
      if (score > best) {
        best = score;
        d.fact.text = phrase.text;
      }
    });
  }

  // people in a role
  const roles: RoleMention[] = [];
  for (const article of prepared) for (const s of article) roles.push(...findRoleMentions(s.sentence, s.article));
  resolveActors(roles, articles);
  const keys = personKeys(roles);
  // one name, one person: the first actor id seen for a name stands for every mention of it
  const actorOfName = new Map<string, string>();
  for (const r of roles) if (r.actor && !actorOfName.has(keys.get(r)!)) actorOfName.set(keys.get(r)!, r.actor);
  for (const r of roles) {
    if (r.roleKey === 'president' && r.nameTokens.length === 1) continue;
    const s = prepared[r.article]![r.sentence]!;
    const key = keys.get(r)!;
    const actor = actorOfName.get(key) ?? r.actor;
    // the same person in every article: through part 1's actor ids where they exist
    const d = carry(actor ? `p:actor:${actor}` : `p:${key}`, 'person-role', s, () => `${r.role.replace(/^(?:former|then|acting|late|ex|outgoing|incoming)[\s-]+/iu, '')} ${r.name}`);
    d.person ??= { key, roleKey: r.roleKey.split(' ').length > 1 ? r.roleKey : '' };
    if (actor) d.person.actor ??= actor;
  }
  // an article that names the person without the role still carries them ("Chinese leader Xi Jinping")
  const firstMention = articles.map((a) => {
    const m = new Map<string, number>();
    for (const actor of a.actors ?? []) if (actor.mentions.length) m.set(actor.id, Math.min(...actor.mentions.map((x) => x.sentence)));
    return m;
  });
  for (const d of details) {
    const actor = d.person?.actor;
    if (!actor) continue;
    firstMention.forEach((m, a) => {
      const at = m.get(actor);
      const s = at === undefined ? undefined : prepared[a]![at];
      if (s) carry(`p:actor:${actor}`, 'person-role', s, () => '');
    });
  }

  // direct quotes, with the speaker named when two articles agree on who said it (or only one quotes it)
  const quoteClusters: { words: string; stems: string[]; detail: FactDetail; text: string; speakers: Map<string, string>[] }[] = [];
  articles.forEach((article, a) => {
    for (const quote of article.quotes ?? []) {
      const words = quoteWords(quote.text);
      if (words.length < 2) continue;
      const stems = contentStems(quote.text);
      if (!stems.length) continue;
      const sentence = article.sentences.find((s) => quote.start >= s.start && quote.start < s.end);
      // headlines capitalise every word, so a title-case quote there is still a quote
      if (!sentence || (!sentence.heading && isTitle(quote.text))) continue;
      const s = prepared[a]![sentence.index]!;
      const joined = words.join(' ');
      let match = quoteClusters.find((c) => sameQuote(c.words, c.stems, joined, stems));
      if (!match) {
        const text = quote.text.length > 160 ? `${quote.text.slice(0, quote.text.lastIndexOf(' ', 150))}…` : quote.text;
        const detail = carry(`q:${quoteClusters.length}`, 'quote', s, () => `“${text.trim().replace(/[,;:]$/u, '')}”`);
        detail.stems = stems;
        match = { words: joined, stems, detail, text: detail.fact.text, speakers: [] };
        quoteClusters.push(match);
      } else carry(`q:${quoteClusters.indexOf(match)}`, 'quote', s, () => '');
      if (quote.speaker && quote.speakerName) match.speakers.push(new Map([[quote.speaker, quote.speakerName]]));
    }
  });
  for (const c of quoteClusters) {
    const count = new Map<string, number>();
    for (const m of c.speakers) for (const id of m.keys()) count.set(id, (count.get(id) ?? 0) + 1);
    const need = c.detail.fact.presentIn.length > 1 ? 2 : 1;
    const agreed = [...count].find(([, n]) => n >= need);
    if (!agreed) continue;
    const name = c.speakers.map((m) => m.get(agreed[0])).find((n) => n && /^\p{Lu}/u.test(n) && !/^(?:He|She|They|It)$/u.test(n));
    if (name) c.detail.fact.text = `${c.text} (${name})`;
  }

  // statements told in two or more articles
  groups.forEach((g, gi) => {
    if (g.members.length < 2) return;
    const core = coreFeatures(g.members);
    const rep = representative(g.members, core, alignment);
    const lower = new Set<string>();
    for (const m of g.members) for (const t of m.sentence.tokens) if (t.content && /^\p{Ll}/u.test(t.raw)) lower.add(`w:${t.stem}`);
    const thin = core.filter((f) => lower.has(f)).length < 2;
    const figures: Quantity[] = [];
    for (const f of core) {
      if (!f.startsWith('q:') || f.startsWith('q:month:')) continue;
      const q = g.members.flatMap((m) => m.quantities).find((x) => `q:${x.key}` === f);
      if (q) figures.push(q);
    }
    for (const m of g.members) {
      const d = carry(`s:${gi}`, 'statement', m, () => balanceQuotes(rep.sentence.text.trim()));
      d.stems ??= core;
      if (thin) d.thin = true;
      if (figures.length) d.figures ??= figures;
    }
  });

  const counters: Record<Fact['kind'], number> = { number: 0, 'person-role': 0, quote: 0, statement: 0 };
  const prefix: Record<Fact['kind'], string> = { number: 'n', 'person-role': 'p', quote: 'q', statement: 's' };
  for (const d of details) {
    d.fact.id = `${prefix[d.fact.kind]}${++counters[d.fact.kind]}`;
    d.fact.presentIn.sort((x, y) => ids.indexOf(x) - ids.indexOf(y));
  }
  if (details.some((d) => d.fact.kind === 'number')) {
    for (const d of details) if (d.quantity && d.fact.kind === 'number') d.fact.value = formatQuantity(d.quantity);
  }
  return { facts: details.map((d) => d.fact), details, roles };
}

function sameQuote(wordsA: string, stemsA: string[], wordsB: string, stemsB: string[]): boolean {
  if (wordsA === wordsB) return true;
  const shortest = Math.min(stemsA.length, stemsB.length);
  if (shortest < 3) return wordsA.includes(wordsB) || wordsB.includes(wordsA);
  const setA = new Set(stemsA);
  let shared = 0;
  for (const s of stemsB) if (setA.has(s)) shared++;
  return shared / shortest >= 0.6;
}

/** Features shared by at least two members of a group (or all of a pair's). */
function coreFeatures(members: PreparedSentence[]): string[] {
  const count = new Map<string, number>();
  for (const m of members) for (const f of m.features) count.set(f, (count.get(f) ?? 0) + 1);
  return [...count].filter(([, n]) => n >= 2).map(([f]) => f);
}

/** The member that best stands for the group: a body sentence most like the others. */
function representative(members: PreparedSentence[], shared: string[], alignment: AlignmentResult): PreparedSentence {
  const pool = members.filter((m) => !m.sentence.heading);
  const candidates = (pool.length ? pool : members).slice(0, 8);
  const core = new Set(shared);
  let best = candidates[0]!;
  let bestScore = -1;
  for (const m of candidates) {
    let shared = 0;
    for (const f of m.features) if (core.has(f)) shared += alignment.idf.get(f) ?? 0;
    let total = 0;
    for (const f of m.features) total += alignment.idf.get(f) ?? 0;
    const score = total ? shared / Math.sqrt(total) : 0;
    if (score > bestScore) {
      bestScore = score;
      best = m;
    }
  }
  return best;
}
