// Runs in the page's <head>, before its first paint. The page's HTML is the calculator on its default
// scenario, rendered at build time so that it reads before any script has run (scripts/prerender.ts).
//
// - A link that carries its own scenario must never show those default figures first: the rendered page
//   stays hidden until the app has drawn the link's scenario, and the app then removes the mark
//   (src/app/main.tsx). The theme (the one chosen last time, else the system's) is set here too, so the first paint is in its colours
//   and the theme menu says it.
// - The app's module (named in data-app by the build, and already fetched through a modulepreload link)
//   starts after the parsed page's first paint: run before it, its evaluation and hydration would hold the paint back
//   until they were done. A page in a background tab, which paints no frames, starts it after a second.
(function () {
  var page = document.documentElement;
  if (location.hash.length > 1) page.setAttribute('data-opening-link', '');
  // The page is rendered in English; it stays hidden too when it will open in another language: the one
  // picked here last time, else the first of the browser's that the calculator speaks (the order of
  // src/store/language.ts, whose link comes with a hash, hidden above).
  var picked = null;
  try {
    picked = localStorage.getItem('cs-roi.language');
  } catch {
    // Storage blocked: the browser's language.
  }
  var spoken = /^(en|de|fr|es)([-_]|$)/i;
  var wanted = [picked].concat(navigator.languages || []).filter(function (tag) {
    return typeof tag === 'string' && spoken.test(tag);
  })[0];
  if (wanted && !/^en/i.test(wanted)) page.setAttribute('data-opening-link', '');
  // The theme the person chose last time (src/store/theme-storage.ts), else the system's.
  var chosen = null;
  try {
    chosen = localStorage.getItem('cs-roi.theme');
  } catch {
    // Storage blocked: the system's theme.
  }
  if (chosen === 'dark' || chosen === 'light') {
    page.dataset.theme = chosen;
    // The build-time page's theme menu says "System": it says the stored choice once parsed, not only
    // once the app has taken the page over.
    document.addEventListener('DOMContentLoaded', function () {
      var menu = document.querySelector('[data-theme-menu]');
      if (menu) menu.value = chosen;
    });
  } else if (window.matchMedia && matchMedia('(prefers-color-scheme: dark)').matches)
    page.dataset.theme = 'dark';

  var app = document.currentScript && document.currentScript.getAttribute('data-app');
  if (!app) return;
  var started = false;
  function start() {
    if (started) return;
    started = true;
    var script = document.createElement('script');
    script.type = 'module';
    script.crossOrigin = '';
    script.src = app;
    document.head.appendChild(script);
  }
  // After the whole page is parsed and then painted: the browser may paint a page it has parsed only in
  // part (the header, without the figures), and the app started after that paint held the rest back.
  function afterNextPaint() {
    requestAnimationFrame(function () {
      setTimeout(start, 0);
    });
    setTimeout(start, 1000);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', afterNextPaint);
  else afterNextPaint();
})();
