/** Quantities in text (numbers, money, percentages, durations, dates, ordinals), how they compare and how they read. */
import { SMALL, SCALE, ORDINAL, TIME_UNIT, CURRENCY_PREFIX, CURRENCY_WORD, TRIGGERS, WEAK_TRIGGERS, MAX_WORDS, MIN_WORDS, ABOUT_WORDS, LABEL_WORDS } from './lexicon/numbers';
import {
  andAHalf, fmt, HYPHEN, make, near, parseDate, parseNumber, scanTokens, skipHyphen, unitOf,
  type DateParts, type Quantity, type Tok,
} from './number-scan';

export { numberValue, type DateParts, type Quantity, type QuantityKind } from './number-scan';
/** A duration written with its unit first: "an hour and a half", "hour-and-a-half", "half an hour", "a day". */
function parseUnitFirst(text: string, toks: Tok[], i: number): Quantity | undefined {
  const t = toks[i]!;
  if (t.low === 'half' && (toks[i + 1]?.low === 'an' || toks[i + 1]?.low === 'a')) {
    const u = toks[i + 2] && unitOf(toks[i + 2]!.low);
    if (u) return make(text, toks, i, i + 3, { kind: 'duration', value: u / 2, unit: 's' });
  }
  let j = i;
  let article = false;
  if (t.low === 'a' || t.low === 'an') {
    article = true;
    j++;
  }
  const ut = toks[j];
  if (!ut) return undefined;
  const secs = TIME_UNIT[ut.low];
  if (!secs || ut.low === 'second') return undefined;
  const end = andAHalf(text, toks, j + 1);
  if (end !== j + 1) return make(text, toks, i, end, { kind: 'duration', value: secs * 1.5, unit: 's' });
  if (article && (ut.low === 'hour' || ut.low === 'day' || ut.low === 'week' || ut.low === 'month' || ut.low === 'year' || ut.low === 'decade')) {
    // "a year ago", "a day earlier" and "an hour-long call" are durations too; "a year" in "twice a year" is not
    const before = toks[i - 1]?.low;
    if (before === 'twice' || before === 'once' || before === 'per' || before === 'times') return undefined;
    return make(text, toks, i, j + 1, { kind: 'duration', value: secs, unit: 's' });
  }
  return undefined;
}


/** "four decades" is a round figure: it stands for 39 years as well. */
const ROUND_UNITS = /\b(?:decades?|centuries|century)\b/iu;

/** Quick test on lower-cased words (or tokens' norms): false when `findQuantities` cannot find anything in them. */
export function mayHaveQuantity(words: readonly (string | { norm: string })[]): boolean {
  const at = (i: number) => {
    const x = words[i];
    return x === undefined || typeof x === 'string' ? x : x.norm;
  };
  for (let i = 0; i < words.length; i++) {
    const w = at(i)!;
    const c = w.charCodeAt(0);
    if ((c >= 48 && c <= 57) || c === 36 || c === 8364 || c === 163) return true;
    if (!TRIGGERS.has(w)) {
      if (w.includes('-') && /\d|\bhalf\b/u.test(w)) return true;
      continue;
    }
    if (!WEAK_TRIGGERS.has(w)) return true;
    const next = at(i + 1);
    if (next && (unitOf(next) !== undefined || next in SCALE || next === 'half' || next.startsWith('hour-'))) return true;
  }
  return false;
}

/** All numbers, money amounts, percentages, durations, dates and ordinals in `text`, in order. */
export function findQuantities(text: string): Quantity[] {
  const toks = scanTokens(text);
  const out: Quantity[] = [];
  let i = 0;
  while (i < toks.length) {
    const t = toks[i]!;
    const c = t.s.charCodeAt(0);
    if (!(c >= 48 && c <= 57) && !TRIGGERS.has(t.low)) {
      i++;
      continue;
    }
    const q = quantityAt(text, toks, i);
    if (q) {
      const bound = boundBefore(toks, i) ?? (q.q.kind === 'duration' && ROUND_UNITS.test(q.q.text) ? 'about' : undefined);
      if (bound && q.q.kind !== 'date' && q.q.kind !== 'ordinal') q.q.bound = bound;
      out.push(q.q);
      i = q.next;
    } else i++;
  }
  return out;
}


