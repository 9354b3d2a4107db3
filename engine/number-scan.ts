/** The number scanner's pieces: small tokens, number words and digits, units, and dates ("May 12", "last month"). */
// A hand-written scanner: number words, hyphenated units ("90-minute", "hour-and-a-half") and dates
// need one pass over small tokens, which no small browser-safe library covers together.
import { SMALL, SCALE, SUFFIX_SCALE, TIME_UNIT, MONTHS, WEEKDAYS, DATE_LEAD, RELATIVE_UNIT } from './lexicon/numbers';
import type { Span } from './text';

/** What a number in the text measures. */
export type QuantityKind = 'percent' | 'money' | 'duration' | 'count' | 'date' | 'ordinal';

/** The parts of a calendar date as written; `relative` for "last month", "Thursday" and the like. */
export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
  relative?: 'day' | 'week' | 'month' | 'year';
}

/** A number found in text, normalised so that different wordings of the same value compare equal. */
export interface Quantity extends Span {
  kind: QuantityKind;
  /** The words as written: `text.slice(start, end)`. */
  text: string;
  /** percent: the percentage; money: the amount; duration: seconds; count and ordinal: the number; date: 0. */
  value: number;
  /** '%' or 'pp' for percents, a currency code for money, 's' for durations, '' otherwise. */
  unit: string;
  date?: DateParts;
  /** Equal for equal values: "90-minute" and "an hour and a half" share `duration:5400`. */
  key: string;
  /** Set when the text bounds the value: "below 50%" is 'max', "more than 300" 'min', "about 90" 'about'. */
  bound?: 'max' | 'min' | 'about';
  /** The second figure of a range or a score: "5-11", "19-0", "5 to 11". */
  to?: number;
}

/** A scanner token: digits with their suffix, a run of letters, a currency sign or a hyphen. */
export interface Tok extends Span {
  s: string;
  low: string;
}

/** A scanner token; sticky: scanTokens() asks for one where one may start. */
const TOKEN = /\d+(?:,\d{3})*(?:\.\d+)?[a-z]*|[a-z]+|[$€£%\-‐‑–]/iy;
const DIGITS = /^(\d+(?:,\d{3})*(?:\.\d+)?)([a-z]*)$/i;
export const HYPHEN = /^[-‐‑–]$/;

/** Number of a number word or digit string ("twelve", "1,000", "5.9"), or undefined. */
export function numberValue(word: string): number | undefined {
  const low = word.toLowerCase();
  if (low in SMALL) return SMALL[low];
  if (low in SCALE) return SCALE[low];
  const m = DIGITS.exec(word);
  if (m && m[2] === '') return Number(m[1]!.replace(/,/g, ''));
  return undefined;
}

/** Seconds in a time unit word ("hours", "mins", "centuries"), or undefined. */
export function unitOf(low: string): number | undefined {
  if (low in TIME_UNIT) return TIME_UNIT[low];
  if (low.endsWith('s') && low.slice(0, -1) in TIME_UNIT) return TIME_UNIT[low.slice(0, -1)];
  if (low === 'centuries') return TIME_UNIT.century;
  if (low === 'mins') return 60;
  if (low === 'hrs') return 3600;
  return undefined;
}

