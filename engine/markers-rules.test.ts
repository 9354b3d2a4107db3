import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildArticle } from './article';
import { findMarks } from './markers';
import { tokenize } from './tokens';
import type { Highlight, Sentence } from './types';

const marks = (text: string) => buildArticle({ id: 'x', text }).highlights;
const texts = (hs: Highlight[], category?: string) => hs.filter((h) => !category || h.category === category).map((h) => h.text);

describe('precision: what is not a framing mark', () => {
  it('neutral attribution verbs and counts with "added" are no marks', () => {
    const hs = marks('The mayor said the budget was balanced. The economy added 200,000 jobs, officials told reporters.');
    expect(hs).toEqual([]);
  });

  it('datelines and bylines in capitals are not emphasis, shouting is', () => {
    const hs = marks('SPRINGFIELD, Ill. — The council met on Monday.\n\nBy JANE ROE\n\nThe mayor wrote THIS IS A DISGRACE in a memo.');
    expect(texts(hs, 'emphasis')).toEqual(['THIS IS A DISGRACE']);
  });

  it('plain terms, the degree of a hazard and exposure to a risk are no marks', () => {
    expect(texts(marks('The worst-case scenario is a cradle-to-grave welfare state.'), 'loaded')).toEqual([]);
    expect(texts(marks('Forecasters expect severe weather and a severe shortage of salt, and the state is vulnerable to floods.'), 'loaded')).toEqual([]);
    expect(texts(marks('The group added the sign to a database of hate symbols.'), 'loaded')).toEqual([]);
    // the same words judging in the outlet's voice stay marked
    expect(texts(marks('It was the worst plan and a severe blow.'), 'loaded')).toEqual(['worst', 'severe']);
    // unpaid debt, historical terms of slavery, names of crimes and measures
    expect(texts(marks('Students owe $1.5 trillion in outstanding debt, and the statue of a slave trader fell.'), 'loaded')).toEqual([]);
    expect(texts(marks('The bill allows an exception if the mother is raped.'), 'loaded')).toEqual([]);
    expect(texts(marks('A loosely organized network studied the severity of symptoms and the well-being of patients.'), 'loaded')).toEqual([]);
    expect(texts(marks('It was an outstanding performance.'), 'loaded')).toEqual(['outstanding']);
    expect(texts(marks('The suit cites sexual harassment, a hostile work environment and an abusive relationship.'), 'loaded')).toEqual([]);
    expect(texts(marks('Panic buying followed the fatal crash, the deadliest storm in years and a bankruptcy filing.'), 'loaded')).toEqual([]);
    expect(texts(marks('After an unsuccessful bid and a fraudulent card, he moved to a struggling neighborhood in poor health.'), 'loaded')).toEqual([]);
    expect(texts(marks('The candidate toured the battleground state, where partisan gridlock and authoritarian regimes abroad were debated.'), 'loaded')).toEqual([]);
    expect(texts(marks('The governor launched a partisan attack with an authoritarian streak.'), 'loaded')).toEqual(['partisan', 'authoritarian']);
    expect(texts(marks('The firm sold tax avoidance schemes under a new legal regime.'), 'loaded')).toEqual([]);
    expect(texts(marks('The Iranian regime hid the scheme.'), 'loaded')).toEqual(['regime', 'scheme']);
    expect(texts(marks('A dangerous storm hit the coast, and the dangerous plan failed.'), 'loaded')).toEqual(['dangerous']);
    // a lab result, a named disease, an economic measure and a hazard as inspectors name it
    expect(texts(marks('Staff need a negative test, and the shots go first to those at risk of severe Covid-19.'), 'loaded')).toEqual([]);
    expect(texts(marks('The fund cut its forecast, citing weaker consumer spending and unsafe working conditions in ports.'), 'loaded')).toEqual([]);
    expect(texts(marks('It was a weak speech, an unsafe plan and a negative attitude.'), 'loaded')).toEqual(['weak', 'unsafe', 'negative']);
    // a stock term, a term introduced by "so-called", ceremony, and a possessive of a plain noun in a headline
    expect(texts(marks('The singer is caught in a vicious cycle, and the mayor caught a so-called breakthrough infection.'), 'loaded')).toEqual([]);
    expect(texts(marks('The so-called reform failed. It was a vicious reply.'), 'loaded')).toEqual(['so-called', 'vicious']);
    // "pomp" dwells on ceremony; it praises nothing
    expect(marks('The minister came on a short trip, with none of the pomp the royal wedding had.').map((h) => h.reason)).toEqual(["Loaded wording: 'pomp' dwells on ceremonial show"]);
    expect(texts(marks('Board Members Are Missing the Criticism’s Point\n\nThe board met on Monday.'), 'loaded')).toEqual([]);
    // ties that fray wear thin; "the fray" is a fight
    expect(marks('Ties between the harbour board and the mayor had frayed by spring.').filter((h) => h.reason.includes('fight'))).toEqual([]);
    expect(texts(marks('The senator jumped into the fray on Monday.'), 'loaded')).toEqual(['fray']);
    // a hurried effort is no fight
    expect(marks('Officials scramble to ease supply issues.').filter((h) => h.reason.includes('conflict'))).toEqual([]);
    // deliberate violence called deadly stresses the harm
    expect(texts(marks('The deadly attack shocked the town.'), 'loaded')).toEqual(['deadly']);
  });

  it('a feeling with a possessive is the person’s feeling; a compound of hatred or of devotion to a person is loaded', () => {
    expect(texts(marks('The march kindled her pain and anger.'), 'loaded')).toEqual([]);
    expect(texts(marks('The Grammy-winner spoke.'), 'loaded')).toEqual([]);
    expect(texts(marks('The immigrant-hating crowd cheered a Trump-loving senator.'), 'loaded')).toEqual(['immigrant-hating', 'Trump-loving']);
  });

  it('after a prefix of stance the word names what is opposed, no judgment', () => {
    expect(texts(marks('Anti-racist groups marched against cuts to anti-suicide programs and self-hatred.'), 'loaded')).toEqual([]);
    expect(texts(marks('The racist flyers were removed.'), 'loaded')).toEqual(['racist']);
  });

  it('sentiment-list words inside neutral terms of diplomacy, law and medicine are no marks', () => {
    const hs = marks('The peace talks resumed after the fraud charges were filed. Two patients tested negative and one had a breakthrough infection.');
    expect(texts(hs, 'loaded')).toEqual([]);
    expect(texts(marks('The site removed hate speech and hate groups. Two men were charged with inciting violence.'), 'loaded')).toEqual([]);
    expect(texts(marks('The jury awarded punitive damages to the family.'), 'loaded')).toEqual([]);
    expect(texts(marks('The governor imposed punitive tariffs on the neighbours.'), 'loaded')).toEqual(['punitive']);
    // the name of a crime, and "alone" that singles out ("in 2020 alone", "acted alone"), judge nothing
    expect(texts(marks('Police are investigating a rape at the camp. In 2020 alone, the suspect acted alone.'), 'loaded')).toEqual([]);
    // an adverb formed from a plain adjective is as plain
    expect(texts(marks('The two men crossed the border illegally.'), 'loaded')).toEqual([]);
  });

  it('an actor’s reported feelings are not the outlet’s judgment', () => {
    expect(texts(marks('The minister was worried and said she was optimistic about the vote.'), 'loaded')).toEqual([]);
  });

  it('a noun of feeling with its cause or a verb that voices it reports a reaction; one on its own judges', () => {
    expect(texts(marks('Parents expressed outrage over the law.'), 'loaded')).toEqual([]);
    expect(texts(marks('The ruling caused alarm among growers.'), 'loaded')).toEqual([]);
    expect(texts(marks('The whole affair was an outrage.'), 'loaded')).toEqual(['outrage']);
  });

  it('an adjective of economic or social standing before people or places says who is meant', () => {
    expect(texts(marks('The charity buys coats for poor children in needy neighborhoods and helps the homeless.'), 'loaded')).toEqual([]);
    expect(texts(marks('The new levy falls on wealthy households.'), 'loaded')).toEqual([]);
    expect(texts(marks('It was a poor choice.'), 'loaded')).toEqual(['poor']);
    expect(texts(marks('The imbalance has disadvantaged American workers.'), 'loaded')).toEqual(['disadvantaged']);
  });

  it('a word of fighting among fighters, arms or wounds reports a fight; between parties it is a metaphor', () => {
    expect(texts(marks('Police and protesters clashed for a third night.'), 'loaded')).toEqual([]);
    expect(texts(marks('The commander was wounded in battle last year.'), 'loaded')).toEqual([]);
    expect(texts(marks('The two parties clashed over the budget.'), 'loaded')).toEqual(['clashed']);
    // looting and brutality among riots and police name the acts; said of a minister they judge
    expect(texts(marks('Rioters were looting stores after the protest against police brutality.'), 'loaded')).toEqual([]);
    expect(texts(marks('The minister looted the treasury with brutality.'), 'loaded')).toEqual(['looted', 'brutality']);
  });

  it('"historic" of a place and "deadly" of a disease have their plain sense', () => {
    expect(marks('Mourners filed into the historic Baptist church in the historic Black neighborhood.')).toEqual([]);
    expect(texts(marks('Doctors studied the deadly virus outbreak.'), 'loaded')).toEqual([]);
    const hs = marks('It was a historic deal after a deadly chemical attack.');
    expect(texts(hs, 'intensifier')).toEqual(['historic']);
    expect(texts(hs, 'loaded')).toEqual(['deadly']);
  });

  it('"conflicting" of reports says they differ; of sides it frames a fight', () => {
    expect(texts(marks('Officials gave conflicting accounts of the fire and conflicting statements about the cause.'), 'loaded')).toEqual([]);
    expect(texts(marks('The conflicting parties walked out of the talks.'), 'loaded')).toEqual(['conflicting']);
  });

  it('an adjective of rank or influence gives a person a standing, no praise', () => {
    expect(texts(marks('A leading economist and a powerful senator met.'), 'loaded')).toEqual([]);
    expect(texts(marks('The senator is a brilliant and fearless leader.'), 'loaded')).toEqual(['brilliant', 'fearless']);
  });

  it('a camp label describes a political actor and labels anyone else; the neutral term for abortion opponents is no mark', () => {
    expect(texts(marks('Police arrested a far-right protester after the left-wing party won.'), 'loaded')).toEqual([]);
    expect(texts(marks('The far-right white nationalist groups marched.'), 'loaded')).toEqual([]);
    expect(texts(marks('The left-wing press attacked the plan.'), 'loaded')).toEqual(['left-wing']);
    expect(texts(marks('Anti-abortion groups sued the state.'), 'loaded')).toEqual([]);
  });

  it('a participle of a verb of feeling after a linking verb or before its cause reports a feeling', () => {
    expect(texts(marks('Growers were disgusted and stunned by the verdict.'), 'loaded')).toEqual([]);
    expect(texts(marks('Residents felt humiliated.'), 'loaded')).toEqual([]);
    expect(marks('Growers are deeply troubled by the ruling.')).toEqual([]);
    // the same verbs as the outlet's own act or description stay marked
    expect(texts(marks('The advert outraged voters.'), 'loaded')).toEqual(['outraged']);
    expect(texts(marks('Aid reached the troubled regions of the south.'), 'loaded')).toEqual(['troubled']);
  });

  it('an adjective of feeling said of people after a linking verb reports their feeling; of a thing, or before a noun, it judges', () => {
    expect(texts(marks('Supporters of the senator were furious over the leaked emails.'), 'loaded')).toEqual([]);
    expect(texts(marks('Growers in the valley said they were angry and bitter.'), 'loaded')).toEqual([]);
    expect(texts(marks('The defeat was bitter for the town, and a furious crowd gathered.'), 'loaded')).toEqual(['bitter', 'furious']);
  });

  it('a plain title is no label, a judging one is', () => {
    const hs = marks('Commerce Secretary Wilbur Ross spoke first. Then the mercurial dictator Kim Jong Un replied.');
    expect(texts(hs, 'label')).not.toContain('Commerce Secretary');
    expect(hs.some((h) => h.text.includes('mercurial') && (h.category === 'label' || h.category === 'loaded'))).toBe(true);
  });

  it('a judging label is marked on the word that judges, and names the whole label in its reason', () => {
    const hs = marks('The disgraced Arizona Sheriff Joe Arpaio spoke on Monday.');
    const label = hs.find((h) => h.category === 'label');
    expect(label?.text).toBe('disgraced');
    expect(label?.reason).toContain('disgraced Arizona Sheriff');
  });

  it('"Democrat" as an adjective is marked with the word it stands before, not the whole title', () => {
    const hs = marks('Democrat challenger former New York City mayor Michael Bloomberg spent on ads.');
    expect(texts(hs, 'label')).toEqual(['Democrat challenger']);
    expect(hs.find((h) => h.category === 'label')?.reason).toContain('former New York City mayor');
  });

  it('a title or a plain news noun in front of a name is no label, an acronym with a hyphen does not shout', () => {
    expect(texts(marks('Justice Sonia Park wrote the ruling, and presidential hopeful Jane Roe replied.'), 'label')).toEqual([]);
    expect(texts(marks('Members of the AFL-CIO met on Monday.'), 'emphasis')).toEqual([]);
    const shout = marks('In a post, the senator wrote: "THIS IS A DISGRACE!"').find((h) => h.category === 'emphasis');
    expect(shout?.reason).not.toContain("In's words");
  });

  it('the adjective of a distancing adverb before its noun, and "somehow", are hedges; "supposed to" is a modal', () => {
    expect(texts(marks('The supposed crisis somehow ended, for an ostensible reason.'), 'hedge')).toEqual(['supposed', 'somehow', 'ostensible']);
    expect(texts(marks('Officials were supposed to meet on Monday.'), 'hedge')).toEqual([]);
  });

  it('modal verbs report uncertainty and are no hedges; distancing adverbs are', () => {
    const hs = marks('The tariffs could rise next year. The plan was reportedly shelved.');
    expect(texts(hs, 'hedge')).toEqual(['reportedly']);
  });
});

