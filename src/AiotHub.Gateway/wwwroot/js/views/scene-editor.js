// Scenes (/scenes) and the scene editor (/scenes/new, /scenes/{id}; editing for owner and member): a name, an
// icon and steps — set properties of one device, or call one of its actions — picked from the same lists as the
// automation editor. "Capture" fills steps from how chosen devices are now: every writable property at its
// reported value, as POST …/scenes/snapshot does, but into the draft, so it can be trimmed before saving. The hub
// checks a scene when it is saved; each problem shows at its step (docs/api.md "Scenes").
import { h } from '../dom.js';
import { tr } from '../i18n.js';
import { store, canControl, loadScenes } from '../store.js';
import { showApiError, showNotice } from '../messages.js';
import { resetIds, textField, selectField, checklistField } from '../editor/fields.js';
import { showProblems, problemsFrom } from '../editor/problems.js';
import { itemList, deviceField, memberField, propertiesTable, argumentsFields, deviceOptions } from '../editor/parts.js';
import { devices, findDevice, writableProperties, actionsOf, defaultValue } from '../editor/catalog.js';
import { getScene, createScene, replaceScene, deleteScene, getDevice } from '../editor/http.js';
import { jsonView } from '../editor/json-view.js';
import { scenePath } from '../editor/routes.js';
import { guardUnsaved } from '../editor/leave-guard.js';


export async function renderScenesPage(main, path) {
  if (path === '/scenes') return renderList(main);
  const id = path === '/scenes/new' ? null : decodeURIComponent(path.slice('/scenes/'.length));
  let state = { id: null, version: null, name: '' };
  let draft = { name: '', steps: [] };
  if (id !== null) {
    try {
      const scene = await getScene(id);
      state = { id: scene.id, version: scene.version, name: scene.name };
      draft = { name: scene.name, ...(scene.icon ? { icon: scene.icon } : {}), steps: structuredClone(scene.steps ?? []) };
    } catch (error) {
      main.replaceChildren(h('p', { class: 'error', role: 'alert' }, tr(`Could not load the scene: ${error.message}`, `无法加载场景：${error.message}`)),
        h('a', { href: '/scenes', 'data-link': true }, tr('Back to the scenes', '返回场景')));
      return;
    }
    if (location.pathname !== path) return;
  }
  new SceneEditor(main, draft, state).render();
}

async function renderList(main) {
  try {
    await loadScenes();
  } catch (error) {
    showApiError(tr('Loading the scenes', '加载场景'), error);
  }
  const scenes = store.scenes ?? [];
  main.replaceChildren(h('div', { class: 'scenes-page', dataset: { testid: 'scenes-page' } },
    h('a', { href: '/automations', 'data-link': true, class: 'back' }, tr('← Automations', '← 自动化')),
    h('h1', {}, tr('Scenes', '场景')),
    canControl() ? h('a', { href: '/scenes/new', 'data-link': true, class: 'button primary', dataset: { testid: 'new-scene' } }, tr('New scene', '新建场景')) : null,
    scenes.length === 0 ? h('p', { class: 'muted' }, tr('No scenes yet.', '还没有场景。'))
      : h('ul', { class: 'automations' }, scenes.map((scene) => h('li', { class: 'card automation', dataset: { testid: `scene-row-${scene.id}` } },
        h('header', {}, h('h2', {}, h('a', { href: scenePath(scene.id), 'data-link': true }, scene.name)),
          h('span', { class: 'muted' }, tr(`${scene.steps?.length ?? 0} steps`, `${scene.steps?.length ?? 0} 个步骤`))))))));
}

const stepTitle = (step, index) => {
  const device = findDevice(step.deviceId);
  return `${index + 1}. ${device ? (device.name ?? device.id) : (step.deviceId ?? '?')}`;
};

class SceneEditor {
  constructor(main, draft, state) {
    Object.assign(this, { main, draft, state, view: 'form', problems: [] });
    this.ctx = { changed: () => this.changed(), rerender: () => this.renderBody() };
    this.summary = h('div', { class: 'problem-summary card', role: 'status', 'aria-live': 'polite', dataset: { testid: 'problem-summary' }, hidden: true });
    this.body = h('div', { class: 'editor-body' });
    this.status = h('span', { class: 'save-state muted', role: 'status', dataset: { testid: 'save-state' } });
  }

  get isNew() { return this.state.id === null; }

