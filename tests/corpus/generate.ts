// A seeded, deterministic generator of Wish-like layouts (issue 10, point 6). Pure TS: it
// writes HTML strings, no DOM is needed to generate. Each variant combines, independently, a
// top bar, a menu mechanic, decoys, an assistant container, wordings in one of seven
// languages, signed-in or signed-out, and the account-menu or the order route. Its pages run
// their own script (page-script.ts), which records the ground truth in the page's JavaScript
// world only (`window.__corpusTruth`).
//
// Written without reading the extension's locators: the layouts test the code, they do not
// mirror it. Vary words and structure here first; never adapt a layout to make the guide pass.
import { PAGE_SCRIPT } from './page-script';
import { LANGS, WORDS, type Lang, type Words } from './words';
import { drawWide, FRESH, ICON_ROW, shapeLabel, WIDE_TAGS, type FreshWords, type WideTags } from './wide';

export type StepId =
  | 'sign-in'
  | 'account-menu'
  | 'customer-support'
  | 'get-help'
  | 'topic'
  | 'something-else'
  | 'contact-agent'
  | 'message'
  | 'send';

export type Route = 'account-menu' | 'order';
export type Problem = 'never-delivered' | 'payment-declined';

/** Every kind of variant, by tag; `n/a` where a tag does not apply to the variant. */
export const TAGS = {
  lang: LANGS,
  route: ['account-menu', 'order'],
  auth: ['signed-in', 'signed-out'],
  signin: ['n/a', 'navigate', 'swap'],
  bar: ['header', 'div'],
  barPos: ['fixed', 'sticky', 'static'],
  strip: ['none', 'promo-strip'],
  side: ['left', 'right'],
  trigger: ['name', 'greeting', 'avatar-img', 'avatar-button', 'initials', 'haspopup'],
  testids: ['some', 'none'],
  menu: ['css-hover', 'js-built', 'portal', 'aria-controls'],
  entry: ['link', 'button', 'menuitem', 'div'],
  decoy: [
    'tile-title',
    'promo',
    'body-link',
    'footer-labels',
    'consent-iframe',
    'consent-dialog',
    'article',
    'bar-popup',
    'bar-help-link',
  ],
  container: ['inline', 'dialog', 'log', 'iframe-srcdoc', 'iframe-path', 'shadow', 'new-tab'],
  agent: ['button', 'question'],
  input: ['textarea', 'contenteditable'],
  label: ['placeholder', 'aria-label', 'label-for', 'prompt-only'],
  orderPage: ['n/a', 'history', 'detail'],
  orderLabel: ['n/a', 'order-id', 'transaction-id'],
  nameKnown: ['yes', 'no'],
  problem: ['never-delivered', 'payment-declined'],
} as const satisfies Record<string, readonly string[]>;

export type TagName = keyof typeof TAGS;
export type Tags = { [K in TagName]: (typeof TAGS)[K][number] };

export interface Variant {
  /** Reproducible: `variantFromId(id)` gives the same variant. */
  id: string;
  seed: number;
  tags: Record<string, string>;
  /** Served pages by path (pathname, or pathname + search when both exist). */
  pages: Record<string, string>;
  /** The page the shopper starts on. */
  start: string;
  route: Route;
  signedOut: boolean;
  problem: Problem;
  lang: Lang;
  /** The shopper's full name (the name the extension may be told on its options page). */
  name: string;
  /** Whether the guide is told the name (options page / nameHint). */
  nameKnown: boolean;
  /** Order route: the order the shopper asks about. Its own "Get help" button is the truth;
   *  other orders on the page carry the same button and are wrong. */
  orderNumber?: string;
  /** Steps a correct guide goes through on the variant's intended route, in order. */
  steps: StepId[];
  /** Steps each page registers truth for (statically known by the generator). */
  truthSteps: Record<string, StepId[]>;
  /** Hand-made pages (unseen.ts): a main-world script that answers `__corpusTruth` from the
   *  page's sidecar, since those pages record no truth of their own. */
  truthScript?: string;
}

// ------------------------------------------------------------------ randomness

/** mulberry32: small, fast, and the same on every machine. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Dice {
  constructor(readonly next: () => number) {}
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(list: readonly T[]): T {
    if (list.length === 0) throw new Error('pick from an empty list');
    return list[Math.floor(this.next() * list.length)] as T;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  shuffle<T>(list: readonly T[]): T[] {
    const out = [...list];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }
  letters(n: number, alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'): string {
    let s = '';
    for (let i = 0; i < n; i++) s += alphabet[Math.floor(this.next() * alphabet.length)];
    return s;
  }
  hex(n: number): string {
    return this.letters(n, '0123456789abcdef');
  }
  /** A MongoDB ObjectId whose time part is a plausible date (2021-2025). */
  objectId(): string {
    const t = 1_610_000_000 + this.int(0, 150_000_000);
    return t.toString(16).padStart(8, '0') + this.hex(16);
  }
}

// ------------------------------------------------------------------ HTML helpers

export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Styled-components-like class names: `Component__Element-sc-<hash>-<n> <token>`. The token is
 *  unique per element and meaningless; the page script finds its own elements by it. */
class Classes {
  private used = new Set<string>();
  /** `hashed`: names with no component prefix (CSS modules, atomic CSS), same dice drawn.
   *  `tail`: token length after the first letter (the wide stream's tokens are longer, so they
   *  never meet the classic stream's). */
  constructor(
    private d: Dice,
    private hashed = false,
    private tail = 5,
  ) {}
  token(): string {
    for (;;) {
      const t =
        this.d.letters(1) +
        this.d.letters(this.tail, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789');
      if (!this.used.has(t)) {
        this.used.add(t);
        return t;
      }
    }
  }
  sc(component: string, token = this.token()): string {
    const hash = this.d.hex(6).replace(/^[0-9]/, 'k');
    const n = this.d.int(0, 9);
    if (this.hashed) return `_${hash}${n} ${token}`;
    return `${component}-sc-${hash}-${n} ${token}`;
  }
}

const AVATAR =
  'data:image/svg+xml,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32"><circle cx="16" cy="16" r="16" fill="#8ab"/><circle cx="16" cy="12" r="6" fill="#fff"/><path d="M5 28c2-7 20-7 22 0" fill="#fff"/></svg>',
  );
const PRODUCT_IMG =
  'data:image/svg+xml,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" width="160" height="120"><rect width="160" height="120" fill="#dde"/></svg>',
  );
const PERSON_ICON =
  '<svg width="24" height="24" viewBox="0 0 24 24" aria-hidden="true"><circle cx="12" cy="8" r="4" fill="currentColor"/><path d="M4 21c1-6 15-6 16 0" fill="currentColor"/></svg>';
const CARET =
  '<svg width="10" height="10" viewBox="0 0 10 10" aria-hidden="true"><path d="M1 3l4 4 4-4" stroke="currentColor" fill="none"/></svg>';
const BELL =
  '<svg width="22" height="22" viewBox="0 0 24 24" aria-hidden="true"><path d="M6 17h12l-2-3V9a4 4 0 0 0-8 0v5z" fill="currentColor"/></svg>';

const LOCALE: Record<Lang, string> = {
  en: 'en-us',
  el: 'el',
  it: 'it',
  de: 'de',
  fr: 'fr',
  es: 'es',
  pt: 'pt-br',
};
const PRICE: Record<Lang, (n: number) => string> = {
  en: (n) => `$${n.toFixed(2)}`,
  el: (n) => `${n.toFixed(2).replace('.', ',')} €`,
  it: (n) => `${n.toFixed(2).replace('.', ',')} €`,
  de: (n) => `${n.toFixed(2).replace('.', ',')} €`,
  fr: (n) => `${n.toFixed(2).replace('.', ',')} €`,
  es: (n) => `${n.toFixed(2).replace('.', ',')} €`,
  pt: (n) => `R$ ${n.toFixed(2).replace('.', ',')}`,
};

