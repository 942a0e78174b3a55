// The start: reads what `golmok site` wrote into the page, sets up the other parts (screen,
// files, device, fields, drafts, publish), starts every download, and hands the page to the wasm module
// once it runs. window.golmokShell is what C++ calls (the EM_JS functions of
// src/platform/web/main.cpp); everything else stays inside this script.
shell.main = function () {
  // What `golmok site` wrote into the page: the way to the site's root, the page's district, its
  // bundle and language, and the content-hashed names of the files asked for by their plain names.
  const config = JSON.parse((document.getElementById('golmok-page') || {}).textContent || '{}');
  const root = config.root || '';

  if (!document.getElementById('canvas')) {
    // The district chooser: old links (?d=samseon) go on to the district's own page.
    const wanted = (new URLSearchParams(location.search).get('d') || '').replace(/[^a-z0-9-]/g, '');
    if (wanted) {
      location.replace(root + wanted + '/' + location.hash);
      return;
    }
    shell.installServiceWorker(root);
    return;
  }

  const screen = shell.screen();
  const files = shell.files(config, screen);
  const device = shell.device(screen);
  const fields = shell.fields(files);
  const drafts = shell.drafts();
  const publish = shell.publish(files, drafts);

  // [Language] The visitor's choice, else the page's own language, else the browser's.
  const LANGS = ['ko', 'en', 'ja', 'zh'];
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
  function languageChanged(lang) {
    document.documentElement.lang = lang;
    fields.setLanguage(lang);
    files.fetchCjkFont(lang);
    try { localStorage.setItem('golmok.lang', lang); } catch (e) { /* not remembered */ }
  }

  // [History] Each screen the app opens is an entry, so the browser's back and forward walk the
  // app's screens; the depth tells whether back stays inside the app.
  const route = (hash) => files.withStrings((p) => shell.module._golmok_route(p), hash);
  window.addEventListener('popstate', () => route(location.hash));
  function pushRoute(hash) {
    const depth = (history.state && history.state.golmokDepth) || 0;
    history.pushState({ golmokDepth: depth + 1 }, '', location.pathname + location.search + hash);
  }
  function replaceRoute(hash) {
    history.replaceState(history.state || { golmokDepth: 0 }, '', location.pathname + location.search + hash);
  }
  function back() {
    if (history.state && history.state.golmokDepth > 0) {
      history.back();
    } else {
      window.golmokShell.replaceRoute('#/');
      route('#/');
    }
  }

  window.golmokShell = {
    fetchFile: files.fetchFile,
    announce: screen.announce,
    showTextView: screen.showTextView,
    textViewChanged: screen.textViewChanged,
    textViewPart: screen.textViewPart,
    placeFields: fields.placeFields,
    saveDraft: drafts.saveDraft,
    loadDraft: drafts.loadDraft,
    download: drafts.download,
    publish: publish.publish,
    reveal() {
      if (screen.reveal()) shell.installServiceWorker(root);
    },
    fail(reason) {
      shell.installServiceWorker(root);  // the directory still works offline
      if (reason === seam.kFailNoWebgl) {
        screen.showFailure('이 브라우저에서는 지도를 그릴 수 없습니다 · This browser cannot draw the page',
                           'WebGL 2가 필요합니다 · WebGL 2 is required.');
      }
    },
    openUrl: device.openUrl,
    languageChanged,
    pushRoute,
    replaceRoute,
    back,
    share: device.share,
    requestPosition: device.requestPosition,
    openDirections: device.openDirections,
    openFile: files.openFile,
    enterPreview: files.enterPreview,
    setSearchText: fields.setSearchText,
    placeSearch: fields.placeSearch,
    safeAreaInset: device.safeAreaInset,
  };

  files.startDownloads();
  const lang = preferredLanguage();
  document.documentElement.lang = lang;
  files.fetchCjkFont(lang);
  files.previewFromAddress();

  // golmok.js is the deferred script before this one, so createGolmok exists.
  if (typeof createGolmok !== 'function') {
    screen.showFailure('불러오지 못했습니다 · Could not load', 'golmok.js');
    return;
  }
  const district = String(config.district || '').replace(/[^a-z0-9-]/g, '');
  function startApp() {
    createGolmok({ canvas: screen.canvas, locateFile: (path) => files.siteUrl(path) }).then((m) => {
      shell.module = m;
      window.golmokShell.module = m;  // for tools and tests: golmok_debug_state()
      device.followColorScheme(m);
      files.withStrings((l, d, h, data) => m._golmok_start(l, d, h, data), lang, district, window.location.hash,
                        typeof config.data === 'string' ? config.data : '');
      if (files.isPreviewing()) m._golmok_set_preview(1);
      files.deliverWaiting();
    }, (error) => screen.showFailure('불러오지 못했습니다 · Could not load', String(error)));
  }
  // The downloads above are under way (the page's preloads asked for the wasm before this script
  // ran); the wasm is compiled and started once the HTML directory is on screen.
  screen.afterPaint(startApp);
};

shell.main();