describe('recall: what is a framing mark', () => {
  it('finds loaded verbs through their inflections', () => {
    const hs = marks('The senator was berating aides while the governor railed against the bill and lambasted the press.');
    expect(texts(hs, 'loaded')).toEqual(['berating', 'railed', 'lambasted']);
  });

  it('finds pejorative and laudatory descriptors', () => {
    const hs = marks('The phony audit came from bogus data. The visionary plan won praise.');
    expect(texts(hs, 'loaded')).toEqual(['phony', 'bogus', 'visionary']);
  });

  it('finds idioms in any tense', () => {
    const hs = marks('The governor seized on the report. The senator took a swipe at the plan and fired back at critics.');
    expect(texts(hs, 'loaded')).toEqual(['seized', 'swipe', 'fired back']);
    expect(texts(marks('The host showered her with compliments.'), 'loaded')).toEqual(['showered']);
  });

  it('an idiom’s mark covers its image, not its grammar; the reason quotes the idiom whole', () => {
    const hs = marks('The mayor came under fire for the levy and took aim at the council over a flood of complaints.');
    expect(texts(hs, 'loaded')).toEqual(['fire', 'aim', 'flood']);
    expect(hs.find((h) => h.text === 'fire')?.reason).toContain("'came under fire'");
    expect(hs.find((h) => h.text === 'flood')?.reason).toContain("'flood of'");
    // a phrasal verb keeps its particle, a hyphenated phrase stays one word
    expect(texts(marks('The governor played down the risk and lashed out at reporters.'), 'loaded')).toEqual(['played down', 'lashed out']);
    expect(texts(marks('The so-called reform passed.'), 'loaded')).toEqual(['so-called']);
  });

  it('finds minimisers before figures and on their own', () => {
    const hs = marks('The economy added only 194,000 jobs. The response was tepid.');
    expect(texts(hs, 'intensifier')).toEqual(['only', 'tepid']);
    expect(hs.find((h) => h.text === 'only')?.reason).toContain("'only 194,000'");
  });

  it('finds stance adverbs in the outlet’s voice', () => {
    const hs = marks('The rule is obviously late. It was technically legal. Ironically, the bill passed.');
    expect(texts(hs)).toEqual(['obviously', 'technically', 'Ironically']);
  });

  it('finds idioms written with a hyphen and conflict metaphors for disputes', () => {
    const hs = marks('The governor doubled-down on the levy as the trade showdown with the union began.');
    expect(texts(hs, 'loaded')).toEqual(['doubled-down', 'showdown']);
  });

  it('marks the outlet reading an actor’s mind', () => {
    const hs = marks('The minister appeared to relish the fight. The mayor seemed eager to sign.');
    expect(texts(hs, 'hedge')).toEqual(['appeared', 'seemed']);
    expect(hs[0]?.reason).toContain("'appeared to'");
    expect(texts(marks('The report appeared to concern an old case, and a deal seems likely.'), 'hedge')).toEqual([]);
  });

  it('finds scare quotes but not names introduced as such', () => {
    const hs = marks('The group backed a "reform" of the courts. The plan, dubbed "fair share", passed.');
    expect(texts(hs, 'hedge')).toEqual(['reform']);
  });

  it('quoted words of two or more name a term; scare quotes hold one word, hyphenated or not', () => {
    expect(texts(marks('The budget relies on a levy on large estates, or a "mansion tax".'), 'hedge')).toEqual([]);
    expect(texts(marks('The bill offers a "path to residency" for farm workers.'), 'hedge')).toEqual([]);
    expect(texts(marks('The paper blamed "far-left" groups for the damage.'), 'hedge')).toEqual(['far-left']);
  });

  it('a strong sentiment adjective in the outlet’s voice is loaded; the same word negated as a verb is not', () => {
    expect(texts(marks('It was a disgusting display.'), 'loaded')).toEqual(['disgusting']);
    expect(texts(marks('Officials did not welcome the visit.'), 'loaded')).toEqual([]);
  });
});