// ------------------------------------------------------------------ tags

const ORDER: TagName[] = Object.keys(TAGS) as TagName[];

function drawTags(d: Dice, force: Partial<Record<string, string>>): Tags {
  const t = {} as Record<TagName, string>;
  for (const name of ORDER) t[name] = d.pick(TAGS[name]);
  // Weights: most shoppers arrive signed in, and the account menu is the guide's own path.
  t.auth = d.chance(0.3) ? 'signed-out' : 'signed-in';
  t.route = d.chance(0.4) ? 'order' : 'account-menu';
  for (const [k, v] of Object.entries(force)) if (v !== undefined) t[k as TagName] = v;
  // Dependent tags: a forced value implies the tags it depends on.
  if (force.signin && force.signin !== 'n/a') t.auth = 'signed-out';
  if (force.signin === 'n/a') t.auth = 'signed-in';
  if ((force.orderPage && force.orderPage !== 'n/a') || (force.orderLabel && force.orderLabel !== 'n/a'))
    t.route = 'order';
  if (force.orderPage === 'n/a' || force.orderLabel === 'n/a') t.route = 'account-menu';
  if (t.auth === 'signed-in') t.signin = 'n/a';
  else if (t.signin === 'n/a') t.signin = d.pick(['navigate', 'swap']);
  if (t.route === 'account-menu') {
    t.orderPage = 'n/a';
    t.orderLabel = 'n/a';
  } else {
    if (t.orderPage === 'n/a') t.orderPage = d.pick(['history', 'detail']);
    if (t.orderLabel === 'n/a') t.orderLabel = d.pick(['order-id', 'transaction-id']);
  }
  for (const name of ORDER)
    if (!(TAGS[name] as readonly string[]).includes(t[name])) throw new Error(`bad tag ${name}=${t[name]}`);
  return t as Tags;
}

/** Ids: `s<seed>` (classic) or `w<seed>` (wide: the classic variant plus the axes of
 *  wide.ts), then `~tag=value` for each tag forced on that seed. */
export function variantId(seed: number, force: Partial<Record<string, string>> = {}, wide = false): string {
  const parts = Object.entries(force)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `~${k}=${v}`);
  return `${wide ? 'w' : 's'}${seed}${parts.join('')}`;
}

export function parseVariantId(id: string): { seed: number; force: Record<string, string>; wide: boolean } {
  const [head, ...rest] = id.split('~');
  const wide = head?.startsWith('w') ?? false;
  const seed = Number(head?.replace(/^[sw]/, ''));
  if (!Number.isInteger(seed) || !/^[sw]/.test(head ?? '')) throw new Error(`not a variant id: ${id}`);
  const force: Record<string, string> = {};
  for (const r of rest) {
    const [k, v] = r.split('=');
    if (!k || v === undefined || !(k in TAGS || (wide && k in WIDE_TAGS)))
      throw new Error(`bad tag in variant id: ${r}`);
    force[k] = v;
  }
  return { seed, force, wide };
}

export function variantFromId(id: string): Variant {
  const { seed, force, wide } = parseVariantId(id);
  return generateVariant(seed, force, wide);
}

/** `n` variants from consecutive seeds starting at `seed`; `wide` adds the axes of wide.ts. */
export function generateCorpus(n: number, seed = 1, wide = false): Variant[] {
  return Array.from({ length: n }, (_, i) => generateVariant(seed + i, {}, wide));
}

/** The wide sample: `count` wide variants on fixed seeds, every value of every wide axis
 *  forced on one of them (and the classic tags' values dealt on top, as in fixedSample). */
export function wideSample(count = WIDE_SAMPLE_SIZE): Variant[] {
  const forces: Record<string, string>[] = Array.from({ length: count }, () => ({}));
  let j = 0;
  for (const name of Object.keys(WIDE_TAGS) as (keyof typeof WIDE_TAGS)[])
    for (const value of WIDE_TAGS[name]) {
      forces[j % count]![name] = value;
      j++;
    }
  return forces.map((force, i) => generateVariant(7001 + 11 * i, force, true));
}
export const WIDE_SAMPLE_SIZE = 30;

/** The fixed sample walked by `npm test`: `count` variants on fixed seeds; every tag value is
 *  forced on one of them (values dealt round-robin), so every value appears whatever the rest
 *  of each variant draws. */
export function fixedSample(count = SAMPLE_SIZE): Variant[] {
  const forces: Record<string, string>[] = Array.from({ length: count }, () => ({}));
  let j = 0;
  for (const name of ORDER)
    for (const value of TAGS[name]) {
      forces[j % count]![name] = value;
      j++;
    }
  return forces.map((force, i) => generateVariant(9001 + 7 * i, force));
}
export const SAMPLE_SIZE = 56;

export function routeSteps(route: Route, signedOut: boolean): StepId[] {
  const tail: StepId[] = ['topic', 'something-else', 'contact-agent', 'message', 'send'];
  const head: StepId[] = route === 'order' ? ['get-help'] : ['account-menu', 'customer-support'];
  return [...(signedOut ? (['sign-in'] as StepId[]) : []), ...head, ...tail];
}

// ------------------------------------------------------------------ the variant

interface Ctx {
  d: Dice;
  c: Classes;
  t: Tags;
  w: Words;
  lang: Lang;
  name: string;
  orderNumber: string;
  fill: (s: string, vars: Record<string, string>) => string;
  /** Wide variants: the second set of axes, its own dice and class names, fresh words. */
  wx?: Wide;
}

interface Wide {
  t: WideTags;
  d: Dice;
  c: Classes;
  f: FreshWords;
  /** The shape of the path's labels (text axis), as HTML. */
  shape: (label: string) => string;
}

