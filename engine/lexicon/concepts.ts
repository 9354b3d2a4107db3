/** Words news reports use for one another, matched as one feature in alignment and omissions. */

/**
 * Words news reports use for one another, matched as one feature. A short list kept by hand: general
 * thesauri (WordNet) are large and join senses no reader would ("cut" and "wound").
 */
export const CONCEPTS: readonly (readonly string[])[] = [
  ['talks', 'talk', 'negotiations', 'negotiate', 'negotiators', 'discussions', 'discuss', 'meet', 'meeting'],
  ['call', 'conversation', 'chat', 'dialogue'],
  ['officials', 'teams', 'representatives', 'delegation', 'delegates'],
  ['agreement', 'agreed', 'accord', 'deal', 'truce', 'pact'],
  ['reduce', 'cut', 'lower', 'lowered', 'slash', 'trim', 'lessen', 'decrease'],
  ['dependence', 'depend', 'dependent', 'reliance', 'rely'],
  ['increase', 'raise', 'hike', 'boost', 'rise', 'rose', 'jump', 'climb', 'surge'],
  ['restrictions', 'restrict', 'ban', 'curb'],
  ['invitation', 'invite'],
  ['death', 'die', 'died', 'kill', 'killed', 'dead'],
  ['tariffs', 'duties', 'levies'],
  ['children', 'child', 'kids', 'kid'],
  ['vaccine', 'shot', 'jab'],
];
