// The guide on the live page, without the browser's extension APIs (so a test page can run it
// alone): it finds each step's element only inside the region the previous step opened, asks
// the pure step machine (src/guide/machine.ts) which step to show, marks the target with
// `data-wsg-step`, and hears the shopper's own (trusted) hover, click and Enter. Rendering
// and storage belong to the runner (./runner.ts).
import {
  accessibleName,
  captionOf,
  leadsToPage,
  leavesThisPage,
  nextWizardPage,
  cardTitle,
  choiceTitle,
  closestAcross,
  FIELD_SELECTOR,
  isContent,
  isDisabled,
  locate,
  loneTextField,
  cursorOf,
  pointerOrigin,
  roleOf,
  sendsFeedback,
  shortText,
  type Region,
} from '../../dom/locate';
import {
  assistantLike,
  emptyShellOfWish,
  bottomTabBar,
  containsRegion,
  findMenu,
  findTrigger,
  triggerFromHover,
  hasControls,
  menuEntries,
  noteVisibleEntries,
  inFlowUnder,
  menuSections,
  orderRegions,
  othersChats,
  panelOfLog,
  sameWidget,
  serviceCentreEntry,
  showsItsOwner,
  signInDialog,
  sideColumn,
  greetsItsOwner,
  topBars,
} from '../../dom/regions';
import { frameHolding } from '../../dom/frames';
import {
  holdsAcross,
  clippedAway,
  hasLayout,
  isTransparent,
  isVisible,
  parentElementAcrossShadow,
} from '../../dom/visible';
import { listenUntil, PageWatcher } from '../../dom/watch';
import { afterClick, chooseStep, type Facts, type Sighting } from '../../guide/machine';
import { ROUTES, STEPS, firstStep, scopeDepth, type StepId } from '../../guide/steps';
import type { ProblemId, TourRoute } from '../../model/types';
import {
  bestNameScore,
  meansArrival,
  meansTracking,
  meansAttach,
  meansDismiss,
  meansBack,
  meansGenericGo,
  meansYes,
  meansNotHelped,
  praises,
  ratesMiddle,
  saysItDidNotHelp,
  saysChatEnded,
  asksIfHelped,
  asksForPerson,
  startsLikeYes,
  PARCEL_PROBLEMS,
  topicOf,
  topicOfAsked,
  topicFit,
  chatOwner,
} from '../../wish/meaning';
import { showsOrderNumber } from '../../wish/order-number';
import { normalise } from '../../wish/text';
import { ASSISTANT_PAGE_WORDS, ASSISTANT_SELECTOR, CONVERSATION_SELECTOR } from '../../wish/locators';
import { conversationRegions, findOrderHelp, isConversation, leavesWish } from '../../dom/order-help';
import { pageKind } from '../../wish/pages';
import { fingerprint, matchCorrection, type Correction } from './corrections';
import { fieldText, type Field } from '../fill';

export const STEP_ATTRIBUTE = 'data-wsg-step';
const LANDMARK_ROLES = new Set([
  'banner',
  'navigation',
  'main',
  'dialog',
  'alertdialog',
  'log',
  'region',
  'contentinfo',
  'menu',
  'menubar',
  'list',
  'listbox',
  'document',
  'application',
  'complementary',
  'form',
  'search',
]);
/** What a shopper can act on, as recorded when the assistant is about to open. */
const SHOWN_CONTROLS =
  'a[href], button, textarea, input, select, [contenteditable], [role="button"], [role="textbox"], [role="option"], [role="menuitem"], [tabindex]';
/** How long an earlier step must show (and the current one be gone) before stepping back:
 *  a hover menu flickers as the pointer crosses a gap; an assistant may be loading. */
const STEP_BACK_MS = 1200;
const STEP_BACK_FROM_ASSISTANT_MS = 4000;
/** How long the message box must show, with none of the assistant's choices, before the tour
 *  skips the choices to it: a chat whose box shows from the start sends the shopper's words
 *  nowhere before they chose a topic, and its next choices may come a moment later. */
const SKIP_TO_MESSAGE_MS = 2500;
/** How long a "No" to "did this help?" must show, with no other way on, to be the way on. */
const NO_WAY_ON_MS = 1200;
/** How long the chat's own box (on show before the shopper's answer) waits for the bot to
 *  reply with a question of its own before it is taken for the message box. */
const BOT_REPLY_MS = 3000;
/** Enter in the message field counts as sending when the field empties this soon after. */
const ENTER_SEND_MS = 1500;

export interface EngineOptions {
  route: TourRoute;
  problem: ProblemId;
  orderNumber?: string;
  nameHint?: string;
  /** The step stored for this tour (a page load, an iframe or a new window carries on). */
  startAt?: StepId;
  /** Corrections the shopper taught on earlier visits. */
  corrections?: readonly Correction[];
}

export interface EngineUpdate {
  step: StepId;
  target: Element | null;
  signedIn: boolean | null;
  /** The target is not the one of the last update. */
  changed: boolean;
}

export interface EngineCallbacks {
  /** After every evaluation that changed the step or its target. */
  onUpdate(update: EngineUpdate): void;
  /** The step moved (to store it, so another page carries on). */
  onStep?(step: StepId): void;
  /** The shopper sent the message: its text at that moment. */
  onSent?(text: string): void;
  /** The shopper showed where a step's element is. */
  onTaught?(correction: Correction): void;
  /** The tour took another route (signed in, the page shows the order's own help). */
  onRoute?(route: TourRoute): void;
}

export class GuideEngine {
  private step: StepId;
  private target: Element | null = null;
  private signedIn: boolean | null = null;
  private readonly controller = new AbortController();
  private readonly watcher: PageWatcher;
  private readonly baseline = new WeakSet<Element>();
  private baselineTaken = false;
  /** Choices of a question the shopper has answered in the assistant. */
  private readonly answered = new WeakSet<Element>();
  /** The assistant's region the shopper last answered a question in. */
  private answeredIn: Region | null = null;
  /** The "No" to "did this help?" taken for the way on, and since when it shows. */
  private wayOnNo: Element | null = null;
  private wayOnNoSince = 0;
  /** Choices the page showed before the shopper's last answer to the assistant. */
  private readonly pastChoices = new WeakSet<Element>();
  /** Choices on show when the shopper last answered: a "No" among them was not asked after it. */
  private shownAtAnswer = new WeakSet<Element>();
  /** The boxes to write in on show when the shopper answered the assistant: a box there
   *  before the topic was chosen is the chat's own input to the bot. */
  private readonly pastFields = new WeakSet<Element>();
  /** When the shopper last answered the assistant. */
  private answeredAt = 0;
  private trigger: Element | null = null;
  /** The step the target was marked for. */
  private targetStep: StepId | null = null;
  /** The bar of tabs at the bottom holding the account, once found. */
  private tabBar: Element | null = null;
  /** The site's column down one side holding the account (its bar holding only the logo and
   *  the search), once found. */
  private sideBar: Element | null = null;
  private learnedTrigger: Element | null = null;
  private lastHovered: Element | null = null;
  private menu: Element | null = null;
  /** The assistant: regions found after the shopper opened it, or on a page it lives on. */
  private assistant: Region[] = [];
  private assistantOpen: { mark: number; before: Set<Region>; fields: WeakSet<Element> } | null = null;
  private resumedInAssistant: boolean;
  private backSince = 0;
  private skipSince = 0;
  private backTimer: ReturnType<typeof setTimeout> | undefined;
  private pendingEnter: { field: Field; text: string; at: number } | null = null;
  private teaching: StepId | null = null;
  private field: Field | null = null;
  private corrections: Correction[];
  private finished = false;
  /** The route walked: the one the tour started on, until signing in shows the order's help. */
  private route: TourRoute;
  /** This tour had the shopper sign in (here, or on the page before). */
  private signedOutSeen: boolean;

  constructor(
    private readonly doc: Document,
    private readonly options: EngineOptions,
    private readonly callbacks: EngineCallbacks,
  ) {
    this.route = options.route;
    this.signedOutSeen = options.startAt === 'sign-in';
    const route = ROUTES[options.route];
    this.step =
      options.startAt && route.includes(options.startAt) ? options.startAt : firstStep(options.route);
    if (this.step === 'sign-in') this.step = firstStep(options.route);
    // Resumed past the assistant's door (a page load, a new window), or started on Wish's
    // support page, where the assistant is the page's own content.
    this.resumedInAssistant =
      STEPS[this.step].scope === 'assistant' || pageKind(doc.location?.href ?? '') === 'support';
    this.corrections = [...(options.corrections ?? [])];
    this.watcher = new PageWatcher(() => this.evaluate(), this.controller.signal);
  }

  get current(): StepId {
    return this.step;
  }

  get currentTarget(): Element | null {
    return this.target;
  }

  start(signal?: AbortSignal): void {
    signal?.addEventListener('abort', () => this.stop(), { once: true });
    this.listen(this.doc);
    this.watcher.watch(this.doc);
    this.evaluate();
  }

  stop(): void {
    if (this.finished) return;
    this.finished = true;
    this.controller.abort();
    clearTimeout(this.backTimer);
    this.setTarget(null);
  }

  /** Back or next by the shopper's hand: the tour goes there and looks again. */
  moveTo(step: StepId): void {
    if (!ROUTES[this.route].includes(step) || step === 'sign-in') return;
    this.changeStep(step);
    this.evaluate();
  }

  /** "Show me where it is": the shopper's next click in the step's region is learnt. */
  teach(on: boolean): void {
    this.teaching = on ? this.step : null;
  }

  get isTeaching(): boolean {
    return this.teaching !== null;
  }

  /** The regions the current step is searched in, for diagnostics. */
  describe(): string {
    return [
      `top bars: ${topBars(this.doc).map(describeEl).join(' · ') || 'none'}`,
      `trigger: ${this.trigger ? describeEl(this.trigger) : 'none'}`,
      `menu: ${this.menu ? describeEl(this.menu) : 'none'}`,
      `top bar's own links noted: ${this.baselineTaken ? 'yes' : 'not yet'}`,
      `assistant regions: ${this.assistant.map((r) => (r.nodeType === 1 ? describeEl(r as Element) : r.nodeName)).join(' · ') || 'none'}`,
    ].join('\n');
  }

