// Publishing from the editor: the update for the site as one zip, made in the browser by the
// publish module (publish.js + publish.wasm, the same C++ as `golmok publish`), fetched only when
// the button is pressed. It is handed the site's files as they are now (site.json, the index,
// sw.js, the district's bundle) and gives back the zip or the problems; C++ is told which.
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

  // The district index's bundle files: all of them, or the one of `districtId`.
  function bundlePaths(indexBytes, districtId) {
    let index = {};
    try { index = JSON.parse(new TextDecoder().decode(indexBytes || new Uint8Array())); } catch (e) { /* named by the module */ }
    return (Array.isArray(index.districts) ? index.districts : [])
      .filter((d) => d && typeof d.bundle === 'string' && (districtId === undefined || d.id === districtId))
      .map((d) => 'data/' + d.bundle);
  }

  // Fetches `paths` from the site and hands each the site has to the module.
  async function putAll(m, paths) {
    const all = await Promise.all(paths.map(current));
    all.forEach((bytes, i) => {
      if (!bytes) return;
      const n = m.lengthBytesUTF8(paths[i]) + 1;
      const p = m._malloc(n);
      m.stringToUTF8(paths[i], p, n);
      const data = m._malloc(Math.max(1, bytes.length));
      m.HEAPU8.set(bytes, data);
      m._golmok_publish_put(p, data, bytes.length);
      m._free(data);
      m._free(p);
    });
    return all;
  }

  function told(status, zipName, count, detail) {
    files.withStrings((z, d) => shell.module._golmok_published(status, z, count, d), zipName, detail);
  }

  function make(m, bundleName, text) {
    const strings = [bundleName, text].map((s) => {
      const n = m.lengthBytesUTF8(s) + 1;
      const p = m._malloc(n);
      m.stringToUTF8(s, p, n);
      return p;
    });
    const status = m._golmok_publish_make(strings[0], strings[1], Date.now() / 1000);
    strings.forEach((p) => m._free(p));
    return status;
  }

  // The site as it is (site.json, the index, sw.js and the district's own bundle; every other
  // district's bundle only when the module asks, because the district list must be written
  // again), the update made from it, and the zip offered.
  async function publish(bundleName, zipName, text) {
    try {
      let districtId;
      try { districtId = JSON.parse(text).district.id; } catch (e) { /* named by the module */ }
      const m = await loadModule();
      m._golmok_publish_forget();  // what an earlier press fetched may have changed since
      const first = ['site.json', 'data/index.json', 'sw.js'];
      const [, indexBytes] = await putAll(m, first);
      await putAll(m, bundlePaths(indexBytes, districtId));
      let status = make(m, bundleName, text);
      if (status === 2 && m.UTF8ToString(m._golmok_publish_missing()).startsWith('data/')) {
        await putAll(m, bundlePaths(indexBytes));
        status = make(m, bundleName, text);
      }
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
