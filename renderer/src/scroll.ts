/**
 * Scrolling that lands where it aims although paragraphs use `content-visibility: auto`: paragraphs
 * laid out on the way take their real height a frame or two later, which moves the target, so the
 * target is checked on the following frames and brought back until it stays put.
 */
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** True when `el` is inside the visible part of its column text (or of the window). */
function shown(el: Element): boolean {
  const r = el.getBoundingClientRect();
  const box = el.closest('.body')?.getBoundingClientRect() ?? new DOMRect(0, 0, window.innerWidth, window.innerHeight);
  return r.top >= box.top && r.bottom <= box.bottom;
}

async function settle(el: Element, scroll: () => void): Promise<void> {
  scroll();
  let steady = 0;
  for (let i = 0; i < 24 && steady < 5; i++) {
    await nextFrame();
    if (shown(el)) steady++;
    else {
      steady = 0;
      scroll();
    }
  }
}

/** Scrolls every scroller that holds `el` (the row of columns too) until it stays in view. */
export function settleIntoView(el: Element, options: ScrollIntoViewOptions = { block: 'center', inline: 'nearest' }): Promise<void> {
  return settle(el, () => el.scrollIntoView(options));
}

/** Scrolls only the column text that holds `el`, putting it a third of the way down, when it is out of view. */
export function revealInColumn(el: HTMLElement): Promise<void> {
  const body = el.closest<HTMLElement>('.body');
  if (!body || shown(el)) return Promise.resolve();
  return settle(el, () => {
    body.scrollTop += el.getBoundingClientRect().top - body.getBoundingClientRect().top - body.clientHeight / 3;
  });
}
