// Asks before an in-app link or a reload throws away an editor's unsaved draft. It removes itself once the editor is
// no longer on the page.
import { tr } from '../i18n.js';

export function guardUnsaved(root, isDirty) {
  const question = () => tr('Leave without saving? Your changes are lost.', '不保存就离开？所做的更改将丢失。');
  const onClick = (event) => {
    if (!root.isConnected) return stop();
    const link = event.target.closest?.('a[href]');
    if (!link || !isDirty() || event.button !== 0) return;
    if (!window.confirm(question())) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  };
  const onUnload = (event) => {
    if (!root.isConnected) return stop();
    if (isDirty()) event.preventDefault();
  };
  const stop = () => {
    document.removeEventListener('click', onClick, true);
    window.removeEventListener('beforeunload', onUnload);
  };
  document.addEventListener('click', onClick, true);
  window.addEventListener('beforeunload', onUnload);
  return stop;
}
