// Builds DOM from code, never from HTML strings: the page's text can only ever become text.
// Every handler wired here runs only for the shopper's own input: the page's scripts can reach
// our elements (a shadow root hides them from queries, not from a script that holds one) and
// dispatch clicks and keys on them, but such events are never trusted.
type Child = Node | string | null | undefined | false;
type Props = Record<string, string | number | boolean | ((event: Event) => void) | undefined>;

/** Wraps a handler so that it runs only for events the browser made from real input. */
export function onlyTrusted<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (!event.isTrusted) return;
    handler(event);
  };
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function')
      el.addEventListener(key.replace(/^on/, '').toLowerCase(), onlyTrusted(value) as EventListener);
    else if (key === 'text') el.textContent = String(value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return el;
}