  private listen(doc: Document): void {
    const signal = this.controller.signal;
    const on = <K extends 'click' | 'change' | 'mouseover' | 'keydown'>(
      type: K,
      handler: (e: DocumentEventMap[K]) => void,
      passive = false,
    ) => listenUntil(doc, type, handler as EventListener, signal, true, passive);
    on('click', (e) => this.onClick(e));
    on('change', (e) => this.onChange(e));
    on('mouseover', (e) => this.onHover(e), true);
    on('keydown', (e) => this.onKey(e));
  }

  private listenedDocs = new WeakSet<Document>();
  private listenFrames(regions: readonly Region[]): void {
    for (const r of regions) {
      // A widget drawn in an open shadow root changes there only: watched too.
      const shadow =
        r.nodeType === 11 ? (r as ShadowRoot) : r.nodeType === 1 ? (r as Element).shadowRoot : null;
      if (shadow) this.watcher.watchRoot(shadow);
      // A region drawn in a frame's frame (a widget's frame holding the conversation's) is
      // listened to through its own document: clicks there never reach the frames above.
      const doc = r.nodeType === 9 ? (r as Document) : (r as Node).ownerDocument;
      if (doc && !this.listenedDocs.has(doc) && doc !== this.doc) {
        this.listenedDocs.add(doc);
        this.listen(doc);
        this.watcher.watch(doc);
      }
    }
  }

  /** A trigger found in the side column counts only when it greets or shows its owner: a
   *  column's "My account" link may be a page of settings, with no menu to hover. */
  private ownersInSide(el: Element | null, side = this.sideBar): Element | null {
    if (!el || !side?.contains(el)) return el;
    return greetsItsOwner(el, this.options.nameHint) ? el : null;
  }

  evaluate(): void {
    if (this.finished) return;
    try {
      this.evaluateNow();
    } catch (error) {
      console.error('[Wish support] guide step failed', error);
    }
  }

  private evaluateNow(): void {
    const route = this.route;
    const steps = ROUTES[route];
    const found = new Map<StepId, Element>();
    let bars = topBars(this.doc);
    // The bar of tabs at the bottom the account was found in stays a bar while its menu is
    // open: the menu's entries, inside it, then outnumber any bar's tabs.
    if (this.tabBar && !(this.tabBar.isConnected && isVisible(this.tabBar))) this.tabBar = null;
    if (this.tabBar && !bars.some((b) => b.contains(this.tabBar))) bars = [...bars, this.tabBar];
    // The same for the side column holding the account: its menu may open inside it.
    if (this.sideBar && !(this.sideBar.isConnected && isVisible(this.sideBar))) this.sideBar = null;
    if (this.sideBar && !bars.some((b) => b.contains(this.sideBar))) bars = [...bars, this.sideBar];
    const exclude = (el: Element) => bars.some((b) => b.contains(el));

    // Top bar: the account trigger, or signing in.
    // The trigger found before the hover stays the trigger: hovering changes what it shows.
    const kept =
      this.trigger?.isConnected && isVisible(this.trigger) && bars.some((b) => b.contains(this.trigger!))
        ? this.trigger
        : null;
    let trigger =
      kept ??
      this.corrected('account-menu', bars) ??
      this.ownersInSide(findTrigger(bars, this.triggerOptions()).element) ??
      this.learnt(bars);
    // A sign-in form open over the page, no account in the bar: signing in there comes first.
    const signInForm = trigger ? null : signInDialog(this.doc);
    // No account at the top: a mobile layout has it in a bar of tabs at the bottom (its tab is
    // there signed out too: a sign-in form on show comes first).
    if (!trigger && !signInForm) {
      const tabs = bottomTabBar(this.doc);
      const inTabs = tabs && findTrigger([tabs], this.triggerOptions()).element;
      if (inTabs && showsItsOwner(inTabs, this.options.nameHint)) {
        bars = [...bars, tabs];
        trigger = inTabs;
        this.tabBar = tabs;
      } else if (tabs && !locate('sign-in', bars).element && locate('sign-in', [tabs]).element) {
        // Signed out, the bar at the foot offers signing in where the top offers none (a
        // dock of the app's icons, "Ingresar" last): the same bar shows the account after.
        bars = [...bars, tabs];
        this.tabBar = tabs;
      }
    }
    // Nor in a bar of tabs: the site's column down one side (an app-like layout whose top bar
    // holds only the logo and the search) may head with the account: signing in there, or a
    // block greeting or showing its owner. Only when the bars offer neither.
    if (!trigger && !signInForm && !this.tabBar && !this.sideBar && !locate('sign-in', bars).element) {
      const side = sideColumn(this.doc, bars);
      const inSide = side && findTrigger([side], this.triggerOptions()).element;
      if (side && inSide && this.ownersInSide(inSide, side)) {
        bars = [...bars, side];
        trigger = inSide;
        this.sideBar = side;
      } else if (side && locate('sign-in', [side]).element) {
        bars = [...bars, side];
        this.sideBar = side;
      }
    }
    this.trigger = trigger;
    // A top bar that offers signing in is signed out, whatever else it shows (an account
    // icon there leads to the sign-in form): signing in comes first, and nothing else counts.
    // A sign-in form already open over the page comes before the bar's button: the bar's lies
    // under the form's backdrop, and only opens the form again (while the form signs in, its
    // button busy, nothing is to press).
    const signIn =
      trigger && signedInMenu(bars) ? null : signInForm ? signInForm.button : locate('sign-in', bars).element;
    this.signedIn = signIn ? false : trigger ? true : null;
    if (signIn) this.signedOutSeen = true;
    else if (this.signedIn && this.takesOrdersRoute(exclude)) return this.evaluateNow();
    if (signIn) {
      found.set('sign-in', signIn);
      this.trigger = null;
      this.commit(found, null);
      return;
    }
    if (trigger && steps.includes('account-menu')) found.set('account-menu', trigger);

    // The menu the trigger revealed. Once the shopper is in the assistant, the menu is the one
    // they chose from: an assistant docked near the trigger, holding "Support" in its title,
    // must not be taken for a menu (and then left out of the assistant).
    if (scopeDepth(this.step) === 2 && this.assistantOpen) {
      if (this.menu && !this.menu.isConnected) this.menu = null;
    } else if (trigger && steps.includes('customer-support')) {
      // What the top bar shows before any hover (its own links) is never the menu, nor what
      // shows just under the trigger (a band of categories below the bar, "Hilfe & Kontakt"
      // among them). When the pointer already rests on the trigger (say where the sign-in
      // button was), what its holder shows is the hover's menu: that is left out.
      if (!this.baselineTaken) {
        this.baselineTaken = true;
        const hovered = pointerOn(trigger, bars);
        const holder = hovered ? hoverHolder(trigger, bars) : null;
        const under = hovered ? [] : inFlowUnder(trigger, this.doc);
        noteVisibleEntries([...bars, ...under], this.baseline, (e) => !!holder?.contains(e));
      }
      this.menu = findMenu(trigger, this.doc, {
        baseline: this.baseline,
        recent: this.watcher.recent,
        bars,
      });
      // A menu drawn in a frame of its own: the shopper's click there never reaches this page.
      if (this.menu) this.listenFrames([this.menu]);
      const entry =
        this.menu &&
        (this.corrected('customer-support', [this.menu]) ??
          locate('customer-support', [this.menu, ...menuSections(this.menu, trigger, this.baseline)])
            .element ??
          serviceCentreEntry(this.menu));
      // An entry of a panel still collapsed (sliding down on the hover, not yet open) is not on
      // show: the hover comes first.
      if (entry && !clippedAway(entry)) found.set('customer-support', entry);
    } else this.menu = null;

    // The assistant, once it is open.
    const assistant = this.assistantRegions(bars);
    this.listenFrames(assistant);

    // An order's own support button: never one in the assistant (its own page may show the
    // order's number, and its "Contact us" is no way into it). A region holding the order's
    // card or number is no assistant for this (a card the page restyles as its help opens).
    if (steps.includes('get-help')) {
      const regions = this.orderRegions();
      const number = this.options.orderNumber;
      const apart = assistant.filter((r) => {
        // A page or frame that is the assistant whole: nothing in it is the order's own button.
        if (r.nodeType === 9 || r === this.doc.body) return true;
        if (regions.some((card) => card === r || (r as Node).contains(card as Node))) return false;
        // Its number in a region that is no chat (a card restyled): the order's; quoted in the
        // assistant's dialog or log, it is still the assistant.
        if ((r as Element).closest?.(ASSISTANT_SELECTOR)) return true;
        const text = (r as Element).textContent ?? '';
        return !number || !text.includes(number);
      });
      const inAssistant = (el: Element) => {
        if (apart.some((r) => (r as Node).contains(el))) return true;
        // A chat open beside the order before any click (its "Get help" chip), unless it holds
        // the order's card (an order shown in a dialog).
        const chat = closestAcross(el, ASSISTANT_SELECTOR);
        return !!chat && !regions.some((card) => chat === card || chat.contains(card as Node));
      };
      const notTheOrders = (el: Element) => exclude(el) || inAssistant(el);
      const help =
        (regions.length ? this.corrected('get-help', regions) : null) ??
        findOrderHelp(this.doc, number, regions, notTheOrders, assistant);
      if (help) found.set('get-help', help);
    }

    let field: Field | null = null;
    if (assistant.length) {
      const shownBefore = this.assistantOpen?.fields;
      // A link to another site (a courier's chat, a partner's page) is none of the assistant's
      // answers, whatever its words.
      // Nor a control of another party's chat open beside Wish's, or of a feedback form.
      const others = othersChats(assistant);
      // An old talk kept above today's, ended ("Chat ended · 14 Mar"): its choices are past,
      // though the page left them pressable.
      const ends = chatEnds(assistant);
      const inAssistant = (el: Element) =>
        exclude(el) ||
        !!shownBefore?.has(el) ||
        leavesWish(el) ||
        others.some((o) => o.contains(el)) ||
        sendsFeedback(el) ||
        ends.some((end) => endsTalkOf(end, el));
      // The choices of a question already answered never stand for the steps from here on;
      // they still tell where the shopper was (a step back).
      const answered = (el: Element) =>
        inAssistant(el) ||
        this.answered.has(el) ||
        (!!el.parentElement && this.answered.has(el.parentElement));
      const here = steps.indexOf(this.step);
      const topicTargets = STEPS.topic.targets(this.options.problem);
      // The widget where the shopper answered the assistant: its next questions come there.
      const home = this.answeredIn
        ? assistant.find((r) => r === this.answeredIn || containsRegion(r, this.answeredIn!))
        : undefined;
      const choices = conversationsOf(talkRegions(assistant, home, !!this.answeredIn), this.doc);
      const pageIsAssistant = !!this.doc.body && assistant.includes(this.doc.body);
      for (const id of ['topic', 'something-else', 'contact-agent'] as const) {
        const skip0 = steps.indexOf(id) >= here ? answered : inAssistant;
        const skip1 = (el: Element) =>
          skip0(el) ||
          (pageIsAssistant && inSideColumn(el)) ||
          explainsAnother(el) ||
          // A chat with a log talks in it: a button in the chat's header above the log ("Talk
          // to a person" beside "Email transcript") is the window's, not the talk's way on (a
          // welcome card's topics above a log still empty are the topics).
          (id !== 'topic' && aboveLog(el, choices));
        const skip =
          id === 'something-else'
            ? (el: Element) => skip1(el) || ratesAnswer(el)
            : id === 'topic'
              ? (el: Element) =>
                  skip1(el) ||
                  // A way back or a link to another page of the site ("← Voltar ao pedido", a
                  // header's "Mein Konto" to the settings) is no topic of the talk.
                  meansBack(accessibleName(el)) ||
                  doneStep(el) ||
                  // (A topic link in the talk itself may open the assistant at its topic; a
                  // wizard drawn over several pages links its next page.)
                  (leavesThisPage(el) && !el.closest('[role="log"]') && !nextWizardPage(el)) ||
                  // An article the bot offers in its answer ("Mi tarjeta fue rechazada" to
                  // /help/articulo/…) is to read, never a topic of the talk.
                  leadsToArticle(el) ||
                  onOrderCard(el, choices, this.options.orderNumber)
              : skip1;
        const taught = this.corrected(id, assistant);
        let el =
          taught ??
          this.firstOf(
            id === 'topic' ? topicTargets : STEPS[id].targets(this.options.problem),
            choices,
            skip,
          ) ??
          (id === 'topic' ? this.anyTopic(choices, skip) : null);
        if (id === 'topic' && !taught) {
          el = this.fittingTopic(el, choices, skip);
          if (el && standsAlone(el, choices, skip)) el = null;
        }
        if (el) found.set(id, el);
      }
      if (!found.has('contact-agent')) {
        // "Would you like to talk to an agent?" → "Yes".
        const yes = answerAfter(
          choices,
          pageIsAssistant ? (el: Element) => answered(el) || inSideColumn(el) : answered,
          YES_ANSWER,
        );
        if (yes) found.set('contact-agent', yes);
      }
      // The box is in the widget where the shopper answered the assistant: a part that appeared
      // meanwhile elsewhere (a survey popping up, a third party's chat) holds no message box of
      // the assistant's, though its own box may show before the assistant's does.
      // A chat of its own added beside it (the agent's, handed over to) is a conversation too;
      // a survey or a form popping up is none.
      const boxHome = home ? assistant.filter((r) => sameWidget(r, home) || isConversation(r)) : assistant;
      // The box to write in may be added beside a log, in the panel holding it.
      const panels = boxHome.filter(
        (r): r is Element => r.nodeType === 1 && (r as Element).getAttribute('role') === 'log',
      );
      const boxRegions = [...boxHome, ...panels.map(panelOfLog).filter((p) => !panels.includes(p))];
      // On a page that is the assistant whole, a side column's box (the page's "How is this
      // page? Leave a comment") is the page's, not the chat's.
      const notTheBox = (el: Element) => inAssistant(el) || (pageIsAssistant && inSideColumn(el));
      field = (this.corrected('message', assistant) ??
        locate('message', boxRegions, { exclude: notTheBox }).element ??
        // The shopper asked for a person: the chat's only box is where to write (and, once
        // written in, still the box whose Send comes next).
        (this.step === 'message' || this.step === 'send'
          ? loneTextField(boxRegions, notTheBox)
          : null)) as Field | null;
      this.field = field;
      if (field) {
        found.set('message', field);
        const send = this.corrected('send', [sendRegion(field)]) ?? this.sendButton(field);
        if (send) found.set('send', send);
      }
      // No "something else" on offer, nothing further either, but the assistant asks whether
      // its articles helped: its "No" is the way on. Only at that step (a no is no topic and no
      // person), and only where the shopper answered (a survey popping up beside is not asked).
      // A box on show since before the shopper's answer is the chat's input to the bot (pinned at
      // its foot from the start): the assistant's question still comes first.
      const botsBox = !!field && this.pastFields.has(field as Element);
      if (
        this.step === 'something-else' &&
        !(['something-else', 'contact-agent'] as const).some((id) => found.has(id)) &&
        (!found.has('message') || botsBox)
      ) {
        // Asked before the shopper's last answer (a rating under the greeting), it is past; so
        // is one on show at that answer (a rating of the whole chat pinned at its foot).
        const no = answerAfter(
          home ? [home] : choices,
          (el) => answered(el) || this.pastChoices.has(el) || this.shownAtAnswer.has(el),
          NOT_HELPED_ANSWER,
        );
        // ... and only once it has shown for a moment: a rating under each of the bot's
        // messages comes before that message's choices as often.
        if (no !== this.wayOnNo) this.wayOnNoSince = Date.now();
        this.wayOnNo = no;
        if (no && this.held(this.wayOnNoSince, NO_WAY_ON_MS)) found.set('something-else', no);
        // Asked, or while the bot may still be replying, the bot's own box waits (not yet
        // written in: once the shopper types there, the box is theirs).
        if (botsBox && !fieldText(field!).trim() && (no || !this.held(this.answeredAt, BOT_REPLY_MS))) {
          found.delete('message');
          found.delete('send');
        }
      }
    }
    this.commit(found, field);
  }

