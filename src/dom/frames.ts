// Frames: which iframe element shows a document, for the page and its same-origin frames.

/** The iframe element (in this page or a same-origin frame of it) whose document is `doc`,
 *  looked for from the top when `frameElement` is not seen (Firefox's content scripts). */
export function frameHolding(doc: Document): Element | null {
  if (doc === document) return null; // the top page: no frame holds it
  try {
    const own = doc.defaultView?.frameElement;
    if (own) return own;
  } catch {
    // cross-origin parent: look from the top instead
  }
  const queue: Document[] = [document];
  for (let i = 0; i < queue.length && i < 20; i++) {
    for (const frame of queue[i]!.querySelectorAll('iframe, frame')) {
      let inner: Document | null = null;
      try {
        inner = (frame as HTMLIFrameElement).contentDocument;
      } catch {
        continue;
      }
      if (inner === doc) return frame;
      if (inner) queue.push(inner);
    }
  }
  return null;
}