export function generateVariant(
  seed: number,
  force: Partial<Record<string, string>> = {},
  wide = false,
): Variant {
  const d = new Dice(rng(seed * 2654435761));
  const classicForce: Partial<Record<string, string>> = {};
  const wideForce: Partial<Record<string, string>> = {};
  for (const [k, v] of Object.entries(force)) (k in WIDE_TAGS ? wideForce : classicForce)[k] = v;
  const t = drawTags(d, classicForce);
  const lang = t.lang;
  const w = WORDS[lang];
  // The wide axes come from a second stream: the classic stream draws exactly what it drew.
  let wx: Wide | undefined;
  if (wide) {
    const d2 = new Dice(rng((seed ^ 0x5bd1e995) * 40503 + 7));
    const wt = drawWide((l) => d2.pick(l), lang, wideForce);
    wx = {
      t: wt,
      d: d2,
      c: new Classes(d2, wt.markup !== 'styled', 6),
      f: FRESH[lang],
      shape: (label) => shapeLabel(label, wt.text, d2.next),
    };
  }
  const ctx: Ctx = {
    d,
    c: new Classes(d, !!wx && wx.t.markup !== 'styled'),
    t,
    w,
    lang,
    name: d.pick(w.names),
    orderNumber: d.objectId(),
    fill: (s, vars) => s.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? ''),
    ...(wx ? { wx } : {}),
  };
  const route = t.route as Route;
  const signedOut = t.auth === 'signed-out';
  const assistantPath = d.pick(['/support/assistant', '/help/chat', '/customer-support/chat']);
  const startPath =
    route === 'account-menu'
      ? d.pick(['/', '/feed/tabbed_feed_latest'])
      : t.orderPage === 'history'
        ? '/transaction'
        : `/transaction/${ctx.orderNumber}`;
  const signedInPath =
    route === 'account-menu'
      ? startPath === '/'
        ? '/feed/tabbed_feed_latest'
        : '/'
      : `${startPath}?signed_in=1`;

  const page = buildSitePage(ctx, { route, signedOut, assistantPath, signedInPath });
  const pages: Record<string, string> = { [startPath]: page.html };
  const truthSteps: Record<string, StepId[]> = { [startPath]: page.truth };
  if (signedOut && t.signin === 'navigate') {
    const signed = buildSitePage(ctx, { route, signedOut: false, assistantPath, signedInPath });
    pages[signedInPath] = signed.html;
    truthSteps[signedInPath] = signed.truth;
  }
  if (t.container === 'new-tab' || t.container === 'iframe-path') {
    pages[assistantPath] = assistantPage(ctx, page.config);
    truthSteps[assistantPath] = ['topic', 'something-else', 'contact-agent', 'message', 'send'];
  }
  if (wx) for (const [p, html] of Object.entries(pages)) pages[p] = widenPage(ctx, wx, html);
  return {
    id: variantId(seed, force, wide),
    seed,
    tags: { ...t, ...(wx ? wx.t : {}) },
    pages,
    start: startPath,
    route,
    signedOut,
    problem: t.problem as Problem,
    lang,
    name: ctx.name,
    nameKnown: t.nameKnown === 'yes',
    ...(route === 'order' ? { orderNumber: ctx.orderNumber } : {}),
    steps: routeSteps(route, signedOut),
    truthSteps,
  };
}

/** A page for any path the variant does not define (product, store, category, help, settings
 *  pages the shopper may be sent to): it holds no truth, so a guide that leads here is lost. */
export function fallbackPage(v: Variant, url: string): string {
  const w = WORDS[v.lang];
  const path = new URL(url, 'https://www.wish.com').pathname;
  return `<!doctype html><html lang="${v.lang}"><head><meta charset="utf-8"><title>Wish</title></head><body><header><a href="/">wish</a> <input type="search" placeholder="${esc(w.search)}"></header><main><h1>${esc(path)}</h1><p>${esc(w.products.join(' · '))}</p></main></body></html>`;
}

// ------------------------------------------------------------------ the site's pages

interface PageOut {
  html: string;
  truth: StepId[];
  config: Record<string, unknown>;
  /** The app's markup and the page's own CSS rules (a sign-in that swaps pages reuses them). */
  appInner: string;
  css: string[];
}

function firstName(name: string): string {
  return name.split(' ')[0] ?? name;
}
function initials(name: string): string {
  return name
    .split(' ')
    .map((p) => p[0] ?? '')
    .join('')
    .toUpperCase();
}

