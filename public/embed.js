/*
 * Customer Success ROI calculator: the embed loader. Plain JavaScript, no build, no dependencies.
 *
 *   <div data-cs-roi data-preset="typical" data-currency="EUR"></div>
 *   <script src="https://calculator.example/embed.js" async></script>
 *
 * Every element with data-cs-roi becomes an iframe of embed.html (from wherever this script was
 * loaded), configured by its data- attributes. The iframe reports its height with postMessage; a
 * message counts only if it comes from the embed's origin AND from that very iframe's window, so other
 * frames and pages cannot resize anything. Attribute values are passed on as text; the embed page
 * validates them all.
 */
(function () {
  'use strict';

  var script = document.currentScript;
  if (!script || !script.src) return;
  var embedUrl = new URL('embed.html', script.src);
  var sameOrigin = embedUrl.origin === window.location.origin;
  // The origin the embed's messages carry: its own, or "null" when sandboxed to an opaque origin below.
  var embedOrigin = sameOrigin ? 'null' : embedUrl.origin;

  // data- attribute (camelCased by dataset) -> the embed page's URL parameter.
  var PARAMS = {
    preset: 'preset',
    currency: 'currency',
    locale: 'locale',
    theme: 'theme',
    accent: 'accent',
    inputs: 'show',
    locked: 'lock',
    ctaUrl: 'cta',
    ctaText: 'ctaText',
    ctaTarget: 'ctaTarget',
    lang: 'lang',
  };
  /** The embed page (src/store/embed-config.ts) names this limit in its notice. */
  var MAX_VALUE = 2000;
  var MIN_HEIGHT = 320;
  var MAX_HEIGHT = 4000;
  var frames = [];

  function create(host) {
    host.setAttribute('data-cs-roi-ready', '');
    var src = new URL(embedUrl.href);
    // A value too long is left out of the embed's address (which has to stay a sane length), and its
    // attribute is named in tooLong, so the embed says in a notice what it ignored.
    var tooLong = [];
    Object.keys(PARAMS).forEach(function (key) {
      var value = host.dataset[key];
      if (typeof value !== 'string') return;
      if (value.length <= MAX_VALUE) src.searchParams.set(PARAMS[key], value);
      else tooLong.push('data-' + key.replace(/[A-Z]/g, '-$&').toLowerCase());
    });
    if (tooLong.length > 0) src.searchParams.set('tooLong', tooLong.join(','));
    // Where the embed may send its height: this page, and only this page.
    src.searchParams.set('origin', window.location.origin);

    var frame = document.createElement('iframe');
    frame.src = src.href;
    frame.title = (host.dataset.title || 'Customer Success ROI calculator').slice(0, 120);
    // allow-same-origin keeps the embed's own origin, safe only while that is not the host's: a
    // same-origin frame with scripts could reach its own iframe element and lift the sandbox. On the
    // calculator's own site the embed runs in an opaque origin instead (its messages come from "null").
    var sandbox = 'allow-scripts' + (sameOrigin ? '' : ' allow-same-origin');
    sandbox += ' allow-popups allow-popups-to-escape-sandbox';
    if (host.dataset.ctaTarget === '_top') sandbox += ' allow-top-navigation-by-user-activation';
    frame.setAttribute('sandbox', sandbox);
    frame.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
    frame.setAttribute('loading', 'lazy');
    frame.style.cssText = 'display:block;width:100%;border:0;height:640px;';
    host.replaceChildren(frame);
    frames.push(frame);
  }

  function scan() {
    var hosts = document.querySelectorAll('[data-cs-roi]:not([data-cs-roi-ready])');
    for (var i = 0; i < hosts.length; i++) create(hosts[i]);
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== embedOrigin) return;
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'cs-roi:height') return;
    if (typeof data.height !== 'number' || !isFinite(data.height)) return;
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        var height = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(data.height)));
        frames[i].style.height = height + 'px';
        return;
      }
    }
  });

  scan();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
})();
