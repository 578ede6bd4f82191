// Runs in the page's own world (manifest: "world": "MAIN") at document_start. Wish is a
// single-page app: it changes pages with history.pushState, which a content script's
// isolated world cannot observe. This wraps the two methods, calls the originals unchanged,
// and announces the change with a DOM event that the content script hears.
(() => {
  const FLAG = '__wsgHistoryHooked';
  const w = window as unknown as Record<string, unknown>;
  if (w[FLAG]) return;
  w[FLAG] = true;
  for (const name of ['pushState', 'replaceState'] as const) {
    const original = history[name];
    history[name] = function (this: History, ...args: Parameters<History['pushState']>) {
      const result = original.apply(this, args);
      try {
        window.dispatchEvent(new Event('wsg:locationchange'));
      } catch {
        // never let the announcement break the page's navigation
      }
      return result;
    };
  }
})();
