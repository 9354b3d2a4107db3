/** Parallax's limits, in one place: each is enforced with a message that names it. */

/** Largest file Parallax opens: room for a saved web page with its scripts and styles inline. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Longest article text, in characters (about 300,000 words, several books). */
export const MAX_TEXT_CHARS = 2_000_000;
/** Longest line (paragraph), in characters; news paragraphs run to a few hundred. */
export const MAX_LINE_CHARS = 200_000;
/** Most articles open at once. */
export const MAX_OPEN_ARTICLES = 250;
/**
 * Most words in one set, all articles together: the comparison grows faster than the words (measured:
 * 200,000 words in 9–33 s and under 500 MB, 400,000 in 43 s), so 250 articles at the per-file limit
 * (hundreds of millions of words) can never be compared, but 250 articles of 800 words can.
 */
export const MAX_SET_WORDS = 200_000;
/** Most pages of a PDF Parallax reads (a long report runs to a few hundred). */
export const MAX_PDF_PAGES = 1_000;
/** Most files a single open or drop may carry. */
export const MAX_FILES_PER_REQUEST = 500;
/** Largest view state the renderer may save, in characters of JSON. */
export const MAX_VIEW_STATE_CHARS = 256 * 1024;
/** Longest one file may take to read and parse, in seconds; past it that file is refused and the rest load. */
export const MAX_LOAD_SECONDS = 10;
/** Most memory (JavaScript heap) reading one file may use, in MB; past it that file is refused. */
export const MAX_LOAD_MEMORY_MB = 512;
/**
 * Most elements of a web page given to Readability (those that hold text, once scripts, styles, SVG and
 * empty elements are dropped): its cost grows faster than linearly with them. Past it the page's text is
 * taken block by block instead.
 */
export const MAX_HTML_ELEMENTS = 5_000;
/** Deepest nesting of a web page's elements given to Readability; past it, as above. */
export const MAX_HTML_DEPTH = 256;
