// The staff area's rich-text editor (SPEC C26): every <textarea class="rich-text"> becomes a
// Quill editor (www/static/vendor/quill, copied there by scripts/deps.sh) with a small
// Vietnamese toolbar. Progressive enhancement: without JavaScript, or without Quill, the
// plain textarea is the editor, and the form posts the same field either way. What is
// written goes back into the textarea on submit; the server sanitises it (core/sanitize.h)
// whatever the browser sent, so this file cleans pasted HTML only for what the writer sees.
// No inline script or style anywhere: the CSP allows neither.
(function () {
  'use strict';

  const Quill = window.Quill;
  if (typeof Quill !== 'function') return;
  const Delta = Quill.import('delta');
  const LinkBlot = Quill.import('formats/link');

  // The toolbar: [format, value, label]. Labels are the buttons' names (aria-label) and
  // tooltips (title); Quill's snow theme draws the icons.
  const TOOLBAR = [
    [['header', '2', 'Tiêu đề mục (H2)'], ['header', '3', 'Tiêu đề nhỏ (H3)']],
    [['bold', null, 'In đậm (Ctrl+B)'], ['italic', null, 'In nghiêng (Ctrl+I)'],
      ['underline', null, 'Gạch chân (Ctrl+U)']],
    [['list', 'ordered', 'Danh sách đánh số'], ['list', 'bullet', 'Danh sách gạch đầu dòng'],
      ['blockquote', null, 'Trích dẫn']],
    [['link', null, 'Chèn hoặc sửa liên kết (Ctrl+K)'], ['clean', null, 'Xóa định dạng chữ']],
  ];

  // What the editor keeps: the toolbar's formats, and what the server's allowlist keeps
  // that a paste or a stored article may hold (nested lists, tables, images from the media
  // library, strike, sub/superscript, code). Fonts, colours, sizes and alignment are dropped.
  const FORMATS = ['header', 'bold', 'italic', 'underline', 'strike', 'script', 'code', 'link',
    'list', 'indent', 'blockquote', 'table', 'image'];

  let counter = 0;

  function create(tag, attributes, text) {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) el.setAttribute(name, value);
    if (text) el.textContent = text;
    return el;
  }

  // Pictures come from the media library (a path on this site); a pasted picture from Word
  // (file:///C:/...) or a data: URL would be a broken image, and the server drops it anyway.
  function isLocalPath(src) {
    return typeof src === 'string' && src.startsWith('/') && !src.startsWith('//') && !src.includes('\\');
  }

  // A link typed by the writer: the schemes the server keeps, or a path on this site;
  // "moet.gov.vn/..." and "www...." get https://. Anything else is refused (null).
  function normaliseUrl(raw) {
    let url = raw.trim();
    if (/^www\./i.test(url) || /^[^\s:/]+\.[a-z]{2,}(\/\S*)?$/i.test(url)) url = `https://${url}`;
    if (/^(https?:\/\/[^\s/]+\S*|mailto:\S+@\S+|tel:[+0-9 ().-]+|\/(?!\/)\S*|#\S+)$/i.test(url)) return url;
    return null;
  }

  // Pasted HTML is full of style attributes and <style> elements (Word's mso-*, fonts,
  // margins). Parsing one anywhere in this page, even in DOMParser's inert document, is an
  // inline style that the CSP refuses with a console error per attribute. So they are
  // renamed in the pasted text before anything parses it, and read back as data: the few
  // declarations that mean a format are set again through the CSSOM (which the CSP allows)
  // where Quill's matchers read them, and Word's paragraph lists are made real lists here,
  // as Quill's own Word normaliser would (it reads the style attribute, now renamed).
  const STYLE_ELEMENT = /<style\b[^>]*>[\s\S]*?<\/style\s*>/gi;
  const STYLE_ATTRIBUTE = /(<[a-z][a-z0-9:-]*\s(?:[^>]*?\s)?)style(\s*=)/gi;

  function shieldStyles(html) {
    return {
      html: html.replace(STYLE_ELEMENT, '').replace(STYLE_ATTRIBUTE, '$1data-style$2'),
      css: (html.match(STYLE_ELEMENT) || []).join('\n'),
    };
  }

  function declarations(text) {
    const out = {};
    for (const d of (text || '').split(';')) {
      const colon = d.indexOf(':');
      if (colon > 0) out[d.slice(0, colon).trim().toLowerCase()] = d.slice(colon + 1).trim().toLowerCase();
    }
    return out;
  }

  function unwrap(el) {
    el.replaceWith(...el.childNodes);
  }

  // Word writes a list as paragraphs styled "mso-list:l0 level1 lfo1", each starting with a
  // marker ("1.", "-", "o") in a span styled "mso-list:Ignore"; whether l0 at level 1 is
  // numbered is in the <style> element (@list l0:level1 {mso-level-number-format:bullet}),
  // or failing that, in the marker.
  function wordLists(doc, css) {
    const items = [];
    for (const el of doc.querySelectorAll('[data-style*="mso-list" i]')) {
      const style = el.getAttribute('data-style');
      if (/mso-list:[^;]*ignore/i.test(style)) continue;
      const id = style.match(/mso-list:[^;]*\bl(\d+)/i);
      if (!id) continue;
      const level = style.match(/mso-list:[^;]*\blevel(\d+)/i);
      const indent = level ? Number(level[1]) : 1;
      const marker = el.querySelector('[data-style*="mso-list" i]');
      const rule = css.match(new RegExp(`@list\\s+l${id[1]}:level${indent}\\s*\\{[^}]*mso-level-number-format:\\s*([\\w-]+)`, 'i'));
      const numbered = rule ? rule[1] !== 'bullet' : /^\s*([0-9]+|[a-z]|[ivxlc]+)[.)]/i.test(marker ? marker.textContent : '');
      items.push({ el, id: id[1], indent, type: numbered ? 'ordered' : 'bullet' });
    }
    for (const el of doc.querySelectorAll('[data-style*="mso-list" i]')) {
      if (/mso-list:[^;]*ignore/i.test(el.getAttribute('data-style'))) el.remove();
    }
    while (items.length) {
      const group = [items.shift()];
      while (items.length && items[0].id === group[0].id
             && items[0].el === group[group.length - 1].el.nextElementSibling) group.push(items.shift());
      const list = doc.createElement('ul');
      for (const item of group) {
        const li = doc.createElement('li');
        li.setAttribute('data-list', item.type);
        if (item.indent > 1) li.className = `ql-indent-${item.indent - 1}`;
        li.append(...item.el.childNodes);
        list.append(li);
      }
      group[0].el.replaceWith(list);
      for (const item of group.slice(1)) item.el.remove();
    }
  }

  function restoreStyles(doc, css) {
    wordLists(doc, css);
    for (const el of doc.querySelectorAll('[data-style]')) {
      const d = declarations(el.getAttribute('data-style'));
      el.removeAttribute('data-style');
      // Google Docs wraps a whole paste in <b style="font-weight:normal">.
      if (/^(b|strong)$/i.test(el.tagName) && /^(normal|lighter|[1-5]00)$/.test(d['font-weight'] || '')) {
        unwrap(el);
        continue;
      }
      // Word's run of spaces ("&nbsp;" and a line break) that Quill would drop whole.
      if ('mso-spacerun' in d) el.textContent = ' ';
      if (d['font-weight']) el.style.fontWeight = d['font-weight'];
      if (d['font-style']) el.style.fontStyle = d['font-style'];
      const decoration = d['text-decoration-line'] || d['text-decoration'];
      if (/underline/.test(decoration)) el.style.textDecoration = 'underline';
      else if (/line-through/.test(decoration)) el.style.textDecoration = 'line-through';
    }
  }

  function enhance(textarea) {
    const form = textarea.form;
    if (!form) return;
    const id = textarea.id || `rich-text-${++counter}`;
    const label = textarea.id ? document.querySelector(`label[for="${CSS.escape(textarea.id)}"]`) : null;
    if (label && !label.id) label.id = `${id}-nhan`;
    const hint = [...textarea.parentElement.children].find((el) => el.classList.contains('hint'));

    // The editor, after the textarea: toolbar, link form, writing area, keyboard hint.
    const box = create('div', { class: 'rte' });
    const toolbar = create('div', { class: 'rte-toolbar', role: 'toolbar', 'aria-label': 'Định dạng nội dung', 'aria-controls': `${id}-soan` });
    for (const group of TOOLBAR) {
      const span = create('span', { class: 'ql-formats' });
      for (const [format, value, name] of group) {
        const button = create('button', { type: 'button', class: `ql-${format}`, 'aria-label': name, title: name });
        if (value) button.value = value;
        span.append(button);
      }
      toolbar.append(span);
    }
    const linkForm = buildLinkForm(id);
    const area = create('div', { class: 'rte-area' });
    const keys = create('p', { class: 'hint rte-keys', id: `${id}-phim` },
      'Phím tắt: Ctrl+B đậm, Ctrl+I nghiêng, Ctrl+U gạch chân, Ctrl+K liên kết, '
      + 'Alt+F10 đến thanh công cụ (mũi tên trái/phải để chọn nút), Tab rời khung soạn thảo.');
    box.append(toolbar, linkForm.root, area, keys);
    textarea.after(box);

    const quill = new Quill(area, {
      theme: 'snow',
      formats: FORMATS,
      modules: {
        toolbar: { container: toolbar, handlers: { link: () => linkForm.open() } },
        table: true,
        // Pasted or dropped picture files are not inserted: pictures come from the media library.
        uploader: { mimetypes: [] },
        keyboard: {
          bindings: {
            // Tab leaves the editor (WCAG 2.1.2, no keyboard trap) instead of inserting a
            // tab, indenting a list item or moving between table cells.
            tab: null, 'remove tab': null, indent: null, outdent: null,
            'indent code-block': null, 'outdent code-block': null, 'table tab': null,
            'rte link': { key: 'k', shortKey: true, handler: () => { linkForm.open(); return false; } },
          },
        },
      },
    });
    const root = quill.root;
    root.id = `${id}-soan`;
    root.setAttribute('role', 'textbox');
    root.setAttribute('aria-multiline', 'true');
    if (label) root.setAttribute('aria-labelledby', label.id);
    if (hint) {
      if (!hint.id) hint.id = `${id}-goi-y`;
      root.setAttribute('aria-describedby', `${hint.id} ${keys.id}`);
    } else {
      root.setAttribute('aria-describedby', keys.id);
    }
    if (label) label.addEventListener('click', (e) => { e.preventDefault(); quill.focus(); });
    for (const svg of toolbar.querySelectorAll('svg')) {
      svg.setAttribute('aria-hidden', 'true');
      svg.setAttribute('focusable', 'false');
    }
    // The snow theme's own link tooltip is replaced by linkForm (labelled, keyboard usable).
    const tooltip = box.querySelector('.ql-tooltip');
    if (tooltip) tooltip.remove();

    // Pasted HTML: shielded from the CSP (above) before Quill parses it, then Quill's own
    // Word and Google Docs normalisers and matchers; pictures only from this site; a pasted
    // h1 is a section heading (the page has its own h1; the server makes h1 an h2 too).
    // Plain text, links and files still go to Quill's own paste handler.
    let pastedCss = '';
    const normalizeHTML = quill.clipboard.normalizeHTML.bind(quill.clipboard);
    quill.clipboard.normalizeHTML = (doc) => { restoreStyles(doc, pastedCss); normalizeHTML(doc); };
    box.addEventListener('paste', (e) => {
      const pasted = e.clipboardData && e.clipboardData.getData('text/html');
      if (!pasted || !root.contains(e.target) || !quill.isEnabled()) return;
      e.preventDefault();  // Quill's handler, on the editor itself, then does nothing
      const range = quill.getSelection(true);
      const shielded = shieldStyles(pasted);
      pastedCss = shielded.css;
      try {
        quill.clipboard.onPaste(range, { html: shielded.html, text: e.clipboardData.getData('text/plain') });
      } finally {
        pastedCss = '';
      }
    }, true);
    quill.clipboard.addMatcher('IMG', (node, delta) => (isLocalPath(node.getAttribute('src')) ? delta : new Delta()));
    quill.clipboard.addMatcher('H1', (node, delta) => new Delta(delta.ops.map((op) => (
      op.attributes && op.attributes.header === 1 ? { ...op, attributes: { ...op.attributes, header: 2 } } : op))));

    // The stored article, as the writer sees it.
    quill.setContents(quill.clipboard.convert({ html: shieldStyles(textarea.value).html }), Quill.sources.SILENT);
    quill.history.clear();
    if (textarea.readOnly || textarea.disabled) quill.disable();
    textarea.hidden = true;
    const loaded = html(quill);

    // Back into the textarea on submit: only when the writer changed something, so that a
    // secretary who forwards an article without editing it sends back exactly what was stored.
    form.addEventListener('submit', () => {
      const now = html(quill);
      if (now !== loaded) textarea.value = now;
    });

    // Keyboard: one Tab stop for the toolbar, arrows between its buttons (WAI-ARIA toolbar),
    // Alt+F10 from the text to the toolbar, Escape back.
    const buttons = [...toolbar.querySelectorAll('button')];
    let current = 0;
    const setCurrent = (i) => {
      current = (i + buttons.length) % buttons.length;
      buttons.forEach((b, n) => b.setAttribute('tabindex', n === current ? '0' : '-1'));
    };
    setCurrent(0);
    toolbar.addEventListener('focusin', (e) => {
      const i = buttons.indexOf(e.target);
      if (i >= 0) setCurrent(i);
    });
    toolbar.addEventListener('keydown', (e) => {
      const moves = { ArrowRight: current + 1, ArrowDown: current + 1, ArrowLeft: current - 1, ArrowUp: current - 1, Home: 0, End: buttons.length - 1 };
      if (e.key in moves) {
        e.preventDefault();
        setCurrent(moves[e.key]);
        buttons[current].focus();
      } else if (e.key === 'Escape') {
        e.preventDefault();
        quill.focus();
      }
    });
    root.addEventListener('keydown', (e) => {
      if (e.altKey && e.key === 'F10') {
        e.preventDefault();
        buttons[current].focus();
      }
    });

    // The link form: opened by the toolbar's link button or Ctrl+K, for the selected text or
    // the link under the cursor. Enter applies, Escape cancels; focus returns to the text.
    function buildLinkForm(prefix) {
      const root = create('div', { class: 'rte-link', role: 'group', 'aria-label': 'Liên kết' });
      root.hidden = true;
      const inputLabel = create('label', { for: `${prefix}-lk` }, 'Địa chỉ liên kết');
      // type="text", not "url": a half-typed address must never block the article's form.
      const input = create('input', { id: `${prefix}-lk`, type: 'text', inputmode: 'url', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': `${prefix}-lk-loi ${prefix}-lk-goi-y` });
      const help = create('span', { class: 'hint', id: `${prefix}-lk-goi-y` }, 'Ví dụ: https://moet.gov.vn/..., mailto:..., hoặc /tin-tuc/... cho trang trong cổng.');
      const error = create('span', { class: 'rte-link-error', id: `${prefix}-lk-loi`, 'aria-live': 'polite' });
      const apply = create('button', { type: 'button', class: 'button' }, 'Áp dụng liên kết');
      const unlink = create('button', { type: 'button', class: 'button secondary' }, 'Bỏ liên kết');
      const cancel = create('button', { type: 'button', class: 'button secondary' }, 'Hủy');
      const actions = create('span', { class: 'rte-link-actions' });
      actions.append(apply, unlink, cancel);
      root.append(inputLabel, input, help, error, actions);

      let range = null;  // the text the link goes on
      let link = null;   // [index, length, href] of the link being edited, if any

      function linkAt(index) {
        const [blot, offset] = quill.scroll.descendant(LinkBlot, index);
        return blot ? [index - offset, blot.length(), LinkBlot.formats(blot.domNode)] : null;
      }
      function close() {
        root.hidden = true;
        error.textContent = '';
        if (range) quill.setSelection(range.index + range.length, 0, Quill.sources.SILENT);
        quill.focus();
      }
      function open() {
        if (!quill.isEnabled()) return;
        range = quill.getSelection(true);
        // The link around the cursor (also just before it, at a link's end), or the one
        // the whole selection is inside.
        const found = range.length ? linkAt(range.index) : linkAt(range.index) || linkAt(Math.max(range.index - 1, 0));
        link = found && found[0] <= range.index && range.index + range.length <= found[0] + found[1] ? found : null;
        input.value = link ? link[2] : '';
        unlink.hidden = !link;
        error.textContent = '';
        root.hidden = false;
        input.focus();
        input.select();
      }
      apply.addEventListener('click', () => {
        if (!input.value.trim()) {
          if (link) removeLink(); else close();
          return;
        }
        const url = normaliseUrl(input.value);
        if (!url) {
          error.textContent = 'Địa chỉ chưa đúng: hãy bắt đầu bằng https://, http://, mailto:, tel: hoặc / (trang trong cổng).';
          input.focus();
          return;
        }
        if (range.length > 0) {
          quill.formatText(range.index, range.length, 'link', url, Quill.sources.USER);
        } else if (link) {
          quill.formatText(link[0], link[1], 'link', url, Quill.sources.USER);
          range = { index: link[0], length: link[1] };
        } else {
          quill.insertText(range.index, url, { link: url }, Quill.sources.USER);
          range = { index: range.index, length: url.length };
        }
        close();
      });
      function removeLink() {
        if (link) quill.formatText(link[0], link[1], 'link', false, Quill.sources.USER);
        else if (range.length) quill.formatText(range.index, range.length, 'link', false, Quill.sources.USER);
        close();
      }
      unlink.addEventListener('click', removeLink);
      cancel.addEventListener('click', close);
      root.addEventListener('keydown', (e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          close();
        } else if (e.key === 'Enter' && e.target === input) {
          e.preventDefault();  // not the article form's implicit submission
          apply.click();
        }
      });
      return { root, open };
    }
  }

  // The editor's content as HTML for the server: Quill's semantic HTML (real <ul>/<ol>, no
  // editor classes), with the no-break spaces Quill 2.0 writes for every space made plain
  // again (they would keep a phone from wrapping lines); an empty editor is empty.
  function html(quill) {
    if (quill.getLength() <= 1) return '';
    return quill.getSemanticHTML().replace(/&nbsp;/g, ' ');
  }

  document.querySelectorAll('textarea.rich-text').forEach(enhance);
}());
