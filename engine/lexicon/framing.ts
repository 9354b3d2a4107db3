/** Framing vocabulary: loaded words, intensifiers, hedges, distancing, weasel words and sensational headline patterns. */
/**
 * Loaded words and phrases beyond AFINN, each with what it does to the reader. Phrases are written as
 * their words; a hyphenated word is written with its hyphen ("so-called").
 */
export const LOADED: Readonly<Record<string, string>> = {
  slammed: 'turns criticism into a blow', slams: 'turns criticism into a blow', blasted: 'turns criticism into an attack',
  blasts: 'turns criticism into an attack', ripped: 'turns criticism into an attack', rips: 'turns criticism into an attack',
  'lashed out': 'makes a response sound uncontrolled', 'lashes out': 'makes a response sound uncontrolled',
  torched: 'turns criticism into an attack', hammered: 'turns criticism into a blow', skewered: 'turns criticism into ridicule',
  mocked: 'frames a response as ridicule', ridiculed: 'frames a response as ridicule', berated: 'frames a response as scolding',
  railed: 'makes criticism sound like a tirade', fumed: 'ascribes anger', fumes: 'ascribes anger', fuming: 'ascribes anger',
  ambush: 'frames questioning as an attack', ambushed: 'frames questioning as an attack', 'ambush-style': 'frames an event as an attack', seethed: 'ascribes anger', raged: 'ascribes anger',
  ranted: 'dismisses what was said as a rant', bragged: 'casts a statement as vanity', boasted: 'casts a statement as vanity',
  'doubled down': 'frames persistence as stubbornness', caved: 'frames a concession as weakness', capitulated: 'frames a concession as surrender',
  'flip-flopped': 'frames a change of position as inconsistency', dodged: 'implies evasion', stonewalled: 'implies obstruction',
  smeared: 'implies a false attack', weaponized: 'implies abuse of something for attack', rammed: 'implies a forced process',
  rigged: 'implies fraud', gutted: 'dramatises a cut', slashed: 'dramatises a cut', slashing: 'dramatises a cut',
  decimated: 'dramatises damage', crushed: 'dramatises a defeat', unleashed: 'dramatises an action as an attack',
  scrambled: 'implies panic', 'hot-button': 'marks an issue as inflammatory', jittery: 'ascribes nervousness',
  grinding: 'dramatises duration and hardship', regime: 'delegitimises a government', scheme: 'implies a plot',
  ploy: 'implies a trick', stunt: 'dismisses an action as a show', tirade: 'dismisses speech as a tirade', rant: 'dismisses speech as a rant',
  meltdown: 'implies loss of control', debacle: 'judges an event a disaster', fiasco: 'judges an event a disaster',
  chaos: 'dramatises disorder', chaotic: 'dramatises disorder', firestorm: 'dramatises a controversy', bombshell: 'hypes a revelation',
  onslaught: 'dramatises an action as an assault', crackdown: 'frames enforcement as repression', mob: 'delegitimises a crowd',
  thugs: 'delegitimises people', radicals: 'labels opponents as extreme', radical: 'labels a position as extreme',
  extremists: 'labels opponents as extreme', extremist: 'labels a position as extreme', zealots: 'labels opponents as fanatics',
  cronies: 'implies corrupt loyalty', elites: 'casts a group as out of touch', propaganda: 'dismisses communication as manipulation',
  'witch hunt': 'dismisses an investigation as persecution', 'power grab': 'frames an action as illegitimate',
  handout: 'frames aid as undeserved', handouts: 'frames aid as undeserved', giveaway: 'frames a policy as undeserved',
  loophole: 'implies unfair advantage', 'cover-up': 'implies concealment', hoax: 'dismisses something as fake',
  spree: 'dramatises a series of actions', horde: 'dehumanises a group', invasion: 'frames arrivals as an attack',
  illegals: 'dehumanises migrants', 'illegal aliens': 'contested term for undocumented migrants',
  'illegal immigrants': 'contested term for undocumented migrants', amnesty: 'contested term for legal status',
  woke: 'dismisses a position as fashionable', leftist: 'labels a position by camp', leftists: 'labels people by camp',
  'far-right': 'labels a position as extreme', 'far-left': 'labels a position as extreme', 'right-wing': 'labels a position by camp',
  'left-wing': 'labels a position by camp', 'hard-line': 'labels a position as uncompromising', hardline: 'labels a position as uncompromising',
  pomp: 'dwells on ceremonial show', 'so-called': 'signals the outlet disputes the name', draconian: 'judges a rule as excessively harsh',
  controversial: 'asserts controversy without showing it', embattled: 'frames someone as under siege',
  disgraced: 'passes judgment on a person', beleaguered: 'frames someone as besieged', notorious: 'passes judgment',
  infamous: 'passes judgment', outrageous: 'passes judgment', bizarre: 'passes judgment', unhinged: "questions someone's sanity",
  reckless: 'passes judgment', dangerous: 'asserts danger as fact', disastrous: 'judges an outcome a disaster',
  catastrophic: 'judges an outcome a catastrophe', devastating: 'dramatises an impact', brutal: 'dramatises harshness',
  horrific: 'dramatises horror', heinous: 'passes moral judgment', vile: 'passes moral judgment', shameful: 'passes moral judgment',
  scandalous: 'passes moral judgment', 'pro-life': 'contested term chosen by abortion opponents',
  'pro-choice': 'contested term chosen by abortion-rights supporters',
  'death tax': 'contested term for the estate tax', 'job-killing': 'asserts harm as fact', 'job-killer': 'asserts harm as fact',
  'war on': 'frames a policy as a war', assault: 'frames an action as an attack', 'slap in the face': 'dramatises an affront',
  'strong-arm': 'implies coercion', 'strongarm': 'implies coercion', defiant: 'frames a stance as defiance',
  defiantly: 'frames a stance as defiance', lavish: 'implies excess', lurid: 'passes judgment', sham: 'dismisses something as fake',
  'fake news': 'dismisses reporting as false', 'horse dewormer': 'belittles a drug by its veterinary use',
  extreme: 'labels a position as extreme', socialist: 'labels a position by camp', marxist: 'labels a position by camp',
  communist: 'labels a position by camp', 'anti-choice': 'contested term chosen by abortion-rights supporters',
  'pro-abortion': 'contested term chosen by abortion opponents', 'forced-birth': 'contested term chosen by abortion-rights supporters',
  'open borders': 'caricatures an immigration policy', 'anti-vaxxer': 'labels people with a slur',
  'anti-vaxxers': 'labels people with a slur', deplorables: 'labels people with a slur', snowflakes: 'belittles people as fragile',
  'con man': 'names a person by deceit', 'con artist': 'names a person by deceit', 'snake oil': 'dismisses a remedy as a fraud',
  'red tape': 'dismisses rules as needless', 'hit piece': 'dismisses reporting as an attack',
  'talking points': 'dismisses statements as scripted', 'anti-immigrant': 'labels a position by what it opposes',
  'smear campaign': 'implies a false attack', 'hatchet job': 'dismisses criticism as a malicious attack',
  'cheap shot': 'dismisses criticism as unfair', 'low blow': 'dismisses criticism as unfair',
  'slush fund': 'implies misuse of money', 'sweetheart deal': 'implies favouritism', 'swipe at': 'turns criticism into a blow',
  'dig at': 'turns criticism into a jibe',
  mayhem: 'dramatises disorder', pandemonium: 'dramatises disorder', bedlam: 'dramatises disorder',
  'jaw-dropping': 'hypes a fact', 'eye-popping': 'hypes a figure', 'mind-boggling': 'hypes a fact', damning: 'asserts guilt',
  harrowing: 'dramatises an ordeal', chilling: 'dramatises fear', ferocious: 'dramatises harshness', inhumane: 'passes moral judgment',
  monstrous: 'passes moral judgment',
  // one camp's words in the debates news covers most (news style guides such as the AP Stylebook advise "fetus" over
  // "unborn", a medical term over "late-term"): each presents a contested judgment as the name of the thing
  unborn: 'contested term chosen by abortion opponents', abortionist: 'contested term chosen by abortion opponents',
  'late-term': 'contested term, not a medical one', 'gun-toting': 'caricatures gun owners', 'trigger-happy': 'caricatures gun owners',
  alarmism: 'dismisses a warning as panic', denialism: 'dismisses doubt as denial', 'race-baiting': 'accuses a speaker of stoking racial division',
  'race-baiter': 'accuses a speaker of stoking racial division', wokeness: 'dismisses a position as fashionable',
  transgenderism: 'contested term chosen by opponents of transgender rights', feminazi: 'labels people with a slur',
  'tax-and-spend': 'caricatures a fiscal policy',
  scapegoat: 'implies unfair blame', retaliated: 'frames a response as revenge',
  punitive: 'frames a measure as punishment', hostilities: 'dramatises a dispute as fighting',
};

