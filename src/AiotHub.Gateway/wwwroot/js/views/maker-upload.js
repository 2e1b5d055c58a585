// Uploading a release from the maker's view: the model, version, minimum version, notes in English and Chinese, the
// key id and the Ed25519 signature the maker made with its own tools (the private key never comes near the hub or
// this page), and the image — whose SHA-256 and size the page computes, shows and sends, so the maker can compare
// them with what it signed. The hub verifies the signature and the hash before it stores anything; each refusal
// shows at its field ($.signature, $.sha256, $.model …).
import { h } from '../dom.js';
import { showApiError, showNotice } from '../messages.js';
import { tr } from '../i18n.js';
import { uploadRelease, sha256Hex, sizeText } from '../maker.js';
import { showFieldErrors, fieldErrors } from './field-errors.js';

const code = (text) => h('code', { translate: 'no' }, text);

export function uploadForm(onUploaded) {
  const field = (id, label, attributes = {}) => {
    const input = h(attributes.multiline ? 'textarea' : 'input', { id: `upload-${id}`, translate: attributes.words ? undefined : 'no', rows: attributes.multiline ? 3 : undefined,
      required: attributes.required, placeholder: attributes.placeholder, lang: attributes.lang, dataset: { testid: `upload-${id}`, field: attributes.path ?? `$.${id}` } });
    return { input, row: [h('label', { for: input.id }, label), input] };
  };
  const model = field('model', tr('Model', '型号'), { required: true, placeholder: 'acme.light.a1' });
  const version = field('version', tr('Version', '版本'), { required: true, placeholder: '1.5.0' });
  const minVersion = field('minVersion', tr('Minimum current version (optional)', '最低当前版本（选填）'), { placeholder: '1.0.0' });
  const notesEn = field('notes-en', tr('Release notes in English', '英文更新说明'), { multiline: true, words: true, lang: 'en', path: '$.notes.en' });
  const notesZh = field('notes-zh', tr('Release notes in Chinese', '中文更新说明'), { multiline: true, words: true, lang: 'zh-CN', path: '$.notes.zh' });
  const keyId = field('keyId', tr('Key id', '密钥 ID'), { required: true, placeholder: 'k1' });
  const signature = field('signature', [tr('Signature', '签名'), ' (', code('base64'), ')'], { required: true, multiline: true });
  const image = h('input', { type: 'file', id: 'upload-image', required: true, dataset: { testid: 'upload-image', field: '$.image' } });
  const digest = h('p', { class: 'muted digest', translate: 'no', dataset: { testid: 'upload-digest', field: '$.sha256' } });
  let hashed = null;
  image.addEventListener('change', async () => {
    hashed = null;
    digest.textContent = '';
    const file = image.files?.[0];
    if (!file) return;
    digest.textContent = tr('Computing the hash…', '正在计算哈希值…');
    hashed = { file, sha256: await sha256Hex(file) };
    digest.textContent = `SHA-256 ${hashed.sha256} · ${sizeText(file.size)}`;
  });
  const submit = h('button', { type: 'submit', class: 'primary', dataset: { testid: 'upload-submit' } }, tr('Upload', '上传'));
  const form = h('form', { class: 'upload-form', onsubmit: async (e) => {
    e.preventDefault();
    const file = image.files?.[0];
    if (!file) return;
    submit.disabled = true;
    try {
      const sha256 = hashed?.file === file ? hashed.sha256 : await sha256Hex(file);
      const release = {
        model: model.input.value.trim(), version: version.input.value.trim(),
        notes: { en: notesEn.input.value.trim(), zh: notesZh.input.value.trim() },
        sha256, size: file.size, keyId: keyId.input.value.trim(), signature: signature.input.value.trim(),
      };
      if (minVersion.input.value.trim()) release.minVersion = minVersion.input.value.trim();
      const created = await uploadRelease(release, file);
      showFieldErrors(form, {});
      showNotice(tr(`Uploaded ${created.model} ${created.version}: the signature and the hash check out.`, `已上传 ${created.model} ${created.version}：签名和哈希校验通过。`), 'release-uploaded');
      form.reset();
      digest.textContent = '';
      onUploaded();
    } catch (error) {
      if (!showFieldErrors(form, fieldErrors(error))) showApiError(tr('Uploading the release', '上传固件版本'), error);
    } finally {
      submit.disabled = false;
    }
  } },
  model.row, version.row, minVersion.row, notesEn.row, notesZh.row, keyId.row, signature.row,
  h('label', { for: image.id }, tr('Firmware image', '固件文件')), image, digest,
  h('p', { class: 'muted' }, tr(['Sign the six lines of docs/ota.md "Signing a release" with your Ed25519 key (', code('aiothub firmware sign'), ' or ', code('openssl pkeyutl -sign -rawin'), ').'],
    ['用你的 Ed25519 密钥对 ', code('docs/ota.md'), ' 中“签名”一节的六行内容签名（', code('aiothub firmware sign'), ' 或 ', code('openssl pkeyutl -sign -rawin'), '）。'])),
  h('div', { class: 'actions' }, submit));
  return h('details', { class: 'card', dataset: { testid: 'maker-upload' } },
    h('summary', {}, h('h2', { class: 'inline' }, tr('Upload a release', '上传固件版本'))), form);
}
