// Where an element is in the top window's viewport, also when it lives in an iframe.

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
  let win: Window | null = el.ownerDocument.defaultView;
  while (win && win !== win.parent) {
    let frame: Element | null = null;
    try {
      frame = win.frameElement;
    } catch {
      break;
    }
    if (!frame) break;
    const fr = frame.getBoundingClientRect();
    x += fr.left + (frame as HTMLElement).clientLeft;
    y += fr.top + (frame as HTMLElement).clientTop;
    win = win.parent;
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
