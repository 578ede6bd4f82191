// The simulated shopper. Given a Chromium page (playwright-core) on a generated variant with
// the guide started, it waits for the element the guide highlights (`data-wsg-step`, in the
// page, in same-origin iframes, in open shadow roots, or in a new tab), checks it against the
// ground truth the page recorded in its own JavaScript world, then acts as a shopper does,
// with real input: hovers the account trigger (never clicks it), clicks the other steps,
// types a message. The first wrong highlight ends the walk: a shopper who trusts the guide
// follows it and gets lost.
import type { BrowserContext, ElementHandle, Frame, Page } from 'playwright-core';
import type { StepId, Variant } from './generate';

export interface WrongHighlight {
  step: string;
  /** The highlighted element, described. */
  element: string;
  /** What the truth for that step is on this page ('' when the page has none). */
  truth: string;
  url: string;
}

export interface WalkResult {
  id: string;
  /** A correct highlight of the message box was seen. */
  reached: boolean;
  /** The message was sent through the variant's own form. */
  sent: boolean;
  wrong: WrongHighlight[];
  /** Steps acted on, in order. */
  acted: string[];
  /** Where the walk ended: 'sent', 'stuck at <step>', 'wrong highlight at <step>', 'error'. */
  stoppedAt: string;
  detail?: string;
  /** The shopper found a step by themselves, as the guide's "can't find this step" popover asks
   *  (today: hovering their own name or picture when nothing at the top was highlighted). A
   *  walk reached this way counts apart from one the guide led alone. */
  selfHelp?: string[];
  ms: number;
}

export interface WalkOptions {
  /** How long to wait for each next highlight. Generous: on a slow machine a correct guide must
   *  still pass; a wait this long only happens when the guide is stuck. */
  stepTimeoutMs?: number;
  /** Called for every top-level document that loads after the walk starts (a new tab, a
   *  navigation), with the step the shopper is at: engine mode injects the engine there. */
  onDocument?: (page: Page, nextStep: StepId) => Promise<void>;
  /** Oracle mode: the walker highlights the truth itself (proves the variant is walkable). */
  oracle?: boolean;
  message?: string;
  /** When nothing is highlighted at the account step for this long, the shopper hovers their
   *  own name or picture, as the popover that says the step was not found tells them to
   *  (default 6 s, the guide's own wait before it says so; 0: never). */
  selfHoverAfterMs?: number;
}

export const STEP_TIMEOUT_MS = 10_000;
const POLL_MS = 100;

const isSite = (url: string) => /^https:\/\/(www\.)?wish\.com\//.test(url);

interface Mark {
  handle: ElementHandle<Element>;
  step: string;
  frame: Frame;
  page: Page;
  /** The step this element was already acted on for (an expando, not an attribute). */
  acted: string | null;
}

