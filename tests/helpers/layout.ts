// Geometry is a browser's: jsdom has none. Tests that need it switch layout on and give each
// element's box by a data-box attribute ("left top width height"); the window is 1024 × 768.
// A test file mocks src/dom/visible's hasLayout to read `layout.on`:
//   vi.mock('../../src/dom/visible', async (importOriginal) => {
//     const { layout } = await import('../helpers/layout');
//     return { ...(await importOriginal<typeof import('../../src/dom/visible')>()), hasLayout: () => layout.on };
//   });
import { afterEach, vi } from 'vitest';

/** Whether the mocked module reports a layout (read by each file's mock of hasLayout). */
export const layout = { on: false };

/** Switches layout on for this test: boxes from data-box, and what lies under a point (the
 *  boxes holding it, innermost first). */
export function withLayout(): void {
  layout.on = true;
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const [x = 0, y = 0, w = 0, h = 0] = (this.getAttribute('data-box') ?? '').split(' ').map(Number);
    return DOMRect.fromRect({ x, y, width: w, height: h });
  });
  document.elementsFromPoint = (px: number, py: number) =>
    [...document.querySelectorAll('[data-box]')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return px >= r.left && px <= r.right && py >= r.top && py <= r.bottom;
      })
      .reverse();
}

/** Call once at a test file's top level: layout off again after every test. */
export function layoutOffAfterEach(): void {
  afterEach(() => {
    layout.on = false;
    vi.restoreAllMocks();
    Reflect.deleteProperty(document, 'elementsFromPoint');
  });
}
