// The kiosk's staff panel, which visitors never stumble into (loaded by guard.js only in kiosk mode
// with a PIN in the URL, `pin=`, 4 to 12 digits; outside the wasm, which it would cost 23 KiB brotli):
// holding the screen's top-left corner for 5 s asks for the PIN (a keypad on screen, or the keyboard);
// three wrong ones close the prompt. The panel shows the version and build (index.html's
// <meta name="vnjp-build">), uptime and reloads (guard.js: data-since, data-reloads), online or
// offline, and the data's record counts (the app: data-records); staff can set the start language,
// run the tour now (a `vnjp-tour` event, which the app's kiosk clock obeys), reload, and leave kiosk
// mode. Nothing of it shows in a copied link: the app never writes the PIN.
(() => {
  const root = document.documentElement;
  const url = new URL(location.href);
  const pin = url.searchParams.get('pin');
  // As the app reads `pin=` (src/url.rs): 4 to 12 digits, else no panel.
  if (!/^[0-9]{4,12}$/.test(pin || '')) return;

  const CORNER = 80;
  const HOLD_MS = 5000;
  const TRIES = 3;
  const LANGS = [['en', 'English'], ['vi', 'Tiếng Việt'], ['ja', '日本語']];
  const TEXT = {
    en: { pin: 'Enter the PIN', wrong: 'Wrong PIN', del: 'Delete a digit', open: 'Open', close: 'Close', panel: 'Staff panel', version: 'Version', built: 'Built', uptime: 'Running for', reloads: 'Reloads', network: 'Network', online: 'online', offline: 'offline', records: 'Records', start: 'Start language', tour: 'Run the tour now', reload: 'Reload', leave: 'Leave kiosk mode' },
    vi: { pin: 'Nhập mã PIN', wrong: 'Mã PIN không đúng', del: 'Xóa một chữ số', open: 'Mở', close: 'Đóng', panel: 'Bảng điều khiển cho nhân viên', version: 'Phiên bản', built: 'Bản dựng', uptime: 'Thời gian hoạt động', reloads: 'Số lần tải lại', network: 'Mạng', online: 'có kết nối', offline: 'mất kết nối', records: 'Dữ liệu', start: 'Ngôn ngữ khởi động', tour: 'Chạy phần giới thiệu ngay', reload: 'Tải lại', leave: 'Thoát chế độ kiosk' },
    ja: { pin: 'PINを入力してください', wrong: 'PINが違います', del: '1文字削除', open: '開く', close: '閉じる', panel: 'スタッフ用パネル', version: 'バージョン', built: 'ビルド', uptime: '稼働時間', reloads: '再読み込み回数', network: 'ネットワーク', online: 'オンライン', offline: 'オフライン', records: '収録内容', start: '開始時の言語', tour: 'ツアーを今すぐ開始', reload: '再読み込み', leave: 'キオスクモードを終了' },
  };
  const t = () => TEXT[root.lang] || TEXT.en;

  /** `tag` with attributes and children (strings or elements). */
  const el = (tag, attrs = {}, ...children) => {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v);
    }
    e.append(...children);
    return e;
  };
  const button = (label, onclick, attrs = {}) => el('button', { type: 'button', onclick, ...attrs }, label);

  /** A running time: `3 d 04:12:05`, or `04:12:05` under a day. */
  const uptime = (ms) => {
    const s = Math.max(0, Math.floor(ms / 1000));
    const clock = [Math.floor(s / 3600) % 24, Math.floor(s / 60) % 60, s % 60].map((n) => String(n).padStart(2, '0')).join(':');
    const d = Math.floor(s / 86400);
    return d > 0 ? `${d} d ${clock}` : clock;
  };

  let open = null;
  const close = () => {
    open?.remove();
    open = null;
  };
  const go = (change) => {
    const params = new URLSearchParams(location.search);
    change(params);
    // Flags stay bare (`?kiosk`, not `?kiosk=`), as the app writes them.
    const query = params.toString().replace(/=(?=&|$)/g, '');
    location.replace(`${location.pathname}${query ? `?${query}` : ''}`);
  };

  function dialog(labelId, box) {
    close();
    open = el('div', { class: 'staff', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': labelId }, box);
    document.body.append(open);
    return open;
  }

  function prompt() {
    let wrong = 0;
    const input = el('input', { type: 'password', inputmode: 'numeric', autocomplete: 'off', maxlength: '12', 'aria-labelledby': 'staff-pin-title' });
    input.addEventListener('input', () => (input.value = input.value.replace(/\D/g, '').slice(0, 12)));
    const alert = el('p', { class: 'staff-wrong', role: 'alert' });
    const submit = (e) => {
      e.preventDefault();
      if (input.value === pin) return panel();
      input.value = '';
      alert.textContent = t().wrong;
      if (++wrong >= TRIES) close();
    };
    const digit = (d) => button(d, () => input.value.length < 12 && (input.value += d));
    const keypad = el(
      'div',
      { class: 'staff-keypad' },
      ...'123456789'.split('').map(digit),
      button('⌫', () => (input.value = input.value.slice(0, -1)), { 'aria-label': t().del }),
      digit('0'),
      el('button', { type: 'submit', class: 'staff-ok' }, t().open),
    );
    const form = el('form', { class: 'staff-box staff-pin', onsubmit: submit }, el('h2', { id: 'staff-pin-title' }, t().pin), input, alert, keypad, button(t().close, close, { class: 'staff-close' }));
    dialog('staff-pin-title', form);
    input.focus();
  }

  function panel() {
    const since = Number(root.dataset.since) || performance.timeOrigin;
    const built = document.querySelector('meta[name=vnjp-build]')?.content || '—';
    const fact = (k, label, value) => [el('dt', {}, label), el('dd', { 'data-staff': k }, value)];
    const up = el('dd', { 'data-staff': 'uptime' });
    const net = el('dd', { 'data-staff': 'network' });
    const refresh = () => {
      up.textContent = uptime(Date.now() - since);
      net.textContent = navigator.onLine ? t().online : t().offline;
    };
    refresh();
    const version = built.split(' · ').at(-1);
    const facts = el(
      'dl',
      { class: 'staff-facts' },
      ...fact('version', t().version, version),
      ...fact('built', t().built, built),
      el('dt', {}, t().uptime),
      up,
      ...fact('reloads', t().reloads, root.dataset.reloads || '0'),
      el('dt', {}, t().network),
      net,
      ...fact('records', t().records, root.dataset.records || '—'),
    );
    const start = url.searchParams.get('lang');
    const langs = el(
      'div',
      { class: 'staff-langs', role: 'group', 'aria-labelledby': 'staff-lang' },
      ...LANGS.map(([tag, name]) => button(name, () => go((p) => p.set('lang', tag)), { lang: tag, 'aria-pressed': String(tag === (start || 'en')) })),
    );
    const actions = el(
      'div',
      { class: 'staff-actions' },
      button(t().tour, () => {
        close();
        window.dispatchEvent(new Event('vnjp-tour'));
      }),
      button(t().reload, () => location.reload()),
      button(t().leave, () => go((p) => ['kiosk', 'idle', 'reset', 'step', 'warn', 'tour_langs', 'pin'].forEach((k) => p.delete(k)))),
      button(t().close, close, { class: 'staff-close' }),
    );
    const box = el('div', { class: 'staff-box staff-panel' }, el('h2', { id: 'staff-title' }, t().panel), facts, el('h3', { id: 'staff-lang' }, t().start), langs, actions);
    dialog('staff-title', box);
    const clock = setInterval(() => (open?.contains(box) ? refresh() : clearInterval(clock)), 1000);
  }

  // The long press: in the corner, held still for 5 s.
  let hold = null;
  const cancel = () => {
    clearTimeout(hold?.timer);
    hold = null;
  };
  addEventListener('pointerdown', (e) => {
    cancel();
    if (open || e.clientX > CORNER || e.clientY > CORNER) return;
    hold = { x: e.clientX, y: e.clientY, timer: setTimeout(() => ((hold = null), prompt()), HOLD_MS) };
  });
  addEventListener('pointermove', (e) => hold && (Math.abs(e.clientX - hold.x) > 24 || Math.abs(e.clientY - hold.y) > 24) && cancel());
  addEventListener('pointerup', cancel);
  addEventListener('pointercancel', cancel);
})();