/**
 * Labels of a political camp that describe a political actor ("a far-right party", "left-wing protesters") and label
 * anyone else ("the left-wing press", "right-wing media"): in front of `POLITICAL_ACTORS` they are no mark.
 */
export const CAMP_LABELS: ReadonlySet<string> = new Set(['left-wing', 'right-wing', 'far-left', 'far-right', 'socialist', 'marxist', 'communist']);

/** Nouns (lemmas) for actors whose politics are what they are: parties, movements, politicians, protesters. */
export const POLITICAL_ACTORS: ReadonlySet<string> = new Set([
  'party', 'government', 'coalition', 'group', 'movement', 'activist', 'protester', 'protestor', 'demonstrator',
  'counterprotester', 'counter-protester', 'counterdemonstrator', 'demonstration', 'protest', 'rally', 'march',
  'politician', 'lawmaker', 'legislator', 'senator', 'candidate', 'faction', 'bloc', 'caucus', 'opposition',
  'populist', 'voter', 'supporter', 'organization', 'organisation', 'militia', 'leader', 'minister', 'president',
  'premier', 'chancellor', 'governor', 'mayor', 'congressman', 'congresswoman',
  // the rulers of a one-party state ("China's communist leadership"), named by their party
  'leadership', 'official', 'authority', 'ruler', 'regime',
]);

