/** The fact table every view derives from: facts with their carrying sentences and matching details. */
import type { Described } from './facts-descriptions';
import type { AlignmentResult, PreparedSentence } from './align';
import { articleNumbers } from './coverage';
import { formatQuantity, type Quantity } from './numbers';
import type { Fact } from './types';

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
  /** The actor the name belongs to, where the article's actors cover it. */
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
  /** Number facts: the lemma of the noun the figure counts ("migrant"), '' where none is near. */
  head?: string;
  /** Person facts: the word that identifies the person, the role phrase (two words or more), the actor id. */
  /** `namedOther`: articles in which the name word belongs only to other actors ("Washington" for the country). */
  person?: { key: string; roleKey: string; actor?: string; namedOther?: Set<number> };
  /** Person facts about a group told together ("the U.S. team: Bessent, Lutnick, Greer"): every member. */
  people?: { key: string; roleKey: string; actor?: string }[];
  /** Description facts (facts-descriptions.ts): the person described. */
  described?: Described;
  /** Description facts: the features of the words that rank the person ("first"), which a carrier must say. */
  rank?: string[];
  /** Description facts that say what the person did or does: the features of those verbs, one of which a carrier must tell. */
  verbs?: string[];
  /** A statement no other article says as plainly as a carrier of a group's statement must: its omissions are minor. */
  loose?: boolean;
  /** Quote facts: the actor the carrying articles agree said it. */
  speaker?: string;
  /** Quote and statement facts: content stems (statements: the features two or more members share). */
  stems?: string[];
  /** Statements: the features of the words saying who reported it and where, which weigh less (facts-statements.ts). */
  frame?: string[];
  /** Statements whose shared words are only names: too thin to call missing elsewhere. */
  thin?: boolean;
  /** Statements: the figures behind their shared `q:` features, to match other wordings of them. */
  figures?: Quantity[];
  /** Articles that tell the fact in part (without its figure, or in fewer of its words): neither carriers nor omissions. */
  partial?: Set<string>;
}

/** Facts of a comparison, public and with their matching details. */
export interface FactSet {
  facts: Fact[];
  details: FactDetail[];
  roles: RoleMention[];
}

/** Builds the fact table: one detail per key, carriers added sentence by sentence. */
export class FactTable {
  readonly details: FactDetail[] = [];
  private readonly byKey = new Map<string, FactDetail>();

  constructor(private readonly alignment: AlignmentResult) {}

  /** The fact of `key` (made with `text()` on first use), now carried by sentence s. */
  carry(key: string, kind: Fact['kind'], s: PreparedSentence, text: () => string): FactDetail {
    let d = this.byKey.get(key);
    if (!d) {
      d = { fact: { id: '', kind, text: text(), presentIn: [], sentences: {} }, groups: [] };
      this.byKey.set(key, d);
      this.details.push(d);
    }
    this.add(d, s);
    return d;
  }

  /** Sentence s carries the fact d too (an article's first carrying sentence stands for it). */
  add(d: FactDetail, s: PreparedSentence): void {
    if (s.articleId in d.fact.sentences) return;
    d.fact.presentIn.push(s.articleId);
    d.fact.sentences[s.articleId] = s.sentence.index;
    const g = this.alignment.groupOf[s.article]![s.sentence.index]!;
    if (!d.groups.includes(g)) d.groups.push(g);
  }

  /** Article `id` tells fact d in part at most: it is no longer a carrier, and d's groups are its carriers' own. */
  demote(d: FactDetail, id: string): void {
    d.fact.presentIn.splice(d.fact.presentIn.indexOf(id), 1);
    delete d.fact.sentences[id];
    (d.partial ??= new Set()).add(id);
    this.regroup(d);
  }

  /** Fact d's groups worked out again from its carrying sentences (after carriers were taken away or added). */
  regroup(d: FactDetail): void {
    const articleNo = articleNumbers(this.alignment);
    d.groups = [...new Set(Object.entries(d.fact.sentences).map(([id, at]) => this.alignment.groupOf[articleNo.get(id)!]![at]!))];
  }

  /** Takes fact d out of the table (merged into another). */
  remove(d: FactDetail): void {
    const i = this.details.indexOf(d);
    if (i >= 0) this.details.splice(i, 1);
    this.byKey.forEach((v, key) => v === d && this.byKey.delete(key));
  }

  /** Numbers the facts by kind ("n1", "p1", "q1", "s1") and orders their carriers as the articles are. */
  finish(ids: string[], roles: RoleMention[]): FactSet {
    const counters: Record<Fact['kind'], number> = { number: 0, 'person-role': 0, quote: 0, statement: 0 };
    const prefix: Record<Fact['kind'], string> = { number: 'n', 'person-role': 'p', quote: 'q', statement: 's' };
    const order = new Map(ids.map((id, i) => [id, i]));
    for (const d of this.details) {
      d.fact.id = `${prefix[d.fact.kind]}${++counters[d.fact.kind]}`;
      d.fact.presentIn.sort((x, y) => order.get(x)! - order.get(y)!);
      if (d.quantity && d.fact.kind === 'number') d.fact.value = formatQuantity(d.quantity);
    }
    return { facts: this.details.map((d) => d.fact), details: this.details, roles };
  }
}
