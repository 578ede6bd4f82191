// The places a locator searches: the document, its open shadow roots, and same-origin iframes
// (Wish's assistant may live in an iframe). Cross-origin frames are skipped silently: the
// content script runs inside them on its own (all_frames).

export type SearchRoot = Document | ShadowRoot;

export function searchRoots(doc: Document, maxFrames = 20): SearchRoot[] {
  const roots: SearchRoot[] = [];
  const queue: Document[] = [doc];
  while (queue.length) {
    const d = queue.shift()!;
    roots.push(d);
    collectShadowRoots(d, roots);
    for (const frame of d.querySelectorAll('iframe, frame')) {
      if (roots.length > maxFrames * 4) break;
      try {
        const inner = (frame as HTMLIFrameElement).contentDocument;
        if (inner?.documentElement) queue.push(inner);
      } catch {
        // cross-origin: not ours to read
      }
    }
  }
  return roots;
}

function collectShadowRoots(root: Document | ShadowRoot, out: SearchRoot[]): void {
  // Only elements that could host a shadow root: custom elements (a dash in the name)
  // and a few built-ins. This keeps the walk cheap on huge pages.
  const hosts = root.querySelectorAll('*');
  for (const el of hosts) {
    const shadow = el.shadowRoot;
    if (shadow && !el.matches('#wish-support-guide, [data-wsg-ui]')) {
      out.push(shadow);
      collectShadowRoots(shadow, out);
    }
  }
}

/** The iframe element that holds a document, if any (for scoring and highlighting). */
export function frameOf(doc: Document): HTMLIFrameElement | null {
  try {
    return (doc.defaultView?.frameElement as HTMLIFrameElement | null) ?? null;
  } catch {
    return null;
  }
}