describe('words of blame and contempt beyond the sentiment list', () => {
  it('adjectives of blame and their adverbs are loaded', () => {
    expect(texts(marks('The council passed a misguided and sanctimonious plan.'), 'loaded')).toEqual(['misguided', 'sanctimonious']);
    expect(texts(marks('It was a craven retreat by a duplicitous board.'), 'loaded')).toEqual(['craven', 'duplicitous']);
    expect(texts(marks('The mayor egregiously ignored the rules.'), 'loaded')).toEqual(['egregiously']);
  });

  it('a noun that names a person by a vice is loaded, a legal standing is not', () => {
    expect(texts(marks('The senator’s flunkies and sycophants cheered the plan.'), 'loaded')).toEqual(['flunkies', 'sycophants']);
    expect(texts(marks('The suspect and two offenders were sentenced on Monday.'), 'loaded')).toEqual([]);
  });

  it('verbs that cast speech as scolding or empty talk, or an act as evasion or deceit, are loaded in any form', () => {
    expect(texts(marks('The mayor scolded reporters and sidestepped the question.'), 'loaded')).toEqual(['scolded', 'sidestepped']);
    expect(texts(marks('The senator is pontificating while aides obfuscate the figures.'), 'loaded')).toEqual(['pontificating', 'obfuscate']);
    // a noun of the same form is no verb
    expect(texts(marks('She played the harp at the gala.'), 'loaded')).toEqual([]);
  });

  it('a listed verb in "-s" after a noun subject, and a hyphenated one, are loaded verbs; the same word as a plural noun is not', () => {
    expect(texts(marks('The mayor hammers the council and cherry-picked the data.'), 'loaded')).toEqual(['hammers', 'cherry-picked']);
    expect(texts(marks('The new board guts the budget.'), 'loaded')).toEqual(['guts']);
    expect(texts(marks('The garden plots were sold to the school.'), 'loaded')).toEqual([]);
  });

  it('an assault or fire among police, arms or fighters is the act itself; of a policy it is a metaphor', () => {
    expect(texts(marks('Police arrested two men for assaulting officers, and troops came under fire near the border.'), 'loaded')).toEqual([]);
    expect(texts(marks('The governor stepped up his assault on the health law and came under fire for it.'), 'loaded')).toEqual(['assault', 'fire']);
  });

  it('a verb of anger said of no person, and "defy" before a rule, have their plain sense', () => {
    expect(texts(marks('Protests erupted in the capital, and raging wildfires closed the road as the storm raged.'), 'loaded')).toEqual([]);
    expect(texts(marks('Hundreds of residents defied an 8 p.m. curfew.'), 'loaded')).toEqual([]);
    // said of a person, or turning into a fight, they stay marked
    expect(texts(marks('The mayor erupted at reporters and defied the council.'), 'loaded')).toEqual(['erupted', 'defied']);
    expect(texts(marks('The dispute is erupting into a feud.'), 'loaded')).toEqual(['erupting', 'feud']);
  });

  it('verbs of deceit, coercion and excess, idioms of concealment and adjectives of blame are loaded; a noun of the same form is not', () => {
    expect(texts(marks('The mayor glossed over the malicious errors and coerced the board into a hasty vote.'), 'loaded')).toEqual(['glossed over', 'malicious', 'coerced', 'hasty']);
    expect(texts(marks('The governor silenced critics, bankrolled a mediocre candidate and exaggerated the costs.'), 'loaded')).toEqual(['silenced', 'bankrolled', 'mediocre', 'exaggerated']);
    expect(texts(marks('The crowd held a moment of silence for the victims.'), 'loaded')).toEqual([]);
  });

  it('"extreme" labels a position and measures a hazard; a label of ideology describes a politician and labels a policy; contested terms are loaded', () => {
    expect(texts(marks('The extreme plan was drafted during extreme heat and extreme poverty.'), 'loaded')).toEqual(['extreme']);
    expect(texts(marks('A socialist senator and a communist party met; critics of the socialist policies left.'), 'loaded')).toEqual(['socialist']);
    expect(texts(marks('The anti-choice movement and anti-vaxxers opposed open borders.'), 'loaded')).toEqual(['anti-choice', 'anti-vaxxers', 'open borders']);
  });

  it('adjectives that assert division or falsehood, nouns of contempt and phrases that dismiss are loaded', () => {
    expect(texts(marks('The polarizing senator made unsubstantiated claims, and his antics were on display.'), 'loaded')).toEqual(['polarizing', 'unsubstantiated', 'antics']);
    expect(texts(marks('The con man sold snake oil and cut red tape.'), 'loaded')).toEqual(['con man', 'snake oil', 'red tape']);
  });

  it('verbs of manipulation, harassment and fawning, and idioms of attack, dismissal and stirring up, are loaded', () => {
    const hs = marks('The senator tore into the plan, brushed off critics and politicized the tragedy, while aides gushed and reporters hounded him.');
    expect(texts(hs, 'loaded')).toEqual(['tore', 'brushed off', 'politicized', 'gushed', 'hounded']);
    expect(hs[0]!.reason).toContain("'tore into'");
    expect(texts(marks('The indoctrination of students was called political theater.'), 'loaded')).toEqual(['indoctrination']);
  });

  it('adjectives of blame for manner, honesty, cost or age, and of praise for renown or virtue, are loaded', () => {
    expect(texts(marks('The tone-deaf mayor gave a rambling speech on the bloated, wasteful budget.'), 'loaded')).toEqual(['tone-deaf', 'rambling', 'bloated', 'wasteful']);
    expect(texts(marks('A renowned and selfless nurse retired.'), 'loaded')).toEqual(['renowned', 'selfless']);
  });

  it('verbs that cast speech as a snarl or a dispute as bickering, and nouns of petty fighting, are loaded', () => {
    expect(texts(marks('Lawmakers bickered as the senator snarled at reporters, and the infighting grew.'), 'loaded')).toEqual(['bickered', 'snarled', 'infighting']);
  });

  it('words that dramatise disorder, an ordeal or a figure, or pass moral judgment, are loaded', () => {
    expect(texts(marks('The damning report followed mayhem and a harrowing night at the inhumane camp.'), 'loaded')).toEqual(['damning', 'mayhem', 'harrowing', 'inhumane']);
  });

  it('a noun for a person that VADER rates negative is loaded where it names a vice, not where it names a crime', () => {
    expect(texts(marks('The mayor cast the snob and the killjoy as villains.'), 'loaded')).toEqual(['snob', 'killjoy', 'villains']);
    expect(texts(marks('The thief and the smuggler were arrested.'), 'loaded')).toEqual([]);
  });

  it('an adverb that judges a statement false or ascribes reluctance or carelessness is an attitude of the outlet', () => {
    const hs = marks('The senator falsely linked the vote to fraud and reluctantly signed the bill, then glibly moved on.');
    expect(texts(hs, 'loaded')).toEqual(['falsely', 'reluctantly', 'glibly']);
    expect(hs[0]!.reason).toContain('attitude');
  });

  it('nouns that cast a person as a tool or a remark as a blunder, and phrases of unfair attack, are loaded', () => {
    expect(texts(marks('The gaffe fed a smear campaign, and the minister, a pawn of donors, took a cheap shot at rivals.'), 'loaded')).toEqual(['gaffe', 'smear campaign', 'pawn', 'cheap shot']);
  });

  it('one camp’s words in the debates on abortion, guns, climate and taxes are loaded', () => {
    expect(texts(marks('The bill protects the unborn, ends late-term procedures and rejects climate alarmism and tax-and-spend plans.'), 'loaded')).toEqual(['unborn', 'late-term', 'alarmism', 'tax-and-spend']);
  });

  it('verbs that cast speech as muttering, moaning, grilling or trolling are loaded', () => {
    expect(texts(marks('The minister muttered a reply, bemoaned the rules, grilled the auditor and goaded rivals.'), 'loaded')).toEqual(['muttered', 'bemoaned', 'grilled', 'goaded']);
  });

  it('a noun that dismisses what it names is loaded', () => {
    expect(texts(marks('The whole plan is utter drivel and a disgrace.'), 'loaded')).toEqual(['drivel', 'disgrace']);
    expect(texts(marks('The agency left its records in shambles.'), 'loaded')).toEqual(['shambles']);
    expect(texts(marks('The hearing was pure theatrics, and the rebuttal mere sophistry.'), 'loaded')).toEqual(['theatrics', 'sophistry']);
    expect(texts(marks('On Monday the hand-wringing continued.'), 'loaded')).toEqual(['hand-wringing']);
  });

  it('a speaker’s insult in quotation marks is marked as the speaker’s', () => {
    const hs = marks('The president has called the rival a "madman" and a "buffoon."');
    expect(texts(hs, 'loaded')).toEqual(['madman', 'buffoon']);
    expect(hs.every((h) => h.quoted)).toBe(true);
  });
});