  render() {
    const editable = canControl();
    this.tabs = h('div', { class: 'view-tabs', role: 'group', 'aria-label': tr('View', '视图') },
      ['form', 'json'].map((view) => h('button', { type: 'button', class: 'tab', 'aria-pressed': String(this.view === view), dataset: { testid: `view-${view}` },
        onclick: () => this.switchView(view) }, view === 'form' ? tr('Form', '表单') : 'JSON')));
    this.confirmBox = h('div', { class: 'confirm card', hidden: true, role: 'alertdialog', 'aria-labelledby': 'confirm-text', dataset: { testid: 'confirm-delete' } });
    this.main.replaceChildren(h('div', { class: 'editor-page', dataset: { testid: 'scene-editor' } },
      h('a', { href: '/scenes', 'data-link': true, class: 'back' }, tr('← Scenes', '← 场景')),
      h('h1', {}, this.isNew ? tr('New scene', '新建场景') : tr(`Edit ${this.state.name}`, `编辑 ${this.state.name}`)),
      h('div', { class: 'editor-top' }, this.tabs),
      this.summary, this.body,
      editable ? h('div', { class: 'editor-bar' },
        h('button', { type: 'button', class: 'primary', dataset: { testid: 'save' }, onclick: (e) => this.save(e.currentTarget) }, tr('Save', '保存')),
        this.status,
        this.isNew ? null : h('button', { type: 'button', class: 'danger', dataset: { testid: 'delete' }, onclick: () => this.confirmDelete() }, tr('Delete', '删除'))) : null,
      this.confirmBox));
    this.renderBody();
    this.stopGuard?.();
    this.stopGuard = guardUnsaved(this.main.firstElementChild, () => this.dirty);
  }

  renderBody() {
    const focused = document.activeElement?.id;
    resetIds();
    if (this.view === 'json') {
      this.json = jsonView(this.draft, { label: tr('The scene as JSON (docs/api.md "Scenes")', 'JSON 格式的场景（见 docs/api.md）'),
        onApply: (value) => { this.draft = value; this.changed(); }, onInvalid: (message) => { this.problems = [{ path: '$', message }]; showProblems(this.body, this.summary, this.problems); } });
      this.body.replaceChildren(this.json.element);
    } else {
      this.body.replaceChildren(this.form());
    }
    showProblems(this.body, this.summary, this.problems);
    if (focused) document.getElementById(focused)?.focus({ preventScroll: true });
  }

  switchView(view) {
    if (view === this.view) return;
    if (this.view === 'json' && !this.json.apply()) return;
    this.view = view;
    for (const tab of this.tabs.children) tab.setAttribute('aria-pressed', String(tab.dataset.testid === `view-${view}`));
    this.renderBody();
  }

  changed() {
    this.dirty = true;
    this.status.textContent = tr('Not saved', '未保存');
  }

  form() {
    const ctx = this.ctx;
    const draft = this.draft;
    draft.steps ??= [];
    return h('div', { class: 'scene-form' },
      h('section', { class: 'card', 'aria-labelledby': 'about-title' }, h('h2', { id: 'about-title' }, tr('About', '基本信息')),
        textField(ctx, draft, 'name', tr('Name', '名称'), ['name'], { maxlength: 100 }),
        textField(ctx, draft, 'icon', tr('Icon (optional)', '图标（可选）'), ['icon'], { optional: true, placeholder: 'moon' }),
        this.isNew ? textField(ctx, draft, 'id', tr('Id (optional)', 'ID（可选）'), ['id'], { optional: true, maxlength: 64, placeholder: 'good-night' }) : null),
      h('section', { class: 'card editor-section', 'aria-labelledby': 'steps-title', dataset: { path: '$.steps' } },
        h('h2', { id: 'steps-title', class: 'problems-here' }, tr('Steps', '步骤')),
        h('p', { class: 'muted small' }, tr('Sent in this order when the scene runs.', '执行场景时按此顺序发送。')),
        itemList(ctx, draft.steps, ['steps'], { testid: 'steps', title: stepTitle, renderItem: (step, i) => this.stepBody(step, ['steps', i]) }),
        h('button', { type: 'button', dataset: { testid: 'add-step' }, onclick: () => { draft.steps.push(newStep()); ctx.changed(); ctx.rerender(); } }, tr('+ Add a step', '+ 添加步骤'))),
      this.captureCard());
  }

  stepBody(step, segments) {
    const ctx = this.ctx;
    const device = findDevice(step.deviceId);
    const kind = 'call' in step ? 'call' : 'set';
    const body = [deviceField(ctx, step, segments, { filter: (d) => writableProperties(d).length || actionsOf(d).length, reset: (d) => {
      for (const key of ['set', 'call', 'in']) delete step[key];
      Object.assign(step, newStep(d));
    } }),
    selectField(ctx, { kind }, 'kind', tr('Step', '步骤'), [{ value: 'set', label: tr('Set values', '设置状态') }, { value: 'call', label: tr('Run an action', '执行动作') }], [...segments, 'kind'], {
      onPick: (value) => {
        for (const key of ['set', 'call', 'in']) delete step[key];
        if (value === 'call') step.call = actionsOf(device)[0]?.key ?? '';
        else { const p = writableProperties(device)[0]; step.set = p ? { [p.key]: defaultValue(p.spec) } : {}; }
        ctx.changed(); ctx.rerender();
      } })];
    if (device && kind === 'set') body.push(propertiesTable(ctx, device, (step.set ??= {}), [...segments, 'set']));
    if (device && kind === 'call') body.push(memberField(ctx, step, 'call', tr('Action', '动作'), actionsOf(device), segments, () => delete step.in), argumentsFields(ctx, device, step.call, step, 'in', segments));
    return h('div', { class: 'item-body' }, body);
  }

