/**
 * Words that show reported speech without quotation marks (hand-curated for Parallax, MIT; see SOURCES.md): the verbs
 * that govern a speaker's clause, and the heads of an official speaker.
 */

/**
 * Lemmas of verbs that report what someone said and govern the clause that carries it ("the ministry said …",
 * "…, she warned"). Verbs that characterise or judge ("called", "slammed") are not here: their object is the
 * outlet's summary, and their own colour is the outlet's choice.
 */
export const REPORTED_SPEECH_VERBS: ReadonlySet<string> = new Set([
  'say', 'tell', 'state', 'add', 'write', 'tweet', 'post', 'warn', 'claim', 'insist', 'argue', 'contend', 'maintain',
  'assert', 'allege', 'declare', 'announce', 'predict', 'suggest', 'note', 'explain', 'acknowledge', 'admit',
  'concede', 'confirm', 'stress', 'emphasize', 'emphasise', 'reply', 'respond', 'counter', 'testify', 'complain',
  'vow', 'promise', 'pledge', 'threaten', 'believe', 'caution', 'report', 'recall', 'protest',
]);

/** Verbs of asking whose object is what the speaker asked for, in the speaker's terms ("demanded the release of …"). */
export const REQUEST_VERBS: ReadonlySet<string> = new Set(['request', 'demand', 'urge', 'seek']);

/** Reporting verbs that may take a clause straight after them ("she said the plan failed"); the others need "that". */
export const SPEECH_BEFORE_CLAUSE: ReadonlySet<string> = new Set([
  'say', 'tell', 'warn', 'claim', 'insist', 'argue', 'add', 'write', 'tweet', 'state', 'declare', 'assert', 'contend',
  'allege', 'believe', 'predict', 'suggest', 'vow', 'threaten', 'complain',
]);

/** Words that may stand between a speaker and the verb ("has said", "also warned", "later told"). */
export const SPEAKER_AUXILIARIES: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'also', 'then', 'later', 'previously', 'repeatedly', 'again', 'once', 'would', 'will', 'did',
  'does', 'do',
]);

/** Heads of an official speaker that are neither roles nor organisations ("the statement said", "a study suggests"). */
export const OFFICIAL_HEADS: ReadonlySet<string> = new Set([
  'statement', 'regulator', 'regulators', 'watchdog', 'military', 'embassy', 'investigators', 'researchers', 'study',
  'survey', 'poll', 'data', 'figures', 'spokesperson', 'spokesman', 'spokeswoman', 'official', 'officials', 'ministry',
  'police', 'prosecutors', 'authorities', 'report', 'lawsuit', 'filing', 'complaint', 'indictment', 'memo', 'letter',
]);

/** Nouns for what someone said ("his opinion of the 'terrible' deal"): quoted words beside them are a partial quotation. */
export const SPEECH_NOUNS: ReadonlySet<string> = new Set([
  'opinion', 'opinions', 'remarks', 'comments', 'statement', 'statements', 'speech', 'interview', 'tweet', 'tweets',
  'letter', 'message', 'announcement', 'testimony', 'rhetoric', 'declaration', 'pledge', 'promise', 'vow',
]);

/** Lemmas of verbs of speech acts beyond reporting ("advised followers to avoid 'crowds'", "announced a plan to …"). */
export const SPEECH_ACTS: ReadonlySet<string> = new Set(['announce', 'advise', 'order', 'state', 'add', 'note', 'reveal', 'pledge', 'quote', 'cite']);
