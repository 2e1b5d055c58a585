// The header's language switch: English / 中文. The choice is remembered (js/i18n.js); each option is marked with
// its own language, so a screen reader says "中文" in Chinese and "English" in English.
import { h } from './dom.js';
import { Languages, language, setLanguage, tr } from './i18n.js';

export function languageSwitch() {
  return h('select', { class: 'language', 'aria-label': tr('Language', '语言'), dataset: { testid: 'language' },
    onchange: (e) => setLanguage(e.currentTarget.value) },
  Languages.map((l) => h('option', { value: l.id, lang: l.id === 'zh' ? 'zh-CN' : 'en', selected: l.id === language() }, l.name)));
}
