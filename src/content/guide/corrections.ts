// Corrections the shopper teaches ("Show me where it is"): a fingerprint of the element they
// clicked for a step — its role, accessible name, stable attributes and landmark path, and no
// other page text — kept locally and tried first from then on, inside the step's region only.
import { accessibleName, closestAcross, roleOf, type Region } from '../../dom/locate';
import { isVisible, parentElementAcrossShadow } from '../../dom/visible';
import type { StepId } from '../../guide/steps';
import type { Correction } from '../../model/types';
import { normalise } from '../../wish/text';

export type { Correction };

const STABLE = ['data-testid', 'name', 'aria-haspopup', 'type'] as const;
const LANDMARK =
  'header, nav, main, footer, aside, dialog, [role="banner"], [role="navigation"], [role="dialog"], [role="menu"], [role="log"], [role="main"]';

function landmarkPath(el: Element): string {
  const out: string[] = [];
  for (let n: Element | null = el; n && out.length < 6; n = parentElementAcrossShadow(n)) {
    const landmark = closestAcross(n, LANDMARK);
    if (!landmark) break;
    out.unshift(landmark.getAttribute('role') ?? landmark.localName);
    n = landmark;
  }
  return out.join(' > ');
}

export function fingerprint(step: StepId, el: Element, now = new Date()): Correction {
  const attributes: Record<string, string> = {};
  for (const a of STABLE) {
    const v = el.getAttribute(a);
    if (v && v.length <= 80) attributes[a] = v;
  }
  return {
    step,
    role: roleOf(el),
    name: normalise(accessibleName(el)).slice(0, 60),
    attributes,
    path: landmarkPath(el),
    at: now.toISOString(),
  };
}

/** The one visible element of the regions that fits a correction; none when two do. */
export function matchCorrection(c: Correction, regions: readonly Region[]): Element | null {
  const hits: Element[] = [];
  const testid = c.attributes['data-testid'];
  for (const root of regions) {
    // By its test id when it has one (compared, not put into a selector: a stored value is
    // never page code), else by the roles a correction can have.
    const pool = testid ? root.querySelectorAll('[data-testid]') : root.querySelectorAll('*');
    let n = 0;
    for (const el of pool) {
      if (testid && el.getAttribute('data-testid') !== testid) continue;
      if (++n > 5000) break;
      if (roleOf(el) !== c.role) continue;
      if (c.name && normalise(accessibleName(el)).slice(0, 60) !== c.name) continue;
      if (Object.entries(c.attributes).some(([k, v]) => el.getAttribute(k) !== v)) continue;
      if (!isVisible(el)) continue;
      hits.push(el);
    }
  }
  return hits.length === 1 ? hits[0]! : null;
}
