/** Actors of one article: mentions, coreference, speakers and labels, in that order (see actor-*.ts). */
import { resolve, type Entity } from './actor-coreference';
import { collectMentions, markListedPeople, openerWords } from './actor-mentions';
import type { Mention } from './actor-names';
import { COMPASS_WORDS } from './lexicon/gazetteer';
import { markSpeakers, nameIndex, speakerId } from './actor-speakers';
import type { RawQuote } from './quotes';
import type { Span } from './text';
import type { Actor, Quote, Sentence, SentimentScore } from './types';

export { slug } from './actor-names';
export { linkActors, type LinkableArticle } from './actor-linking';

/** A descriptor written in front of an actor's name ("former President"), for the marker pass. */
export interface ActorLabel extends Span {
  text: string;
  actorId: string;
  actorName: string;
}

/** What findActors returns: actors, quotes with speaker ids, and where each label stands. */
export interface ActorResult {
  actors: Actor[];
  quotes: Quote[];
  labels: ActorLabel[];
}

/** Actors of an article after coreference, quotes with speakers resolved to actor ids, and label spans. */
export function findActors(
  text: string,
  sentences: readonly Sentence[],
  rawQuotes: readonly RawQuote[],
  sentimentTokens: readonly number[] = [],
): ActorResult {
  const mentions: Mention[] = [];
  const openers = openerWords(sentences);
  for (const s of sentences) collectMentions(text, s, openers, mentions);
  markSpeakers(mentions, rawQuotes);
  markListedPeople(text, mentions);
  const entities = compassAliases(resolve(text, mentions));

  const actors: Actor[] = [];
  const labels: ActorLabel[] = [];
  for (const e of entities) {
    const labelTexts: string[] = [];
    for (const m of e.mentions) {
      if (!m.label) continue;
      const t = text.slice(m.label.start, m.label.end);
      if (!labelTexts.includes(t)) labelTexts.push(t);
      labels.push({ start: m.label.start, end: m.label.end, text: t, actorId: e.id, actorName: e.name });
    }
    const aliases: string[] = [];
    for (const m of e.mentions) if (!aliases.includes(m.text)) aliases.push(m.text);
    actors.push({
      id: e.id,
      name: e.name,
      kind: e.kind,
      mentions: e.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, sentence: m.sentence })),
      labels: labelTexts,
      aliases,
      sentiment: actorSentiment(e, sentences, sentimentTokens),
    });
  }
  actors.sort((a, b) => b.mentions.length - a.mentions.length || a.mentions[0]!.start - b.mentions[0]!.start);
  labels.sort((a, b) => a.start - b.start);

  const people = entities
    .filter((e) => e.kind === 'person')
    .flatMap((e) => e.mentions.map((m) => ({ at: m.start, id: e.id, sentence: m.sentence })))
    .sort((a, b) => a.at - b.at);
  const names = nameIndex(entities);
  const quotes = rawQuotes.map((q): Quote => {
    const id = q.speakerName ? speakerId(q.speakerName, q.start, names, people) : undefined;
    // the speaker written into the copy as it is made: added after it, it grew each quote's storage
    return id ? { ...q, speaker: id } : { ...q };
  });
  return { actors, quotes, labels };
}

/**
 * "the North", "the South" in an article that names exactly one country opening with that word ("North Korea") are
 * that country: their mentions join it.
 */
function compassAliases(entities: Entity[]): Entity[] {
  const out = entities.filter((e) => {
    if (e.kind === 'country' || e.kind === 'person' || !COMPASS_WORDS.has(e.name.toLowerCase())) return true;
    const word = `${e.name.toLowerCase()} `;
    const countries = entities.filter((c) => c.kind === 'country' && c.name.toLowerCase().startsWith(word));
    if (countries.length !== 1) return true;
    const country = countries[0]!;
    country.mentions.push(...e.mentions);
    country.mentions.sort((a, b) => a.start - b.start);
    return false;
  });
  return out;
}

/**
 * The tone of the sentences that mention an actor: their scores over their words (`counts`, the words the sentiment
 * counted per sentence, where known; else every token).
 */
export function actorSentiment(e: { mentions: readonly { sentence: number }[] }, sentences: readonly Sentence[], counts: readonly number[] = []): SentimentScore {
  const seen = new Set<number>();
  let score = 0;
  let tokens = 0;
  for (const m of e.mentions) {
    if (seen.has(m.sentence)) continue;
    seen.add(m.sentence);
    const s = sentences[m.sentence];
    if (!s) continue;
    score += s.sentiment.score;
    tokens += counts[m.sentence] ?? s.tokens.length;
  }
  return { score, comparative: tokens ? score / tokens : 0 };
}