/** Every element carrying data-wsg-step in this frame, including inside open shadow roots. */
async function marksIn(frame: Frame, page: Page): Promise<Mark[]> {
  let list;
  try {
    list = await frame.evaluateHandle(() => {
      const out: Element[] = [];
      const visit = (root: Document | ShadowRoot) => {
        for (const el of root.querySelectorAll('[data-wsg-step]')) out.push(el);
        for (const el of root.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
      };
      visit(document);
      return out;
    });
  } catch {
    return []; // the frame navigated or went away while we looked
  }
  const props = await list.getProperties().catch(() => null);
  if (!props) return []; // the frame was detached meanwhile
  const marks: Mark[] = [];
  for (const p of props.values()) {
    const handle = p.asElement() as ElementHandle<Element> | null;
    if (!handle) continue;
    const info = await handle
      .evaluate((el) => ({
        step: el.getAttribute('data-wsg-step'),
        acted: ((el as unknown as { __corpusActed?: string }).__corpusActed ?? null) as string | null,
      }))
      .catch(() => null);
    // The attribute may have moved on between the query and this read: skip it then.
    if (info && info.step !== null) marks.push({ handle, step: info.step, acted: info.acted, frame, page });
  }
  await list.dispose();
  return marks;
}

function sitePages(context: BrowserContext): Page[] {
  return context.pages().filter((p) => !p.isClosed() && isSite(p.url()));
}

async function allMarks(context: BrowserContext): Promise<Mark[]> {
  const out: Mark[] = [];
  for (const page of sitePages(context))
    for (const frame of page.frames()) out.push(...(await marksIn(frame, page)));
  return out;
}

interface Check {
  ok: boolean;
  element: string;
  truth: string;
}

/** Is this highlighted element the truth for `step`, or the same control (the truth's own
 *  part, or a wrapper around it holding nothing else that can be acted on)? Runs in the
 *  element's frame; the truth may be recorded by that frame or by a parent (an assistant the
 *  page mounts in an iframe of its own). */
async function checkTruth(handle: ElementHandle<Element>, step: string): Promise<Check> {
  return handle.evaluate((el, s) => {
    // Replaced by the page since it was listed (a block re-rendered in place): the shopper
    // never sees it; look again.
    if (!el.isConnected) return { ok: false, element: '(gone: detached)', truth: '' };
    const describe = (e: Element | null) => {
      if (!e) return '';
      const text = (e.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
      const label =
        e.getAttribute('aria-label') ?? e.getAttribute('alt') ?? e.getAttribute('placeholder') ?? '';
      const cls = (e.getAttribute('class') ?? '').split(/\s+/)[0] ?? '';
      return `<${e.tagName.toLowerCase()}${cls ? ' .' + cls : ''}${label ? ` "${label}"` : ''}> ${text}`.trim();
    };
    const truths: Element[] = [];
    let w: Window = window;
    for (let i = 0; i < 6; i++) {
      try {
        const map = (w as unknown as { __corpusTruth?: Map<string, Element[]> }).__corpusTruth;
        for (const t of map?.get(s) ?? []) if (t.isConnected) truths.push(t);
        if (w === w.parent) break;
        w = w.parent;
      } catch {
        break; // a cross-origin parent
      }
    }
    const result = { ok: false, element: describe(el), truth: truths.map(describe).join(' | ') };
    const INTERACTIVE =
      'a[href],button,input,select,textarea,[role=button],[role=menuitem],[role=link],[role=textbox],[contenteditable=true],[contenteditable=""],[tabindex]';
    const visible = (e: Element) => {
      const r = e.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden';
    };
    const area = (e: Element) => {
      const r = e.getBoundingClientRect();
      return r.width * r.height;
    };
    for (const t of truths) {
      if (t === el) return { ...result, ok: true };
      if (t.contains(el)) {
        // A part of the control (its label, icon, image): nothing else actionable in between.
        let n: Element | null = el;
        let fine = true;
        while (n && n !== t) {
          if (n.matches(INTERACTIVE)) fine = false;
          n = n.parentElement;
        }
        if (fine) return { ...result, ok: true };
      }
      if (el.contains(t)) {
        // A wrapper around the control: no other visible actionable element, about its size.
        const others = [...el.querySelectorAll(INTERACTIVE)].filter(
          (e) => e !== t && !t.contains(e) && visible(e),
        );
        const a = area(el);
        const b = area(t);
        if (others.length === 0 && a <= Math.max(b * 3, b + 6000)) return { ...result, ok: true };
      }
    }
    return result;
  }, step);
}

const HOVER_STEPS = new Set(['account-menu']);
const SELF_HOVER_AFTER_MS = 6000;

/** The shopper hovers the true element of `step` by themselves (main frames only). */
async function hoverTruth(context: BrowserContext, step: StepId): Promise<boolean> {
  for (const page of sitePages(context)) {
    const handle = await page
      .evaluateHandle((s) => {
        const map = (window as unknown as { __corpusTruth?: Map<string, Element[]> }).__corpusTruth;
        return (
          (map?.get(s) ?? []).find((e) => {
            const r = e.getBoundingClientRect();
            return e.isConnected && r.width > 0 && r.height > 0;
          }) ?? null
        );
      }, step)
      .catch(() => null);
    const el = handle?.asElement() as ElementHandle<Element> | null | undefined;
    if (!el) continue;
    try {
      // Their name in a bar that hid as the page scrolled: they scroll up to it first.
      await scrollToward(page, el);
      await page.mouse.move(5, 400);
      await el.hover({ timeout: 5000 });
      return true;
    } catch {
      return false;
    } finally {
      void el.dispose().catch(() => undefined);
    }
  }
  return false;
}

/** Oracle: highlight the first visible truth element for `step`, as a perfect guide would. */
async function oracleMark(context: BrowserContext, step: StepId): Promise<void> {
  for (const page of sitePages(context))
    for (const frame of page.frames()) {
      await frame
        .evaluate((s) => {
          // Cut away by a box that hides what overflows it: no wheel scrolls such a box, though
          // a script's scrollIntoView (the walker's click) would; a page hiding its own answer
          // so is not walkable by a shopper, and the oracle must say so. A box that scrolls
          // stands for what it holds; a fixed element escapes every box above it.
          const cut = (e: Element) => {
            let r = e.getBoundingClientRect();
            for (let n: Element | null = e; n;) {
              if (getComputedStyle(n).position === 'fixed') return false;
              const up: Element | null =
                n.parentElement ?? ((n.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
              if (!up || up === document.body || up === document.documentElement) return false;
              const b = up.getBoundingClientRect();
              const apartY = r.top >= b.bottom - 1 || r.bottom <= b.top + 1;
              const apartX = r.left >= b.right - 1 || r.right <= b.left + 1;
              const cs = getComputedStyle(up);
              const clips = (o: string) => o === 'hidden' || o === 'clip';
              if ((apartY && clips(cs.overflowY)) || (apartX && clips(cs.overflowX))) return true;
              if (/auto|scroll/.test(`${cs.overflowX} ${cs.overflowY}`)) r = b;
              n = up;
            }
            return false;
          };
          const visible = (e: Element) => {
            const r = e.getBoundingClientRect();
            return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden' && !cut(e);
          };
          const map = (window as unknown as { __corpusTruth?: Map<string, Element[]> }).__corpusTruth;
          for (const el of document.querySelectorAll('[data-wsg-step]'))
            if (el.getAttribute('data-wsg-step') !== s) el.removeAttribute('data-wsg-step');
          const t = (map?.get(s) ?? []).find((e) => e.isConnected && visible(e));
          if (t && !t.hasAttribute('data-wsg-step')) t.setAttribute('data-wsg-step', s);
        }, step)
        .catch(() => undefined);
    }
}

async function sentAnywhere(context: BrowserContext): Promise<boolean> {
  for (const page of sitePages(context))
    for (const frame of page.frames()) {
      const sent = await frame
        .evaluate(() => !!(window as unknown as { __corpusSent?: string }).__corpusSent)
        .catch(() => false);
      if (sent) return true;
    }
  return false;
}

export async function walk(
  context: BrowserContext,
  variant: Variant,
  options: WalkOptions = {},
): Promise<WalkResult> {
  const started = Date.now();
  // CORPUS_TRACE=1: what the walker sees and does, for one variant's failure.
  const trace = (...what: unknown[]) =>
    process.env.CORPUS_TRACE && console.log(`${variant.id} +${Date.now() - started} ms:`, ...what);
  const stepTimeout = options.stepTimeoutMs ?? STEP_TIMEOUT_MS;
  // Acting on a correct highlight is the shopper's part, not the guide's: on a loaded machine
  // an iframe's click can take longer than a step's wait, and must not fail the guide.
  const actTimeout = Math.max(3 * stepTimeout, 30_000);
  const steps = variant.steps;
  const acted: string[] = [];
  const selfHelp: string[] = [];
  const selfHoverAfter = options.selfHoverAfterMs ?? SELF_HOVER_AFTER_MS;
  const wrong: WrongHighlight[] = [];
  let reached = false;
  // The step being acted on: a page its click opens (a new tab) may load before the click's
  // promise settles, and the guide there resumes after that step, as the extension's would.
  let acting: StepId | null = null;
  const nextStep = (): StepId => {
    const last = acting ?? acted[acted.length - 1];
    const i = last ? steps.indexOf(last as StepId) : -1;
    return steps[Math.min(i + 1, steps.length - 1)] ?? steps[0]!;
  };
  const finish = (stoppedAt: string, detail?: string, sent = false): WalkResult => ({
    id: variant.id,
    reached,
    sent,
    wrong,
    acted,
    stoppedAt,
    ...(detail ? { detail } : {}),
    ...(selfHelp.length ? { selfHelp: [...selfHelp] } : {}),
    ms: Date.now() - started,
  });

  // New tabs and navigations: tell the driver (engine mode injects the engine there).
  const watched = new WeakSet<Page>();
  const watch = (page: Page) => {
    if (watched.has(page)) return;
    watched.add(page);
    page.on('domcontentloaded', () => {
      if (options.onDocument && isSite(page.url()))
        void options.onDocument(page, nextStep()).catch(() => undefined);
    });
  };
  for (const p of context.pages()) watch(p);
  const onPage = (p: Page) => {
    watch(p);
    // A page opened by the site may already have loaded before the listener was attached.
    void p
      .waitForLoadState('domcontentloaded')
      .then(async () => {
        if (options.onDocument && isSite(p.url())) await options.onDocument(p, nextStep());
      })
      .catch(() => undefined);
  };
  context.on('page', onPage);

  try {
    let deadline = Date.now() + stepTimeout;
    let stepSince = Date.now();
    let lastHoverAt = 0;
    let hoverRetries = 0;
    for (;;) {
      if (options.oracle) await oracleMark(context, nextStep());
      const marks = await allMarks(context);
      // Several fresh highlights at once (say the message box and Send): the shopper takes
      // them in the route's order.
      const rank = (step: string) =>
        steps.includes(step as StepId) ? steps.indexOf(step as StepId) : steps.length;
      const fresh = marks.filter((m) => m.acted !== m.step).sort((a, b) => rank(a.step) - rank(b.step));
      if (fresh.length > 0) {
        // Check every fresh highlight: any wrong one counts.
        let chosen: Mark | undefined;
        for (const m of fresh) {
          const check = await checkTruth(m.handle, m.step).catch((e: Error): Check => ({
            ok: false,
            element: `(gone: ${e.message.slice(0, 60)})`,
            truth: '',
          }));
          if (check.element.startsWith('(gone')) continue; // replaced while we looked: look again
          if (!check.ok) {
            wrong.push({ step: m.step, element: check.element, truth: check.truth, url: m.page.url() });
          } else chosen ??= m;
        }
        if (wrong.length > 0) return finish(`wrong highlight at ${wrong[0]!.step}`, wrong[0]!.element);
        if (chosen) {
          const step = chosen.step as StepId;
          trace('acts on', step, marks.map((m) => `${m.step}${m.acted ? ' (acted)' : ''}`).join(', '));
          if (step === 'message') reached = true;
          await chosen.handle
            .evaluate((el, s) => {
              (el as unknown as { __corpusActed?: string }).__corpusActed = s;
            }, step)
            .catch(() => undefined);
          try {
            await chosen.page.bringToFront().catch(() => undefined);
            acting = step;
            if (chosen.frame === chosen.page.mainFrame()) await scrollToward(chosen.page, chosen.handle);
            if (HOVER_STEPS.has(step)) {
              await chosen.page.mouse.move(5, 400).catch(() => undefined);
              await chosen.handle.hover({ timeout: actTimeout });
              lastHoverAt = Date.now();
            } else if (step === 'message') {
              // As a shopper writes: a click into the box, then the keyboard (typing into the
              // element itself loses the text when the box is a frame holding an editable page).
              await chosen.handle.click({ timeout: actTimeout });
              await chosen.page.keyboard.type(options.message ?? 'My order never arrived. Please refund it.');
            } else {
              // A shopper's pointer is not left parked on a hover menu of the bar (a help menu
              // opened where they clicked "Sign in") while they aim below it: only the account
              // menu's own entry is clicked with the pointer still in that menu.
              if (step !== 'customer-support') await chosen.page.mouse.move(5, 400).catch(() => undefined);
              // The menu may close before the pointer gets there on a loaded machine: a few
              // seconds, then the shopper hovers their name again (below).
              await chosen.handle.click({ timeout: step === 'customer-support' ? 8000 : actTimeout });
            }
          } catch (e) {
            // The page replaced the element between the look and the act (a menu rebuilt on a
            // slow machine): look again, as a shopper would, within the step's time.
            trace('could not act', step, (e as Error).message.split('\n')[0]);
            if (/not attached|detached/i.test((e as Error).message) && Date.now() < deadline) {
              await sleep(POLL_MS);
              continue;
            }
            // The account menu closed under the pointer: hover the name again, as a shopper does.
            if (step === 'customer-support' && /timeout/i.test((e as Error).message) && hoverRetries < 3) {
              hoverRetries++;
              trace('the menu closed: hovers their name again');
              await chosen.page.mouse.move(5, 400).catch(() => undefined);
              // What they hovered before: the element the walk acted on at the account step.
              const before = await chosen.page
                .evaluateHandle(() =>
                  [...document.querySelectorAll('*')].find(
                    (el) => (el as unknown as { __corpusActed?: string }).__corpusActed === 'account-menu',
                  ),
                )
                .catch(() => null);
              await before
                ?.asElement()
                ?.hover({ timeout: 5000 })
                .catch(() => undefined);
              void before?.dispose().catch(() => undefined);
              lastHoverAt = Date.now();
              deadline = Date.now() + stepTimeout;
              continue;
            }
            return finish(`could not act at ${step}`, (e as Error).message.split('\n')[0]);
          } finally {
            acting = null;
          }
          acted.push(step);
          stepSince = Date.now();
          if (step === 'send') {
            const end = Date.now() + stepTimeout;
            while (Date.now() < end && !(await sentAnywhere(context))) await sleep(POLL_MS);
            const sent = await sentAnywhere(context);
            return finish(sent ? 'sent' : 'send did not send', undefined, sent);
          }
          deadline = Date.now() + stepTimeout;
          continue;
        }
      }
      // The account menu closes when the pointer leaves it: a shopper whose highlight still
      // sits on the trigger a while after hovering it hovers again (a few times).
      const stale = marks.find((m) => m.acted === 'account-menu' && m.step === 'account-menu');
      if (stale && Date.now() - lastHoverAt > 3000 && hoverRetries < 3) {
        hoverRetries++;
        trace('hovers the trigger again');
        await stale.page.mouse.move(5, 400).catch(() => undefined);
        await stale.handle.hover({ timeout: 2000 }).catch(() => undefined);
        lastHoverAt = Date.now();
      }
      // Nothing highlighted at the top for a while: the guide's popover now says it cannot find
      // the name and asks the shopper to move the mouse over their name or picture; a shopper
      // knows where that is. The guide may learn the trigger from that hover (issue #10, 3).
      if (
        selfHoverAfter > 0 &&
        marks.length === 0 &&
        nextStep() === 'account-menu' &&
        !selfHelp.includes('account-menu') &&
        Date.now() - stepSince > selfHoverAfter
      ) {
        trace('hovers their own name');
        if (await hoverTruth(context, 'account-menu')) {
          selfHelp.push('account-menu');
          lastHoverAt = Date.now();
          deadline = Date.now() + stepTimeout;
        }
      }
      const showing = [...new Set(marks.map((m) => m.step))];
      for (const m of marks) void m.handle.dispose().catch(() => undefined);
      if (Date.now() > deadline) {
        // Say what the guide still shows: nothing, or the step already acted on.
        const detail = showing.length ? `highlight still on ${showing.join(', ')}` : 'nothing highlighted';
        if (reached && acted.includes('message')) return finish('stuck at send', detail);
        return finish(`stuck at ${nextStep()}`, detail);
      }
      await sleep(POLL_MS);
    }
  } catch (e) {
    return finish('error', (e as Error).message.split('\n')[0]);
  } finally {
    context.off('page', onPage);
  }
}

/** A highlight above or below the window (say in a top bar that hid while the page scrolled
 *  down): the shopper scrolls toward it with the wheel, as a person would, before acting. */
async function scrollToward(page: Page, handle: ElementHandle<Element>): Promise<void> {
  for (let i = 0; i < 10; i++) {
    const where = await handle
      .evaluate((el) => {
        const r = el.getBoundingClientRect();
        if (r.bottom <= 0) return -1;
        if (r.top >= innerHeight) return 1;
        // Half slid away under a strip pinned above it (a bar hiding as the page scrolled
        // down): what the shopper sees at its middle is the strip, so they scroll up.
        const x = r.left + r.width / 2;
        const y = r.top + r.height / 2;
        if (y < 0) return -1;
        // The page's own pinned strip, at the window's top: not the guide's overlay or popover,
        // which may lie over what it points at.
        let seen = y < innerHeight ? document.elementFromPoint(x, y) : null;
        if (!seen || seen.closest('[data-wsg-ui]') || el.contains(seen) || seen.contains(el)) return 0;
        while (seen && getComputedStyle(seen).position !== 'fixed') seen = seen.parentElement;
        const strip = !!seen && !seen.contains(el) && seen.getBoundingClientRect().top <= 1;
        return strip && r.top < innerHeight / 4 ? -1 : 0;
      })
      .catch(() => 0);
    if (where === 0) return;
    await page.mouse.move(640, 300).catch(() => undefined);
    await page.mouse.wheel(0, where * 400).catch(() => undefined);
    await sleep(250);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
