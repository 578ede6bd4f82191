// What the guide's popover says for each state: a step, a step not found (with "Show me where
// it is"), the teaching moment, the end. Pure rendering: every action is a callback the runner
// gives, and the overlay wires it to the shopper's trusted clicks only.
import { SOCIAL_HANDLE, SUPPORT_EMAIL } from '../../guide/channels';
import { ROUTES, STEPS, topicFor, type StepId } from '../../guide/steps';
import type { UiStrings } from '../../i18n';
import type { ProblemId, TourRoute } from '../../model/types';
import { h } from '../../overlay/h';
import type { PopoverContent } from '../../overlay/overlay';

export interface StepViewInput {
  strings: UiStrings;
  route: TourRoute;
  problem: ProblemId;
  step: StepId;
  hasTarget: boolean;
  notice: Node | null;
  teaching: boolean;
}

export interface StepActions {
  insert: () => void;
  back: () => void;
  teach: (on: boolean) => void;
}

function topicWord(t: UiStrings, problem: ProblemId): string {
  return t.topics[topicFor(problem)] ?? '';
}

function bodyText(t: UiStrings, step: StepId, problem: ProblemId): string {
  return (t.stepBody[step] ?? '').replace('{topic}', topicWord(t, problem));
}

export function stepView(input: StepViewInput, actions: StepActions): PopoverContent {
  const t = input.strings;
  const route = ROUTES[input.route];
  const visible = route.filter((s) => s !== 'sign-in');
  const position = Math.max(1, (visible as readonly StepId[]).indexOf(input.step) + 1);
  const body: Array<Node | string> = [];
  if (STEPS[input.step].action === 'hover') body.push(h('span', { class: 'warn' }, t.dontClick));
  body.push(h('p', {}, bodyText(t, input.step, input.problem)));
  if (input.teaching) body.push(h('p', { class: 'status' }, t.teachHint));
  if (input.notice) body.push(input.notice);
  const buttons: NonNullable<PopoverContent['actions']> = [];
  if (input.step === 'message' && input.hasTarget)
    buttons.push({ label: t.insertDraft, onClick: actions.insert, primary: true });
  if (route.indexOf(input.step) > 1) buttons.push({ label: t.back, onClick: actions.back });
  return {
    meta: input.step === 'sign-in' ? '' : t.stepOf(position, visible.length),
    title: t.stepTitle[input.step] ?? input.step,
    body,
    actions: buttons,
    announce: `${t.stepTitle[input.step]}. ${bodyText(t, input.step, input.problem)}`,
  };
}

export interface NotFoundActions {
  teach: () => void;
  copyDiagnostic: () => void;
  close: () => void;
}

export function notFoundView(input: StepViewInput, actions: NotFoundActions): PopoverContent {
  const t = input.strings;
  const route = ROUTES[input.route].filter((s) => s !== 'sign-in');
  return {
    title: t.notFoundTitle,
    body: [
      h('p', { class: 'problem' }, `${t.stepTitle[input.step] ?? ''}: ${t.notFoundBody}`),
      h('p', {}, bodyText(t, input.step, input.problem)),
      ...(input.teaching ? [h('p', { class: 'status' }, t.teachHint)] : []),
      h('ol', {}, ...route.map((id) => h('li', {}, t.stepTitle[id] ?? id))),
      h('p', {}, t.popupBlocker),
      h('p', {}, `${t.otherChannels} ${SUPPORT_EMAIL}`),
      h(
        'ul',
        {},
        h('li', {}, t.channels.email),
        h('li', {}, `${t.channels.social}: ${SOCIAL_HANDLE}`),
        h('li', {}, t.channels.letter),
      ),
    ],
    actions: [
      { label: t.showMe, onClick: actions.teach, primary: !input.teaching },
      { label: t.copyDiagnostic, onClick: actions.copyDiagnostic },
      { label: t.close, onClick: actions.close },
    ],
  };
}

export function doneView(t: UiStrings, followUpDays: number, close: () => void): PopoverContent {
  return {
    title: t.doneTitle,
    body: [h('p', {}, t.doneBody(followUpDays))],
    actions: [{ label: t.close, onClick: close, primary: true }],
  };
}
