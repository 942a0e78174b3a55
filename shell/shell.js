// The page's small JavaScript layer: fetches the data files and fonts while the wasm module
// compiles, hands them to C++, shows progress and failures, and carries out the few things C++
// asks of the browser (open a link, remember the language, announce to screen readers, show the
// HTML directory). Everything else is in C++. The page's HTML is the directory itself; the canvas
// app covers it once its first frame is drawn.
'use strict';

(function () {
  // What `golmok site` wrote into the page: the way to the site's root, the page's district, its
  // bundle and language, and the content-hashed names of the files asked for by their plain names.
  const config = JSON.parse((document.getElementById('golmok-page') || {}).textContent || '{}');
  const root = config.root || '';
  const hashedFiles = config.files || {};
  function siteUrl(name) { return root + (hashedFiles[name] || name); }
  const isHashed = (name) => Object.prototype.hasOwnProperty.call(hashedFiles, name);

  // The service worker keeps the site usable offline. Registered only after the app's first
  // frame (or at once on pages without the app), so that its downloads never delay the page.
  function installServiceWorker() {
    if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
    navigator.serviceWorker.register(root + 'sw.js').then(() => navigator.serviceWorker.ready).then((reg) => {
      // The page the visitor opened arrived before the worker ran: ask it to keep this one.
      if (reg.active) reg.active.postMessage({ type: 'keep', url: location.href });
    }).catch(() => { /* no offline copy this time; the page works as it is */ });
  }

  if (!document.getElementById('canvas')) {
    // The district chooser: old links (?d=samseon) go on to the district's own page.
    const wanted = (new URLSearchParams(location.search).get('d') || '').replace(/[^a-z0-9-]/g, '');
    if (wanted) {
      location.replace(root + wanted + '/' + location.hash);
      return;
    }
    installServiceWorker();
    return;
  }
  const FILE_BODY_FONT = 2, FILE_TITLE_FONT = 3, FILE_CJK_FONT = 4;  // kinds as in src/platform/web/main.cpp
  const FILE_PREVIEW = 6, FILE_EDIT_FONT = 7;
  const FONT_FILES = [[FILE_BODY_FONT, 'fonts/body.ttf'], [FILE_TITLE_FONT, 'fonts/title.ttf'],
                      [5, 'fonts/extra.otf']];
  const LANGS = ['ko', 'en', 'ja', 'zh'];

  const statusBox = document.getElementById('status');
  const statusText = document.getElementById('status-text');
  let module = null;        // the emscripten module, once instantiated
  const waiting = [];       // files that arrived before the module

  // A failure leaves the HTML directory readable below a note of what went wrong.
  function showFailure(title, detail) {
    statusBox.hidden = false;
    document.documentElement.classList.remove('app');
    statusBox.classList.add('failed');
    statusText.textContent = title;
    let d = statusBox.querySelector('.detail');
    if (!d) {
      d = document.createElement('p');
      d.className = 'detail';
      statusBox.appendChild(d);
    }
    d.textContent = detail;
  }

  function deliver(kind, url, bytes) {
    if (!module) {
      waiting.push([kind, url, bytes]);
      return;
    }
    const ptr = module._malloc(Math.max(1, bytes.length));
    module.HEAPU8.set(bytes, ptr);
    const urlLen = module.lengthBytesUTF8(url) + 1;
    const urlPtr = module._malloc(urlLen);
    module.stringToUTF8(url, urlPtr, urlLen);
    try {
      module._golmok_receive_file(kind, urlPtr, ptr, bytes.length);
    } finally {
      module._free(urlPtr);
      module._free(ptr);
    }
  }

  // Without the body font the canvas cannot draw Korean, so that failure is told in HTML too,
  // which the browser draws with its own fonts, and stays on screen.
  let fatal = false;
  function deliverFailure(kind, url, message) {
    if (kind === FILE_BODY_FONT) {
      fatal = true;
      showFailure('불러오지 못했습니다 · Could not load', url + ': ' + message);
    }
    if (!module) {
      waiting.push([kind, url, null, message]);  // told to C++ once it runs, like a file
      return;
    }
    const strings = [url, message].map((s) => {
      const n = module.lengthBytesUTF8(s) + 1;
      const p = module._malloc(n);
      module.stringToUTF8(s, p, n);
      return p;
    });
    try {
      module._golmok_receive_failure(kind, strings[0], strings[1]);
    } finally {
      strings.forEach((p) => module._free(p));
    }
  }

  // Requests started before C++ asks for them (so they overlap the wasm download), by URL.
  const early = new Map();
  function request(url) {
    // Hashed files never change. The rest (the data) is revalidated with the server ('no-cache'),
    // so an association's update shows on the next visit.
    return fetch(siteUrl(url), { cache: isHashed(url) ? 'default' : 'no-cache' });
  }

  function fetchFile(kind, url) {
    const pending = early.get(url);
    early.delete(url);
    (pending || request(url))
      .then((response) => {
        if (!response.ok) throw new Error('HTTP ' + response.status + ' ' + response.statusText);
        return response.arrayBuffer();
      })
      .then((buffer) => deliver(kind, url, new Uint8Array(buffer)),
            (error) => deliverFailure(kind, url, error.message || String(error)));
  }

  // A bundle file opened for preview; a file too big for a phone's memory is refused in words.
  const PREVIEW_MAX_BYTES = 64 * 1024 * 1024;
  function readPreviewFile(file) {
    if (file.size > PREVIEW_MAX_BYTES) {
      deliverFailure(FILE_PREVIEW, file.name, `the file is ${Math.round(file.size / 1048576)} MB; at most 64 MB can be previewed`);
      return;
    }
    file.arrayBuffer().then((buffer) => deliver(FILE_PREVIEW, file.name, new Uint8Array(buffer)),
                            (error) => deliverFailure(FILE_PREVIEW, file.name, error.message || String(error)));
  }

  // Preview mode: files dropped on the page are opened; ?data= names a bundle on this site.
  let previewing = false;
  function startPreview() {
    if (previewing) return;
    previewing = true;
    if (module) module._golmok_set_preview(1);
    document.addEventListener('dragover', (e) => { e.preventDefault(); e.dataTransfer.dropEffect = 'copy'; });
    document.addEventListener('drop', (e) => {
      e.preventDefault();
      if (e.dataTransfer.files.length > 0) readPreviewFile(e.dataTransfer.files[0]);
    });
  }

  function preferredLanguage() {
    try {
      const saved = localStorage.getItem('golmok.lang');
      if (LANGS.includes(saved)) return saved;
    } catch (e) { /* storage may be disabled: fall through */ }
    if (LANGS.includes(config.lang)) return config.lang;  // a page in one language (doksan/en/)
    for (const tag of navigator.languages || [navigator.language || 'ko']) {
      const code = String(tag).slice(0, 2).toLowerCase();
      if (LANGS.includes(code)) return code;
    }
    return 'en';
  }

  // The search input: every change (the syllable still being composed included) goes to C++ at
  // once; Enter closes the keyboard only when the IME is not composing, so no syllable is lost.
  const searchBox = document.getElementById('search-box');
  const searchInput = document.getElementById('search');
  const searchClear = document.getElementById('search-clear');
  function passString(fn, value) {
    if (!module) return;
    const n = module.lengthBytesUTF8(value) + 1;
    const p = module._malloc(n);
    module.stringToUTF8(value, p, n);
    try { fn(p); } finally { module._free(p); }
  }
  function passStrings(fn, ...values) {
    if (!module) return;
    const pointers = values.map((value) => {
      const n = module.lengthBytesUTF8(value) + 1;
      const p = module._malloc(n);
      module.stringToUTF8(value, p, n);
      return p;
    });
    try { fn(...pointers); } finally { pointers.forEach((p) => module._free(p)); }
  }
  function sendQuery() {
    searchClear.hidden = searchInput.value === '';
    passString((p) => module._golmok_set_query(p), searchInput.value);
  }
  searchInput.addEventListener('input', sendQuery);
  searchInput.addEventListener('compositionupdate', () => setTimeout(sendQuery, 0));
  searchInput.addEventListener('compositionend', sendQuery);
  searchInput.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.isComposing && e.keyCode !== 229) {
      e.preventDefault();
      searchInput.blur();
    }
  });
  searchInput.addEventListener('focus', () => module && module._golmok_search_focus(1));
  searchInput.addEventListener('blur', () => module && module._golmok_search_focus(0));
  searchClear.addEventListener('click', () => {
    searchInput.value = '';
    sendQuery();
    searchInput.focus();
  });
  // The layout follows the visible viewport, so the field and results stay above a keyboard
  // that overlays the page (iOS) as well as one that resizes it (Android).
  const canvas = document.getElementById('canvas');
  function fitViewport() {
    const vv = window.visualViewport;
    canvas.style.height = vv ? vv.height + 'px' : '';
    window.dispatchEvent(new Event('resize'));  // C++ listens for window resizes
  }
  if (window.visualViewport) window.visualViewport.addEventListener('resize', fitViewport);
  fitViewport();
  // Moving the window to a screen of another pixel density changes devicePixelRatio without
  // always resizing: watch for it, so that the app rasterises its fonts again.
  (function watchPixelRatio() {
    const query = window.matchMedia('(resolution: ' + window.devicePixelRatio + 'dppx)');
    query.addEventListener('change', () => { fitViewport(); watchPixelRatio(); }, { once: true });
  })();

  window.addEventListener('popstate', () => passString((p) => module._golmok_route(p), location.hash));

  // A short message at the bottom (a copied link), also read out by screen readers.
  const toastBox = document.getElementById('toast');
  let toastTimer = 0;
  function toast(text) {
    toastBox.textContent = text;
    toastBox.hidden = false;
    clearTimeout(toastTimer);
    toastTimer = setTimeout(() => { toastBox.hidden = true; }, 2500);
  }

  const probe = document.createElement('div');
  probe.id = 'safe-area-probe';
  document.body.appendChild(probe);

  // Read out to screen readers: what C++ says the canvas shows. A burst of changes (typing a
  // word) is told once, when it settles.
  const announceBox = document.getElementById('announce');
  let announceTimer = 0;
  function announce(text) {
    clearTimeout(announceTimer);
    announceTimer = setTimeout(() => {
      if (!announceBox) return;
      announceBox.lang = document.documentElement.lang;
      announceBox.textContent = text;
    }, 400);
  }

  // The text view: the HTML directory in place of the canvas, and back.
  const appViewButton = document.getElementById('app-view');
  function showTextView() {
    const html = document.documentElement;
    if (!html.classList.contains('app')) return;  // without the app, the directory is the page
    html.classList.add('text-view');
    if (appViewButton) appViewButton.hidden = false;
    const heading = document.querySelector('#main h1');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  }
  if (appViewButton) {
    appViewButton.addEventListener('click', () => {
      document.documentElement.classList.remove('text-view');
      appViewButton.hidden = true;
      canvas.focus();
    });
  }
  const textViewLink = document.getElementById('text-view');
  if (textViewLink) {
    textViewLink.addEventListener('click', (e) => {
      e.preventDefault();  // the location's hash belongs to the app's routes
      showTextView();
    });
  }

  // The editor's fields: real inputs laid over the boxes C++ draws, so that the phone's keyboard,
  // the Korean IME, selection and paste work as in any form. C++ says where each box is and what
  // it holds; every change (the syllable still being composed included) goes back at once.
  const fieldLayer = document.createElement('div');
  fieldLayer.id = 'fields';
  fieldLayer.hidden = true;
  document.body.appendChild(fieldLayer);
  const fieldInputs = new Map();  // field id → element
  let fieldGeneration = -1;
  function sendField(el) {
    passStrings((id, value) => module._golmok_field_input(id, value), el.dataset.field, el.value);
  }
  function makeField(f) {
    let el;
    if (f.kind === 'multiline') {
      el = document.createElement('textarea');
    } else if (f.kind === 'select') {
      el = document.createElement('select');
    } else {
      el = document.createElement('input');
      el.type = f.kind === 'tel' || f.kind === 'date' ? f.kind : 'text';
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
      if (e.key === 'Enter' && el.tagName === 'INPUT' && !e.isComposing && e.keyCode !== 229) {
        e.preventDefault();
        el.blur();
      }
    });
    el.addEventListener('focus', () => passStrings((id) => module._golmok_field_focus(id, 1), f.id));
    el.addEventListener('blur', () => passStrings((id) => module._golmok_field_focus(id, 0), f.id));
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
    module._golmok_drag(0, y - fieldDrag.y);
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
    if (!module || !(e.ctrlKey || e.metaKey) || e.altKey || (key !== 'z' && key !== 'y')) return;
    const target = e.target;
    if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT')) return;
    e.preventDefault();
    module._golmok_undo(key === 'y' || e.shiftKey ? 1 : 0);
  });

  // The draft: every change of the editor is written here as it is made, so a reload, a crash
  // or a closed tab loses nothing. False when the browser refuses (storage full or disabled).
  function saveDraft(key, text) {
    try {
      if (text) {
        localStorage.setItem(key, text);
      } else {
        localStorage.removeItem(key);
      }
      return true;
    } catch (e) {
      return false;
    }
  }
  function loadDraft(key) {
    try { return localStorage.getItem(key) || ''; } catch (e) { return ''; }
  }
  function download(name, text) {
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }
  let editFontFetched = false;
  function editorOpened() {
    if (editFontFetched) return;
    editFontFetched = true;
    fetchFile(FILE_EDIT_FONT, 'fonts/edit.ttf');
  }

  let revealed = false;
  window.golmokShell = {
    fetchFile,
    announce,
    showTextView,
    placeFields,
    saveDraft,
    loadDraft,
    download,
    editorOpened,
    reveal() {
      if (fatal) return;
      statusBox.hidden = true;
      document.documentElement.classList.add('app');
      if (!revealed) {
        revealed = true;
        installServiceWorker();
      }
    },
    fail(reason) {
      installServiceWorker();  // the directory still works offline
      if (reason === 'webgl') {
        showFailure('이 브라우저에서는 지도를 그릴 수 없습니다 · This browser cannot draw the page',
                    'WebGL 2가 필요합니다 · WebGL 2 is required.');
      }
    },
    openUrl(url) {
      if (/^(tel|mailto):/i.test(url)) {
        window.location.href = url;
      } else if (/^https?:\/\//i.test(url)) {
        window.open(url, '_blank', 'noopener,noreferrer');
      }
    },
    languageChanged(lang) {
      document.documentElement.lang = lang;
      searchInput.lang = lang;
      fetchCjkFont(lang);
      try { localStorage.setItem('golmok.lang', lang); } catch (e) { /* not remembered */ }
    },
    // History: each screen the app opens is an entry, so the browser's back and forward walk
    // the app's screens; the depth tells whether back stays inside the app.
    pushRoute(hash) {
      const depth = (history.state && history.state.golmokDepth) || 0;
      history.pushState({ golmokDepth: depth + 1 }, '', location.pathname + location.search + hash);
    },
    replaceRoute(hash) {
      history.replaceState(history.state || { golmokDepth: 0 }, '', location.pathname + location.search + hash);
    },
    back() {
      if (history.state && history.state.golmokDepth > 0) {
        history.back();
      } else {
        window.golmokShell.replaceRoute('#/');
        passString((p) => module._golmok_route(p), '#/');
      }
    },
    share(title, hash) {
      const url = location.origin + location.pathname + location.search + hash;
      if (navigator.share) {
        navigator.share({ title, url }).catch(() => { /* the visitor closed the sheet */ });
      } else if (navigator.clipboard) {
        navigator.clipboard.writeText(url).then(
          () => toast('링크를 복사했습니다 · Link copied'),
          () => toast(url));
      } else {
        toast(url);
      }
    },
    // Only ever after a tap on "where am I" or "nearest first": never on load.
    requestPosition() {
      if (!navigator.geolocation) {
        module._golmok_position_failed(0);
        return;
      }
      navigator.geolocation.getCurrentPosition(
        (p) => module._golmok_position(p.coords.latitude, p.coords.longitude, p.coords.accuracy),
        (err) => module._golmok_position_failed(err.code || 2),
        { enableHighAccuracy: true, timeout: 15000, maximumAge: 0 });  // a new tap, a new fix
    },
    // A map app's own link first on a phone; when nothing took it (the page is still showing
    // after a moment), or on a computer, the web map.
    openDirections(appUrl, webUrl) {
      const phone = matchMedia('(pointer: coarse)').matches;
      if (!appUrl || !phone) {
        window.open(webUrl, '_blank', 'noopener,noreferrer');
        return;
      }
      let left = false;
      const onHide = () => { left = true; };
      document.addEventListener('visibilitychange', onHide, { once: true });
      window.location.href = appUrl;
      setTimeout(() => {
        document.removeEventListener('visibilitychange', onHide);
        if (!left && document.visibilityState === 'visible') window.location.href = webUrl;
      }, 1500);
    },
    // Preview: the visitor picks a bundle from their phone or computer.
    openFile() {
      let picker = document.getElementById('preview-file');
      if (!picker) {
        picker = document.createElement('input');
        picker.type = 'file';
        picker.id = 'preview-file';
        picker.accept = '.json,application/json';
        picker.hidden = true;
        picker.addEventListener('change', () => {
          if (picker.files.length > 0) readPreviewFile(picker.files[0]);
          picker.value = '';  // the same file again is a new change
        });
        document.body.appendChild(picker);
      }
      picker.click();
    },
    enterPreview() {
      const params = new URLSearchParams(location.search);
      params.set('preview', '');
      history.replaceState(history.state, '', location.pathname + '?' + params.toString().replace(/=$|=(?=&)/g, '') + location.hash);
      startPreview();
    },
    setSearchText(text) {
      searchInput.value = text;
      searchClear.hidden = text === '';
    },
    // Places the search input over the box the app drew (CSS px); h 0 hides it.
    placeSearch(x, y, w, h, placeholder) {
      if (h <= 0) {
        if (document.activeElement === searchInput) searchInput.blur();
        searchBox.hidden = true;
        return;
      }
      Object.assign(searchBox.style, { left: x + 'px', top: y + 'px', width: w + 'px', height: h + 'px' });
      searchInput.placeholder = placeholder;
      searchBox.hidden = false;
    },
    // 0 top, 1 right, 2 bottom, 3 left, in CSS pixels.
    safeAreaInset(side) {
      const style = getComputedStyle(probe);
      const value = [style.paddingTop, style.paddingRight, style.paddingBottom, style.paddingLeft][side];
      return parseFloat(value) || 0;
    },
  };

  // Japanese and Chinese need their own characters (kana, simplified forms), in a font fetched
  // only by the visitors who read them.
  const cjkFetched = new Set();  // C++ keeps each font it was given
  function fetchCjkFont(lang) {
    if ((lang === 'ja' || lang === 'zh') && !cjkFetched.has(lang)) {
      cjkFetched.add(lang);
      fetchFile(FILE_CJK_FONT, 'fonts/' + lang + '.otf');
    }
  }

  // Start every download at once: fonts, the index and this page's bundle now, the wasm through
  // createGolmok. The bundle is named by `golmok site`, which picks it from the index by the rule
  // C++ follows (PickDistrict): its download need not wait for the wasm to compile and read the
  // index (on a slow network that wait is the longest on the way to the first frame). C++ still
  // reads the index and asks for the bundle, and then gets this request.
  const district = String(config.district || '').replace(/[^a-z0-9-]/g, '');
  FONT_FILES.forEach(([kind, url]) => fetchFile(kind, url));
  early.set('data/index.json', request('data/index.json'));
  if (typeof config.bundle === 'string' && config.bundle && !early.has(config.bundle)) {
    early.set(config.bundle, request(config.bundle));
  }

  const lang = preferredLanguage();
  document.documentElement.lang = lang;
  fetchCjkFont(lang);

  const params = new URLSearchParams(location.search);
  if (params.has('preview') || params.has('data')) startPreview();
  if (params.has('data')) {
    // Only a file of this site: a link must not make the page show someone else's data.
    const target = new URL(params.get('data'), location.href);
    if (target.origin === location.origin) {
      const name = target.pathname + target.search;
      fetch(target.href, { cache: 'no-cache' })
        .then((response) => {
          if (!response.ok) throw new Error('HTTP ' + response.status + ' ' + response.statusText);
          return response.arrayBuffer();
        })
        .then((buffer) => deliver(FILE_PREVIEW, name, new Uint8Array(buffer)),
              (error) => deliverFailure(FILE_PREVIEW, name, error.message || String(error)));
    } else {
      deliverFailure(FILE_PREVIEW, params.get('data'), 'only files from this site can be previewed');
    }
  }

  function start() {
    if (typeof createGolmok !== 'function') {
      showFailure('불러오지 못했습니다 · Could not load', 'golmok.js');
      return;
    }
    createGolmok({ canvas, locateFile: (path) => siteUrl(path) }).then((m) => {
      module = m;
      window.golmokShell.module = m;  // for tools and tests: golmok_debug_state()
      const args = [lang, district, window.location.hash].map((s) => {
        const n = m.lengthBytesUTF8(s) + 1;
        const p = m._malloc(n);
        m.stringToUTF8(s, p, n);
        return p;
      });
      const dark = window.matchMedia('(prefers-color-scheme: dark)');
      m._golmok_set_dark(dark.matches ? 1 : 0);
      dark.addEventListener('change', () => m._golmok_set_dark(dark.matches ? 1 : 0));
      m._golmok_start(args[0], args[1], args[2]);
      args.forEach((p) => m._free(p));
      if (previewing) m._golmok_set_preview(1);
      waiting.splice(0).forEach(([kind, url, bytes, failure]) =>
        (bytes ? deliver(kind, url, bytes) : deliverFailure(kind, url, failure)));
    }, (error) => showFailure('불러오지 못했습니다 · Could not load', String(error)));
  }

  start();  // golmok.js is the deferred script before this one, so createGolmok exists
})();