describe('general evaluative forms', () => {
  it('a superlative or comparative the lemmatiser leaves whole judges as its adjective does; an agent noun in "-er" does not', () => {
    expect(texts(marks('It was the cruelest campaign and the shoddier of the two plans.'), 'loaded')).toEqual(['cruelest', 'shoddier']);
    expect(texts(marks('The firm had a banner year.'), 'loaded')).toEqual([]);
  });

  it('an adverb formed from an evaluative adjective is loaded; one from a neutral adjective is not', () => {
    expect(texts(marks('The board recklessly approved the deal and shamefully buried the report.'), 'loaded')).toEqual(['recklessly', 'shamefully']);
    expect(texts(marks('The board formally approved the deal on Monday.'), 'loaded')).toEqual([]);
  });

  it('an adjective of clear feeling that only VADER rates is loaded, and so is its adverb; its nouns and verbs are not read', () => {
    const hs = marks('The council passed a villainous and regrettable budget, and the mayor pitilessly defended it.');
    expect(texts(hs, 'loaded')).toEqual(['villainous', 'regrettable', 'pitilessly']);
    expect(hs[1]!.reason).toContain('VADER rating -2.3 of ±4');
    expect(hs[2]!.reason).toContain("formed from 'pitiless'");
    // VADER rates nouns of crime and violence out of context: news names them, no judgment
    expect(texts(marks('The killer was charged with terrorism after the poisoning.'), 'loaded')).toEqual([]);
  });

  it('amplifiers push a judgment to its extreme, written with a hyphen or not; "rampant" and "flagrant" judge', () => {
    expect(texts(marks('It was an all-out war with sky-high prices, sheer incompetence and an outright disaster.'), 'intensifier')).toEqual(['all-out', 'sky-high', 'sheer', 'outright']);
    // before a plain word they measure: a complete visit, a majority of its own
    expect(texts(marks('The mayor will host a full-blown state visit after an outright majority in the vote.'), 'intensifier')).toEqual([]);
    expect(texts(marks('Rampant fraud and a flagrant breach followed.'), 'loaded')).toEqual(['Rampant', 'flagrant']);
  });

  it('an intensified comparison is an intensifier, a figure after it is not', () => {
    const compared = marks('The new rules are far stronger and even worse for renters.');
    expect(texts(compared, 'intensifier')).toEqual(['far', 'even']);
    expect(compared[0]?.reason).toContain("'far stronger'");
    expect(texts(marks('Far more than 100 people attended the meeting.'), 'intensifier')).toEqual([]);
  });

  it('a superlative of an evaluative adjective is an intensifier, of a plain one it is not', () => {
    const hs = marks('It was the most reckless plan of the year.');
    // the mark is the adjective that judges; the reason names the superlative
    expect(texts(hs, 'intensifier')).toEqual(['reckless']);
    expect(hs[0]?.reason).toContain("'most reckless'");
    expect(texts(marks('It was the most recent plan of the year.'), 'intensifier')).toEqual([]);
  });

  it('a noun formed from a loaded verb of speech, ridicule, deceit or weakness is loaded; one of an offence or an event is not', () => {
    const hs = marks('The vilification of migrants and the exaggeration of costs followed the appeasement of donors.');
    expect(texts(hs, 'loaded')).toEqual(['vilification', 'exaggeration', 'appeasement']);
    expect(hs[0]!.reason).toContain("formed from the loaded verb 'vilify'");
    expect(texts(marks('Intimidation and destruction followed the explosion.'), 'loaded')).toEqual([]);
  });

  it('a noun formed from a negative evaluative adjective is loaded; a plain noun is not', () => {
    expect(texts(marks('Voters spoke of the recklessness and arrogance of the council.'), 'loaded')).toEqual(['recklessness', 'arrogance']);
    expect(texts(marks('Voters spoke of the business of the community.'), 'loaded')).toEqual([]);
  });

  it('a degree word raises a verb of judgment or stance; before a plain act it gives the extent', () => {
    expect(texts(marks('The vaccine was heavily researched, and the fence was completely removed.'), 'intensifier')).toEqual([]);
    expect(texts(marks('The senator strongly opposed the plan and deeply resented the vote.'), 'intensifier')).toEqual(['strongly', 'deeply']);
  });

  it('amplifier adverbs are intensifiers and attitude adverbs are loaded', () => {
    const hs = marks('The board sharply rebuked the plan, and the minister unexpectedly accepted.');
    expect(texts(hs, 'intensifier')).toEqual(['sharply']);
    expect(texts(hs, 'loaded')).toEqual(['unexpectedly']);
  });

  it('a degree word raises a judgment or an act, and only measures before a plain word', () => {
    expect(texts(marks('The deal was very dangerous for the region, and lenders spent heavily.'), 'intensifier')).toEqual(['very', 'heavily']);
    expect(texts(marks('Very few voters came, and prices were significantly lower.'), 'intensifier')).toEqual([]);
  });

  it('an ordinary positive adjective is no loaded word, praise and blame are', () => {
    expect(texts(marks('The company reported a strong quarter and a safe return.'), 'loaded')).toEqual([]);
    expect(texts(marks('The firm had a great quarter after a successful launch, and it successfully cut costs.'), 'loaded')).toEqual([]);
    expect(texts(marks('The talks were a fantastic show of a great leader.'), 'loaded')).toEqual(['fantastic', 'great']);
    expect(texts(marks('The mayor gave a heroic speech about the disastrous plan.'), 'loaded')).toEqual(['heroic', 'disastrous']);
    const praise = marks('Colin Powell, an accomplished and esteemed four-star general, died on Monday.');
    expect(texts(praise, 'loaded')).toEqual(['accomplished', 'esteemed']);
    expect(praise[0]!.reason).toContain('praises the person');
  });

  it('"claim" reports speech when it has a statement, and takes something when it has a prize', () => {
    const attribution = (text: string) => marks(text).filter((h) => h.category === 'attribution').map((h) => h.text);
    expect(attribution('Smith claims the vote was rigged, and they claim it every year; jobless claims rose.')).toEqual(['claims', 'claim']);
    expect(attribution('The rebels claimed responsibility, and the team claimed the title.')).toEqual([]);
    const nouns = marks("Smith's claims of fraud were repeated, and his claim that the vote was rigged spread; jobless claims rose and claims of $2 million were filed.");
    expect(nouns.filter((h) => h.category === 'attribution').map((h) => h.text)).toEqual(['claims', 'claim']);
    expect(nouns.find((h) => h.text === 'claim')?.reason).toContain('a mere claim');
    expect(marks('Smith claims the vote was rigged.').find((h) => h.text === 'claims')?.reason).toContain('Attribution verb');
    expect(attribution('The mayor, a self-confessed fan of the team, spoke.')).toEqual([]);
    expect(attribution('Apple reveals the new phone, and the firm notes the rise in sales.')).toEqual([]);
  });

  it('an unnamed group handed an attitude is weasel wording; "even" before an act stresses it', () => {
    expect(texts(marks('Critics are skeptical of the plan, and the board is skeptical too.'), 'hedge')).toEqual(['Critics']);
    expect(texts(marks('The mayor even suggested a second vote, even if few agreed.'), 'intensifier')).toEqual(['even']);
  });

  it('the wrong an accusation names is reported, not judged; the same word in the outlet’s voice is loaded', () => {
    expect(texts(marks('The lawsuit alleges a conspiracy to influence the vote, and the mayor denied colluding with anyone.'), 'loaded')).toEqual([]);
    expect(texts(marks('Two voters sued the county for invasion of privacy.'), 'loaded')).toEqual([]);
    expect(texts(marks('The jury weighed conspiracy to launder money, then conspiracy against the United States.'), 'loaded')).toEqual([]);
    expect(texts(marks('The council pushed a conspiracy theory about the vote.'), 'loaded')).toEqual(['conspiracy']);
    expect(texts(marks('In the capital he called the plan reckless and cruel.'), 'loaded')).toEqual([]);
    expect(texts(marks('Critics called for a reckless plan to be dropped.'), 'loaded')).toEqual(['reckless']);
  });

  it('"did little to" plays down what was done', () => {
    expect(texts(marks('The statement did little to calm the markets.'), 'loaded')).toEqual(['little']);
  });

  it('"so-called" before quotation marks introduces a name; before a bare word it disputes it', () => {
    expect(texts(marks('The senator backs so-called “smart guns” that read fingerprints.'), 'loaded')).toEqual([]);
    expect(texts(marks('The so-called experts were wrong.'), 'loaded')).toEqual(['so-called']);
  });

  it('a term in quotation marks that is being defined or cited as a word is mentioned, not distanced', () => {
    expect(texts(marks('The new law defines “resident” as anyone who has lived in the county for a year.'), 'hedge')).toEqual([]);
    expect(texts(marks('The school uses the pronoun “they” for every pupil.'), 'hedge')).toEqual([]);
  });

  it('quoted words in a sentence that reports speech are a partial quotation, not scare quotes', () => {
    expect(texts(marks('The senator said the bill was a "disaster" for farmers.'), 'hedge')).toEqual([]);
    expect(texts(marks('The union skipped the talks, calling the rules "oppressive conditions" for workers.'), 'hedge')).toEqual([]);
    expect(texts(marks('The state’s only "achievement" this year was a new logo.'), 'hedge')).toEqual(['achievement']);
  });
});

