// The suggestions API (docs/api.md "Suggestions") as the app's pages use it: the routines the hub found in what people
// do at home, and the owner's switch for learning them.
import { api, homePath } from './api.js';
import { store } from './store.js';

const suggestionsPath = () => `${homePath(store.home.id)}/suggestions`;
const suggestionPath = (id) => `${suggestionsPath()}/${encodeURIComponent(id)}`;

export const Statuses = ['open', 'snoozed', 'dismissed', 'accepted'];

/** One page of suggestions with a status (open: newest evidence first), as {items, nextCursor, total}. */
export const listSuggestions = (status = 'open', cursor = null, limit = 50) =>
  api(`${suggestionsPath()}?status=${encodeURIComponent(status)}&limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
export const getSuggestion = (id) => api(suggestionPath(id));
export const acceptSuggestion = (id, name) => api(`${suggestionPath(id)}/accept`, { method: 'POST', body: name ? { name } : {} });
export const dismissSuggestion = (id, reason) => api(`${suggestionPath(id)}/dismiss`, { method: 'POST', body: reason ? { reason } : {} });
export const snoozeSuggestion = (id, duration = '7d') => api(`${suggestionPath(id)}/snooze`, { method: 'POST', body: { for: duration } });
export const getSettings = () => api(`${suggestionsPath()}/settings`);
export const putSettings = (enabled) => api(`${suggestionsPath()}/settings`, { method: 'PUT', body: { enabled } });
/** Deletes every suggestion and decision the hub derived; with `activity` also the activity log they came from. */
export const deleteLearned = (activity) => api(`${suggestionsPath()}${activity ? '?activity=true' : ''}`, { method: 'DELETE' });
/** The activity log's entries in a window (for an occurrence's evidence). */
export const readActivity = (from, to, deviceId, limit = 50) => api(`${homePath(store.home.id)}/activity?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}${deviceId ? `&deviceId=${encodeURIComponent(deviceId)}` : ''}&limit=${limit}`);

// The open count for the home page's "3 suggestions" link: asked at most once a minute (the home redraws on live
// events), forgotten when the person decides about one.
let counted = { homeId: null, at: 0, total: 0 };
export async function openCount() {
  const now = Date.now();
  if (counted.homeId === store.home.id && now - counted.at < 60_000) return counted.total;
  let total = 0;
  try {
    const page = await listSuggestions('open', null, 1);
    total = page?.total ?? page?.items?.length ?? 0;
  } finally {
    // A failure is remembered for the minute too: the home redraws often and must not ask again each time.
    counted = { homeId: store.home.id, at: now, total };
  }
  return total;
}
export const forgetCount = () => { counted = { homeId: null, at: 0, total: 0 }; };
