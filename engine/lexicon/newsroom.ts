/**
 * Newsroom formulas (hand-curated for Parallax, MIT; see SOURCES.md): the closed set of set phrases a report uses
 * about its own reporting, not the story: someone would not comment or could not be reached, details will follow.
 */

/** Adverbs that may stand inside a formula ("did not immediately respond", "also declined to comment"). */
const ADVERB = String.raw`(?:(?:also|again|yet|immediately|initially|previously|repeatedly|publicly|so far|further)\s+)*`;
/** What a request for comment is sent as. */
const REQUEST = String.raw`(?:(?:a|an|the|our|several|repeated|multiple|numerous|\w+'s|\w+’s)\s+)?(?:(?:written|emailed|e-mailed|phone|telephone|news|media|press)\s+)?(?:requests?|messages?|e-?mails?|calls?|phone calls?|inquir(?:y|ies)|quer(?:y|ies)|questions?)`;
const FOR_COMMENT = String.raw`(?:\s+(?:for|seeking|requesting|asking for)\s+(?:a\s+|further\s+)?(?:comment|response|reaction)s?)?`;
const NOT = String.raw`(?:did not|didn't|does not|doesn't|has not|hasn't|have not|haven't|had not|hadn't|would not|wouldn't|will not|won't)`;

/**
 * The predicate of a no-comment line, said of whoever was asked: "declined to comment", "did not respond to a request
 * for comment", "could not be reached", "was not available for comment", "had no comment". Matched on lower case.
 */
export const NO_COMMENT = new RegExp(
  String.raw`\b(?:` +
    [
      String.raw`(?:(?:declined|refused|declines|refuses)\s+|${NOT}\s+(?:want\s+)?)${ADVERB}to\s+${ADVERB}comment`,
      String.raw`(?:declined|refused)\s+${ADVERB}(?:${REQUEST}|to\s+(?:respond|reply|answer))${FOR_COMMENT}`,
      String.raw`${NOT}\s+${ADVERB}comment`,
      String.raw`${NOT}\s+${ADVERB}(?:respond|reply|answer|return)\s+(?:to\s+)?${REQUEST}${FOR_COMMENT}`,
      String.raw`${NOT}\s+immediately\s+(?:respond|reply)`,
      String.raw`(?:could not|couldn't|cannot|can't|can not)\s+${ADVERB}be\s+${ADVERB}reached${FOR_COMMENT}`,
      String.raw`(?:was|were|is|are)\s+not\s+${ADVERB}(?:reached|available|reachable)\s+(?:for|to)\s+(?:comment|respond)`,
      String.raw`(?:had|has|have|offered|gave)\s+no\s+${ADVERB}(?:immediate\s+)?comment`,
      String.raw`there\s+was\s+no\s+(?:immediate\s+)?(?:comment|response)`,
      String.raw`(?:has|have|had)\s+been\s+(?:contacted|approached|asked)\s+for\s+(?:comment|a response)`,
    ].join('|') +
    ')',
  'u',
);

/**
 * A line that only promises more: "More details will be announced in due course", "More information will follow",
 * "This is a developing story", "Check back for updates". Matched on the whole line, lower case, without quotation marks.
 */
export const FOLLOW_UP = new RegExp(
  '^(?:' +
    [
      String.raw`(?:further|more|full|additional|fuller)\s+(?:details|information|updates?|news)\s+(?:will|would|are to|is to|to|should|may|are expected to)\s+(?:be\s+)?(?:set out|announced|released|published|provided|given|made available|made public|confirmed|shared|disclosed|issued|follow|come)(?:\s+(?:in due course|later|shortly|soon|in the coming days|at a later (?:date|time|stage)|when (?:they are |it is )?available|as (?:they|it) becomes? available))?`,
      String.raw`this (?:is a (?:developing|breaking) (?:news )?story|story (?:is developing|will be updated|has been updated|is being updated|may be updated))`,
      String.raw`(?:please )?check back (?:later )?for (?:updates|more)`,
      String.raw`(?:more|details) to (?:follow|come)`,
    ].join('|') +
    ')$',
  'u',
);

/** A reporting clause around a follow-up line: "…, a spokesman said", "The ministry said …". */
export const FOLLOW_UP_FRAME_AFTER = /,\s*(?:[^,]{1,60}\s)?(?:said|says|added|stated|announced)(?:\s[^,]{1,40})?$/u;
export const FOLLOW_UP_FRAME_BEFORE = /^[^,]{1,60}\s(?:said|says|added|stated)(?:\s+that)?[\s,:]+/u;