describe('intensifiers and hedges a reader would not call framing', () => {
  it('degree and certainty words inside a speaker’s direct quote say how the speaker talks', () => {
    const hs = marks('"We had very, very good talks and we will probably meet again," the mayor said.');
    expect(texts(hs, 'intensifier')).toEqual([]);
    expect(texts(hs, 'hedge')).toEqual([]);
    // the outlet’s own degree word stays
    expect(texts(marks('The deal was very dangerous for the region.'), 'intensifier')).toEqual(['very']);
  });

  it('scare quotes are the outlet’s only outside a speaker’s quote, in running text, away from words for speech', () => {
    expect(texts(marks('"Their talk of \'damages\' will fail in court."'), 'hedge')).toEqual([]);
    expect(texts(marks('Council vows to "fix" the bridge\n\nThe council met on Monday.'), 'hedge')).toEqual([]);
    expect(texts(marks('He gave his opinion of the "reckless" plan at lunch.'), 'hedge')).toEqual([]);
    expect(texts(marks('The mayor advised residents to avoid "crowded places" this week.'), 'hedge')).toEqual([]);
    expect(texts(marks('The candidate wears the nickname "plain Joe" with pride.'), 'hedge')).toEqual([]);
    const own = marks('The state’s only "achievement" this year was a new logo.');
    expect(texts(own, 'hedge')).toEqual(['achievement']);
    expect(own[0]!.reason).not.toContain('inside a quote');
  });

  it('a determiner before a noun cites nobody; an unnamed group that speaks does', () => {
    expect(texts(marks('The site removed some fear-mongering posts.'), 'hedge')).toEqual([]);
    expect(texts(marks('Some fear the plan will fail.'), 'hedge')).toEqual(['Some']);
  });

  it('"seem to" before a mildly scored act hedges a fact; before a feeling it reads a mind', () => {
    expect(texts(marks('The storms seem to increase each year.'), 'hedge')).toEqual([]);
    expect(texts(marks('The senator appeared to relish the fight.'), 'hedge')).toEqual(['appeared']);
  });

  it('"even" after a modal or "to", or in a question or condition, means "at all" and stresses nothing', () => {
    expect(texts(marks('The rule may even increase costs, and few know how the fund even works.'), 'intensifier')).toEqual([]);
    expect(texts(marks('The mayor pledged to even jail landlords.'), 'intensifier')).toEqual([]);
    expect(texts(marks('The mayor even praised the rival.'), 'intensifier')).toEqual(['even']);
  });

  it('an adverb that sizes a vote or a poll answer states a count, as a figure would', () => {
    expect(texts(marks('The House overwhelmingly backed the bill, and most voters strongly disagree with it.'), 'intensifier')).toEqual([]);
    expect(texts(marks('The county voted heavily for the mayor.'), 'intensifier')).toEqual([]);
    // outside a poll's scale "strongly" still raises the act
    expect(texts(marks('The senator strongly supports the bill.'), 'intensifier')).toEqual(['strongly']);
  });

  it('an adverb or verb of change beside the figure it sums up describes the change', () => {
    expect(texts(marks('Sales fell sharply in May, from 12% to 7%, and shares soared 20% on Monday.'), 'intensifier')).toEqual([]);
    expect(texts(marks('Prices soared after the storm, and the board sharply criticized the plan.'), 'intensifier')).toEqual(['soared', 'sharply']);
    expect(texts(marks('Rents soared in 2019 across the county.'), 'intensifier')).toEqual(['soared']);
  });

  it('an intensifier inside a fixed term names a thing', () => {
    expect(texts(marks('The index hit an all-time high near the historic district.'), 'intensifier')).toEqual([]);
    expect(texts(marks('It was a historic vote with massive turnout.'), 'intensifier')).toEqual(['historic', 'massive']);
  });

  it('a degree word before a mildly scored adjective describes', () => {
    expect(texts(marks('The mayor gave a very clear answer.'), 'intensifier')).toEqual([]);
  });
});

