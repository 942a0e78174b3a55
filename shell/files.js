// Files: fetches the data and fonts (some before C++ asks, so that they overlap the wasm's
// download), hands their bytes to C++, and opens the bundles a visitor previews (file picker,
// drop, ?data=). Also the one way strings are passed to C++ (withStrings).
shell.files = function (config, screen) {
  const hashedFiles = config.files || {};
  const isHashed = (name) => Object.prototype.hasOwnProperty.call(hashedFiles, name);
  // The way to a file from this page: through the site's root, by its content-hashed name.
  function siteUrl(name) { return (config.root || '') + (hashedFiles[name] || name); }

  const waiting = [];  // what arrived before the module: [kind, url, bytes, failure]

  // Calls fn with each string copied into the module's memory (UTF-8, ending in 0), and frees
  // them after. Nothing happens before the module runs.
  function withStrings(fn, ...values) {
    const m = shell.module;
    if (!m) return;
    const pointers = values.map((value) => {
      const n = m.lengthBytesUTF8(value) + 1;
      const p = m._malloc(n);
      m.stringToUTF8(value, p, n);
      return p;
    });
    try { fn(...pointers); } finally { pointers.forEach((p) => m._free(p)); }
  }

  function deliver(kind, url, bytes) {
    const m = shell.module;
    if (!m) {
      waiting.push([kind, url, bytes]);
      return;
    }
    const ptr = m._malloc(Math.max(1, bytes.length));
    m.HEAPU8.set(bytes, ptr);
    try {
      withStrings((urlPtr) => m._golmok_receive_file(kind, urlPtr, ptr, bytes.length), url);
    } finally {
      m._free(ptr);
    }
  }

  function deliverFailure(kind, url, message) {
    if (kind === seam.kBodyFont) screen.showLastingFailure('불러오지 못했습니다 · Could not load', url + ': ' + message);
    if (!shell.module) {
      waiting.push([kind, url, null, message]);  // told to C++ once it runs, like a file
      return;
    }
    withStrings((urlPtr, messagePtr) => shell.module._golmok_receive_failure(kind, urlPtr, messagePtr), url, message);
  }

  // The module runs: what arrived before it is handed in now, in order.
  function deliverWaiting() {
    waiting.splice(0).forEach(([kind, url, bytes, failure]) =>
      (bytes ? deliver(kind, url, bytes) : deliverFailure(kind, url, failure)));
  }

  // Requests started before C++ asks for them (so they overlap the wasm download), by URL.
  const early = new Map();
  function request(url) {
    // Hashed files never change. The rest (the data) is revalidated with the server ('no-cache'),
    // so an association's update shows on the next visit.
    return fetch(siteUrl(url), { cache: isHashed(url) ? 'default' : 'no-cache' });
  }
  function requestEarly(url) {
    if (!early.has(url)) early.set(url, request(url));
  }

  // A response's bytes to C++, or why there are none.
  function deliverResponse(kind, url, pending) {
    pending
      .then((response) => {
        if (!response.ok) throw new Error('HTTP ' + response.status + ' ' + response.statusText);
        return response.arrayBuffer();
      })
      .then((buffer) => deliver(kind, url, new Uint8Array(buffer)),
            (error) => deliverFailure(kind, url, error.message || String(error)));
  }

  function fetchFile(kind, url) {
    const pending = early.get(url);
    early.delete(url);
    deliverResponse(kind, url, pending || request(url));
  }

  // Japanese and Chinese need their own characters (kana, simplified forms), in a font fetched
  // only by the visitors who read them.
  const cjkFetched = new Set();  // C++ keeps each font it was given
  function fetchCjkFont(lang) {
    if ((lang === 'ja' || lang === 'zh') && !cjkFetched.has(lang)) {
      cjkFetched.add(lang);
      fetchFile(seam.kCjkFont, seam.kCjkFontFolder + lang + seam.kCjkFontExtension);
    }
  }

  // Every download at once: the fonts, the index and this page's bundle (named by `golmok site`,
  // which picks it as C++ will from the index; C++ still reads the index and asks for it, and
  // then gets this request). On a slow network, waiting for the wasm to compile and read the
  // index first would be the longest wait on the way to the first frame.
  function startDownloads() {
    fetchFile(seam.kBodyFont, seam.kBodyFontPath);
    fetchFile(seam.kTitleFont, seam.kTitleFontPath);
    fetchFile(seam.kExtraFont, seam.kExtraFontPath);
    requestEarly(seam.kIndexPath);
    if (typeof config.bundle === 'string' && config.bundle) requestEarly(config.bundle);
  }

  // A bundle file opened for preview; a file too big for a phone's memory is refused in words.
  const PREVIEW_MAX_BYTES = 64 * 1024 * 1024;
  function readPreviewFile(file) {
    if (file.size > PREVIEW_MAX_BYTES) {
      deliverFailure(seam.kPreviewFile, file.name, `the file is ${Math.round(file.size / 1048576)} MB; at most 64 MB can be previewed`);
      return;
    }
    file.arrayBuffer().then((buffer) => deliver(seam.kPreviewFile, file.name, new Uint8Array(buffer)),
                            (error) => deliverFailure(seam.kPreviewFile, file.name, error.message || String(error)));
  }

  // Preview mode: files dropped on the page are opened; ?data= names a bundle on this site.
  let previewing = false;
  function startPreview() {
    if (previewing) return;
    previewing = true;
    if (shell.module) shell.module._golmok_set_preview(1);
    document.addEventListener('dragover', (e) => { e.preventDefault(); e.dataTransfer.dropEffect = 'copy'; });
    document.addEventListener('drop', (e) => {
      e.preventDefault();
      if (e.dataTransfer.files.length > 0) readPreviewFile(e.dataTransfer.files[0]);
    });
  }

  // ?preview or ?data= in the page's address.
  function previewFromAddress() {
    const params = new URLSearchParams(location.search);
    if (params.has('preview') || params.has('data')) startPreview();
    if (!params.has('data')) return;
    // Only a file of this site: a link must not make the page show someone else's data.
    const target = new URL(params.get('data'), location.href);
    if (target.origin === location.origin) {
      deliverResponse(seam.kPreviewFile, target.pathname + target.search, fetch(target.href, { cache: 'no-cache' }));
    } else {
      deliverFailure(seam.kPreviewFile, params.get('data'), 'only files from this site can be previewed');
    }
  }

  // Preview: the visitor picks a bundle from their phone or computer.
  function openFile() {
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
  }

  function enterPreview() {
    const params = new URLSearchParams(location.search);
    params.set('preview', '');
    history.replaceState(history.state, '', location.pathname + '?' + params.toString().replace(/=$|=(?=&)/g, '') + location.hash);
    startPreview();
  }

  return {
    siteUrl, withStrings, deliverWaiting, fetchFile, fetchCjkFont, startDownloads,
    previewFromAddress, isPreviewing: () => previewing, openFile, enterPreview,
  };
};