function buildSitePage(
  x: Ctx,
  o: { route: Route; signedOut: boolean; assistantPath: string; signedInPath: string },
): PageOut {
  const { d, c, t, w } = x;
  const k: Record<string, unknown> = {};
  const truth = new Set<StepId>();
  const side = t.side;
  const tid = (id: string) => (t.testids === 'some' && d.chance(0.6) ? ` data-testid="${id}"` : '');
  const css: string[] = [];

  // ---- the account trigger and its menu
  const wrapTok = c.token();
  const trigTok = c.token();
  const menuTok = c.token();
  const csTok = c.token();
  const menuId = `${d.letters(3).toLowerCase()}-${d.hex(5)}`;
  k.wrap = wrapTok;
  k.trigger = trigTok;
  k.menu = menuTok;
  k.cs = csTok;
  k.menuId = menuId;
  const display = d.pick([firstName(x.name), x.name]);
  const aria = x.fill(d.pick(w.accountAria), { name: x.name });
  const ariaControls = t.menu === 'aria-controls' ? ` aria-controls="${menuId}" aria-expanded="false"` : '';
  let trigger: string;
  let triggerClick = 'settings';
  switch (t.trigger) {
    case 'name':
      trigger = `<div class="${c.sc('NavBar__UserName', trigTok)}"${tid('nav-user')}${ariaControls}><span>${esc(display)}</span>${CARET}</div>`;
      break;
    case 'greeting':
      trigger = `<div class="${c.sc('Greeting__Wrap', trigTok)}"${ariaControls}><span class="${c.sc('Greeting__Text')}">${esc(x.fill(d.pick(w.greeting), { name: firstName(x.name) }))}</span></div>`;
      break;
    case 'avatar-img':
      trigger = `<div class="${c.sc('Avatar__Wrap', trigTok)}"${ariaControls}><img src="${AVATAR}" width="32" height="32" alt="${esc(aria)}" class="${c.sc('Avatar__Img')}"></div>`;
      break;
    case 'avatar-button':
      triggerClick = d.pick(['settings', 'toggle']);
      trigger = `<button type="button" class="${c.sc('Avatar__Button', trigTok)}" aria-label="${esc(aria)}"${tid('profile-button')}${ariaControls}><img src="${AVATAR}" width="32" height="32" alt=""></button>`;
      break;
    case 'initials':
      trigger = `<div class="${c.sc('ProfileBadge__Circle', trigTok)}"${ariaControls}>${esc(initials(x.name))}</div>`;
      break;
    default:
      triggerClick = 'toggle';
      trigger = `<div role="button" tabindex="0" aria-haspopup="true" class="${c.sc('Header__IconButton', trigTok)}"${ariaControls || ' aria-expanded="false"'}>${PERSON_ICON}</div>`;
  }

  const wx = x.wx;
  let iconRow = '';
  if (wx && wx.t.trigger2 !== 'classic') {
    const c2 = wx.c;
    const short = () => {
      const [first = x.name, last = ''] = x.name.split(' ');
      return wx.d.chance(0.5) && last ? `${first} ${last[0]}.` : `${first.slice(0, 4)}…`;
    };
    if (wx.t.trigger2 === 'avatar-bg')
      trigger = `<div class="${c2.sc('Avatar__Bg', trigTok)}"${ariaControls} style="width:34px;height:34px;border-radius:50%;background:#8ab url(${AVATAR}) center/cover no-repeat;cursor:pointer"></div>`;
    else if (wx.t.trigger2 === 'name-ellipsis')
      trigger = `<div class="${c2.sc('UserChip__Root', trigTok)}"${ariaControls} style="display:inline-flex;align-items:center;gap:4px;cursor:pointer"><span style="display:block;max-width:${wx.d.pick([48, 64, 80])}px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap">${esc(x.name)}</span>${CARET}</div>`;
    else if (wx.t.trigger2 === 'name-short')
      trigger = `<div class="${c2.sc('UserChip__Root', trigTok)}"${ariaControls} style="cursor:pointer"><span>${esc(short())}</span></div>`;
    else {
      // One icon button among many: the others are the bar's own, each with its label.
      trigger = `<button type="button" class="${c2.sc('IconBar__Button', trigTok)}" aria-label="${esc(aria)}"${ariaControls}>${PERSON_ICON}</button>`;
      const others = ICON_ROW[x.lang].map(
        (label) =>
          `<button type="button" class="${c2.sc('IconBar__Button')}" aria-label="${esc(label)}" style="background:none;border:0;padding:6px">${BELL}</button>`,
      );
      iconRow = `<div class="${c2.sc('IconBar__Group')}" style="display:flex;gap:2px">${wx.d.shuffle(others).join('')}</div>`;
    }
  }

  // Menu entries: Wish's known entries, order and wording varied.
  let cs = d.pick(w.customerSupport);
  if (wx?.t.wording === 'fresh') cs = wx.d.pick(wx.f.customerSupport);
  if (wx?.t.mix === 'menu-en')
    cs = wx.d.pick(wx.t.wording === 'fresh' ? FRESH.en.customerSupport : WORDS.en.customerSupport);
  const entryTag = t.entry;
  const entryHtml = (label: string, href: string, tok?: string, isCs = false) => {
    const cls = c.sc('AccountMenu__Item', tok);
    const kind = isCs ? entryTag : d.pick(['link', 'link', 'menuitem']);
    const inner = `<span>${isCs && wx ? wx.shape(label) : esc(label)}</span>`;
    if (kind === 'button') return `<li><button type="button" class="${cls}">${inner}</button></li>`;
    if (kind === 'div') return `<div class="${cls}">${inner}</div>`;
    if (kind === 'menuitem')
      return `<li role="none"><a role="menuitem" href="${href}" class="${cls}">${inner}</a></li>`;
    return `<li><a href="${href}" class="${cls}">${inner}</a></li>`;
  };
  const balance = PRICE[x.lang](d.int(0, 4000) / 100);
  const entries = [
    entryHtml(d.pick(w.orderHistory), '/transaction'),
    `<li><a href="/wish-cash" class="${c.sc('AccountMenu__Item')}"><span>${esc(w.wishCash[0] ?? 'Wish Cash')}</span> <span class="${c.sc('AccountMenu__Balance')}">${esc(balance)}</span></a></li>`,
    entryHtml(d.pick(w.settings), '/settings'),
    entryHtml(cs, '#', csTok, true),
    entryHtml(d.pick(w.faq), '/help'),
    ...d
      .shuffle(w.extras)
      .slice(0, d.int(0, 2))
      .map((e) => entryHtml(e, `/${e.toLowerCase().replace(/[^a-z]+/g, '-')}`)),
  ];
  const ordered = [...d.shuffle(entries), entryHtml(d.pick(w.logout), '/logout')];
  const menuRole = t.entry === 'menuitem' ? ' role="menu"' : '';
  const listTag = t.entry === 'div' ? 'div' : 'ul';
  const menuStyle = `min-width:220px;background:#fff;border:1px solid #ccc;box-shadow:0 4px 12px #0003;padding:6px 0;margin:0;list-style:none;z-index:500`;
  // A list of divs holds divs, not list items.
  const items =
    listTag === 'div'
      ? ordered.map((e) => e.replace(/<li( role="none")?>/g, '<div>').replace(/<\/li>/g, '</div>'))
      : ordered;
  const menuInner = `<${listTag}${menuRole} class="${c.sc('AccountMenu__List')}" style="margin:0;padding:0;list-style:none">${items.join('')}</${listTag}>`;
  let menuInDom = '';
  let menuHtml = '';
  // Right to left, the bar's sides swap: the menu opens toward the page, as the site would.
  const mside = wx?.t.mix === 'rtl' ? (side === 'left' ? 'right' : 'left') : side;
  const menuPos = `position:absolute;top:100%;${mside === 'right' ? 'right:0' : 'left:0'}`;
  if (t.menu === 'css-hover') {
    menuInDom = `<div class="${c.sc('AccountMenu__Dropdown', menuTok)}" style="${menuPos};${menuStyle}">${menuInner}</div>`;
    css.push(`.${menuTok}{display:none}.${wrapTok}:hover .${menuTok}{display:block}`);
  } else if (t.menu === 'aria-controls') {
    menuInDom = `<div id="${menuId}" hidden class="${c.sc('Dropdown__Panel', menuTok)}" style="${menuPos};${menuStyle}">${menuInner}</div>`;
  } else {
    menuHtml = `<div class="${c.sc('AccountMenu__Popover', menuTok)}" style="${t.menu === 'portal' ? '' : menuPos + ';'}${menuStyle}">${menuInner}</div>`;
  }
  css.push(
    `.${menuTok} a,.${menuTok} button,.${menuTok} li>div,.${menuTok} div>div{display:block;width:100%;box-sizing:border-box;text-align:left;padding:8px 14px;color:#222;text-decoration:none;background:none;border:0;font:inherit;cursor:pointer}.${menuTok} a:hover,.${menuTok} button:hover{background:#eef}`,
  );
  let accountBlock = `<div class="${c.sc('NavBar__Account', wrapTok)}" style="position:relative;display:inline-block;padding:8px">${trigger}${menuInDom}</div>`;
  if (wx?.t.markup === 'div-soup') menuHtml = soup(menuHtml);
  if (iconRow) accountBlock = side === 'left' ? `${accountBlock}${iconRow}` : `${iconRow}${accountBlock}`;

  // ---- sign-in (signed out)
  const signInTok = c.token();
  const signInLabel = d.pick(w.signIn);
  const signInBlock = `<div class="${c.sc('NavBar__Auth')}"><button type="button" class="${c.sc('Button__Primary', signInTok)}"${tid('login-button')}>${wx ? wx.shape(signInLabel) : esc(signInLabel)}</button> <a href="/signup" class="${c.sc('Button__Link')}">${esc(d.pick(w.signUp))}</a></div>`;
  k.signIn = [signInTok];

  // ---- the top bar
  const logo = `<a href="/" aria-label="Wish" class="${c.sc('Logo__Link')}" style="font:bold 26px sans-serif;color:#2fb7ec;text-decoration:none">wish</a>`;
  const search = `<form role="search" class="${c.sc('Search__Form')}" style="flex:1;max-width:520px" onsubmit="return false"><input type="search" placeholder="${esc(w.search)}"${tid('search-input')} style="width:100%;padding:8px"></form>`;
  const cart = `<a href="/cart" aria-label="${esc(w.cart)}" class="${c.sc('Cart__Link')}"${tid('cart')}>🛒 <span>${d.int(0, 5)}</span></a>`;
  let barExtras = '';
  if (t.decoy === 'bar-popup') {
    const bellTok = c.token();
    const panelTok = c.token();
    k.bell = bellTok;
    k.bellPanel = panelTok;
    barExtras += `<div style="position:relative;display:inline-block;padding:8px"><button type="button" aria-haspopup="true" aria-expanded="false" aria-label="${esc(w.notifications)}" class="${c.sc('Bell__Button', bellTok)}">${BELL}</button><div hidden class="${c.sc('Bell__Panel', panelTok)}" style="position:absolute;top:100%;right:0;background:#fff;border:1px solid #ccc;padding:8px;width:220px;z-index:400"><p>${esc(w.notifications)}: 0</p><a href="/help">${esc(d.pick(w.helpCenter))}</a></div></div>`;
  }
  if (t.decoy === 'bar-help-link')
    barExtras += `<a href="/help" class="${c.sc('NavBar__Link')}">${esc(d.pick(w.faq))}</a>`;
  let accountOrSignIn = o.signedOut ? signInBlock : accountBlock;
  if (wx?.t.decoy2 === 'help-menu') {
    // A second hover menu in the bar: "Help", holding the same support label (to the FAQ).
    const hw = wx.c.token();
    const hm = wx.c.token();
    css.push(`.${hm}{display:none}.${hw}:hover .${hm},.${hw}:focus-within .${hm}{display:block}`);
    const links = [
      `<a href="https://cs-help.wish.com/hc/${LOCALE[x.lang]}">${esc(wx.d.pick(w.faq))}</a>`,
      `<a href="https://cs-help.wish.com/hc/${LOCALE[x.lang]}/requests/new">${esc(cs)}</a>`,
      `<a href="/return_policy">${esc(w.footer[4] ?? 'Returns')}</a>`,
      `<a href="/track">${esc(w.trackPackage)}</a>`,
    ];
    barExtras += `<div class="${wx.c.sc('HelpMenu__Wrap', hw)}" style="position:relative;display:inline-block;padding:8px"><span tabindex="0" class="${wx.c.sc('HelpMenu__Trigger')}" style="cursor:pointer">${esc(wx.f.helpMenu)} ▾</span><div class="${wx.c.sc('HelpMenu__Panel', hm)}" style="position:absolute;top:100%;right:0;min-width:200px;background:#fff;border:1px solid #ccc;box-shadow:0 4px 12px #0003;padding:6px 12px;z-index:450;line-height:2">${links.map((l) => `<div>${l}</div>`).join('')}</div></div>`;
  }
  if (wx?.t.decoy2 === 'help-beside-trigger') {
    // A support icon (labelled with the menu's own words) and a Help link to the FAQ, right
    // beside the account trigger.
    const helper = `<a href="https://cs-help.wish.com/hc/${LOCALE[x.lang]}" aria-label="${esc(cs)}" title="${esc(cs)}" class="${wx.c.sc('HeaderHelp__Icon')}" style="font-size:20px;text-decoration:none">🎧</a><a href="/help" class="${wx.c.sc('HeaderHelp__Link')}">${esc(wx.f.helpMenu)}</a>`;
    accountOrSignIn = side === 'left' ? `${accountOrSignIn}${helper}` : `${helper}${accountOrSignIn}`;
  }
  // A spacer pushes the right-hand group to the bar's right edge.
  const spacer = '<div style="flex:1"></div>';
  const barItems =
    side === 'left'
      ? [accountOrSignIn, logo, search, spacer, barExtras, cart]
      : [logo, search, spacer, barExtras, cart, accountOrSignIn];
  const barTag = t.bar === 'header' ? 'header' : 'div';
  const barH = 64;
  const barPos =
    t.barPos === 'fixed'
      ? `position:fixed;top:${t.strip === 'promo-strip' ? 28 : 0}px;left:0;right:0`
      : t.barPos === 'sticky'
        ? 'position:sticky;top:0'
        : 'position:relative';
  const barTok = wx ? wx.c.token() : '';
  const bar = `<${barTag} class="${c.sc(d.pick(['TopBar__Wrap', 'Header__Container', 'NavBar__Root']))}${barTok ? ' ' + barTok : ''}"${tid('header')} style="${barPos};z-index:300;height:${barH}px;display:flex;align-items:center;gap:18px;padding:0 20px;background:#fff;border-bottom:1px solid #ddd;box-sizing:border-box">${barItems.join('')}</${barTag}>`;
  const strip =
    t.strip === 'promo-strip'
      ? `<div class="${c.sc('PromoStrip__Bar')}" style="${t.barPos === 'fixed' ? 'position:fixed;top:0;left:0;right:0;z-index:301;' : ''}height:28px;background:#2fb7ec;color:#fff;text-align:center;line-height:28px;font-size:13px">${esc(w.freeShipping)} · <a href="/~/deals" style="color:#fff">${esc(w.shopNow)}</a></div>`
      : '';
  const cats = `<nav class="${c.sc('CategoryNav__Row')}" aria-label="categories" style="display:flex;gap:14px;padding:8px 20px">${w.categories.map((cat) => `<a href="/~/${esc(cat.toLowerCase())}">${esc(cat)}</a>`).join('')}</nav>`;

  // ---- body: feed or orders, plus decoys
  const decoys: string[] = [];
  const csPhrase = d.pick([cs, ...w.customerSupport]);
  const tile = (title: string) => {
    const id = d.objectId();
    return `<a href="/product/${id}" class="${c.sc('FeedTile__Wrapper')}" data-id="${id}"${tid('product-tile')} style="display:block;width:180px;color:#222;text-decoration:none"><img src="${PRODUCT_IMG}" alt="" width="160" height="120"><div class="${c.sc('FeedTile__Title')}">${esc(title)}</div><div${tid('product-price')}>${esc(PRICE[x.lang](d.int(100, 4000) / 100))}</div></a>`;
  };
  const tiles: string[] = d.shuffle(w.products).map((p) => tile(p));
  if (t.decoy === 'tile-title') {
    tiles.splice(d.int(0, tiles.length), 0, tile(`${cs} ${d.pick(w.decoyTileSuffix)}`));
    tiles.splice(d.int(0, tiles.length), 0, tile(`${d.pick(w.myAccount)} ${d.pick(w.decoyTileSuffix)}`));
    tiles.splice(d.int(0, tiles.length), 0, tile(cs));
    tiles.splice(d.int(0, tiles.length), 0, tile(`${d.pick(w.agent)} ${d.pick(w.decoyTileSuffix)}`));
  }
  // Store links whose names hold the menu's words (no dice drawn: the rest of the variant
  // stays as it was before they were added).
  const stores =
    t.decoy === 'tile-title'
      ? `<p>${[`${cs} Outlet`, `${w.myAccount[0] ?? ''} Shop`].map((n) => `<a href="/merchant/${encodeURIComponent(n.toLowerCase().replace(/\s+/g, '-'))}">${esc(n)}</a>`).join(' · ')}</p>`
      : '';
  const feed = `<section class="${c.sc('Feed__Section')}"><h2>${esc(d.pick(w.feedTitle))}</h2>${stores}<div class="${c.sc('Feed__Grid')}" style="display:flex;flex-wrap:wrap;gap:16px">${tiles.join('')}</div></section>`;
  if (t.decoy === 'promo')
    decoys.push(
      `<section class="${c.sc('Promo__Banner')}" style="background:#fe5;padding:16px;margin:12px 0"><h2>${esc(x.fill(d.pick(w.promo), { label: cs }))}</h2><a href="/~/deals" class="${c.sc('Promo__Cta')}">${esc(w.shopNow)}</a> <a href="/help" class="${c.sc('Promo__Cta')}">${esc(cs)}</a></section>`,
    );
  if (t.decoy === 'body-link' || o.signedOut) {
    const label = o.signedOut ? csPhrase : d.pick(w.helpCenter);
    const tmpl = o.signedOut ? d.pick(w.signedOutBody) : d.pick(w.bodyHelp);
    const [before, after] = tmpl.split('{link}');
    decoys.push(
      `<p class="${c.sc('Body__Text')}">${esc(before ?? '')}<a href="/help/contact">${esc(label)}</a>${esc(after ?? '')}</p>`,
    );
  }
  if (t.decoy === 'article') {
    const agentLabel = d.pick(w.agent);
    const text = d.pick(w.articleText);
    const parts = text.split(/(\{cs\}|\{agent\})/);
    const body = parts
      .map((p) =>
        p === '{cs}'
          ? `<a href="https://cs-help.wish.com/hc/${LOCALE[x.lang]}/articles/115001">${esc(cs)}</a>`
          : p === '{agent}'
            ? `<a href="https://cs-help.wish.com/hc/${LOCALE[x.lang]}/articles/115002">${esc(agentLabel)}</a>`
            : esc(p),
      )
      .join('');
    decoys.push(
      `<article class="${c.sc('HelpArticle__Body')}" style="padding:12px;border:1px solid #eee"><h2>${esc(w.articleTitle)}</h2><p>${body}</p><button type="button">${esc(d.pick(w.somethingElse))}</button></article>`,
    );
  }
  const footerLinks = w.footer.map(
    (f) => `<a href="/${esc(f.toLowerCase().replace(/[^a-z]+/g, '-'))}">${esc(f)}</a>`,
  );
  if (t.decoy === 'footer-labels')
    footerLinks.push(
      `<a href="/help/contact">${esc(cs)}</a>`,
      `<a href="/help">${esc(d.pick(w.faq))}</a>`,
      `<a href="/transaction">${esc(d.pick(w.orderHistory))}</a>`,
      `<a href="/settings">${esc(d.pick(w.myAccount))}</a>`,
      `<a href="https://cs-help.wish.com/hc/${LOCALE[x.lang]}">${esc(d.pick(w.agent))}</a>`,
    );
  let widget = '';
  if (wx?.t.decoy2 === 'support-promo')
    decoys.unshift(
      `<section class="${wx.c.sc('SupportPromo__Banner')}" style="background:#e6f6fd;padding:16px;margin:12px 0;border-radius:8px"><h2>${esc(wx.d.pick(wx.f.promoTitle))}</h2><button type="button" class="${wx.c.sc('SupportPromo__Cta')}">${esc(wx.d.pick(wx.f.promoAgent))}</button> <a href="/help" class="${wx.c.sc('SupportPromo__Link')}">${esc(cs)}</a></section>`,
    );
  if (wx?.t.decoy2 === 'help-ribbon') {
    footerLinks.push(`<a href="/help/contact">${esc(wx.f.contactUs)}</a>`);
    widget += `<div class="${wx.c.sc('HelpRibbon__Bar')}" style="position:fixed;left:0;right:0;bottom:0;height:40px;z-index:250;background:#223;color:#fff;display:flex;gap:16px;align-items:center;justify-content:center"><span>${esc(wx.f.ribbon)}</span><a href="/help/contact" style="color:#fff">${esc(wx.f.contactUs)}</a><a href="https://cs-help.wish.com/hc/${LOCALE[x.lang]}/requests/new" style="color:#fff">${esc(wx.d.pick(wx.f.promoAgent))}</a></div>`;
  }
  if (wx?.t.decoy2 === 'third-party-bot') {
    // A marketing chat bot from another vendor, open from the start, bottom left: it has
    // chips with support words, a message box and a Send button, and is no part of the path.
    const botTok = wx.c.token();
    k.bot = botTok;
    k.botShadow = wx.d.chance(0.5);
    const chip = (l: string) =>
      `<button type="button" style="border:1px solid #7a5cff;border-radius:14px;background:#fff;color:#5a3cdf;padding:4px 10px;margin:2px;cursor:pointer">${esc(l)}</button>`;
    widget += `<div class="${wx.c.sc('MktChat__Host', botTok)}" style="position:fixed;left:16px;bottom:56px;width:290px;z-index:900"><div role="dialog" aria-label="${esc(wx.f.botName)}" style="background:#fff;border:1px solid #bbb;border-radius:10px;box-shadow:0 6px 20px #0003;font:13px sans-serif;overflow:hidden"><div style="background:#7a5cff;color:#fff;padding:8px 10px">${esc(wx.f.botName)}</div><div role="log" style="padding:8px;max-height:140px;overflow:auto"><div style="background:#f1efff;border-radius:8px;padding:6px 8px">${esc(wx.f.botHello)}</div><div>${wx.f.botChips.map(chip).join('')}</div></div><div style="display:flex;gap:4px;padding:6px;border-top:1px solid #eee"><textarea rows="1" placeholder="${esc(wx.d.pick([...w.messagePlaceholder, ...wx.f.messagePlaceholder]))}" aria-label="${esc(wx.d.pick(w.messageLabel))}" style="flex:1;font:inherit"></textarea><button type="button" style="background:#7a5cff;color:#fff;border:0;border-radius:4px;padding:4px 10px">${esc(wx.d.pick(w.send))}</button></div></div></div>`;
  }
  const footer = `<footer class="${c.sc('Footer__Wrap')}" style="margin-top:40px;padding:20px;background:#f4f4f4;display:flex;flex-wrap:wrap;gap:14px">${footerLinks.join('')}</footer>`;
  let consent = '';
  const consentDoc = `<!doctype html><html lang="${x.lang}"><body style="font:13px sans-serif;margin:8px"><p>${esc(w.cookieText)} <a href="/help" target="_top">${esc(d.pick(w.faq))}</a> · <a href="/help/contact" target="_top">${esc(cs)}</a></p><button type="button">${esc(w.cookieAccept)}</button> <button type="button">${esc(w.cookieMore)}</button></body></html>`;
  if (t.decoy === 'consent-iframe')
    consent = `<iframe title="TrustArc Cookie Consent Manager" class="${c.sc('Consent__Frame')}" style="position:fixed;left:12px;bottom:12px;width:380px;height:110px;border:1px solid #999;background:#fff;z-index:200" srcdoc="${esc(consentDoc)}"></iframe>`;
  if (t.decoy === 'consent-dialog')
    consent = `<div role="dialog" aria-label="${esc(w.cookieMore)}" class="${c.sc('CookieBanner__Box')}" style="position:fixed;left:12px;bottom:12px;width:380px;background:#fff;border:1px solid #999;padding:10px;z-index:200;font-size:13px"><p>${esc(w.cookieText)} <a href="/help">${esc(d.pick(w.faq))}</a> · <a href="/help/contact">${esc(cs)}</a></p><button type="button">${esc(w.cookieAccept)}</button> <button type="button">${esc(w.cookieMore)}</button></div>`;

  // ---- orders (order route)
  const gh: { t: string; order: string; target: boolean }[] = [];
  let ordersHtml = '';
  if (o.route === 'order') {
    let ghLabel = d.pick(w.getHelp);
    if (wx?.t.wording === 'fresh') ghLabel = wx.d.pick(wx.f.getHelp);
    const card = (id: string, target: boolean) => {
      const tok = c.token();
      gh.push({ t: tok, order: id, target });
      const txn = x.d.objectId();
      const tracking = `LX${d.int(100000000, 999999999)}CN`;
      const idRows =
        t.orderLabel === 'transaction-id'
          ? `<div>${esc(w.transactionId)}: <span>${txn}</span></div><div>${esc(d.pick(w.orderId))}: <span>${id}</span></div>`
          : `<div>${esc(d.pick(w.orderId))}: <span>${id}</span></div>`;
      const date = new Date(parseInt(id.slice(0, 8), 16) * 1000).toISOString().slice(0, 10);
      const btn = d.chance(0.8)
        ? `<button type="button" class="${c.sc('OrderCard__HelpButton', tok)}">${wx ? wx.shape(ghLabel) : esc(ghLabel)}</button>`
        : `<a href="#" class="${c.sc('OrderCard__HelpLink', tok)}">${wx ? wx.shape(ghLabel) : esc(ghLabel)}</a>`;
      return `<section class="${c.sc('OrderCard__Wrap')}" style="border:1px solid #ddd;padding:12px;margin:10px 0"><div style="display:flex;gap:12px"><img src="${PRODUCT_IMG}" alt="" width="80" height="60"><div><a href="/product/${d.objectId()}">${esc(d.pick(w.products))}</a><div>${esc(w.shipped)} · ${esc(w.orderDate)}: ${date}</div>${idRows}<div>${esc(w.tracking)}: ${tracking}</div><div>${esc(w.total)}: ${esc(PRICE[x.lang](d.int(300, 9000) / 100))}</div></div></div><div style="margin-top:8px;display:flex;gap:8px"><a href="/track">${esc(w.trackPackage)}</a> ${btn} <a href="/product/${d.objectId()}">${esc(w.buyAgain)}</a></div></section>`;
    };
    if (t.orderPage === 'history') {
      const n = d.int(3, 5);
      const pos = d.int(0, n - 1);
      const cards = Array.from({ length: n }, (_, i) =>
        i === pos ? card(x.orderNumber, true) : card(d.objectId(), false),
      );
      ordersHtml = `<h1>${esc(d.pick(w.orderHistoryTitle))}</h1>${cards.join('')}`;
    } else {
      ordersHtml = `<h1>${esc(w.orderDetails)}</h1>${card(x.orderNumber, true)}`;
    }
    truth.add('get-help');
  }

  let mainHtml: string;
  if (o.signedOut && o.route === 'order') {
    const wallTok = c.token();
    (k.signIn as string[]).push(wallTok);
    mainHtml = `<section style="padding:40px;text-align:center"><h1>${esc(w.loginWall)}</h1><button type="button" class="${c.sc('LoginWall__Button', wallTok)}">${wx ? wx.shape(signInLabel) : esc(signInLabel)}</button></section>${decoys.join('')}${feed}`;
  } else if (o.route === 'order') mainHtml = `${ordersHtml}${decoys.join('')}${feed}`;
  else mainHtml = `${decoys.join('')}${feed}`;
  if (o.signedOut) truth.add('sign-in');
  else {
    truth.add('account-menu');
    truth.add('customer-support');
  }
  if (o.signedOut || o.route !== 'order') truth.delete('get-help');
  // The assistant opens from this page only when signed in (or once signed in in place).
  if (!o.signedOut || t.signin === 'swap')
    for (const s of ['topic', 'something-else', 'contact-agent', 'message', 'send'] as StepId[]) truth.add(s);

  const tall = wx?.t.barScroll === 'hides' ? 'min-height:2400px;' : '';
  const appInner = `${strip}${bar}${cats}<main class="${c.sc('Page__Main')}" style="${tall}padding:${t.barPos === 'fixed' ? barH + (t.strip === 'promo-strip' ? 36 : 8) : 8}px 20px 20px">${mainHtml}</main>${footer}${consent}${widget}`;

  const A = assistantConfig(x);
  if (wx) {
    widenAssistant(x, wx, A);
    k.bar = barTok;
    k.barHides = wx.t.barScroll === 'hides';
  }
  const appTok = c.token();
  k.app = appTok;
  const config: Record<string, unknown> = {
    kind: 'site',
    lang: x.lang,
    side,
    k,
    gh,
    menuMech: t.menu,
    menuHtml,
    hoverDelay: d.pick([0, 80, 150, 250]),
    closeDelay: d.pick([200, 300, 400]),
    triggerClick,
    signin: t.signin,
    signedInPath: o.signedInPath,
    container: t.container,
    assistantPath: o.assistantPath,
    openDelay: d.pick([100, 400, 900]),
    dockIn: d.pick(['body', 'main']),
    shadowTag: d.pick(['wish-assistant', 'support-chat-root', 'div']),
    A,
  };
  if (wx) config.side = mside; // the portal menu opens toward the page (right to left too)
  // A sign-in that swaps the signed-in page in place (a single-page app): the signed-in markup
  // waits in a <template> (not part of the document until used), with its own tokens.
  let template = '';
  if (o.signedOut && t.signin === 'swap') {
    const inner = buildSitePage(x, { ...o, signedOut: false });
    const tplId = `t${d.hex(6)}`;
    template = `<template id="${tplId}">${inner.appInner}</template>`;
    const ic = inner.config as { k: Record<string, unknown>; gh: unknown; menuHtml: unknown };
    config.k = { ...ic.k, signIn: k.signIn, tpl: tplId, app: appTok };
    config.gh = ic.gh;
    config.menuHtml = ic.menuHtml;
    css.push(...inner.css);
    for (const s of inner.truth) truth.add(s);
  }
  const script = PAGE_SCRIPT.replace('__CONFIG__', () => JSON.stringify(config).replace(/</g, '\\u003c'));
  const html = `<!doctype html><html lang="${x.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Wish</title><style>body{margin:0;font:15px/1.4 sans-serif}${css.join('')}${(A.css as string).replace(/:host\{[^}]*\}/, '')}${pageDockCss(A)}</style></head><body><div class="${c.sc('App__Root', appTok)}">${appInner}</div>${template}<script>${script}</script></body></html>`;
  return { html, truth: [...truth], config, appInner, css };
}

