// Drafts: the editor's work kept in the browser (localStorage) as it is made, so that a reload,
// a crash or a closed tab loses nothing, and a file (a bundle, an update) handed over as a
// download.
shell.drafts = function () {
  // False when the browser refuses (storage full or disabled). An empty text removes the draft.
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

  // `data`: text or bytes.
  function download(name, data, type = 'application/json') {
    const url = URL.createObjectURL(new Blob([data], { type }));
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  return { saveDraft, loadDraft, download };
};
