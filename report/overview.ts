/**
 * "How they differ": for each outlet, in a line or two, the important facts only it reports, the ones it
 * leaves out, the labels it gives the main actors where others differ, its tone against the set (with
 * the words that made it), its attribution stance and the contradictions it is part of. Pure: the app's
 * overview band and the HTML and Markdown reports are all made from this one model.
 */
import { TITLE_ABBREVIATIONS, TITLE_VARIANTS } from '../engine/lexicon/roles';
import type { Comparison, Fact, Omission } from '../engine/types';
import { signed, toneOf } from './vocabulary';

/** The head word of an actor's label, lower-case: what it calls the actor ("leader" of "North Korean leader", "secretary" of "Secretary of State"). */
function labelHead(label: string): string {
  const head = (label.toLowerCase().split(' of ')[0]!.split(/[\s-]+/u).at(-1) ?? '').replace(/\.$/u, '');
  // an abbreviated title is the title others write in full ("PM" Theresa May, "Prime Minister" Theresa May), and
  // "chair" the title others write "chairman"
  const full = TITLE_ABBREVIATIONS.get(head) ?? head;
  return TITLE_VARIANTS.get(full) ?? full;
}

/** Where an item's evidence is: a sentence of an article. */
export interface OverviewPlace {
  articleId: string;
  sentence: number;
}

export type OverviewKind = 'only' | 'omits' | 'labels' | 'tone' | 'attribution' | 'contradiction';

/** One difference: a heading word, the words a reader sees, quoted examples, and the place it points to. */
export interface OverviewItem {
  kind: OverviewKind;
  /** The sentence a reader reads, already naming outlets, never ids. */
  text: string;
  /** The same in a few words, for a card where the quotes carry the rest ("warmer than the others", "+6 more"). */
  short: string;
  /** Short quotations (facts, words, labels) to set apart from the sentence. */
  quotes: string[];
  place?: OverviewPlace;
}

/** One outlet's differences. */
export interface OutletOverview {
  articleId: string;
  outlet: string;
  items: OverviewItem[];
}

/** The whole overview, one entry per article in the comparison's order. */
export interface Overview {
  outlets: OutletOverview[];
  /** True when there are at least two articles to compare. */
  comparable: boolean;
}

/** Heading words for each kind of item, shared by the app and the reports. */
export const OVERVIEW_KIND_LABEL: Readonly<Record<OverviewKind, string>> = {
  only: 'Only here',
  omits: 'Leaves out',
  labels: 'Labels',
  tone: 'Tone',
  attribution: 'Attribution',
  contradiction: 'Disagrees',
};

/** How many examples an item quotes. */
const EXAMPLES = 2;

/** Kind weights for facts told by one outlet: numbers and quotes are what a reader notices first. */
const KIND_WEIGHT: Record<string, number> = { number: 3, quote: 2, 'person-role': 2, statement: 1 };

/** Importance of a fact or omission: the engine's figure where it gives one, else how many outlets carry it. */
export function importanceOf(item: Fact | Omission): number {
  const given = item.importance;
  if (typeof given === 'number' && Number.isFinite(given)) return given;
  return item.presentIn.length + (KIND_WEIGHT[item.kind ?? 'statement'] ?? 1) / 10;
}