  /** Asks the machine for the step and marks its target. */
  private commit(found: Map<StepId, Element>, field: Field | null): void {
    const route = this.route;
    // A choice in the assistant's log shown after the current one is what comes next.
    const facts: Facts = {
      found: {},
      signedIn: this.signedIn,
      messageWritten: !!field && fieldText(field).trim().length > 0,
    };
    const here = found.get(this.step);
    for (const [id, el] of found) {
      const sighting: Sighting = {};
      // The log's order tells a choice after another; the message box sits after the log
      // whatever was said, so it never tells.
      if (
        here &&
        id !== this.step &&
        id !== 'message' &&
        id !== 'send' &&
        STEPS[id].scope === 'assistant' &&
        STEPS[this.step].scope === 'assistant'
      )
        sighting.later = separateAndAfter(here, el);
      facts.found[id] = sighting;
    }
    this.checkEnterSend(field);
    const choice = chooseStep(route, this.step, facts);
    let next = choice.step;
    if (choice.backward) {
      const leaving = scopeDepth(this.step) === 2 && scopeDepth(next) < 2;
      const wait = leaving ? STEP_BACK_FROM_ASSISTANT_MS : STEP_BACK_MS;
      this.backSince ||= Date.now();
      if (!this.held(this.backSince, wait)) next = this.step;
      // The assistant the shopper answered in still shows (its answered choices disabled, the
      // next ones unknown): they are in it, and the way in is no step for them now.
      else if (leaving && this.answeredIn && stillOpen(this.answeredIn)) next = this.step;
    } else this.backSince = 0;
    // Skipping the assistant's choices (topic, "something else", the agent) to its message box:
    // only once the box has shown alone for a moment.
    const skipping =
      !choice.backward &&
      (next === 'message' || next === 'send') &&
      (this.step === 'topic' || this.step === 'something-else' || this.step === 'contact-agent');
    if (skipping) {
      this.skipSince ||= Date.now();
      if (!this.held(this.skipSince, SKIP_TO_MESSAGE_MS)) next = this.step;
    } else this.skipSince = 0;
    if (next !== this.step) this.changeStep(next);
    const target = next === this.step ? (found.get(next) ?? null) : null;
    const changed = target !== this.target;
    this.setTarget(target);
    this.callbacks.onUpdate({ step: this.step, target, signedIn: this.signedIn, changed });
  }

  /** Whether a move first proposed at `since` has held for `wait` ms; if not, the page is
   *  looked at again when it will have. */
  private held(since: number, wait: number): boolean {
    const left = wait - (Date.now() - since);
    if (left <= 0) return true;
    clearTimeout(this.backTimer);
    this.backTimer = setTimeout(() => this.evaluate(), left + 20);
    return false;
  }

  private triggerOptions() {
    return {
      ...(this.options.nameHint ? { nameHint: this.options.nameHint } : {}),
      learned: this.learnedTrigger,
    };
  }

  /** The shopper hovered something in the top bar and a menu of Wish's entries appeared
   *  beside it: that is the trigger, however it is drawn. */
  private learnt(bars: readonly Element[]): Element | null {
    const hovered = this.lastHovered;
    if (!hovered?.isConnected || !bars.some((b) => b.contains(hovered))) return null;
    const node = triggerFromHover(hovered, bars, this.doc, {
      baseline: this.baseline,
      recent: this.watcher.recent,
    });
    if (node) this.learnedTrigger = node;
    return node;
  }

  /** Signed in at last, on the account route, before any hover: when the page now shows the
   *  tour's order with its own help (the order list a sign-in wall hid), that is Wish's way today,
   *  as it would have been chosen had the page shown it when the guide started. Once. */
  private takesOrdersRoute(exclude: (el: Element) => boolean): boolean {
    const number = this.options.orderNumber;
    if (!number || !this.signedOutSeen || this.route !== 'account-menu' || this.step !== 'account-menu')
      return false;
    if (!findOrderHelp(this.doc, number, this.orderRegions(), exclude, [])) return false;
    this.signedOutSeen = false;
    this.route = 'order';
    this.trigger = null;
    this.callbacks.onRoute?.('order');
    this.changeStep(firstStep('order'));
    return true;
  }

  private orderRegions(): Region[] {
    return orderRegions(this.doc, this.options.orderNumber);
  }

