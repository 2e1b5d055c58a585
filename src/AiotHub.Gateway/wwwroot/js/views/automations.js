// The Automations page: every automation with its enabled switch (owner, member), an
// "Unavailable" badge with the reasons, a Run button and its last run; and an automation's page
// with its recent runs. Owners and members get "New automation" and "Edit" (views/automation-editor.js) and the way
// to the scenes (views/scene-editor.js). Guests do not get here (app.js sends them home).
import { h, formatTime } from '../dom.js';
import { store, canControl } from '../store.js';
import { showApiError } from '../messages.js';
import { listAutomations, getAutomation, recentRuns, setEnabled, runNow, runPage, go, ResultLabels } from '../automations.js';
import { tr } from '../i18n.js';
import { editorPath } from '../editor/routes.js';
import { TriggerKinds } from '../editor/kinds.js';

// What a new trigger does while a run is in progress (docs/automations.md "mode").
const ModeWords = {
  single: () => tr('single: a new trigger is ignored while it runs', '单次：运行中忽略新的触发'),
  restart: () => tr('restart: a new trigger starts it again', '重启：新的触发重新开始'),
  queued: () => tr('queued: runs wait their turn', '排队：依次运行'),
  parallel: () => tr('parallel: runs go alongside', '并行：同时运行'),
};

export async function renderAutomations(main) {
  const path = location.pathname;
  main.replaceChildren(h('div', { class: 'automations-page' }, h('h1', {}, tr('Automations', '自动化')), h('p', { class: 'muted' }, tr('Loading…', '加载中…'))));
  let automations;
  try {
    automations = await listAutomations();
  } catch (error) {
    main.replaceChildren(h('p', { class: 'error', role: 'alert' }, tr(`Could not load the automations: ${error.message}`, `无法加载自动化：${error.message}`)));
    return;
  }
  if (location.pathname !== path) return;
  main.replaceChildren(h('div', { class: 'automations-page', dataset: { testid: 'automations-page' } },
    h('a', { href: '/', 'data-link': true, class: 'back' }, tr('← Home', '← 首页')),
    h('h1', {}, tr('Automations', '自动化')),
    h('div', { class: 'page-actions' },
      canControl() ? h('a', { href: '/automations/new', 'data-link': true, class: 'button primary', dataset: { testid: 'new-automation' } }, tr('New automation', '新建自动化')) : null,
      h('a', { href: '/scenes', 'data-link': true, class: 'button', dataset: { testid: 'scenes-link' } }, tr('Scenes', '场景'))),
    automations.length === 0
      ? h('p', { class: 'muted' }, tr('No automations yet.', '还没有自动化。'))
      : h('ul', { class: 'automations', dataset: { testid: 'automations' } }, automations.map(renderRow))));
}

function renderRow(automation) {
  const last = automation.lastRun;
  return h('li', { class: `card automation${automation.state === 'unavailable' ? ' unavailable' : ''}`,
    dataset: { testid: `automation-${automation.id}`, state: automation.state, enabled: String(automation.enabled) } },
  h('header', {},
    h('h2', {}, h('a', { href: `/automations/${encodeURIComponent(automation.id)}`, 'data-link': true }, automation.name)),
    enabledSwitch(automation)),
  automation.definition?.description ? h('p', { class: 'muted' }, automation.definition.description) : null,
  unavailable(automation),
  h('div', { class: 'automation-foot' },
    last
      ? h('a', { class: `last-run result ${last.result}`, href: runPage(automation.id, last.id), 'data-link': true, dataset: { testid: 'last-run' } },
        `${ResultLabels[last.result] ?? last.result} · ${formatTime(last.started)}`)
      : h('span', { class: 'muted', dataset: { testid: 'last-run' } }, tr('Never ran', '从未运行')),
    editLink(automation),
    runButton(automation)));
}

function enabledSwitch(automation) {
  return h('input', { type: 'checkbox', role: 'switch', class: 'switch', checked: automation.enabled, disabled: !canControl(),
    'aria-label': tr(`${automation.name} enabled`, `${automation.name} 已启用`), dataset: { testid: 'enabled' },
    onchange: async (event) => {
      const input = event.currentTarget;
      input.disabled = true;
      try {
        const updated = await setEnabled(automation.id, input.checked);
        automation.enabled = updated.enabled;
      } catch (error) {
        input.checked = automation.enabled;
        showApiError(automation.name, error);
      } finally {
        input.disabled = false;
      }
    } });
}

