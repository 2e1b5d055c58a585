// The JSON view: the draft as text for those who would rather type it. "Apply" (and leaving the view, and saving)
// reads it back; text that is not JSON, or not an object, stays where it is with the reason, and the draft is
// untouched. What the form cannot show (an unknown kind) is kept as written, so form → JSON → form round-trips.
import { h } from '../dom.js';
import { tr } from '../i18n.js';

export function jsonView(draft, { onApply, onInvalid, label }) {
  const text = JSON.stringify(draft, null, 2);
  let applied = text;
  const area = h('textarea', { id: 'json-text', class: 'json-text', spellcheck: false, autocapitalize: 'off', autocomplete: 'off', rows: 24,
    dataset: { testid: 'json-text', path: '$' } }, text);
  const error = h('p', { class: 'error', role: 'alert', dataset: { testid: 'json-error' }, hidden: true });
  const apply = () => {
    if (area.value === applied) return true;
    let value;
    try {
      value = JSON.parse(area.value);
    } catch (e) {
      error.hidden = false;
      error.textContent = tr(`Not valid JSON: ${e.message}`, `不是有效的 JSON：${e.message}`);
      onInvalid?.(error.textContent);
      return false;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      error.hidden = false;
      error.textContent = tr('The definition is one JSON object: {"name": …, "triggers": […], "actions": […]}.', '定义必须是一个 JSON 对象：{"name": …, "triggers": […], "actions": […]}。');
      onInvalid?.(error.textContent);
      return false;
    }
    error.hidden = true;
    applied = area.value;
    onApply(value);
    return true;
  };
  const element = h('div', { class: 'json-view card' },
    h('label', { for: 'json-text', class: 'field-label' }, label ?? tr('The definition as JSON (docs/automations.md)', 'JSON 格式的定义（见 docs/automations.md）')),
    area, error,
    h('button', { type: 'button', dataset: { testid: 'json-apply' }, onclick: () => apply() }, tr('Apply', '应用')));
  return { element, apply, refresh: (value) => { area.value = JSON.stringify(value, null, 2); applied = area.value; } };
}
