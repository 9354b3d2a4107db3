import type { AlignmentResult, ComparableArticle, PreparedSentence } from './align';
import type { FactSet } from './fact-table';
import { contentStems } from './facts-quotes';
import { FORMER_BEFORE } from './lexicon/roles';
import { datesCompatible, findQuantities, formatQuantity, type Quantity } from './numbers';
import type { Contradiction } from './types';

type Value = Contradiction['values'][number];

const ORDINAL_SINCE = /\b(first|second|third|last)\b([^.;:!?]{1,80}?)\bsince\s([^,.;:!?—–()]{1,160})/giu;
/** Words after which a "since …" reference has ended: the verb or clause that follows it. */
const SINCE_END = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'are', 'and', 'when', 'where', 'which', 'who', 'that', 'but', 'as', 'after', 'before', 'with']);
/** "since …" references compared per class and article: bounds the work on texts made of them. */
const PER_CLASS = 16;
/** A title said to be past ("former President", "ex-minister"); "then-President" gives the title as it was then and contradicts no one. */
const FORMER = /^(?:former|ex-)\s*/iu;
const LEFT_OFFICE = /\b(?:left|leaving|leave)\s+(?:the\s+)?(?:white\s+house|office)\b/iu;
const TOOK_WORD = /^(?:return(?:ed|ing)?|tak(?:ing|e)|took|retak(?:ing|e)|back)$/u;
const OFFICE_WORD = /^(?:office|power)$/u;

/** "returning to office", "took power", "back in the White House", "his inauguration", "office again": word by word, linear. */
function tookOffice(since: string): boolean {
  const words = since.toLowerCase().split(/\P{L}+/u);
  let took = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === 'inauguration' || (w === 'office' && words[i + 1] === 'again')) return true;
    if (took && (OFFICE_WORD.test(w) || (w === 'white' && words[i + 1] === 'house'))) return true;
    if (TOOK_WORD.test(w)) took = true;
  }
  return false;
}

/** The "since …" reference up to the verb or clause that follows it. */
function sinceEnd(text: string): string {
  const words = text.trim().split(/\s+/u);
  const end = words.findIndex((w, i) => i > 0 && SINCE_END.has(w.toLowerCase()));
  return (end < 0 ? words : words.slice(0, end)).join(' ');
}

function short(text: string, max = 8): string {
  const words = text.trim().split(/\s+/u);
  return words.length > max ? `${words.slice(0, max).join(' ')}…` : text.trim();
}

function articlesOf(values: Value[]): string {
  return [...new Set(values.map((v) => v.articleId))].join(', ');
}

/** Facts on which articles disagree: titles ("former President"), numbers, dates and "first … since" ordinals. */
export function findContradictions(articles: ComparableArticle[], alignment: AlignmentResult, factSet: FactSet): Contradiction[] {
  const out: Contradiction[] = [];
  const add = (c: Omit<Contradiction, 'id'>) => out.push({ id: `c${out.length + 1}`, ...c });
  titles(articles, factSet, add);
  numbersAndDates(alignment, add);
  ordinals(alignment, add);
  return out;
}

