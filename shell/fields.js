// Fields: the page's real inputs laid over the boxes C++ draws (the search field, the editor's
// form), so that the phone's keyboard, the Korean IME, selection and paste work as in any form.
// C++ says where each box is and what it holds; every change (the syllable still being composed
// included) goes back at once. Also undo and redo from the keyboard outside them.
shell.fields = function (files) {
  // Enter closes the keyboard, but only when the IME is not composing, so no syllable is lost.
  const isFinalEnter = (e) => e.key === 'Enter' && !e.isComposing && e.keyCode !== 229;

  // [The search field]
  const searchBox = document.getElementById('search-box');
  const searchInput = document.getElementById('search');
  const searchClear = document.getElementById('search-clear');
  function sendQuery() {
    searchClear.hidden = searchInput.value === '';
    files.withStrings((p) => shell.module._golmok_set_query(p), searchInput.value);
  }
  searchInput.addEventListener('input', sendQuery);
  searchInput.addEventListener('compositionupdate', () => setTimeout(sendQuery, 0));
  searchInput.addEventListener('compositionend', sendQuery);
  searchInput.addEventListener('keydown', (e) => {
    if (isFinalEnter(e)) {
      e.preventDefault();
      searchInput.blur();
    }
  });
  searchInput.addEventListener('focus', () => shell.module && shell.module._golmok_search_focus(1));
  searchInput.addEventListener('blur', () => shell.module && shell.module._golmok_search_focus(0));
  searchClear.addEventListener('click', () => {
    searchInput.value = '';
    sendQuery();
    searchInput.focus();
  });

  function setSearchText(text) {
    searchInput.value = text;
    searchClear.hidden = text === '';
  }

  // Places the search input over the box the app drew (CSS px); h 0 hides it.
  function placeSearch(x, y, w, h, placeholder) {
    if (h <= 0) {
      if (document.activeElement === searchInput) searchInput.blur();
      searchBox.hidden = true;
      return;
    }
    Object.assign(searchBox.style, { left: x + 'px', top: y + 'px', width: w + 'px', height: h + 'px' });
    searchInput.placeholder = placeholder;
    searchBox.hidden = false;
  }

  function setLanguage(lang) { searchInput.lang = lang; }

  // [The editor's fields]
  const fieldLayer = document.createElement('div');
  fieldLayer.id = 'fields';
  fieldLayer.hidden = true;
  document.body.appendChild(fieldLayer);
  const fieldInputs = new Map();  // field id → element
  let fieldGeneration = -1;
  function sendField(el) {
    files.withStrings((id, value) => shell.module._golmok_field_input(id, value), el.dataset.field, el.value);
  }
  function makeField(f) {
    let el;
    if (f.kind === 'multiline') {
      el = document.createElement('textarea');
    } else if (f.kind === 'select') {
      el = document.createElement('select');
    } else {
      el = document.createElement('input');
      el.type = f.kind === 'tel' || f.kind === 'date' || f.kind === 'time' ? f.kind : 'text';
      el.enterKeyHint = 'done';
    }
    el.dataset.field = f.id;
    el.dataset.kind = f.kind;
    el.autocomplete = 'off';
    el.addEventListener('input', () => sendField(el));
    el.addEventListener('change', () => sendField(el));
    el.addEventListener('compositionupdate', () => setTimeout(() => sendField(el), 0));
    el.addEventListener('compositionend', () => sendField(el));
    el.addEventListener('keydown', (e) => {
      if (el.tagName === 'INPUT' && isFinalEnter(e)) {
        e.preventDefault();
        el.blur();
      }
    });
    el.addEventListener('focus', () => files.withStrings((id) => shell.module._golmok_field_focus(id, 1), f.id));
    el.addEventListener('blur', () => files.withStrings((id) => shell.module._golmok_field_focus(id, 0), f.id));
    return el;
  }
  function setOptions(el, options) {
    const text = JSON.stringify(options);
    if (el.dataset.options === text) return;
    el.dataset.options = text;
    el.replaceChildren(...options.map(([value, label]) => {
      const option = document.createElement('option');
      option.value = value;
      option.textContent = label;
      return option;
    }));
  }
  // A finger that drags over the fields scrolls the form, as it would over the canvas; a tap
  // still focuses the field under it.
  let fieldDrag = null;
  fieldLayer.addEventListener('touchstart', (e) => {
    fieldDrag = e.touches.length === 1 ? { startY: e.touches[0].clientY, y: e.touches[0].clientY, moving: false } : null;
  }, { passive: true });
  fieldLayer.addEventListener('touchmove', (e) => {
    if (!fieldDrag || e.touches.length !== 1) return;
    const y = e.touches[0].clientY;
    if (!fieldDrag.moving && Math.abs(y - fieldDrag.startY) < 10) return;
    fieldDrag.moving = true;
    e.preventDefault();
    shell.module._golmok_drag(0, y - fieldDrag.y);
    fieldDrag.y = y;
  }, { passive: false });
  fieldLayer.addEventListener('touchend', () => { fieldDrag = null; });

  function placeFields(json) {
    const state = JSON.parse(json);
    const refill = state.generation !== fieldGeneration;  // undo, redo, a chip: values changed
    fieldGeneration = state.generation;
    fieldLayer.hidden = state.fields.length === 0;
    Object.assign(fieldLayer.style, { top: state.clipTop + 'px', height: (state.clipBottom - state.clipTop) + 'px' });
    const wanted = new Set(state.fields.map((f) => f.id));
    for (const [id, el] of fieldInputs) {
      if (!wanted.has(id)) {
        el.remove();
        fieldInputs.delete(id);
      }
    }
    let inOrder = true;
    let previous = null;
    for (const f of state.fields) {
      let el = fieldInputs.get(f.id);
      if (el && el.dataset.kind !== f.kind) {
        el.remove();
        el = null;
      }
      if (!el) {
        el = makeField(f);
        fieldInputs.set(f.id, el);
        fieldLayer.appendChild(el);
      }
      if (f.kind === 'select') setOptions(el, f.options);
      Object.assign(el.style, { left: f.x + 'px', top: (f.y - state.clipTop) + 'px', width: f.w + 'px', height: f.h + 'px' });
      el.lang = f.lang;
      el.setAttribute('aria-label', f.label);
      if (f.note) el.setAttribute('aria-description', f.note); else el.removeAttribute('aria-description');
      // The field being typed in keeps its text (C++ may hold it in another form: "6,000원" is
      // 6000), unless the change came from elsewhere.
      if (el.value !== f.value && (document.activeElement !== el || refill)) el.value = f.value;
      if (previous && previous.nextElementSibling !== el) inOrder = false;
      previous = el;
    }
    // Tab goes through the fields in the form's order (moving the focused one would blur it).
    if (!inOrder && !fieldLayer.contains(document.activeElement)) {
      state.fields.forEach((f) => fieldLayer.appendChild(fieldInputs.get(f.id)));
    }
  }

  // Undo and redo from the keyboard, outside the fields (inside one, the browser's own undo
  // changes its text, which reaches the app as typing).
  document.addEventListener('keydown', (e) => {
    const key = String(e.key).toLowerCase();
    if (!shell.module || !(e.ctrlKey || e.metaKey) || e.altKey || (key !== 'z' && key !== 'y')) return;
    const target = e.target;
    if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT')) return;
    e.preventDefault();
    shell.module._golmok_undo(key === 'y' || e.shiftKey ? 1 : 0);
  });

  return { setSearchText, placeSearch, setLanguage, placeFields };
};