/** The scanner's tokens of `text`. */
export function scanTokens(text: string): Tok[] {
  const out: Tok[] = [];
  // the tokens a global search finds, each read where it starts, without a match object each: below 128 only a
  // digit, a letter, '$', '%' or '-' starts one
  for (let k = 0; k < text.length; ) {
    const c = text.charCodeAt(k);
    TOKEN.lastIndex = k;
    if ((c < 128 && !((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || c === 36 || c === 37 || c === 45)) || !TOKEN.test(text)) {
      k++;
      continue;
    }
    const token = text.slice(k, TOKEN.lastIndex);
    out.push({ s: token, low: token.toLowerCase(), start: k, end: TOKEN.lastIndex });
    k = TOKEN.lastIndex;
  }
  return out;
}

/** True when tokens a and b are separated by nothing but spaces (or touch). */
export function near(text: string, a: Tok, b: Tok): boolean {
  const gap = text.slice(a.end, b.start);
  return gap.length <= 2 && /^[ \t]*$/.test(gap);
}

interface Parsed {
  value: number;
  next: number;
  digits: boolean;
  /** Scale written as a suffix of the digits ("295bn") or an ordinal suffix ("12th"). */
  suffix?: string;
}

/** Parses a number starting at token i: digits, word numbers, scales, "and a half". */
export function parseNumber(text: string, toks: Tok[], i: number): Parsed | undefined {
  const t = toks[i];
  if (!t) return undefined;
  let value: number;
  let j = i + 1;
  let digits = false;
  let suffix: string | undefined;
  const m = DIGITS.exec(t.s);
  if (m) {
    value = Number(m[1]!.replace(/,/g, ''));
    digits = true;
    const suf = m[2]!.toLowerCase();
    if (suf) {
      if (suf in SUFFIX_SCALE) {
        value *= SUFFIX_SCALE[suf]!;
        suffix = suf;
      } else if (suf === 'st' || suf === 'nd' || suf === 'rd' || suf === 'th') suffix = suf;
      else if (suf === 's' && /^\d{4}$/.test(m[1]!)) suffix = 's';
      else return undefined;
    }
  } else if (t.low in SMALL) {
    value = SMALL[t.low]!;
    // "twenty-five", "twenty five"
    if (value >= 20 && value % 10 === 0) {
      let k = j;
      if (toks[k] && HYPHEN.test(toks[k]!.s)) k++;
      const u = toks[k];
      if (u && u.low in SMALL && SMALL[u.low]! < 10 && near(text, toks[k - 1]!, u)) {
        value += SMALL[u.low]!;
        j = k + 1;
      }
    }
  } else if ((t.low === 'a' || t.low === 'an') && toks[j] && toks[j]!.low in SCALE) {
    value = 1;
  } else return undefined;

  if (!suffix) {
    // scales: "295 billion", "one hundred and five", "2.5 million"
    for (;;) {
      const u = toks[j];
      if (!u || !(u.low in SCALE) || !near(text, toks[j - 1]!, u)) break;
      value *= SCALE[u.low]!;
      j++;
      if (SCALE[u.low] === 100 && toks[j]?.low === 'and' && toks[j + 1] && toks[j + 1]!.low in SMALL) {
        const rest = parseNumber(text, toks, j + 1);
        if (rest && rest.value < 100) {
          value += rest.value;
          j = rest.next;
        }
      }
    }
    // "one and a half", "2 and a half"
    if (toks[j]?.low === 'and' && toks[j + 1]?.low === 'a' && toks[j + 2]?.low === 'half') {
      value += 0.5;
      j += 3;
    }
  }
  return { value, next: j, digits, suffix };
}

/** Skips one hyphen token at j when it joins two words ("90-minute"). */
export function skipHyphen(text: string, toks: Tok[], j: number): number {
  const h = toks[j];
  if (h && HYPHEN.test(h.s) && toks[j - 1] && toks[j - 1]!.end === h.start && toks[j + 1]?.start === h.end) {
    return j + 1;
  }
  return j;
}

/** "and a half" / "-and-a-half" after a unit: returns the index past it, or j. */
export function andAHalf(text: string, toks: Tok[], j: number): number {
  let k = skipHyphen(text, toks, j);
  if (toks[k]?.low !== 'and') return j;
  k = skipHyphen(text, toks, k + 1);
  if (toks[k]?.low !== 'a') return j;
  k = skipHyphen(text, toks, k + 1);
  if (toks[k]?.low !== 'half') return j;
  return k + 1;
}

/** A number as a key part: integers as they are, others to six significant digits. */
export function fmt(n: number): string {
  return String(Math.round(n * 1e6) / 1e6);
}

/** A quantity over tokens i..j-1 with its text and comparison key. */
export function make(text: string, toks: Tok[], i: number, j: number, q: Omit<Quantity, 'start' | 'end' | 'text' | 'key'>): Quantity {
  const start = toks[i]!.start;
  const end = toks[j - 1]!.end;
  let key: string;
  if (q.kind === 'date') {
    const d = q.date!;
    key = `date:${d.year ?? ''}-${d.month ?? ''}-${d.day ?? ''}${d.relative ? `~${d.relative}` : ''}`;
  } else if (q.kind === 'money') key = `money:${q.unit}:${fmt(q.value)}`;
  else if (q.kind === 'percent') key = `percent:${q.unit}:${fmt(q.value)}`;
  else key = `${q.kind}:${fmt(q.value)}`;
  // every property written out, in one order: figures made from a spread of each call's own fields had many shapes,
  // and every later read of one (alignment, facts, contradictions) went the slow way
  return { kind: q.kind, value: q.value, unit: q.unit, date: q.date, bound: q.bound, to: q.to, start, end, text: text.slice(start, end), key };
}

/** Whether a token starts with a capital letter. */
export function isCap(t: Tok | undefined): boolean {
  return !!t && t.s[0]! >= 'A' && t.s[0]! <= 'Z';
}

/** A second day after a date's day: "-12" of "July 11-12". */
const DAY_RANGE = /^[-–](\d{1,2})(?![.,]?\d)/u;

/** A date starting at token i ("May 12", "12 May 2025", "April 2017", "January", "Thursday", "last month"). */
export function parseDate(text: string, toks: Tok[], i: number): Quantity | undefined {
  const t = toks[i]!;
  const prev = toks[i - 1];
  if (t.low in MONTHS && isCap(t)) {
    const month = MONTHS[t.low]!;
    let j = i + 1;
    const date: DateParts = { month };
    const dayTok = toks[j];
    const dm = dayTok ? DIGITS.exec(dayTok.s) : null;
    if (dm && /^\.? ?$/.test(text.slice(t.end, dayTok!.start)) && (dm[2] === '' || /^(?:st|nd|rd|th)$/.test(dm[2]!))) {
      const n = Number(dm[1]);
      if (n >= 1 && n <= 31 && !dm[1]!.includes(',') && !dm[1]!.includes('.')) {
        date.day = n;
        j++;
        // "July 11-12": a range of days is one date, its first day; the second is no count of its own
        const range = DAY_RANGE.exec(text.slice(toks[j - 1]!.end, toks[j - 1]!.end + 6));
        if (range && Number(range[1]) > n && Number(range[1]) <= 31) {
          const rangeEnd = toks[j - 1]!.end + range[0].length;
          while (toks[j] && toks[j]!.end <= rangeEnd) j++;
        }
      } else if (n >= 1800 && n <= 2100 && dm[2] === '') {
        date.year = n;
        j++;
      }
    }
    if (date.day !== undefined) {
      const comma = text.slice(toks[j - 1]!.end, toks[j]?.start ?? 0);
      const y = toks[j];
      if (y && /^,? ?$/.test(comma) && /^\d{4}$/.test(y.s) && Number(y.s) >= 1800 && Number(y.s) <= 2100) {
        date.year = Number(y.s);
        j++;
      }
    }
    // "May", "March" are also ordinary words: without a day or year, require a date-like word before.
    const ambiguous = t.low === 'may' || t.low === 'march' || t.low.length <= 4;
    if (date.day === undefined && date.year === undefined && ambiguous) {
      if (!prev || !DATE_LEAD.has(prev.low)) return undefined;
    }
    return make(text, toks, i, j, { kind: 'date', value: 0, unit: '', date });
  }
  // "12 May", "12th of May"
  const dm = DIGITS.exec(t.s);
  if (dm && !dm[1]!.includes(',') && !dm[1]!.includes('.') && (dm[2] === '' || /^(?:st|nd|rd|th)$/.test(dm[2]!))) {
    const n = Number(dm[1]);
    let j = i + 1;
    if (toks[j]?.low === 'of') j++;
    const mt = toks[j];
    if (n >= 1 && n <= 31 && mt && mt.low in MONTHS && isCap(mt)) {
      const date: DateParts = { month: MONTHS[mt.low]!, day: n };
      j++;
      const y = toks[j];
      if (y && /^\d{4}$/.test(y.s)) {
        date.year = Number(y.s);
        j++;
      }
      return make(text, toks, i, j, { kind: 'date', value: 0, unit: '', date });
    }
  }
  if (WEEKDAYS.has(t.low) && isCap(t)) {
    return make(text, toks, i, i + 1, { kind: 'date', value: 0, unit: '', date: { relative: 'day' } });
  }
  if ((t.low === 'last' || t.low === 'this' || t.low === 'next' || t.low === 'past') && toks[i + 1] && RELATIVE_UNIT.has(toks[i + 1]!.low)) {
    return make(text, toks, i, i + 2, { kind: 'date', value: 0, unit: '', date: { relative: toks[i + 1]!.low as 'week' } });
  }
  if (t.low === 'yesterday' || t.low === 'today' || t.low === 'tomorrow') {
    return make(text, toks, i, i + 1, { kind: 'date', value: 0, unit: '', date: { relative: 'day' } });
  }
  return undefined;
}