describe('estimates of likelihood', () => {
  it('a booster under an approximator estimates a likelihood; alone it tells the reader the claim is beyond doubt', () => {
    expect(texts(marks('The plan will almost certainly face a court challenge.'), 'intensifier')).toEqual([]);
    expect(texts(marks('The plan will certainly face a court challenge.'), 'intensifier')).toEqual(['certainly']);
  });
});

describe('charges of lying', () => {
  it('a lie is the outlet charging intent to deceive; a lie of place and a charge in court are not', () => {
    expect(texts(marks('The governor lied about the audit, and his aides repeated the lies on television.'), 'loaded')).toEqual(['lied', 'lies']);
    expect(texts(marks('The senator was lying to voters about the deal.'), 'loaded')).toEqual(['lying']);
    expect(texts(marks('The answer lies in the data. The town lies at the foot of a hill, and a dog was lying on the porch.'), 'loaded')).toEqual([]);
    expect(texts(marks('The former harbour clerk pleaded guilty to lying on a loan form.'), 'loaded')).toEqual([]);
    expect(texts(marks('The mayor did not lie about the budget.'), 'loaded')).toEqual([]);
  });

  it('verbs of feigning say that what someone shows is not what they mean', () => {
    expect(texts(marks('The minister pretended to listen and feigned surprise at the vote.'), 'loaded')).toEqual(['pretended', 'feigned']);
  });
});

