// The device maker's side of firmware (docs/api.md "Firmware"): everything under /api/v1/makers/{vendor}/…, which only
// a device-maker token of that vendor may call. A maker sees no home: releases, rollouts as counts per stage, reports
// from homes with the context their owners agreed to send, and health per model and firmware version.
import { api, itemsOf, listAll, ApiError, describeProblem } from './api.js';
import { session } from './session.js';
import { tr } from './i18n.js';

export const maker = { vendor: null, vendors: [] };

/** The token's vendor namespaces (GET /api/v1/makers); [] for a home's token or a hub without the API. */
export async function loadMakerVendors() {
  try {
    return itemsOf(await api('/api/v1/makers')).map((m) => m.vendor).filter(Boolean);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return [];
    throw error;
  }
}

const base = () => `/api/v1/makers/${encodeURIComponent(maker.vendor)}`;

export const listReleases = (model) => listAll(`${base()}/releases${model ? `?model=${encodeURIComponent(model)}` : ''}`);
export const withdrawRelease = (id) => api(`${base()}/releases/${encodeURIComponent(id)}`, { method: 'DELETE' });
export const startRollout = (releaseId, body) => api(`${base()}/releases/${encodeURIComponent(releaseId)}/rollouts`, { method: 'POST', body });
export const listRollouts = () => listAll(`${base()}/rollouts`);
export const getRollout = (id) => api(`${base()}/rollouts/${encodeURIComponent(id)}`);
export const rolloutAction = (id, verb) => api(`${base()}/rollouts/${encodeURIComponent(id)}/${verb}`, { method: 'POST' });
export async function listFeedback({ model, firmware } = {}) {
  const query = new URLSearchParams();
  if (model) query.set('model', model);
  if (firmware) query.set('firmware', firmware);
  return itemsOf(await api(`${base()}/feedback${query.size ? `?${query}` : ''}`));
}
export const answerFeedback = (id, text) => api(`${base()}/feedback/${encodeURIComponent(id)}/answer`, { method: 'POST', body: { text } });
export const getHealth = (model) => api(`${base()}/health${model ? `?model=${encodeURIComponent(model)}` : ''}`);

/**
 * Uploads a release: the part `release` (its JSON) and the part `image` (the file), multipart/form-data — which
 * api() does not send, so this is its own fetch with the same bearer token and problem+json handling.
 */
export async function uploadRelease(release, image) {
  const form = new FormData();
  form.append('release', new Blob([JSON.stringify(release)], { type: 'application/json' }), 'release.json');
  if (image) form.append('image', image, image.name || 'firmware.bin');
  let response;
  try {
    response = await fetch(`${base()}/releases`, { method: 'POST', headers: { Accept: 'application/json', Authorization: `Bearer ${session.token}` }, body: form });
  } catch (error) {
    throw new ApiError(0, { title: tr('The hub cannot be reached.', '无法连接到网关。'), detail: String(error?.message ?? error) });
  }
  const text = await response.text();
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch { json = null; }
  if (!response.ok) throw new ApiError(response.status, json ?? { title: describeProblem(response.status, null) });
  return json;
}

/** The SHA-256 of a file, lowercase hex (what the release's sha256 says and the maker signed). */
export async function sha256Hex(file) {
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** A rollout's status (docs/api.md), as the app says it. */
export function rolloutStatusText(status) {
  switch (status) {
    case 'testers': return tr('With testers', '测试用户阶段');
    case 'staged': return tr('Rolling out in stages', '分阶段推送中');
    case 'halted': return tr('Halted', '已中止');
    case 'paused': return tr('Paused', '已暂停');
    case 'completed': return tr('Completed', '已完成');
    case 'cancelled': return tr('Cancelled', '已取消');
    default: return status ?? '';
  }
}

export const isActive = (status) => status === 'testers' || status === 'staged' || status === 'paused';

/** The name of the stage a rollout is in ("testers", "10%"): the testers ring has no percent stage (index -1). */
export const currentStageName = (r) => r.stage?.name ?? (r.status === 'testers' || r.stage?.index === -1 ? 'testers' : r.stage?.percent != null ? `${r.stage.percent}%` : null);

/** A stage's name: "testers" in words, a percentage as it is. */
export const stageName = (name) => (name === 'testers' ? tr('Testers', '测试用户') : name);

/** A duration as the API writes it ("90s", "15m", "1h", "7d") in words. */
export function durationText(text) {
  const m = /^(\d+)([smhd])$/.exec(String(text ?? ''));
  if (!m) return String(text ?? '');
  const n = m[1];
  return { s: tr(`${n} s`, `${n} 秒`), m: tr(`${n} min`, `${n} 分钟`), h: tr(`${n} h`, `${n} 小时`), d: tr(`${n} d`, `${n} 天`) }[m[2]];
}

/** A size in bytes as people read it. */
export function sizeText(bytes) {
  if (typeof bytes !== 'number') return '';
  if (bytes < 1024) return tr(`${bytes} bytes`, `${bytes} 字节`);
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
