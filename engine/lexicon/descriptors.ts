/**
 * Hand-curated framing vocabulary beyond AFINN (MIT, written for Parallax; see SOURCES.md): descriptors, loaded
 * verbs and idioms, minimisers and stance adverbs. Verbs are written as lemmas, so every inflection matches.
 */

/** Pejorative descriptors: adjectives and nouns that pass judgment on a person, group or claim. */
export const PEJORATIVE: ReadonlySet<string> = new Set([
  'phony', 'phoney', 'bogus', 'henchman', 'henchmen', 'mercurial', 'erratic', 'crony', 'thug', 'despot', 'despotic',
  'dictator', 'tyrant', 'tyrannical', 'strongman', 'puppet', 'lackey', 'stooge', 'demagogue', 'demagoguery', 'firebrand',
  'rogue', 'shady', 'dubious', 'sketchy', 'ludicrous', 'absurd', 'ridiculous', 'laughable', 'preposterous', 'outlandish',
  'farcical', 'inept', 'incompetent', 'clueless', 'hapless', 'feckless', 'spineless', 'cowardly', 'arrogant', 'smug',
  'self-serving', 'hypocritical', 'hypocrite', 'hypocrisy', 'crooked', 'shameless', 'disgraceful', 'divisive',
  'inflammatory', 'incendiary', 'xenophobic', 'bigoted', 'fanatical', 'zealot', 'ideologue', 'apologist',
  'propagandist', 'lackluster', 'lacklustre', 'ill-informed', 'bellicose', 'belligerent', 'warmonger', 'warmongering',
  'interventionist', 'interventionists', 'pro-interventionist', 'authoritarian', 'autocrat', 'autocratic', 'repressive',
  'cynical', 'opportunistic', 'disingenuous', 'dishonest', 'baseless', 'unfounded', 'fringe', 'crackpot', 'loony',
  'wacky', 'kooky', 'deranged', 'delusional', 'hysterical', 'alarmist', 'fearmongering', 'scaremongering',
  'self-proclaimed', 'self-styled', 'would-be', 'heavy-handed', 'high-handed', 'overreach', 'overreaching', 'boondoggle',
  'pork', 'gimmick', 'charade', 'farce', 'travesty', 'circus', 'spectacle', 'tantrum', 'screed', 'diatribe', 'harangue',
  'rhetoric', 'bluster', 'saber-rattling', 'sabre-rattling', 'brinkmanship', 'grandstanding', 'posturing', 'pandering',
  'heated', 'fiery', 'blistering', 'scathing', 'withering', 'stinging', 'searing', 'venomous', 'vitriolic', 'vitriol',
  'toxic', 'nasty', 'ugly', 'petty', 'lurid', 'sordid', 'seedy', 'tawdry', 'salacious', 'opulent', 'extravagant',
  'ostentatious', 'gaudy', 'pompous', 'grandiose', 'bombastic', 'brazen', 'brazenly', 'audacious', 'defiant', 'unrepentant',
  'intransigent', 'obstinate', 'stubborn', 'obstructionist', 'partisan', 'hyperpartisan', 'ultra', 'hardliner',
  'hardliners', 'anti-american', 'un-american', 'elitist', 'globalist', 'fascist',
  'nazi', 'racist', 'sexist', 'misogynist', 'misogynistic', 'homophobic', 'islamophobic', 'bigot', 'bigotry', 'nativist',
  'jingoistic', 'chauvinist', 'crass', 'vulgar', 'crude', 'callous', 'heartless', 'ruthless', 'cruel', 'sinister',
  'nefarious', 'insidious', 'ominous', 'devious', 'conniving', 'scheming', 'manipulative', 'shadowy', 'murky', 'secretive', 'cabal',
  'lame', 'lame-duck', 'flailing', 'floundering', 'embattled', 'beleaguered', 'tainted', 'scandal-plagued',
  'scandal-ridden', 'discredited', 'debunked', 'notorious', 'infamous', 'nightmare', 'nightmarish', 'dystopian',
  'apocalyptic', 'doomsday', 'draconian', 'harsh', 'punishing', 'crippling', 'disastrous', 'ruinous', 'woeful', 'woefully',
  'abysmal', 'dismal', 'pathetic', 'shoddy', 'sloppy', 'botched', 'chaotic', 'dysfunctional', 'meddling', 'sham', 'rigged',
  // adjectives of blame and contempt that the sentiment list lacks ("a misguided plan", "a sanctimonious lecture");
  // their "-ly" adverbs ("egregiously", "condescendingly") judge the act by the same rule
  'egregious', 'reprehensible', 'despicable', 'deplorable', 'odious', 'grotesque', 'half-baked', 'harebrained',
  'hare-brained', 'wrongheaded', 'misguided', 'ill-conceived', 'myopic', 'simplistic', 'sanctimonious',
  'self-righteous', 'preachy', 'condescending', 'patronizing', 'patronising', 'snide', 'sneering', 'petulant', 'shrill',
  'strident', 'sleazy', 'slimy', 'venal', 'rabid', 'kafkaesque', 'unapologetic', 'power-hungry', 'narrow-minded',
  'mean-spirited', 'asinine', 'inane', 'moronic', 'imbecilic', 'cretinous', 'boneheaded', 'dimwitted', 'witless',
  'brainless', 'risible', 'nonsensical', 'half-witted', 'cockamamie', 'loopy', 'batty', 'bonkers', 'wacko',
  'histrionic', 'overblown', 'overhyped', 'hyperbolic', 'sensationalist', 'smarmy', 'unctuous', 'servile', 'craven',
  'gutless', 'weak-kneed', 'lily-livered', 'pusillanimous', 'two-faced', 'duplicitous', 'underhanded', 'shifty',
  'unscrupulous', 'amoral', 'depraved', 'debauched', 'perverse', 'bloodthirsty', 'chauvinistic', 'hidebound',
  'benighted', 'snobbish', 'snooty', 'haughty', 'imperious', 'dictatorial', 'iron-fisted', 'jackbooted', 'slavish',
  'sycophantic', 'bootlicking',
  // adjectives of blame proposed by their nearest neighbours among the descriptors above in the word vectors
  // (engine/assets/word-vectors.txt) and kept where general English uses them to judge, not to describe
  'bleak', 'alarming', 'humiliating', 'unrealistic', 'mediocre', 'messy', 'malicious', 'unruly',
  'unreasonable', 'sensational', 'hasty', 'fraught', 'arbitrary', 'inexperienced', 'bruising', 'fabricated',
  'unthinkable', 'outdated',
  // adjectives that assert division, provocation or falsehood without showing it ("a polarizing figure", "an
  // unsubstantiated claim"), as "divisive", "controversial" and "baseless" do
  'polarizing', 'polarising', 'provocative', 'contentious', 'self-described', 'unsubstantiated', 'far-fetched',
  'conspiratorial', 'grifter',
  // more adjectives of blame for a person's manner, honesty or judgment and for a policy's cost or age
  'untruthful', 'mendacious', 'out-of-touch', 'tone-deaf', 'rambling', 'creepy', 'tacky', 'gratuitous', 'needless',
  'uninformed', 'vindictive', 'vengeful', 'thin-skinned', 'combative', 'pugnacious', 'thuggish', 'lawless',
  'reactionary', 'regressive', 'archaic', 'antiquated', 'bloated', 'wasteful', 'exorbitant', 'overpriced', 'nutty',
  'rampant', 'flagrant',
  // nouns that name a person by a vice or an insult: words of abuse, not of role or offence ("criminal", "offender"
  // and "suspect" name a legal standing and are not here)
  'agitator', 'provocateur', 'rabble-rouser', 'troublemaker', 'charlatan', 'swindler', 'crook', 'shill', 'flunky',
  'flunkey', 'sycophant', 'toady', 'goon', 'maniac', 'madman', 'nutcase', 'nutjob', 'kook', 'buffoon', 'simpleton',
  'dimwit', 'ignoramus', 'traitor', 'turncoat', 'freeloader', 'moocher', 'deadbeat', 'plutocrat', 'crybaby', 'whiner',
  'gasbag', 'windbag', 'blowhard', 'braggart', 'narcissist', 'megalomaniac', 'sociopath', 'psychopath', 'ghoul',
  'sleazebag', 'lowlife', 'riffraff', 'rabble', 'lapdog', 'mouthpiece', 'truther', 'doomsayer', 'fearmonger',
  'hatemonger', 'scaremonger', 'busybody', 'meddler', 'do-gooder', 'wingnut', 'moonbat', 'commie', 'pinko', 'lefty',
  'leftie', 'fool', 'huckster', 'hooligan', 'denier', 'yes-man', 'bootlicker', 'apparatchik', 'scoundrel', 'rascal',
  'knave', 'miscreant', 'reprobate', 'weirdo', 'conspiracist', 'sheeple', 'brownshirt', 'fatcat', 'bloodsucker',
  'pencil-pusher', 'paper-pusher', 'sellout',
  // WordNet's nouns for persons that VADER rates clearly negative, kept where they name a vice, not a crime or grief
  'villain', 'villainess', 'evildoer', 'egotist', 'dullard', 'defeatist', 'grouch', 'killjoy', 'snob', 'shyster',
  'complainer', 'worrywart', 'miser', 'vulture',
  // nouns that cast a person as someone else's tool
  'pawn', 'patsy', 'minion', 'acolyte', 'tyranny',
]);

