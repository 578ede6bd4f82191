// Where an element is in the top window's viewport, also when it lives in an iframe.
import { frameHolding } from '../dom/frames';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function boxInTop(el: Element): Box {
  const r = el.getBoundingClientRect();
  let x = r.left;
  let y = r.top;
  // From the element's document up to the top one, adding each frame's place. The frame is
  // found from its parent document (Firefox's content scripts may not see `frameElement`).
  for (let doc: Document = el.ownerDocument, depth = 0; doc !== document && depth < 10; depth++) {
    const frame = frameHolding(doc);
    if (!frame) break;
    const fr = frame.getBoundingClientRect();
    x += fr.left + (frame as HTMLElement).clientLeft;
    y += fr.top + (frame as HTMLElement).clientTop;
    doc = frame.ownerDocument;
  }
  return { x, y, width: r.width, height: r.height };
}

/** The SVG path of the dimmed screen with a rounded-corner hole around `box`. */
export function cutoutPath(box: Box | null, width: number, height: number, pad = 6, radius = 8): string {
  const outer = `M0 0H${width}V${height}H0Z`;
  if (!box) return outer;
  const x = Math.max(0, box.x - pad);
  const y = Math.max(0, box.y - pad);
  const w = Math.min(width - x, box.width + pad * 2);
  const h = Math.min(height - y, box.height + pad * 2);
  const r = Math.max(0, Math.min(radius, w / 2, h / 2));
  return `${outer}M${x + r} ${y}H${x + w - r}Q${x + w} ${y} ${x + w} ${y + r}V${y + h - r}Q${x + w} ${y + h} ${x + w - r} ${y + h}H${x + r}Q${x} ${y + h} ${x} ${y + h - r}V${y + r}Q${x} ${y} ${x + r} ${y}Z`;
}
