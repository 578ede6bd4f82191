// The guide's overlay: one full-screen SVG that dims the page around the target (it lets every
// pointer event through, so the target stays hoverable and clickable), and a popover beside
// the target, positioned by Floating UI. Everything lives in a closed Shadow DOM under one
// host, and every action (buttons, keys) runs only for trusted input: the page's scripts
// can neither read the guide's words nor press its buttons.
import { autoUpdate, computePosition, flip, offset, shift, type VirtualElement } from '@floating-ui/dom';
import { boxInTop, cutoutPath } from './geometry';
import { h, onlyTrusted } from './h';
import { OVERLAY_CSS } from './styles';

export const HOST_ID = 'wish-support-guide';
const SVG = 'http://www.w3.org/2000/svg';

export interface PopoverContent {
  meta?: string;
  title: string;
  body: Array<Node | string>;
  /** Buttons, in order; the first with `primary` gets the emphasis. Their callbacks run only
   *  for the shopper's own clicks (never for a click the page's script dispatches). */
  actions?: Array<{ label: string; onClick: () => void; primary?: boolean }>;
  /** Announced to screen readers (defaults to the title). */
  announce?: string;
}

export interface OverlayCallbacks {
  onClose: () => void;
  onBack?: () => void;
  onNext?: () => void;
}

export class Overlay {
  readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly svg: SVGSVGElement;
  private readonly path: SVGPathElement;
  private readonly ring: SVGRectElement;
  private readonly popover: HTMLElement;
  private readonly live: HTMLElement;
  private target: Element | null = null;
  /** The step (its title) whose target was last brought into view. */
  private revealedFor = '';
  private stopAutoUpdate: (() => void) | undefined;
  private readonly controller = new AbortController();
  private readonly seen = new WeakSet<Event>();

  constructor(
    private readonly callbacks: OverlayCallbacks,
    label: string,
    private readonly closeLabel = 'Close',
  ) {
    // A custom element name: page rules aimed at divs (even `div { all: unset }`) miss it.
    this.host = document.createElement('wsg-overlay');
    this.host.id = HOST_ID;
    this.host.setAttribute('data-wsg-ui', '');
    this.host.style.cssText =
      'all: initial !important; position: fixed !important; inset: 0 !important; z-index: 2147483647 !important; pointer-events: none !important; display: block !important;';
    // Closed: `host.shadowRoot` is null to the page's scripts, so they cannot find our buttons.
    this.root = this.host.attachShadow({ mode: 'closed' });
    this.root.append(h('style', { text: OVERLAY_CSS }));
    this.svg = document.createElementNS(SVG, 'svg');
    this.svg.setAttribute('class', 'spotlight');
    this.svg.setAttribute('aria-hidden', 'true');
    this.path = document.createElementNS(SVG, 'path');
    this.path.setAttribute('fill-rule', 'evenodd');
    this.ring = document.createElementNS(SVG, 'rect');
    this.ring.setAttribute('class', 'ring');
    this.ring.setAttribute('rx', '8');
    this.svg.append(this.path, this.ring);
    this.popover = h('div', {
      class: 'popover',
      role: 'dialog',
      'aria-modal': 'false',
      'aria-label': label,
      tabindex: '-1',
    });
    this.live = h('div', { class: 'sr', 'aria-live': 'polite', role: 'status' });
    this.root.append(this.svg, this.popover, this.live);
    (document.body ?? document.documentElement).append(this.host);
    // Keys in our own popover are ours; a key elsewhere is heard after the page had its turn
    // (bubbling, not capturing), so Escape still closes Wish's own dialogs and menus first.
    this.popover.addEventListener(
      'keydown',
      onlyTrusted((e: KeyboardEvent) => this.onKey(e, true)),
      {
        signal: this.controller.signal,
      },
    );
    window.addEventListener(
      'keydown',
      onlyTrusted((e: KeyboardEvent) => this.onKey(e, false)),
      {
        signal: this.controller.signal,
      },
    );
  }

  /** Shows the popover beside `target` (or at the top right when there is none). */
  show(target: Element | null, content: PopoverContent): void {
    this.renderContent(content);
    if (target !== this.target) {
      this.stopAutoUpdate?.();
      this.stopAutoUpdate = undefined;
      this.target = target;
      // Until it is placed beside the new target, the popover must not sit where it was: it
      // could cover the very element the shopper is now asked to click. Hidden, it lets clicks through.
      this.popover.style.visibility = target ? 'hidden' : '';
      if (target) {
        const reference: VirtualElement = {
          getBoundingClientRect: () => {
            const b = boxInTop(target);
            return {
              x: b.x,
              y: b.y,
              left: b.x,
              top: b.y,
              width: b.width,
              height: b.height,
              right: b.x + b.width,
              bottom: b.y + b.height,
            } as DOMRect;
          },
          contextElement: target,
        };
        const inFrame = target.ownerDocument !== document;
        // A target in an iframe moves with the frame's own scrolling, which the top cannot
        // observe: follow it each frame, only while it is shown.
        this.stopAutoUpdate = autoUpdate(reference, this.popover, () => this.position(reference), {
          animationFrame: inFrame,
        });
        // Once per step: a re-rendered target or a flicker of the same step never scrolls the
        // page under a shopper who is reading it.
        if (content.title !== this.revealedFor) {
          this.revealedFor = content.title;
          reveal(target);
        }
      }
    }
    this.popover.classList.toggle('detached', !target);
    if (!target) {
      this.popover.style.transform = '';
      this.path.setAttribute('d', cutoutPath(null, innerWidth, innerHeight));
      this.ring.setAttribute('width', '0');
    }
    this.live.textContent = content.announce ?? content.title;
  }

  focus(): void {
    this.popover.focus({ preventScroll: true });
  }