/**
 * Nouns that dismiss what they name ("utter drivel", "pure theatrics"): marked as nouns only (or as one hyphenated
 * word: "hand-wringing"). Our own selection of general English words of contempt for speech, ideas and affairs; no
 * library lists them. "Rubbish" is left out: British news uses it for household waste.
 */
export const DISMISSIVE_NOUNS: ReadonlySet<string> = new Set([
  'drivel', 'claptrap', 'hogwash', 'baloney', 'balderdash', 'twaddle', 'poppycock', 'malarkey',
  'doublespeak', 'gobbledygook', 'psychobabble', 'quackery', 'gaslighting', 'folly', 'lunacy', 'absurdity', 'shambles',
  'cesspool', 'bloodlust', 'vendetta', 'disgrace', 'pablum', 'piffle', 'bunkum', 'flimflam', 'mumbo-jumbo',
  'sophistry', 'chicanery', 'skulduggery', 'skullduggery', 'shenanigans', 'hocus-pocus', 'theatrics', 'histrionics',
  'hyperbole', 'hand-wringing', 'navel-gazing', 'pearl-clutching', 'whataboutism', 'groupthink', 'capitulation',
  'shakedown', 'rip-off', 'antics', 'hysteria', 'paranoia', 'obsession', 'cronyism', 'nepotism', 'grift', 'outburst',
  'zealotry', 'gaffe', 'takedown', 'potshot', 'freebie', 'cult',
]);