/** Words that amplify a claim without adding facts, whatever they modify ("staggering", "whopping", "utterly"). */
export const INTENSIFIERS: ReadonlySet<string> = new Set([
  'extremely', 'incredibly', 'staggering', 'massive', 'huge', 'enormous', 'tremendous', 'utterly', 'hugely', 'vastly',
  'unprecedented', 'historic', 'sweeping', 'dramatic', 'dramatically', 'soaring', 'soared', 'skyrocketing',
  'skyrocketed', 'plummeting', 'plummeted', 'plunging', 'plunged', 'whopping', 'astonishing', 'astounding', 'stunning',
  'fundamentally', 'drastically', 'radically', 'wildly', 'enormously', 'immensely', 'exceptionally', 'remarkably',
  'literally', 'overwhelmingly', 'record-breaking', 'all-time', 'unparalleled', 'monumental', 'colossal', 'gigantic',
  'mammoth', 'immense', 'sky-high', 'relentless', 'relentlessly', 'fierce', 'fiercely', 'crucial', 'vital', 'intense',
  // amplifier adverbs (Quirk et al. 1985, §8.104 ff.) that carry force of their own
  'vehemently', 'profoundly', 'hopelessly', 'massively', 'violently',
]);

/**
 * Adjectives and adverbs that push a judgment to its extreme ("sheer incompetence", "full-blown crisis", "downright
 * dangerous"): intensifiers only before a word that judges; before a plain one they measure ("a full-blown state
 * visit", "an outright majority").
 */
export const EXTREME_AMPLIFIERS: ReadonlySet<string> = new Set(['utter', 'sheer', 'outright', 'downright', 'flat-out', 'full-blown', 'all-out']);

/**
 * Degree adverbs that frame only when they raise a judgment ("very dangerous", "deeply troubling") or an act
 * ("sharply criticized", "spent heavily"); before a plain word they measure ("very few", "significantly lower").
 */
export const DEGREE_WORDS: ReadonlySet<string> = new Set([
  'very', 'totally', 'completely', 'absolutely', 'deeply', 'highly', 'severely', 'significantly', 'substantially',
  'greatly', 'truly', 'really', 'intensely', 'heavily', 'strongly', 'badly', 'thoroughly', 'terribly', 'awfully',
  'intensively', 'sharply',
]);

/** Degree adverbs that modify adjectives and participles, never raise an act ("very", "highly enriched"). */
export const ADJECTIVE_DEGREE_WORDS: ReadonlySet<string> = new Set(['very', 'highly']);

/**
 * Words that soften a claim or leave it unconfirmed in the outlet's own voice. Modal verbs ("could", "may"),
 * "likely" and "appear" are left out: news uses them to report uncertainty, not to frame it.
 */
export const HEDGES: ReadonlySet<string> = new Set([
  'perhaps', 'possibly', 'reportedly', 'allegedly', 'apparently', 'seemingly', 'somewhat', 'arguably', 'probably',
  'presumably', 'purportedly', 'supposedly', 'ostensibly', 'rumored', 'rumoured',
  // from the `hedges` package (MIT): the adjectives of the distancing adverbs above, and "somehow"; its modal verbs,
  // approximators and verbs of thinking report uncertainty in news, as "could" does, and stay out
  'supposed', 'purported', 'ostensible', 'somehow',
]);

/** Hedges that also put distance between the outlet and the claim. */
export const DISTANCING: ReadonlySet<string> = new Set([
  'reportedly', 'allegedly', 'purportedly', 'supposedly', 'ostensibly', 'rumored', 'rumoured', 'supposed', 'purported',
  'ostensible',
]);