describe('nouns for persons formed from listed words', () => {
  it('the "-ic" noun of a pejorative "-ical" adjective and the "-er" noun of a word of fighting judge the person', () => {
    expect(texts(marks('A few fanatics and one cynic joined the crusaders outside the hall.'), 'loaded')).toEqual(['fanatics', 'cynic', 'crusaders']);
    // a plain "-ic" or "-er" noun is no mark
    expect(texts(marks('The critic and the battery maker met the mechanics.'), 'loaded')).toEqual([]);
  });

  it('an adjective of likeness formed from a pejorative or dismissive noun judges as the noun does', () => {
    expect(texts(marks('It was a buffoonish and narcissistic speech to a cultish crowd, full of demagogic appeals.'), 'loaded')).toEqual(['buffoonish', 'narcissistic', 'cultish', 'demagogic']);
    expect(texts(marks('The aides showed a cult-like loyalty.'), 'loaded')).toEqual(['cult-like']);
    // a plain adjective in the same endings is no mark
    expect(texts(marks('The Danish scientist gave a rhetorical answer about the economic data in a lifelike model.'), 'loaded')).toEqual([]);
  });

  it('the noun of the same form as a loaded verb of speech names the act as the verb does', () => {
    expect(texts(marks('The governor’s boast drew jeers and taunts from the gallery.'), 'loaded')).toEqual(['boast', 'jeers', 'taunts']);
    // a noun of such a verb that mostly names a thing is no mark
    expect(texts(marks('The professor gave a lecture on rail safety before the harp recital.'), 'loaded')).toEqual([]);
  });

  it('a noun of doctrine formed from a pejorative or a label of position judges; the name of a party’s ideology does not', () => {
    expect(texts(marks('The column blamed the extremism and radicalism of the council for its trutherism.'), 'loaded')).toEqual(['extremism', 'radicalism', 'trutherism']);
    expect(texts(marks('The party debated socialism, communism and tourism.'), 'loaded')).toEqual([]);
  });

  it('a plural the lemmatiser leaves whole judges as its listed singular does', () => {
    expect(texts(marks('Vaccine truthers and doomsayers filled the comment section.'), 'loaded')).toEqual(['truthers', 'doomsayers']);
  });
});

describe('attribution verbs that judge no statement', () => {
  const attributions = (text: string) => marks(text).filter((h) => h.category === 'attribution').map((h) => `${h.text}:${h.attribution}`);

  it('in legal proceedings "allege" and a filing’s "claims" are the terms of art, not the outlet’s doubt', () => {
    expect(attributions('The lawsuit alleges that the firm hid its losses. The complaint alleged that the board knew.')).toEqual([]);
    expect(attributions('The union sued the city on Friday, alleging that the mayor broke the contract.')).toEqual([]);
    expect(attributions('The new suit claims that the board ignored warnings, and the complaint lists many claims against it.')).toEqual([]);
    // out of court the same verbs still cast doubt, and a party's "claimed" in court is still its own claim
    expect(attributions('The mayor alleged that the firm hid its losses.')).toEqual(['alleged:doubt']);
    expect(attributions('The mayor claimed in court that the firm hid its losses.')).toEqual(['claimed:doubt']);
  });

  it('"claim" and "assert" of a right, a power or a territory take or exercise it, and say nothing', () => {
    expect(attributions('The president claimed executive privilege, a right traditionally asserted by the White House.')).toEqual([]);
    expect(attributions('The memo asserts the comedian’s right to artistic freedom.')).toEqual([]);
    expect(attributions('Beijing presses the island it claims as its own and asserts its territorial ambitions.')).toEqual([]);
    expect(attributions('The minister claimed the plan would work, and he asserted that it was cheap.')).toEqual(['claimed:doubt', 'asserted:doubt']);
  });

  it('a verb of disclosing with a thing for object makes it known, and reports no statement', () => {
    expect(attributions('The engineer revealed her identity in an interview, and the firm disclosed the payments.')).toEqual([]);
    expect(attributions('The ambassador revealed Thursday that the visit would go ahead.')).toEqual(['revealed:endorse']);
    expect(attributions('The visit will go ahead, the ambassador revealed on Thursday.')).toEqual(['revealed:endorse']);
  });

  it('an adverb of error before an endorsing verb says the statement is wrong, and endorses nothing', () => {
    expect(attributions('He incorrectly noted that the list had no questions about the deal.')).toEqual(['incorrectly noted:doubt']);
    expect(attributions('He noted that the list had no questions about the deal.')).toEqual(['noted:endorse']);
  });

  it('in legal proceedings the name of an offence is the charge, and a camp label names a ruling party', () => {
    expect(texts(marks('The lawsuit targets the firm and its bank for conspiring to hide losses.'), 'loaded')).toEqual([]);
    expect(texts(marks('The firm was conspiring to hide losses.'), 'loaded')).toEqual(['conspiring']);
    // what an accusation or an inquiry is about, however far the offence stands from the word that opens it
    expect(texts(marks('The growers accused the board of running "a closed shop" that worked with two shippers in a conspiracy to fix prices.'), 'loaded')).toEqual([]);
    expect(texts(marks('The auditor has the power to investigate whether the mayor or her aides colluded with the builder.'), 'loaded')).toEqual([]);
    expect(texts(marks('The mayor and her aides colluded with the builder.'), 'loaded')).toEqual(['colluded']);
    // a list of offences names kinds of offence; the same word said of one actor's conduct judges it
    expect(texts(marks('Police logged a rise in threats of violence, intimidation and harassment at schools.'), 'loaded')).toEqual([]);
    expect(texts(marks('The navy stepped up its harassment of the island.'), 'loaded')).toEqual(['harassment']);
    // the hedge the law asks of a report on a charge, and the same hedge in the outlet's own report
    expect(texts(marks('The union sued the firm for allegedly hiding losses.'), 'hedge')).toEqual([]);
    expect(texts(marks('The firm allegedly hid losses.'), 'hedge')).toEqual(['allegedly']);
    expect(texts(marks('The speech comes amid pressure from the communist leadership in Beijing.'), 'loaded')).toEqual([]);
    expect(texts(marks('The communist press mocked the speech.'), 'loaded')).toContain('communist');
  });

  it('a participle that describes a thing, or a passive with no clause, reports no statement', () => {
    expect(attributions('Newly revealed documents show the plan, and the disclosed emails name the donors.')).toEqual([]);
    expect(attributions('With confirmed infections declining, the rule ended.')).toEqual([]);
    expect(attributions('Tax files: newly revealed documents expose havens.')).toEqual([]);
    expect(attributions('No such meeting has been revealed publicly, and the visit was confirmed on Thursday.')).toEqual([]);
    // a passive with its clause, and the active verb before a clause, report a statement
    expect(attributions('It has been claimed the visit was delayed over cost.')).toEqual(['claimed:doubt']);
    expect(attributions('The ministry confirmed that the visit would go ahead.')).toEqual(['confirmed:endorse']);
  });
});

describe('tagging slips', () => {
  it('a loaded verb in -s the tagger reads as a noun, between a name and its object, is the verb', () => {
    expect(texts(marks('Warren savages Biden for wanting a deal.'), 'loaded')).toEqual(['savages']);
  });
});

describe('compounds', () => {
  it('a compound judges through a listed word written solid or a noun of negative feeling before a participle', () => {
    expect(texts(marks('They sent rage-filled letters and fear-mongering ads about the war-torn region.'), 'loaded')).toEqual(['rage-filled', 'fear-mongering']);
    expect(texts(marks('The hyper-partisan show aired crime-fighting tips.'), 'loaded')).toEqual(['hyper-partisan']);
  });
});