/** Nouns of fighting used for disputes and negotiations: the conflict frame ("trade battle", "showdown"). */
export const CONFLICT_FRAME: ReadonlySet<string> = new Set([
  'battle', 'battles', 'showdown', 'showdowns', 'confrontation', 'confrontations', 'clash', 'clashes', 'feud', 'feuds',
  'spat', 'spats', 'standoff', 'standoffs', 'brawl', 'skirmish', 'skirmishes', 'tussle', 'duel', 'crusade',
  'squabble', 'squabbles', 'infighting',
  'scramble', 'bloodbath', 'slugfest', 'shootout', 'face-off', 'faceoff', 'war-footing', 'battleground', 'broadside',
  'salvo', 'barrage', 'volley', 'firestorm', 'backlash', 'uproar', 'outcry', 'furor', 'furore', 'frenzy', 'turmoil',
]);

/** Laudatory descriptors: adjectives and nouns that praise. */
export const LAUDATORY: ReadonlySet<string> = new Set([
  'visionary', 'heroic', 'heroically', 'courageous', 'courageously', 'landmark', 'stellar', 'brilliant', 'brilliantly',
  'masterful', 'masterfully', 'savvy', 'shrewd', 'deft', 'deftly', 'adroit', 'statesmanlike', 'principled', 'trailblazing',
  'trailblazer', 'groundbreaking', 'iconic', 'legendary', 'beloved', 'revered', 'acclaimed', 'commonsense', 'common-sense',
  'steadfast', 'resolute', 'tireless', 'tirelessly', 'unwavering', 'staunch', 'stalwart', 'triumphant', 'triumph',
  'glorious', 'magnificent', 'splendid', 'spectacular', 'dazzling', 'impressive', 'admirable', 'exemplary', 'noble',
  'honorable', 'honourable', 'dignified', 'gracious', 'graciously', 'charismatic', 'dynamic', 'bold', 'boldly', 'daring',
  'fearless', 'gutsy', 'red-carpet', 'lavishly', 'warmly', 'rousing', 'stirring', 'heartwarming', 'inspiring',
  'inspirational', 'patriotic', 'pro-growth', 'job-creating', 'hard-working', 'hardworking', 'law-abiding',
  'phenomenal', 'renowned', 'storied', 'venerable', 'valiant', 'selfless',
]);

