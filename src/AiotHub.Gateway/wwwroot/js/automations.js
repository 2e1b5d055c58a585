// The automations API (docs/api.md "Automations") as the app's pages use it.
import { api, listAll, homePath } from './api.js';
import { store } from './store.js';
import { tr } from './i18n.js';

const automationsPath = () => `${homePath(store.home.id)}/automations`;
export const automationPath = (id) => `${automationsPath()}/${encodeURIComponent(id)}`;
export const runPath = (runId) => `${homePath(store.home.id)}/automation-runs/${encodeURIComponent(runId)}`;
export const runPage = (automationId, runId) => `/automations/${encodeURIComponent(automationId)}/runs/${encodeURIComponent(runId)}`;

export const listAutomations = () => listAll(automationsPath());
export const getAutomation = (id) => api(automationPath(id));
export const recentRuns = async (id, limit = 20) =>
  (await api(`${homePath(store.home.id)}/automation-runs?automationId=${encodeURIComponent(id)}&limit=${limit}`))?.items ?? [];
export const getRun = (runId) => api(runPath(runId));
export const setEnabled = (id, enabled) => api(`${automationPath(id)}/${enabled ? 'enable' : 'disable'}`, { method: 'POST' });
export const runNow = (id) => api(`${automationPath(id)}/run`, { method: 'POST', body: { skipConditions: false } });
export const setMode = (mode) => api(`${homePath(store.home.id)}/mode`, { method: 'PUT', body: { mode } });

// What a run's result looks like in words and colour (the CSS classes are the results). Each label is read when it is
// shown, so it is in the language of the moment: ResultLabels[run.result].
const Results = {
  running: ['Running…', '运行中…'], succeeded: ['Succeeded', '已完成'], partial: ['Partly applied', '部分执行'], failed: ['Failed', '失败'],
  'conditions-failed': ['Conditions not met', '条件不满足'], skipped: ['Skipped (already running)', '已跳过（正在运行）'],
  'rate-limited': ['Rate-limited', '触发太频繁'], 'loop-stopped': ['Stopped (loop)', '已停止（循环触发）'], cancelled: ['Cancelled', '已取消'],
  interrupted: ['Interrupted', '已中断'], stopped: ['Stopped (too long)', '已停止（运行太久）'],
};
export const ResultLabels = Object.freeze(Object.defineProperties({}, Object.fromEntries(Object.entries(Results)
  .map(([result, [en, zh]]) => [result, { get: () => tr(en, zh), enumerable: true }]))));

// Goes to an app page the way a data-link click does (app.js routes on popstate).
export function go(path) {
  history.pushState(null, '', path);
  window.dispatchEvent(new PopStateEvent('popstate'));
}