  /** The assistant's regions: what appeared after the shopper clicked "Customer Support" or
   *  "Get Help"; on a page the tour came to after that click, what looks like an assistant. */
  private assistantRegions(bars: readonly Element[]): Region[] {
    const keep = this.assistant.filter((r) =>
      r.nodeType === 9 ? (r as Document).defaultView !== null : (r as Node).isConnected,
    );
    const out: Region[] = [];
    const add = (r: Region) => {
      if (r.nodeType === 1 && (bars.some((b) => b.contains(r as Element)) || isContent(r as Element))) return;
      if (!out.some((o) => o === r || (o as Node).contains?.(r as Node))) out.push(r);
    };
    if (this.assistantOpen) {
      const before = [...this.assistantOpen.before];
      for (const el of this.watcher.since(this.assistantOpen.mark)) {
        if (!el.isConnected || !isVisible(el) || !hasControls(el) || el.matches('html, body')) continue;
        if (before.some((r) => r === el || (r as Node).contains(el))) continue;
        // The page's root (a modal library marks it when a dialog opens) is not the assistant.
        if (el.querySelector('main, [role="main"], header, [role="banner"]')) continue;
        if (this.menu?.contains(el) || el.contains(this.menu ?? null)) continue;
        if (el.localName === 'iframe' || el.localName === 'frame') {
          for (const r of assistantLike(el.parentElement ?? el)) if (r.nodeType === 9) add(r);
          continue;
        }
        add(el);
        for (const r of assistantLike(el)) add(r);
      }
      for (const r of assistantLike(this.doc)) if (!this.assistantOpen.before.has(r)) add(r);
    }
    if (this.resumedInAssistant || (keep.length === 0 && out.length === 0 && scopeDepth(this.step) === 2)) {
      // Never what was on show before the click that opens Wish's own (a third party's bot,
      // while Wish's assistant is still loading).
      for (const r of assistantLike(this.doc)) if (!this.assistantOpen?.before.has(r)) add(r);
      const kind = pageKind(this.doc.location?.href ?? '');
      // Wish's support page is the assistant; so is a page of Wish no table names (an
      // assistant in a new tab, at a path of its own) when the tour came to it past the door.
      // A page of its own (a new tab, a pop-up) is the assistant whole: its composer may be
      // added beside the conversation, not inside it.
      // So is a bare page of Wish's help (a pop-up window holding the chat alone: no header,
      // no main part, no footer of a site page around it).
      const bare =
        kind === 'support' &&
        !!this.doc.body &&
        !this.doc.body.querySelector(
          'main, header, nav, footer, [role="main"], [role="banner"], [role="navigation"], [role="contentinfo"]',
        );
      const ownPage =
        this.resumedInAssistant && (kind === 'wish-other' || bare) && looksLikeAssistantPage(this.doc);
      if (this.doc.body && (ownPage || (!out.length && kind === 'support'))) add(this.doc.body);
    }
    for (const r of keep) add(r);
    // Regions nested in others are searched once, through the outer one.
    this.assistant = out.filter((r) => !out.some((o) => o !== r && (o as Node).contains?.(r as Node)));
    return this.assistant;
  }

  private firstOf(
    ids: readonly import('../../wish/locators').LocatorId[],
    regions: Region[],
    exclude: (el: Element) => boolean,
  ): Element | null {
    for (const id of ids) {
      const el = locate(id, regions, { exclude, talk: true }).element;
      if (el) return el;
    }
    return null;
  }

  /** No topic by name: a parcel that has not come (for delivery problems), else the first
   *  choice about an account, a payment or an order (the guide: each list leads to an agent). */
  private anyTopic(regions: Region[], exclude: (el: Element) => boolean): Element | null {
    const choices = topicChoices(regions, exclude);
    const names = choices.map(topicName);
    if (PARCEL_PROBLEMS.has(this.options.problem)) {
      const arrival = choices.filter((_, i) => meansArrival(names[i]!));
      if (arrival.length === 1) return arrival[0]!;
      // None says it has not come: where it is ("Delivery status", "Lieferstatus").
      const tracking = choices.filter((_, i) => meansTracking(names[i]!));
      if (!arrival.length && tracking.length === 1) return tracking[0]!;
    }
    const i = names.findIndex((n) => topicOf(n) !== undefined);
    return i >= 0 ? choices[i]! : null;
  }

  /** The topic found, or one beside it that fits the shopper's problem better: "My Account"
   *  is the guide's way for any problem, but where the assistant also offers "My parcel has not
   *  arrived", or "Payments" beside "Refunds" for a declined card, the fitter one leads on.
   *  Only among the found topic's own list (an article link further down is no topic), and
   *  only one that fits best alone. */
  private fittingTopic(
    found: Element | null,
    regions: Region[],
    exclude: (el: Element) => boolean,
  ): Element | null {
    const problem = this.options.problem;
    // Each choice's name is read once (an accessible name walks the element's text).
    const fits = new Map<Element, number>();
    const fit = (el: Element) => {
      let f = fits.get(el);
      if (f === undefined) fits.set(el, (f = topicFit(topicName(el), problem)));
      return f;
    };
    const base = found ? fit(found) : 0;
    // A topic the locator knew by other means (a stable attribute): no name to weigh it by.
    if (found && !topicOf(topicName(found)) && !base) return found;
    // None found by name: only while the topic is the step (topics asked as questions: a
    // question found later may be an article of the answers, no step back).
    if (!found && this.step !== 'topic') return null;
    // Topics may be asked as questions ("Where's my stuff?", "¿Dónde está mi pedido?"), among
    // plain ones too; a link to another page (an article) is none.
    const choices = (
      found ? topicsBeside(found, exclude) : topicRow(topicChoices(regions, exclude), (c) => fit(c) > 0)
    ).filter((c) => !leadsToPage(c) || nextWizardPage(c));
    const best = Math.max(0, ...choices.map(fit));
    if (best <= base) return found;
    const top = choices.filter((c) => fit(c) === best);
    if (top.length === 1) return top[0]!;
    // Two fit alike ("Payments & billing", "Cards & payment methods"), the one found not at all
    // ("Track a parcel" for a declined card): the first of them, when they are of one kind;
    // none when they are not (which is meant is not certain, the one found surely is not).
    if (base > 0) return found;
    const kinds = new Set(top.map((c) => topicOfAsked(topicName(c))));
    return kinds.size === 1 && !kinds.has(undefined) ? top[0]! : null;
  }

  /** Send: named so, or the form's submit, or the one icon button beside the field; else,
   *  where the field's surroundings hold only a way to attach a file, named so further out
   *  (a form's footer under its body: "Submit request"). */
  private sendButton(field: Element): Element | null {
    const region = sendRegion(field);
    const notSend = (el: Element) =>
      el === field ||
      el.contains(field) ||
      meansDismiss(accessibleName(el)) ||
      meansAttach(accessibleName(el));
    const named = locate('send', [region], { exclude: notSend }).element;
    if (named) return named;
    const all = [...region.querySelectorAll('button, [role="button"], input[type="submit"]')].filter(
      (b) => b !== field && isVisible(b) && !b.contains(field) && !(b as HTMLButtonElement).disabled,
    );
    // A button with words of its own counts only after the box, where a form's send stands
    // ("Anfrage absenden"): one before it ("Emojis" at the bar's start) is for something else,
    // and the send may come only once the box holds text.
    const after = (b: Element) => !!(field.compareDocumentPosition(b) & FOLLOWS);
    const buttons = all.filter((b) => !notSend(b) && (!/\p{L}{3}/u.test(accessibleName(b)) || after(b)));
    const iconOnly = buttons.filter((b) => !accessibleName(b) || /^\W*$/u.test(accessibleName(b)));
    if (buttons.length === 1) return buttons[0]!;
    if (iconOnly.length === 1 && buttons.length <= 2) return iconOnly[0]!;
    // Nothing beside the box but an attach control: the send is further out, named so, inside
    // the assistant's own region.
    if (buttons.length || !all.some((b) => meansAttach(accessibleName(b)))) return null;
    const home = this.assistant.find((r) => (r as Node).contains(region));
    for (let up = region.parentElement, d = 0; up && home && d < 4; up = up.parentElement, d++) {
      if (!(home as Node).contains(up)) break;
      const wider = locate('send', [up], { exclude: notSend }).element;
      if (wider) return wider;
    }
    return null;
  }

  /** A correction the shopper taught for a step, if one matches inside the regions. */
  private corrected(step: StepId, regions: readonly Region[]): Element | null {
    const mine = this.corrections.filter((c) => c.step === step);
    if (!mine.length) return null;
    for (const c of mine) {
      const el = matchCorrection(c, regions);
      if (el) return el;
    }
    return null;
  }

  private changeStep(step: StepId): void {
    if (step === this.step) return;
    if (STEPS[step].scope !== 'assistant') this.resumedInAssistant = false;
    this.step = step;
    this.backSince = 0;
    this.skipSince = 0;
    this.teaching = null;
    this.callbacks.onStep?.(step);
  }

  private setTarget(el: Element | null): void {
    this.targetStep = this.step;
    if (el === this.target) {
      if (el && el.getAttribute(STEP_ATTRIBUTE) !== this.step) el.setAttribute(STEP_ATTRIBUTE, this.step);
      return;
    }
    this.target?.removeAttribute(STEP_ATTRIBUTE);
    this.target = el;
    el?.setAttribute(STEP_ATTRIBUTE, this.step);
  }

  private onHover(event: Event): void {
    if (!event.isTrusted) return;
    const el = event.target as Element | null;
    if (el?.nodeType === 1 && !el.closest('[data-wsg-ui]')) this.lastHovered = el;
  }

  private onClick(event: Event): void {
    // The page's own scripts can dispatch clicks: only the shopper's count.
    if (!event.isTrusted || this.finished) return;
    const path = event.composedPath();
    if (this.teaching) return this.learnFrom(event, path);
    const target = this.target;
    if (!target || !hits(event, path, target)) return;
    this.pressed(target);
  }

  /** A list box's option chosen (a <select size=6> of topics): the page often answers at its
   *  change, disabling the list before the browser's click, which then never comes. */
  private onChange(event: Event): void {
    if (!event.isTrusted || this.finished || this.teaching) return;
    const target = this.target;
    if (
      target?.localName === 'option' &&
      (target as HTMLOptionElement).selected &&
      event.target === target.closest('select')
    )
      this.pressed(target);
  }

