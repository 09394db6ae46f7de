// Pictures from the media library in the article editor (issue 5 item 5): choose the cover,
// manage the gallery (add, move up or down, remove) and insert a picture into the text.
// Progressive enhancement over the form of templates/admin/article_edit.tpl: without
// JavaScript the same fields are plain inputs of picture ids and the links open the picker
// page (/admin/thu-vien-anh/chon), which links back with the choice. Here a <dialog> lists
// the site's images from the picker's JSON (?dang=json). Pictures without a description
// (alt) cannot be chosen; the server checks that again on save. No inline script or style.
(function () {
  'use strict';

  const fields = document.querySelector('[data-media-fields]');
  if (!fields || typeof HTMLDialogElement !== 'function') return;
  const endpoint = fields.getAttribute('data-picker');
  let counter = 0;

  function create(tag, attributes, text) {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) el.setAttribute(name, value);
    if (text) el.textContent = text;
    return el;
  }

  // The dialog, made once: a search box, the images as buttons, "more", "close".
  let dialog = null;
  let onPick = null;
  let opener = null;
  let next = '';
  let list; let status; let more; let search;

  function buildDialog() {
    const id = `chon-anh-${++counter}`;
    dialog = create('dialog', { class: 'picker-dialog', 'aria-labelledby': `${id}-tieu-de` });
    const heading = create('h2', { id: `${id}-tieu-de` }, 'Chọn ảnh từ thư viện');
    const form = create('form', { class: 'form inline-form', role: 'search' });
    const label = create('label', { for: `${id}-q` }, 'Tên ảnh');
    search = create('input', { id: `${id}-q`, type: 'search', maxlength: '100' });
    const find = create('button', { type: 'submit', class: 'button secondary' }, 'Tìm');
    form.append(label, search, find);
    status = create('p', { class: 'hint', role: 'status' });
    list = create('ul', { class: 'media-grid' });
    more = create('button', { type: 'button', class: 'button secondary' }, 'Xem thêm ảnh');
    const close = create('button', { type: 'button', class: 'button secondary' }, 'Đóng');
    const library = create('a', { href: endpoint.replace(/\/chon\?.*$/, ''), target: '_blank', rel: 'noopener' }, 'Mở Thư viện media (tải ảnh lên, nhập mô tả)');
    const actions = create('p', { class: 'actions' });
    actions.append(more, ' ', close);
    const libraryLine = create('p');
    libraryLine.append(library);
    dialog.append(heading, form, status, list, actions, libraryLine);
    document.body.append(dialog);
    form.addEventListener('submit', (e) => { e.preventDefault(); load(true); });
    more.addEventListener('click', () => load(false));
    close.addEventListener('click', () => dialog.close());
    dialog.addEventListener('close', () => { if (opener) opener.focus(); });
  }

  async function load(fresh) {
    if (fresh) { list.replaceChildren(); next = ''; }
    status.textContent = 'Đang tải…';
    more.hidden = true;
    const url = `${endpoint}&q=${encodeURIComponent(search.value.trim())}${next ? `&sau=${encodeURIComponent(next)}` : ''}`;
    try {
      const res = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
      if (!res.ok) throw new Error(String(res.status));
      const data = await res.json();
      for (const item of data.items) list.append(card(item));
      next = data.next || '';
      more.hidden = !next;
      status.textContent = list.children.length ? `${list.children.length} ảnh.` : 'Không có ảnh nào.';
    } catch (err) {
      status.textContent = 'Không tải được danh sách ảnh. Vui lòng thử lại.';
    }
  }

  function card(item) {
    const li = create('li', { class: 'media-card' });
    const img = create('img', { src: item.thumb, alt: '', width: '160', height: '120', loading: 'lazy' });
    if (item.alt) {
      const button = create('button', { type: 'button', class: 'pick' });
      button.append(img, create('span', {}, item.title));
      button.addEventListener('click', () => {
        const callback = onPick;
        dialog.close();
        if (callback) callback(item);
      });
      li.append(button);
    } else {
      li.append(img, create('span', {}, item.title));
      const note = create('span', { class: 'row-meta' });
      const link = create('a', { href: item.edit, target: '_blank', rel: 'noopener' }, 'Nhập mô tả');
      note.append(create('strong', { class: 'tag' }, 'Chưa có mô tả'), ' ', link);
      li.append(note);
    }
    return li;
  }

  function pick(button, callback) {
    if (!dialog) buildDialog();
    opener = button;
    onPick = callback;
    dialog.showModal();
    search.focus();
    load(true);
  }

  // Turns a "choose" link into a button that opens the dialog (the link stays for no-JS).
  function asButton(link, label) {
    const button = create('button', { type: 'button', class: 'button secondary' }, label || link.textContent);
    link.replaceWith(button);
    return button;
  }

  // The cover: the id input becomes a preview with "choose" and "remove".
  const coverBox = fields.querySelector('[data-cover]');
  if (coverBox) {
    const input = coverBox.querySelector('[data-cover-input]');
    const preview = coverBox.querySelector('[data-cover-preview]');
    const label = coverBox.querySelector(`label[for="${input.id}"]`);
    input.type = 'hidden';
    if (label) label.replaceWith(create('p', { class: 'field-label' }, 'Ảnh đại diện'));
    const choose = asButton(coverBox.querySelector('[data-pick-cover]'), 'Chọn ảnh đại diện');
    const remove = create('button', { type: 'button', class: 'button secondary' }, 'Bỏ ảnh đại diện');
    remove.hidden = !input.value;
    choose.after(' ', remove);
    choose.addEventListener('click', () => pick(choose, (item) => {
      input.value = String(item.id);
      preview.replaceChildren(create('img', { src: item.thumb, alt: item.alt, width: '160', height: '120' }),
        create('span', {}, item.title));
      remove.hidden = false;
    }));
    remove.addEventListener('click', () => {
      input.value = '';
      preview.replaceChildren(create('span', {}, 'Chưa chọn ảnh đại diện.'));
      remove.hidden = true;
      choose.focus();
    });
  }

  // The gallery: a list with "up", "down", "remove" per photo; the ids input follows it.
  const galleryBox = fields.querySelector('[data-gallery]');
  if (galleryBox) {
    const input = galleryBox.querySelector('[data-gallery-input]');
    const ol = galleryBox.querySelector('[data-gallery-list]');
    const label = galleryBox.querySelector(`label[for="${input.id}"]`);
    input.type = 'hidden';
    if (label) label.replaceWith(create('p', { class: 'field-label', id: 'bo-anh-nhan' }, 'Bộ ảnh trong bài'));
    ol.setAttribute('aria-labelledby', 'bo-anh-nhan');
    const live = create('p', { class: 'visually-hidden', role: 'status' });
    ol.after(live);
    const sync = () => { input.value = [...ol.children].map((li) => li.dataset.id).join(','); };
    const controls = (li) => {
      const title = li.dataset.title || li.dataset.id;
      const up = create('button', { type: 'button', class: 'button secondary', 'aria-label': `Đưa lên: ${title}` }, 'Lên');
      const down = create('button', { type: 'button', class: 'button secondary', 'aria-label': `Đưa xuống: ${title}` }, 'Xuống');
      const drop = create('button', { type: 'button', class: 'button secondary', 'aria-label': `Bỏ khỏi bài: ${title}` }, 'Bỏ');
      up.addEventListener('click', () => {
        if (li.previousElementSibling) { li.previousElementSibling.before(li); sync(); up.focus(); live.textContent = `Đã đưa lên: ${title}`; }
      });
      down.addEventListener('click', () => {
        if (li.nextElementSibling) { li.nextElementSibling.after(li); sync(); down.focus(); live.textContent = `Đã đưa xuống: ${title}`; }
      });
      drop.addEventListener('click', () => {
        const focusNext = li.nextElementSibling || li.previousElementSibling;
        li.remove();
        sync();
        live.textContent = `Đã bỏ: ${title}`;
        (focusNext ? focusNext.querySelector('button') : add).focus();
      });
      li.append(up, down, drop);
    };
    for (const li of ol.children) controls(li);
    const add = asButton(galleryBox.querySelector('[data-pick-photo]'), 'Thêm ảnh từ thư viện');
    add.addEventListener('click', () => pick(add, (item) => {
      if ([...ol.children].some((li) => li.dataset.id === String(item.id))) {
        live.textContent = `Ảnh đã có trong bộ ảnh: ${item.title}`;
        return;
      }
      const li = create('li', { 'data-id': String(item.id), 'data-title': item.title });
      li.append(create('img', { src: item.thumb, alt: item.alt, width: '96', height: '72' }),
        create('span', {}, `${item.id} · ${item.title}`));
      controls(li);
      ol.append(li);
      sync();
      live.textContent = `Đã thêm: ${item.title}`;
    }));
  }

  // Into the text: a button above the rich-text editor inserts the picture where the
  // cursor was, with its description as alt.
  const Quill = window.Quill;
  const area = document.querySelector('.rte-area');
  const quill = Quill && area ? Quill.find(area) : null;
  if (quill && quill.isEnabled && quill.isEnabled()) {
    const insert = create('button', { type: 'button', class: 'button secondary' }, 'Chèn ảnh từ thư viện vào nội dung');
    const p = create('p', { class: 'actions' });
    p.append(insert);
    // Before the editor, so that Tab from the text still leaves to the next field.
    area.parentElement.before(p);
    let range = null;
    insert.addEventListener('click', () => {
      range = quill.getSelection() || { index: quill.getLength() - 1, length: 0 };
      pick(insert, (item) => {
        const html = `<img src="${item.src.replace(/"/g, '')}" alt="${item.alt.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')}">`;
        quill.clipboard.dangerouslyPasteHTML(range.index, html, Quill.sources.USER);
        quill.setSelection(range.index + 1, 0, Quill.sources.SILENT);
      });
    });
  }
}());
