// Short messages at the top of the screen: errors stay until dismissed, notices fade.
import { h } from './dom.js';
import { session } from './session.js';
import { tr } from './i18n.js';

export function showError(message) {
  show(message, 'error', 'error', 0);
}

// A failed call's message, unless it was a 401 that has already signed the app out (and said so).
export function showApiError(prefix, error) {
  if (error?.status === 401 && !session.token) return;
  // The hub's own message stays as it came (the API speaks English, docs/api.md); the prefix is the app's.
  showError(`${prefix}${tr(': ', '：')}${error.message}`);
}

export function showNotice(message, testid = 'notice', timeout = 6000) {
  show(message, 'notice', testid, timeout);
}

function show(text, kind, testid, timeout) {
  const container = document.getElementById('messages');
  const message = h('div', { class: `message ${kind}`, dataset: { testid } },
    h('span', {}, text),
    h('button', { type: 'button', class: 'dismiss', 'aria-label': tr('Dismiss', '关闭'), onclick: () => message.remove() }, '×'));
  container.append(message);
  while (container.children.length > 4) container.firstElementChild.remove();
  if (timeout) setTimeout(() => message.remove(), timeout);
}
