// listenUntil: a listener lives until its signal aborts, also on a target that refuses our
// realm's signal (a frame's window or document in another realm), with one abort listener per
// signal however many listeners fall back.
import { describe, expect, it } from 'vitest';
import { listenUntil } from '../../src/dom/watch';

/** A target that refuses any options object carrying a signal, as another realm's may. */
class Refusing extends EventTarget {
  override addEventListener(
    type: string,
    cb: EventListenerOrEventListenerObject | null,
    o?: AddEventListenerOptions | boolean,
  ) {
    if (typeof o === 'object' && o.signal) throw new TypeError('signal of another realm');
    super.addEventListener(type, cb, o);
  }
}

describe('listenUntil', () => {
  it('listens until the signal aborts, on a target that takes the signal', () => {
    const target = new EventTarget();
    const control = new AbortController();
    let heard = 0;
    listenUntil(target, 'ping', () => heard++, control.signal);
    target.dispatchEvent(new Event('ping'));
    control.abort();
    target.dispatchEvent(new Event('ping'));
    expect(heard).toBe(1);
  });

  it('falls back to removing by hand, one abort listener for many', () => {
    const target = new Refusing();
    const control = new AbortController();
    let abortListeners = 0;
    const add = control.signal.addEventListener.bind(control.signal);
    control.signal.addEventListener = ((type: string, cb: EventListener, o?: AddEventListenerOptions) => {
      if (type === 'abort') abortListeners++;
      add(type, cb, o);
    }) as typeof control.signal.addEventListener;
    let heard = 0;
    for (let i = 0; i < 15; i++) listenUntil(target, `e${i}`, () => heard++, control.signal, i % 2 === 0);
    target.dispatchEvent(new Event('e3'));
    expect(heard).toBe(1);
    expect(abortListeners).toBe(1);
    control.abort();
    for (let i = 0; i < 15; i++) target.dispatchEvent(new Event(`e${i}`));
    expect(heard).toBe(1);
  });

  it('a signal already aborted adds nothing that lasts', () => {
    const target = new Refusing();
    const control = new AbortController();
    control.abort();
    let heard = 0;
    listenUntil(target, 'ping', () => heard++, control.signal);
    target.dispatchEvent(new Event('ping'));
    expect(heard).toBe(0);
  });
});
