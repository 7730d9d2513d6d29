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
    lead: 'lead',
    leadConsent: 'leadConsent',
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
    sandbox += ' allow-popups allow-popups-to-escape-sandbox allow-downloads';
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

  // ---- Events for the host page (src/app/host-events.ts sends them) ----
  // Each event's detail is rebuilt here from the fields its schema names, each checked; a message that
  // fails any check is dropped whole, so a host's listener only ever sees well-formed details.
  // The loader has no build, so it cannot import them: FIGURES are HostFigures' keys and EMAIL is the
  // shape src/app/email.ts accepts; test/unit/embed-events.test.ts holds the two copies together.
  var FIGURES = [
    'roi',
    'paybackMonth',
    'netBenefit',
    'csCost',
    'npv',
    'arrLift',
    'arrWithCs',
    'nrr',
    'grr',
    'csCostShareOfArr',
    'horizonMonths',
  ];
  var EMAIL = /^[^\s@<>()[\]\\,;:"']{1,64}@[^\s@<>()[\]\\,;:"']+\.[^\s@<>()[\]\\,;:"']{2,}$/;
  var INPUT = /^[A-Za-z][A-Za-z0-9.]{0,59}$/;

  function isText(value, max) {
    if (typeof value !== 'string' || value.length > max) return false;
    for (var i = 0; i < value.length; i++) {
      var code = value.charCodeAt(i);
      if (code < 32 || code === 127) return false;
    }
    return true;
  }
  function isHttp(value, origin) {
    if (!isText(value, 8000)) return false;
    try {
      var url = new URL(value);
      return origin ? url.origin === origin : url.protocol === 'https:' || url.protocol === 'http:';
    } catch {
      return false;
    }
  }
  function figuresOf(raw) {
    if (!raw || typeof raw !== 'object') return null;
    var figures = {};
    for (var i = 0; i < FIGURES.length; i++) {
      var value = raw[FIGURES[i]];
      if (value !== null && (typeof value !== 'number' || !isFinite(value))) return null;
      figures[FIGURES[i]] = value;
    }
    return figures;
  }
  /** The event's detail as the host receives it, or null when the message does not fit its schema. */
  function detailOf(name, raw) {
    if (!raw || typeof raw !== 'object') return null;
    var figures = figuresOf(raw.figures);
    if (!figures || !/^[A-Z]{3}$/.test(raw.currency) || !isHttp(raw.link, embedUrl.origin)) return null;
    var detail = { figures: figures, currency: raw.currency, link: raw.link };
    if (name === 'ready') {
      if (!/^(en|de|fr|es)$/.test(raw.language)) return null;
      detail.language = raw.language;
    } else if (name === 'change') {
      if (!INPUT.test(raw.input)) return null;
      if (raw.segment !== null && !(raw.segment >= 0 && raw.segment < 10 && raw.segment % 1 === 0))
        return null;
      detail.input = raw.input;
      detail.segment = raw.segment;
    } else if (name === 'cta') {
      if (!isHttp(raw.href)) return null;
      detail.href = raw.href;
    } else if (name === 'export') {
      if (raw.format !== 'csv' || !/^[a-z0-9.-]{1,80}$/.test(raw.file)) return null;
      detail.format = raw.format;
      detail.file = raw.file;
    } else if (name === 'lead') {
      if (!isText(raw.email, 254) || !EMAIL.test(raw.email) || raw.consent !== true) return null;
      detail.email = raw.email;
      detail.consent = true;
    } else {
      return null;
    }
    return detail;
  }

  function dispatch(host, name, detail) {
    host.dispatchEvent(new CustomEvent('cs-roi:' + name, { detail: detail, bubbles: true }));
    // The tag-manager convention, when the host asked for it and has a data layer: a page without one
    // is left as it is (no global is created).
    if (host.dataset.datalayer === 'on' && window.dataLayer && typeof window.dataLayer.push === 'function') {
      var entry = { event: 'cs-roi:' + name };
      Object.keys(detail).forEach(function (key) {
        entry['csRoi' + key.charAt(0).toUpperCase() + key.slice(1)] = detail[key];
      });
      window.dataLayer.push(entry);
    }
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== embedOrigin) return;
    var data = event.data;
    if (!data || typeof data !== 'object') return;
    var frame = null;
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) frame = frames[i];
    }
    if (!frame) return;
    if (data.type === 'cs-roi:height') {
      if (typeof data.height !== 'number' || !isFinite(data.height)) return;
      var height = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(data.height)));
      frame.style.height = height + 'px';
    } else if (data.type === 'cs-roi:event' && typeof data.name === 'string') {
      var detail = detailOf(data.name, data.detail);
      if (detail && frame.parentNode) dispatch(frame.parentNode, data.name, detail);
    }
  });

  scan();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
})();
