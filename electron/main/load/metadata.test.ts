import { describe, expect, it } from 'vitest';
import { frontMatter, htmlMetadata } from './metadata';

describe('htmlMetadata', () => {
  it('reads JSON-LD NewsArticle first, then the meta tags', () => {
    const html = `<!doctype html><html><head>
<meta property="og:site_name" content="World Wire">
<meta name="author" content="By Ann Lee">
<meta property="article:publisher" content="https://facebook.com/worldwire">
<meta property="article:published_time" content="2021-10-18T14:00:00Z">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},
{"@type":"NewsArticle","headline":"Powell dies at 84","publisher":{"@type":"Organization","name":"The Daily Record"},
"author":[{"@type":"Person","name":"Ann Lee"},{"@type":"Person","name":"Bo Chen"}]}]}</script>
</head><body><p>Text</p></body></html>`;
    expect(htmlMetadata(html)).toEqual({
      source: 'The Daily Record',
      author: 'Ann Lee, Bo Chen',
      title: 'Powell dies at 84',
      date: '2021-10-18T14:00:00Z',
    });
  });

  it('takes the meta tags alone, skips URLs and a broken JSON-LD block', () => {
    const html = `<head><script type="application/ld+json">{not json</script><meta name="application-name" content="Daily &amp; Co">
<meta property="article:author" content="https://example.com/ann"><meta name="byl" content="By Ann Lee"></head>`;
    expect(htmlMetadata(html)).toEqual({ source: 'Daily & Co', author: 'Ann Lee' });
  });
});

describe('frontMatter', () => {
  it('reads the fields and cuts the block from the text', () => {
    const md = '---\ntitle: "Powell death: a life in service"\nsource: The Courier\nauthor: [Ann Lee, Bo Chen]\ndate: 2021-10-18\n---\n\nColin Powell died on Monday.\n';
    const { meta, body } = frontMatter(md);
    expect(meta).toEqual({ title: 'Powell death: a life in service', source: 'The Courier', author: 'Ann Lee, Bo Chen', date: '2021-10-18' });
    expect(body).toBe('\nColin Powell died on Monday.\n');
  });

  it('leaves text without front matter, or with a broken one, as it is', () => {
    expect(frontMatter('# Title\n\nText')).toEqual({ meta: {}, body: '# Title\n\nText' });
    const broken = '---\ntitle: [unclosed\n---\nText';
    expect(frontMatter(broken)).toEqual({ meta: {}, body: broken });
    const unclosed = '---\ntitle: x\nText';
    expect(frontMatter(unclosed).body).toBe(unclosed);
  });
});