/** "less than", "up to", "at least", "more than", "about" just before token i. */
function boundBefore(toks: Tok[], i: number): Quantity['bound'] {
  const a = toks[i - 1]?.low;
  const b = toks[i - 2]?.low;
  if (!a) return undefined;
  if ((a === 'than' && (b === 'less' || b === 'fewer')) || (a === 'to' && b === 'up') || (a === 'most' && b === 'at')) return 'max';
  if ((a === 'than' && b === 'more') || (a === 'least' && b === 'at')) return 'min';
  if (MAX_WORDS.has(a) && a !== 'nearly') return 'max';
  if (MIN_WORDS.has(a)) return 'min';
  if (ABOUT_WORDS.has(a)) return 'about';
  return undefined;
}

/** True when two figures can be the same fact, one of them written as a bound or a round figure. */
export function figuresAgree(a: Quantity, b: Quantity): boolean {
  if (a.key === b.key || boundsAllow(a, b) || boundsAllow(b, a)) return true;
  // "the 19-0 vote" gives "all 19 members"; "ages 5 to 11" gives "aged 5-11"
  if (a.kind === 'count' && b.kind === 'count' && (a.to !== undefined || b.to !== undefined)) {
    const ends = (q: Quantity) => (q.to === undefined ? [q.value] : [q.value, q.to]);
    return ends(a).some((v) => ends(b).includes(v) && v !== 0);
  }
  return false;
}

/** True when a bounded or approximate figure `loose` can stand for the exact figure `exact` of the same kind. */
export function boundsAllow(loose: Quantity, exact: Quantity): boolean {
  if (loose.kind !== exact.kind || loose.unit !== exact.unit || !loose.bound) return false;
  const v = exact.value;
  const l = loose.value;
  if (loose.bound === 'max') return v <= l && v >= l * 0.8;
  if (loose.bound === 'min') return v >= l && v <= l * 1.25;
  return Math.abs(v - l) <= Math.max(Math.abs(v), Math.abs(l)) * 0.1;
}

const TIME_OF_DAY = /^(?::\d\d|\s?(?:am|pm|GMT|ET|EST|EDT|PT|PST|PDT|UTC)\b)/u;

