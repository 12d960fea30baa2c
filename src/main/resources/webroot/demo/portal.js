/* Demo portal: ?lang=en|zh picks the page language and the widget's data-locale. */
(function () {
  var lang = (new URLSearchParams(window.location.search).get('lang') || '').toLowerCase();
  if (lang !== 'en' && lang !== 'zh') lang = 'zh';
  document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
  if (lang === 'en') document.title = 'XX Industrial Park — Government Services';
  function apply() {
    var tag = document.querySelector('script[src$="/widget.js"]');
    if (tag && tag.getAttribute('data-locale') !== lang) tag.setAttribute('data-locale', lang);
    var cur = document.getElementById('lang-' + lang);
    if (cur) cur.setAttribute('aria-current', 'true');
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', apply); else apply();
})();
