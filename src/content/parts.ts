// The parts of the content script that are not always on: the guide (overlay, locator engine,
// words of 7 languages, the shopper's UI strings) and order capture (order pages only). The
// always-on script asks the worker for one; the worker injects it with
// scripting.executeScript({files}) into this tab's top frame, in this same isolated world,
// where it puts its API in a slot of the world's global object. The page never sees that
// slot (a page shares the DOM with this world, not its globals), and the files are not
// web-accessible: a page can neither probe for them nor load them.
import type {
  ContentPart,
  InsertResult,
  PartReason,
  ProtocolMap,
  UiLanguageCode,
} from '../messaging/protocol';
import { sendMessage } from '../messaging/protocol';
import type { ProblemId, TourRoute, TourState } from '../model/types';
import type { FeatureContext } from './feature';

export type ContentContext = ReturnType<ProtocolMap['contentContext']>;

export interface GuideApi {
  /** The language its strings are in (one bundle per UI language). */
  readonly lang: UiLanguageCode;
  /** Starts the guide here (the shopper asked): picks the route, stores the tour, shows it. */
  start(input: { problem: ProblemId; orderNumber?: string }): Promise<TourRoute>;
  /** Carries on a stored tour on this page, until `signal` aborts (a soft navigation). */
  resume(tour: TourState, context: ContentContext, signal: AbortSignal): void;
  /** A tour is running on this page. */
  active(): boolean;
  /** Ends the tour on this page only (the bundle of another language takes over). */
  stop(): void;
  insertDraft(data: { text: string; replace?: boolean }): Promise<InsertResult>;
  /** What the popup asks of the page, answered with the guide's own regions. */
  pageFacts(): { signedIn: boolean | null; orderHelp: boolean };
}

export interface CaptureApi {
  /** Reads the orders on this page, and what loads later, until `signal` aborts. */
  run(context: FeatureContext): void;
  /** The order numbers the page shows now. */
  ordersOnPage(): string[];
}

/** Where each part puts its API: properties of this isolated world's global object. */
export const SLOTS = { guide: '__wsgGuide', capture: '__wsgCapture' } as const;

type Slots = { [SLOTS.guide]?: GuideApi; [SLOTS.capture]?: CaptureApi };
const world = globalThis as unknown as Slots;

export function loadedGuide(): GuideApi | undefined {
  return world[SLOTS.guide];
}

export function loadedCapture(): CaptureApi | undefined {
  return world[SLOTS.capture];
}

/** One request at a time per part: features that start together share it. */
const pending: Partial<Record<ContentPart, Promise<unknown>>> = {};

function once<T>(part: ContentPart, load: () => Promise<T>): Promise<T> {
  const running = pending[part] as Promise<T> | undefined;
  if (running) return running;
  const request = load().finally(() => delete pending[part]);
  pending[part] = request;
  return request;
}

/** The guide in the shopper's language: the worker injects it unless it is here in that
 *  language already (one round trip either way; the worker knows the language setting). */
export function loadGuide(why: Exclude<PartReason, 'capture'>): Promise<GuideApi> {
  return once('guide', async () => {
    const here = loadedGuide();
    const answer = await sendMessage('loadPart', {
      part: 'guide',
      why,
      ...(here ? { have: here.lang } : {}),
    });
    const api = loadedGuide();
    if (!api || api.lang !== answer.lang) throw new Error('the guide did not load');
    // Another language's guide may still run a tour: it stops, the new one carries on.
    if (here && here !== api) here.stop();
    return api;
  });
}

export function loadCapture(): Promise<CaptureApi> {
  const here = loadedCapture();
  if (here) return Promise.resolve(here);
  return once('capture', async () => {
    await sendMessage('loadPart', { part: 'capture', why: 'capture' });
    const api = loadedCapture();
    if (!api) throw new Error('order capture did not load');
    return api;
  });
}