/** Verbs that dramatise or judge what someone did or said, as lemmas. */
export const LOADED_VERBS: ReadonlyMap<string, string> = new Map([
  ...['slam', 'blast', 'rip', 'berate', 'lambaste', 'assail', 'bash', 'excoriate', 'castigate', 'savage', 'pummel',
    'hammer', 'skewer', 'torch', 'trash', 'eviscerate', 'lacerate', 'maul', 'pillory', 'upbraid', 'harangue']
    .map((w) => [w, 'turns criticism into an attack'] as const),
  ...['rail', 'thunder', 'rant', 'rave', 'fume', 'seethe', 'rage', 'erupt', 'bristle', 'snap', 'bellow', 'howl', 'whine',
    'gripe', 'grumble', 'sneer', 'scoff', 'jeer', 'taunt', 'gloat', 'crow']
    .map((w) => [w, 'ascribes anger or contempt to the speaker'] as const),
  ...['mock', 'ridicule', 'deride', 'belittle', 'lampoon', 'disparage', 'demonize', 'demonise', 'vilify', 'smear',
    'slander', 'malign', 'besmirch', 'scapegoat']
    .map((w) => [w, 'frames a response as ridicule or a smear'] as const),
  ...['scold', 'chide', 'hector', 'smirk', 'pontificate', 'moralize', 'moralise', 'grandstand', 'preen', 'prattle',
    'blather', 'spout', 'harp', 'carp']
    .map((w) => [w, 'casts speech as scolding, preaching or empty talk'] as const),
  ...['backtrack', 'sidestep', 'obfuscate', 'gaslight', 'cherry-pick', 'hoodwink', 'bamboozle', 'dupe', 'fleece',
    'swindle', 'blindside', 'muzzle']
    .map((w) => [w, 'frames an act as evasion, deceit or coercion'] as const),
  ...['brag', 'boast', 'tout', 'trumpet', 'hype', 'peddle', 'spew', 'parrot', 'spin', 'preach', 'lecture', 'sermonize']
    .map((w) => [w, 'casts a statement as self-serving or empty'] as const),
  ...['cave', 'capitulate', 'cower', 'grovel', 'kowtow', 'pander', 'fawn', 'coddle', 'backpedal', 'waffle', 'flip-flop',
    'flounder', 'squirm', 'dither']
    .map((w) => [w, 'frames a choice as weakness'] as const),
  ...['dodge', 'duck', 'evade', 'stonewall', 'stymie', 'thwart', 'flout', 'defy', 'snub', 'spurn', 'rebuff', 'shun']
    .map((w) => [w, 'frames a response as evasion or defiance'] as const),
  ...['ram', 'bulldoze', 'railroad', 'strong-arm', 'bully', 'browbeat', 'steamroll', 'muscle', 'hijack', 'commandeer']
    .map((w) => [w, 'implies a forced process'] as const),
  ...['gut', 'slash', 'axe', 'torpedo', 'sabotage', 'derail', 'scuttle', 'wreck', 'decimate', 'cripple', 'devastate',
    'upend', 'roil', 'rattle', 'shatter', 'wreak', 'unravel', 'plunder', 'loot', 'squander']
    .map((w) => [w, 'dramatises damage'] as const),
  ...['botch', 'bungle', 'fumble', 'blunder', 'flub']
    .map((w) => [w, 'judges an action a failure'] as const),
  ...['downplay', 'renege', 'sap', 'oust', 'rankle', 'vow', 'lurch', 'cling', 'concoct', 'exploit']
    .map((w) => [w, 'colours the act with a judgment the facts do not state'] as const),
  ...['foment', 'incite', 'stoke', 'inflame', 'whip', 'meddle', 'scheme', 'plot', 'collude', 'conspire']
    .map((w) => [w, 'implies stirring up trouble'] as const),
  ...['scramble', 'panic', 'fret', 'balk', 'bristle']
    .map((w) => [w, 'ascribes nervousness or resistance'] as const),
  ...['soar', 'skyrocket', 'plummet', 'plunge', 'tumble', 'crater', 'tank', 'nosedive', 'balloon', 'explode']
    .map((w) => [w, 'dramatises a change'] as const),
  ...['manipulate', 'fabricate', 'exaggerate', 'overstate', 'embellish', 'distort', 'misrepresent', 'whitewash',
    'sugarcoat',
    // verbs of feigning: they state that what someone shows is not what they mean ("pretended to care")
    'pretend', 'feign', 'dissemble', 'masquerade', 'prevaricate']
    .map((w) => [w, 'accuses the actor of deceit'] as const),
  ...['coerce', 'intimidate', 'quash', 'stifle', 'trample', 'silence', 'demean', 'denigrate']
    .map((w) => [w, 'frames an act as coercion, repression or contempt'] as const),
  ...['splurge', 'pamper', 'bankroll', 'hoard', 'pilfer', 'ransack']
    .map((w) => [w, 'frames spending or gain as excess or theft'] as const),
  ...['appease', 'placate', 'cajole']
    .map((w) => [w, 'frames a concession or a plea as weakness or pressure'] as const),
  ...['politicize', 'politicise', 'brainwash', 'indoctrinate']
    .map((w) => [w, 'frames persuasion or a public matter as manipulation'] as const),
  ...['chastise', 'admonish', 'ramble', 'blurt', 'mutter', 'mumble']
    .map((w) => [w, 'casts speech as scolding, preaching or empty talk'] as const),
  ...['grouse', 'moan', 'bemoan', 'bellyache']
    .map((w) => [w, 'ascribes anger or contempt to the speaker'] as const),
  ...['roast', 'grill', 'needle']
    .map((w) => [w, 'turns criticism into an attack'] as const),
  ...['troll', 'bait', 'goad']
    .map((w) => [w, 'frames a response as ridicule or a smear'] as const),
  ...['nag', 'hound', 'badger', 'pester']
    .map((w) => [w, 'casts pressing as harassment'] as const),
  ...['snarl', 'growl', 'bark', 'hiss', 'shriek', 'screech', 'wail', 'pout']
    .map((w) => [w, 'casts speech as a snarl or a cry'] as const),
  ...['bicker', 'squabble', 'posture', 'regurgitate', 'obliterate', 'annihilate']
    .map((w) => [w, 'colours the act with a judgment the facts do not state'] as const),
  ...['gush', 'swoon', 'cheerlead']
    .map((w) => [w, 'frames praise as fawning'] as const),
  ...['hail', 'laud', 'extol', 'tout', 'champion', 'lionize', 'lionise', 'glorify', 'romanticize']
    .map((w) => [w, 'praises rather than reports'] as const),
]);

