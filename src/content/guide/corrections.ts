// Corrections the shopper teaches ("Show me where it is"): a fingerprint of the element they
// clicked for a step — its role, accessible name, stable attributes and landmark path, and no
// other page text — kept locally and tried first from then on, inside the step's region only.
import { accessibleName, closestAcross, roleOf, type Region } from '../../dom/locate';
import { isVisible, parentElementAcrossShadow } from '../../dom/visible';
import type { StepId } from '../../guide/steps';
import { normalise } from '../../wish/text';

export interface Correction {
  step: StepId;
  role: string;
  /** The accessible name, normalised and cut short. */
  name: string;
  /** Stable attributes: data-testid, name, aria-haspopup; never a generated class. */
  attributes: Record<string, string>;
  /** Landmarks and tags from the element up (header > nav > li), for the maintainers. */
  path: string;
  at: string;
}

const STABLE = ['data-testid', 'name', 'aria-haspopup', 'type'] as const;
const LANDMARK = 'header, nav, main, footer, aside, dialog, [role="banner"], [role="navigation"], [role="dialog"], [role="menu"], [role="log"], [role="main"]';

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
    const pool = testid ? root.querySelectorAll(`[data-testid="${testid.replace(/["\\]/g, "\\$&")}"]`) : root.querySelectorAll('*');
    let n = 0;
    for (const el of pool) {
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

/** A report for the project's maintainers (copied by the shopper, never sent): the shopper's
 *  own name is left out. */
export function correctionReport(list: readonly Correction[], shopperName = '', version = ''): string {
  const hide = (text: string) => {
    const first = normalise(shopperName).split(' ').filter((w) => w.length > 1);
    return text
      .split(' ')
      .map((word) => (first.includes(word) ? '<name>' : word))
      .join(' ');
  };
  const lines = [`Wish support companion ${version}: places the guide was shown by hand`];
  for (const c of list)
    lines.push(
      `- ${c.step}: ${c.role || 'element'} "${hide(c.name)}"${Object.keys(c.attributes).length ? ` ${JSON.stringify(c.attributes)}` : ''} in ${c.path || 'page'} (${c.at.slice(0, 10)})`,
    );
  return lines.join('\n');
}
