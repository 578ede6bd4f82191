// Notices the single-page app changing its URL: pushState/replaceState (announced by
// history-hook.ts from the page's world), back/forward and hash changes. No polling.

export function onLocationChange(callback: (href: string) => void, signal: AbortSignal): void {
  let last = location.href;
  const check = () => {
    if (location.href === last) return;
    last = location.href;
    callback(last);
  };
  for (const type of ['wsg:locationchange', 'popstate', 'hashchange']) {
    window.addEventListener(type, check, { signal });
  }
}
