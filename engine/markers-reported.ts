/** Reported speech without quotation marks: the clause a named or official speaker is said to have said is theirs, not the outlet's. */
import { WEASEL_SUBJECTS } from './lexicon/framing';
import { ORGANISATION_WORDS } from './lexicon/gazetteer';
import { OFFICIAL_HEADS, REPORTED_SPEECH_VERBS, REQUEST_VERBS, SPEECH_BEFORE_CLAUSE, SPEAKER_AUXILIARIES } from './lexicon/reported-speech';
import { ROLE_WORDS } from './lexicon/roles';
import { lemmaOf } from './markers-evaluative';
import type { Span } from './text';
import type { Token } from './types';

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);
const BREAK = /^[,;:—–―()]$/u;
const QUOTE = /^["“”‘’«»']$/u;
const MAX_SPEAKER = 7;
/** The speaker range of a clause whose speaker is the sentence's subject, not named beside the verb. */
const NO_SPEAKER: [number, number] = [-1, -1];
const RELATIVE = new Set(['that', 'which', 'who', 'whom', 'whose', 'what', 'where', 'when', 'if', 'whether']);

/**
 * Token ranges [start, end) of a sentence that carry what a named or official speaker is reported to have said,
 * in either order: "…, the ministry said", "…, said the ministry", "…, according to Smith", "The ministry said (that) …",
 * "According to Smith, …", and "…, the ministry said, …" on both sides. `names` are the actor mentions (sorted spans).
 * `speakers`, where given, gets the token range of each clause's speaker, in the same order ([-1, -1] where the
 * speaker is not named beside the verb).
 */
export function reportedClauses(tokens: readonly Token[], names: readonly Span[], speakers?: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  const add = (clause: [number, number], speaker: [number, number]): void => {
    out.push(clause);
    speakers?.push(speaker);
  };
  const end = sentenceEnd(tokens);
  for (let v = 0; v < tokens.length; v++) {
    const t = tokens[v]!;
    if (t.norm === 'according' && tokens[v + 1]?.norm === 'to') {
      accordingTo(tokens, v, end, names, add);
      continue;
    }
    const lemma = lemmaOf(t);
    // "Xi requested the removal of negative measures", "called for an end to …": what a speaker asks for is in their words
    const request = REQUEST_VERBS.has(lemma) || ((lemma === 'call' || lemma === 'ask') && tokens[v + 1]?.norm === 'for');
    if (request && (t.pos === 'VERB' || t.pos === undefined)) {
      const speaker = speakerBefore(tokens, v, names);
      const from = lemma === 'call' || lemma === 'ask' ? v + 2 : v + 1;
      if (speaker && !speaker.quote && from < end && tokens[from]!.norm !== 'to') add([from, clauseEnd(tokens, from, end)], [speaker.from, speaker.to]);
      continue;
    }
    if (!REPORTED_SPEECH_VERBS.has(lemma) || !(t.pos === 'VERB' || t.pos === undefined)) continue;
    // "what the plaintiffs argue are unfair maps": the free relative hands the words after the verb to its subject
    const relative = freeRelativeSpeaker(tokens, v);
    if (relative) {
      if (v + 1 < end) add([v + 1, clauseEnd(tokens, v + 1, end)], NO_SPEAKER);
      continue;
    }
    // "defended the bill by saying (that) the rules were unfair", "…, arguing it was reckless": a gerund clause of
    // saying reports what the sentence's subject said
    if (t.norm.endsWith('ing') && GERUND_LINKS.has(tokens[v - 1]?.norm ?? '') && !weaselSubject(tokens, v)) {
      const from = clauseAfter(tokens, v, end, lemma);
      if (from !== undefined) add([from, clauseEnd(tokens, from, end)], NO_SPEAKER);
      continue;
    }
    const before = speakerBefore(tokens, v, names);
    // "“…,” Trump said (sheepishly)": the verb reports the quote before it, no clause of its own
    if (before?.quote) continue;
    const rest = skipAdjuncts(tokens, v + 1, end);
    const final = rest >= end || tokens[rest - 1]?.raw === ',';
    // "…, the ministry said (on Monday)": the speaker's clause is everything before the comma
    if (before !== undefined && before.comma >= 0 && final) {
      add([clauseStart(tokens), before.comma], [before.from, before.to]);
      // "…, the ministry said, …": and what follows the next comma
      if (rest < end) add([rest, clauseEnd(tokens, rest, end)], [before.from, before.to]);
      continue;
    }
    // "…, said the ministry" (finite: "…, saying he would" reports what follows)
    const after = tokens[v - 1]?.raw === ',' && v - 1 > 0 && !t.norm.endsWith('ing') ? speakerAfter(tokens, v, end, names) : undefined;
    if (after) {
      add([clauseStart(tokens), v - 1], after);
      continue;
    }
    // "The ministry said (on Monday) (that) …": the clause after the verb
    if (before !== undefined) {
      const from = clauseAfter(tokens, v, end, lemma);
      if (from !== undefined) add([from, clauseEnd(tokens, from, end)], [before.from, before.to]);
    }
  }
  return out;
}

/** Words before a gerund of saying that make it an adjunct of the sentence's subject ("by saying", "…, arguing"). */
const GERUND_LINKS = new Set([',', 'by', 'while', 'when', 'after', 'before', 'for', 'in']);

/**
 * Whether the reporting verb at v is the verb of a free relative in object position ("upheld what the plaintiffs
 * argue are …", "a fight over what he says is …"): "what" and a subject of a few words, not an unnamed group, stand
 * right before it.
 */
function freeRelativeSpeaker(tokens: readonly Token[], v: number): boolean {
  let k = v - 1;
  while (k >= 0 && SPEAKER_AUXILIARIES.has(tokens[k]!.norm)) k--;
  const last = k;
  while (k >= 0 && last - k < MAX_SPEAKER && tokens[k]!.norm !== 'what') {
    const t = tokens[k]!;
    if (BREAK.test(t.raw) || QUOTE.test(t.raw) || t.pos === 'VERB' || t.pos === 'AUX' || WEASEL_SUBJECTS.has(t.norm)) return false;
    k--;
  }
  if (k < 0 || k >= last || tokens[k]!.norm !== 'what') return false;
  // as a subject ("What he said was false") the predicate after it is the outlet's; as an object ("upheld what …",
  // "over what …") the copula after the verb belongs to the relative
  const head = tokens[k - 1];
  return head !== undefined && (head.pos === 'VERB' || head.pos === 'ADP');
}

/** Whether the sentence's subject before token v is an unnamed group ("Critics attacked the plan, saying …"): then the words stay the outlet's. */
function weaselSubject(tokens: readonly Token[], v: number): boolean {
  for (let k = 0; k < Math.min(v, 4); k++) {
    const t = tokens[k]!;
    if (WEASEL_SUBJECTS.has(t.norm)) return true;
    if (t.pos === 'VERB' || t.pos === 'AUX') return false;
  }
  return false;
}

/** Whether token i lies in one of the ranges. */
export function inRanges(ranges: readonly [number, number][], i: number): boolean {
  for (const [a, b] of ranges) if (i >= a && i < b) return true;
  return false;
}

function sentenceEnd(tokens: readonly Token[]): number {
  let e = tokens.length;
  while (e > 0 && /^[.!?]+$/u.test(tokens[e - 1]!.raw)) e--;
  return e;
}

/**
 * The speaker before a reporting verb at v: a named, official or pronoun subject within a clause, and the comma
 * that ends the reported clause before it (-1 when the speaker opens the sentence or its clause).
 */
function speakerBefore(tokens: readonly Token[], v: number, names: readonly Span[]): { comma: number; quote?: boolean; from: number; to: number } | undefined {
  let k = v - 1;
  while (k >= 0 && SPEAKER_AUXILIARIES.has(tokens[k]!.norm)) k--;
  const last = k;
  while (k >= 0 && last - k < MAX_SPEAKER && !BREAK.test(tokens[k]!.raw) && !QUOTE.test(tokens[k]!.raw)) k--;
  if (last < 0 || k === last) return undefined;
  // "an idea that the report cautioned against": a relative clause, not a speaker's report
  for (let j = k + 1; j <= last; j++) if (RELATIVE.has(tokens[j]!.norm) || tokens[j]!.pos === 'VERB' || tokens[j]!.pos === 'AUX') return undefined;
  // the subject runs from after the break to `last`; a longer run than a speaker's name is a clause of its own
  if (k >= 0 && !BREAK.test(tokens[k]!.raw) && !QUOTE.test(tokens[k]!.raw)) return undefined;
  if (!isSpeaker(tokens, k + 1, last + 1, names)) return undefined;
  const from = k + 1;
  const to = last + 1;
  if (k < 0) return { comma: -1, from, to };
  if (QUOTE.test(tokens[k]!.raw) || (tokens[k]!.raw === ',' && QUOTE.test(tokens[k - 1]?.raw ?? ''))) return { comma: -1, quote: true, from, to };
  return tokens[k]!.raw === ',' && k > 0 ? { comma: k, from, to } : { comma: -1, from, to };
}

/** "…, said the ministry (on Monday)": a named or official speaker right after the verb, as a token range. */
function speakerAfter(tokens: readonly Token[], v: number, end: number, names: readonly Span[]): [number, number] | undefined {
  let k = v + 1;
  const from = k;
  while (k < end && k - from < MAX_SPEAKER && !BREAK.test(tokens[k]!.raw) && tokens[k]!.pos !== 'ADP' && tokens[k]!.pos !== 'SCONJ') k++;
  // the speaker ends the clause: the sentence, a comma or an adjunct follows ("said Smith on Monday")
  if (k < end && !BREAK.test(tokens[k]!.raw) && tokens[k]!.pos !== 'ADP') return undefined;
  return k > from && !SUBJECT_PRONOUNS.has(tokens[from]!.norm) && isSpeaker(tokens, from, k, names) ? [from, k] : undefined;
}

/** "According to Smith, …" (the clause after) and "…, according to Smith" (the clause before). */
function accordingTo(tokens: readonly Token[], v: number, end: number, names: readonly Span[], add: (clause: [number, number], speaker: [number, number]) => void): void {
  let k = v + 2;
  while (k < end && k - v - 2 < MAX_SPEAKER && !BREAK.test(tokens[k]!.raw)) k++;
  if (!isSpeaker(tokens, v + 2, k, names)) return;
  if (tokens[v - 1]?.raw === ',' && v - 1 > 0) add([clauseStart(tokens), v - 1], [v + 2, k]);
  else if (opensSentence(tokens, v) && tokens[k]?.raw === ',') add([k + 1, clauseEnd(tokens, k + 1, end)], [v + 2, k]);
}

/**
 * Where a reported clause that starts at `from` ends: at a dash, or at a comma before a clause of the outlet's own
 * ("…, sparking an outcry", "…, as talks stall", "…, which …").
 */
function clauseEnd(tokens: readonly Token[], from: number, end: number): number {
  // a reported clause runs a sentence's length at most: the bound keeps a run of reporting verbs linear
  const last = Math.min(end, from + MAX_CLAUSE);
  // "said that, while imperfect, the deal …": a comma that opens the reported clause sets off words inside it
  let inserted = tokens[from]?.raw === ',';
  for (let k = inserted ? from + 1 : from; k < last; k++) {
    const t = tokens[k]!;
    if (DASH.test(t.raw)) return k;
    if (inserted) {
      if (t.raw === ',') inserted = false;
      continue;
    }
    // "…a deal “within weeks” ahead of the vote …": past the speaker's quoted words, the outlet goes on in its own
    if (CLOSING_QUOTE.test(t.raw) && k > from && (tokens[k + 1]?.pos === 'ADP' || tokens[k + 1]?.pos === 'SCONJ')) return k + 1;
    if (t.raw !== ',' && t.raw !== ';') continue;
    const next = tokens[k + 1];
    if (!next) return k;
    if (t.raw === ';' || (next.pos === 'VERB' && next.norm.endsWith('ing')) || next.pos === 'SCONJ' || OUTLET_LINKS.has(next.norm)) return k;
  }
  return last;
}
const MAX_CLAUSE = 80;
const DASH = /^[—–―]$/u;
const CLOSING_QUOTE = /^["”’»]$/u;

/**
 * Where a reported clause before its reporting verb starts: at the sentence's start, or after an opening comment
 * adverb set off by a comma ("Ironically, …, said Smith"), which is the writer's remark on the report.
 */
function clauseStart(tokens: readonly Token[]): number {
  let k = 0;
  while (tokens[k]?.pos === 'CCONJ') k++;
  const first = tokens[k];
  return first?.pos === 'ADV' && first.norm.endsWith('ly') && tokens[k + 1]?.raw === ',' ? k + 2 : 0;
}
/** Words after a comma that start a clause of the outlet's own ("as", "while", "but", "which"). */
const OUTLET_LINKS = new Set(['as', 'while', 'but', 'which', 'who', 'whose', 'although', 'though', 'whereas', 'even', 'after', 'before', 'since', 'amid']);

/** Whether only conjunctions and adverbs ("But", "And so") stand before token v. */
function opensSentence(tokens: readonly Token[], v: number): boolean {
  for (let k = 0; k < v; k++) if (tokens[k]!.pos !== 'CCONJ' && tokens[k]!.pos !== 'ADV') return false;
  return true;
}

/** Past "on Monday", "in a statement", "to reporters" after a verb: the index after them (and after a comma that ends them). */
function skipAdjuncts(tokens: readonly Token[], k: number, end: number): number {
  let i = k;
  for (let hops = 0; hops < 2 && i < end && tokens[i]!.pos === 'ADP' && tokens[i]!.norm !== 'that'; hops++) {
    i++;
    while (i < end && i - k < 8 && tokens[i]!.pos !== 'ADP' && tokens[i]!.pos !== 'SCONJ' && tokens[i]!.raw !== ',' && tokens[i]!.pos !== 'VERB' && tokens[i]!.pos !== 'AUX') i++;
  }
  if (tokens[i]?.raw === ',') return i + 1;
  return i;
}

/** Where the clause a reporting verb at v governs starts, or undefined when it takes no clause. */
function clauseAfter(tokens: readonly Token[], v: number, end: number, lemma: string): number | undefined {
  let k = v + 1;
  // "said sheepishly", "warned again": a manner adverb right after the verb is the outlet's account of the saying
  while (tokens[k]?.pos === 'ADV' && tokens[k]!.norm !== 'that') k++;
  // "told reporters", "warned lawmakers": an indirect object before the clause
  if ((lemma === 'tell' || lemma === 'warn') && tokens[k] && (tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'PRON' || tokens[k]!.pos === 'PROPN')) k++;
  const after = skipAdjuncts(tokens, k, end);
  if (tokens[after]?.norm === 'that') return after + 1 < end ? after + 1 : undefined;
  if (tokens[k]?.norm === 'that') return k + 1 < end ? k + 1 : undefined;
  if (!SPEECH_BEFORE_CLAUSE.has(lemma) || after !== k) return undefined;
  const next = tokens[k];
  // "said the plan …", "warned it would …": a subject starts the clause; "said in a statement", "to", a quote do not
  if (!next || QUOTE.test(next.raw) || BREAK.test(next.raw) || next.pos === 'ADP' || next.pos === 'PART' || next.norm === 'to') return undefined;
  // a clause has a finite verb of its own ("said the plan was …"); "claimed victory", "adding a racial element" do not
  return k < end && hasFiniteVerb(tokens, k, end) ? k : undefined;
}

/** Whether a finite verb follows within a few words of `from`, before a break: the clause a verb of saying governs. */
function hasFiniteVerb(tokens: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k < Math.min(end, from + 8); k++) {
    const t = tokens[k]!;
    if (BREAK.test(t.raw)) return false;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !t.norm.endsWith('ing') && tokens[k - 1]?.norm !== 'to' && k > from)) return true;
  }
  return false;
}

