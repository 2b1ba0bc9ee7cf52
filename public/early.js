// Before the first paint (a blocking script in <head>; no inline script, so a strict CSP allows it):
// the page's language and mode, from the URL as the app reads it (src/url.rs, src/components/app.rs:
// lang=, else the browser's first language that is one of the three, else English), so that the
// prerendered start view shows its texts in the right language and a kiosk or an embed its own sizes.
(() => {
  const root = document.documentElement;
  const q = new URLSearchParams(location.search);
  const ours = (tag) => ['en', 'vi', 'ja'].find((l) => tag && tag.toLowerCase().split('-')[0] === l);
  const lang = ours(q.get('lang')) === q.get('lang') ? q.get('lang') : (navigator.languages || [navigator.language]).map(ours).find(Boolean);
  root.lang = lang || 'en';
  if (q.has('embed')) root.dataset.mode = 'embed';
  else if (q.has('kiosk')) root.dataset.mode = 'kiosk';
  root.classList.add('js');
})();
