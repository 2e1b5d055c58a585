// The automation editor (/automations/new, /automations/{id}/edit; owner and member): a form built from the home's
// devices and profiles (js/editor/automation-form.js) or, for power users, the definition as JSON — the same draft
// either way, so what one view changes the other shows. While you edit, the hub checks the draft (POST …/validate)
// and each problem shows at the field its JSON path points at. Save, Test run (saves first, then runs it now and
// opens the trace), the enabled switch, and Delete after a confirmation.
import { h } from '../dom.js';
import { tr } from '../i18n.js';
import { canControl } from '../store.js';
import { getAutomation } from '../automations.js';
import { showApiError, showNotice } from '../messages.js';
import { automationForm } from '../editor/automation-form.js';
import { resetIds } from '../editor/fields.js';
import { showProblems, problemsFrom } from '../editor/problems.js';
import { validateAutomation, createAutomation, replaceAutomation, deleteAutomation, switchAutomation, runAutomation } from '../editor/http.js';
import { jsonView } from '../editor/json-view.js';
import { editorPath } from '../editor/routes.js';
import { guardUnsaved } from '../editor/leave-guard.js';

const CheckDelay = 500;


export async function renderAutomationEditor(main, path) {
  if (!canControl()) {
    main.replaceChildren(h('p', { class: 'error', role: 'alert', dataset: { testid: 'not-allowed' } }, tr('Only the owner and members edit automations.', '只有户主和成员可以编辑自动化。')),
      h('a', { href: '/automations', 'data-link': true }, tr('Back to the automations', '返回自动化')));
    return;
  }
  const match = /^\/automations\/([^/]+)\/edit$/.exec(path);
  let state = { id: null, version: null, enabled: true, name: '' };
  let draft;
  if (match) {
    try {
      const automation = await getAutomation(decodeURIComponent(match[1]));
      state = { id: automation.id, version: automation.version, enabled: automation.enabled, name: automation.name };
      draft = structuredClone(automation.definition ?? {});
    } catch (error) {
      main.replaceChildren(h('p', { class: 'error', role: 'alert' }, tr(`Could not load the automation: ${error.message}`, `无法加载自动化：${error.message}`)),
        h('a', { href: '/automations', 'data-link': true }, tr('Back to the automations', '返回自动化')));
      return;
    }
    if (location.pathname !== path) return;
  } else {
    draft = { name: '', triggers: [], conditions: [], actions: [] };
  }
  new AutomationEditor(main, draft, state).render();
}

class AutomationEditor {
  constructor(main, draft, state) {
    this.main = main;
    this.draft = draft;
    this.state = state;
    this.view = 'form';
    this.dirty = false;
    this.problems = [];
    this.checkTimer = 0;
    this.checkSerial = 0;
    this.ctx = { changed: () => this.changed(), rerender: () => this.renderBody() };
    // The form needs a conditions list to add to; a definition written without one is shown and sent without it.
    this.hadConditions = 'conditions' in draft;
    this.summary = h('div', { class: 'problem-summary card', role: 'status', 'aria-live': 'polite', dataset: { testid: 'problem-summary' }, hidden: true });
    this.body = h('div', { class: 'editor-body' });
    this.status = h('span', { class: 'save-state muted', role: 'status', dataset: { testid: 'save-state' } });
  }

  get isNew() { return this.state.id === null; }

