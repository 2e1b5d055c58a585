// Short messages at the top of the screen: errors stay until dismissed, notices fade.
import { h } from './dom.js';

export function showError(message) {
  show(message, 'error', 'error', 0);
}

export function showNotice(message, testid = 'notice', timeout = 6000) {
  show(message, 'notice', testid, timeout);
}

function show(text, kind, testid, timeout) {
  const container = document.getElementById('messages');
  const message = h('div', { class: `message ${kind}`, dataset: { testid } },
    h('span', {}, text),
    h('button', { type: 'button', class: 'dismiss', 'aria-label': 'Dismiss', onclick: () => message.remove() }, '×'));
  container.append(message);
  while (container.children.length > 4) container.firstElementChild.remove();
  if (timeout) setTimeout(() => message.remove(), timeout);
}
