/**
 * What an outlet says a person is or did, set off beside the name: an appositive ("Colin Powell, the first Black
 * secretary of state, died …") or a relative clause ("…, who became the first …"). It is a fact of its own, apart
 * from the sentence's main claim, which other articles may well carry without it. Another article carries it when
 * one of its sentences about the same person says most of its words, or words near in meaning.
 */
import type { AlignmentResult, ComparableArticle, PreparedSentence } from './align';
import { articleNumbers, compiled, sameThing, statementScore, statementVerdict, TO_CARRY, type ArticleIndex } from './coverage';
import type { FactDetail, FactTable } from './fact-table';
import { featureOfWord, featureSimilarity, NEAR_SYNONYM } from './features';
import type { Token } from './types';

/** The description right after a name: ", the …", ", a …", ", who …", up to a comma, a dash or the sentence's end. */
const DESCRIPTION = /^\s*,\s*((?:the|a|an|who|whose|now|then|once|formerly)\s[^,;:()"“”—–]{6,160})/u;
/** What may follow a description: a comma, a semicolon, a dash, or nothing but the full stop. */
const CLOSED = /^(?:[,;—–]|[.!?]?$)/u;
/** A name that closes a list of names: what follows is said of them all. */
const COORDINATED = /(?:\band|\bor|&|,)\s*$/u;
/** A description says something beyond a bare role ("the North Korean leader") with this many lower-case content words. */
const MIN_WORDS = 3;

/** Who a description is about, for telling whether another sentence speaks of the same person. */
export interface Described {
  actor: string;
}

/** Description facts: one per thing said of a person beside the name; the articles that say it carry it. */
export function descriptionFacts(table: FactTable, articles: ComparableArticle[], alignment: AlignmentResult, indexes: ArticleIndex[]): void {
  // the description facts made so far, by the person and the sentence of another article that tells them
  const made = new Map<string, FactDetail[]>();
  const articleNo = articleNumbers(alignment);
  articles.forEach((article, a) => {
    for (const actor of article.actors ?? []) {
      if (actor.kind !== 'person') continue;
      for (const m of actor.mentions) {
        const s = alignment.prepared[a]![m.sentence];
        if (!s || s.sentence.heading) continue;
        // "Quell and Brandt, who plan …": said of several people, not of this one
        if (COORDINATED.test(s.sentence.text.slice(0, m.start - s.sentence.start))) continue;
        const after = s.sentence.text.slice(m.end - s.sentence.start);
        const found = DESCRIPTION.exec(after);
        if (!found) continue;
        const described = found[1]!.trimEnd().replace(/[.!?]$/u, '').trimEnd();
        if (!CLOSED.test(after.slice(found[0].length).trim() || found[1]!.trimEnd().slice(described.length).trim())) continue;
        const from = m.end + found[0].indexOf(found[1]!);
        for (const part of parts(s, from, described)) {
          // "Ann Lee, the port's chief engineer": her title and nothing said of her (no verb, no rank, no past)
          if (!part.says && !part.rank.length && !part.past) continue;
          // already told by a description fact made from another article: most of its words are that fact's
          const told = made.get(madeKey(actor.id, s))?.some((d) => part.stems.filter((f) => d.stems!.includes(f)).length * 2 >= part.stems.length);
          if (told) continue;
          const d = table.carry(`d:${a}:${part.from}`, 'statement', s, () => descriptionText(m.text, part.text));
          d.stems = part.stems;
          if (part.rank.length) d.rank = part.rank;
          if (part.verbs.length) d.verbs = part.verbs;
          d.described = { actor: actor.id };
          carriers(table, d, alignment, indexes);
          for (const [id, at] of Object.entries(d.fact.sentences)) {
            const key = madeKey(actor.id, alignment.prepared[articleNo.get(id)!]![at]!);
            (made.get(key) ?? made.set(key, []).get(key)!).push(d);
          }
        }
      }
    }
  });
}

/**
 * A description's words as a fact reads them: a relative clause as the clause it is ("Ann Lee, who is awaiting
 * confirmation" → "Ann Lee is awaiting confirmation.", "Tomas Lee, whose office declined to comment" → "Tomas Lee's
 * office declined to comment."), never a name and a fragment; a noun phrase beside the name ("Mara Quell, a former
 * harbour pilot") as written.
 */
export function descriptionText(name: string, piece: string): string {
  const clause = RELATIVE.exec(piece);
  if (!clause) return `${name}, ${piece}`;
  const subject = clause[1] === 'whose' ? `${name}${/s$/u.test(name) ? '’' : '’s'}` : name;
  return `${subject.charAt(0).toUpperCase()}${subject.slice(1)} ${piece.slice(clause[0].length)}.`;
}
const RELATIVE = /^(who|whose)\s+/u;

/**
 * Where a description joins several things said of the person: "the first … and top …", "a general who …". A
 * clause ("who has warned that short- and long-term loans …") is one thing: "and" parts only a noun phrase.
 */
const JOINS = /(?<=[^-\s])\s(?:and\s|(?=who(?:se)?\s))/gu;
const CLAUSE_START = /\b(?:who|whose|that|which)\s/u;

/**
 * The things a description says, each with its features: "the first Black secretary of state and top military
 * officer" says two, which other articles may tell apart. A piece too short to say anything stays with the one before.
 */
function parts(s: PreparedSentence, from: number, text: string): ({ from: number; text: string } & DescriptionPiece)[] {
  const cuts = [0];
  for (const j of text.matchAll(JOINS)) {
    // past the start of a clause, "and" joins that clause's words, not things said of the person
    if (j[0].trimEnd().endsWith('and') && CLAUSE_START.test(text.slice(0, j.index))) continue;
    cuts.push(j.index + j[0].length);
  }
  const out: ({ from: number; text: string } & DescriptionPiece)[] = [];
  let start = 0;
  for (let k = 1; k <= cuts.length; k++) {
    const end = k < cuts.length ? cuts[k]! : text.length;
    let piece = text.slice(start, end).trimEnd();
    if (piece.endsWith(' and')) piece = piece.slice(0, -4).trimEnd();
    const found = describingFeatures(s, from + start, from + start + piece.length);
    if (!found) continue; // too short: the next piece starts where this one did
    out.push({ from: from + start, text: piece, ...found });
    start = end;
  }
  return out;
}

/** Words that put what a description says in the person's past: their biography, where a present title only names them. */
const PAST = /^(?:former|ex|onetime|one-time|erstwhile|retired|then|once|formerly|late|previously)$/u;
/** Words that rank a person among others ("the first", "the only", "the youngest"): the claim a description makes. */
const RANK = /^(?:first|only|last|sole|lone|youngest|oldest|longest|highest|biggest|largest|richest|\p{Ll}+est-\p{Ll}+)$/u;

/** What a piece of a description says: its features, its ranking words, its verbs, whether it tells the person's past. */
interface DescriptionPiece {
  stems: string[];
  rank: string[];
  /** The features of its lower-case verbs: what it says the person did or does ("voiced fears", "is awaiting"). */
  verbs: string[];
  says: boolean;
  past: boolean;
}

/**
 * The `w:` features of the description's words, of its ranking words and of its verbs, whether it has a verb (says
 * something of the person, not only what they are) and whether it tells their past ("a former harbour pilot");
 * null when it says too little beyond a role.
 */
function describingFeatures(s: PreparedSentence, from: number, to: number): DescriptionPiece | null {
  const out = new Set<string>();
  const rank: string[] = [];
  const verbs: string[] = [];
  let lower = 0;
  let says = false;
  let past = false;
  let prev: Token | undefined;
  for (const t of s.sentence.tokens) {
    const before = prev;
    prev = t;
    if (t.start < from || t.end > to) continue;
    // a verb in lower case ("who became", "charged with"); a capitalised one is a name's word, and one joined by a
    // hyphen ("short-lived") a compound adjective's
    const compound = before?.raw === '-' && before.end === t.start;
    const verb = (t.pos === 'VERB' || t.pos === 'AUX') && /^\p{Ll}/u.test(t.raw) && !compound;
    if (verb) says = true;
    if (PAST.test(t.norm)) past = true;
    if (!t.content) continue;
    const f = featureOfWord(t.norm);
    if (!s.features.includes(f)) continue;
    out.add(f);
    if (/^\p{Ll}/u.test(t.raw)) lower++;
    if (RANK.test(t.norm)) rank.push(f);
    if (verb && t.pos === 'VERB' && !verbs.includes(f)) verbs.push(f);
  }
  return lower >= MIN_WORDS ? { stems: [...out], rank, verbs, says, past } : null;
}

/** The key of a description fact of a person told by a sentence. */
function madeKey(actor: string, s: PreparedSentence): string {
  return `${actor}\u0000${s.articleId}\u0000${s.sentence.index}`;
}

/** Every other article that says the description of the same person carries it; one that says part of it tells it in part. */
function carriers(table: FactTable, d: FactDetail, alignment: AlignmentResult, indexes: ArticleIndex[]): void {
  const core = compiled(d, alignment);
  const actor = `a:${d.described!.actor}`;
  alignment.prepared.forEach((sentences, x) => {
    const id = sentences[0]?.articleId;
    // an article that never names the person says nothing of them
    if (id === undefined || id in d.fact.sentences || !indexes[x]!.actorIds.has(d.described!.actor)) return;
    const score = statementScore(core, indexes[x]!, TO_CARRY);
    const verdict = statementVerdict(score);
    if (verdict === 'none') return;
    // said of the same person: named in that sentence or the one before (a pronoun after it); the score counts
    // some of the next sentence too, and where that one names the person, it is the one that says it
    const names = (i: number) => sentences[i]?.features.includes(actor) ?? false;
    const at = !names(score.sentence) && !names(score.sentence - 1) && names(score.sentence + 1) ? score.sentence + 1 : score.sentence;
    if (!names(at) && !names(at - 1)) return;
    // "the first Black secretary of state" is not told by "former secretary of state": the rank is the claim
    if (d.rank && !d.rank.every((f) => sentences[at]!.features.includes(f))) return;
    // "who has long denied the allegations" is not carried by a sentence that calls them bogus: what the person did is
    // the claim, in its word or one near in meaning; without it, told in part
    if (verdict === 'carries' && (!d.verbs || tellsVerb(d.verbs, sentences[at]!))) table.add(d, sentences[at]!);
    else (d.partial ??= new Set()).add(id);
  });
}

/** Whether a sentence has one of the verbs' words, or a word near one in meaning that WordNet takes for the same thing (sameThing). */
function tellsVerb(verbs: readonly string[], s: PreparedSentence): boolean {
  for (const v of verbs) {
    for (const f of s.features) if (f === v || (f.startsWith('w:') && featureSimilarity(v, f) >= NEAR_SYNONYM && sameThing(v, f))) return true;
  }
  return false;
}
