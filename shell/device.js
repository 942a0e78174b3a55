// The device and the browser around the page: the service worker (the site offline), the
// visible viewport and pixel density, the safe area, the colour scheme, sharing, the visitor's
// position, and links that leave the page (web, phone, mail, a map app).

// The service worker keeps the site usable offline. Registered only after the app's first frame
// (or at once on pages without the app), so that its downloads never delay the page.
shell.installServiceWorker = function (root) {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  navigator.serviceWorker.register(root + 'sw.js').then(() => navigator.serviceWorker.ready).then((reg) => {
    // The page the visitor opened arrived before the worker ran: ask it to keep this one.
    if (reg.active) reg.active.postMessage({ type: 'keep', url: location.href });
  }).catch(() => { /* no offline copy this time; the page works as it is */ });
};

shell.device = function (screen) {
  // The layout follows the visible viewport, so the field and results stay above a keyboard
  // that overlays the page (iOS) as well as one that resizes it (Android).
  function fitViewport() {
    const vv = window.visualViewport;
    screen.canvas.style.height = vv ? vv.height + 'px' : '';
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

  // env(safe-area-inset-*) read through an element's padding (see shell.css).
  const probe = document.createElement('div');
  probe.id = 'safe-area-probe';
  document.body.appendChild(probe);
  function safeAreaInset(side) {  // CSS pixels
    const style = getComputedStyle(probe);
    const sides = {
      [seam.kSafeAreaTop]: style.paddingTop,
      [seam.kSafeAreaRight]: style.paddingRight,
      [seam.kSafeAreaBottom]: style.paddingBottom,
      [seam.kSafeAreaLeft]: style.paddingLeft,
    };
    return parseFloat(sides[side]) || 0;
  }

  // The system's light or dark preference, told to C++ at start and whenever it changes.
  function followColorScheme(m) {
    const dark = window.matchMedia('(prefers-color-scheme: dark)');
    m._golmok_set_dark(dark.matches ? 1 : 0);
    dark.addEventListener('change', () => m._golmok_set_dark(dark.matches ? 1 : 0));
  }

  function share(title, hash) {
    const url = location.origin + location.pathname + location.search + hash;
    if (navigator.share) {
      navigator.share({ title, url }).catch(() => { /* the visitor closed the sheet */ });
    } else if (navigator.clipboard) {
      navigator.clipboard.writeText(url).then(
        () => screen.toast('링크를 복사했습니다 · Link copied'),
        () => screen.toast(url));
    } else {
      screen.toast(url);
    }
  }

  // Only ever after a tap on "where am I" or "nearest first": never on load.
  function requestPosition() {
    if (!navigator.geolocation) {
      shell.module._golmok_position_failed(seam.kNoGeolocation);
      return;
    }
    navigator.geolocation.getCurrentPosition(
      (p) => shell.module._golmok_position(p.coords.latitude, p.coords.longitude, p.coords.accuracy),
      (err) => shell.module._golmok_position_failed(err.code || seam.kPositionUnavailable),
      { enableHighAccuracy: true, timeout: 15000, maximumAge: 0 });  // a new tap, a new fix
  }

  function openUrl(url) {
    if (/^(tel|mailto):/i.test(url)) {
      window.location.href = url;
    } else if (/^https?:\/\//i.test(url)) {
      window.open(url, '_blank', 'noopener,noreferrer');
    }
  }

  // A map app's own link first on a phone; when nothing took it (the page is still showing
  // after a moment), or on a computer, the web map.
  function openDirections(appUrl, webUrl) {
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
  }

  return { safeAreaInset, followColorScheme, share, requestPosition, openUrl, openDirections };
};