/** A quotation in curly quotes, unless it already opens with a quote mark of its own. */
export function quoteMarks(text: string): string {
  return /^["“‘']/u.test(text) ? text : `“${text}”`;
}

function clip(text: string, max = 110): string {
  const t = text.replace(/\s+/gu, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1).trimEnd()}…` : t;
}

function list(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  if (names.length > 3) return `${names.slice(0, 2).join(', ')} and ${names.length - 2} others`;
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

function more(n: number, noun: string): string {
  return n > 0 ? ` (+${n} more ${noun})` : '';
}

/** Builds the overview; `names` gives each article's outlet name (see outlets.ts). */
export function buildOverview(comparison: Comparison, names: ReadonlyMap<string, string>): Overview {
  const nameOf = (id: string) => names.get(id) ?? 'another outlet';
  const articles = comparison.articles;
  const n = articles.length;

  const outlets = articles.map((a): OutletOverview => {
    const items: OverviewItem[] = [];
    const others = articles.filter((o) => o.id !== a.id);
    if (n < 2) return { articleId: a.id, outlet: nameOf(a.id), items };

    // Facts only this outlet reports: no other tells them even in part (a quote another outlet gives in part, or in
    // its own words, is no scoop)
    const only = comparison.facts
      .filter((f) => f.presentIn.length === 1 && f.presentIn[0] === a.id && !f.partialIn?.length)
      .sort((x, y) => importanceOf(y) - importanceOf(x) || y.text.length - x.text.length);
    if (only.length) {
      // one example per sentence: a quote and the statement of the sentence that holds it read as one thing
      const seen = new Set<number>();
      const top = only.filter((f) => !seen.has(f.sentences[a.id] ?? -1) && seen.add(f.sentences[a.id] ?? -1)).slice(0, EXAMPLES);
      items.push({
        kind: 'only',
        text: `Alone in reporting${more(only.length - top.length, only.length - top.length === 1 ? 'fact' : 'facts')}`,
        short: only.length > top.length ? `+${only.length - top.length} more` : '',
        quotes: top.map((f) => clip(f.text)),
        place: { articleId: a.id, sentence: top[0]!.sentences[a.id] ?? 0 },
      });
    }

    // Facts others carry that this one leaves out, most important first.
    // Minor facts (the engine folds them away) are not what sets an outlet apart.
    const omits = (a.omissions ?? []).filter((o) => !o.minor).sort((x, y) => importanceOf(y) - importanceOf(x));
    if (omits.length) {
      const top = omits.slice(0, EXAMPLES);
      const carriers = top[0]!.presentIn.filter((id) => id !== a.id);
      items.push({
        kind: 'omits',
        text: `Leaves out what ${carriers.length >= others.length ? 'all the others' : list(carriers.map(nameOf))} report${more(omits.length - top.length, omits.length - top.length === 1 ? 'fact' : 'facts')}`,
        short: omits.length > top.length ? `+${omits.length - top.length} more` : '',
        quotes: top.map((o) => clip(o.text)),
        place: { articleId: a.id, sentence: Math.max(0, top[0]!.anchor.afterSentence) },
      });
    }

    // Labels for actors other outlets also name, where this one's differ from everyone else's.
    const labelNotes: { text: string; quote: string; place: OverviewPlace; weight: number }[] = [];
    for (const actor of a.actors) {
      const elsewhere = others.map((o) => o.actors.find((x) => x.id === actor.id)).filter((x) => x !== undefined);
      if (elsewhere.length === 0) continue;
      // by the label's head word, as the label marks compare them: "U.S. President" and "then-President" are
      // the title others write ("President"), not words of this outlet's own
      const theirs = new Set(elsewhere.flatMap((x) => x.labels.map(labelHead)));
      const own = [...new Set(actor.labels)].filter((l) => !theirs.has(labelHead(l)));
      if (own.length === 0) continue;
      const mention = actor.mentions.find((m) => own.some((l) => m.text.toLowerCase().includes(l.toLowerCase()))) ?? actor.mentions[0];
      labelNotes.push({
        text: actor.name,
        quote: `${own[0]} ${actor.name}`.replace(/\s+/gu, ' '),
        place: { articleId: a.id, sentence: mention?.sentence ?? 0 },
        weight: elsewhere.length * 100 + actor.mentions.length,
      });
    }
    labelNotes.sort((x, y) => y.weight - x.weight);
    if (labelNotes.length) {
      const top = labelNotes.slice(0, EXAMPLES);
      items.push({
        kind: 'labels',
        text: `Names ${list(top.map((l) => l.text))} in words no other outlet uses`,
        short: '',
        quotes: top.map((l) => l.quote),
        place: top[0]!.place,
      });
    }

    // Tone against the set, with the words that weighed most in that direction.
    const own = a.sentiment.comparative;
    const rest = others.reduce((s, o) => s + o.sentiment.comparative, 0) / others.length;
    const gap = own - rest;
    const direction = gap < 0 ? -1 : 1;
    const words = a.sentences
      .flatMap((s) => s.sentiment.words.map((w) => ({ ...w, sentence: s.index })))
      .filter((w) => Math.sign(w.score) === direction)
      .sort((x, y) => Math.abs(y.score) - Math.abs(x.score));
    const distinct: typeof words = [];
    for (const w of words) if (!distinct.some((d) => d.word.toLowerCase() === w.word.toLowerCase())) distinct.push(w);
    const per100 = (v: number) => signed(v * 100, 1);
    // against a more negative set, a neutral or mildly negative outlet reads less negative, not more positive (and the
    // other way round): the direction of the gap, said of where the outlet stands
    const judged =
      Math.abs(gap) < 0.005
        ? 'about as'
        : gap < 0
          ? own >= 0 && rest > 0
            ? 'less positive than'
            : 'more negative than'
          : own <= 0 && rest < 0
            ? 'less negative than'
            : 'more positive than';

    items.push({
      kind: 'tone',
      short: judged === 'about as' ? `${toneOf(own)}, in line with the others` : `${judged} the others`,
      text:
        judged === 'about as'
          ? `Reads ${toneOf(own)}, in line with the others (${per100(own)} per 100 words)`
          : `Reads ${toneOf(own)}, ${judged} the others (${per100(own)} vs ${per100(rest)} per 100 words)`,
      quotes: judged === 'about as' ? [] : distinct.slice(0, 3).map((w) => w.word),
      ...(judged !== 'about as' && distinct[0] ? { place: { articleId: a.id, sentence: distinct[0].sentence } } : {}),
    });

    // Attribution stance: the doubting or endorsing verbs the outlet itself uses (not inside quotes), one item
    // per stance so each verb is quoted beside the stance it takes.
    const stance = { doubt: new Map<string, number>(), endorse: new Map<string, number>() };
    const firstOf: Partial<Record<'doubt' | 'endorse', OverviewPlace>> = {};
    for (const h of a.highlights) {
      if (h.category !== 'attribution' || h.quoted || (h.attribution !== 'doubt' && h.attribution !== 'endorse')) continue;
      const m = stance[h.attribution];
      const w = h.text.toLowerCase();
      m.set(w, (m.get(w) ?? 0) + 1);
      if (!firstOf[h.attribution]) {
        const s = a.sentences.find((x) => x.start <= h.start && h.start < x.end);
        firstOf[h.attribution] = { articleId: a.id, sentence: s?.index ?? 0 };
      }
    }
    for (const [kind, verb, short] of [
      ['doubt', 'casts doubt', 'doubts'],
      ['endorse', 'endorses', 'endorses'],
    ] as const) {
      const counts = stance[kind];
      const n = [...counts.values()].reduce((s, v) => s + v, 0);
      if (!n) continue;
      const verbs = [...counts.entries()].sort((x, y) => y[1] - x[1]).map(([w]) => w);
      const place = firstOf[kind];
      items.push({
        kind: 'attribution',
        text: `In its own words it ${verb} ${n === 1 ? 'once' : `${n} times`}`,
        short: `${short} ×${n}`,
        quotes: verbs.slice(0, 3),
        ...(place ? { place } : {}),
      });
    }

    // Contradictions this outlet is part of.
    const mine = comparison.contradictions.filter((c) => c.values.some((v) => v.articleId === a.id));
    if (mine.length) {
      const c = mine[0]!;
      const v = c.values.find((x) => x.articleId === a.id)!;
      // the other side: values told otherwise, not the same title or figure in other words
      const against = c.values.filter((x) => x.articleId !== a.id && x.side !== v.side);
      const them = [...new Set(against.map((x) => nameOf(x.articleId)))];
      items.push({
        kind: 'contradiction',
        text: `On ${clip(c.subject, 60)} it writes “${clip(v.text, 40)}”${them.length ? `, ${list(them)} ${against[0] ? `“${clip(against[0].text, 40)}”` : 'otherwise'}` : ''}${more(mine.length - 1, mine.length === 2 ? 'contradiction' : 'contradictions')}`,
        short: `${quoteMarks(clip(v.text, 40))}${them.length && against[0] ? ` where ${list(them)} ${them.length === 1 ? 'has' : 'have'} ${quoteMarks(clip(against[0].text, 40))}` : ''}${more(mine.length - 1, mine.length === 2 ? 'contradiction' : 'contradictions')}`,
        quotes: [],
        place: { articleId: a.id, sentence: v.sentence },
      });
    }
    return { articleId: a.id, outlet: nameOf(a.id), items };
  });
  return { outlets, comparable: n >= 2 };
}
