// The page around the canvas: the loading note and what went wrong, the moment the app covers
// the HTML directory, the text view (the directory in place of the canvas, and back, and the
// app's own when the HTML's data is not what the app shows), short messages at the bottom, and
// what screen readers are told.
shell.screen = function () {
  const html = document.documentElement;
  const canvas = document.getElementById('canvas');
  const statusBox = document.getElementById('status');
  const statusText = document.getElementById('status-text');

  // A failure leaves the HTML directory readable below a note of what went wrong.
  function showFailure(title, detail) {
    statusBox.hidden = false;
    html.classList.remove('app');
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

  // Without the body font the canvas cannot draw Korean: that failure is told in HTML, which the
  // browser draws with its own fonts, and the app never covers it.
  let fatal = false;
  function showLastingFailure(title, detail) {
    fatal = true;
    showFailure(title, detail);
  }

  // The app's first frame is drawn: it covers the directory. True the first time only.
  let revealed = false;
  function reveal() {
    if (fatal) return false;
    statusBox.hidden = true;
    html.classList.add('app');
    if (revealed) return false;
    revealed = true;
    performance.mark('golmok-app-shown');
    return true;
  }

  // Runs `fn` once the page as it stands has been painted: the HTML directory is on screen
  // before the app's own start-up (compiling the wasm, making the WebGL context) takes the main
  // thread.
  function afterPaint(fn) {
    requestAnimationFrame(() => setTimeout(fn, 0));
  }

  // The WebGL2 context takes a while to make (the browser starts its GPU side): made once the
  // HTML directory has been painted, while the wasm is still downloading. C++ asks for the same
  // context (seam.h) and finds it made; should this fail, C++ says so when it asks.
  afterPaint(() => {
    canvas.getContext('webgl2', {
      alpha: !!seam.kGlAlpha, depth: !!seam.kGlDepth, stencil: !!seam.kGlStencil,
      antialias: !!seam.kGlAntialias,
      powerPreference: ['default', 'low-power', 'high-performance'][seam.kGlPowerPreference],
    });
  });

  // A short message at the bottom (a copied link), also read out by screen readers.
  const toastBox = document.getElementById('toast');
  let toastTimer = 0;
  function toast(text) {
    toastBox.textContent = text;
    toastBox.hidden = false;
    clearTimeout(toastTimer);
    toastTimer = setTimeout(() => { toastBox.hidden = true; }, 2500);
  }

  // Read out to screen readers: what C++ says the canvas shows. A burst of changes (typing a
  // word) is told once, when it settles.
  const announceBox = document.getElementById('announce');
  let announceTimer = 0;
  function announce(text) {
    clearTimeout(announceTimer);
    announceTimer = setTimeout(() => {
      if (!announceBox) return;
      announceBox.lang = html.lang;
      announceBox.textContent = text;
    }, 400);
  }

  // The text view: the HTML directory in place of the canvas, and back.
  const appViewButton = document.getElementById('app-view');
  function showTextView() {
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
      html.classList.remove('text-view');
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

  // The app's text view of the data it shows (core/i18n/text_view.h), in place of the page's own
  // directory when that was written from other data (`stale`); otherwise the page's own. C++
  // says when the data on screen changes; its view is asked for once a burst of changes (typing
  // in the editor) settles, and comes in parts (textViewPart), so that a large district's view is
  // never whole in the module's memory. Built from elements and textContent: nothing in the data
  // becomes markup.
  let ownMain = null;
  let viewTimer = 0;
  let viewParts = [];
  function textViewChanged(stale) {
    clearTimeout(viewTimer);
    viewTimer = setTimeout(() => drawDirectory(stale), 250);
  }
  function textViewPart(part) { viewParts.push(part); }
  function drawDirectory(stale) {
    const current = document.getElementById('main');
    if (!current) return;
    if (!stale) {
      if (ownMain) current.replaceWith(ownMain);
      ownMain = null;
      return;
    }
    viewParts = [];
    shell.module._golmok_write_text_view();
    const view = JSON.parse(viewParts.join(''));
    viewParts = [];
    const add = (parent, tag, value, className) => {
      const node = document.createElement(tag);
      if (className) node.className = className;
      if (typeof value === 'string') {
        node.textContent = value;
      } else if (value && typeof value.text === 'string') {
        const span = document.createElement('span');
        span.lang = value.lang;  // the Korean text standing in for a missing translation
        span.textContent = value.text;
        node.appendChild(span);
      }
      parent.appendChild(node);
      return node;
    };
    const main = document.createElement('main');
    main.id = 'main';
    main.lang = view.lang;
    add(main, 'h1', view.title);
    view.intro.forEach((line, i) => add(main, 'p', line, i === view.intro.length - 1 ? 'note' : ''));
    for (const section of view.sections) {
      const box = add(main, 'section');
      box.setAttribute('aria-labelledby', 'view-' + section.id);
      add(box, 'h2', section.title).id = 'view-' + section.id;
      for (const group of section.groups) {
        if (group.title) add(box, 'h3', group.title);
        const list = add(box, 'ul');
        for (const item of group.items) {
          const li = add(list, 'li');
          li.id = item.id;
          add(li, 'h4', item.name);
          (item.notes || []).forEach((note) => add(li, 'p', note));
          const facts = add(li, 'dl');
          for (const [label, value, href] of item.facts || []) {
            add(facts, 'dt', label);
            const dd = add(facts, 'dd', href ? '' : value);
            if (href) add(dd, 'a', value).href = href;
          }
        }
      }
    }
    if (!ownMain) ownMain = current;
    current.replaceWith(main);
  }

  return {
    canvas, afterPaint, showFailure, showLastingFailure, reveal, toast, announce, showTextView, textViewChanged,
    textViewPart,
  };
};
