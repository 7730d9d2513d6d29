// Runs in the page's <head>, before its first paint. The page's HTML is the calculator on its default
// scenario, rendered at build time so that it reads before any script has run (scripts/prerender.mjs).
// A link that carries its own scenario must never show those default figures first: the rendered page
// stays hidden until the app has drawn the link's scenario, and the app then removes the mark
// (src/app/main.tsx). The system's dark theme is set here too, so the first paint is in the right colours.
(function () {
  var page = document.documentElement;
  if (location.hash.length > 1) page.setAttribute('data-opening-link', '');
  if (window.matchMedia && matchMedia('(prefers-color-scheme: dark)').matches) page.dataset.theme = 'dark';
})();