/** Unnamed groups cited as a source. */
export const WEASEL_SUBJECTS: ReadonlySet<string> = new Set([
  'experts', 'critics', 'observers', 'insiders', 'many', 'some', 'others', 'commentators', 'skeptics', 'sceptics',
  'detractors',
]);

/** Verbs that make an unnamed group the source of a claim ("critics say", "experts caution"). */
export const WEASEL_VERBS: ReadonlySet<string> = new Set([
  'say', 'said', 'says', 'caution', 'cautioned', 'warn', 'warned', 'believe', 'believed', 'argue', 'argued', 'worry',
  'worried', 'fear', 'feared', 'note', 'noted', 'suggest', 'suggested', 'agree', 'agreed', 'claim', 'claimed', 'expect',
  'expected', 'think', 'thought', 'contend', 'point', 'insist', 'maintain', 'question', 'questioned', 'doubt', 'see',
  'view', 'consider', 'predict', 'predicted', 'familiar',
]);

/** Phrases that cite nobody in particular. */
export const WEASEL_PHRASES: readonly string[] = [
  'it is believed', 'it is said', 'it is thought', 'it has been suggested', 'it is widely believed', 'widely seen',
  'widely regarded', 'widely considered', 'people familiar with', 'according to reports', 'reports suggest',
  'some have said', 'many have said', 'it is claimed', 'there are concerns', 'questions have been raised',
];

/** AFINN words that are plain reporting vocabulary in news, not loaded language. */
export const NEWS_NEUTRAL: ReadonlySet<string> = new Set([
  // measures and descriptions that sentiment lists score: "well-being", "the severity of symptoms", "loosely organized"
  'well-being', 'wellbeing', 'severity', 'loose', 'loosely', 'unsuccessful', 'unsuccessfully', 'fraudulent',
  'bankruptcy', 'bankrupt',
  'like', 'likes', 'liked', 'help', 'helps', 'helped', 'helping', 'support', 'supports', 'supported', 'supporting',
  'supporters', 'justice', 'care', 'cares', 'important', 'importance', 'killed', 'kill', 'kills', 'killing', 'died',
  'dead', 'death', 'deaths', 'war', 'wars', 'ban', 'banned', 'bans', 'banning', 'risk', 'risks', 'dispute', 'disputes',
  'disputed', 'accused', 'accuses', 'accusing', 'commitment', 'commitments', 'stable', 'secure', 'thanks', 'thank',
  'please', 'agree', 'agreed', 'agreement', 'arrested', 'arrest', 'charged', 'charges', 'convicted', 'sentenced',
  'prison', 'jail', 'jailed', 'sued', 'lawsuit', 'lawsuits', 'guilty', 'victim', 'victims', 'injured', 'injury',
  'injuries', 'disease', 'ill', 'illness', 'sick', 'emergency', 'cancer', 'fire', 'fired', 'shooting', 'hospital',
  'protest', 'protests', 'protesters', 'protested', 'vaccine', 'interest', 'interests', 'interested', 'fight',
  'fighting', 'approval', 'approved', 'approve', 'share', 'shares', 'united', 'free', 'freedom', 'protect',
  'protection', 'protections', 'increase', 'lost', 'loss', 'losses', 'win', 'won', 'wins', 'winning', 'hope',
  'hopes', 'hoping', 'respect', 'safe', 'safety', 'benefit', 'benefits', 'honor', 'honored', 'honour', 'award',
  'awarded', 'sentence', 'crime', 'crimes', 'criminal', 'illegal', 'violence', 'violent', 'attack', 'attacks',
  'attacked', 'threat', 'threats', 'threatened', 'mandate', 'mandates', 'demand', 'demands', 'demanded', 'wanted',
  'want', 'dies', 'die', 'stabbed', 'murder', 'murdered', 'deficit', 'deficits', 'debt', 'focused', 'focus',
  'effectively', 'effective', 'worth', 'greater', 'comprehensive', 'resolve', 'resolved', 'resolving', 'determined',
  'careful', 'carefully', 'restrict', 'restricted', 'restricting', 'restriction', 'restrictions', 'advantage',
  'advantages', 'benefited', 'recommend', 'recommended', 'encourage', 'encouraged', 'strong', 'vaccinated',
  'unemployment', 'unemployed', 'growth', 'effectiveness', 'infection', 'infections', 'infected', 'subpoena',
  'subpoenas', 'subpoenaed', 'deportation', 'deportations', 'deported', 'top', 'novel', 'gross', 'clean', 'favor',
  'favour', 'favored', 'popular', 'ease', 'eased', 'easing', 'withdrawal', 'sue', 'suing', 'arrests', 'allegation',
  'allegations', 'shortage', 'shortages', 'missing', 'best', 'well-established', 'true', 'disapproval', 'outbreak',
  'recession', 'warning', 'warnings', 'warn', 'warned', 'warns', 'celebration', 'celebrations', 'celebrate',
  'celebrated', 'better', 'unable', 'worse', 'pain', 'suffer', 'suffered', 'suffering', 'well-being', 'shortfall', 'denied',
  'denies', 'deny', 'rejected', 'reject', 'rejects', 'blocked', 'block', 'blocks', 'supreme', 'profit', 'profits',
  'recommends', 'favorite', 'favourite', 'alone',
]);

