// A run's trace: what triggered it (with its data), each condition ✓/✗, and each step with its
// status, the command's outcome and latency, the scene run it started and the reason in words.
// While the run is still going the page asks again every second (and live events re-render it).
// A run started from the app or the API says who by the token's name ("Run now by Kitchen tablet"): the hub
// adds it to the trigger's data as startedByName when it serves the run (the id stays in startedBy).
import { h, formatTime } from '../dom.js';
import { getRun, ResultLabels } from '../automations.js';
import { store } from '../store.js';
import { tr } from '../i18n.js';

const StepMarks = { succeeded: '✓', failed: '✗', 'timed-out': '⌛', skipped: '–', cancelled: '⊘', running: '…' };
const PollLimit = 60;

export async function renderTrace(main, automationId, runId, attempt = 0) {
  const path = location.pathname;
  let run;
  try {
    run = await getRun(runId);
  } catch (error) {
    main.replaceChildren(h('p', { class: 'error', role: 'alert' }, tr(`Could not load the run: ${error.message}`, `无法加载运行记录：${error.message}`)),
      h('a', { href: `/automations/${encodeURIComponent(automationId)}`, 'data-link': true }, tr('Back to the automation', '返回自动化')));
    return;
  }
  if (location.pathname !== path) return;
  main.replaceChildren(h('div', { class: 'trace-page', dataset: { testid: 'trace', result: run.result } },
    h('a', { href: `/automations/${encodeURIComponent(run.automationId)}`, 'data-link': true, class: 'back' }, `← ${run.automationName}`),
    h('h1', {}, run.automationName),
    h('p', { class: `result ${run.result}`, dataset: { testid: 'trace-result' } }, ResultLabels[run.result] ?? run.result),
    run.reason ? h('p', { class: 'reason', dataset: { testid: 'trace-reason' } }, run.reason) : null,
    h('dl', { class: 'facts' },
      [h('dt', {}, tr('Started', '开始')), h('dd', {}, formatTime(run.started))],
      [h('dt', {}, tr('Finished', '结束')), h('dd', {}, run.finished ? formatTime(run.finished) : '—')]),
    h('section', { class: 'card', 'aria-labelledby': 'trigger-title' }, h('h2', { id: 'trigger-title' }, tr('Trigger', '触发条件')),
      h('p', { dataset: { testid: 'trace-trigger' } }, triggerText(run.trigger)),
      // A run now's data is only who started it, which the line above says by name.
      run.trigger?.data !== undefined && run.trigger?.data !== null && run.trigger?.kind !== 'manual' ? h('pre', { class: 'data' }, JSON.stringify(run.trigger.data, null, 2)) : null),
    h('section', { class: 'card', 'aria-labelledby': 'conditions-title' }, h('h2', { id: 'conditions-title' }, tr('Conditions', '条件')),
      (run.conditions ?? []).length === 0 ? h('p', { class: 'muted' }, tr('None checked.', '未检查条件。'))
        : h('ul', { class: 'trace-list' }, run.conditions.map((c) => h('li', { dataset: { testid: 'condition', result: String(c.result) } },
          h('span', { class: `mark ${c.result ? 'ok' : 'bad'}`, 'aria-label': c.result ? tr('held', '满足') : tr('did not hold', '不满足') }, c.result ? '✓' : '✗'),
          h('span', {}, c.description), h('code', { class: 'muted' }, c.path))))),
    h('section', { class: 'card', 'aria-labelledby': 'steps-title' }, h('h2', { id: 'steps-title' }, tr('Steps', '步骤')),
      (run.steps ?? []).length === 0 ? h('p', { class: 'muted' }, tr('No step ran.', '没有执行任何步骤。'))
        : h('ol', { class: 'trace-list' }, run.steps.map(renderStep)))));
  if (run.result === 'running' && attempt < PollLimit) {
    setTimeout(() => { if (location.pathname === path) renderTrace(main, automationId, runId, attempt + 1); }, 1000);
  }
}

// What started the run in words. A run now from a token names it ("Run now by Kitchen tablet"); an older hub
// that sends only the id falls back to its description.
function triggerText(trigger) {
  if (!trigger) return '';
  if (trigger.kind === 'manual') {
    const name = trigger.data?.startedByName;
    if (name) return tr(`Run now by ${name}`, `由 ${name} 立即运行`);
    if (!trigger.data?.startedBy) return tr('Run now', '立即运行');
  }
  return trigger.description ?? trigger.kind ?? '';
}

const StepStatus = () => ({ succeeded: tr('succeeded', '成功'), failed: tr('failed', '失败'), 'timed-out': tr('timed out', '超时'),
  skipped: tr('skipped', '跳过'), cancelled: tr('cancelled', '已取消'), running: tr('running', '运行中') });
const CommandStatus = () => ({ applied: tr('applied', '已执行'), rejected: tr('rejected', '被拒绝'), offline: tr('offline', '离线'),
  'timed-out': tr('timed out', '超时'), pending: tr('pending', '等待中') });

function renderStep(step) {
  const device = step.deviceId ? store.devices.get(step.deviceId) : null;
  const facts = [
    step.deviceId ? tr(`device ${device?.name ?? step.deviceId}`, `设备 ${device?.name ?? step.deviceId}`) : null,
    step.commandStatus ? tr(`command ${CommandStatus()[step.commandStatus] ?? step.commandStatus}`, `指令${CommandStatus()[step.commandStatus] ?? step.commandStatus}`) : null,
    typeof step.latencyMs === 'number' ? tr(`${Math.round(step.latencyMs)} ms`, `${Math.round(step.latencyMs)} 毫秒`) : null,
    step.sceneRunId ? tr(`scene run ${step.sceneRunId}`, `场景运行 ${step.sceneRunId}`) : null,
  ].filter(Boolean);
  return h('li', { dataset: { testid: 'step', status: step.status } },
    h('span', { class: `mark ${step.status}`, 'aria-label': StepStatus()[step.status] ?? step.status }, StepMarks[step.status] ?? '?'),
    h('span', { class: 'step-kind' }, step.kind),
    facts.length ? h('span', { class: 'step-facts' }, facts.join(' · ')) : null,
    step.message ? h('span', { class: 'muted' }, step.message) : null,
    h('code', { class: 'muted' }, step.path));
}
