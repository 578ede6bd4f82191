import { beforeAll, describe, expect, it } from 'vitest';
import { candidates, locate } from '../../src/dom/locate';
import { LOCATORS, type LocatorId } from '../../src/wish/locators';
import { isShopperSite } from '../../src/wish/pages';
import { fixtures, loadLive, loadStatic } from '../helpers/fixtures';

const IDS = Object.keys(LOCATORS) as LocatorId[];
const describeEl = (el: Element | null | undefined) =>
  el
    ? `<${el.localName}${el.getAttribute('data-expect') ? ` data-expect="${el.getAttribute('data-expect')}"` : ''}> "${(el.textContent ?? '').trim().slice(0, 30)}"`
    : 'nothing';

// Every locator on every fixture, as the page first shows (scripts not run): the element
// marked data-expect is found, unmarked ids find nothing, and where several elements carry
// the same mark (one per order card) the page-wide answer is "ambiguous", never a guess.
describe.each(fixtures().map((f) => [f.name, f] as const))('fixture %s', (name, f) => {
  // One document per fixture: locating reads, it never changes the page.
  let doc: Document;
  beforeAll(() => {
    doc = loadStatic(name).window.document;
  });
  it.each(IDS)('locates %s', (id) => {
    const expected = [...doc.querySelectorAll(`[data-expect~="${id}"]`)];
    const result = locate(id, doc, { includeHidden: true });
    if (!isShopperSite(f.url)) {
      // Not the shopper site: the content script never runs here; nothing is marked.
      expect(expected).toHaveLength(0);
      return;
    }
    const explain = `${id}: got ${describeEl(result.element)} because ${result.why}`;
    if (expected.length === 1) expect(result.element, explain).toBe(expected[0]);
    else expect(result.element, explain).toBeNull();
    if (expected.length > 1) {
      // Scoped to its own card, each is found.
      for (const el of expected) {
        const card = el.closest('section, li, article')!;
        expect(locate(id, doc, { within: card, includeHidden: true }).element).toBe(el);
      }
    }
  });
});

describe('locators on pages that must match nothing', () => {
  it.each(['blog'])('%s: every locator finds nothing even when run', (name) => {
    const doc = loadStatic(name).window.document;
    for (const id of IDS) expect(locate(id, doc, { includeHidden: true }).element, id).toBeNull();
  });
});

describe('scoring', () => {
  it('explains why the menu entry beats the footer link', () => {
    const doc = loadStatic('feed-en-left').window.document;
    const list = candidates('customer-support', doc, { includeHidden: true });
    const [winner, loser] = list;
    expect(winner!.element.closest('footer')).toBeNull();
    expect(winner!.reasons.join()).toMatch(/inside menu/);
    expect(loser!.element.closest('footer')).not.toBeNull();
    expect(loser!.reasons.join()).toMatch(/footer/);
    expect(winner!.score).toBeGreaterThan(loser!.score);
  });

  it('hidden menu entries are not returned unless asked for', () => {
    const doc = loadStatic('feed-en-left').window.document;
    // The menu is hidden by CSS until hovered: the visible footer link is below the bar.
    expect(locate('customer-support', doc).element).toBeNull();
    expect(
      locate('customer-support', doc, { includeHidden: true }).element?.getAttribute('data-expect'),
    ).toBe('customer-support');
  });

  it('finds the account menu through the shopper name when told it', () => {
    const doc = loadStatic('feed-en-left').window.document;
    const result = locate('account-menu', doc, { nameHint: 'Maria Papadopoulou' });
    expect(result.why).toMatch(/name/);
  });

  it('never uses the hashed part of a class name', () => {
    for (const spec of Object.values(LOCATORS)) {
      for (const hint of spec.classHints ?? []) expect(hint).toMatch(/^[A-Z][A-Za-z]+__$/);
      for (const sel of spec.attributes ?? []) expect(sel).not.toMatch(/-sc-|class/);
    }
  });

  it('a search field is never the message field', () => {
    const doc = loadStatic('feed-en-left').window.document;
    expect(locate('message', doc).element).toBeNull();
  });

  it('survives empty, huge and hostile documents', () => {
    const { window } = loadStatic('blog');
    const doc = window.document;
    doc.body.innerHTML = '';
    for (const id of IDS) expect(locate(id, doc).element).toBeNull();
    doc.body.innerHTML = '<div>' + '<span>Customer Support</span>'.repeat(5000) + '</div>';
    expect(locate('customer-support', doc).element).toBeNull(); // 5000 equal candidates: ambiguous
    doc.body.innerHTML =
      '<button aria-label="&quot;]) * { }">x</button><a href="javascript:alert(1)">Customer Support</a><img src=x onerror="window.__pwned=1">';
    for (const id of IDS) expect(() => locate(id, doc)).not.toThrow();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

describe('open shadow roots and same-origin iframes', () => {
  it('finds the assistant inside a web component', () => {
    const doc = loadStatic('blog').window.document;
    doc.body.innerHTML = '<header><span>Maria</span></header><wish-assistant></wish-assistant>';
    const host = doc.querySelector('wish-assistant')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML =
      '<div role="dialog" aria-label="Wish Assistant"><button>Something else</button><button>Contact Support Agent</button><textarea aria-label="Message"></textarea><button>Send</button></div>';
    expect(locate('contact-agent', doc).element).toBe(shadow.querySelectorAll('button')[1]);
    expect(locate('message', doc).element).toBe(shadow.querySelector('textarea'));
    expect(locate('send', doc).element).toBe(shadow.querySelectorAll('button')[2]);
  });
});

describe('walking the live assistant (the fixture scripts run)', () => {
  const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
  async function until(doc: Document, id: LocatorId) {
    for (let i = 0; i < 60; i++) {
      const el = locate(id, doc).element;
      if (el) return el;
      await wait(25);
    }
    throw new Error(`${id} never appeared`);
  }

  it.each([
    ['support-en-inpage', 'topic-account'],
    ['support-el-inpage', 'topic-payment'],
    ['order-en', 'get-help'],
    ['orders-en', null],
  ] as const)('%s: every step is found, and only the marked element', async (name, first) => {
    const dom = loadLive(name);
    const doc = dom.window.document;
    if (name === 'orders-en') {
      // Several orders: the one chosen is the scope.
      const card = doc.querySelector('[data-expect-order="5f2b3c4d5e6f708192a3b4c5"]')!;
      const help = locate('get-help', doc, { within: card }).element as HTMLElement;
      expect(help.closest('section')).toBe(card);
      help.click();
    } else if (first === 'get-help') {
      ((await until(doc, 'get-help')) as HTMLElement).click();
    }
    const path: LocatorId[] =
      first === 'get-help' || name === 'orders-en'
        ? ['topic-order', 'something-else', 'contact-agent']
        : [first!, 'something-else', 'contact-agent'];
    for (const id of path) {
      const el = await until(doc, id);
      expect(el.getAttribute('data-expect'), id).toBe(id);
      (el as HTMLElement).click();
    }
    const field = (await until(doc, 'message')) as HTMLTextAreaElement;
    expect(field.getAttribute('data-expect')).toBe('message');
    const send = await until(doc, 'send');
    expect(send.getAttribute('data-expect')).toBe('send');
    dom.window.close();
  });
});