function quantityAt(text: string, toks: Tok[], i: number): { q: Quantity; next: number } | undefined {
  const t = toks[i]!;
  const date = parseDate(text, toks, i);
  if (date) return { q: date, next: indexAfter(toks, i, date.end) };

  if (t.low in ORDINAL && !(t.low === 'second' && toks[i - 1] && parseNumber(text, toks, i - 1))) {
    return { q: make(text, toks, i, i + 1, { kind: 'ordinal', value: ORDINAL[t.low]!, unit: '' }), next: i + 1 };
  }

  const unitFirst = parseUnitFirst(text, toks, i);
  if (unitFirst) return { q: unitFirst, next: indexAfter(toks, i, unitFirst.end) };

  // money with a currency sign in front: "$295 billion", "US$ 5", "€3m"
  let currency: string | undefined;
  let numAt = i;
  if (t.s in CURRENCY_PREFIX) {
    currency = CURRENCY_PREFIX[t.s];
    numAt = i + 1;
  } else if (t.s === 'US' && toks[i + 1]?.s === '$') {
    currency = 'USD';
    numAt = i + 2;
  }
  const n = parseNumber(text, toks, numAt);
  if (!n) return undefined;
  // "24/7", "9/11", "1/2": a ratio or a date written with a slash, not a count
  if (n.digits && (text[toks[n.next - 1]!.end] === '/' || text[toks[numAt]!.start - 1] === '/')) return undefined;
  // "16:00 GMT", "3 p.m.": a time of day
  if (n.digits && (TIME_OF_DAY.test(text.slice(toks[n.next - 1]!.end, toks[n.next - 1]!.end + 6)) || (toks[n.next]?.low === 'p' || toks[n.next]?.low === 'a') && text[toks[n.next]!.end] === '.')) {
    return undefined;
  }
  // "COVID-19", "F-35", "G20": a number that is part of a name
  const before = toks[numAt - 1];
  if (!currency && before && HYPHEN.test(before.s) && before.end === toks[numAt]!.start && toks[numAt - 2]?.end === before.start && /^[a-z]/i.test(toks[numAt - 2]!.s) && !(toks[numAt - 2]!.low in SMALL)) {
    return undefined;
  }
  if (!currency && n.digits && toks[numAt - 1] && toks[numAt - 1]!.end === toks[numAt]!.start && /^[a-z]/i.test(toks[numAt - 1]!.s)) return undefined;
  if (currency) {
    return { q: make(text, toks, i, n.next, { kind: 'money', value: n.value, unit: currency }), next: n.next };
  }
  if (n.suffix === 'st' || n.suffix === 'nd' || n.suffix === 'rd' || n.suffix === 'th') {
    return { q: make(text, toks, i, n.next, { kind: 'ordinal', value: n.value, unit: '' }), next: n.next };
  }
  const j = n.next;
  const u = toks[j];
  // percentages
  if (u && (u.s === '%' || u.low === 'percent' || u.low === 'pct')) {
    return { q: make(text, toks, i, j + 1, { kind: 'percent', value: n.value, unit: '%' }), next: j + 1 };
  }
  if (u && u.low === 'per' && toks[j + 1]?.low === 'cent') {
    return { q: make(text, toks, i, j + 2, { kind: 'percent', value: n.value, unit: '%' }), next: j + 2 };
  }
  if (u && u.low === 'percentage' && /^points?$/.test(toks[j + 1]?.low ?? '')) {
    return { q: make(text, toks, i, j + 2, { kind: 'percent', value: n.value, unit: 'pp' }), next: j + 2 };
  }
  // money with the currency after: "295 billion dollars"
  if (u && u.low in CURRENCY_WORD) {
    return { q: make(text, toks, i, j + 1, { kind: 'money', value: n.value, unit: CURRENCY_WORD[u.low]! }), next: j + 1 };
  }
  // durations: "90 minutes", "90-minute", "one and a half hours", "85-year-old"
  const k = skipHyphen(text, toks, j);
  const ut = toks[k];
  const secs = ut ? unitOf(ut.low) : undefined;
  if (ut && secs !== undefined && (k === j ? near(text, toks[j - 1]!, ut) : true)) {
    let end = k + 1;
    let value = n.value;
    const half = andAHalf(text, toks, end);
    if (half !== end) {
      value += 0.5;
      end = half;
    }
    // "69-year-old": an age, written with its "-old"
    const old = skipHyphen(text, toks, end);
    if (old !== end && toks[old]?.low === 'old') end = old + 1;
    return { q: make(text, toks, i, end, { kind: 'duration', value: value * secs, unit: 's' }), next: end };
  }
  // years: "2017", "in 2024", "the 1990s"
  if (n.digits && /^\d{4}$/.test(t.s) && n.value >= 1800 && n.value <= 2100 && n.next === i + 1) {
    return { q: make(text, toks, i, i + 1, { kind: 'date', value: 0, unit: '', date: { year: n.value } }), next: i + 1 };
  }
  if (n.suffix === 's') return undefined;
  // "50-48", "5-11", "2–1", "5 to 11": a score or a range, one figure
  const dash = toks[n.next];
  const second = toks[n.next + 1];
  const joined = dash && second && HYPHEN.test(dash.s) && dash.start === toks[n.next - 1]!.end && second.start === dash.end;
  const spelled = dash?.low === 'to' && second && n.digits && Number(second.s) > n.value && near(text, toks[n.next - 1]!, dash) && near(text, dash, second);
  if (n.digits && second && (joined || spelled) && /^\d+$/.test(second.s) && !toks[n.next + 2]?.s.match(/^(?:%|percent|pct)$/iu)) {
    const q = make(text, toks, i, n.next + 2, { kind: 'count', value: n.value, unit: '', to: Number(second.s) });
    q.key = `count:${fmt(n.value)}-${second.s}`;
    return { q, next: n.next + 2 };
  }
  // "phase three", "Section 230", "S.B. 8": a label, not a count
  if (toks[i - 1] && (LABEL_WORDS.has(toks[i - 1]!.low) || (/^[A-Z]$/u.test(toks[i - 1]!.s) && text[toks[i - 1]!.end] === '.'))) return undefined;
  // "four-star general", "two-time winner": a compound modifier, not a count
  if (!n.digits && toks[n.next] && HYPHEN.test(toks[n.next]!.s) && toks[n.next]!.start === toks[n.next - 1]!.end) return undefined;
  // "a 36-member panel", "a 113-page opinion": the count with the word it is joined to
  const joinedWord = skipHyphen(text, toks, n.next);
  if (n.digits && joinedWord !== n.next && /^[a-z]+$/u.test(toks[joinedWord]!.s)) {
    return { q: make(text, toks, i, joinedWord + 1, { kind: 'count', value: n.value, unit: '' }), next: joinedWord + 1 };
  }
  return { q: make(text, toks, i, n.next, { kind: 'count', value: n.value, unit: '' }), next: n.next };
}

