/*!
 * OneWindow web widget — embeddable chat for the park's "one window" service.
 *
 * Embed with one tag:
 *   <script src="https://HOST/widget.js" data-locale="zh" async></script>
 *
 * Attributes (all optional):
 *   data-locale        "zh" | "en" (default: navigator.language)
 *   data-api           API base URL (default: the origin this script was loaded from)
 *   data-identity-uscc, data-identity-name, data-identity-ts, data-identity-sig
 *                      a verified identity signed by the host portal (see API.md)
 *   data-open          "true" to open the panel once loaded
 *
 * JavaScript API (window.OneWindow is the only global):
 *   OneWindow.identify({uscc, name, ts, sig})   before the first open
 *   OneWindow.open() / close() / toggle()
 *   OneWindow.setLocale("en" | "zh")
 *   OneWindow.reset()                            forget this browser's conversation
 * Calls made before the script has loaded can be queued:
 *   window.OneWindow = window.OneWindow || {q: []}; OneWindow.q.push(["identify", {...}]);
 *
 * Plain JavaScript, no dependencies, no build step. Everything renders inside a
 * Shadow DOM so the host page's CSS and the widget's CSS never meet; message text
 * is only ever inserted with textContent / DOM APIs, never as HTML.
 */
(function () {
  'use strict';

  var existing = window.OneWindow;
  if (existing && existing.__loaded) return;

  var VERSION = '1.0.0';
  var script = document.currentScript || findOwnScript();

  function findOwnScript() {
    var all = document.getElementsByTagName('script');
    for (var i = all.length - 1; i >= 0; i--) {
      if (/\/widget\.js(\?|#|$)/.test(all[i].src || '')) return all[i];
    }
    return null;
  }


  function normLocale(l) {
    l = String(l || '').toLowerCase();
    if (l.indexOf('zh') === 0) return 'zh';
    if (l.indexOf('en') === 0) return 'en';
    return null;
  }

  // ---------------------------------------------------------------- config
  var attr = function (name) { return script ? script.getAttribute(name) : null; };
  var apiBase = (function () {
    var explicit = attr('data-api');
    try {
      if (explicit) return new URL(explicit, document.baseURI).href.replace(/\/+$/, '');
      if (script && script.src) return new URL(script.src).origin;
    } catch (e) { /* fall through */ }
    return window.location.origin;
  })();
  var locale = normLocale(attr('data-locale')) || normLocale(navigator.language) || 'zh';
  var identity = identityFromAttributes();
  var STORAGE_KEY = 'onewindow:v1:' + apiBase;
  var OPEN_KEY = 'onewindow:open:' + apiBase;
  var MAX_UPLOAD = 20 * 1024 * 1024;

  function identityFromAttributes() {
    var uscc = attr('data-identity-uscc'), sig = attr('data-identity-sig'), ts = attr('data-identity-ts');
    if (!uscc || !sig || !ts) return null;
    return { uscc: uscc, name: attr('data-identity-name') || undefined, ts: Number(ts), sig: sig };
  }

  // ---------------------------------------------------------------- texts
  // Every text is a message of the server's catalogue (GET /api/v1/messages/{lang}), fetched once per
  // language from the API base, so an embedding page of another origin gets them as it gets the API.
  var TEXTS = {};          // locale -> {key: pattern}, once loaded
  var textsLoading = {};   // locale -> promise
  var textsFailed = {};    // locale -> true when the last load failed: keys show instead of blanks

  function loadTexts(l) {
    if (!textsLoading[l]) {
      textsLoading[l] = fetch(apiBase + '/api/v1/messages/' + l + '?prefix=widget.&prefix=department.', { headers: { Accept: 'application/json' } })
        .then(function (r) { if (!r.ok) throw new Error('HTTP ' + r.status); return r.json(); })
        .then(function (texts) { TEXTS[l] = texts; textsFailed[l] = false; return true; })
        .catch(function () { textsLoading[l] = null; textsFailed[l] = true; return false; });
    }
    return textsLoading[l];
  }

  /** The message {@code key} with {@code vars} filled in: ICU-style {name} and {name, number}; '' is an apostrophe. */
  function format(pattern, vars) {
    return pattern.replace(/'('|[{}][^']*')|\{\s*(\w+)\s*(,\s*number\s*)?\}/g, function (m, quoted, name, number) {
      if (quoted) return quoted === "'" ? "'" : quoted.slice(0, -1);
      var v = vars ? vars[name] : null;
      if (v == null) return '';
      return number && typeof v === 'number' ? v.toLocaleString(locale === 'zh' ? 'zh-CN' : 'en-GB') : String(v);
    });
  }
  /** The text of {@code key}, or null when the catalogue has none (or has not loaded). */
  function text(key, vars) {
    var pattern = TEXTS[locale] && TEXTS[locale][key];
    return pattern == null ? null : format(pattern, vars);
  }
  function t(key, vars) {
    var s = text(key, vars);
    return s != null ? s : (TEXTS[locale] || textsFailed[locale] ? key : '');
  }
  function statusLabel(s) { return text('widget.status.' + s) || s; }
  // department.<id>: the department registry's name (knowledge-base/departments.yaml), served with the texts.
  function connectorLabel(c) { return text('department.' + c) || c; }

  // ---------------------------------------------------------------- storage
  function loadStored() {
    try { return JSON.parse(window.localStorage.getItem(STORAGE_KEY) || 'null'); } catch (e) { return null; }
  }
  function saveStored(v) {
    try {
      if (v) window.localStorage.setItem(STORAGE_KEY, JSON.stringify(v));
      else window.localStorage.removeItem(STORAGE_KEY);
    } catch (e) { /* storage disabled: the conversation lives as long as the page */ }
  }

  function uuid() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    var b = new Uint8Array(16);
    crypto.getRandomValues(b);
    b[6] = (b[6] & 0x0f) | 0x40; b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }

  // ---------------------------------------------------------------- DOM helpers
  function el(tag, props, children) {
    var node = document.createElement(tag);
    if (props) {
      for (var k in props) {
        if (!Object.prototype.hasOwnProperty.call(props, k)) continue;
        var v = props[k];
        if (v == null || v === false) continue;
        if (k === 'class') node.className = v;
        else if (k === 'text') node.textContent = v;
        else if (k.indexOf('on') === 0 && typeof v === 'function') node.addEventListener(k.slice(2), v);
        else node.setAttribute(k, v === true ? '' : String(v));
      }
    }
    (children || []).forEach(function (c) {
      if (c == null || c === false) return;
      node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    });
    return node;
  }

  var SVG_NS = 'http://www.w3.org/2000/svg';
  var ICONS = {
    chat: 'M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2zm3 6.5a1.5 1.5 0 1 0 0 .01zm5 0a1.5 1.5 0 1 0 0 .01zm5 0a1.5 1.5 0 1 0 0 .01z',
    close: 'M6.4 5 5 6.4 10.6 12 5 17.6 6.4 19l5.6-5.6 5.6 5.6 1.4-1.4-5.6-5.6L19 6.4 17.6 5 12 10.6z',
    send: 'M3.4 20.4 21 12 3.4 3.6 3.4 10l12.6 2-12.6 2z',
    clip: 'M16.5 6.5v10a4.5 4.5 0 0 1-9 0V5a3 3 0 0 1 6 0v10.5a1.5 1.5 0 0 1-3 0V6.5H9v9a3 3 0 0 0 6 0V5a4.5 4.5 0 0 0-9 0v11.5a6 6 0 0 0 12 0v-10z',
    doc: 'M6 2h8l6 6v12a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2zm7 1.5V9h5.5zM8 13h8v1.5H8zm0 3.5h8V18H8z',
    person: 'M12 12a4.5 4.5 0 1 0 0-9 4.5 4.5 0 0 0 0 9zm0 2c-4.4 0-8 2.2-8 5v2h16v-2c0-2.8-3.6-5-8-5z',
    bot: 'M11 2h2v3h4a3 3 0 0 1 3 3v9a3 3 0 0 1-3 3H7a3 3 0 0 1-3-3V8a3 3 0 0 1 3-3h4zM8.5 10.5a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3zm7 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3zM9 16v1.5h6V16z',
    back: 'M20 11H7.8l5.6-5.6L12 4l-8 8 8 8 1.4-1.4L7.8 13H20z',
    shield: 'M12 2 4 5v6c0 5 3.4 9.7 8 11 4.6-1.3 8-6 8-11V5zm-1.2 14.2-3.5-3.5 1.4-1.4 2.1 2.1 4.9-4.9 1.4 1.4z'
  };
  function icon(name, size) {
    var svg = document.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('width', String(size || 20));
    svg.setAttribute('height', String(size || 20));
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    var p = document.createElementNS(SVG_NS, 'path');
    p.setAttribute('d', ICONS[name]);
    p.setAttribute('fill', 'currentColor');
    svg.appendChild(p);
    return svg;
  }

  // ---------------------------------------------------------------- safe formatting
  // A message is plain text. Recognised, and built with DOM APIs only:
  // **bold**, line breaks, bullet lines ("- ", "• ", "* "), and http(s) URLs as links.
  var URL_RE = /https?:\/\/[^\s<>"'`，。；、！？）】》]+/g;

  function safeHttpUrl(raw) {
    try {
      var u = new URL(raw);
      return (u.protocol === 'http:' || u.protocol === 'https:') ? u.href : null;
    } catch (e) { return null; }
  }

  function appendInline(parent, text) {
    var parts = String(text).split(/(\*\*[^*\n]+\*\*)/g);
    parts.forEach(function (part) {
      if (!part) return;
      if (/^\*\*[^*\n]+\*\*$/.test(part)) {
        var strong = document.createElement('strong');
        appendLinks(strong, part.slice(2, -2));
        parent.appendChild(strong);
      } else {
        appendLinks(parent, part);
      }
    });
  }

  function appendLinks(parent, text) {
    var last = 0, m;
    URL_RE.lastIndex = 0;
    while ((m = URL_RE.exec(text)) !== null) {
      var raw = m[0].replace(/[.,;:!?)\]]+$/, '');
      var href = safeHttpUrl(raw);
      if (m.index > last) parent.appendChild(document.createTextNode(text.slice(last, m.index)));
      if (href) {
        var a = document.createElement('a');
        a.href = href;
        a.target = '_blank';
        a.rel = 'noopener noreferrer nofollow';
        a.textContent = raw;
        parent.appendChild(a);
      } else {
        parent.appendChild(document.createTextNode(raw));
      }
      last = m.index + raw.length;
      URL_RE.lastIndex = last;
    }
    if (last < text.length) parent.appendChild(document.createTextNode(text.slice(last)));
  }

  function formatText(text) {
    var frag = document.createDocumentFragment();
    var lines = String(text == null ? '' : text).replace(/\r\n?/g, '\n').split('\n');
    var list = null, para = null;
    lines.forEach(function (line) {
      var bullet = /^\s*(?:[-•*]|·)\s+(.*)$/.exec(line);
      if (bullet) {
        para = null;
        if (!list) { list = document.createElement('ul'); frag.appendChild(list); }
        var li = document.createElement('li');
        appendInline(li, bullet[1]);
        list.appendChild(li);
        return;
      }
      list = null;
      if (!line.trim()) { para = null; return; }
      if (!para) { para = document.createElement('p'); frag.appendChild(para); }
      else para.appendChild(document.createElement('br'));
      appendInline(para, line);
    });
    return frag;
  }

  function kbHref(source) {
    var path = String(source || '').replace(/^\/+/, '').split('/').map(encodeURIComponent).join('/');
    return apiBase + '/kb/' + path;
  }

  function formatTime(iso) {
    if (!iso) return '';
    var d = new Date(iso);
    if (isNaN(d.getTime())) return '';
    try {
      return d.toLocaleTimeString(locale === 'zh' ? 'zh-CN' : 'en-GB', { hour: '2-digit', minute: '2-digit' });
    } catch (e) { return ''; }
  }

  function formatDate(s) {
    if (!s) return '';
    var m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
    if (!m) return s;
    var d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
    try {
      return locale === 'zh' ? d.toLocaleDateString('zh-CN', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' })
        : d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    }
    catch (e) { return s; }
  }

  function capitalise(s) {
    return s ? s.charAt(0).toUpperCase() + s.slice(1) : s;
  }

  function formatSize(n) {
    if (typeof n !== 'number') return '';
    if (n < 1024) return n + ' B';
    if (n < 1024 * 1024) return (n / 1024).toFixed(0) + ' KB';
    return (n / 1024 / 1024).toFixed(1) + ' MB';
  }

  // ---------------------------------------------------------------- CSS
  var CSS = [
    ':host{all:initial;}',
    '*,*::before,*::after{box-sizing:border-box;}',
    '[hidden]{display:none!important;}',
    '.ow{--ow-primary:#0b57a4;--ow-primary-dark:#083f78;--ow-accent:#c8102e;--ow-bg:#f3f6fa;--ow-text:#1c2430;--ow-muted:#5a6473;',
    '--ow-border:#d9e0e8;--ow-staff:#0f6b4f;--ow-staff-bg:#e8f5ef;font-family:-apple-system,BlinkMacSystemFont,"Segoe UI","PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Noto Sans SC","Source Han Sans SC",Roboto,Helvetica,Arial,sans-serif;',
    'font-size:14px;line-height:1.55;color:var(--ow-text);-webkit-font-smoothing:antialiased;}',
    'button{font:inherit;color:inherit;cursor:pointer;}',
    // focus rings with 3:1 contrast against what surrounds them: dark on light areas, gold on the blue header
    ':focus-visible{outline:3px solid #0b57a4;outline-offset:2px;}',
    '.head :focus-visible{outline-color:#ffd24d;}',
    '.launcher:focus-visible{outline:3px solid #1c2430;outline-offset:3px;}',
    '.msg.user .bubble a:focus-visible{outline-color:#ffd24d;}',
    '.sr{position:absolute!important;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0;}',
    // launcher
    '.launcher{position:fixed;right:24px;bottom:24px;z-index:2147483000;display:flex;align-items:center;gap:8px;height:56px;padding:0 20px 0 16px;border:0;border-radius:28px;',
    'background:linear-gradient(135deg,var(--ow-primary),var(--ow-primary-dark));color:#fff;box-shadow:0 6px 20px rgba(8,63,120,.35),0 2px 6px rgba(0,0,0,.15);font-size:15px;font-weight:600;letter-spacing:.02em;transition:transform .15s ease,box-shadow .15s ease;}',
    '.launcher:hover{transform:translateY(-2px);box-shadow:0 10px 24px rgba(8,63,120,.4),0 2px 6px rgba(0,0,0,.15);}',
    '.launcher .badge{position:absolute;top:-4px;right:-4px;min-width:22px;height:22px;padding:0 6px;border-radius:11px;background:var(--ow-accent);color:#fff;font-size:12px;line-height:22px;text-align:center;border:2px solid #fff;}',
    '.launcher[aria-expanded="true"]{display:none;}',
    // panel
    '.panel{position:fixed;right:24px;bottom:24px;z-index:2147483001;width:392px;height:min(640px,calc(100vh - 48px));display:flex;flex-direction:column;background:#fff;border-radius:16px;overflow:hidden;',
    'box-shadow:0 16px 48px rgba(16,32,64,.28),0 2px 8px rgba(16,32,64,.12);border:1px solid rgba(0,0,0,.06);animation:ow-in .18s ease-out;}',
    '.panel[hidden]{display:none;}',
    '@keyframes ow-in{from{opacity:0;transform:translateY(12px) scale(.98);}to{opacity:1;transform:none;}}',
    '@media (prefers-reduced-motion:reduce){.panel{animation:none;}.launcher{transition:none;}.typing span{animation:none!important;}}',
    '@media (max-width:480px){.panel{right:0;bottom:0;left:0;top:0;width:100%;height:100%;max-height:none;border-radius:0;border:0;}.launcher{right:16px;bottom:16px;}}',
    // header
    '.head{flex:none;display:flex;align-items:center;gap:12px;padding:14px 12px 14px 16px;background:linear-gradient(135deg,var(--ow-primary),var(--ow-primary-dark));color:#fff;position:relative;}',
    '.head::after{content:"";position:absolute;left:0;right:0;bottom:0;height:3px;background:linear-gradient(90deg,var(--ow-accent),#e8a317);}',
    '.emblem{flex:none;width:40px;height:40px;border-radius:50%;background:rgba(255,255,255,.16);display:flex;align-items:center;justify-content:center;border:1px solid rgba(255,255,255,.35);}',
    '.titles{flex:1;min-width:0;}',
    '.title{margin:0;font-size:16px;font-weight:700;letter-spacing:.03em;line-height:1.3;}',
    '.sub{margin:2px 0 0;font-size:12px;opacity:.92;display:flex;align-items:center;gap:6px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;}',
    '.dot{width:8px;height:8px;border-radius:50%;background:#4cd07d;flex:none;box-shadow:0 0 0 2px rgba(76,208,125,.3);}',
    '.dot.off{background:#f0b400;box-shadow:0 0 0 2px rgba(240,180,0,.3);}',
    '.hbtn{flex:none;display:inline-flex;align-items:center;justify-content:center;gap:4px;min-width:36px;height:36px;padding:0 8px;border:0;border-radius:8px;background:transparent;color:#fff;font-size:12px;}',
    '.hbtn:hover{background:rgba(255,255,255,.16);}',
    '.hbtn .count{background:#fff;color:var(--ow-primary);border-radius:9px;padding:0 6px;font-weight:700;font-size:11px;line-height:18px;}',
    '.verified{display:inline-flex;align-items:center;gap:3px;background:rgba(255,255,255,.18);padding:0 6px;border-radius:8px;font-size:11px;}',
    // banners
    '.banner{flex:none;display:flex;align-items:center;gap:10px;padding:10px 16px;font-size:13px;border-bottom:1px solid var(--ow-border);}',
    '.banner[hidden]{display:none;}',
    '.banner.handoff{background:var(--ow-staff-bg);color:var(--ow-staff);}',
    '.banner.handoff.queued{background:#fff7e0;color:#6b4e00;}',
    '.banner.conn{background:#fff3f3;color:#8a1020;}',
    '.hicon{display:inline-flex;flex:none;}',
    '.spinner{display:inline-block;flex:none;width:16px;height:16px;border-radius:50%;border:2.5px solid rgba(0,0,0,.12);border-top-color:currentColor;animation:ow-spin .8s linear infinite;}',
    '@keyframes ow-spin{to{transform:rotate(360deg);}}',
    '.progress{flex:none;padding:10px 16px 12px;background:#fff;border-bottom:1px solid var(--ow-border);}',
    '.progress[hidden]{display:none;}',
    '.progress .row{display:flex;justify-content:space-between;gap:8px;font-size:12px;color:var(--ow-muted);margin-bottom:6px;}',
    '.progress .ptitle{font-weight:700;color:var(--ow-text);font-size:13px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;}',
    '.progress .step{flex:none;}',
    '.bar{height:6px;border-radius:3px;background:#e3e9f0;overflow:hidden;}',
    '.bar>span{display:block;height:100%;border-radius:3px;background:linear-gradient(90deg,var(--ow-primary),#2f86d6);transition:width .3s ease;}',
    '.progress .field{margin-top:6px;font-size:12px;color:var(--ow-text);}',
    // log
    '.body{flex:1;min-height:0;position:relative;display:flex;flex-direction:column;background:var(--ow-bg);}',
    '.log{flex:1;min-height:0;overflow-y:auto;padding:16px 14px 8px;display:flex;flex-direction:column;gap:10px;}',
    '.msg{display:flex;gap:8px;max-width:100%;align-items:flex-end;}',
    '.msg .avatar{flex:none;width:30px;height:30px;border-radius:50%;display:flex;align-items:center;justify-content:center;background:#dfe9f5;color:var(--ow-primary);align-self:flex-start;}',
    '.msg.staff .avatar{background:var(--ow-staff-bg);color:var(--ow-staff);}',
    '.msg .col{min-width:0;max-width:82%;display:flex;flex-direction:column;gap:3px;}',
    '.msg .who{font-size:11px;color:var(--ow-muted);padding:0 4px;}',
    '.msg.staff .who{color:var(--ow-staff);font-weight:600;}',
    '.bubble{padding:9px 13px;border-radius:14px;background:#fff;border:1px solid var(--ow-border);word-wrap:break-word;overflow-wrap:anywhere;border-top-left-radius:4px;}',
    '.bubble p{margin:0;}',
    '.bubble p+p,.bubble p+ul,.bubble ul+p{margin-top:6px;}',
    '.bubble ul{margin:4px 0;padding-left:18px;}',
    '.bubble li{margin:2px 0;}',
    '.bubble a{color:var(--ow-primary);text-decoration:underline;}',
    '.msg.staff .bubble{border-color:#b9dfcc;background:#fbfffd;}',
    '.msg.user{flex-direction:row-reverse;}',
    '.msg.user .col{align-items:flex-end;}',
    '.msg.user .bubble{background:var(--ow-primary);color:#fff;border-color:var(--ow-primary);border-top-left-radius:14px;border-top-right-radius:4px;}',
    '.msg.user .bubble a{color:#fff;}',
    '.msg.pending .bubble{opacity:.7;}',
    '.msg.failed .bubble{opacity:1;background:#fff;color:var(--ow-text);border-color:#e0a0a8;}',
    '.failbar{font-size:12px;color:#a3162b;display:flex;gap:8px;align-items:center;}',
    '.failbar button{border:0;background:none;color:var(--ow-primary);text-decoration:underline;padding:0;}',
    '.time{font-size:10.5px;color:#545e6b;padding:0 4px;}',
    '.notice p,.card p{margin:0;}',
    '.notice{align-self:center;max-width:90%;text-align:center;font-size:12px;color:var(--ow-muted);background:#e8edf3;padding:4px 12px;border-radius:12px;}',
    '.cites{margin-top:2px;padding:8px 10px;border-radius:10px;background:#eef3f9;font-size:12px;}',
    '.cites .lbl{font-weight:700;color:var(--ow-muted);margin-bottom:2px;}',
    '.cites ol{margin:0;padding-left:18px;}',
    '.cites a{color:var(--ow-primary);font-weight:600;}',
    '.cites .sec{color:var(--ow-muted);}',
    '.cites .unverified{color:#8a5a00;font-style:italic;}',
    '.filecard{display:flex;align-items:center;gap:8px;}',
    '.filecard .meta{font-size:11px;opacity:.8;}',
    // status card
    '.card{background:#fff;border:1px solid var(--ow-border);border-left:4px solid var(--ow-primary);border-radius:10px;padding:10px 12px;font-size:13px;}',
    '.card.s-approved{border-left-color:#1d7a46;}',
    '.card.s-needs_correction,.card.s-failed,.card.s-rejected{border-left-color:var(--ow-accent);}',
    '.card.s-partially_approved{border-left-color:#c98a00;}',
    '.card.past{border-left-color:#b8c2ce;background:#fafbfc;}',
    '.card.past .cname{font-size:12px;color:var(--ow-muted);}',
    '.card.past .ctext{margin-top:2px;}',
    '.card .ctop{display:flex;justify-content:space-between;align-items:center;gap:8px;}',
    '.card .cname{font-weight:700;}',
    '.pill{flex:none;display:inline-block;padding:1px 8px;border-radius:10px;font-size:11.5px;font-weight:600;background:#e3edf8;color:var(--ow-primary-dark);}',
    '.pill.s-approved,.pill.s-delivered{background:#e2f4e9;color:#17613a;}',
    '.pill.s-needs_correction,.pill.s-rejected,.pill.s-failed{background:#fde8eb;color:#9b1127;}',
    '.pill.s-partially_approved,.pill.s-pending{background:#fdf1d6;color:#6b4e00;}',
    '.pill.s-withdrawn{background:#eceff3;color:#4a5361;}',
    '.card dl{display:grid;grid-template-columns:auto 1fr;gap:2px 10px;margin:8px 0 0;font-size:12px;}',
    '.card dt{color:var(--ow-muted);}',
    '.card dd{margin:0;font-variant-numeric:tabular-nums;}',
    '.card .targets{list-style:none;margin:8px 0 0;padding:8px 0 0;border-top:1px dashed var(--ow-border);font-size:12px;}',
    '.card .targets li{display:flex;flex-wrap:wrap;justify-content:space-between;gap:4px 8px;padding:2px 0;}',
    '.card .targets .cm{flex-basis:100%;color:var(--ow-muted);}',
    '.card .ctext{margin-top:6px;color:var(--ow-muted);font-size:12px;}',
    // typing
    '.typing .bubble{display:flex;gap:4px;align-items:center;padding:12px 14px;}',
    '.typing span{width:7px;height:7px;border-radius:50%;background:#9aa6b5;animation:ow-blink 1.2s infinite both;}',
    '.typing span:nth-child(2){animation-delay:.2s;}.typing span:nth-child(3){animation-delay:.4s;}',
    '@keyframes ow-blink{0%,80%,100%{opacity:.3;transform:translateY(0);}40%{opacity:1;transform:translateY(-3px);}}',
    // quick replies
    '.qr{flex:none;display:flex;flex-wrap:wrap;gap:8px;padding:8px 14px 10px;background:var(--ow-bg);}',
    '.qr[hidden]{display:none;}',
    '.chip{border:1.5px solid var(--ow-primary);background:#fff;color:var(--ow-primary);border-radius:22px;padding:6px 14px;min-height:44px;font-size:13px;font-weight:600;line-height:1.3;transition:background .12s;}',
    '.chip:hover{background:#e8f0fa;}',
    '.chip:disabled{opacity:.5;cursor:default;}',
    '.chip.nav{border-color:#b8c2ce;color:#3d4756;font-weight:500;}',
    '.chip.nav:hover{background:#eef1f5;}',
    '.chip.upload{display:inline-flex;align-items:center;gap:6px;background:var(--ow-primary);color:#fff;}',
    // composer
    '.composer{flex:none;display:flex;align-items:flex-end;gap:6px;padding:10px 10px 12px;border-top:1px solid var(--ow-border);background:#fff;}',
    '.composer textarea{flex:1;min-width:0;resize:none;border:1.5px solid var(--ow-border);border-radius:12px;padding:9px 12px;font:inherit;font-size:16px;color:var(--ow-text);background:#fff;max-height:120px;min-height:44px;line-height:1.45;}',
    '.composer textarea:focus{outline:none;border-color:var(--ow-primary);box-shadow:0 0 0 3px rgba(11,87,164,.18);}',
    '.composer textarea::placeholder{color:#545e6b;}',
    '.cbtn{flex:none;width:42px;height:42px;border-radius:12px;border:0;display:inline-flex;align-items:center;justify-content:center;}',
    '.cbtn.send{background:var(--ow-primary);color:#fff;}',
    '.cbtn.send:hover{background:var(--ow-primary-dark);}',
    '.cbtn.send:disabled{background:#9fb6cf;cursor:default;}',
    '.cbtn.attach{background:#eef3f9;color:var(--ow-primary);}',
    '.cbtn.attach[hidden]{display:none;}',
    '.upl{flex:none;padding:6px 14px;font-size:12px;color:var(--ow-muted);background:#fff;border-top:1px solid var(--ow-border);}',
    '.upl[hidden]{display:none;}',
    '.upl.err{color:#a3162b;}',
    '.foot{flex:none;text-align:center;font-size:10.5px;color:#545e6b;padding:0 0 6px;background:#fff;}',
    // applications drawer
    '.drawer{position:absolute;inset:0;background:var(--ow-bg);display:flex;flex-direction:column;z-index:2;}',
    '.drawer[hidden]{display:none;}',
    '.drawer .dhead{display:flex;align-items:center;gap:8px;padding:10px 12px;background:#fff;border-bottom:1px solid var(--ow-border);}',
    '.drawer .dhead h3{margin:0;font-size:15px;}',
    '.drawer .dhead button{border:0;background:#eef3f9;color:var(--ow-primary);border-radius:8px;height:32px;display:inline-flex;align-items:center;gap:4px;padding:0 10px;}',
    '.drawer .list{flex:1;overflow-y:auto;padding:12px 14px;display:flex;flex-direction:column;gap:10px;}',
    '.empty{color:var(--ow-muted);text-align:center;padding:32px 0;}'
  ].join('\n');

  // ---------------------------------------------------------------- widget
  function Widget() {
    this.conv = null;            // {id, token, uscc}
    this.state = null;
    this.messages = new Map();   // seq -> message
    this.lastSeq = 0;
    this.pending = [];           // unsent/in-flight user messages {cid, body, label, node}
    this.sendChain = Promise.resolve();
    this.inFlight = 0;
    this.ws = null;
    this.wsBackoff = 0;
    this.wsTimer = null;
    this.wsWanted = false;
    this.connected = true;
    this.opened = false;
    this.unread = 0;
    this.ready = null;           // promise of a usable conversation
    this.statusCards = new Map(); // submissionId -> [elements]
    this.build();
  }

  Widget.prototype.build = function () {
    var self = this;
    var host = document.createElement('one-window-widget');
    host.setAttribute('data-onewindow', VERSION);
    host.style.cssText = 'all:initial !important;display:block !important;position:static !important;';
    var root = host.attachShadow({ mode: 'open' });
    this.host = host;
    this.root = root;

    // A constructed stylesheet passes a host page's strict style-src CSP; <style> is the fallback.
    var adopted = false;
    try {
      if (root.adoptedStyleSheets !== undefined && window.CSSStyleSheet && CSSStyleSheet.prototype.replaceSync) {
        var sheet = new CSSStyleSheet();
        sheet.replaceSync(CSS);
        root.adoptedStyleSheets = [sheet];
        adopted = true;
      }
    } catch (e) { adopted = false; }
    if (!adopted) {
      var style = document.createElement('style');
      style.textContent = CSS;
      root.appendChild(style);
    }

    var wrap = el('div', { class: 'ow', lang: locale === 'zh' ? 'zh-CN' : 'en' });
    this.wrap = wrap;
    root.appendChild(wrap);

    // launcher
    this.badge = el('span', { class: 'badge', hidden: true, 'aria-hidden': 'true' });
    this.launcherText = el('span', { class: 'ltext' });
    this.launcher = el('button', {
      type: 'button', class: 'launcher', 'aria-expanded': 'false', 'aria-controls': 'ow-panel',
      'aria-haspopup': 'dialog', onclick: function () { self.open(); }
    }, [icon('chat', 24), this.launcherText, this.badge]);

    // header
    this.titleEl = el('h2', { class: 'title', id: 'ow-title' });
    this.verifiedEl = el('span', { class: 'verified', hidden: true }, [icon('shield', 12), el('span')]);
    this.dot = el('span', { class: 'dot', 'aria-hidden': 'true' });
    this.subEl = el('span');
    this.appsCount = el('span', { class: 'count', hidden: true });
    this.appsBtn = el('button', { type: 'button', class: 'hbtn apps', onclick: function () { self.showApplications(true); } },
      [icon('doc', 18), this.appsCount]);
    this.closeBtn = el('button', { type: 'button', class: 'hbtn close', onclick: function () { self.close(); } }, [icon('close', 22)]);
    var head = el('div', { class: 'head' }, [
      el('div', { class: 'emblem', 'aria-hidden': 'true' }, [icon('bot', 24)]),
      el('div', { class: 'titles' }, [this.titleEl, el('p', { class: 'sub' }, [this.dot, this.subEl, this.verifiedEl])]),
      this.appsBtn, this.closeBtn
    ]);

    // banners & progress
    this.connBanner = el('div', { class: 'banner conn', role: 'status', hidden: true }, [el('span', { class: 'spinner', 'aria-hidden': 'true' }), el('span')]);
    this.handoffBanner = el('div', { class: 'banner handoff', role: 'status', hidden: true }, [el('span', { class: 'hicon' }), el('span', { class: 'htext' })]);
    this.progressTitle = el('span', { class: 'ptitle' });
    this.progressStep = el('span', { class: 'step' });
    this.progressFill = el('span');
    this.progressBar = el('div', { class: 'bar', role: 'progressbar', 'aria-valuemin': '0' }, [this.progressFill]);
    this.progressField = el('div', { class: 'field' });
    this.progress = el('div', { class: 'progress', hidden: true }, [
      el('div', { class: 'row' }, [this.progressTitle, this.progressStep]), this.progressBar, this.progressField
    ]);

    // log
    this.log = el('div', { class: 'log', role: 'log', 'aria-live': 'polite', 'aria-relevant': 'additions', tabindex: '0', id: 'ow-log' });
    this.typing = el('div', { class: 'msg bot typing', hidden: true }, [
      el('div', { class: 'avatar', 'aria-hidden': 'true' }, [icon('bot', 18)]),
      el('div', { class: 'bubble' }, [el('span'), el('span'), el('span'), el('i', { class: 'sr' })])
    ]);
    this.qr = el('div', { class: 'qr', role: 'group', hidden: true });

    // applications drawer
    this.drawerTitle = el('h3', { id: 'ow-apps-title' });
    this.drawerBack = el('button', { type: 'button', onclick: function () { self.showApplications(false); } }, [icon('back', 16), el('span')]);
    this.drawerList = el('div', { class: 'list' });
    this.drawer = el('div', { class: 'drawer', hidden: true, role: 'region', 'aria-labelledby': 'ow-apps-title' },
      [el('div', { class: 'dhead' }, [this.drawerBack, this.drawerTitle]), this.drawerList]);

    this.body = el('div', { class: 'body' }, [this.log, this.qr, this.drawer]);

    // composer
    this.fileInput = el('input', { type: 'file', class: 'sr', tabindex: '-1', 'aria-hidden': 'true' });
    this.fileInput.addEventListener('change', function () {
      var f = self.fileInput.files && self.fileInput.files[0];
      self.fileInput.value = '';
      if (f) self.upload(f);
    });
    this.attachBtn = el('button', { type: 'button', class: 'cbtn attach', hidden: true, onclick: function () { self.fileInput.click(); } }, [icon('clip', 20)]);
    this.inputLabel = el('label', { class: 'sr', for: 'ow-input' });
    this.input = el('textarea', { id: 'ow-input', rows: '1', autocomplete: 'off', maxlength: '4000' });
    this.input.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' && !e.shiftKey && !e.isComposing && e.keyCode !== 229) {
        e.preventDefault();
        self.submitInput();
      }
    });
    this.input.addEventListener('input', function () { self.autosize(); self.updateSendEnabled(); });
    this.sendBtn = el('button', { type: 'button', class: 'cbtn send', disabled: true, onclick: function () { self.submitInput(); } }, [icon('send', 20)]);
    this.uploadStatus = el('div', { class: 'upl', role: 'status', hidden: true });
    this.foot = el('div', { class: 'foot' });
    var composer = el('div', { class: 'composer' }, [this.attachBtn, this.inputLabel, this.input, this.sendBtn, this.fileInput]);

    this.panel = el('div', {
      class: 'panel', id: 'ow-panel', role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': 'ow-title', hidden: true
    }, [head, this.connBanner, this.handoffBanner, this.progress, this.body, this.uploadStatus, composer, this.foot]);
    this.panel.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' || e.key === 'Esc') {
        e.stopPropagation();
        if (!self.drawer.hidden) self.showApplications(false);
        else self.close();
      }
    });

    wrap.appendChild(this.panel);
    wrap.appendChild(this.launcher);
    this.applyStrings();
  };

  Widget.prototype.mount = function () {
    var self = this;
    var attach = function () { (document.body || document.documentElement).appendChild(self.host); };
    if (document.body) attach(); else document.addEventListener('DOMContentLoaded', attach);
    window.addEventListener('online', function () { if (self.wsWanted) self.connectSocket(); });
    // another tab started a new conversation (its token was rejected, or reset()): follow it
    window.addEventListener('storage', function (e) {
      if (e.key !== STORAGE_KEY || !self.conv) return;
      var next = loadStored();
      if (next && next.id && next.id !== self.conv.id && self.storedMatchesIdentity(next)) {
        self.disconnectSocket();
        self.conv = null;
        self.ready = null;
        self.resetView();
        self.ensureConversation();
      }
    });
    document.addEventListener('visibilitychange', function () {
      if (document.visibilityState === 'visible' && self.wsWanted && !self.ws) self.connectSocket();
    });
    // A conversation kept from an earlier visit is resumed straight away, so that
    // staff replies and status changes show up as an unread badge on the launcher.
    var stored = loadStored();
    if (stored && stored.id && stored.token && this.storedMatchesIdentity(stored)) this.ensureConversation();
  };

  Widget.prototype.applyStrings = function () {
    this.wrap.setAttribute('lang', locale === 'zh' ? 'zh-CN' : 'en');
    this.launcherText.textContent = t('widget.launcherText');
    this.launcher.setAttribute('aria-label', t('widget.launcherOpen'));
    this.titleEl.textContent = t('widget.brand');
    this.closeBtn.setAttribute('aria-label', t('widget.close'));
    this.closeBtn.title = t('widget.close');
    this.appsBtn.setAttribute('aria-label', t('widget.applications'));
    this.appsBtn.title = t('widget.applications');
    this.log.setAttribute('aria-label', t('widget.logLabel'));
    this.typing.querySelector('.sr').textContent = t('widget.typing');
    this.qr.setAttribute('aria-label', t('widget.suggested'));
    this.drawerTitle.textContent = t('widget.applications');
    this.drawerBack.lastChild.textContent = t('widget.back');
    this.drawerBack.setAttribute('aria-label', t('widget.back'));
    this.attachBtn.setAttribute('aria-label', t('widget.attach'));
    this.attachBtn.title = t('widget.attach');
    this.fileInput.setAttribute('aria-label', t('widget.chooseFile'));
    this.inputLabel.textContent = t('widget.inputLabel');
    this.sendBtn.setAttribute('aria-label', t('widget.send'));
    this.sendBtn.title = t('widget.send');
    this.verifiedEl.lastChild.textContent = t('widget.verified');
    this.foot.textContent = t('widget.footer');
    this.connBanner.lastChild.textContent = t('widget.offline');
    this.renderHeaderStatus();
    this.renderState();
  };

  Widget.prototype.setLocale = function (l) {
    var n = normLocale(l);
    if (!n || n === locale) return;
    locale = n;
    this.processTitles = null;
    this.processTitlesLoading = false;
    var self = this;
    loadTexts(n).then(function () { if (locale === n) self.applyStrings(); });
    this.applyStrings();
  };

  // ------------------------------------------------------------ open/close
  function rememberOpen(open) {
    try {
      if (open) window.sessionStorage.setItem(OPEN_KEY, '1'); else window.sessionStorage.removeItem(OPEN_KEY);
    } catch (e) { /* storage disabled */ }
  }

  Widget.prototype.open = function (opts) {
    var moveFocus = !(opts && opts.focus === false);
    if (this.opened) { if (moveFocus) this.input.focus(); return; }
    rememberOpen(true);
    this.opened = true;
    this.panel.hidden = false;
    this.launcher.setAttribute('aria-expanded', 'true');
    this.unread = 0;
    this.renderBadge();
    this.lockPageScroll(true);
    this.ensureConversation();
    var self = this;
    this.scrollToEnd(true);
    // focus moves into the panel (not when it is reopened by itself on the next page)
    if (moveFocus) setTimeout(function () { self.input.focus(); }, 0);
  };

  Widget.prototype.close = function () {
    if (!this.opened) return;
    this.opened = false;
    rememberOpen(false);
    this.panel.hidden = true;
    this.launcher.setAttribute('aria-expanded', 'false');
    this.lockPageScroll(false);
    this.launcher.focus();
  };

  // On a phone the panel covers the screen; the page behind it should not scroll under the finger.
  Widget.prototype.lockPageScroll = function (lock) {
    var docEl = document.documentElement;
    if (lock) {
      if (this.savedOverflow != null || !window.matchMedia || !window.matchMedia('(max-width: 480px)').matches) return;
      this.savedOverflow = docEl.style.overflow;
      docEl.style.overflow = 'hidden';
    } else if (this.savedOverflow != null) {
      docEl.style.overflow = this.savedOverflow;
      this.savedOverflow = null;
    }
  };

  Widget.prototype.toggle = function () { if (this.opened) this.close(); else this.open(); };

  // ------------------------------------------------------------ conversation lifecycle
  Widget.prototype.storedMatchesIdentity = function (stored) {
    var want = identity ? identity.uscc : null;
    return (stored.uscc || null) === want;
  };

  Widget.prototype.ensureConversation = function () {
    var self = this;
    if (this.ready) return this.ready;
    // The texts first, so that the welcome and the names of who speaks are there with the first message;
    // without them (the API is unreachable) the conversation fails and says so on its own.
    this.ready = loadTexts(locale).then(function () { return self.resumeOrCreate(); }).then(function (ok) {
      if (!ok) { self.ready = null; return false; }
      self.wsWanted = true;
      self.connectSocket();
      return true;
    });
    return this.ready;
  };

  Widget.prototype.resumeOrCreate = function () {
    var self = this;
    var stored = loadStored();
    if (stored && stored.id && stored.token && this.storedMatchesIdentity(stored)) {
      this.conv = stored;
      return this.api('GET', '/messages').then(function (res) {
        if (res.ok) {
          self.ingest(res.body, { initial: true });
          return true;
        }
        if (res.status === 401 || res.status === 403 || res.status === 404) {
          saveStored(null);
          self.conv = null;
          self.resetView();
          return self.create();
        }
        self.showUnavailable();
        return false;
      });
    }
    if (stored) saveStored(null);
    return this.create();
  };

  Widget.prototype.create = function () {
    var self = this;
    var body = { channel: 'web', locale: locale };
    if (identity) body.identity = identity;
    return this.request('POST', '/api/v1/conversations', body, null).then(function (res) {
      if (!res.ok && identity && (res.status === 400 || res.status === 401 || res.status === 403)) {
        // A stale or rejected portal signature must not lock the visitor out: continue anonymously.
        identity = null;
        return self.create();
      }
      if (!res.ok || !res.body || !res.body.id) { self.showUnavailable(); return false; }
      self.conv = { id: res.body.id, token: res.body.token, uscc: identity ? identity.uscc : null };
      saveStored(self.conv);
      self.ingest(res.body, { initial: true });
      return true;
    });
  };

  Widget.prototype.restart = function (notify) {
    saveStored(null);
    this.disconnectSocket();
    this.conv = null;
    this.ready = null;
    this.resetView();
    var self = this;
    return this.ensureConversation().then(function (ok) {
      if (ok && notify) self.localNotice(t('widget.restarted'));
      return ok;
    });
  };

  Widget.prototype.resetView = function () {
    this.messages.clear();
    this.statusCards.clear();
    this.lastSeq = 0;
    this.state = null;
    while (this.log.firstChild) this.log.removeChild(this.log.firstChild);
    this.pending.forEach(function (p) { p.node = null; });
    this.renderState();
    this.renderQuickReplies();
  };

  Widget.prototype.showUnavailable = function () {
    if (this.log.querySelector('.unavailable')) return;
    this.localNotice(t('widget.unavailable'), 'unavailable');
  };

  Widget.prototype.localNotice = function (text, cls) {
    var n = el('div', { class: 'notice local ' + (cls || '') , text: text });
    this.log.appendChild(n);
    this.scrollToEnd();
  };

  // ------------------------------------------------------------ HTTP
  Widget.prototype.request = function (method, path, body, token, isForm) {
    var headers = { 'Accept': 'application/json', 'Accept-Language': locale };
    if (token) headers['Authorization'] = 'Bearer ' + token;
    var init = { method: method, headers: headers, mode: 'cors', credentials: 'omit' };
    if (body != null) {
      if (isForm) init.body = body;
      else { headers['Content-Type'] = 'application/json'; init.body = JSON.stringify(body); }
    }
    return fetch(apiBase + path, init).then(function (r) {
      return r.text().then(function (txt) {
        var parsed = null;
        try { parsed = txt ? JSON.parse(txt) : null; } catch (e) { parsed = null; }
        return { ok: r.ok, status: r.status, body: parsed };
      });
    }, function (err) {
      return { ok: false, status: 0, network: true, error: err };
    });
  };

  Widget.prototype.api = function (method, sub, body, isForm) {
    if (!this.conv) return Promise.resolve({ ok: false, status: 0 });
    return this.request(method, '/api/v1/conversations/' + encodeURIComponent(this.conv.id) + sub, body, this.conv.token, isForm);
  };

  // ------------------------------------------------------------ incoming data
  Widget.prototype.ingest = function (payload, opts) {
    if (!payload) return;
    var self = this;
    (payload.messages || []).forEach(function (m) { self.addMessage(m, opts); });
    if (payload.state) this.applyState(payload.state);
    if (opts && opts.initial && !this.messages.size && !this.log.querySelector('.intro')) {
      // the server greets nobody yet: a local, unnumbered welcome keeps the panel from looking empty
      var col = el('div', { class: 'col' }, [el('div', { class: 'bubble', text: t('widget.welcome') })]);
      this.log.insertBefore(el('div', { class: 'msg bot intro' }, [
        el('div', { class: 'avatar', 'aria-hidden': 'true' }, [icon('bot', 18)]), col]), this.log.firstChild);
    }
    this.renderQuickReplies();
  };

  Widget.prototype.addMessage = function (m, opts) {
    if (!m || typeof m.seq !== 'number') return;
    if (this.messages.has(m.seq)) return; // seen already: POST reply and socket carry the same seqs
    this.messages.set(m.seq, m);
    if (m.seq > this.lastSeq) this.lastSeq = m.seq;
    if (m.from === 'user') this.settlePending(m);
    var node = this.renderMessage(m);
    var log = this.log;
    var nearBottom = log.scrollHeight - log.scrollTop - log.clientHeight < 80;
    // insert in seq order (pending bubbles and the typing indicator always stay last)
    var before = null;
    var kids = log.children;
    for (var i = 0; i < kids.length; i++) {
      var s = kids[i].getAttribute('data-seq');
      if ((s !== null && Number(s) > m.seq) || kids[i].classList.contains('pending') || kids[i] === this.typing) {
        before = kids[i];
        break;
      }
    }
    log.insertBefore(node, before);
    if (!(opts && opts.initial) && m.from !== 'user' && !this.opened) {
      this.unread++;
      this.renderBadge();
    }
    // don't pull a reader who scrolled up back down, unless it is their own message
    if (nearBottom || m.from === 'user' || (opts && opts.initial)) this.scrollToEnd();
    this.renderQuickReplies();
  };

  Widget.prototype.settlePending = function (m) {
    // The stored user message replaces its optimistic bubble.
    var idx = -1;
    for (var i = 0; i < this.pending.length; i++) {
      var p = this.pending[i];
      if (p.body.text != null ? p.body.text === m.text : true) { idx = i; break; }
    }
    if (idx < 0) return;
    var p2 = this.pending.splice(idx, 1)[0];
    p2.settled = true;
    if (p2.node && p2.node.parentNode) p2.node.parentNode.removeChild(p2.node);
  };

  Widget.prototype.applyState = function (state) {
    if (!state) return;
    this.state = state;
    var self = this;
    this.keepBottom(function () { self.renderState(); });
  };

  // Re-renders that change heights (a card growing, the quick-reply row appearing) keep a reader
  // who was at the newest message there.
  Widget.prototype.keepBottom = function (fn) {
    var log = this.log;
    var atEnd = log.scrollHeight - log.scrollTop - log.clientHeight < 80;
    fn();
    if (atEnd) this.scrollToEnd();
  };

  // ------------------------------------------------------------ rendering
  Widget.prototype.renderMessage = function (m) {
    var from = m.from || 'bot';
    var node;
    if (m.type === 'notice' || from === 'system' && m.type !== 'status') {
      node = el('div', { class: 'notice', 'data-from': from });
      node.appendChild(formatText(m.text));
    } else {
      var col = el('div', { class: 'col' });
      if (from === 'staff' || from === 'system') {
        col.appendChild(el('span', { class: 'who', text: from === 'staff' ? (m.author || m.staffName ? (m.author || m.staffName) + ' · ' + t('widget.staff') : t('widget.staff')) : t('widget.system') }));
      } else if (from === 'bot') {
        col.appendChild(el('span', { class: 'who sr', text: t('widget.bot') }));
      } else {
        col.appendChild(el('span', { class: 'who sr', text: t('widget.you') }));
      }
      if (m.type === 'status') {
        col.appendChild(this.statusCard(m.submissionId, m.text, m));
      } else if (m.type === 'file') {
        var f = m.file || {};
        var name = f.name || f.filename || f.fileName || m.text || 'file';
        var size = formatSize(f.size);
        col.appendChild(el('div', { class: 'bubble filecard' }, [icon('doc', 22),
          el('div', {}, [el('div', { text: name }), size ? el('div', { class: 'meta', text: size }) : null])]));
      } else {
        var bubble = el('div', { class: 'bubble' });
        bubble.appendChild(formatText(from === 'user' ? this.actionLabel(m) : m.text));
        col.appendChild(bubble);
      }
      if (m.citations && m.citations.length) col.appendChild(this.citations(m.citations));
      var time = formatTime(m.at);
      if (time) col.appendChild(el('span', { class: 'time', text: time }));
      var kids = [];
      if (from !== 'user') {
        kids.push(el('div', { class: 'avatar', 'aria-hidden': 'true' }, [icon(from === 'staff' ? 'person' : 'bot', 18)]));
      }
      kids.push(col);
      node = el('div', { class: 'msg ' + from }, kids);
    }
    node.setAttribute('data-seq', String(m.seq));
    node.setAttribute('data-from', from);
    node.setAttribute('data-type', m.type || 'text');
    return node;
  };

  // A pressed quick reply is shown by its label, even where the stored message holds the action.
  Widget.prototype.actionLabel = function (m) {
    var text = m.text;
    if (!text || !/^[\w-]+:\S+$/.test(text)) return text;
    var best = null, bestSeq = -1;
    this.messages.forEach(function (other, seq) {
      if (seq >= m.seq || seq <= bestSeq || !other.quickReplies) return;
      for (var i = 0; i < other.quickReplies.length; i++) {
        var q = other.quickReplies[i];
        if (q && q.action === text && q.label) { best = q.label; bestSeq = seq; }
      }
    });
    return best || text;
  };

  Widget.prototype.citations = function (cites) {
    var list = el('ol');
    cites.forEach(function (c) {
      if (!c) return;
      var li = el('li');
      var title = c.title || c.source || '';
      if (c.source) {
        li.appendChild(el('a', { href: kbHref(c.source), target: '_blank', rel: 'noopener noreferrer', text: title }));
      } else {
        li.appendChild(document.createTextNode(title));
      }
      if (c.section) li.appendChild(el('span', { class: 'sec', text: ' · ' + c.section }));
      if (c.verified === false) li.appendChild(el('span', { class: 'unverified', text: ' · ' + t('widget.unverified') }));
      list.appendChild(li);
    });
    return el('div', { class: 'cites' }, [el('div', { class: 'lbl', text: t('widget.sources') }), list]);
  };

  Widget.prototype.findSubmission = function (id) {
    var subs = (this.state && this.state.submissions) || [];
    for (var i = 0; i < subs.length; i++) if (subs[i].id === id) return subs[i];
    return null;
  };

  Widget.prototype.statusCard = function (submissionId, text, msg) {
    var card = el('div', { class: 'card', 'data-submission': submissionId || '' });
    card._text = text;
    card._seq = msg ? msg.seq : 0;
    if (submissionId) {
      var list = this.statusCards.get(submissionId) || [];
      list.push(card);
      this.statusCards.set(submissionId, list);
      this.refreshCards(submissionId);
    } else {
      this.fillCard(card, null);
    }
    return card;
  };

  // The newest card of a submission shows its live status; earlier ones stay as they were said,
  // so the log reads as a history rather than repeating today's status everywhere.
  Widget.prototype.refreshCards = function (submissionId) {
    var cards = this.statusCards.get(submissionId) || [];
    var latest = null;
    cards.forEach(function (c) { if (!latest || c._seq > latest._seq) latest = c; });
    var sub = this.findSubmission(submissionId);
    var self = this;
    cards.forEach(function (c) {
      if (c === latest) { self.fillCard(c, sub); return; }
      while (c.firstChild) c.removeChild(c.firstChild);
      c.className = 'card past';
      if (sub) c.appendChild(el('div', { class: 'cname', text: (sub.title || self.processTitle(sub.process)) + ' · ' + sub.receipt }));
      var tx = el('div', { class: 'ctext' });
      tx.appendChild(formatText(c._text || ''));
      c.appendChild(tx);
    });
  };

  Widget.prototype.processTitle = function (processId) {
    var p = this.state && this.state.process;
    if (p && p.id === processId && p.title) return p.title;
    if (this.processTitles && this.processTitles[processId]) return this.processTitles[processId];
    this.loadProcessTitles();
    return processId || '';
  };

  // Submissions name their process by id; the titles (in the widget's language) come from
  // GET /api/v1/processes, fetched once when a card first needs one.
  Widget.prototype.loadProcessTitles = function () {
    var self = this;
    if (this.processTitlesLoading) return;
    this.processTitlesLoading = true;
    this.request('GET', '/api/v1/processes', null, null).then(function (res) {
      if (!res.ok || !Array.isArray(res.body)) return;
      self.processTitles = {};
      res.body.forEach(function (p) { if (p && p.id) self.processTitles[p.id] = p.title || p.id; });
      self.renderState();
    });
  };

  Widget.prototype.fillCard = function (card, sub) {
    while (card.firstChild) card.removeChild(card.firstChild);
    card.className = 'card';
    if (!sub) {
      card.appendChild(formatText(card._text || ''));
      return;
    }
    card.classList.add('s-' + sub.status);
    card.appendChild(el('div', { class: 'ctop' }, [
      el('span', { class: 'cname', text: sub.title || sub.processTitle || this.processTitle(sub.process) }),
      el('span', { class: 'pill s-' + sub.status, text: statusLabel(sub.status) })
    ]));
    var dl = el('dl');
    dl.appendChild(el('dt', { text: t('widget.receipt') }));
    dl.appendChild(el('dd', { text: sub.receipt + (sub.version > 1 ? ' (' + t('widget.version', { v: sub.version }) + ')' : '') }));
    if (sub.expectedBy) {
      dl.appendChild(el('dt', { text: t('widget.expectedBy') }));
      dl.appendChild(el('dd', { text: formatDate(sub.expectedBy) }));
    }
    card.appendChild(dl);
    if (sub.targets && sub.targets.length) {
      var ul = el('ul', { class: 'targets' });
      sub.targets.forEach(function (tg) {
        ul.appendChild(el('li', {}, [
          el('span', { text: tg.name || tg.department || connectorLabel(tg.connector) }),
          el('span', { class: 'pill s-' + tg.status, text: statusLabel(tg.status) }),
          tg.comment ? el('span', { class: 'cm', text: tg.comment }) : null
        ]));
      });
      card.appendChild(ul);
    }
    if (card._text) {
      var tx = el('div', { class: 'ctext' });
      tx.appendChild(formatText(card._text));
      card.appendChild(tx);
    }
  };

  Widget.prototype.renderState = function () {
    var s = this.state || {};
    // progress
    var p = s.mode === 'process' || s.process ? s.process : null;
    if (p) {
      this.progress.hidden = false;
      this.progressTitle.textContent = p.title || p.id || '';
      var n = Number(p.step) || 0, m = Number(p.steps) || 0;
      this.progressStep.textContent = m ? t('widget.step', { n: n, m: m }) : '';
      var pct = m ? Math.max(0, Math.min(100, Math.round((n - 1) / m * 100 + 100 / m / 2))) : 0;
      if (m && n >= m) pct = Math.max(pct, 95);
      this.progressFill.style.width = pct + '%';
      this.progressBar.setAttribute('aria-valuemax', String(m || 1));
      this.progressBar.setAttribute('aria-valuenow', String(n));
      this.progressBar.setAttribute('aria-valuetext', (p.title || '') + ' ' + (m ? t('widget.step', { n: n, m: m }) : ''));
      this.progressBar.setAttribute('aria-label', t('widget.progress'));
      var f = p.field;
      this.progressField.textContent = f && f.label ? capitalise(f.label) + (f.required ? ' *' : '') : '';
      this.progressField.hidden = !(f && f.label);
    } else {
      this.progress.hidden = true;
    }
    var field = p && p.field;
    var isFile = !!(field && field.type === 'file');
    this.attachBtn.hidden = !isFile;
    var hint = field ? text('widget.hint.' + field.type) : null;
    var withStaff = s.handoff && s.handoff.status === 'active';
    this.input.placeholder = isFile ? t('widget.hint.file')
      : (hint || (field && field.label && capitalise(field.label)) || (withStaff ? t('widget.replyStaff') : t('widget.placeholder')));
    var im = field && { number: 'decimal', money: 'decimal', phone: 'tel', email: 'email', 'id-card': 'text', uscc: 'text' }[field.type];
    if (im) this.input.setAttribute('inputmode', im); else this.input.removeAttribute('inputmode');

    // handoff
    var h = s.handoff;
    if (h && (h.status === 'queued' || h.status === 'active')) {
      this.handoffBanner.hidden = false;
      this.handoffBanner.className = 'banner handoff ' + h.status;
      var ic = this.handoffBanner.querySelector('.hicon');
      while (ic.firstChild) ic.removeChild(ic.firstChild);
      ic.appendChild(h.status === 'queued' ? el('span', { class: 'spinner', 'aria-hidden': 'true' }) : icon('person', 18));
      var dept = h.departmentName || h.department;
      this.handoffBanner.querySelector('.htext').textContent = h.status === 'queued'
        ? (dept ? t('widget.queuedDept', { dept: dept }) : t('widget.queued'))
        : (dept ? t('widget.activeDept', { dept: dept }) : t('widget.active'));
    } else {
      this.handoffBanner.hidden = true;
    }
    // submissions
    var subs = s.submissions || [];
    this.appsCount.hidden = !subs.length;
    this.appsCount.textContent = String(subs.length);
    // The count is part of the button's name, not only drawn on it.
    var appsName = t('widget.applications') + (subs.length ? ' (' + subs.length + ')' : '');
    this.appsBtn.setAttribute('aria-label', appsName);
    this.appsBtn.title = appsName;
    var self = this;
    this.statusCards.forEach(function (cards, id) { self.refreshCards(id); });
    if (!this.drawer.hidden) this.renderApplications();
    this.renderHeaderStatus();
    this.renderQuickReplies();
  };

  Widget.prototype.renderHeaderStatus = function () {
    var h = this.state && this.state.handoff;
    var text = t('widget.subtitle');
    if (h && h.status === 'active') text = t('widget.withStaff');
    else if (h && h.status === 'queued') text = t('widget.queued');
    this.subEl.textContent = text;
    this.dot.className = 'dot' + (this.connected ? '' : ' off');
    this.verifiedEl.hidden = !(this.conv && this.conv.uscc);
    if (this.conv && this.conv.uscc) {
      var nm = (identity && identity.name) || '';
      this.verifiedEl.title = nm ? nm + ' · ' + this.conv.uscc : this.conv.uscc;
    }
  };

  Widget.prototype.showApplications = function (show) {
    this.drawer.hidden = !show;
    if (show) {
      this.renderApplications();
      this.drawerBack.focus();
    } else {
      this.appsBtn.focus();
    }
  };

  Widget.prototype.renderApplications = function () {
    var list = this.drawerList;
    while (list.firstChild) list.removeChild(list.firstChild);
    var subs = (this.state && this.state.submissions) || [];
    if (!subs.length) { list.appendChild(el('div', { class: 'empty', text: t('widget.noApplications') })); return; }
    var self = this;
    subs.slice().reverse().forEach(function (sub) {
      var card = el('div', { class: 'card' });
      card._text = '';
      self.fillCard(card, sub);
      list.appendChild(card);
    });
  };

  Widget.prototype.lastMessage = function () {
    var max = -Infinity, last = null;
    this.messages.forEach(function (m, seq) { if (seq > max) { max = seq; last = m; } });
    return last;
  };

  Widget.prototype.renderQuickReplies = function () {
    if (!this.qr) return;
    var self0 = this;
    this.keepBottom(function () { self0.fillQuickReplies(); });
  };

  Widget.prototype.fillQuickReplies = function () {
    var qr = this.qr;
    while (qr.firstChild) qr.removeChild(qr.firstChild);
    var self = this;
    var last = this.lastMessage();
    var items = [];
    if (last && last.from !== 'user' && last.quickReplies && last.quickReplies.length && !this.pending.length) {
      last.quickReplies.forEach(function (q) {
        if (!q || !q.action) return;
        // navigation (back, skip, cancel) and feedback are shown quieter than the answers themselves
        var nav = /:(back|skip|cancel)$/.test(q.action) || q.action === 'feedback:wrong';
        items.push(el('button', { type: 'button', class: nav ? 'chip nav' : 'chip', 'data-action': q.action, text: q.label || q.action,
          onclick: function () { self.sendAction(q.action, q.label || q.action); self.input.focus(); } }));
      });
    }
    var p = this.state && this.state.process;
    var field = p && p.field;
    if (!items.length && field && field.options && field.options.length && !this.pending.length) {
      field.options.forEach(function (o) {
        items.push(el('button', { type: 'button', class: 'chip', 'data-value': o.value, text: o.label || o.value,
          onclick: function () { self.sendText(o.label || String(o.value)); self.input.focus(); } }));
      });
    }
    if (field && field.type === 'file') {
      items.push(el('button', { type: 'button', class: 'chip upload', onclick: function () { self.fileInput.click(); } },
        [icon('clip', 16), el('span', { text: t('widget.chooseFile') })]));
    }
    items.forEach(function (b) { qr.appendChild(b); });
    qr.hidden = !items.length;
  };

  Widget.prototype.renderBadge = function () {
    this.badge.hidden = !this.unread;
    this.badge.textContent = this.unread > 9 ? '9+' : String(this.unread);
    this.launcher.setAttribute('aria-label', this.unread ? t('widget.launcherOpen') + ' — ' + t('widget.unread', { n: this.unread }) : t('widget.launcherOpen'));
  };

  // Instant, not smooth: a smooth scroll still under way would make the next message's
  // "is the reader at the bottom?" check wrong.
  Widget.prototype.scrollToEnd = function () {
    if (!this.opened) return;
    this.log.scrollTop = this.log.scrollHeight;
  };

  Widget.prototype.autosize = function () {
    this.input.style.height = 'auto';
    this.input.style.height = Math.min(this.input.scrollHeight + 3, 120) + 'px';
  };

  Widget.prototype.updateSendEnabled = function () {
    this.sendBtn.disabled = !this.input.value.trim();
  };

  Widget.prototype.setTyping = function (on) {
    if (on) {
      this.typing.hidden = false;
      this.log.appendChild(this.typing);
      this.scrollToEnd();
    } else if (!this.inFlight) {
      this.typing.hidden = true;
      if (this.typing.parentNode) this.typing.parentNode.removeChild(this.typing);
    }
  };

  // ------------------------------------------------------------ sending
  Widget.prototype.submitInput = function () {
    var text = this.input.value.trim();
    if (!text) return;
    this.input.value = '';
    this.autosize();
    this.updateSendEnabled();
    this.sendText(text);
    this.input.focus();
  };

  Widget.prototype.sendText = function (text) { return this.enqueue({ text: text }, text); };
  Widget.prototype.sendAction = function (action, label) { return this.enqueue({ action: action }, label); };

  Widget.prototype.enqueue = function (body, label) {
    var self = this;
    var p = { cid: uuid(), body: body, label: label, node: null };
    this.pending.push(p);
    p.node = this.pendingNode(p);
    this.log.appendChild(p.node);
    this.scrollToEnd();
    this.renderQuickReplies();
    this.sendChain = this.sendChain.then(function () { return self.deliver(p, 0); });
    return this.sendChain;
  };

  Widget.prototype.pendingNode = function (p) {
    var bubble = el('div', { class: 'bubble' });
    bubble.appendChild(formatText(p.label));
    return el('div', { class: 'msg user pending', 'data-client-id': p.cid }, [el('div', { class: 'col' }, [bubble])]);
  };

  Widget.prototype.deliver = function (p, attempt) {
    var self = this;
    if (p.settled && p.done) return Promise.resolve();
    this.inFlight++;
    this.setTyping(true);
    return this.ensureConversation().then(function (ok) {
      if (!ok) return { ok: false, status: 0, network: true };
      var body = Object.assign({}, p.body, { clientMessageId: p.cid });
      return self.api('POST', '/messages', body);
    }).then(function (res) {
      self.inFlight--;
      if (res.ok) {
        p.done = true;
        self.setTyping(false);
        self.ingest(res.body);
        if (!p.settled) self.settleLocal(p);
        return;
      }
      if (res.network && attempt === 0) {
        // one retry with the same clientMessageId: the server answers it idempotently
        return new Promise(function (r) { setTimeout(r, 1000); }).then(function () { return self.deliver(p, 1); });
      }
      if (!res.network && attempt < 2 && (res.status === 401 || res.status === 403 || res.status === 404)) {
        // the conversation is gone: start a new one and send this message there
        return self.restart(true).then(function (ok) {
          if (!ok) { self.setTyping(false); self.markFailed(p); return; }
          if (p.node && !p.node.parentNode) self.log.appendChild(p.node);
          p.cid = uuid();
          return self.deliver(p, 2);
        });
      }
      self.setTyping(false);
      self.markFailed(p, res);
    });
  };

  Widget.prototype.settleLocal = function (p) {
    // the reply did not echo the user's message: keep the bubble as sent
    var i = this.pending.indexOf(p);
    if (i >= 0) this.pending.splice(i, 1);
    p.settled = true;
    if (p.node) { p.node.classList.remove('pending'); p.node.setAttribute('data-local', 'sent'); }
    this.renderQuickReplies();
  };

  Widget.prototype.markFailed = function (p, res) {
    var self = this;
    // a failed message no longer holds back the quick replies
    var i = this.pending.indexOf(p);
    if (i >= 0) this.pending.splice(i, 1);
    this.renderQuickReplies();
    if (!p.node) return;
    p.node.classList.remove('pending');
    p.node.classList.add('failed');
    var col = p.node.querySelector('.col');
    var old = col.querySelector('.failbar');
    if (old) col.removeChild(old);
    var msg = res && res.body && res.body.error && res.body.error.message;
    col.appendChild(el('div', { class: 'failbar', role: 'alert' }, [
      el('span', { text: t('widget.sendFailed') + (msg ? ' — ' + msg : '') }),
      res && res.status >= 400 && res.status < 500 && res.status !== 408 && res.status !== 429 ? null :
        el('button', { type: 'button', text: t('widget.retry'), onclick: function () {
          p.node.classList.remove('failed');
          var fb = col.querySelector('.failbar');
          if (fb) col.removeChild(fb);
          if (self.pending.indexOf(p) < 0) self.pending.push(p);
          p.node.classList.add('pending');
          self.log.appendChild(p.node);
          self.sendChain = self.sendChain.then(function () { return self.deliver(p, 1); });
        } })
    ]));
  };

  // ------------------------------------------------------------ upload
  Widget.prototype.upload = function (file) {
    var self = this;
    var st = this.uploadStatus;
    st.hidden = false;
    st.className = 'upl';
    if (file.size > MAX_UPLOAD) {
      st.className = 'upl err';
      st.textContent = t('widget.uploadFailed', { reason: t('widget.tooLarge') });
      return Promise.resolve(false);
    }
    st.textContent = t('widget.uploading', { name: file.name });
    var form = new FormData();
    form.append('file', file, file.name);
    this.inFlight++;
    this.setTyping(true);
    return this.ensureConversation().then(function () {
      return self.api('POST', '/files', form, true);
    }).then(function (res) {
      self.inFlight--;
      self.setTyping(false);
      if (res.ok) {
        st.textContent = t('widget.uploaded', { name: file.name });
        setTimeout(function () { if (st.textContent === t('widget.uploaded', { name: file.name })) st.hidden = true; }, 4000);
        self.input.focus();
        // the reply carries the turn the upload caused; without it, fetch what we missed
        if (res.body && Array.isArray(res.body.messages)) { self.ingest(res.body); return true; }
        return self.catchUp().then(function () { return true; });
      }
      st.className = 'upl err';
      var reason = res.status === 413 ? t('widget.tooLarge') : (res.body && res.body.error && res.body.error.message) || ('HTTP ' + (res.status || '—'));
      st.textContent = t('widget.uploadFailed', { reason: reason });
      return false;
    });
  };

  Widget.prototype.catchUp = function () {
    var self = this;
    if (!this.conv) return Promise.resolve();
    return this.api('GET', '/messages?after=' + this.lastSeq).then(function (res) {
      if (res.ok) self.ingest(res.body);
      else if (res.status === 401 || res.status === 403 || res.status === 404) return self.restart(true);
    });
  };

  // ------------------------------------------------------------ WebSocket
  Widget.prototype.connectSocket = function () {
    var self = this;
    if (!this.conv || !window.WebSocket) return;
    if (this.ws && (this.ws.readyState === 0 || this.ws.readyState === 1)) return;
    clearTimeout(this.wsTimer);
    var url = apiBase.replace(/^http/, 'ws') + '/api/v1/conversations/' + encodeURIComponent(this.conv.id) +
      '/events?token=' + encodeURIComponent(this.conv.token) + '&after=' + this.lastSeq;
    var ws;
    try { ws = new WebSocket(url); } catch (e) { this.scheduleReconnect(); return; }
    this.ws = ws;
    var opened = false;
    var convId = this.conv.id;
    ws.onopen = function () {
      opened = true;
      self.wsOpenedAt = Date.now();
      self.wsFailures = 0;
      self.setConnected(true);
    };
    ws.onmessage = function (ev) {
      if (!self.conv || self.conv.id !== convId) return;
      var data;
      try { data = JSON.parse(ev.data); } catch (e) { return; }
      if (!data) return;
      if (data.type === 'message' && data.message) self.addMessage(data.message);
      else if (data.type === 'state' && data.state) self.applyState(data.state);
      else if (data.type === 'messages' && data.messages) self.ingest({ messages: data.messages });
    };
    ws.onclose = function (ev) {
      if (self.ws === ws) self.ws = null;
      if (!self.wsWanted || !self.conv || self.conv.id !== convId) return;
      // a connection that lived a while resets the backoff; one that keeps dropping at once does not
      if (opened && Date.now() - self.wsOpenedAt > 10000) self.wsBackoff = 0;
      if (!opened) self.wsFailures = (self.wsFailures || 0) + 1;
      if (ev && (ev.code === 4401 || ev.code === 4403 || ev.code === 4404 || ev.code === 1008)) {
        // token rejected: check over HTTP, which starts a new conversation if it is gone
        self.catchUp();
      }
      self.scheduleReconnect();
    };
    ws.onerror = function () { /* onclose follows */ };
  };

  Widget.prototype.scheduleReconnect = function () {
    var self = this;
    clearTimeout(this.wsTimer);
    this.wsBackoff = Math.min((this.wsBackoff || 0) + 1, 8);
    if ((this.wsFailures || 0) >= 2) this.setConnected(false);
    // 0.5s, 1s, 2s, 4s … capped at 30s, with jitter
    var delay = Math.min(30000, 500 * Math.pow(2, this.wsBackoff - 1));
    delay = delay * (0.75 + Math.random() * 0.5);
    if (this.wsFailures === 2) this.catchUp(); // the socket keeps failing: fetch what we missed over HTTP
    this.wsTimer = setTimeout(function () { self.connectSocket(); }, delay);
  };

  Widget.prototype.disconnectSocket = function () {
    this.wsWanted = false;
    clearTimeout(this.wsTimer);
    if (this.ws) { try { this.ws.close(1000); } catch (e) { /* ignore */ } }
    this.ws = null;
  };

  Widget.prototype.setConnected = function (on) {
    if (this.connected === on) return;
    this.connected = on;
    this.connBanner.hidden = on;
    this.renderHeaderStatus();
  };

  // ---------------------------------------------------------------- public API
  var widget = new Widget();
  loadTexts(locale).then(function () { widget.applyStrings(); });

  var api = {
    __loaded: true,
    version: VERSION,
    open: function () { widget.open(); },
    close: function () { widget.close(); },
    toggle: function () { widget.toggle(); },
    setLocale: function (l) { widget.setLocale(l); },
    identify: function (id) {
      if (!id || !id.uscc || !id.sig || id.ts == null) throw new Error('OneWindow.identify needs {uscc, name, ts, sig}');
      identity = { uscc: String(id.uscc), name: id.name ? String(id.name) : undefined, ts: Number(id.ts), sig: String(id.sig) };
      if (widget.conv && widget.conv.uscc !== identity.uscc) widget.restart(false);
    },
    reset: function () { return widget.restart(false); },
    get conversationId() { return widget.conv ? widget.conv.id : null; },
    get lastSeq() { return widget.lastSeq; },
    get state() { return widget.state; },
    _debug: { widget: widget }
  };

  // replay calls queued before the script loaded
  var queued = existing && Array.isArray(existing.q) ? existing.q : [];
  window.OneWindow = api;
  queued.forEach(function (call) {
    try {
      var args = Array.prototype.slice.call(call);
      if (typeof api[args[0]] === 'function') api[args[0]].apply(api, args.slice(1));
    } catch (e) { if (window.console) console.warn('OneWindow:', e); }
  });

  widget.mount();

  // the host page (or a test) may change data-locale after the tag was inserted
  if (script && window.MutationObserver) {
    new MutationObserver(function () { widget.setLocale(script.getAttribute('data-locale')); })
      .observe(script, { attributes: true, attributeFilter: ['data-locale'] });
  }
  // open on load when asked to, or when it was open as the visitor left the previous page of the portal
  var wasOpen = false;
  try { wasOpen = window.sessionStorage.getItem(OPEN_KEY) === '1'; } catch (e) { wasOpen = false; }
  if (script && script.getAttribute('data-open') === 'true') widget.open();
  else if (wasOpen) widget.open({ focus: false });
  try { window.dispatchEvent(new CustomEvent('onewindow:ready')); } catch (e) { /* old browsers */ }
})();