/** "President Donald Trump" in one article, "former President Donald Trump" in another. */
function titles(articles: ComparableArticle[], factSet: FactSet, add: (c: Omit<Contradiction, 'id'>) => void): void {
  const reported = new Set<string>();
  // articles that give someone's title as it was then ("under President X"): no later title contradicts them
  const past = new Set<string>();
  const byPerson = new Map<string, typeof factSet.roles>();
  for (const r of factSet.roles) {
    if (r.past) {
      if (r.actor) past.add(`${r.actor}|${r.article}`);
      continue;
    }
    const key = `${r.actor ?? r.nameTokens[r.nameTokens.length - 1]}|${r.roleKey}`;
    const list = byPerson.get(key) ?? [];
    list.push(r);
    byPerson.set(key, list);
  }
  for (const roles of byPerson.values()) {
    const former = roles.filter((r) => r.former);
    const current = roles.filter((r) => !r.former);
    const formerIds = new Set(former.map((r) => r.article));
    const currentOnly = current.filter((r) => !formerIds.has(r.article));
    if (!former.length || !currentOnly.length) continue;
    if (former[0]!.actor) reported.add(former[0]!.actor);
    const toValue = (r: (typeof roles)[number]) => ({ article: r.article, text: `${r.role} ${r.name}`, sentence: r.sentence });
    add(titleContradiction(articles, currentOnly[0]!.name, former.map(toValue), currentOnly.map(toValue)));
  }
  // the labels part 1 reads in front of each actor: "former President" in one article, "President" in another
  const byActor = new Map<string, { article: number; label: string; sentence: number; name: string }[]>();
  articles.forEach((article, a) => {
    // the 40 characters of its sentence before a mention
    const lead = (m: { start: number; sentence: number }) => {
      const s = article.sentences[m.sentence];
      return s ? s.text.slice(Math.max(0, m.start - s.start - 40), m.start - s.start) : '';
    };
    for (const actor of article.actors ?? []) {
      // "her former port chairman X": the label read is "chairman", but the article says the title is past
      if (actor.mentions.some((m) => FORMER_BEFORE.test(lead(m)))) past.add(`${actor.id}|${a}`);
      for (const label of actor.labels) {
        const list = byActor.get(actor.id) ?? [];
        list.push({ article: a, label, sentence: actor.mentions[0]?.sentence ?? 0, name: actor.name });
        byActor.set(actor.id, list);
      }
    }
  });
  for (const [id, labels] of byActor) {
    if (reported.has(id)) continue;
    const former = labels.filter((l) => FORMER.test(l.label));
    const formerArticles = new Set(former.map((l) => l.article));
    const bare = (l: string) => l.replace(FORMER, '').toLowerCase().replace(/^(?:u\.s\.|us|american)\s+/u, '');
    const current = labels.filter(
      (l) => !formerArticles.has(l.article) && !past.has(`${id}|${l.article}`) && former.some((f) => bare(f.label) === bare(l.label)),
    );
    if (!former.length || !current.length) continue;
    const toValue = (l: (typeof labels)[number]) => ({ article: l.article, text: `${l.label} ${l.name}`, sentence: l.sentence });
    add(titleContradiction(articles, labels[0]!.name, former.map(toValue), current.map(toValue)));
  }
}

/** A title told one way ("former President …") in some articles and another way in others: each article's first telling. */
function titleContradiction(
  articles: ComparableArticle[],
  subject: string,
  former: { article: number; text: string; sentence: number }[],
  current: { article: number; text: string; sentence: number }[],
): Omit<Contradiction, 'id'> {
  const firstPerArticle = (list: typeof former, side: number): Value[] => {
    const seen = new Set<number>();
    return list
      .filter((v) => !seen.has(v.article) && seen.add(v.article))
      .map((v) => ({ articleId: articles[v.article]!.id, text: v.text, sentence: v.sentence, side }));
  };
  const told = firstPerArticle(former, 0);
  const values = [...told, ...firstPerArticle(current, 1)];
  const nf = told.length;
  return {
    kind: 'title',
    subject,
    reason: `${articlesOf(values.slice(0, nf))} ${nf === 1 ? 'writes' : 'write'} “${values[0]!.text}”; ${articlesOf(values.slice(nf))} “${values[nf]!.text}”.`,
    values,
  };
}