/** Headline formulas that sell rather than tell, with the reason shown to the reader. */
export const SENSATIONAL_HEADLINES: readonly { pattern: RegExp; reason: string }[] = [
  {
    pattern: /\b(?:slams?|blasts?|rips?|destroys?|obliterates?|torches?|eviscerates?|humiliates?|demolishes|shreds|crushes|wrecks|trashes|lashes out|melts? down|snaps at|goes off on|claps back)\b/iu,
    reason: 'Combative verb in the headline dramatises a disagreement',
  },
  {
    pattern: /\b(?:shocking|stunning|explosive|bombshell|jaw-dropping|mind-blowing|unbelievable|insane|epic|bold|dramatic|breaking|urgent|alert|must-see|viral|brutal|savage)\b/iu,
    reason: 'Hype word in the headline sells the story rather than telling it',
  },
  {
    pattern: /\b(?:you won[’']?t believe|here[’']?s why|what happened next|this is why|the truth about|what they don[’']?t want you to know|will shock you|goes viral|you need to know)\b/iu,
    reason: 'Clickbait formula in the headline',
  },
  {
    pattern: /[—–]\s*[\p{L}.’']+(?:\s[\p{L}.’']+)?\s+(?:responds?|reacts?|fires back|hits back|strikes back|answers|weighs in)(?:\s+(?:fast|quickly|immediately|swiftly|instantly|furiously|angrily))?/iu,
    reason: 'Cliffhanger clause in the headline promises drama',
  },
  {
    pattern: /\b(?:responds?|reacts?|fires back|hits back|strikes back)\s+(?:fast|quickly|immediately|swiftly|instantly|furiously|angrily)\b/iu,
    reason: 'Headline stresses speed or anger of a reaction',
  },
  { pattern: /!+/u, reason: 'Exclamation mark in the headline' },
  { pattern: /\?\s*$/u, reason: 'Question headline hints at a claim without making it' },
];

/** Words that introduce an accusation whose content follows ("alleging", "accused … of", "charges of", "denied"). */
export const ACCUSATIONS: ReadonlySet<string> = new Set([
  'allege', 'alleged', 'alleges', 'alleging', 'allegation', 'allegations', 'accuse', 'accused', 'accuses', 'accusing',
  'accusation', 'accusations', 'charge', 'charged', 'charges', 'count', 'counts', 'guilty', 'deny', 'denied', 'denies',
  'denying', 'suspicion', 'suspicions', 'suspected', 'indicted', 'indictment', 'convicted', 'acquitted', 'lawsuit', 'suit',
  'complaint', 'sued', 'sues', 'claims', 'claimed', 'claiming',
]);

/** Inquiries into a suspected offence, by lemma: what they look into is the suspicion, not the outlet's finding. */
export const INQUIRIES: ReadonlySet<string> = new Set(['investigate', 'investigation', 'investigator', 'probe', 'inquiry', 'examine', 'examination']);

/** Verbs that report what a speaker called something ("called it cruel", "described the plan as reckless"). */
export const CHARACTERISATIONS: ReadonlySet<string> = new Set(['call', 'describe', 'brand', 'label', 'term', 'dub', 'deem', 'characterize', 'characterise']);

/** Attitudes a text hands to an unnamed group ("critics are skeptical"). */
export const ATTITUDES: ReadonlySet<string> = new Set(['skeptical', 'sceptical', 'concerned', 'worried', 'wary', 'doubtful', 'convinced', 'confident', 'divided', 'alarmed', 'uneasy', 'optimistic', 'pessimistic']);

/** Verbs of relish and resentment the sentiment list does not score ("savor", "gloat", "bristle"). */
export const FEELING_VERBS: ReadonlySet<string> = new Set(['savor', 'savour', 'relish', 'revel', 'bask', 'gloat', 'bristle', 'seethe', 'fume', 'sulk', 'chafe', 'wince']);
