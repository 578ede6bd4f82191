// The corrections the shopper taught the guide, as a report for the project's maintainers
// (the options page copies it; nothing is ever sent).
import type { Correction } from '../model/types';
import { normalise } from '../wish/text';

/** A report for the project's maintainers (copied by the shopper, never sent): the shopper's
 *  own name is left out. */
export function correctionReport(list: readonly Correction[], shopperName = '', version = ''): string {
  const hide = (text: string) => {
    const first = normalise(shopperName)
      .split(' ')
      .filter((w) => w.length > 1);
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
