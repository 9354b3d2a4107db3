/**
 * Newsroom formulas: sentences about the reporting, not the story ("Dana Brandt declined to comment.", "More
 * details will be announced in due course."). They tell a reader nothing about what happened, so they are no fact.
 */
import { FOLLOW_UP, FOLLOW_UP_FRAME_AFTER, FOLLOW_UP_FRAME_BEFORE, NO_COMMENT } from './lexicon/newsroom';
import type { Sentence, Token } from './types';

/** "When asked about the plan," "Reached by phone,": how the question was put, before whoever was asked. */
const ASKED = /^\s*(?:when\s+|after\s+being\s+|once\s+)?(?:asked|reached|contacted|approached|pressed|questioned)\b[^,]*,\s*/u;
/** An aside that says only why a speaker is not named ("who spoke on condition of anonymity"). */
const ANONYMITY = /\b(?:anonymity|anonymously|named|identified|authori[sz]ed)\b/u;
/** A relative clause that says only why a speaker is not named: "who spoke on condition of anonymity". */
const ANONYMOUS_CLAUSE = /\b(?:who|because\s+\w+)\s[^,]*?\b(?:anonymity|anonymously|named|identified|authori[sz]ed)\b(?:\s+to\s+(?:speak|discuss|comment)(?:\s+(?:publicly|on\s+the\s+record))?)?/u;
/** "…, as did the mayor's office": another who did the same. */
const AS_DID = /,\s*as\s+(?:did|have|has|had|was|were|do|does)\b[^,.;:]*/u;
/** What joins a second formula to the first ("…, and the ministry did not respond …"). */
const JOIN = /^,?\s*(?:and|while|but|nor|or)\s+/u;
/** Most words the part after a formula may have ("on the lawsuit on Monday night"): more, and it says something. */
const TAIL_WORDS = 12;
const QUOTES = /["“”‘’'«»]/gu;
/** A word every formula has: a sentence without one is none (a cheap test before the patterns). */
const MAY_BE_FORMULA = /comment|reach|respon|repl|return|answer|detail|information|update|story|follow|check back/iu;

/** Whether the sentence is a newsroom formula and nothing more. */
export function isNewsroomFormula(sentence: Sentence): boolean {
  let answer = FORMULAS.get(sentence);
  if (answer === undefined) FORMULAS.set(sentence, (answer = readFormula(sentence)));
  return answer;
}
/** isNewsroomFormula's answers: a sentence is asked when it is weighed as a statement and again per fact it may carry. */
const FORMULAS = new WeakMap<Sentence, boolean>();

function readFormula(sentence: Sentence): boolean {
  if (!MAY_BE_FORMULA.test(sentence.text)) return false;
  // lower case with straight apostrophes: the same length, so offsets hold
  const text = sentence.text.toLowerCase().replace(/[‘’]/gu, "'");
  if (text.length !== sentence.text.length) return false;
  return followsUp(sentence.text) || formulaFrom(sentence, text, 0);
}

/** A line that only promises more: the whole line, without quotation marks and a reporting clause around it. */
export function isFollowUp(line: string): boolean {
  return MAY_BE_FORMULA.test(line) && followsUp(line);
}

/** isFollowUp of a line that has a word every formula has. */
function followsUp(line: string): boolean {
  let bare = line
    .replace(QUOTES, '')
    .trim()
    .toLowerCase();
  while (/[.!…]$/u.test(bare)) bare = bare.slice(0, -1);
  return [bare, bare.replace(FOLLOW_UP_FRAME_AFTER, ''), bare.replace(FOLLOW_UP_FRAME_BEFORE, '')].some((x) => FOLLOW_UP.test(x.trim()));
}

/** Whether text[from…] is whoever was asked, a no-comment predicate and a short tail that says nothing more. */
function formulaFrom(sentence: Sentence, text: string, from: number): boolean {
  const rest = text.slice(from);
  const m = NO_COMMENT.exec(rest);
  if (!m) return false;
  const start = from + m.index;
  const end = start + m[0].length;
  if (!onlyWhoWasAsked(sentence, text, from, start)) return false;
  let tail = text.slice(end);
  const joined = JOIN.exec(tail);
  if (joined) return formulaFrom(sentence, text, end + joined[0].length);
  // "…, as did the mayor's office": another who did the same, left out of the tail
  const asDid = AS_DID.exec(tail);
  const tailTo = asDid ? end + asDid.index : text.length;
  if (asDid) tail = tail.slice(0, asDid.index) + tail.slice(asDid.index + asDid[0].length);
  const words = tokensIn(sentence, end, tailTo).filter((t) => /[\p{L}\p{N}]/u.test(t.raw));
  return words.length <= TAIL_WORDS && !words.some(isVerb) && !/[;:]/u.test(tail);
}

/** True when text[from, to) names whoever was asked and says nothing of them but asides on why they are not named. */
function onlyWhoWasAsked(sentence: Sentence, text: string, from: number, to: number): boolean {
  let head = text.slice(from, to);
  const asked = ASKED.exec(head);
  if (asked) head = head.slice(asked[0].length);
  const headFrom = to - head.length;
  // asides between commas: dropped where they only say why the speaker is not named, or have no verb
  const commas: number[] = [];
  for (let k = head.indexOf(','); k >= 0; k = head.indexOf(',', k + 1)) commas.push(headFrom + k);
  const kept: [number, number][] = [];
  let at = headFrom;
  for (let k = 0; k + 1 < commas.length; k += 2) {
    kept.push([at, commas[k]!]);
    const aside = text.slice(commas[k]! + 1, commas[k + 1]!);
    if (!ANONYMITY.test(aside) && tokensIn(sentence, commas[k]!, commas[k + 1]!).some(isVerb)) return false;
    at = commas[k + 1]! + 1;
  }
  if (commas.length % 2 === 1) return false;
  kept.push([at, to]);
  const anonymous = ANONYMOUS_CLAUSE.exec(head);
  const skip = anonymous ? [headFrom + anonymous.index, headFrom + anonymous.index + anonymous[0].length] : [0, 0];
  const said = (t: Token) => isVerb(t) && !(t.start >= sentence.start + skip[0]! && t.end <= sentence.start + skip[1]!);
  return !kept.some(([a, b]) => tokensIn(sentence, a, b).some(said));
}

/** The sentence's tokens within text offsets [from, to) of its text. */
function tokensIn(sentence: Sentence, from: number, to: number): Token[] {
  const a = sentence.start + from;
  const b = sentence.start + to;
  return sentence.tokens.filter((t) => t.start >= a && t.end <= b);
}

/** A verb in lower case: a capitalised word the tagger reads as a verb is part of a name ("the Associated Press"). */
function isVerb(t: Token): boolean {
  return (t.pos === 'VERB' || t.pos === 'AUX') && /^\p{Ll}/u.test(t.raw);
}
