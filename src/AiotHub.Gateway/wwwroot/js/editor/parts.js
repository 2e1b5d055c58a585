// The pieces the automation and scene editors share: a list of items with move up/down and remove (reordering by
// buttons, which a thumb on a phone and a screen reader both manage), an "add" list, device/property/action pickers
// and a property→value table for 'set'.
import { h } from '../dom.js';
import { tr, pick } from '../i18n.js';
import { pathOf } from './problems.js';
import { selectField, valueField, field } from './fields.js';
import { devices, deviceLabel, findDevice, member, writableProperties, actionsOf, valueSpec, defaultValue } from './catalog.js';

/** A list of cards; `renderItem(item, index)` gives a card's body. The toolbar moves and removes. */
export function itemList(ctx, list, segments, { renderItem, title, testid }) {
  return h('ol', { class: 'items', dataset: { path: pathOf(segments), testid } },
    list.map((item, index) => h('li', { class: 'item card', dataset: { path: pathOf([...segments, index]), testid: `${testid}-item` } },
      h('div', { class: 'item-head problems-here' },
        h('span', { class: 'item-title' }, title(item, index)),
        h('span', { class: 'item-tools' },
          h('button', { type: 'button', class: 'icon', disabled: index === 0, 'aria-label': tr(`Move ${title(item, index)} up`, `上移${title(item, index)}`),
            onclick: () => { [list[index - 1], list[index]] = [list[index], list[index - 1]]; ctx.changed(); ctx.rerender(); } }, '↑'),
          h('button', { type: 'button', class: 'icon', disabled: index === list.length - 1, 'aria-label': tr(`Move ${title(item, index)} down`, `下移${title(item, index)}`),
            onclick: () => { [list[index + 1], list[index]] = [list[index], list[index + 1]]; ctx.changed(); ctx.rerender(); } }, '↓'),
          h('button', { type: 'button', class: 'icon danger', 'aria-label': tr(`Remove ${title(item, index)}`, `删除${title(item, index)}`), dataset: { testid: 'remove' },
            onclick: () => { list.splice(index, 1); ctx.changed(); ctx.rerender(); } }, '✕'))),
      renderItem(item, index))));
}

/** "Add …" as a list of kinds: choosing one appends a new item made by `make(kind)`. */
export function addPicker(ctx, list, label, kinds, make, testid) {
  const id = `add-${testid}-${Math.random().toString(36).slice(2, 8)}`;
  return h('div', { class: 'add-row' },
    h('label', { for: id, class: 'visually-hidden' }, label),
    h('select', { id, class: 'add', dataset: { testid }, onchange: (e) => {
      const kind = e.target.value;
      if (!kind) return;
      list.push(make(kind));
      ctx.changed();
      ctx.rerender();
    } }, h('option', { value: '' }, `+ ${label}`), kinds.map(([kind, text]) => h('option', { value: kind }, text))));
}

export const deviceOptions = (filter = () => true) => devices().filter(filter).map((d) => ({ value: d.id, label: deviceLabel(d) }));

/** The device picker; a new device resets what belonged to the old one (`reset(device)`). */
export function deviceField(ctx, obj, segments, { filter, reset, key = 'deviceId', label = tr('Device', '设备') } = {}) {
  return selectField(ctx, obj, key, label, deviceOptions(filter), [...segments, key], {
    onPick: (id) => { obj[key] = id; reset?.(findDevice(id)); ctx.changed(); ctx.rerender(); } });
}

/** A member picker ('properties', 'actions', 'events' of the item's device). */
export function memberField(ctx, obj, key, label, options, segments, reset) {
  return selectField(ctx, obj, key, label, options.map((m) => ({ value: m.key, label: m.label })), [...segments, key], {
    onPick: (value) => { obj[key] = value; reset?.(value); ctx.changed(); ctx.rerender(); } });
}

/** 'set' values: one row per property (picked from the device's writable ones), its value by the profile; add, remove. */
export function propertiesTable(ctx, device, values, segments) {
  const writable = writableProperties(device);
  const unused = writable.filter((p) => !(p.key in values));
  const rows = Object.keys(values).map((key) => {
    const found = member(device, 'properties', key);
    const rowSegments = [...segments, key];
    const remove = h('button', { type: 'button', class: 'icon danger', 'aria-label': tr(`Remove ${found?.label ?? key}`, `删除${found?.label ?? key}`),
      onclick: () => { delete values[key]; ctx.changed(); ctx.rerender(); } }, '✕');
    const body = found ? valueField(ctx, values, key, found.label, found.spec, rowSegments)
      : field(key, h('code', {}, JSON.stringify(values[key])), rowSegments, { hint: tr('Not a writable property of this device', '不是此设备可设置的属性') });
    return h('div', { class: 'set-row' }, body, remove);
  });
  const add = unused.length === 0 ? null : h('div', { class: 'add-row' },
    h('label', { class: 'visually-hidden', for: `add-prop-${pathOf(segments)}` }, tr('Add a setting', '添加设置')),
    h('select', { id: `add-prop-${pathOf(segments)}`, class: 'add', dataset: { testid: 'add-property' }, onchange: (e) => {
      const found = unused.find((p) => p.key === e.target.value);
      if (!found) return;
      values[found.key] = defaultValue(found.spec);
      ctx.changed();
      ctx.rerender();
    } }, h('option', { value: '' }, tr('+ Add a setting', '+ 添加设置')), unused.map((p) => h('option', { value: p.key }, p.label))));
  return h('div', { class: 'set-table', dataset: { path: pathOf(segments) } }, rows, add);
}

/** A call's arguments: one field per 'in' argument of the action (optional ones may stay empty). */
export function argumentsFields(ctx, device, actionKey, obj, key, segments) {
  const action = member(device, 'actions', actionKey);
  const inputs = action?.spec?.in ?? [];
  if (inputs.length === 0) {
    delete obj[key];
    return null;
  }
  const args = (obj[key] ??= {});
  return h('div', { class: 'args' }, inputs.map((argument) => {
    const spec = valueSpec(argument);
    if (!argument.optional && !(argument.name in args)) args[argument.name] = defaultValue(argument);
    const label = `${pickArgument(argument)}${argument.optional ? tr(' (optional)', '（可选）') : ''}`;
    return valueField(ctx, args, argument.name, label, { value: spec }, [...segments, key, argument.name], { optional: !!argument.optional });
  }));
}

const pickArgument = (argument) => pick(argument.descriptions, argument.description ?? argument.name);

export { actionsOf };