  /** The shopper pressed the step's target. */
  private pressed(target: Element): void {
    // One click, one step: a label's click also clicks its radio or checkbox, inside the same
    // highlighted element, before the next step's element is marked.
    if (this.targetStep !== this.step) return;
    if (this.step === 'send') {
      const field = this.messageField();
      const text = field ? fieldText(field).trim() : '';
      if (text) this.callbacks.onSent?.(text);
      return;
    }
    if (STEPS[this.step].action !== 'click') return;
    // An order chosen inside the assistant: it is open already, and stays what it was.
    const inOpenAssistant =
      this.step === 'get-help' &&
      (this.assistant.length ? this.assistant : conversationRegions(this.doc)).some((r) =>
        containsRegion(r, target),
      );
    if ((this.step === 'customer-support' || this.step === 'get-help') && !inOpenAssistant)
      this.openingAssistant();
    if (this.step === 'sign-in') return; // signing in changes the page; the top bar tells
    // An answer given in the assistant (an order chosen among others there too): the choices
    // beside it are the question's, answered. The next step comes from what the assistant
    // shows next (it often disables them later).
    if ((inOpenAssistant || STEPS[this.step].scope === 'assistant') && target.parentElement)
      for (const sibling of target.parentElement.children)
        if (!disclosedBy(target, sibling)) this.answered.add(sibling);
    if (STEPS[this.step].scope === 'assistant') {
      this.answeredIn = this.assistant.find((r) => containsRegion(r, target)) ?? this.answeredIn;
      // What the page offered before this answer is past, even once the answer is removed.
      const root = target.getRootNode() as Document | ShadowRoot;
      this.shownAtAnswer = new WeakSet();
      for (const el of root.querySelectorAll(CHOICE)) {
        if (el.compareDocumentPosition(target) & 4) this.pastChoices.add(el);
        if (isVisible(el)) this.shownAtAnswer.add(el);
      }
      for (const el of root.querySelectorAll(FIELD_SELECTOR)) this.pastFields.add(el);
      this.answeredAt = Date.now();
    }
    this.changeStep(afterClick(this.route, this.step));
    this.watcher.schedule();
  }

  /** The assistant is about to open: what shows after this moment is the assistant. */
  private openingAssistant(): void {
    // Clicked again while the assistant is open: its choices are still its own.
    if (this.assistantOpen && this.assistant.some((r) => (r.nodeType === 9 ? true : (r as Node).isConnected)))
      return;
    // What was already on show (a third-party chat bot, a search box) is not what the click
    // opens, however much it changes afterwards.
    // A sheet or drawer parked outside the window (fixed, slid away) is not on show: it is
    // what the click brings in.
    // Wish's own panel on show empty (a dock waiting for its first message) is what the click
    // fills: not set aside with the rest.
    const before = new Set(assistantLike(this.doc).filter((r) => onShow(r) && !emptyShellOfWish(r)));
    // Every control on show at the click (a chat bot's chips and box, the page's own buttons)
    // is never one of the assistant's steps.
    const fields = new WeakSet<Element>();
    for (const r of [this.doc as Region, ...before])
      for (const f of r.querySelectorAll(SHOWN_CONTROLS)) if (isVisible(f)) fields.add(f);
    this.assistantOpen = { mark: this.watcher.mark(), before, fields };
    this.assistant = [];
  }

  private messageField(): Field | null {
    // Our own record of the field, never the page's attributes (the page can set those).
    if (this.field?.isConnected) return this.field;
    for (const r of this.assistant) {
      const f = locate('message', [r]).element;
      if (f) return f as Field;
    }
    return null;
  }

  private onKey(event: KeyboardEvent): void {
    if (!event.isTrusted || event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
    // Not while the guide still waits to skip to a box shown alone: that box may be the bot's,
    // and a question typed to the bot is no message to an agent.
    if (this.step !== 'message' && this.step !== 'send') return;
    const field = this.messageField();
    if (!field || !hits(event, event.composedPath(), field)) return;
    const text = fieldText(field).trim();
    // A chat that sends on Enter empties its field; one that does not just gets a new line.
    if (text) {
      this.pendingEnter = { field, text, at: Date.now() };
      setTimeout(() => this.checkEnterSend(this.pendingEnter?.field ?? null), ENTER_SEND_MS / 3);
      setTimeout(() => this.checkEnterSend(this.pendingEnter?.field ?? null), ENTER_SEND_MS);
    }
  }

  private checkEnterSend(field: Field | null): void {
    const pending = this.pendingEnter;
    if (!pending) return;
    if (Date.now() - pending.at > ENTER_SEND_MS) {
      this.pendingEnter = null;
      return;
    }
    const current =
      field === pending.field
        ? fieldText(field).trim()
        : pending.field.isConnected
          ? fieldText(pending.field).trim()
          : '';
    if (!current) {
      this.pendingEnter = null;
      this.callbacks.onSent?.(pending.text);
    }
  }

  /** "Show me where it is": the element the shopper clicked, if it is in the step's region. */
  private learnFrom(event: Event, path: EventTarget[]): void {
    const step = this.teaching!;
    // The nearest control on the click's path: a button, a link, a field, never a landmark.
    const el =
      path.find(
        (n): n is Element =>
          (n as Node).nodeType === 1 && !!roleOf(n as Element) && !LANDMARK_ROLES.has(roleOf(n as Element)),
      ) ?? (path[0] as Element | undefined);
    if (!el || el.nodeType !== 1 || el.closest('[data-wsg-ui]')) return;
    if (!this.inScope(step, el)) return;
    if (step === 'account-menu') {
      // Clicking the name would leave for the settings page: this click only shows us.
      event.preventDefault();
      event.stopPropagation();
      this.learnedTrigger = el;
    }
    this.teaching = null;
    const correction = fingerprint(step, el);
    this.corrections = [correction, ...this.corrections.filter((c) => c.step !== step)];
    this.callbacks.onTaught?.(correction);
    if (step !== 'account-menu') {
      // The taught element is this step's target now: the click goes on as the shopper's own.
      this.setTarget(el);
      this.onClick(event);
    }
    this.watcher.schedule();
  }

  private inScope(step: StepId, el: Element): boolean {
    if (isContent(el, step !== 'account-menu')) return false;
    const bars = topBars(this.doc);
    switch (STEPS[step].scope) {
      case 'topbar':
        return bars.some((b) => b.contains(el));
      case 'menu':
        // Without the menu the trigger revealed, nothing can be checked: nothing is learnt.
        return !!this.menu?.contains(el);
      case 'order':
        return this.orderRegions().some((r) => (r as Node).contains(el));
      case 'assistant':
        return this.assistant.some((r) => (r as Node).contains(el) || r === el.ownerDocument);
    }
  }
}

/** The top bar holds the account menu's own entries (log out, order history, Wish Cash),
 *  shown or hidden: the shopper is signed in, whatever else the bar offers. Not in a flyout
 *  that offers signing in itself ("Identificarse" above "Tus pedidos"): a signed-out page's. */
function signedInMenu(bars: readonly Element[]): boolean {
  return bars.some((bar) =>
    menuEntries(bar, true).some(
      (e) =>
        bestNameScore(accessibleName(e), ['logOut', 'orderHistory', 'wishCash']) > 0 && !offersSignIn(e, bar),
    ),
  );
}

/** A sign-in or register control in the entry's menu (its holders up to three levels, inside
 *  the bar). */
function offersSignIn(entry: Element, bar: Element): boolean {
  for (
    let holder = entry.parentElement, d = 0;
    holder && d < 3 && bar.contains(holder) && holder !== bar;
    holder = holder.parentElement, d++
  )
    for (const c of holder.querySelectorAll('a[href], button, [role="button"], [role="link"]'))
      if (bestNameScore(accessibleName(c), ['signIn', 'register']) > 0) return true;
  return false;
}

/** The event happened on `el` or inside it. (In Firefox, an iframe's elements reach the
 *  content script through other wrappers than its event path's: ask the DOM too.) */
function hits(event: Event, path: readonly EventTarget[], el: Element): boolean {
  if (path.includes(el)) return true;
  const t = event.target as Node | null;
  return !!t && typeof t.nodeType === 'number' && el.contains(t);
}

/** The field's surroundings where its send button is: the nearest ancestor holding a button. */
function sendRegion(field: Element): Element {
  // A whole page made editable in a frame (a rich-text box): its Send is beside the frame, in
  // the page holding it.
  let node: Element = (field.matches('body, html') && frameHolding(field.ownerDocument)) || field;
  for (let d = 0; d < 5; d++) {
    const up = parentElementAcrossShadow(node);
    if (!up || up.matches('body, html')) break;
    node = up;
    if (node.querySelector('button, [role="button"], input[type="submit"]')) break;
  }
  return node;
}

const CHOICE =
  'button, [role="button"], a[href], [role="option"], [tabindex], input[type="button"], input[type="submit"]';
/** The longest label a chat's chip has (a message of the log is longer). */
const CHOICE_CHARS = 60;

/** An answer to the assistant's question: what the choice says, and what the question must
 *  ask for it to count. */
interface Answer {
  /** A cheap test of a text, before reading a control whole. */
  starts: (text: string) => boolean;
  says: (name: string) => boolean;
  asks: (question: string) => boolean;
  /** Only a choice worded on screen, or named in full: a bare 👎 (named "No" for screen
   *  readers) rates the message it sits under, it answers nothing. */
  worded?: boolean;
}
/** Yes to a question offering a person ("Shall I connect you with an agent?" "Yes, please"). */
const YES_ANSWER: Answer = {
  starts: startsLikeYes,
  says: (name) => meansYes(name) > 0,
  asks: asksForPerson,
};
/** No to a question whether the articles shown helped ("Did any of these sort it out?" "No"):
 *  where an assistant offers no "something else", the way on to a person. */
const NOT_HELPED_ANSWER: Answer = {
  starts: (text) => meansNotHelped(text.slice(0, 40)) || saysItDidNotHelp(text.slice(0, 40)),
  says: (name) => meansNotHelped(name) || saysItDidNotHelp(name),
  asks: asksIfHelped,
  worded: true,
};

/** A "didn't help" beside a "👍 Helpful" or a "Yes": the bad end of a rating, answered only
 *  where the assistant asked whether it helped (the way-on "No" below), never "something
 *  else" by its own words ("Como está sendo seu atendimento? 👍 Útil 👎 Não ajudou"). A row
 *  offering another way too ("Das hat geholfen · Das hilft mir nicht weiter · Zurück zur
 *  Übersicht") is the assistant's answers, not a rating: its "didn't help" is the way on. */
function ratesAnswer(el: Element): boolean {
  if (!saysItDidNotHelp(accessibleName(el))) return false;
  const holder = rowOf(el);
  if (!holder) return false;
  let n = 0;
  let praised = false;
  for (const other of holder.querySelectorAll(CHOICE)) {
    if (other === el || other.contains(el) || el.contains(other)) continue;
    if (++n > 6) return false; // a list of choices, not a rating's two ends
    const name = accessibleName(other);
    if (praises(name)) praised = true;
    // A point between the ends ("😐 Más o menos"): a rating of three points.
    else if (ratesMiddle(name)) continue;
    // A choice of another kind in the row ("Zurück zur Übersicht" after "Das hat geholfen /
    // Das hilft mir nicht weiter"): the assistant's answers to its articles, not a rating.
    else if (!saysItDidNotHelp(name)) return false;
  }
  return praised;
}

/** The row a choice stands in: its group of choices, else the nearest holder (three levels
 *  up at most) with another choice in it, each choice wrapped in an element of its own
 *  ("<span><button>👍 Útil</button></span><span><button>👎 Não ajudou</button></span>"). */
function rowOf(el: Element): Element | null {
  const group = choiceGroup(el);
  // (A group holding this choice alone is its wrapper: the row is further up.)
  for (let up = group.contains(el) && group !== el ? group : el.parentElement, d = 0; up && d < 3; d++) {
    for (const other of up.querySelectorAll(CHOICE))
      if (other !== el && !other.contains(el) && !el.contains(other)) return up;
    up = up.parentElement;
  }
  return null;
}

/** The one choice in the regions that gives `answer` to the question just before it (two such
 *  choices: which one is meant is not certain). */
function answerAfter(regions: Region[], exclude: (el: Element) => boolean, answer: Answer): Element | null {
  const hits: Element[] = [];
  for (const root of regions)
    for (const el of answerChoices(root, answer)) {
      if (
        exclude(el) ||
        isDisabled(el) ||
        !isVisible(el) ||
        isContent(el) ||
        !answer.says(accessibleName(el)) ||
        (answer.worded && !/\p{L}/u.test(shownWords(el)) && !spellsOut(accessibleName(el)))
      )
        continue;
      if (answer.asks(textBefore(choiceGroup(el)))) hits.push(el);
    }
  const distinct = hits.filter((h) => !hits.some((o) => o !== h && o.contains(h)));
  return distinct.length === 1 ? distinct[0]! : null;
}

/** A name asking for more help than the answer gave ("No, I still need help" on a 👎 under
 *  "Did this answer your question?"): the way on, not a rating's end (a 👎 named "No" or "No,
 *  it didn't help" rates the message). */
function spellsOut(name: string): boolean {
  return STILL_NEEDS.test(normalise(name));
}
const STILL_NEEDS = /(^| )(still|noch|encore|toujours|ancora|todavia|aun|ainda|ακομα) /;

/** The words a control shows: an input button's are its value. */
function shownWords(el: Element): string {
  // (By name, not instanceof: a frame's input is of another realm.)
  if (el.localName === 'input') return (el as HTMLInputElement).value;
  // A wordless tile shows its caption beside it.
  return el.textContent?.trim() ? el.textContent : captionOf(el);
}

/** The row of choices a choice stands in (a holder of choices only), whose text before is the
 *  question: "No" comes after "Yes, all sorted", which is no part of it. In a holder that
 *  also holds the question ("Cette réponse vous a-t-elle aidé? [Oui] [Non]"), the first of the
 *  choices right before it: the other answers are no part of the question either. */
function choiceGroup(el: Element): Element {
  // A wordless button and its caption are one tile: the tile stands among the choices.
  const unit = !el.textContent?.trim() && captionOf(el) && el.parentElement ? el.parentElement : el;
  let group = unit;
  for (let up = unit.parentElement, d = 0; up && d < 2; up = up.parentElement, d++) {
    const loose = [...up.childNodes].some(
      (n) => (n.nodeType === 3 && n.nodeValue?.trim()) || (n.nodeType === 1 && !isChoiceUnit(n as Element)),
    );
    if (loose) break;
    group = up;
  }
  if (group !== unit) return group;
  for (let s = unit.previousSibling; s; s = s.previousSibling) {
    if (s.nodeType === 3 && !s.nodeValue?.trim()) continue;
    if (s.nodeType !== 1 || !isChoiceUnit(s as Element)) break;
    group = s as Element;
  }
  return group;
}

/** A choice, or a tile holding one wordless choice and its caption. */
function isChoiceUnit(el: Element): boolean {
  if (el.matches(CHOICE)) return true;
  const inner = el.firstElementChild;
  // An item of a list of choices holding one and nothing else ("<ol><li><a>1. Sí</a></li>…").
  if (
    inner &&
    el.children.length === 1 &&
    el.matches('li, [role="listitem"]') &&
    inner.matches(CHOICE) &&
    el.textContent?.trim() === inner.textContent?.trim()
  )
    return true;
  return !!inner && inner.matches(CHOICE) && !inner.textContent?.trim() && !!captionOf(inner);
}

/** The controls that may give the answer: buttons and links (by their name, an aria-label
 *  too), and the chips a chat draws (drawnChoices). */
function answerChoices(root: Region, answer: Answer): Element[] {
  const out = new Set<Element>(root.querySelectorAll(CHOICE));
  for (const el of drawnChoices(root, answer.starts, (label) => answer.says(shortText(label, 40))))
    out.add(el);
  return [...out];
}

/** Chips a chat draws as custom elements or plain elements with the hand pointer (no role to
 *  find them by), standing among other short choices, not a message of the log. `cheap` tests
 *  a text first; `whole` the label holding it (split in spans) when given. */
function drawnChoices(
  root: Region,
  cheap: (text: string) => boolean,
  whole?: (label: Element) => boolean,
): Element[] {
  const out = new Set<Element>();
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const raw = node.nodeValue?.trim() ?? '';
    if (!raw || raw.length > CHOICE_CHARS || !cheap(raw)) continue;
    let label: Element | null = node.parentElement;
    if (whole) {
      for (let d = 0; label && d < 3 && !whole(label); d++) label = label.parentElement;
      if (!label || !whole(label)) continue;
    }
    for (let el: Element | null = label, d = 0; el && d < 4; el = el.parentElement, d++) {
      if (el.matches(CHOICE)) break; // a control a selector finds
      // A label slotted into a chip's shadow button takes the pointer from it: the chip is the
      // choice, not its words. A chip slotted into a row's layout element is still the choice.
      const drawn = el.localName.includes('-') || (pointerOrigin(el) === el && !slottedIntoChip(el));
      if (drawn && amongChoices(el)) {
        out.add(el);
        break;
      }
    }
  }
  return [...out];
}

