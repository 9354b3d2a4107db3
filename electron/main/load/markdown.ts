/**
 * The text of a Markdown article, block by block, with its first top-level heading as title. Parsed by
 * markdown-it, whose block and inline rules are scanners with a nesting limit: regex-based strippers
 * backtrack on a heading followed by thousands of spaces or on long runs of blank lines, and micromark
 * is super-linear on runs of blank lines and overflows the stack on deeply nested lists.
 */
import MarkdownIt from 'markdown-it';
import type { Extracted } from './html';

type Token = ReturnType<MarkdownIt['parse']>[number];

// Raw HTML is recognised so that it can be left out; links are not made from bare URLs.
const parser = new MarkdownIt('default', { html: true, linkify: false, typographer: false });

/** The text of an inline token: text, code, image descriptions, line breaks; markup and raw HTML left out. */
function inlineText(token: Token): string {
  let text = '';
  for (const child of token.children ?? []) {
    if (child.type === 'text' || child.type === 'code_inline') text += child.content;
    else if (child.type === 'softbreak' || child.type === 'hardbreak') text += '\n';
    else if (child.type === 'image') text += child.content;
  }
  return text.trim();
}

/** The article text of a Markdown file, with its first `#` heading as title. */
export function fromMarkdown(markdown: string): Extracted {
  const tokens = parser.parse(markdown, {});
  const blocks: string[] = [];
  let title: string | undefined;
  let row: string[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type === 'tr_open') row = [];
    else if (token.type === 'tr_close') {
      const cells = (row ?? []).filter(Boolean).join(' ');
      if (cells) blocks.push(cells);
      row = null;
    } else if (token.type === 'inline') {
      const text = inlineText(token);
      if (row) row.push(text);
      else if (text) {
        blocks.push(text);
        if (title === undefined && tokens[i - 1]?.type === 'heading_open' && tokens[i - 1]?.tag === 'h1') title = text.replace(/\s+/gu, ' ');
      }
    } else if ((token.type === 'fence' || token.type === 'code_block') && token.content.trim()) {
      blocks.push(token.content.trimEnd());
    }
  }
  const text = blocks.join('\n\n');
  return title ? { text, title } : { text };
}