/** Within aligned sentences: one value each of the same kind, and the values differ. */
function numbersAndDates(alignment: AlignmentResult, add: (c: Omit<Contradiction, 'id'>) => void): void {
  // every figure key and month an article gives anywhere, built on first use
  const keysOf = new Map<number, { keys: Set<string>; dates: Quantity[] }>();
  const articleFigures = (article: number) => {
    let f = keysOf.get(article);
    if (!f) {
      f = { keys: new Set(), dates: [] };
      for (const x of alignment.prepared[article]!) {
        for (const o of x.quantities) {
          f.keys.add(o.key);
          if (o.kind === 'date' && o.date?.month !== undefined) f.dates.push(o);
        }
      }
      keysOf.set(article, f);
    }
    return f;
  };
  for (const g of alignment.groups) {
    if (g.members.length < 2) continue;
    for (const kind of ['percent', 'money', 'duration', 'count', 'date'] as const) {
      const single: { m: PreparedSentence; q: Quantity }[] = [];
      for (const m of g.members) {
        const qs = m.quantities.filter(
          (q) => q.kind === kind && !q.bound && (kind !== 'date' || (q.date?.month !== undefined && !q.date.relative)) && (kind !== 'count' || q.value >= 3),
        );
        if (qs.length === 1) single.push({ m, q: qs[0]! });
      }
      if (single.length < 2 || new Set(single.map((x) => x.q.key)).size < 2) continue;
      // a value the other article also gives somewhere is not contradicted by it
      const gives = (article: number, q: Quantity) =>
        kind === 'date'
          ? articleFigures(article).dates.some((o) => datesCompatible(o.date!, q.date!))
          : articleFigures(article).keys.has(q.key);
      const clash = (a: (typeof single)[number], b: (typeof single)[number]) =>
        (kind !== 'count' || headOf(a.m, a.q) === headOf(b.m, b.q)) &&
        (kind === 'date' ? !datesCompatible(a.q.date!, b.q.date!) : a.q.key !== b.q.key && comparableScale([a.q, b.q])) &&
        !gives(b.m.article, a.q) &&
        !gives(a.m.article, b.q);
      // one member per distinct figure is enough to look for a clash
      const seen = new Set<string>();
      const distinct = single.filter((x) => !seen.has(x.q.key) && seen.add(x.q.key));
      const firstOf = new Map(distinct.map((x) => [x.q.key, x]));
      if (!single.some((a) => distinct.some((b) => b.q.key !== a.q.key && clash(a, firstOf.get(b.q.key)!)))) continue;
      const sides = new Map(distinct.map((x, i) => [x.q.key, i]));
      const values: Value[] = single.map(({ m, q }) => ({ articleId: m.articleId, text: q.text, sentence: m.sentence.index, side: sides.get(q.key)! }));
      const shown = [...new Set(single.map((s) => (kind === 'date' ? s.q.text : formatQuantity(s.q))))];
      add({
        kind: kind === 'date' ? 'date' : 'number',
        subject: short(g.members[0]!.sentence.text, 10),
        reason: `Aligned sentences give different ${kind === 'date' ? 'dates' : 'figures'}: ${shown.join(' vs ')}.`,
        values,
      });
    }
  }
}

/** The stem of the word right after a number: what it counts. */
function headOf(m: PreparedSentence, q: Quantity): string {
  return m.sentence.tokens.find((t) => t.start >= q.end && /\p{L}/u.test(t.raw))?.stem ?? '';
}

/** Different figures of one kind are a disagreement only when they are of a like size (not "2 cases" vs "1,000 people"). */
function comparableScale(qs: Quantity[]): boolean {
  const values = qs.map((q) => Math.abs(q.value)).filter((v) => v > 0);
  if (values.length < 2) return false;
  return Math.max(...values) / Math.min(...values) <= 20;
}

/**
 * "first call since January" vs "first dialogue since Trump left office": references to the last time
 * something happened, grouped into classes; classes that one article gives together count as one.
 */
