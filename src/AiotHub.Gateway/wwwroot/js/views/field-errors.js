// A problem's JSON paths (problem+json "errors": {"$.name": ["…"]}) shown at the fields they name: a field marks
// itself with data-field="$.name"; its message goes right after it, tied to it with aria-describedby.
import { h } from '../dom.js';

/** The errors object of an ApiError's problem ({} when it has none). */
export const fieldErrors = (error) => error?.problem?.errors ?? {};

/**
 * Shows each error at its field inside container and clears the old ones; true when every error found its field
 * (so the caller need not show a message as well), false when there was none or one had no field.
 */
export function showFieldErrors(container, errors) {
  container.querySelectorAll('.field-error').forEach((e) => e.remove());
  container.querySelectorAll('[aria-invalid]').forEach((e) => { e.removeAttribute('aria-invalid'); e.removeAttribute('aria-describedby'); });
  const entries = Object.entries(errors ?? {});
  let placed = 0;
  for (const [path, messages] of entries) {
    const field = [...container.querySelectorAll('[data-field]')].find((e) => e.dataset.field === path);
    if (!field) continue;
    const id = `${field.id || 'field'}-error`;
    field.setAttribute('aria-invalid', 'true');
    field.setAttribute('aria-describedby', id);
    field.after(h('p', { class: 'field-error error', id, dataset: { testid: 'field-error', path } }, [].concat(messages).join('; ')));
    placed++;
  }
  return entries.length > 0 && placed === entries.length;
}