/** Idioms that dramatise, written as lemmas ("seize on" matches "seized on", "seizes upon" does not). */
export const LOADED_IDIOMS: ReadonlyMap<string, string> = new Map([
  ['seize on', 'casts a response as opportunism'], ['seize upon', 'casts a response as opportunism'],
  ['pounce on', 'casts a response as opportunism'], ['take a swipe', 'turns criticism into a blow'],
  ['take a jab', 'turns criticism into a blow'], ['take aim', 'turns criticism into an attack'],
  ['go on a tear', 'makes criticism sound like a tirade'], ['fire back', 'turns a reply into a counter-attack'],
  ['hit back', 'turns a reply into a counter-attack'], ['strike back', 'turns a reply into a counter-attack'],
  ['lash out', 'makes a response sound uncontrolled'], ['double down', 'frames persistence as stubbornness'],
  ['crack down', 'frames enforcement as repression'], ['back down', 'frames a concession as retreat'],
  ['cave in', 'frames a concession as weakness'], ['roll out the red carpet', 'dramatises a welcome'],
  ['war of words', 'dramatises a dispute as a war'], ['more bark than bite', 'dismisses a threat as empty'],
  ['tear up', 'dramatises ending an agreement'], ['rip up', 'dramatises ending an agreement'],
  ['slap tariff', 'makes a measure sound like a blow'], ['slap sanction', 'makes a measure sound like a blow'],
  ['pour cold water', 'dramatises doubt'], ['throw cold water', 'dramatises doubt'], ['play hardball', 'frames tactics as aggressive'],
  ['dig in', 'frames a stance as entrenched'], ['turn up the heat', 'dramatises pressure'], ['ratchet up', 'dramatises escalation'],
  ['sound the alarm', 'dramatises a warning'], ['walk back', 'frames a correction as retreat'],
  ['come under fire', 'dramatises criticism as an attack'], ['under fire', 'dramatises criticism as an attack'],
  ['in hot water', 'dramatises trouble'], ['raise eyebrow', 'insinuates impropriety'], ['ruffle feather', 'dramatises offence'],
  // "the fray" is a fight; the verb "fray" ("ties have frayed") wears thin
  ['join the fray', 'frames a dispute as a fight'], ['enter the fray', 'frames a dispute as a fight'],
  ['into the fray', 'frames a dispute as a fight'],
  ['on thin ice', 'dramatises risk'], ['pomp and ceremony', 'dwells on show'], ['pomp and circumstance', 'dwells on show'],
  ['witch hunt', 'dismisses an investigation as persecution'], ['power grab', 'frames an action as illegitimate'],
  ['shot across the bow', 'dramatises a warning'], ['saber rattling', 'dismisses threats as posturing'],
  ['heap praise', 'dramatises praise'], ['gush over', 'dramatises praise'], ['fawn over', 'frames praise as servile'],
  ['dash hope', 'dramatises a disappointment'], ['breathe room', 'dramatises relief'], ['breathing room', 'dramatises relief'],
  ['left in the lurch', 'dramatises abandonment'], ['twist in the wind', 'dramatises abandonment'],
  ['flood of', 'frames arrivals as a flood'],
  ['squeeze concession', 'frames negotiation as coercion'], ['extract concession', 'frames negotiation as coercion'],
  ['go even further', 'dramatises an escalation'], ['go so far as', 'dramatises an escalation'],
  ['not mince word', 'dramatises bluntness'], ['pull no punch', 'dramatises bluntness'],
  ['play down', 'frames a statement as minimising'], ['tamp down', 'frames a statement as minimising'],
  ['take credit', 'frames a claim as self-serving'], ['hold firm', 'frames a stance as resistance'],
  ['shower with', 'dramatises praise'], ['heap scorn', 'dramatises criticism'],
  ['do little to', 'plays down what was done'], ['do nothing to', 'plays down what was done'],
  ['gloss over', 'frames an omission as concealment'], ['paper over', 'frames an omission as concealment'],
  ['sweep under the rug', 'frames handling as concealment'], ['sweep under the carpet', 'frames handling as concealment'],
  ['turn a blind eye', 'frames inaction as complicity'], ['prop up', 'frames support as keeping a failing cause alive'],
  ['cozy up', 'frames closeness as ingratiation'], ['cosy up', 'frames closeness as ingratiation'],
  ['kick the can', 'frames delay as evasion'], ['under the bus', 'frames a betrayal'],
  ['tear into', 'turns criticism into an attack'], ['lay into', 'turns criticism into an attack'],
  ['unload on', 'turns criticism into an attack'], ['brush off', 'frames a response as dismissal'],
  ['brush aside', 'frames a response as dismissal'], ['shrug off', 'frames a response as dismissal'],
  ['laugh off', 'frames a response as dismissal'], ['fan the flame', 'implies stirring up trouble'],
  ['pour fuel on', 'implies stirring up trouble'], ['stir up', 'implies stirring up trouble'],
  ['cash in', 'frames gain as opportunism'], ['rake in', 'dramatises gain'], ['pass the buck', 'frames a response as evasion'],
  ['lip service', 'dismisses support as empty'], ['move the goalpost', 'frames a change of terms as bad faith'],
  ['smoke and mirrors', 'dismisses something as deception'], ['slippery slope', 'dramatises a risk'],
  ['political theater', 'dismisses an act as a show'], ['political theatre', 'dismisses an act as a show'],
]);

