// Publishing from the editor: the update for the site as one zip, made in the browser by the
// publish module (publish.js + publish.wasm, the same C++ as `golmok publish`), fetched only when
// the button is pressed. It is handed the site's files as they are now (site.json, the index,
// every district's bundle, sw.js) and gives back the zip or the problems; C++ is told which.
shell.publish = function (files, drafts) {
  let loading = null;
  function loadModule() {
    if (!loading) {
      loading = new Promise((resolve, reject) => {
        const script = document.createElement('script');
        script.src = files.siteUrl('publish.js');
        script.onload = resolve;
        script.onerror = () => reject(new Error(files.siteUrl('publish.js') + ': could not be loaded'));
        document.head.appendChild(script);
      }).then(() => createGolmokPublish({ locateFile: (path) => files.siteUrl(path) }));
      loading.catch(() => { loading = null; });  // a later press tries again
    }
    return loading;
  }

  // The site's current copy of a file, from the server itself (the service worker lets 'no-store'
  // requests through): its bytes, or null where the site has none.
  async function current(path) {
    let response;
    try {
      response = await fetch(files.siteUrl(path), { cache: 'no-store' });
    } catch (error) {
      throw new Error(path + ': the site cannot be reached; publishing needs a connection');
    }
    if (response.status === 404) return null;
    if (!response.ok) throw new Error(path + ': HTTP ' + response.status + ' ' + response.statusText);
    return new Uint8Array(await response.arrayBuffer());
  }

  async function siteFiles() {
    const found = new Map();
    const first = ['site.json', 'data/index.json', 'sw.js'];
    (await Promise.all(first.map(current))).forEach((bytes, i) => bytes && found.set(first[i], bytes));
    let index = { districts: [] };
    try {
      index = JSON.parse(new TextDecoder().decode(found.get('data/index.json') || new Uint8Array()));
    } catch (e) { /* the module names the index's problem */ }
    const bundles = (Array.isArray(index.districts) ? index.districts : [])
      .map((d) => d && typeof d.bundle === 'string' ? 'data/' + d.bundle : null).filter(Boolean);
    (await Promise.all(bundles.map(current))).forEach((bytes, i) => bytes && found.set(bundles[i], bytes));
    return found;
  }

  function told(status, zipName, count, detail) {
    files.withStrings((z, d) => shell.module._golmok_published(status, z, count, d), zipName, detail);
  }

  async function publish(bundleName, zipName, text) {
    try {
      const [m, found] = await Promise.all([loadModule(), siteFiles()]);
      for (const [path, bytes] of found) {
        const n = m.lengthBytesUTF8(path) + 1;
        const p = m._malloc(n);
        m.stringToUTF8(path, p, n);
        const data = m._malloc(Math.max(1, bytes.length));
        m.HEAPU8.set(bytes, data);
        m._golmok_publish_put(p, data, bytes.length);
        m._free(data);
        m._free(p);
      }
      const strings = [bundleName, text].map((s) => {
        const n = m.lengthBytesUTF8(s) + 1;
        const p = m._malloc(n);
        m.stringToUTF8(s, p, n);
        return p;
      });
      const status = m._golmok_publish_make(strings[0], strings[1], Date.now() / 1000);
      strings.forEach((p) => m._free(p));
      const at = m._golmok_publish_result();
      const result = m.HEAPU8.slice(at, at + m._golmok_publish_result_size());
      if (status === 0) {
        drafts.download(zipName, result, 'application/zip');
        told(0, zipName, m._golmok_publish_file_count(), '');
      } else {
        told(status === 1 ? 1 : 2, '', 0, new TextDecoder().decode(result).trim());
      }
    } catch (error) {
      told(2, '', 0, error.message || String(error));
    }
  }

  return { publish };
};
