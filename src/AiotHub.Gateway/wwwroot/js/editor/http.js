// The editors' calls that need what js/api.js does not send: If-Match on replace and delete (docs/api.md "Versions
// and ETags": 412 and nothing changed when someone else saved first). Errors are the app's ApiError.
import { session } from '../session.js';
import { ApiError, homePath } from '../api.js';
import { store } from '../store.js';

export async function request(path, { method = 'GET', body, ifMatch } = {}) {
  const headers = { Accept: 'application/json', Authorization: `Bearer ${session.token}` };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (ifMatch !== undefined && ifMatch !== null) headers['If-Match'] = `"${ifMatch}"`;
  let response;
  try {
    response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch (error) {
    throw new ApiError(0, { title: 'The hub cannot be reached.', detail: String(error?.message ?? error) });
  }
  const text = await response.text();
  let json = null;
  if (text) {
    try { json = JSON.parse(text); } catch { json = null; }
  }
  if (!response.ok) {
    if (response.status === 401) window.dispatchEvent(new CustomEvent('aiothub:unauthorized', { detail: json?.detail ?? json?.title ?? '401' }));
    throw new ApiError(response.status, json ?? { title: `The hub answered ${response.status}.` });
  }
  return json;
}

const automations = () => `${homePath(store.home.id)}/automations`;
const automation = (id) => `${automations()}/${encodeURIComponent(id)}`;
export const validateAutomation = (definition) => request(`${automations()}/validate`, { method: 'POST', body: definition });
export const createAutomation = (definition) => request(automations(), { method: 'POST', body: definition });
export const replaceAutomation = (id, definition, version) => request(automation(id), { method: 'PUT', body: definition, ifMatch: version });
export const deleteAutomation = (id, version) => request(automation(id), { method: 'DELETE', ifMatch: version });
export const switchAutomation = (id, enabled, version) => request(`${automation(id)}/${enabled ? 'enable' : 'disable'}`, { method: 'POST', ifMatch: version });
export const runAutomation = (id, skipConditions) => request(`${automation(id)}/run`, { method: 'POST', body: { skipConditions } });

const scenes = () => `${homePath(store.home.id)}/scenes`;
const scene = (id) => `${scenes()}/${encodeURIComponent(id)}`;
export const getScene = (id) => request(scene(id));
export const createScene = (definition) => request(scenes(), { method: 'POST', body: definition });
export const replaceScene = (id, definition, version) => request(scene(id), { method: 'PUT', body: definition, ifMatch: version });
export const deleteScene = (id, version) => request(scene(id), { method: 'DELETE', ifMatch: version });
export const getDevice = (id) => request(`${homePath(store.home.id)}/devices/${encodeURIComponent(id)}`);
