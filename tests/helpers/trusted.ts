// The shopper's own input, in jsdom. The extension ignores events that are not trusted (a page
// script can dispatch clicks, never trusted ones); jsdom marks every dispatched event untrusted,
// so these helpers set jsdom's internal flag, the way a real browser does for real input.
// Tests only: relies on jsdom's implementation symbol, checked by the helper itself.

type Impl = { isTrusted: boolean; _dispatch?: (event: Impl) => boolean };

function impl<T extends object>(wrapper: T): Impl {
  const symbol = Object.getOwnPropertySymbols(wrapper).find((s) => String(s) === 'Symbol(impl)');
  if (!symbol) throw new Error('trusted.ts: jsdom internals changed (no impl symbol)');
  return (wrapper as unknown as Record<symbol, Impl>)[symbol]!;
}

/** Dispatches `event` on `target` as the browser does for real input (isTrusted = true). */
export function dispatchTrusted(target: EventTarget, event: Event): boolean {
  const e = impl(event);
  e.isTrusted = true;
  const t = impl(target);
  if (!t._dispatch) throw new Error('trusted.ts: jsdom internals changed (no _dispatch)');
  return t._dispatch(e);
}

export const shopper = {
  click(el: Element): void {
    dispatchTrusted(el, new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
  },
  key(target: EventTarget, key: string): void {
    dispatchTrusted(
      target,
      new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, composed: true }),
    );
  },
};