  render() {
    const tabs = h('div', { class: 'view-tabs', role: 'group', 'aria-label': tr('View', '视图') },
      ['form', 'json'].map((view) => h('button', { type: 'button', class: 'tab', 'aria-pressed': String(this.view === view), dataset: { testid: `view-${view}` },
        onclick: () => this.switchView(view) }, view === 'form' ? tr('Form', '表单') : 'JSON')));
    this.tabs = tabs;
    this.main.replaceChildren(h('div', { class: 'editor-page', dataset: { testid: 'automation-editor' } },
      h('a', { href: this.isNew ? '/automations' : `/automations/${encodeURIComponent(this.state.id)}`, 'data-link': true, class: 'back' },
        this.isNew ? tr('← Automations', '← 自动化') : `← ${this.state.name}`),
      h('h1', {}, this.isNew ? tr('New automation', '新建自动化') : tr(`Edit ${this.state.name}`, `编辑 ${this.state.name}`)),
      h('div', { class: 'editor-top' }, tabs, this.enabledSwitch()),
      this.summary, this.body,
      h('div', { class: 'editor-bar', dataset: { testid: 'editor-bar' } },
        h('button', { type: 'button', class: 'primary', dataset: { testid: 'save' }, onclick: (e) => this.save(e.currentTarget) }, tr('Save', '保存')),
        h('button', { type: 'button', dataset: { testid: 'test-run' }, onclick: (e) => this.testRun(e.currentTarget) }, tr('Test run', '试运行')),
        this.status,
        this.isNew ? null : h('button', { type: 'button', class: 'danger', dataset: { testid: 'delete' }, onclick: () => this.confirmDelete() }, tr('Delete', '删除'))),
      this.confirmBox = h('div', { class: 'confirm card', hidden: true, role: 'alertdialog', 'aria-labelledby': 'confirm-text', dataset: { testid: 'confirm-delete' } })));
    this.renderBody();
    this.stopGuard?.();
    this.stopGuard = guardUnsaved(this.main.firstElementChild, () => this.dirty);
    if (!this.isNew) this.check();
  }

  renderBody() {
    const focused = document.activeElement?.id;
    resetIds();
    if (this.view === 'json') {
      this.json = jsonView(this.output(), { onApply: (value) => { this.draft = value; this.hadConditions = 'conditions' in value; this.changed(); }, onInvalid: (message) => this.showLocal(message) });
      this.body.replaceChildren(this.json.element);
    } else {
      this.body.replaceChildren(automationForm(this.ctx, this.draft, { isNew: this.isNew }));
    }
    showProblems(this.body, this.summary, this.problems);
    if (focused) document.getElementById(focused)?.focus({ preventScroll: true });
  }

  switchView(view) {
    if (view === this.view) return;
    // Leaving the JSON view takes its text, if it reads; otherwise the view stays so nothing typed is lost.
    if (this.view === 'json' && !this.json.apply()) return;
    this.view = view;
    for (const tab of this.tabs.children) tab.setAttribute('aria-pressed', String(tab.dataset.testid === `view-${view}`));
    this.renderBody();
  }

  enabledSwitch() {
    const enabled = this.isNew ? this.draft.enabled !== false : this.state.enabled;
    return h('label', { class: 'switch-row' }, h('input', { type: 'checkbox', role: 'switch', class: 'switch', checked: enabled, dataset: { testid: 'editor-enabled' },
      onchange: async (e) => {
        const input = e.currentTarget;
        if (this.isNew) {
          if (input.checked) delete this.draft.enabled; else this.draft.enabled = false;
          this.changed();
          return;
        }
        input.disabled = true;
        try {
          const updated = await switchAutomation(this.state.id, input.checked, this.state.version);
          this.state.enabled = updated.enabled;
          this.state.version = updated.version;
          // A later save must not switch it back.
          if ('enabled' in this.draft) this.draft.enabled = updated.enabled;
          if (this.view === 'json') this.json.refresh(this.output());
        } catch (error) {
          input.checked = this.state.enabled;
          showApiError(this.state.name, error);
        } finally {
          input.disabled = false;
        }
      } }), tr('Enabled', '已启用'));
  }

  // The draft as the hub gets it and the JSON view shows it.
  output() {
    if (this.hadConditions || (this.draft.conditions ?? []).length) return this.draft;
    const { conditions, ...rest } = this.draft;
    return rest;
  }

  changed() {
    this.dirty = true;
    this.status.textContent = tr('Not saved', '未保存');
    clearTimeout(this.checkTimer);
    this.checkTimer = setTimeout(() => this.check(), CheckDelay);
  }