function indexAfter(toks: Tok[], i: number, end: number): number {
  let j = i;
  while (j < toks.length && toks[j]!.start < end) j++;
  return j;
}

/** True when two dates can name the same day: equal where both give a part; relative dates match any. */
export function datesCompatible(a: DateParts, b: DateParts): boolean {
  if (a.relative || b.relative) return true;
  if (a.year !== undefined && b.year !== undefined && a.year !== b.year) return false;
  if (a.month !== undefined && b.month !== undefined && a.month !== b.month) return false;
  if (a.day !== undefined && b.day !== undefined && a.day !== b.day) return false;
  if (a.month === undefined && b.month === undefined) return a.year === b.year;
  return a.month !== undefined && b.month !== undefined ? true : a.year !== undefined && b.year !== undefined;
}

function grouped(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 6 });
}

/** A short reader-facing form of a quantity: "145%", "$295 billion", "90 minutes", "May 12". */
export function formatQuantity(q: Quantity): string {
  switch (q.kind) {
    case 'percent':
      return q.unit === 'pp' ? `${fmt(q.value)} percentage points` : `${fmt(q.value)}%`;
    case 'money': {
      const sign = q.unit === 'USD' ? '$' : q.unit === 'EUR' ? '€' : q.unit === 'GBP' ? '£' : '';
      const scales: [number, string][] = [[1e12, ' trillion'], [1e9, ' billion'], [1e6, ' million']];
      for (const [s, w] of scales) {
        if (q.value >= s) return `${sign}${fmt(q.value / s)}${w}${sign ? '' : ` ${q.unit}`}`;
      }
      return `${sign}${grouped(q.value)}${sign ? '' : ` ${q.unit}`}`;
    }
    case 'duration': {
      const units: [number, string][] = [[31557600, 'year'], [604800, 'week'], [86400, 'day'], [60, 'minute']];
      for (const [s, w] of units) {
        const v = q.value / s;
        if (v >= 1 && Number.isInteger(Math.round(v * 100) / 100) && Math.abs(v - Math.round(v)) < 0.01) {
          return `${Math.round(v)} ${w}${Math.round(v) === 1 ? '' : 's'}`;
        }
      }
      return `${fmt(q.value)} seconds`;
    }
    case 'date':
      return q.text;
    default:
      return q.key.includes('-') && q.kind === 'count' ? q.text : grouped(q.value);
  }
}