function pageDockCss(A: Record<string, unknown>): string {
  const K = A.cls as Record<string, string>;
  return (
    `.${K.dock}{position:fixed;right:16px;bottom:16px;width:360px;height:520px;z-index:1000;display:block}` +
    `.${K.dock} iframe,.${K.frame}{width:100%;height:100%;border:1px solid #bbb;background:#fff}` +
    `.${K.backdrop}{position:fixed;inset:0;background:#0006;z-index:1000;display:flex;align-items:center;justify-content:center}` +
    `.${K.dialog}{width:420px;height:560px;background:#fff;border-radius:8px;overflow:hidden}`
  );
}

/** The assistant's words and structure for a variant (read by page-script.ts). */
function assistantConfig(x: Ctx): Record<string, unknown> {
  const { d, w, t } = x;
  const cls: Record<string, string> = {};
  for (const k of [
    'panel',
    'head',
    'title',
    'close',
    'log',
    'replies',
    'composer',
    'bot',
    'me',
    'btn',
    'article',
    'input',
    'label',
    'send',
    'dock',
    'backdrop',
    'dialog',
    'frame',
  ])
    cls[k] = x.c.token();
  const sub = (label: string, subs: string[]) => ({
    label,
    kind: 'sub',
    prompt: d.pick(w.subPrompt),
    sub: d.shuffle(subs).slice(0, d.int(1, 3)),
  });
  const cancel = { label: d.pick(w.cancelItem), kind: 'cancel' };
  const topicsMenu = d.shuffle([
    sub(d.pick(w.myAccount), w.subAccount),
    sub(d.pick(w.payment), w.subPayment),
    cancel,
  ]);
  const topicsOrder = d.shuffle([
    sub(d.pick(w.whereOrder), w.subOrder),
    sub(d.pick(w.refund), w.subOrder),
    sub(d.pick(w.notAsDescribed), w.subOrder),
    cancel,
  ]);
  const hello = d.pick(w.botHello);
  const K = cls;
  const css =
    `:host{all:initial}` +
    `.${K.panel}{display:flex;flex-direction:column;height:100%;min-height:480px;background:#fff;font:14px sans-serif;color:#222;border:1px solid #ccc;box-sizing:border-box}` +
    `.${K.head}{display:flex;justify-content:space-between;align-items:center;padding:8px 12px;background:#2fb7ec;color:#fff}` +
    `.${K.title}{font-size:16px;margin:0}` +
    `.${K.close}{background:none;border:0;color:#fff;font-size:20px;cursor:pointer}` +
    `.${K.log}{flex:1;overflow:auto;padding:10px}` +
    `.${K.bot}{background:#f1f1f1;border-radius:10px;padding:8px 10px;margin:6px 30px 6px 0}` +
    `.${K.me}{background:#d8f0fb;border-radius:10px;padding:8px 10px;margin:6px 0 6px 30px;text-align:right}` +
    `.${K.replies}{display:flex;flex-wrap:wrap;gap:6px;padding:6px 10px}` +
    `.${K.btn}{display:inline-block;border:1px solid #2fb7ec;border-radius:16px;padding:6px 12px;background:#fff;color:#1a8fc0;cursor:pointer;font:inherit;text-decoration:none}` +
    `.${K.composer}{display:flex;gap:6px;padding:8px;border-top:1px solid #ddd;align-items:flex-end;flex-wrap:wrap}` +
    `.${K.input}{flex:1;min-height:48px;border:1px solid #aaa;padding:6px;font:inherit}` +
    `.${K.input}[contenteditable]:empty::before{content:attr(aria-placeholder);color:#999}` +
    `.${K.label}{width:100%;font-size:12px;color:#555}` +
    `.${K.send}{padding:8px 14px;background:#2fb7ec;color:#fff;border:0;border-radius:4px;cursor:pointer}`;
  return {
    cls,
    css,
    locale: LOCALE[x.lang],
    title: d.pick(w.assistantTitle),
    titleTag: d.pick(['h2', 'div', 'span']),
    logRole: t.container === 'log',
    repliesInLog: t.container === 'log' ? d.chance(0.5) : d.chance(0.3),
    btnKind: d.pick(['button', 'button', 'div', 'link']),
    delay: d.pick([100, 300, 700]),
    typing: '…',
    hello,
    helloOrder: `${hello} (#{order})`,
    topicsMenu,
    topicsOrder,
    cancelAsk: d.pick(w.subPrompt),
    somethingElse: d.pick(w.somethingElse),
    elsePos: d.pick(['first', 'last']),
    withBack: d.chance(0.5),
    back: w.backToMenu,
    answerText: d.pick(w.faqArticles),
    wasHelpful: w.wasHelpful,
    thanks: w.sentThanks,
    yes: w.yes,
    no: w.no,
    faqIntro: d.pick(w.faqIntro),
    faqArticles: d.shuffle(w.faqArticles),
    agentMode: t.agent,
    agent: d.pick(w.agent),
    agentFirst: d.chance(0.5),
    agentQuestion: d.pick(w.agentQuestion),
    messagePrompt: d.pick(w.messagePrompt),
    input: t.input,
    labelKind: t.label,
    placeholder: d.pick(w.messagePlaceholder),
    label: d.pick(w.messageLabel),
    inputId: `m${d.hex(6)}`,
    sendIcon: d.chance(0.35),
    sendText: d.pick(w.send),
    sendAria: d.pick(w.sendAria),
    sent: w.sentThanks,
    close: w.close,
  };
}