/** Words that play down a number or a result ("only 194,000", "a tepid response"). */
export const MINIMISERS: ReadonlyMap<string, 'number' | 'any'> = new Map([
  ['only', 'number'], ['just', 'number'], ['merely', 'any'], ['mere', 'any'], ['barely', 'any'], ['scarcely', 'any'],
  ['tepid', 'any'], ['meager', 'any'], ['meagre', 'any'], ['paltry', 'any'], ['measly', 'any'], ['scant', 'any'],
  ['lukewarm', 'any'], ['half-hearted', 'any'], ['halfhearted', 'any'], ['puny', 'any'],
  ['piddling', 'any'], ['negligible', 'any'], ['lowly', 'any'],
]);

/** Stance adverbs in the outlet's own voice: they tell the reader what to think of the claim. */
export const STANCE_ADVERBS: ReadonlyMap<string, 'booster' | 'hedge' | 'attitude'> = new Map([
  ...['obviously', 'clearly', 'undoubtedly', 'undeniably', 'unquestionably', 'surely', 'evidently', 'plainly',
    'certainly', 'definitely', 'indisputably', 'patently', 'naturally', 'inevitably', 'predictably', 'unsurprisingly',
    'notably', 'tellingly', 'genuinely', 'demonstrably'].map((w) => [w, 'booster'] as const),
  ...['technically', 'ostensibly', 'nominally', 'supposedly', 'purportedly', 'seemingly', 'apparently', 'arguably',
    'allegedly', 'reportedly', 'conceivably', 'perhaps', 'possibly', 'presumably'].map((w) => [w, 'hedge'] as const),
  ...['ironically', 'conveniently', 'curiously', 'oddly', 'strangely', 'bizarrely', 'inexplicably', 'unfortunately',
    'fortunately', 'sadly', 'thankfully', 'mercifully', 'regrettably', 'shockingly', 'alarmingly', 'troublingly',
    'disturbingly', 'astonishingly', 'secretly', 'quietly', 'abruptly', 'hastily', 'conspicuously', 'incredibly', 'amazingly', 'remarkably', 'sheepishly', 'vociferously', 'coyly',
    'brazenly', 'angrily', 'furiously', 'bitterly', 'desperately', 'stubbornly', 'grudgingly', 'begrudgingly',
    'smugly', 'gleefully', 'defiantly', 'pointedly', 'testily', 'curtly', 'bluntly', 'frantically', 'surprisingly',
    'unexpectedly', 'strikingly', 'worryingly', 'embarrassingly', 'tragically',
    // adverbs that judge a statement false, or ascribe reluctance, unease or carelessness to the actor
    'falsely', 'wrongly', 'erroneously', 'unabashedly', 'reluctantly', 'meekly', 'timidly', 'nervously', 'awkwardly',
    'clumsily', 'blithely', 'cavalierly', 'glibly', 'flippantly', 'breathlessly', 'feverishly', 'controversially'].map(
    (w) => [w, 'attitude'] as const,
  ),
]);

