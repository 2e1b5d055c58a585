// The hub's REST API (docs/api.md) with the stored bearer token. Every failure becomes an
// ApiError whose message is readable: the problem+json title, detail and each invalid field. The hub's problem texts
// are English and shown as they come (docs/api.md); only what the app says itself is in the user's language.
import { session } from './session.js';
import { tr } from './i18n.js';

export class ApiError extends Error {
  constructor(status, problem) {
    super(describeProblem(status, problem));
    this.status = status;
    this.problem = problem;
  }
}

export function describeProblem(status, problem) {
  if (!problem || typeof problem !== 'object') return answered(status);
  const parts = [problem.title, problem.detail].filter(Boolean);
  for (const [path, messages] of Object.entries(problem.errors ?? {})) {
    parts.push(`${path}: ${[].concat(messages).join('; ')}`);
  }
  return parts.length ? parts.join(' ') : answered(status);
}

const answered = (status) => tr(`The hub answered ${status}.`, `网关返回了 ${status}。`);

export async function api(path, { method = 'GET', body, token = session.token } = {}) {
  const headers = { Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch (error) {
    window.dispatchEvent(new CustomEvent('aiothub:unreachable')); // js/pwa.js says so
    throw new ApiError(0, { title: tr('The hub cannot be reached.', '无法连接到网关。'), detail: String(error?.message ?? error) });
  }
  window.dispatchEvent(new CustomEvent('aiothub:reachable'));
  const text = await response.text();
  let json = null;
  if (text) {
    try { json = JSON.parse(text); } catch { json = null; }
  }
  if (!response.ok) {
    const problem = json ?? { title: tr(`The hub answered ${response.status} ${response.statusText}.`, `网关返回了 ${response.status}。`) };
    // The session's own token stopped working (revoked, expired): the app signs out and says why.
    if (response.status === 401 && token && token === session.token) {
      window.dispatchEvent(new CustomEvent('aiothub:unauthorized', { detail: describeProblem(401, problem) }));
    }
    if (response.status === 429 && response.headers.get('Retry-After')) {
      const after = response.headers.get('Retry-After');
      problem.detail = `${problem.detail ?? ''} ${tr(`Retry after ${after} s.`, `请在 ${after} 秒后重试。`)}`.trim();
    }
    throw new ApiError(response.status, problem);
  }
  return json;
}

// Lists are pages ({items, nextCursor}); a few (scenes, runs) may still be plain arrays.
export function itemsOf(answer) {
  return Array.isArray(answer) ? answer : (answer?.items ?? []);
}

// Every item of a list, following nextCursor (bounded, so a looping cursor cannot hang the app).
export async function listAll(path) {
  const items = [];
  let cursor = null;
  for (let page = 0; page < 50; page++) {
    const separator = path.includes('?') ? '&' : '?';
    const answer = await api(cursor ? `${path}${separator}cursor=${encodeURIComponent(cursor)}` : path);
    items.push(...itemsOf(answer));
    cursor = Array.isArray(answer) ? null : answer?.nextCursor;
    if (!cursor) break;
  }
  return items;
}

export const homePath = (homeId) => `/api/v1/homes/${encodeURIComponent(homeId)}`;
export const devicePath = (homeId, deviceId) => `${homePath(homeId)}/devices/${encodeURIComponent(deviceId)}`;