function unavailable(automation) {
  if (automation.state !== 'unavailable') return null;
  return h('div', { class: 'unavailable-reasons', dataset: { testid: 'unavailable' } },
    h('span', { class: 'badge bad' }, tr('Unavailable', '不可用')),
    h('ul', {}, (automation.problems ?? []).map((p) => h('li', {}, h('code', {}, p.path), ' ', p.message))));
}

function runButton(automation) {
  if (!canControl()) return null;
  return h('button', { type: 'button', class: 'primary', disabled: automation.state === 'unavailable', dataset: { testid: 'run' },
    onclick: async (event) => {
      const button = event.currentTarget;
      button.disabled = true;
      try {
        const run = await runNow(automation.id);
        go(runPage(automation.id, run.id));
      } catch (error) {
        showApiError(tr(`Running ${automation.name}`, `运行 ${automation.name}`), error);
        button.disabled = false;
      }
    } }, tr('Run', '运行'));
}

function editLink(automation) {
  if (!canControl()) return null;
  return h('a', { href: editorPath(automation.id), 'data-link': true, class: 'button', dataset: { testid: 'edit' },
    'aria-label': tr(`Edit ${automation.name}`, `编辑 ${automation.name}`) }, tr('Edit', '编辑'));
}

export async function renderAutomation(main, automationId) {
  const path = location.pathname;
  let automation;
  let runs;
  try {
    [automation, runs] = await Promise.all([getAutomation(automationId), recentRuns(automationId)]);
  } catch (error) {
    main.replaceChildren(h('p', { class: 'error', role: 'alert' }, tr(`Could not load the automation: ${error.message}`, `无法加载自动化：${error.message}`)),
      h('a', { href: '/automations', 'data-link': true }, tr('Back to the automations', '返回自动化')));
    return;
  }
  if (location.pathname !== path) return;
  const definition = automation.definition ?? {};
  main.replaceChildren(h('div', { class: 'automation-page', dataset: { testid: `automation-page-${automation.id}` } },
    h('a', { href: '/automations', 'data-link': true, class: 'back' }, tr('← Automations', '← 自动化')),
    h('h1', {}, automation.name),
    definition.description ? h('p', {}, definition.description) : null,
    h('div', { class: 'automation-foot' }, enabledSwitch(automation), h('span', {}, automation.enabled ? tr('Enabled', '已启用') : tr('Disabled', '已停用')), editLink(automation), runButton(automation)),
    unavailable(automation),
    h('dl', { class: 'facts' },
      [h('dt', {}, tr('Triggers', '触发条件')), h('dd', {}, (definition.triggers ?? []).map((t) => TriggerKinds().find(([k]) => k === t.kind)?.[1] ?? t.kind).join(tr(', ', '、')))],
      [h('dt', {}, tr('Mode', '模式')), h('dd', {}, ModeWords[definition.mode ?? 'single']?.() ?? definition.mode)],
      [h('dt', {}, tr('Version', '版本')), h('dd', {}, String(automation.version))]),
    h('section', { class: 'card', 'aria-labelledby': 'runs-title' }, h('h2', { id: 'runs-title' }, tr('Recent runs', '最近运行')),
      runs.length === 0 ? h('p', { class: 'muted' }, tr('No runs yet.', '还没有运行记录。'))
        : h('ul', { class: 'runs', dataset: { testid: 'runs' } }, runs.map((run) => h('li', { dataset: { testid: `run-${run.id}` } },
          h('a', { href: runPage(automation.id, run.id), 'data-link': true, class: `result ${run.result}` }, ResultLabels[run.result] ?? run.result),
          h('span', {}, formatTime(run.started)),
          h('span', { class: 'muted' }, run.trigger?.description ?? ''),
          run.reason ? h('span', { class: 'muted' }, run.reason) : null))))));
}

export const isAutomationsPage = (path) => path === '/automations' || path.startsWith('/automations/');
export const automationsVisible = () => store.role !== 'guest';
