// The app's guard, outside the wasm (a deferred classic script: it runs before the app's module, and a
// fault in the wasm cannot stop it). It
//  - heals faults: an uncaught error or rejection of the app's own code, a wasm trap included (a Rust
//    panic aborts with one), reloads a kiosk into its start view within 2 s (the kiosk keeps its
//    address, so its parameters stay); in the browser or an embed it shows a notice with a Reload
//    button instead of a page that has stopped answering. A kiosk never loops: after 3 reloads within
//    5 minutes it shows a plain "restarting soon" screen and tries again every minute. Reloads are
//    counted in sessionStorage (the tab's life) and shown to staff (data-reloads, data-since on <html>);
//  - loads the staff panel (staff.js) in a kiosk with a PIN;
//  - keeps a kiosk's screen awake (Screen Wake Lock, taken again when the page is shown again);
//  - registers the service worker (sw.js) in kiosk mode only: offline after the first visit, and a
//    watchdog that reloads a kiosk whose main thread has frozen (this script's heartbeat stops; a
//    frozen page cannot reload itself). A new deployment is taken up at a kiosk reset (the app counts
//    them in data-resets), never during a visit. An embed registers nothing on its host's behalf.
(() => {
  const root = document.documentElement;
  // The mode as early.js read it from the URL (it runs first: a blocking script in <head>).
  const mode = root.dataset.mode || 'browser';
  const WINDOW = 5 * 60 * 1000;
  const MAX_RELOADS = 3;
  // Tests shorten the retry; nothing in a URL can.
  const RETRY = typeof window.__vnjpRetryMs === 'number' ? window.__vnjpRetryMs : 60 * 1000;
  const KEY = 'vnjp:heal';
  const TEXT = {
    en: { fault: 'Something went wrong.', reload: 'Reload', soon: 'Restarting soon', wait: 'The screen will start again in a minute.' },
    vi: { fault: 'Đã xảy ra lỗi.', reload: 'Tải lại', soon: 'Sắp khởi động lại', wait: 'Màn hình sẽ khởi động lại sau một phút.' },
    ja: { fault: '問題が発生しました。', reload: '再読み込み', soon: 'まもなく再起動します', wait: '1分後に画面を再起動します。' },
  };
  const text = () => TEXT[root.lang] || TEXT.en;

  // sessionStorage throws in a sandboxed frame (an opaque origin): then nothing is kept.
  let store = null;
  try {
    store = window.sessionStorage;
    store.getItem(KEY);
  } catch {
    store = null;
  }
  const read = () => {
    try {
      return JSON.parse(store?.getItem(KEY) || 'null');
    } catch {
      return null;
    }
  };
  const heal = read() || { since: Date.now(), total: 0, recent: [] };
  const save = () => {
    try {
      store?.setItem(KEY, JSON.stringify(heal));
    } catch {}
  };
  save();
  root.dataset.reloads = String(heal.total);
  root.dataset.since = String(heal.since);

  const reload = () => {
    heal.total += 1;
    heal.recent.push(Date.now());
    save();
    location.reload();
  };

  /** A plain screen over everything, built without the app (which may be dead). */
  function screen(cls, role, title, line, button) {
    const box = document.createElement('div');
    box.className = `fault ${cls}`;
    box.setAttribute('role', role);
    const h = document.createElement('p');
    h.className = 'fault-title';
    h.textContent = title;
    box.append(h);
    if (line) {
      const p = document.createElement('p');
      p.textContent = line;
      box.append(p);
    }
    if (button) {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = button;
      b.addEventListener('click', () => location.reload());
      box.append(b);
    }
    (document.body || root).append(box);
    return box;
  }

  let faulted = false;
  function fault(what) {
    if (faulted) return;
    faulted = true;
    root.dataset.fault = mode === 'kiosk' ? 'healing' : 'notice';
    console.error('vnjp: the app failed', what);
    if (mode !== 'kiosk') {
      screen('fault-notice', 'alert', text().fault, '', text().reload);
      return;
    }
    const now = Date.now();
    heal.recent = heal.recent.filter((t) => now - t < WINDOW);
    save();
    if (!store || heal.recent.length >= MAX_RELOADS) {
      // No loop: a plain screen, and another try in a minute.
      root.dataset.fault = 'restarting';
      screen('fault-restarting', 'status', text().soon, text().wait);
      setTimeout(reload, RETRY);
    } else {
      setTimeout(reload, 1000);
    }
  }

  // The app's own faults: a wasm trap (RuntimeError), or an error thrown by a script of this page.
  const ours = (error, file) =>
    (typeof WebAssembly === 'object' && error instanceof WebAssembly.RuntimeError) ||
    (error instanceof Error && (!file || new URL(file, location.href).origin === location.origin));
  window.addEventListener('error', (e) => {
    if (e.error && ours(e.error, e.filename)) fault(e.error);
  });
  window.addEventListener('unhandledrejection', (e) => {
    if (ours(e.reason)) fault(e.reason);
  });

  if (mode !== 'kiosk') return;

  // The staff panel, only for a kiosk with a PIN (public/staff.js, which checks the PIN's form).
  if (new URLSearchParams(location.search).has('pin')) document.head.append(Object.assign(document.createElement('script'), { src: 'staff.js' }));

  // Keep the screen awake; the lock goes when the page is hidden, so take it again when it is shown.
  const wake = () => {
    if (document.visibilityState !== 'visible' || !navigator.wakeLock) return;
    navigator.wakeLock.request('screen').then(
      (lock) => {
        root.dataset.wakeLock = 'held';
        lock.addEventListener('release', () => delete root.dataset.wakeLock);
      },
      () => {},
    );
  };
  wake();
  document.addEventListener('visibilitychange', wake);

  // The service worker: same origin, relative scope (sub-path deployments work). Not on file://.
  if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  const sw = navigator.serviceWorker;
  const ready = sw.register('sw.js', { scope: './' }).catch(() => null);

  // The heartbeat: while this thread runs, the worker hears from it every 2 s.
  const beat = () => sw.controller?.postMessage({ type: 'beat', visible: document.visibilityState === 'visible' });
  setInterval(beat, 2000);
  document.addEventListener('visibilitychange', beat);
  beat();

  // A new deployment waits for the next reset (a visit is never cut short): then it is installed,
  // taken up, and the kiosk reloads into it.
  let updating = false;
  const takeUp = async () => {
    const reg = await ready;
    // Not before the first worker controls the page (its own install is no new deployment).
    if (!reg || updating || !sw.controller) return;
    updating = true;
    try {
      await reg.update();
    } catch {}
    const next = reg.installing || reg.waiting;
    if (!next) {
      updating = false;
      return;
    }
    const installed = () =>
      new Promise((resolve) => {
        if (next.state === 'installed' || next.state === 'activated') return resolve();
        next.addEventListener('statechange', () => next.state !== 'installing' && resolve());
      });
    await installed();
    if (next.state === 'redundant') {
      updating = false;
      return;
    }
    sw.addEventListener('controllerchange', () => location.reload(), { once: true });
    next.postMessage({ type: 'activate' });
  };
  new MutationObserver(takeUp).observe(root, { attributes: true, attributeFilter: ['data-resets'] });
})();
