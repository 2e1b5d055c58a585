// The Suggestions page (/suggestions, owner and member; docs/api.md "Suggestions"): the routines the hub found in what
// people do by hand — time routines, linkages, scenes, corrections of an automation — each with what it would do, the
// evidence and Accept / Not now / Dismiss (views/suggestion-card.js). Tabs show the snoozed, dismissed and accepted
// ones. The owner switches learning on and off and deletes what was learned; a member reads whether it is on.
// Guests and integrators do not see the page (the API answers them 403): no header link, and the path leads home.
import { h } from '../dom.js';
import { canControl, isOwner } from '../store.js';
import { showApiError, showNotice } from '../messages.js';
import { tr } from '../i18n.js';
import { listSuggestions, getSettings, putSettings, deleteLearned, openCount, forgetCount } from '../suggestions.js';
import { suggestionCard } from './suggestion-card.js';

export const isSuggestionsPage = (path) => path === '/suggestions';
export const suggestionsVisible = () => canControl();

// The header's link.
export const suggestionsLink = () => (suggestionsVisible()
  ? h('a', { href: '/suggestions', 'data-link': true, dataset: { testid: 'nav-suggestions' } }, tr('Suggestions', '推荐'))
  : null);

/** The home page's "3 suggestions →" line: empty until the count is known, and while there are none. */
export function homeSuggestionsLink() {
  if (!suggestionsVisible()) return null;
  const slot = h('span', { class: 'suggestions-link', dataset: { testid: 'home-suggestions-slot' } });
  openCount().then((n) => {
    if (n > 0) slot.replaceChildren(h('a', { href: '/suggestions', 'data-link': true, dataset: { testid: 'home-suggestions' } },
      tr(`${n} ${n === 1 ? 'suggestion' : 'suggestions'} →`, `${n} 条推荐 →`)));
  }).catch(() => { /* the home works without it; the Suggestions page says what went wrong */ });
  return slot;
}

const Tabs = () => [['open', tr('Open', '待处理')], ['snoozed', tr('Not now', '暂不处理')], ['dismissed', tr('Dismissed', '已忽略')], ['accepted', tr('Accepted', '已采纳')]];
let shown = 'open';

export async function renderSuggestions(main) {
  if (!suggestionsVisible()) {
    main.replaceChildren(h('p', { class: 'error', role: 'alert', dataset: { testid: 'not-allowed' } }, tr('Only the owner and members see suggestions.', '只有主人和成员可以查看推荐。')),
      h('a', { href: '/', 'data-link': true }, tr('Back to the home', '返回首页')));
    return;
  }
  const list = h('ul', { class: 'suggestions', dataset: { testid: 'suggestions' } }, h('li', { class: 'muted' }, tr('Loading…', '加载中…')));
  const settings = h('section', { class: 'card suggestions-settings', 'aria-labelledby': 'suggestions-settings-title', dataset: { testid: 'suggestions-settings' } },
    h('h2', { id: 'suggestions-settings-title' }, tr('Learning routines', '习惯学习')));
  const tabs = h('div', { class: 'filters', role: 'group', 'aria-label': tr('Which suggestions', '显示哪些推荐') },
    Tabs().map(([status, name]) => h('button', { type: 'button', class: 'chip filter', 'aria-pressed': String(status === shown), dataset: { testid: `suggestions-tab-${status}`, status },
      onclick: (e) => {
        shown = status;
        for (const b of e.currentTarget.parentElement.children) b.setAttribute('aria-pressed', String(b.dataset.status === status));
        fill(list);
      } }, name)));
  main.replaceChildren(h('div', { class: 'suggestions-page', dataset: { testid: 'suggestions-page' } },
    h('a', { href: '/', 'data-link': true, class: 'back' }, tr('← Home', '← 首页')),
    h('h1', {}, tr('Suggestions', '推荐')),
    h('p', { class: 'muted' }, tr('The hub looks at what people at home do by hand and suggests automations and scenes for what they do again and again, with the times it saw. Nothing leaves the hub.',
      '网关会分析家人手动操作设备的记录，把反复出现的习惯推荐为自动化或场景，并列出依据。所有数据只保存在网关上。')),
    tabs, list, settings));
  await Promise.all([fill(list), fillSettings(settings, list)]);
}

async function fill(list) {
  const status = shown;
  let page;
  try {
    page = await listSuggestions(status);
  } catch (error) {
    list.replaceChildren(h('li', { class: 'error', role: 'alert', dataset: { testid: 'suggestions-error' } }, tr(`Could not load the suggestions: ${error.message}`, `无法加载推荐：${error.message}`)));
    return;
  }
  if (status !== shown) return;
  const items = page?.items ?? [];
  list.dataset.total = String(page?.total ?? items.length);
  list.replaceChildren(...(items.length === 0 ? [h('li', { class: 'muted', dataset: { testid: 'suggestions-empty' } }, emptyText(status))]
    : items.map((s) => suggestionCard(s, (decided, card, outcome) => {
      // Accepted stays in view with the link to what it became; snoozed and dismissed leave the open list.
      if (outcome !== 'accepted') card.remove();
      if (!list.children.length) list.replaceChildren(h('li', { class: 'muted', dataset: { testid: 'suggestions-empty' } }, emptyText(status)));
    }))));
}