/** The assistant on its own page (a new tab, or the page of an iframe). */
function assistantPage(x: Ctx, siteConfig: Record<string, unknown>): string {
  const A = siteConfig.A as Record<string, unknown>;
  const appTok = x.c.token();
  const config = { ...siteConfig, kind: 'assistant', k: { app: appTok } };
  const script = PAGE_SCRIPT.replace('__CONFIG__', () => JSON.stringify(config).replace(/</g, '\\u003c'));
  return `<!doctype html><html lang="${x.lang}"><head><meta charset="utf-8"><title>Wish</title><style>body{margin:0;font:15px sans-serif;background:#eef}.${appTok}{max-width:520px;height:100vh;margin:0 auto}${(A.css as string).replace(/:host\{[^}]*\}/, '')}</style></head><body><div class="${appTok}"></div><script>${script}</script></body></html>`;
}

// ------------------------------------------------------------------ wide variants

/** Div soup: no landmarks, lists or headings, and buttons drawn as role=button divs. */
function soup(html: string): string {
  return html
    .replace(/<(\/?)(header|nav|main|footer|section|article|aside|ul|li|h1|h2)\b/g, '<$1div')
    .replace(/<button type="button"/g, '<div role="button" tabindex="0"')
    .replace(/<button\b/g, '<div role="button" tabindex="0"')
    .replace(/<\/button>/g, '</div>');
}

