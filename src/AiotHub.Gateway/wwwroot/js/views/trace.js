// A run's trace: what triggered it (with its data), each condition ✓/✗, and each step with its
// status, the command's outcome and latency, the scene run it started and the reason in words.
// While the run is still going the page asks again every second (and live events re-render it).
import { h, formatTime } from '../dom.js';
import { getRun, ResultLabels } from '../automations.js';

const StepMarks = { succeeded: '✓', failed: '✗', 'timed-out': '⌛', skipped: '–', cancelled: '⊘', running: '…' };
const PollLimit = 60;

export async function renderTrace(main, automationId, runId, attempt = 0) {
  const path = location.pathname;
  let run;
  try {
    run = await getRun(runId);
  } catch (error) {
    main.replaceChildren(h('p', { class: 'error', role: 'alert' }, `Could not load the run: ${error.message}`),
      h('a', { href: `/automations/${encodeURIComponent(automationId)}`, 'data-link': true }, 'Back to the automation'));
    return;
  }
  if (location.pathname !== path) return;
  main.replaceChildren(h('div', { class: 'trace-page', dataset: { testid: 'trace', result: run.result } },
    h('a', { href: `/automations/${encodeURIComponent(run.automationId)}`, 'data-link': true, class: 'back' }, `← ${run.automationName}`),
    h('h1', {}, run.automationName),
    h('p', { class: `result ${run.result}`, dataset: { testid: 'trace-result' } }, ResultLabels[run.result] ?? run.result),
    run.reason ? h('p', { class: 'reason', dataset: { testid: 'trace-reason' } }, run.reason) : null,
    h('dl', { class: 'facts' },
      [h('dt', {}, 'Started'), h('dd', {}, formatTime(run.started))],
      [h('dt', {}, 'Finished'), h('dd', {}, run.finished ? formatTime(run.finished) : '—')]),
    h('section', { class: 'card', 'aria-labelledby': 'trigger-title' }, h('h2', { id: 'trigger-title' }, 'Trigger'),
      h('p', { dataset: { testid: 'trace-trigger' } }, run.trigger?.description ?? run.trigger?.kind ?? ''),
      run.trigger?.data !== undefined && run.trigger?.data !== null ? h('pre', { class: 'data' }, JSON.stringify(run.trigger.data, null, 2)) : null),
    h('section', { class: 'card', 'aria-labelledby': 'conditions-title' }, h('h2', { id: 'conditions-title' }, 'Conditions'),
      (run.conditions ?? []).length === 0 ? h('p', { class: 'muted' }, 'None checked.')
        : h('ul', { class: 'trace-list' }, run.conditions.map((c) => h('li', { dataset: { testid: 'condition', result: String(c.result) } },
          h('span', { class: `mark ${c.result ? 'ok' : 'bad'}`, 'aria-label': c.result ? 'true' : 'false' }, c.result ? '✓' : '✗'),
          h('span', {}, c.description), h('code', { class: 'muted' }, c.path))))),
    h('section', { class: 'card', 'aria-labelledby': 'steps-title' }, h('h2', { id: 'steps-title' }, 'Steps'),
      (run.steps ?? []).length === 0 ? h('p', { class: 'muted' }, 'No step ran.')
        : h('ol', { class: 'trace-list' }, run.steps.map(renderStep)))));
  if (run.result === 'running' && attempt < PollLimit) {
    setTimeout(() => { if (location.pathname === path) renderTrace(main, automationId, runId, attempt + 1); }, 1000);
  }
}

function renderStep(step) {
  const facts = [
    step.deviceId ? `device ${step.deviceId}` : null,
    step.commandStatus ? `command ${step.commandStatus}` : null,
    typeof step.latencyMs === 'number' ? `${Math.round(step.latencyMs)} ms` : null,
    step.sceneRunId ? `scene run ${step.sceneRunId}` : null,
  ].filter(Boolean);
  return h('li', { dataset: { testid: 'step', status: step.status } },
    h('span', { class: `mark ${step.status}`, 'aria-label': step.status }, StepMarks[step.status] ?? '?'),
    h('span', { class: 'step-kind' }, step.kind),
    facts.length ? h('span', { class: 'step-facts' }, facts.join(' · ')) : null,
    step.message ? h('span', { class: 'muted' }, step.message) : null,
    h('code', { class: 'muted' }, step.path));
}