/** Words whose pointer comes from the control their slot sits in (a chip's shadow button),
 *  not from their own style: a chip slotted into a row's layout element is still the choice. */
function slottedIntoChip(el: Element): boolean {
  for (let n: Element | null = el.assignedSlot, d = 0; n && d < 3; n = n.parentElement, d++)
    if (n.matches(CHOICE) || cursorOf(n) === 'pointer') return true;
  return false;
}

/** A region still there and on show: a frame's document while its frame is in the page. */
function stillOpen(r: Region): boolean {
  // A frame's document: while its frame is in the page, on show (a chat closed by hiding its
  // frame is closed).
  if (r.nodeType === 9) {
    const frame = (r as Document).defaultView?.frameElement;
    return (r as Document).defaultView !== null && (!frame || (isVisible(frame) && !isTransparent(frame)));
  }
  // Faded out (opacity 0) is closed: a widget keeps its panel for the next open.
  const el = r.nodeType === 11 ? (r as ShadowRoot).host : (r as Element);
  return (r as Node).isConnected && onShow(r) && !isTransparent(el);
}

/** A region on show: a frame's document; a shadow root drawing something on show; an element
 *  shown and not parked outside the window. */
function onShow(r: Region): boolean {
  if (r.nodeType === 9) return true;
  if (r.nodeType === 11)
    return [...(r as ShadowRoot).children].some((c) => c.localName !== 'style' && onShow(c));
  return isVisible(r as Element) && !parkedOutside(r as Element);
}

/** Pinned to the window (fixed) and wholly outside it: a sheet, drawer or panel slid away. */
function parkedOutside(el: Element): boolean {
  if (!hasLayout()) return false;
  const view = el.ownerDocument.defaultView;
  if (!view || view.getComputedStyle(el).position !== 'fixed') return false;
  const r = el.getBoundingClientRect();
  // The window a fixed element is placed in leaves out the scroll bars: a sheet parked just
  // below it (bottom: 0, moved down by its height) starts under the horizontal bar, still
  // inside innerHeight (Firefox, a page a little wider than the window).
  const root = el.ownerDocument.documentElement;
  const height = Math.min(view.innerHeight, root.clientHeight || view.innerHeight);
  const width = Math.min(view.innerWidth, root.clientWidth || view.innerWidth);
  return r.bottom <= 0 || r.top >= height || r.right <= 0 || r.left >= width;
}

/** Two to six short siblings (a row of chips), not one message among a log's. */
function amongChoices(el: Element): boolean {
  const row = el.parentElement ? [...el.parentElement.children] : [];
  // Short choices: a label of a few words ("Artikel entspricht nicht der Beschreibung" is 41
  // characters), never a message of the log.
  return (
    row.length >= 2 &&
    row.length <= 6 &&
    row.every((c) => shortText(c, CHOICE_CHARS + 1).length <= CHOICE_CHARS)
  );
}

/** What a disclosure opens beside itself: a <summary>'s details, the part its aria-controls
 *  names. Its choices ("None of these" under a category's articles) answer the next question,
 *  not the one the shopper just answered. */
function disclosedBy(target: Element, sibling: Element): boolean {
  if (sibling === target) return false;
  if (target.localName === 'summary') return true;
  const ids = (target.getAttribute('aria-controls') ?? '').split(/\s+/).filter(Boolean);
  return !!sibling.id && ids.includes(sibling.id);
}

/** A menu's opener ("Hilfe ▾", aria-haspopup): a site's help menu, not an order's button. */

/** The pointer is on the trigger, or on its own holder (a CSS hover menu's), not a bar. */
function pointerOn(trigger: Element, bars: readonly Element[]): boolean {
  try {
    const holder = trigger.parentElement;
    return trigger.matches(':hover') || (!!holder && !bars.includes(holder) && holder.matches(':hover'));
  } catch {
    return false; // a document that does not know :hover
  }
}

/** The trigger's own holder, up to two levels, short of the bar itself: where a CSS hover
 *  menu or one built on hover lives. */
function hoverHolder(trigger: Element, bars: readonly Element[]): Element {
  let holder = trigger;
  // Deliberately narrower than regions' SITE_BAR_CONTENT: with that selector the Firefox guide
  // e2e failed twice in a row (not yet understood); this one passed every run.
  for (let d = 0; d < 2; d++) {
    const up = holder.parentElement;
    if (!up || bars.includes(up) || up.querySelector('a[href="/"], input[type="search"], [role="search"]'))
      break;
    holder = up;
  }
  return holder;
}