/** Words before a quotation that introduce a term rather than distance the outlet from it ("dubbed 'X'"). */
export const NAMING_WORDS: ReadonlySet<string> = new Set([
  'called', 'calls', 'call', 'calling', 'dubbed', 'named', 'titled', 'entitled', 'labeled', 'labelled', 'termed',
  'known', 'word', 'words', 'phrase', 'term', 'slogan', 'nicknamed', 'branded', 'hashtag', 'motto', 'headline', 'as',
  'nickname', 'moniker', 'label', 'name',
  // a term being defined or cited as a word ("defines 'person' as …", "the pronoun 'hen'") is mentioned, not used
  'define', 'defines', 'defined', 'defining', 'redefine', 'redefines', 'redefined', 'pronoun', 'pronouns', 'acronym',
  'abbreviation', 'spelled', 'spelt', 'pronounced',
]);

/**
 * Words of the conflict frame and loaded verbs that also name physical violence ("police and protesters clashed",
 * "wounded in battle", "looting after the riot", "police brutality"): among fighters, weapons, wounds or riots they
 * report the act, no metaphor. Lemmas and their plurals and forms.
 */
export const PHYSICAL_FIGHT: ReadonlySet<string> = new Set([
  'battle', 'battles', 'clash', 'clashes', 'confrontation', 'confrontations', 'brawl', 'skirmish', 'skirmishes',
  'tussle', 'fray', 'shootout', 'bloodbath', 'battleground', 'standoff', 'standoffs', 'face-off', 'faceoff', 'loot',
  'looting', 'looted', 'brutality', 'assault', 'assaulted', 'assaulting', 'assaults', 'fire',
]);

/** Words that show a fight is physical: fighters, arms and wounds (lemmas). */
export const FIGHT_CONTEXT: ReadonlySet<string> = new Set([
  'police', 'officer', 'cop', 'trooper', 'protester', 'protestor', 'demonstrator', 'rioter', 'fan', 'troop', 'soldier',
  'army', 'militant', 'rebel', 'gunman', 'fighter', 'insurgent', 'guard', 'marine', 'militia', 'military', 'armed',
  'riot', 'rioting', 'arson', 'store', 'street', 'violent', 'gun', 'weapon', 'tank', 'artillery', 'injure', 'injured',
  'wound', 'wounded', 'killed', 'casualty', 'combat',
]);

/**
 * Adjectives of rank and influence ("leading economist", "powerful senator"): said of a person they give a standing,
 * no praise.
 */
export const STATUS_ADJECTIVES: ReadonlySet<string> = new Set([
  'leading', 'prominent', 'powerful', 'influential', 'top', 'senior', 'famous', 'well-known', 'notable', 'major',
  'established', 'veteran', 'elite', 'exclusive', 'wealthy', 'rich',
]);