/** Whether tokens [from, to) name a speaker: a name, an official or an organisation, or a pronoun; never an unnamed group. */
function isSpeaker(tokens: readonly Token[], from: number, to: number, names: readonly Span[]): boolean {
  if (to <= from || to - from > MAX_SPEAKER) return false;
  const all = tokens.slice(from, to).filter((t) => /\p{L}/u.test(t.raw));
  if (!all.length) return false;
  // the subject's head comes before its first preposition ("the head of the ministry", "polling for the nomination")
  const cut = all.findIndex((w) => w.pos === 'ADP');
  const words = cut > 0 ? all.slice(0, cut) : all;
  const head = words[words.length - 1]!;
  if (WEASEL_SUBJECTS.has(head.norm) || words.some((w) => WEASEL_SUBJECTS.has(w.norm) && w.pos !== 'PROPN')) return false;
  if (words.length === 1 && SUBJECT_PRONOUNS.has(head.norm)) return true;
  const lemma = lemmaOf(head);
  const official = ROLE_WORDS.has(lemma) || ROLE_WORDS.has(head.norm) || ORGANISATION_WORDS.has(lemma) || OFFICIAL_HEADS.has(head.norm) || OFFICIAL_HEADS.has(lemma);
  if (official) return true;
  const first = words[0]!.start;
  const last = head.end;
  if (names.some((n) => n.start < last && n.end > first)) return true;
  // a capitalised word (a name or an organisation: "the Foreign Ministry", "Smith"), but not a gerund that merely opens
  // the sentence ("Polling for the race tells …")
  return words.some((w) => w.pos === 'PROPN' && !(w === tokens[0] && w.norm.endsWith('ing')) && !WEASEL_SUBJECTS.has(w.norm));
}

/**
 * The clause a reporting verb at v governs after it ("…, who said (that) the plan failed"), as a token range; past
 * an addressee and adjuncts too, up to "that" ("told senators on the committee on Monday that …").
 */
export function clauseAfterVerb(tokens: readonly Token[], v: number): [number, number] | undefined {
  const end = sentenceEnd(tokens);
  let from = clauseAfter(tokens, v, end, lemmaOf(tokens[v]!));
  for (let k = v + 1; from === undefined && k < Math.min(end, v + 1 + FAR_THAT); k++) {
    const t = tokens[k]!;
    if (t.norm === 'that') from = k + 1 < end ? k + 1 : undefined;
    else if (BREAK.test(t.raw) || QUOTE.test(t.raw) || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PRON' || t.pos === 'SCONJ') break;
  }
  return from === undefined ? undefined : [from, clauseEnd(tokens, from, end)];
}
/** Words an addressee and adjuncts may take between a reporting verb and its "that". */
const FAR_THAT = 12;