const emptyText = (status) => ({
  open: tr('No suggestions right now. The hub suggests a routine once it has seen it often enough (several times over at least two weeks).',
    '暂时没有推荐。网关看到某个习惯足够多次（至少两周里出现多次）后才会推荐。'),
  snoozed: tr('Nothing put off.', '没有暂不处理的推荐。'),
  dismissed: tr('Nothing dismissed.', '没有已忽略的推荐。'),
  accepted: tr('Nothing accepted yet.', '还没有采纳过推荐。'),
}[status]);

async function fillSettings(section, list) {
  let settings;
  try {
    settings = await getSettings();
  } catch (error) {
    section.append(h('p', { class: 'error', role: 'alert' }, tr(`Could not load the setting: ${error.message}`, `无法加载设置：${error.message}`)));
    return;
  }
  const heading = section.firstElementChild;
  if (!isOwner()) {
    section.replaceChildren(heading, h('p', { dataset: { testid: 'suggestions-state' } }, settings.enabled
      ? tr('The hub is learning routines. The owner can switch it off.', '网关正在学习家庭习惯。主人可以关闭。')
      : tr('Learning routines is switched off. The owner can switch it on.', '习惯学习已关闭。主人可以开启。')));
    return;
  }
  const toggle = h('input', { type: 'checkbox', role: 'switch', class: 'switch', id: 'suggestions-enabled', checked: Boolean(settings.enabled), dataset: { testid: 'suggestions-enabled' } });
  toggle.addEventListener('change', async () => {
    const wanted = toggle.checked;
    toggle.disabled = true;
    try {
      const answer = await putSettings(wanted);
      toggle.checked = Boolean(answer?.enabled ?? wanted);
      forgetCount();
      showNotice(toggle.checked ? tr('The hub learns routines again.', '网关将重新学习家庭习惯。') : tr('Learning routines is off: nothing new is suggested.', '习惯学习已关闭：不会再有新的推荐。'), 'suggestions-switched');
      fill(list);
    } catch (error) {
      toggle.checked = !wanted;
      showApiError(tr('Switching learning', '切换习惯学习'), error);
    }
    toggle.disabled = false;
  });
  const alsoActivity = h('input', { type: 'checkbox', id: 'suggestions-delete-activity', dataset: { testid: 'suggestions-delete-activity' } });
  const confirm = h('div', { class: 'confirm', hidden: true, role: 'group', 'aria-label': tr('Delete what was learned', '删除学习结果'), dataset: { testid: 'suggestions-delete-confirm' } },
    h('p', {}, tr('Every suggestion and every decision about one (dismissed, not now) is deleted; your automations and scenes stay. The hub may find the same routines again while learning is on.',
      '所有推荐以及对推荐的处理（忽略、暂不处理）都会被删除；已有的自动化和场景不受影响。习惯学习开启时，网关可能会再次发现相同的习惯。')),
    h('div', { class: 'switch-row' }, alsoActivity, h('label', { for: alsoActivity.id }, tr('Also delete the activity log it learned from', '同时删除用于学习的活动记录'))),
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'danger', dataset: { testid: 'suggestions-delete-confirm-button' }, onclick: async (e) => {
        const button = e.currentTarget;
        button.disabled = true;
        try {
          await deleteLearned(alsoActivity.checked);
          forgetCount();
          showNotice(alsoActivity.checked ? tr('Deleted what was learned and the activity log.', '已删除学习结果和活动记录。') : tr('Deleted what was learned.', '已删除学习结果。'), 'suggestions-deleted');
          confirm.hidden = true;
          remove.hidden = false;
          fill(list);
        } catch (error) {
          showApiError(tr('Deleting what was learned', '删除学习结果'), error);
        } finally {
          button.disabled = false;
        }
      } }, tr('Delete', '删除')),
      h('button', { type: 'button', onclick: () => { confirm.hidden = true; remove.hidden = false; } }, tr('Cancel', '取消'))));
  const remove = h('button', { type: 'button', class: 'danger', dataset: { testid: 'suggestions-delete' }, onclick: () => { confirm.hidden = false; remove.hidden = true; } },
    tr('Delete what was learned…', '删除学习结果…'));
  section.replaceChildren(heading,
    h('div', { class: 'switch-row' }, toggle, h('label', { for: toggle.id }, tr('Learn routines from what people do at home (on the hub only)', '从家人的操作中学习习惯（只在网关上）'))),
    remove, confirm);
}
