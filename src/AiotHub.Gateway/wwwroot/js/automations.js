// The automations API (docs/api.md "Automations") as the app's pages use it.
import { api, listAll, homePath } from './api.js';
import { store } from './store.js';

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

// What a run's result looks like in words and colour (the CSS classes are the results).
export const ResultLabels = {
  running: 'Running…', succeeded: 'Succeeded', partial: 'Partly applied', failed: 'Failed', 'conditions-failed': 'Conditions not met',
  skipped: 'Skipped (already running)', 'rate-limited': 'Rate-limited', 'loop-stopped': 'Stopped (loop)', cancelled: 'Cancelled', interrupted: 'Interrupted', stopped: 'Stopped (too long)',
};

// Goes to an app page the way a data-link click does (app.js routes on popstate).
export function go(path) {
  history.pushState(null, '', path);
  window.dispatchEvent(new PopStateEvent('popstate'));
}
