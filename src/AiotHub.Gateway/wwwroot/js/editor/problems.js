// Validation problems from the API, shown at the field their JSON path points at (docs/api.md "Errors":
// `$.triggers[0].deviceId`, `$.actions[2].then[0].properties['light.brightness']`, `$.steps[0].in.text`).
// Every editor field carries data-path with its canonical path (pathOf); a problem goes beside the field with the
// same path or, failing that, the nearest enclosing one (an element's card, the list it is in), and into the summary
// at the top, whose entries move the focus to the field.
import { h } from '../dom.js';
import { tr } from '../i18n.js';

/** A JSON path as segments: '$.a[0]['b.c'].d' → ['a', 0, 'b.c', 'd']. Unreadable parts stay as one name. */
export function segmentsOf(path) {
  const segments = [];
  const text = String(path ?? '').replace(/^\$/, '');
  const pattern = /\.([^.[\]]+)|\[(\d+)\]|\['((?:[^'\\]|\\.)*)'\]|\["((?:[^"\\]|\\.)*)"\]/y;
  let index = 0;
  while (index < text.length) {
    pattern.lastIndex = index;
    const match = pattern.exec(text);
    if (!match) {
      segments.push(text.slice(index));
      break;
    }
    if (match[1] !== undefined) segments.push(match[1]);
    else if (match[2] !== undefined) segments.push(Number(match[2]));
    else segments.push((match[3] ?? match[4]).replace(/\\(.)/g, '$1'));
    index = pattern.lastIndex;
  }
  return segments;
}

/** The canonical path of segments: names as .name when plain, ['name'] otherwise, indexes as [n]. */
export function pathOf(segments) {
  return '$' + segments.map((s) => (typeof s === 'number' ? `[${s}]` : /^[A-Za-z_][A-Za-z0-9_-]*$/.test(s) ? `.${s}` : `['${s.replace(/'/g, "\\'")}']`)).join('');
}

export const canonical = (path) => pathOf(segmentsOf(path));

/** Problems as [{path, message}] from a validate answer ({problems}) or a 400 problem+json ({errors: {path: [..]}}). */
export function problemsFrom(answer) {
  if (Array.isArray(answer?.problems)) return answer.problems.map((p) => ({ path: p.path ?? '$', message: p.message ?? '' }));
  const result = [];
  for (const [path, messages] of Object.entries(answer?.errors ?? {})) {
    for (const message of [].concat(messages)) result.push({ path, message: String(message) });
  }
  return result;
}

/**
 * Shows the problems in `root`: each next to its field (or nearest enclosing one) and all in `summary`. Earlier ones
 * are removed first. Returns how many found a field of their own (not only the summary).
 */
export function showProblems(root, summary, problems) {
  for (const old of root.querySelectorAll('.problem')) old.remove();
  for (const field of root.querySelectorAll('[aria-invalid="true"]')) {
    field.removeAttribute('aria-invalid');
    field.removeAttribute('aria-describedby');
  }
  for (const marked of root.querySelectorAll('.has-problem')) marked.classList.remove('has-problem');
  const targets = new Map([...root.querySelectorAll('[data-path]')].map((element) => [element.dataset.path, element]));
  let placed = 0;
  const entries = problems.map((problem, index) => {
    const segments = segmentsOf(problem.path);
    let target = null;
    for (let length = segments.length; length >= 0 && !target; length--) target = targets.get(pathOf(segments.slice(0, length))) ?? null;
    const id = `problem-${index}`;
    if (target) {
      placed++;
      const note = h('p', { class: 'problem', id, dataset: { testid: 'problem', path: canonical(problem.path) } }, problem.message);
      const control = target.matches('input, select, textarea') ? target : target.querySelector(':scope > .field-control input, :scope > .field-control select, :scope > .field-control textarea');
      if (control) {
        control.setAttribute('aria-invalid', 'true');
        control.setAttribute('aria-describedby', id);
      }
      target.classList.add('has-problem');
      // A field gets its note at its end; a card right under its header, not after every nested field.
      const head = target.querySelector(':scope > .problems-here');
      if (head) head.after(note);
      else if (target.matches('input, select, textarea')) target.after(note);
      else target.append(note);
    }
    return { problem, target };
  });
  summary.replaceChildren();
  summary.hidden = problems.length === 0;
  if (problems.length === 0) return 0;
  summary.append(h('p', { class: 'problem-title' }, problems.length === 1 ? tr('1 problem to fix before saving:', '保存前有 1 个问题需要修改：')
    : tr(`${problems.length} problems to fix before saving:`, `保存前有 ${problems.length} 个问题需要修改：`)),
  h('ul', {}, entries.map(({ problem, target }) => h('li', {},
    target ? h('button', { type: 'button', class: 'link', onclick: () => focusField(target) }, problem.message) : h('span', {}, problem.message),
    ' ', h('code', { class: 'muted' }, problem.path)))));
  return placed;
}

function focusField(target) {
  const control = target.matches('input, select, textarea, button') ? target : target.querySelector('input, select, textarea, button');
  target.scrollIntoView({ block: 'center' });
  control?.focus();
}
