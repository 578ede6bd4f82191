// One page watcher for everything that waits on the page (the guide, waitFor): a
// MutationObserver per document (the page and its same-origin iframes) and the pointer, focus
// and animation events that reveal CSS-hover menus. It calls back at most once per animation
// frame and remembers the elements the page added or changed lately, so the guide can tell
// what appeared after the shopper's hover or click.

export const REVEAL_EVENTS = [
  'mouseover',
  'mouseout',
  'focusin',
  'click',
  'transitionend',
  'animationstart',
  'animationend',
  'load',
  'input',
] as const;

const ATTRIBUTES = ['class', 'style', 'hidden', 'open', 'aria-expanded', 'aria-hidden', 'disabled'];
const RECENT_MAX = 40;
/** The most a change waits for its check when no frame comes. */
const BACKUP_MS = 100;
/** One frame at 60 Hz: checks come at most this often. */
const FRAME_MS = 16;
const now = () => globalThis.performance?.now() ?? Date.now();

export class PageWatcher {
  private readonly observers: MutationObserver[] = [];
  private readonly observed = new WeakSet<Document>();
  private readonly recentList: Element[] = [];
  /** How many changes were ever recorded: a mark to ask "what came after this moment". */
  private recorded = 0;
  /** When each recent element was last recorded (an element changed again moves to the end). */
  private readonly recordedAt = new WeakMap<Element, number>();
  private frame = 0;

  constructor(
    private readonly onChange: () => void,
    private readonly signal: AbortSignal,
  ) {
    signal.addEventListener('abort', () => this.disconnect(), { once: true });
  }

  /** Watches a document (and, through `watchFrames`, its same-origin iframes). */
  watch(doc: Document): void {
    if (this.signal.aborted || this.observed.has(doc) || !doc.documentElement) return;
    this.observed.add(doc);
    const Observer = doc.defaultView?.MutationObserver ?? MutationObserver;
    const observer = new Observer((records) => this.onRecords(records));
    observer.observe(doc.documentElement, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ATTRIBUTES,
    });
    this.observers.push(observer);
    for (const type of REVEAL_EVENTS) listenUntil(doc, type, this.schedule, this.signal, true, true);
    if (doc.defaultView) listenUntil(doc.defaultView, 'resize', this.schedule, this.signal);
    this.watchFrames(doc);
  }

  /** An open shadow root the assistant is drawn in: a document's observer does not see into
   *  it, and a widget rebuilding only its shadow root (the bot's reply) changes nothing else. Its
   *  changes only call for a look; what it adds is found by searching the root. */
  watchRoot(root: ShadowRoot): void {
    if (this.signal.aborted || this.observedRoots.has(root)) return;
    this.observedRoots.add(root);
    const Observer = root.ownerDocument.defaultView?.MutationObserver ?? MutationObserver;
    const observer = new Observer(() => this.schedule());
    observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ATTRIBUTES });
    this.observers.push(observer);
  }

  private readonly observedRoots = new WeakSet<ShadowRoot>();

  /** Same-origin iframes in `doc` (the assistant may live in one). */
  watchFrames(doc: Document): void {
    for (const frame of doc.querySelectorAll('iframe, frame')) {
      try {
        const inner = (frame as HTMLIFrameElement).contentDocument;
        if (inner?.documentElement) this.watch(inner);
      } catch {
        // cross-origin: not ours to read
      }
    }
  }

  /** A mark for `since`: elements recorded after now. */
  mark(): number {
    return this.recorded;
  }

  /** Elements added or changed since a mark (at most the last few dozen), newest last. */
  since(mark: number): Element[] {
    // By each element's own record, not a count from the end: an element changed twice after
    // the mark (a menu hidden and shown again) is one entry, and a count would take older
    // ones with it (a third party's chat on show before the click).
    return this.recentList.filter((el) => (this.recordedAt.get(el) ?? 0) > mark);
  }

  get recent(): readonly Element[] {
    return this.recentList;
  }

  private onRecords(records: MutationRecord[]): void {
    for (const r of records) {
      if (r.type === 'childList') {
        for (const node of r.addedNodes) if (node.nodeType === 1) this.remember(node as Element);
      } else if (r.target.nodeType === 1) this.remember(r.target as Element);
    }
    // A change after a quiet spell is checked now: the mutation callback runs before the
    // browser paints, so the highlight shows in the frame the element does. A burst of
    // changes still waits for the next frame, one check for all of them.
    if (now() - this.lastRun >= FRAME_MS) this.flush();
    else this.schedule();
  }

  private lastRun = -Infinity;

  private remember(el: Element): void {
    if (el.hasAttribute('data-wsg-ui') || el.localName === 'script' || el.localName === 'style') return;
    const i = this.recentList.lastIndexOf(el);
    if (i >= 0) this.recentList.splice(i, 1);
    this.recentList.push(el);
    this.recordedAt.set(el, ++this.recorded);
    if (this.recentList.length > RECENT_MAX) this.recentList.shift();
  }

  /** At most one call a frame, however many changes and events come. A timer backs the
   *  frame up: a tab the browser does not paint (behind another, headless) gets no frames. */
  readonly schedule = (): void => {
    if (this.frame || this.signal.aborted) return;
    const win = globalThis as typeof globalThis & { requestAnimationFrame?: (cb: () => void) => number };
    const run = () => {
      if (!this.frame) return;
      this.cancelFrame();
      if (this.signal.aborted) return;
      this.lastRun = now();
      this.onChange();
    };
    this.frame = win.requestAnimationFrame ? win.requestAnimationFrame(run) : -1;
    this.backup = setTimeout(run, BACKUP_MS);
  };

  private backup: ReturnType<typeof setTimeout> | undefined;

  private cancelFrame(): void {
    if (this.frame > 0) globalThis.cancelAnimationFrame?.(this.frame);
    this.frame = 0;
    clearTimeout(this.backup);
  }

  /** Calls back now (a mutation callback runs before paint: the same frame the change shows). */
  flush(): void {
    if (this.signal.aborted) return;
    if (this.frame) this.cancelFrame();
    this.lastRun = now();
    this.onChange();
  }

  private disconnect(): void {
    for (const o of this.observers) o.disconnect();
    this.observers.length = 0;
    if (this.frame) this.cancelFrame();
  }
}

/** Adds a listener until `signal` aborts. A frame's window may refuse a signal made in ours
 *  (another realm): then the listener is added bare and removed by hand on abort. */
export function listenUntil(
  target: EventTarget,
  type: string,
  handler: EventListener,
  signal: AbortSignal,
  capture = false,
  passive = false,
): void {
  try {
    target.addEventListener(type, handler, { capture, passive, signal });
  } catch {
    target.addEventListener(type, handler, { capture, passive });
    removeOnAbort(signal, () => target.removeEventListener(type, handler, capture));
  }
}

/** Removals waiting for a signal: one abort listener per signal however many listeners fall
 *  back (a frame's document takes a dozen). */
const pendingRemovals = new WeakMap<AbortSignal, Array<() => void>>();

function removeOnAbort(signal: AbortSignal, remove: () => void): void {
  if (signal.aborted) return remove();
  let list = pendingRemovals.get(signal);
  if (!list) {
    const removals: Array<() => void> = [];
    list = removals;
    pendingRemovals.set(signal, removals);
    signal.addEventListener('abort', () => removals.splice(0).forEach((r) => r()), { once: true });
  }
  list.push(remove);
}