function ordinals(alignment: AlignmentResult, add: (c: Omit<Contradiction, 'id'>) => void): void {
  const found: { m: PreparedSentence; ordinal: string; since: string; cls: string; text: string }[] = [];
  for (const article of alignment.prepared) {
    for (const m of article) {
      const t = m.sentence.text;
      // one scan for what both spellings share first: most sentences have neither
      if (!t.includes('ince') || (!t.includes('since') && !t.includes('Since'))) continue;
      for (const match of t.matchAll(ORDINAL_SINCE)) {
        const since = sinceEnd(match[3]!);
        const text = `${match[1]}${match[2]}since ${since}`;
        found.push({ m, ordinal: match[1]!.toLowerCase(), since, cls: sinceClass(since), text: short(text, 14) });
      }
    }
  }
  if (new Set(found.map((f) => f.m.article)).size < 2) return;
  // union the classes that one article gives together
  const parent = new Map<string, string>();
  const root = (c: string): string => {
    let r = c;
    while (parent.get(r) !== undefined && parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  for (const f of found) if (!parent.has(f.cls)) parent.set(f.cls, f.cls);
  const firstOfArticle = new Map<number, string>();
  for (const f of found) {
    const first = firstOfArticle.get(f.m.article);
    if (first === undefined) firstOfArticle.set(f.m.article, f.cls);
    else if (root(f.cls) !== root(first)) parent.set(root(f.cls), root(first));
  }
  const classes = new Map<string, typeof found>();
  for (const f of found) {
    const list = classes.get(root(f.cls));
    if (list) list.push(f);
    else classes.set(root(f.cls), [f]);
  }
  if (classes.size < 2) return;
  // only references that cannot name the same moment (leaving office against returning to it, or two
  // dates), made in sentences about the same thing (they share a word, a name or a figure)
  const clash = (a: string, b: string) =>
    (a === 'left-office' && (b === 'took-office' || b.startsWith('date:'))) ||
    (b === 'left-office' && (a === 'took-office' || a.startsWith('date:'))) ||
    (a.startsWith('date:') && b.startsWith('date:') && !sameDateClass(a, b));
  const related = (x: PreparedSentence, y: PreparedSentence) => x.features.some((f) => f !== 'w:first' && y.features.includes(f));
  // only classes that can clash, a few references each per article: the pairs stay few however long the texts
  const sample = new Map<string, typeof found>();
  for (const f of found) {
    if (f.cls.startsWith('words:')) continue;
    const key = `${f.cls}|${f.m.article}`;
    const list = sample.get(key);
    if (!list) {
      if (sample.size < PER_CLASS * PER_CLASS) sample.set(key, [f]);
    }
    else if (list.length < PER_CLASS) list.push(f);
  }
  const clashing = [...sample.values()];
  const opposed = clashing.some((xs, i) =>
    clashing.some(
      (ys, j) =>
        j > i &&
        xs[0]!.m.article !== ys[0]!.m.article &&
        root(xs[0]!.cls) !== root(ys[0]!.cls) &&
        clash(xs[0]!.cls, ys[0]!.cls) &&
        xs.some((x) => ys.some((y) => related(x.m, y.m))),
    ),
  );
  if (!opposed) return;
  const sides = new Map<string, number>();
  for (const f of found) if (!sides.has(root(f.cls))) sides.set(root(f.cls), sides.size);
  const values: Value[] = found.map((f) => ({ articleId: f.m.articleId, text: f.text, sentence: f.m.sentence.index, side: sides.get(root(f.cls))! }));
  const parts = [...classes.values()].map((list) => {
    const bySince = new Map<string, Set<string>>();
    for (const f of list.slice(0, PER_CLASS)) bySince.set(f.since, (bySince.get(f.since) ?? new Set()).add(f.m.articleId));
    return [...bySince].map(([since, ids]) => `“since ${short(since, 6)}” (${[...ids].join(', ')})`).join(', ');
  });
  add({
    kind: 'ordinal',
    subject: `the ${found[0]!.ordinal} ${short(found[0]!.text.replace(/^\w+\s+/u, '').replace(/\bsince\b.*$/iu, ''), 4)} since …`,
    reason: `Articles disagree on what this is the ${found[0]!.ordinal} since: ${parts.join(' vs ')}.`,
    values,
  });
}

function sameDateClass(a: string, b: string): boolean {
  const [ya, ma] = a.slice(5).split('-');
  const [yb, mb] = b.slice(5).split('-');
  return (!ya || !yb || ya === yb) && (!ma || !mb || ma === mb);
}

function sinceClass(since: string): string {
  const dates = findQuantities(since).filter((q) => q.kind === 'date' && !q.date?.relative);
  if (dates.length) {
    const d = dates[0]!.date!;
    return `date:${d.year ?? ''}-${d.month ?? ''}`;
  }
  if (LEFT_OFFICE.test(since)) return 'left-office';
  if (tookOffice(since)) return 'took-office';
  return `words:${contentStems(since).slice(0, 4).join(' ')}`;
}