  // Capture: the chosen devices' writable properties at their reported values, as one 'set' step each (replacing
  // the 'set' steps those devices had).
  captureCard() {
    const chosen = { deviceIds: [] };
    const button = h('button', { type: 'button', dataset: { testid: 'capture' }, onclick: async () => {
      if (chosen.deviceIds.length === 0) {
        showNotice(tr('Choose the devices to capture first.', '请先选择要记录的设备。'), 'capture-empty');
        return;
      }
      button.disabled = true;
      try {
        const captured = [];
        for (const id of chosen.deviceIds) {
          const device = await getDevice(id);
          store.devices.set(device.id, device);
          const values = {};
          for (const p of writableProperties(device)) {
            const reported = device.properties?.[p.key]?.reported;
            if (reported && reported.value !== undefined && reported.value !== null) values[p.key] = reported.value;
          }
          if (Object.keys(values).length) captured.push({ deviceId: id, set: values });
        }
        const ids = new Set(captured.map((s) => s.deviceId));
        this.draft.steps = [...this.draft.steps.filter((s) => !(ids.has(s.deviceId) && 'set' in s)), ...captured];
        this.changed();
        this.renderBody();
        showNotice(tr(`Captured ${captured.length} device(s).`, `已记录 ${captured.length} 个设备。`), 'captured');
      } catch (error) {
        showApiError(tr('Capture', '记录'), error);
      } finally {
        button.disabled = false;
      }
    } }, tr('Capture their current state', '记录当前状态'));
    return h('section', { class: 'card', 'aria-labelledby': 'capture-title', dataset: { testid: 'capture-card' } },
      h('h2', { id: 'capture-title' }, tr('Capture the current state', '记录当前状态')),
      h('p', { class: 'muted small' }, tr('Set the devices as you want them, choose them here, and capture: the scene gets a step per device with what it reports now.',
        '先把设备调到想要的状态，在这里选中它们并记录：场景会为每个设备添加一个步骤，使用它现在的状态。')),
      checklistField({ changed: () => {}, rerender: () => {} }, chosen, 'deviceIds', tr('Devices', '设备'), deviceOptions((d) => writableProperties(d).length), ['capture']),
      button);
  }

  async save(button) {
    if (this.view === 'json' && !this.json.apply()) return;
    button.disabled = true;
    try {
      const body = { ...this.draft };
      const saved = this.isNew ? await createScene(body) : await replaceScene(this.state.id, { name: body.name, icon: body.icon, steps: body.steps }, this.state.version);
      const wasNew = this.isNew;
      this.state = { id: saved.id, version: saved.version, name: saved.name };
      this.draft = { name: saved.name, ...(saved.icon ? { icon: saved.icon } : {}), steps: structuredClone(saved.steps ?? []) };
      this.problems = [];
      this.dirty = false;
      if (wasNew) history.replaceState(null, '', scenePath(saved.id));
      await loadScenes().catch(() => {});
      this.render();
      this.status.textContent = tr('Saved', '已保存');
      showNotice(tr(`${saved.name} saved.`, `已保存 ${saved.name}。`), 'saved');
    } catch (error) {
      if (error.status === 400 && error.problem?.errors) {
        this.problems = problemsFrom(error.problem);
        showProblems(this.body, this.summary, this.problems);
        this.summary.scrollIntoView({ block: 'start' });
      } else {
        showApiError(tr('Saving', '保存'), error);
      }
    } finally {
      button.disabled = false;
    }
  }

  confirmDelete() {
    const box = this.confirmBox;
    box.hidden = false;
    box.replaceChildren(h('p', { id: 'confirm-text' }, tr(`Delete ${this.state.name}? Its runs go with it.`, `删除 ${this.state.name}？它的运行记录也会一并删除。`)),
      h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'danger', dataset: { testid: 'confirm-delete-yes' }, onclick: async (e) => {
          e.currentTarget.disabled = true;
          try {
            await deleteScene(this.state.id, this.state.version);
            await loadScenes().catch(() => {});
            showNotice(tr(`${this.state.name} deleted.`, `已删除 ${this.state.name}。`), 'deleted');
            history.pushState(null, '', '/scenes');
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

function newStep(device = devices().find((d) => writableProperties(d).length)) {
  const p = writableProperties(device)[0];
  if (p) return { deviceId: device.id, set: { [p.key]: defaultValue(p.spec) } };
  return { deviceId: device?.id ?? '', call: actionsOf(device)[0]?.key ?? '' };
}