  // Asks the hub what it thinks of the draft; only the newest answer is shown.
  async check() {
    const serial = ++this.checkSerial;
    try {
      const answer = await validateAutomation(this.output());
      if (serial !== this.checkSerial || !this.main.isConnected) return;
      this.problems = problemsFrom(answer);
    } catch (error) {
      if (serial !== this.checkSerial) return;
      this.problems = error.status === 400 ? problemsFrom(error.problem) : [{ path: '$', message: error.message }];
    }
    showProblems(this.body, this.summary, this.problems);
  }

  showLocal(message) {
    this.problems = [{ path: '$', message }];
    showProblems(this.body, this.summary, this.problems);
  }

  // Saves the draft; true when the hub stored it. Problems go to their fields.
  async save(button) {
    if (this.view === 'json' && !this.json.apply()) return false;
    clearTimeout(this.checkTimer);
    this.checkSerial++;
    if (button) button.disabled = true;
    try {
      const saved = this.isNew ? await createAutomation(this.output()) : await replaceAutomation(this.state.id, this.output(), this.state.version);
      const wasNew = this.isNew;
      this.state = { id: saved.id, version: saved.version, enabled: saved.enabled, name: saved.name };
      this.draft = structuredClone(saved.definition ?? this.draft);
      this.hadConditions = 'conditions' in this.draft;
      this.dirty = false;
      this.problems = saved.problems ?? [];
      if (wasNew) history.replaceState(null, '', editorPath(saved.id));
      this.render();
      this.status.textContent = tr('Saved', '已保存');
      showNotice(tr(`${saved.name} saved.`, `已保存 ${saved.name}。`), 'saved');
      return true;
    } catch (error) {
      if (error.status === 400 && error.problem?.errors) {
        this.problems = problemsFrom(error.problem);
        showProblems(this.body, this.summary, this.problems);
        this.summary.scrollIntoView({ block: 'start' });
      } else if (error.status === 412) {
        showApiError(tr('Someone else saved it first; reload to see their version', '已被他人先保存；请重新加载查看'), error);
      } else {
        showApiError(tr('Saving', '保存'), error);
      }
      return false;
    } finally {
      if (button) button.disabled = false;
    }
  }

  async testRun(button) {
    if ((this.dirty || this.isNew) && !(await this.save())) return;
    button = this.main.querySelector('[data-testid="test-run"]') ?? button;
    button.disabled = true;
    try {
      const run = await runAutomation(this.state.id, false);
      history.pushState(null, '', `/automations/${encodeURIComponent(this.state.id)}/runs/${encodeURIComponent(run.id)}`);
      window.dispatchEvent(new PopStateEvent('popstate'));
    } catch (error) {
      showApiError(tr('Test run', '试运行'), error);
      button.disabled = false;
    }
  }

  confirmDelete() {
    const box = this.confirmBox;
    box.hidden = false;
    box.replaceChildren(
      h('p', { id: 'confirm-text' }, tr(`Delete ${this.state.name}? Its runs and traces go with it.`, `删除 ${this.state.name}？它的运行记录也会一并删除。`)),
      h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'danger', dataset: { testid: 'confirm-delete-yes' }, onclick: async (e) => {
          e.currentTarget.disabled = true;
          try {
            await deleteAutomation(this.state.id, this.state.version);
            this.dirty = false;
            showNotice(tr(`${this.state.name} deleted.`, `已删除 ${this.state.name}。`), 'deleted');
            history.pushState(null, '', '/automations');
            window.dispatchEvent(new PopStateEvent('popstate'));
          } catch (error) {
            showApiError(tr('Deleting', '删除'), error);
            e.currentTarget.disabled = false;
          }
        } }, tr('Delete', '删除')),
        h('button', { type: 'button', dataset: { testid: 'confirm-delete-no' }, onclick: () => { box.hidden = true; } }, tr('Keep it', '保留'))));
    box.querySelector('button')?.focus();
  }
}

