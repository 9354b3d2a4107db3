/** Person facts: people named with a role ("Treasury Secretary Scott Bessent"), one fact per person across articles. */
import type { AlignmentResult, ComparableArticle } from './align';
import type { FactDetail, FactTable, RoleMention } from './fact-table';
import { FORMER_BEFORE, NON_NAME_WORDS, ROLE_PREFIXES, ROLE_WORDS } from './lexicon/roles';
import type { Sentence, Token } from './types';

const UPPER = /^\p{Lu}/u;
const WORDISH = /[\p{L}\p{N}]/u;
const POSSESSIVE = /['’]s$/u;

/** The end (exclusive) of the run of capitalised words that opens at token i: i itself where none does. */
function capitalisedRunEnd(toks: readonly Token[], i: number): number {
  let j = i;
  for (; j < toks.length; j++) {
    // an ASCII first character is read by its code (a capital is a letter): asked of every token of every sentence
    const raw = toks[j]!.raw;
    const c = raw.charCodeAt(0);
    if (c < 128 ? !(c >= 65 && c <= 90) : !(UPPER.test(raw) && WORDISH.test(raw))) break;
  }
  return j;
}

/** People named after a role in a sentence: capitalised runs whose last role word is followed by a name. */
export function findRoleMentions(sentence: Sentence, article: number): RoleMention[] {
  const out: RoleMention[] = [];
  // title-case headlines capitalise every word: no telling roles from names there
  if (sentence.heading) return out;
  const toks = sentence.tokens;
  let i = 0;
  while (i < toks.length) {
    let j = capitalisedRunEnd(toks, i);
    if (j === i) {
      i++;
      continue;
    }
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

/** Words that open a role set off after a name (", the port's chief engineer,"). */
const ROLE_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its']);
/** Kinship that names a person set off after it ("his wife, Ann,"), and the words that say whose. */
const KIN = new Set(['wife', 'husband', 'son', 'daughter', 'mother', 'father', 'brother', 'sister', 'partner', 'widow', 'widower']);
const KIN_OWNERS = new Set(['his', 'her', 'their']);
/** What may close a role set off beside a name. */
const ROLE_CLOSERS = new Set([',', '.', ';', ':', '—', '–', ')', 'and', 'who', 'since']);
/** Lower-case words before a role word that belong to the role ("national security", "chief economic"). */
const MAX_ROLE_WORDS = 4;
const LOWER = /^\p{Ll}/u;

/** Lower-case words that make the role ending at token `end`: adjectives and nouns, back to a determiner or a name. */
function roleBack(toks: readonly Token[], end: number): number {
  let k = end;
  while (k > 0 && end - k + 1 < MAX_ROLE_WORDS && LOWER.test(toks[k - 1]!.raw) && !/['’]s$/u.test(toks[k - 1]!.raw) && (toks[k - 1]!.pos === 'ADJ' || toks[k - 1]!.pos === 'NOUN' || toks[k - 1]!.pos === 'ADV')) k--;
  // "new" and the like date the role, they do not name it
  while (k < end && toks[k]!.pos === 'ADV') k++;
  return k;
}

/**
 * People named with a role written in lower case, as most style books have it: before the name ("first lady Ann
 * Lee", "national security adviser Tomas Brandt") or set off beside it ("Ann Lee, the port's chief engineer,";
 * "the port's new chief engineer, Ann Lee,"), and people named by kinship ("his wife, Ann,"). The name is two
 * capitalised words or more (one after kinship); the caller keeps those an article's actors know as a person.
 */
export function findLowerRoleMentions(sentence: Sentence, article: number): RoleMention[] {
  const out: RoleMention[] = [];
  if (sentence.heading) return out;
  const toks = sentence.tokens;
  const isRole = (t: Token | undefined) => !!t && LOWER.test(t.raw) && ROLE_WORDS.has(t.norm);
  const push = (roleFrom: number, roleTo: number, nameFrom: number, nameTo: number, start: number, end: number) => {
    const roleToks = toks.slice(roleFrom, roleTo + 1);
    const nameToks = toks.slice(nameFrom, nameTo + 1);
    out.push({
      article,
      sentence: sentence.index,
      role: sentence.text.slice(roleToks[0]!.start - sentence.start, roleToks.at(-1)!.end - sentence.start),
      roleKey: roleToks.map((t) => t.norm).join(' '),
      // "former New York mayor Ann Lee": the title is past
      former: FORMER_BEFORE.test(sentence.text.slice(0, roleToks[0]!.start - sentence.start)),
      past: false,
      name: sentence.text.slice(nameToks[0]!.start - sentence.start, nameToks.at(-1)!.end - sentence.start),
      nameTokens: nameToks.filter((t) => !t.norm.endsWith('.')).map((t) => t.norm),
      start,
      end,
    });
  };
  let i = 0;
  while (i < toks.length) {
    const j = capitalisedRunEnd(toks, i);
    if (j === i) {
      i++;
      continue;
    }
    // toks[i..j) is a capitalised run: a name of two to four words, none a title or an institution's word
    const run = toks.slice(i, j);
    const nameRun = run.length <= 4 && i > 0 && run.every((t) => !ROLE_WORDS.has(t.norm.replace(/\.$/u, '')) && !NON_NAME_WORDS.has(t.norm) && !POSSESSIVE.test(t.raw));
    const kin = toks[i - 1]?.raw === ',' && KIN.has(toks[i - 2]?.norm ?? '') && i >= 3 && (KIN_OWNERS.has(toks[i - 3]!.norm) || POSSESSIVE.test(toks[i - 3]!.raw));
    if (nameRun && kin && (!toks[j] || ROLE_CLOSERS.has(toks[j]!.raw))) {
      // "his wife, Ann," "Lee's son, Tomas Lee,": a person named by kinship; the caller names whose
      const owner = POSSESSIVE.test(toks[i - 3]!.raw) ? i - 3 : i - 2;
      push(owner, i - 2, i, j - 1, toks[i - 3]!.start, toks[j - 1]!.end);
    } else if (nameRun && run.length >= 2 && toks[j - 1]!.raw.length > 1) {
      if (isRole(toks[i - 1])) {
        // "first lady Ann Lee"
        push(roleBack(toks, i - 1), i - 1, i, j - 1, toks[roleBack(toks, i - 1)]!.start, toks[j - 1]!.end);
      } else if (toks[i - 1]!.raw === ',' && isRole(toks[i - 2]) && (!toks[j] || ROLE_CLOSERS.has(toks[j]!.raw))) {
        // "the port's new chief engineer, Ann Lee,"
        const from = roleBack(toks, i - 2);
        push(from, i - 2, i, j - 1, toks[from]!.start, toks[j - 1]!.end);
      } else if (toks[j]?.raw === ',' && toks[j + 1] && (ROLE_OPENERS.has(toks[j + 1]!.norm) || POSSESSIVE.test(toks[j + 1]!.raw))) {
        // "Ann Lee, the port's chief engineer," or ", the chief engineer of the port"
        let k = j + 2;
        while (k < toks.length && k - j <= 7 && LOWER.test(toks[k]!.raw) && !ROLE_CLOSERS.has(toks[k]!.norm) && toks[k]!.norm !== 'of') k++;
        const end = k - 1;
        if (end > j + 1 && isRole(toks[end]) && (!toks[k] || ROLE_CLOSERS.has(toks[k]!.norm) || toks[k]!.norm === 'of')) {
          const from = Math.max(roleBack(toks, end), j + 2);
          push(from, end, i, j - 1, toks[i]!.start, toks[end]!.end);
        }
      }
    }
    i = j;
  }
  return out;
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
 * A person named by kinship to someone named before in the sentence ("Tomas Lee and his wife, Ann,"): the role says
 * whose ("Tomas Lee's wife"). False where no person is named before it to say whose.
 */
function whose(r: RoleMention, article: ComparableArticle): boolean {
  if (!KIN.has(r.roleKey)) return true;
  let owner: { text: string; end: number } | undefined;
  for (const actor of article.actors ?? []) {
    if (actor.kind !== 'person' || actor.id === r.actor) continue;
    for (const m of actor.mentions) if (m.sentence === r.sentence && m.end <= r.start && !m.label && (!owner || m.end > owner.end)) owner = m;
  }
  if (!owner) return false;
  r.role = `${owner.text}’s ${r.role}`;
  return true;
}

/** Person facts of every article; returns the role mentions read (contradictions compare their titles). */
export function personFacts(table: FactTable, articles: ComparableArticle[], alignment: AlignmentResult): RoleMention[] {
  const { prepared } = alignment;
  // people in a role
  const roles: RoleMention[] = [];
  for (const article of prepared) for (const s of article) roles.push(...findRoleMentions(s.sentence, s.article));
  resolveActors(roles, articles);
  // roles in lower case, where the article's actors know the name as a person's and no title names them there
  const lower: RoleMention[] = [];
  for (const article of prepared) for (const s of article) lower.push(...findLowerRoleMentions(s.sentence, s.article));
  resolveActors(lower, articles);
  const people = articles.map((a) => new Set((a.actors ?? []).filter((x) => x.kind === 'person').map((x) => x.id)));
  const titled = new Set(roles.map((t) => `${t.article} ${t.sentence} ${t.actor}`));
  const named = lower.filter((r) => r.actor && people[r.article]!.has(r.actor) && !titled.has(`${r.article} ${r.sentence} ${r.actor}`) && whose(r, articles[r.article]!));
  const all = [...roles, ...named];
  const keys = personKeys(all);
  // one name, one person: the first actor id seen for a name stands for every mention of it
  const actorOfName = new Map<string, string>();
  for (const r of all) if (r.actor && !actorOfName.has(keys.get(r)!)) actorOfName.set(keys.get(r)!, r.actor);
  const written = new Map<FactDetail, { name: string; names: string[] }>();
  // whether every titled mention of the person gives the title as past ("former Mayor …")
  const formerly = new Map<FactDetail, boolean>();
  for (const r of all) {
    if (r.roleKey === 'president' && r.nameTokens.length === 1) continue;
    const s = prepared[r.article]![r.sentence]!;
    const key = keys.get(r)!;
    const actor = actorOfName.get(key) ?? r.actor;
    // the same person in every article: through part 1's actor ids where they exist
    const d = table.carry(actor ? `p:actor:${actor}` : `p:${key}`, 'person-role', s, () => `${r.role.replace(/^(?:former|then|acting|late|ex|outgoing|incoming)[\s-]+/iu, '')} ${r.name}`);
    d.person ??= { key, roleKey: r.roleKey.split(' ').length > 1 ? r.roleKey : '' };
    if (actor) d.person.actor ??= actor;
    formerly.set(d, (formerly.get(d) ?? true) && r.former);
    const w = written.get(d);
    if (w) w.names.push(r.name);
    else written.set(d, { name: r.name, names: [r.name] });
  }
  // the name in full where one article cuts it short ("Moon Jae" where others write "Moon Jae-in")
  for (const [d, { name, names }] of written) {
    const fuller = names.filter((n) => n.length > name.length && n.startsWith(name)).sort((a, b) => b.length - a.length)[0];
    if (fuller && d.fact.text.endsWith(name)) d.fact.text = `${d.fact.text.slice(0, -name.length)}${fuller}`;
  }
  // the title shown as past where every article that gives it says so; where they disagree it is shown bare, and the
  // disagreement is a contradiction of its own
  for (const [d, past] of formerly) if (past) d.fact.text = `former ${d.fact.text}`;
  // an article that names the person without the role still carries them ("Chinese leader Xi Jinping")
  const firstMention = articles.map((a) => {
    const m = new Map<string, number>();
    for (const actor of a.actors ?? []) for (const x of actor.mentions) if (!(x.sentence >= (m.get(actor.id) ?? Infinity))) m.set(actor.id, x.sentence);
    return m;
  });
  // where the article names the person's actor nowhere and its name word is another actor's ("Washington" for
  // the country where another article speaks of President George Washington), the word does not carry them
  const ownerWords = articles.map((a) => {
    const owners = new Map<string, Set<string>>();
    for (const actor of a.actors ?? []) {
      for (const m of actor.mentions) {
        for (const w of m.text.toLowerCase().split(/[^\p{L}\p{N}'’-]+/u)) (owners.get(w) ?? owners.set(w, new Set()).get(w)!).add(actor.id);
      }
    }
    return owners;
  });
  for (const d of table.details) {
    const actor = d.person?.actor;
    if (!actor) continue;
    ownerWords.forEach((owners, a) => {
      const ids = owners.get(d.person!.key);
      if (ids && !ids.has(actor) && !firstMention[a]!.has(actor)) (d.person!.namedOther ??= new Set()).add(a);
    });
    firstMention.forEach((m, a) => {
      const at = m.get(actor);
      const s = at === undefined ? undefined : prepared[a]![at];
      if (s) table.carry(`p:actor:${actor}`, 'person-role', s, () => '');
    });
  }

  return roles;
}

/**
 * People every carrying article names in one sentence ("Treasury Secretary Scott Bessent, Commerce Secretary Howard
 * Lutnick and Trade Representative Jamieson Greer") are one fact about the group, not one per person.
 */
export function groupPeople(table: FactTable): void {
  const bySentences = new Map<string, FactDetail[]>();
  for (const d of table.details) {
    if (d.fact.kind !== 'person-role' || d.fact.presentIn.length < 2 || !d.person) continue;
    const key = Object.entries(d.fact.sentences)
      .map(([a, i]) => `${a}\u0000${i}`)
      .sort()
      .join('\u0001');
    const list = bySentences.get(key);
    if (list) list.push(d);
    else bySentences.set(key, [d]);
  }
  for (const list of bySentences.values()) {
    if (list.length < 2) continue;
    const [first, ...rest] = list as [FactDetail, ...FactDetail[]];
    first.fact.text = list.map((d) => d.fact.text).join(', ');
    first.people = list.map((d) => d.person!);
    for (const d of rest) {
      for (const id of d.partial ?? []) (first.partial ??= new Set()).add(id);
      table.remove(d);
    }
  }
}