/** A wide variant's page: its language and direction, and div soup, outside its script. */
function widenPage(x: Ctx, wx: Wide, html: string): string {
  const at = html.indexOf('<script>');
  let head = at < 0 ? html : html.slice(0, at);
  const tail = at < 0 ? '' : html.slice(at);
  const open = `<html lang="${x.lang}">`;
  if (wx.t.mix === 'rtl') head = head.replace(open, `<html lang="${x.lang}" dir="rtl">`);
  if (wx.t.mix === 'lang-attr') head = head.replace(open, x.lang === 'en' ? '<html>' : '<html lang="en">');
  if (wx.t.markup === 'div-soup') head = soup(head);
  return head + tail;
}

/** The assistant of a wide variant: fresh wordings, English on a translated site, shaped
 *  labels, and its behaviour (chat axis). Only the wide stream is drawn here. */
function widenAssistant(x: Ctx, wx: Wide, A: Record<string, unknown>): void {
  const en = wx.t.mix === 'assistant-en';
  const fresh = wx.t.wording === 'fresh';
  const p = <T>(l: readonly T[]) => wx.d.pick(l);
  A.shape = wx.t.text;
  A.chat = wx.t.chat;
  if (wx.t.markup === 'div-soup') A.btnKind = 'div';
  if (!en && !fresh) return;
  const w0 = WORDS[x.lang];
  const w = en ? WORDS.en : w0;
  const f = en ? FRESH.en : wx.f;
  type Topic = { label: string; kind: string; prompt?: string; sub?: string[] };
  const relabel = (tp: Topic): Topic => {
    const subs = (l: string[]) => wx.d.shuffle(l).slice(0, wx.d.int(1, 3));
    if (tp.kind === 'cancel') return { ...tp, label: p(w.cancelItem) };
    const base = { ...tp, prompt: p(w.subPrompt) };
    if (w0.myAccount.includes(tp.label))
      return { ...base, label: p(fresh ? f.myAccount : w.myAccount), sub: subs(w.subAccount) };
    if (w0.payment.includes(tp.label))
      return { ...base, label: p(fresh ? f.payment : w.payment), sub: subs(w.subPayment) };
    if (w0.whereOrder.includes(tp.label))
      return { ...base, label: p(fresh ? f.whereOrder : w.whereOrder), sub: subs(w.subOrder) };
    if (w0.refund.includes(tp.label)) return { ...base, label: p(w.refund), sub: subs(w.subOrder) };
    return { ...base, label: p(w.notAsDescribed), sub: subs(w.subOrder) };
  };
  A.topicsMenu = (A.topicsMenu as Topic[]).map(relabel);
  A.topicsOrder = (A.topicsOrder as Topic[]).map(relabel);
  const hello = p(w.botHello);
  Object.assign(A, {
    locale: en ? 'en-us' : A.locale,
    title: p(w.assistantTitle),
    hello,
    helloOrder: `${hello} (#{order})`,
    cancelAsk: p(w.subPrompt),
    somethingElse: p(fresh ? f.somethingElse : w.somethingElse),
    back: w.backToMenu,
    answerText: p(w.faqArticles),
    wasHelpful: w.wasHelpful,
    thanks: w.sentThanks,
    yes: fresh ? p(f.yes) : w.yes,
    no: fresh ? p(f.no) : w.no,
    faqIntro: p(w.faqIntro),
    faqArticles: wx.d.shuffle(w.faqArticles),
    agent: p(fresh ? f.agent : w.agent),
    agentQuestion: p(fresh ? f.agentQuestion : w.agentQuestion),
    messagePrompt: p(w.messagePrompt),
    placeholder: p(fresh ? f.messagePlaceholder : w.messagePlaceholder),
    label: p(w.messageLabel),
    sendText: p(fresh ? f.send : w.send),
    sendAria: p(w.sendAria),
    sent: w.sentThanks,
    close: w.close,
  });
}