describe('headlines in title case', () => {
  it('a title-case line is read as a headline wherever it stands: its capitals start no names', () => {
    const body = 'The council met on Monday.\n\n';
    expect(texts(marks(`${body}Voters Reject the Reckless Harbor Plan Again`), 'loaded')).toEqual(['Reckless']);
    expect(texts(marks(`${body}The Harbor Plan Is Crazy, But Voters Actually Like It`), 'loaded')).toEqual(['Crazy']);
    // a capitalised sentiment-list word with no noun after it is the noun it mostly is
    expect(texts(marks(`${body}Critics Push Pork for Allies in the Relief Bill`), 'loaded')).toEqual(['Pork']);
    // a sentence with names in it is no title
    expect(texts(marks(`${body}The mayor met Reckless Records founder John Smith in New York.`), 'loaded')).toEqual([]);
  });
});

describe('reported speech without quotation marks', () => {
  it('the clause a named or official speaker is reported to have said is theirs, in either order', () => {
    expect(texts(marks('Beijing will take negative steps in response, the trade ministry said on Tuesday.'), 'loaded')).toEqual([]);
    expect(texts(marks('The regulator warned that the merger was reckless and dangerous.'), 'loaded')).toEqual([]);
    expect(texts(marks('According to Senator Lee, the budget is a disaster for farmers.'), 'loaded')).toEqual([]);
    expect(texts(marks('The levy is a shameful mistake, said Governor Alvarez.'), 'loaded')).toEqual([]);
    expect(texts(marks('The shameful levy, Alvarez said, was a cruel blow to growers.'), 'loaded')).toEqual([]);
    // what a speaker asks for is in the speaker's terms
    expect(texts(marks('Beijing requested the removal of negative steps against its firms.'), 'loaded')).toEqual([]);
    expect(texts(marks('The minister called for an end to the brutal raids.'), 'loaded')).toEqual([]);
    // words set off by commas at the start of the reported clause are still the speaker's
    expect(texts(marks('The mayor stressed that, while imperfect, the levy should not be scrapped.'), 'loaded')).toEqual([]);
    expect(texts(marks('The mayor stressed that, while imperfect, the levy should stay, sparking a furious backlash.'), 'loaded')).toContain('backlash');
  });

  it('a gerund of saying and a free relative of saying report the subject’s position, not the outlet’s', () => {
    expect(texts(marks('The senator defended the bill by saying that the old rules were unfair and cruel.'), 'loaded')).toEqual([]);
    expect(texts(marks('The union turned the offer down, arguing the terms were insulting.'), 'loaded')).toEqual([]);
    expect(texts(marks('The court upheld what the plaintiffs argue are unfair and discriminatory maps.'), 'loaded')).toEqual([]);
    expect(texts(marks('The fight is over what the mayor says is an unfair tax.'), 'loaded')).toEqual([]);
    // an unnamed group hands the outlet no speaker; a free relative as the subject is judged by the outlet
    expect(texts(marks('Critics attacked the plan, saying it was reckless.'), 'loaded')).toEqual(['reckless']);
    expect(texts(marks('What he said was cruel.'), 'loaded')).toEqual(['cruel']);
    expect(texts(marks('He won the vote by saying little, and the cruel plan passed.'), 'loaded')).toEqual(['cruel']);
  });

  it('the outlet’s own words around the report stay marked', () => {
    // an unnamed group is no speaker: that is weasel wording, and the words stay the outlet's
    expect(texts(marks('Critics said the merger was reckless.'), 'loaded')).toEqual(['reckless']);
    // a manner adverb on the verb, and a clause the outlet adds after the report, are the outlet's
    expect(texts(marks('"We tried," the mayor said sheepishly after the vote.'), 'loaded')).toEqual(['sheepishly']);
    expect(texts(marks('Officials said the fee would stay, sparking a furious backlash from growers.'), 'loaded')).toContain('backlash');
    // a subject that is no speaker is no report
    expect(texts(marks('The reckless plan said nothing about costs.'), 'loaded')).toEqual(['reckless']);
    // a verb of saying with an object and no clause reports nothing; a subject is named by its head, not its modifiers
    expect(texts(marks('With Mayor Alvarez adding a cruel twist to the plan, the vote failed.'), 'loaded')).toEqual(['cruel']);
    expect(texts(marks('Polling for the Democratic race tells a grim story for the party.'), 'loaded')).toEqual(['grim']);
    // an opening comment adverb is the writer's remark on the report; past the speaker's quoted words the outlet goes on
    expect(texts(marks('Ironically, the fee would help the rich, said Governor Alvarez.'), 'loaded')).toEqual(['Ironically']);
    expect(texts(marks('Smith told reporters the talks were at "very high levels" after months of heated rhetoric.'), 'loaded')).toContain('heated');
  });
});

describe('linear time on adversarial input', () => {
  const sentenceOf = (text: string): Sentence => ({
    index: 0,
    paragraph: 0,
    start: 0,
    end: text.length,
    text,
    tokens: tokenize(text),
    heading: false,
    sentiment: { score: 0, comparative: 0, words: [] },
  });
  const run = (text: string) => findMarks(text, { sentences: [sentenceOf(text)], quotes: [], actors: [], labels: [], headline: { start: 0, end: text.length } });

  // Long runs of one token class at 60,000 characters: each must end well within the test's timeout.
  const pieces = ['A', 'É', 'ǅ', "'", '.', '-', '!', '?', '"', '“', '”', ' ', 'AB ', 'AB CD x ', 'only ', 'so-called ', 'peace ', '— ', 'responds ', '"a" ', 'appeared to ', 'cruel ', 'alleging cruel ', 'very ', 'claims ', 'Smith said the cruel plan was bad, ', 'according to Smith, cruel ', 'said cruel ', 'the ministry said ', 'police clash ', 'clashed ', 'were scared, ', 'poor, ', 'by saying that ', 'what he says is ', 'rage-filled ', 'Far-Right '];
  it('completes on long runs of capitals, quotes, dashes and repeated words', () => {
    fc.assert(
      fc.property(fc.constantFrom(...pieces), fc.constantFrom('', 'a', 'ǅ', '!', ' x'), (piece, tail) => {
        const text = piece.repeat(Math.ceil(60_000 / piece.length)) + tail;
        const result = run(text);
        expect(Array.isArray(result.highlights)).toBe(true);
      }),
      { numRuns: 25 },
    );
  }, 60_000);
});

describe('"literally" of reading', () => {
  it('says how words are read after a verb of reading; elsewhere it amplifies', () => {
    expect(texts(marks("The council took the harbour board's warnings about the pier literally instead of seriously."), 'intensifier')).toEqual([]);
    expect(texts(marks('Ms. Ortiz said she did not mean the remark literally.'), 'intensifier')).toEqual([]);
    expect(texts(marks('The new terminal is literally falling apart.'), 'intensifier')).toEqual(['literally']);
    // a clause of its own after the verb: the word amplifies again
    expect(texts(marks('The mayor took office, and the budget literally doubled.'), 'intensifier')).toEqual(['literally']);
  });
});
