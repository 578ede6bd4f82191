// PageWatcher.since: what the page added or changed after a mark, each element once, and never
// an element last changed before it, however often others changed since (w13640: a menu hidden
// and shown again twice after the click pulled a third party's chat, on show before it, into
// "what the click opened").
import { afterEach, describe, expect, it } from 'vitest';
import { PageWatcher } from '../../src/dom/watch';

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('PageWatcher.since', () => {
  const control = new AbortController();
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('lists only the elements changed after the mark, one entry each', async () => {
    document.body.innerHTML = '<div id="chat">chat</div><footer id="foot">f</footer><div id="menu">m</div>';
    const watcher = new PageWatcher(() => undefined, control.signal);
    watcher.watch(document);
    const $ = (id: string) => document.getElementById(id)!;
    // Changed before the mark: the chat, the footer, the menu.
    $('chat').setAttribute('class', 'open');
    $('foot').setAttribute('class', 'x');
    $('menu').setAttribute('hidden', '');
    await flush();
    const mark = watcher.mark();
    // After it: the menu shown and hidden twice, then a panel added.
    for (let i = 0; i < 2; i++) {
      $('menu').removeAttribute('hidden');
      await flush();
      $('menu').setAttribute('hidden', '');
      await flush();
    }
    const panel = document.createElement('section');
    panel.id = 'panel';
    document.body.append(panel);
    await flush();
    expect(watcher.since(mark).map((el) => el.id)).toEqual(['menu', 'panel']);
    expect(watcher.since(watcher.mark())).toEqual([]);
    control.abort();
  });
});