  /** The popover's (closed) root: for the extension's own code and tests, never the page. */
  get shadow(): ShadowRoot {
    return this.root;
  }

  destroy(): void {
    this.stopAutoUpdate?.();
    this.controller.abort();
    this.host.remove();
  }

  private renderContent(content: PopoverContent): void {
    const titleId = 'wsg-title';
    const actions = (content.actions ?? []).map((a) =>
      h(
        'button',
        { type: 'button', class: a.primary ? 'primary' : undefined, onclick: () => a.onClick() },
        a.label,
      ),
    );
    const parts: Array<Node | string> = [
      h(
        'button',
        {
          type: 'button',
          class: 'close',
          'aria-label': this.closeLabel,
          title: this.closeLabel,
          onclick: () => this.callbacks.onClose(),
        },
        '×',
      ),
    ];
    if (content.meta) parts.push(h('p', { class: 'meta' }, content.meta));
    parts.push(h('h2', { id: titleId }, content.title), ...content.body);
    if (actions.length) parts.push(h('div', { class: 'row' }, ...actions));
    this.popover.replaceChildren(...parts);
    this.popover.setAttribute('aria-labelledby', titleId);
  }

  private async position(reference: VirtualElement): Promise<void> {
    const box = reference.getBoundingClientRect();
    this.path.setAttribute(
      'd',
      cutoutPath({ x: box.x, y: box.y, width: box.width, height: box.height }, innerWidth, innerHeight),
    );
    this.ring.setAttribute('x', String(box.x - 6));
    this.ring.setAttribute('y', String(box.y - 6));
    this.ring.setAttribute('width', String(Math.max(0, box.width + 12)));
    this.ring.setAttribute('height', String(Math.max(0, box.height + 12)));
    try {
      const { x, y } = await computePosition(reference, this.popover, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          offset(12),
          flip({ fallbackPlacements: ['top-start', 'right', 'left'] }),
          shift({ padding: 8 }),
        ],
      });
      const place = clearOf(box, {
        x,
        y,
        width: this.popover.offsetWidth,
        height: this.popover.offsetHeight,
      });
      this.popover.style.transform = `translate(${Math.round(place.x)}px, ${Math.round(place.y)}px)`;
      this.popover.style.visibility = '';
    } catch (error) {
      console.warn('[Wish support] could not place the guide', error);
    }
  }

  private onKey(event: KeyboardEvent, inPopover: boolean): void {
    if (inPopover) this.seen.add(event);
    else {
      // Seen already by the popover's own listener (keys from inside it bubble out to here;
      // from outside a closed root, composedPath() no longer shows where they came from).
      if (this.seen.has(event)) return;
      if (event.key !== 'Escape' || event.defaultPrevented || pageOwnsEscape()) return;
    }
    if (event.key === 'Escape') this.callbacks.onClose();
    else if (inPopover && event.key === 'ArrowRight' && this.callbacks.onNext) {
      event.preventDefault();
      this.callbacks.onNext();
    } else if (inPopover && event.key === 'ArrowLeft' && this.callbacks.onBack) {
      event.preventDefault();
      this.callbacks.onBack();
    }
  }
}

const PAGE_DIALOGS =
  'dialog, [role="dialog"], [role="alertdialog"], [role="menu"], [role="listbox"], [role="combobox"]';

/** Escape pressed outside our popover belongs to the page when the shopper is typing, is in one
 *  of the page's dialogs or menus, or a modal dialog of the page is open. */
export function pageOwnsEscape(doc: Document = document): boolean {
  const active = doc.activeElement as HTMLElement | null;
  if (active && active !== doc.body && active.localName !== 'wsg-overlay') {
    if (active.isContentEditable || /^(input|textarea|select)$/i.test(active.tagName)) return true;
    if (active.closest(PAGE_DIALOGS)) return true;
  }
  for (const el of doc.querySelectorAll('dialog[open], [aria-modal="true"]')) {
    if (el.closest('[data-wsg-ui]')) continue;
    if ((el as HTMLElement).getClientRects().length > 0 || isModal(el)) return true;
  }
  return false;
}

function isModal(el: Element): boolean {
  try {
    return el.matches(':modal');
  } catch {
    return el.localName === 'dialog' && el.hasAttribute('open'); // older engines (and jsdom)
  }
}

/** Where the popover goes: where it was placed, unless it would cover the target (a target at
 *  the bottom of a small window, or in a frame): then the corner of the window farthest away. */
function clearOf(
  target: { x: number; y: number; width: number; height: number },
  pop: { x: number; y: number; width: number; height: number },
): { x: number; y: number } {
  const pad = 6;
  const overlaps =
    pop.x < target.x + target.width + pad &&
    pop.x + pop.width > target.x - pad &&
    pop.y < target.y + target.height + pad &&
    pop.y + pop.height > target.y - pad;
  if (!overlaps) return { x: pop.x, y: pop.y };
  const lower = target.y + target.height / 2 > innerHeight / 2;
  const right = target.x + target.width / 2 > innerWidth / 2;
  return {
    x: right ? 8 : Math.max(8, innerWidth - pop.width - 8),
    y: lower ? 8 : Math.max(8, innerHeight - pop.height - 8),
  };
}

/** A new target outside the window (below the fold, or in a row of chips scrolled sideways):
 *  brought into view once, the least scroll that shows it, as a tour does. A bar that hid
 *  while the page scrolled does not move this way; the shopper scrolls up to it. */
function reveal(target: Element): void {
  try {
    const box = boxInTop(target);
    if (!box.width && !box.height) return;
    const inside =
      box.y >= 0 && box.y + box.height <= innerHeight && box.x >= 0 && box.x + box.width <= innerWidth;
    if (!inside) target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  } catch {
    // never let the page's scrolling break the guide
  }
}
