// Adds the embed loader to the demo host page. Normally it comes from the calculator's own site;
// ?embed=http://127.0.0.1:4173/ points it at another origin, to try a real cross-origin embed.
(function () {
  'use strict';
  var base = new URL('./', window.location.href);
  var given = new URLSearchParams(window.location.search).get('embed');
  if (given) {
    try {
      var url = new URL(given);
      if (url.protocol === 'http:' || url.protocol === 'https:') base = url;
    } catch {
      // Not a URL: keep this site's loader.
    }
  }
  var script = document.createElement('script');
  script.src = new URL('embed.js', base).href;
  script.async = true;
  document.body.appendChild(script);
})();