/** The text just before an element (its preceding siblings and those of its ancestors), the
 *  nearest part: the assistant's last message before its buttons. */
function textBefore(el: Element): string {
  let text = '';
  for (
    let node: Element | null = el, d = 0;
    node && d < 4 && text.length < 300;
    node = node.parentElement, d++
  ) {
    // Text nodes too: the question may be the bare text the Yes link follows in its bubble.
    for (let s = node.previousSibling; s && text.length < 300; s = s.previousSibling)
      if (s.nodeType === 1 || s.nodeType === 3) text = `${endsBlock(s, spacedText(s).slice(-300))} ${text}`;
  }
  return text.slice(-300);
}

/** A block's words end where it ends: a link "Read the full article ↗" above "Did this answer
 *  your question?" is no part of the question (an inline part of it, a <b>, still is). */
function endsBlock(node: Node, text: string): string {
  if (node.nodeType !== 1 || !BLOCKS.test((node as Element).localName)) return text;
  const t = text.trimEnd();
  return t && !/[.!?;:？]$/u.test(t) ? `${t}.` : text;
}
const BLOCKS =
  /^(div|p|section|article|aside|header|footer|nav|ul|ol|li|h[1-6]|form|fieldset|table|blockquote|figure)$/;

/** A node's text with a space after each text that ends a sentence: a survey's "utile?" and
 *  its "Sì" "No" would run into the next question ("utile?SìNo Vuoi…"), while a question
 *  drawn one letter per span (a typing effect) must still read as words. */
function spacedText(node: Node): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  let out = '';
  const walker = node.ownerDocument!.createTreeWalker(node, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n.nodeValue ?? '';
    out += /[.!?;:？]\s*$/u.test(out) && !/^\s/.test(t) ? ` ${t}` : t;
    // Only the end is read: a long log keeps its last part.
    if (out.length > 2000) out = out.slice(-600);
  }
  return out;
}

/** `b` comes after `a` in the page, in a separate part (a later message of a log), not in
 *  the same small list of choices. */
function separateAndAfter(a: Element, b: Element): boolean {
  if (a.ownerDocument !== b.ownerDocument) return false;
  if (!(a.compareDocumentPosition(b) & 4 /* FOLLOWING */)) return false;
  let common: Element | null = a;
  while (common && !common.contains(b)) common = common.parentElement;
  if (!common) return false;
  let depth = 0;
  for (let n: Element | null = b; n && n !== common; n = n.parentElement) depth++;
  return depth >= 3;
}

/** A page of Wish no table names that says it is an assistant (a wishlist, a policy page or
 *  a review form does not): its title or first headings, or a live conversation. */
function looksLikeAssistantPage(doc: Document): boolean {
  if (ASSISTANT_PAGE_WORDS.test(doc.title)) return true;
  if (doc.querySelector(CONVERSATION_SELECTOR)) return true;
  const headings = [...doc.querySelectorAll('h1, h2, h3, [role="heading"]')].slice(0, 3);
  return headings.some((h) => ASSISTANT_PAGE_WORDS.test(shortText(h, 60)));
}

function describeEl(el: Element): string {
  const name = accessibleName(el).slice(0, 40);
  const where =
    closestAcross(el, 'header, nav, [role="banner"], [role="dialog"], [role="menu"], main')?.localName ?? '';
  return `${el.localName}${roleOf(el) ? `[role=${roleOf(el)}]` : ''} "${name}" in ${where || 'page'}`;
}

/** Where the assistant offers its choices: on a page that is the assistant whole, the panels
 *  of its conversations (each log's panel, or the part of the page holding the log and the
 *  replies drawn under it), without the page's side columns (a column's articles, "None of
 *  these answers help: what now?", and its feedback form are the page's, not the bot's);
 *  elsewhere the regions as they are. */
/** The regions the assistant's choices (topic, "something else", the person) are looked for in.
 *  Once the shopper answered in it, the widget they answered in: a panel that appears elsewhere
 *  meanwhile (a partner's "need a hand?" box, a look-alike chat the page opens) is not the
 *  conversation they are in. Unknown when that widget was replaced (all of them then). Before
 *  any answer, what the click opened as a panel of its own (a dialog, a chat, a frame, a shadow
 *  root) is the assistant, not a plain block added at the same moment into the page's own
 *  content (a banner slipped into the order list). */
function talkRegions(assistant: Region[], home: Region | undefined, answered: boolean): Region[] {
  if (home) {
    const mine = assistant.filter((r) => sameWidget(r, home));
    if (mine.some(offersChoice)) return mine;
    // The widget answered in offers nothing more (its choices disabled, kept as a record): the
    // assistant went on in a panel of its own, one that says it is Wish's.
    return [...mine, ...assistant.filter((r) => !mine.includes(r) && saysWishsChat(r))];
  }
  if (answered) return assistant;
  // A shadow root drawn inside another region (a chip's, a card's) is part of that one, no
  // panel of its own; a frame's document or a root hosted elsewhere is.
  const inside = (root: Region) => {
    const host = (root as ShadowRoot).host;
    return !!host && assistant.some((o) => o !== root && o.nodeType === 1 && holdsAcross(o as Element, host));
  };
  const panel = (r: Region) =>
    (r.nodeType !== 1 && !inside(r)) ||
    (r.nodeType === 1 &&
      ((r as Element).matches(`${ASSISTANT_SELECTOR}, ${CONVERSATION_SELECTOR}`) ||
        !!(r as Element).querySelector(`${ASSISTANT_SELECTOR}, ${CONVERSATION_SELECTOR}`)));
  if (!assistant.some(panel)) return assistant;
  return assistant.filter(
    (r) =>
      panel(r) ||
      r.nodeType !== 1 ||
      !(r as Element).closest('main, [role="main"]') ||
      !!closestAcross(r as Element, ASSISTANT_SELECTOR),
  );
}

function conversationsOf(regions: Region[], doc: Document): Region[] {
  const body = doc.body;
  if (!body || !regions.includes(body)) return regions;
  const panels: Element[] = [];
  for (const log of body.querySelectorAll(CONVERSATION_SELECTOR)) {
    if (!isVisible(log) || log.closest('[data-wsg-ui]')) continue;
    // A live region that is no chat's (a toast, a cart's count) holds no choices.
    if (!log.matches('[role="log"]') && !log.closest(ASSISTANT_SELECTOR)) continue;
    let panel = panelOfLog(log);
    // Quick replies drawn under the log, in the page's main part: that part.
    if (panel === log && log.parentElement && log.parentElement !== body) panel = log.parentElement;
    if (!panels.some((p) => p.contains(panel))) panels.push(panel);
  }
  if (!panels.length) return regions;
  return [...regions.filter((r) => r !== body), ...panels];
}

/** A side column of the assistant's own page (an aside, a complementary part, a nav) holding
 *  no conversation: the page's articles, links and forms beside the bot. */
function inSideColumn(el: Element): boolean {
  const side = el.closest('aside, [role="complementary"], nav, [role="navigation"], footer');
  return !!side && !side.querySelector(CONVERSATION_SELECTOR) && !side.closest(CONVERSATION_SELECTOR);
}

/** What the assistant offers to press in the regions, outermost first. */
function topicChoices(regions: Region[], exclude: (el: Element) => boolean): Element[] {
  const choices: Element[] = [];
  for (const root of regions)
    for (const el of root.querySelectorAll(
      // A section's summary too: topics drawn as an accordion, each opening its answers.
      // A list box's options too (a <select size=6> of topics).
      'button, summary, [role="button"], a[href], [role="option"], select option, [role="menuitem"], [tabindex]',
    )) {
      if (
        exclude(el) ||
        isDisabled(el) ||
        !isVisible(el) ||
        isContent(el) ||
        choices.some((c) => c.contains(el))
      )
        continue;
      choices.push(el);
    }
  // Choices drawn as radio cards (a form's question): the radio, or its label when the card
  // hides it.
  for (const root of regions)
    for (const radio of root.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
      const el = isVisible(radio) ? radio : radio.labels?.[0];
      if (!el || exclude(el) || exclude(radio) || isDisabled(radio) || !isVisible(el) || isContent(el))
        continue;
      if (!choices.some((c) => c === el || c.contains(el) || el.contains(c))) choices.push(el);
    }
  // Chips drawn as custom elements or hand-pointer elements, in a row of short choices.
  for (const root of regions)
    for (const el of drawnChoices(root, () => true))
      if (!exclude(el) && isVisible(el) && !choices.some((c) => c.contains(el) || el.contains(c)))
        choices.push(el);
  return choices;
}

/** The other topics in the list a topic stands in: the nearest of its ancestors (up to four
 *  levels) that holds another choice about an account, a payment or an order. */
function topicsBeside(topic: Element, exclude: (el: Element) => boolean): Element[] {
  for (let up = topic.parentElement, d = 0; up && d < 4; up = up.parentElement, d++) {
    const all = topicChoices([up], exclude);
    const others = all.filter(
      (c) =>
        c !== topic &&
        !c.contains(topic) &&
        !topic.contains(c) &&
        !all.some((o) => o !== c && explains(c, o)),
    );
    // A topic asked as a question ("¿Dónde está mi pedido?") is one by its family's words.
    if (others.some((c) => topicOf(topicName(c)) !== undefined || namedTopic(topicName(c)))) return others;
  }
  return [];
}

const FOLLOWS = 4; // Node.DOCUMENT_POSITION_FOLLOWING

/** A line of the assistant's log saying a talk is over, and the conversation it closes (its
 *  log, else its dialog or panel, else the region): a drawer of past talks ending one says
 *  nothing of the live widget's choices. */
interface ChatEnd {
  line: Element;
  talk: Node;
}
const TALK_SCOPE =
  '[role="log"], [role="feed"], [aria-live="polite"], [aria-live="assertive"], [role="dialog"], [role="alertdialog"], dialog, [aria-modal="true"], aside, [role="complementary"], [role="region"], section[aria-label]';

/** The lines of the assistant's log saying a talk is over (no control in them), with more
 *  said after them in the same conversation: an end said last (this talk's own) leaves all. */
function chatEnds(regions: Region[]): ChatEnd[] {
  const out: ChatEnd[] = [];
  for (const root of regions) {
    let pending = null as ChatEnd | null;
    const doc = (root as Node).ownerDocument ?? (root as Document);
    const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const raw = node.nodeValue?.trim() ?? '';
      const line = node.parentElement;
      if (!raw || !line) continue;
      if (pending && !pending.line.contains(line)) {
        // Said after it within its conversation: an old talk closed. Outside it (a footer, a
        // widget after the drawer): the end was said last there.
        if (pending.talk.contains(line) && !drawnReversed(pending.line, pending.talk, root))
          out.push(pending);
        pending = null;
      }
      if (raw.length < 4 || raw.length > 120 || out.some((e) => e.line === line)) continue;
      if (pending?.line === line) continue;
      if (line.querySelector(CHOICE) || line.closest(CHOICE)) continue;
      if (saysChatEnded(shortText(line, 120))) {
        const talk = conversationOf(line);
        pending = { line, talk: talk && (root as Node).contains(talk) ? talk : root };
      }
    }
  }
  return out;
}

/** The conversation a line is said in: the nearest talk-like holder with more in it than the
 *  line (a notice wrapped in its own live region, `<div aria-live="polite">Chat ended</div>`, is
 *  announced there but said in the log around it). */
function conversationOf(line: Element): Element | null {
  const own = shortText(line, 120);
  let talk = line.parentElement?.closest(TALK_SCOPE) ?? null;
  while (talk && shortText(talk, 200) === own) talk = talk.parentElement?.closest(TALK_SCOPE) ?? null;
  return talk;
}

/** The region a control stands in. */
function regionOf(el: Element, regions: Region[]): Region | undefined {
  return regions.find((r) => r !== el && r.contains(el));
}

/** The edge of the talk a choice stands in: its log, else the region holding it. */
function talkEdge(el: Element, regions: Region[]): Node | null {
  const region = regionOf(el, regions);
  if (!region) return null;
  const log = el.parentElement?.closest('[role="log"]');
  return log && region.contains(log) ? log : region;
}

/** A control on a card recalling an order inside the assistant's talk ("Merino hoodie · Order
 *  no. 6710a3c2… · Item details · Track package"): about that order, never one of the topics
 *  the assistant offers. The card is the nearest holder with words of its own, short of the
 *  talk's edge (a log holding the card and the topics both is no card). */
function onOrderCard(el: Element, regions: Region[], orderNumber?: string): boolean {
  const edge = talkEdge(el, regions);
  if (!edge) return false;
  const own = shortText(el, 200);
  for (let up = el.parentElement, d = 0; up && up !== edge && d < 4; up = up.parentElement, d++) {
    const text = shortText(up, 400);
    if (text.length <= own.length) continue; // nothing said beside the control yet
    return showsOrderNumber(text, orderNumber);
  }
  return false;
}

/** The old talk's: before the notice in the same conversation, and drawn above it where the
 *  page is laid out (a log whose order the page's drawing reverses ends nothing). */
function endsTalkOf(end: ChatEnd, el: Element): boolean {
  if (!end.talk.contains(el) || end.line.contains(el)) return false;
  if (!(el.compareDocumentPosition(end.line) & FOLLOWS)) return false;
  if (!hasLayout()) return true;
  const a = el.getBoundingClientRect();
  const b = end.line.getBoundingClientRect();
  // Not laid out (hidden): the document order, read safely above, stands.
  if (!a.height || !b.height) return true;
  return b.top >= a.bottom - 2;
}

/** A log drawn newest-first (flex column-reverse, a flipped list): document order is not the
 *  talk's order there, so "before the notice" cannot be read; the rule stays out. */
function drawnReversed(line: Element, talk: Node, root: Region): boolean {
  const view = line.ownerDocument.defaultView;
  if (!view) return true;
  for (let up = line.parentElement; up; up = up.parentElement) {
    const style = view.getComputedStyle(up);
    if (/flex/.test(style.display) && /reverse/.test(style.getPropertyValue('flex-direction'))) return true;
    if (FLIPPED.test(style.getPropertyValue('transform'))) return true;
    if (up === talk || up === root) break;
  }
  return false;
}
/** A transform turning a list upside down: scaleY(-1), a matrix with a negative y scale, a half
 *  turn (chat libraries flip the list and each message back to pin the newest at the foot). */
const FLIPPED =
  /scaleY\(\s*-|scale\(\s*[^,)]+,\s*-|matrix\(\s*[^,]+,\s*[^,]+,\s*[^,]+,\s*-|rotate[XZ]?\(\s*(?:180deg|0?\.5turn|-180deg)/;

/** A choice with no other beside it in the assistant's talk (its log, else the region, whose
 *  header holds the window's own buttons): a "Change item" on the card recalling the item, not
 *  a topic of a list the assistant offers (its topics may still be on their way). */
function standsAlone(el: Element, regions: Region[], exclude: (el: Element) => boolean): boolean {
  const edge = talkEdge(el, regions);
  if (!edge) return false;
  // Up to the edge itself: bubbles apart each hold one choice, the log holds them all.
  for (let up = el.parentElement, d = 0; up && d < 7; up = up.parentElement, d++) {
    const others = [
      ...topicChoices([up], exclude),
      // Choices drawn as input buttons (their words in their value) are choices too.
      ...[...up.querySelectorAll('input[type="button"], input[type="submit"]')].filter(
        (i) => !exclude(i) && isVisible(i),
      ),
    ].filter((c) => c !== el && !c.contains(el) && !el.contains(c) && !windowsOwn(c));
    if (others.length) return false;
    if (up === edge) return true;
  }
  return false;
}
/** A window's own button: an icon, or one word closing or minimising it ("✕", "Minimise"). */
function windowsOwn(el: Element): boolean {
  const name = accessibleName(el).trim();
  return !/[\p{L}\p{N}]/u.test(name) || (meansDismiss(name) && !/\s/u.test(name));
}

/** A done step of a wizard's progress ("✓ Pedido" in "✓ Pedido · Problema · Solução ·
 *  Contato"): a list whose items with a control come first and plain short ones after (the
 *  steps to come), the control in the first part. A chat's log drawn as a list has its chips
 *  after its messages; a grouped list interleaves its headings. */
function doneStep(el: Element): boolean {
  const item = el.closest('li');
  const list = item?.parentElement;
  if (!item || item === el || !list || !/^(?:ol|ul)$/.test(list.localName) || list.hasAttribute('role'))
    return false;
  const items = [...list.children].filter((c) => c.localName === 'li');
  const pressable = items.map((li) => !!li.querySelector(CHOICE));
  const firstBare = pressable.indexOf(false);
  if (firstBare <= 0 || pressable.slice(firstBare).some(Boolean)) return false;
  const bare = items.slice(firstBare);
  return bare.length >= 2 && bare.every((li) => (li.textContent ?? '').trim().length <= 30);
}

/** A control of the region above its conversation's log, not in it (the chat's header). */
function aboveLog(el: Element, regions: Region[]): boolean {
  if (el.closest('[role="log"]')) return false;
  const region = regionOf(el, regions);
  // (A drawer of earlier messages beside the talk is no log of its.)
  const log = [...(region?.querySelectorAll('[role="log"]') ?? [])].find(
    (l) => !l.closest('aside, [role="complementary"], details, nav'),
  );
  return !!log && !!(el.compareDocumentPosition(log) & FOLLOWS);
}

/** A glyph's button ("ⓘ") beside a choice it explains ("Info: Si tratta d'altro"). */
function explainsAnother(el: Element): boolean {
  if (/\p{L}/u.test(el.textContent ?? '')) return false; // cheap: a worded button explains none
  for (let up = el.parentElement, d = 0; up && d < 2; up = up.parentElement, d++)
    for (const c of up.querySelectorAll(CHOICE))
      if (c !== el && !c.contains(el) && explains(el, c)) return true;
  return false;
}

/** A button beside a choice that only explains it: a glyph on screen ("ⓘ", "?"), its name
 *  the choice's own ("Info: Il mio account"). No topic of its own. */
function explains(el: Element, choice: Element): boolean {
  if (/\p{L}/u.test(el.textContent ?? '')) return false;
  const own = normalise(accessibleName(choice));
  // Whole words: an icon's "Connect now" explains no "No".
  return !!own && ` ${normalise(accessibleName(el))} `.includes(` ${own} `);
}

const namedTopic = (name: string): boolean =>
  bestNameScore(name, ['orderTopic', 'myAccount', 'paymentIssues']) > 0;

/** What a choice says as a topic: its title over a line, or, for a generic "Choose", its card's
 *  title (a table row's header). */
function topicName(el: Element): string {
  return (meansGenericGo(accessibleName(el)) && cardTitle(el)) || choiceTitle(el);
}

/** A link to a help article (its path says so: "/help/articulo/…", "/hc/de/articles/…"). */
function leadsToArticle(el: Element): boolean {
  return leadsToPage(el) && ARTICLE_PATH.test(el.getAttribute('href') ?? '');
}
const ARTICLE_PATH = /artic|artikel|artigo|αρθρ|%ce%b1%cf%81%ce%b8%cf%81|\/hc\/|\/faq/i;

/** A region holds a control on show that can still be pressed or typed in. */
function offersChoice(region: Region): boolean {
  for (const el of region.querySelectorAll(
    'button, [role="button"], a[href], input, textarea, select, [contenteditable], [role="option"], [tabindex]',
  ))
    if (!isDisabled(el) && isVisible(el)) return true;
  return false;
}

/** A panel (or the panel around it) whose label names Wish's assistant or chat. */
function saysWishsChat(region: Region): boolean {
  if (region.nodeType !== 1) return false;
  const panel = closestAcross(region as Element, ASSISTANT_SELECTOR) ?? (region as Element);
  return chatOwner(accessibleName(panel)) === 'wish';
}

/** With no topic found by name, the row of choices that holds the most topics (questions
 *  too, and choices that fit the shopper's problem): a list of articles further on ("Popular articles") is no row of the assistant's
 *  topics, however well one title fits. Two rows alike: none. */
function topicRow(choices: Element[], fits: (el: Element) => boolean): Element[] {
  const rows = new Map<Element, Element[]>();
  for (const c of choices) {
    let row: Element | null = c.parentElement;
    for (let d = 0; row && d < 4 && !choices.some((o) => o !== c && row!.contains(o)); d++)
      row = row.parentElement;
    if (!row) continue;
    rows.set(row, [...(rows.get(row) ?? []), c]);
  }
  const ranked = [...rows.values()]
    .map((row) => ({
      row,
      topics: row.filter((c) => topicOfAsked(topicName(c)) !== undefined || fits(c)).length,
    }))
    .sort((a, b) => b.topics - a.topics);
  if (!ranked.length || (ranked[1] && ranked[1].topics === ranked[0]!.topics)) return [];
  return ranked[0]!.row;
}
