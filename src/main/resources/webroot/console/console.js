/* OneWindow staff console. Plain JS, no build step. Every message and user-provided string is
 * rendered with textContent (never innerHTML), so what enterprises type cannot run here. */
(function () {
  'use strict';

  var SESSION_KEY = 'onewindow.staff';
  // Only while the live queue socket is down: it pushes every change otherwise.
  var QUEUE_REFRESH_MS = 30000;
  var ALERTS_KEY = 'onewindow.console.alerts';
  var LIST_REFRESH_MS = 15000;

  // Every text is a message of the server's catalogue (GET /api/v1/messages/{lang}, keys console.*), both
  // languages at once: the canned replies of both are offered whatever the console's own language.
  var LANGS = ['zh', 'en'];
  var TEXTS = { zh: {}, en: {} };
  // The departments' names (keys department.<id>) come from the park's registry through the same endpoint.
  function loadTexts() {
    return Promise.all(LANGS.map(function (l) {
      return fetch('/api/v1/messages/' + l + '?prefix=console.&prefix=department.', { headers: { Accept: 'application/json' } })
        .then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.json(); })
        .then(function (texts) { TEXTS[l] = texts; });
    }));
  }
  /** The ids of the park's departments, from the registry's names. */
  function departmentIds() {
    return Object.keys(TEXTS.zh).filter(function (k) { return k.indexOf('department.') === 0; })
      .map(function (k) { return k.slice('department.'.length); });
  }
  /** An ICU-style message with {name} and {name, number} filled in; '' is an apostrophe. */
  function format(pattern, vars) {
    return pattern.replace(/'('|[{}][^']*')|\{\s*(\w+)\s*(,\s*number\s*)?\}/g, function (m, quoted, name, number) {
      if (quoted) { return quoted === "'" ? "'" : quoted.slice(0, -1); }
      var v = vars ? vars[name] : null;
      if (v === null || v === undefined) { return ''; }
      return number && typeof v === 'number' ? v.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB') : String(v);
    });
  }
  /** The text of {@code key} in {@code l}, or undefined when the catalogue has none. */
  function textIn(l, key, vars) {
    var pattern = TEXTS[l] && TEXTS[l][key];
    return pattern === undefined || pattern === null ? undefined : format(pattern, vars);
  }

  /** The canned replies, by their id in the catalogue (console.canned.<id>.label / .text). */
  var CANNED = ['greeting', 'upload', 'callBack', 'backToBot'];

  var lang = localStorage.getItem('onewindow.console.lang') || 'zh';
  var session = readSession();
  var current = null;   // {id, lastSeq, seen:Set, socket, retry, messages:[]}
  var timers = [];
  var charts = {};
  var lastSummary = null;

  function t(key, vars) { return textIn(lang, key, vars) || textIn('zh', key, vars) || key; }
  function $(id) { return document.getElementById(id); }

  /* Builds an element; strings among children become text nodes (never parsed as HTML). */
  function h(tag, attrs) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        var v = attrs[k];
        if (v === null || v === undefined || v === false) { return; }
        if (k === 'class') { node.className = v; }
        else if (k === 'text') { node.textContent = v; }
        else if (k.indexOf('on') === 0) { node.addEventListener(k.substring(2), v); }
        else { node.setAttribute(k, v === true ? '' : String(v)); }
      });
    }
    for (var i = 2; i < arguments.length; i++) {
      var c = arguments[i];
      if (c === null || c === undefined || c === false) { continue; }
      if (Array.isArray(c)) { c.forEach(function (x) { if (x) { node.appendChild(typeof x === 'string' ? document.createTextNode(x) : x); } }); }
      else { node.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c); }
    }
    return node;
  }
  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } return node; }

  function readSession() {
    try {
      var s = JSON.parse(sessionStorage.getItem(SESSION_KEY) || 'null');
      if (s && s.expiresAt && Date.parse(s.expiresAt) < Date.now()) { return null; }
      return s;
    } catch (e) { return null; }
  }

  function roleRank(role) { return { agent: 1, supervisor: 2, admin: 3 }[role] || 0; }

  function api(method, path, body) {
    var headers = { 'Accept': 'application/json' };
    if (session) { headers.Authorization = 'Bearer ' + session.token; }
    if (body !== undefined) { headers['Content-Type'] = 'application/json'; }
    return fetch(path, { method: method, headers: headers, body: body === undefined ? undefined : JSON.stringify(body) })
      .then(function (r) {
        return r.text().then(function (text) {
          var json = null;
          try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
          if (r.status === 401 && path !== '/api/v1/staff/login') { logout(true); }
          if (!r.ok) {
            var code = json && json.error && json.error.code;
            var err = new Error(errorText(code, (json && json.error && json.error.message) || ('HTTP ' + r.status)));
            err.code = code;
            err.status = r.status;
            throw err;
          }
          return json;
        });
      });
  }

  /** The API's error in the console's language: codes the catalogue words (console.error.*), others keep the server's text. */
  function errorText(code, serverText) {
    return (code && textIn(lang, 'console.error.' + code)) || serverText;
  }

  function toast(text) {
    var el = $('toast');
    el.textContent = text;
    el.hidden = false;
    clearTimeout(toast.timer);
    toast.timer = setTimeout(function () { el.hidden = true; }, 2600);
  }

  function fmtTime(iso) {
    if (!iso) { return ''; }
    var d = new Date(iso);
    return d.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
  }
  function fmtWait(s) {
    s = Math.max(0, Math.round(s));
    var m = Math.floor(s / 60);
    return m >= 60 ? Math.floor(m / 60) + 'h' + (m % 60) + 'm' : m + ':' + String(s % 60).padStart(2, '0');
  }

  /* ---------- language ---------- */
  function applyLang() {
    document.documentElement.lang = lang;
    document.querySelectorAll('[data-t]').forEach(function (el) { el.textContent = t('console.' + el.getAttribute('data-t')); });
    document.querySelectorAll('[data-tp]').forEach(function (el) { el.placeholder = t('console.' + el.getAttribute('data-tp')); });
    $('lang-toggle').textContent = t('console.langToggle');
    document.title = t('console.appTitle') + ' | OneWindow';
    fillCanned();
    if (session) { renderWho(); }
    if (lastSummary) { renderDashboard(lastSummary); }
  }

  function fillCanned() {
    var select = $('canned');
    clear(select).appendChild(h('option', { value: '' }, t('console.canned')));
    LANGS.forEach(function (l) {
      var group = h('optgroup', { label: textIn(l, 'console.languageName') || l });
      CANNED.forEach(function (id) {
        group.appendChild(h('option', { value: l + ':' + id }, textIn(l, 'console.canned.' + id + '.label') || id));
      });
      select.appendChild(group);
    });
  }

  /* ---------- login ---------- */
  function renderWho() {
    var who = clear($('who'));
    who.appendChild(document.createTextNode(session.staff.username));
    who.appendChild(h('span', { class: 'role' }, session.staff.role));
  }

  function showApp() {
    $('login-view').hidden = true;
    $('tabs').hidden = false;
    $('logout').hidden = false;
    renderWho();
    $('tab-dashboard').hidden = roleRank(session.staff.role) < 2;
    $('tab-admin').hidden = roleRank(session.staff.role) < 3;
    $('alerts-label').hidden = false;
    $('presence-label').hidden = false;
    $('presence').checked = false; // every sign-in starts away: new conversations come only once the agent says so
    $('alerts').checked = localStorage.getItem(ALERTS_KEY) === 'on';
    switchTab('inbox');
    connectQueue();
  }

  /* ---------- presence: available staff are assigned new conversations by department and load ---------- */
  var presenceTimer = null;
  function setPresence(available) {
    clearInterval(presenceTimer);
    presenceTimer = null;
    if (!session) { return; }
    var send = function () {
      api('POST', '/api/v1/staff/presence', { status: available ? 'available' : 'away' })
        .catch(function (e) { toast(e.message); });
    };
    send();
    // "available" lapses after 150 s unless renewed: a closed console stops taking conversations.
    if (available) { presenceTimer = setInterval(send, 60000); }
  }

  /* ---------- the live queue: pushed changes, a sound and a notification for new items ---------- */
  var queueSocket = null;
  var queueRetry = 0;
  var queueReconnect = null;
  var queueReload = null;
  function connectQueue() {
    if (!session) { return; }
    var proto = location.protocol === 'https:' ? 'wss://' : 'ws://';
    var socket = new WebSocket(proto + location.host + '/api/v1/staff/events?token=' + encodeURIComponent(session.token));
    queueSocket = socket;
    socket.onmessage = function (ev) {
      var frame;
      try { frame = JSON.parse(ev.data); } catch (e) { return; }
      if (frame.type === 'ready') { queueRetry = 0; $('live-queue').hidden = false; return; }
      if (frame.type !== 'queue') { return; }
      if (frame.status === 'queued') { alertNewItem(); }
      // A burst of changes (a transfer, a claim) is read once.
      clearTimeout(queueReload);
      queueReload = setTimeout(function () {
        if (!$('inbox-view').hidden) { loadQueues(); loadConversations(); }
      }, 150);
    };
    socket.onclose = function () {
      $('live-queue').hidden = true;
      if (queueSocket !== socket || !session) { return; }
      queueReconnect = setTimeout(connectQueue, Math.min(15000, 500 * Math.pow(2, queueRetry++)));
    };
  }
  function closeQueue() {
    clearTimeout(queueReconnect);
    var socket = queueSocket;
    queueSocket = null;
    if (socket) { socket.close(); }
  }
  function alertNewItem() {
    if (!$('alerts').checked) { return; }
    try {
      var audio = new (window.AudioContext || window.webkitAudioContext)();
      var tone = audio.createOscillator();
      var gain = audio.createGain();
      tone.frequency.value = 880;
      gain.gain.value = 0.08;
      tone.connect(gain); gain.connect(audio.destination);
      tone.start(); tone.stop(audio.currentTime + 0.18);
    } catch (e) { /* no audio here */ }
    if (window.Notification && Notification.permission === 'granted' && document.hidden) {
      new Notification(t('console.appTitle'), { body: t('console.newInQueue'), tag: 'onewindow-queue' });
    }
  }

  function logout(expired) {
    var token = session && session.token;
    session = null;
    sessionStorage.removeItem(SESSION_KEY);
    if (token && !expired) {
      // Away first, then out: a signed-out agent takes no new conversations.
      var away = $('presence').checked
        ? fetch('/api/v1/staff/presence', { method: 'POST', headers: { Authorization: 'Bearer ' + token, 'Content-Type': 'application/json' },
          body: JSON.stringify({ status: 'away' }) }).catch(function () {})
        : Promise.resolve();
      away.then(function () {
        return fetch('/api/v1/staff/logout', { method: 'POST', headers: { Authorization: 'Bearer ' + token } });
      }).catch(function () {});
    }
    $('presence').checked = false;
    clearInterval(presenceTimer);
    stopTimers();
    closeSocket();
    closeQueue();
    current = null;
    ['inbox-view', 'dashboard-view', 'admin-view', 'tabs', 'logout'].forEach(function (id) { $(id).hidden = true; });
    clear($('who'));
    $('login-view').hidden = false;
  }

  /* ---------- tabs ---------- */
  function switchTab(name) {
    document.querySelectorAll('.tab').forEach(function (b) { b.classList.toggle('active', b.getAttribute('data-tab') === name); });
    $('inbox-view').hidden = name !== 'inbox';
    $('dashboard-view').hidden = name !== 'dashboard';
    $('admin-view').hidden = name !== 'admin';
    stopTimers();
    if (name === 'inbox') {
      loadQueues();
      loadConversations();
      timers.push(setInterval(loadQueues, QUEUE_REFRESH_MS));
      timers.push(setInterval(loadConversations, LIST_REFRESH_MS));
    } else if (name === 'dashboard') {
      loadDashboard();
    } else if (name === 'admin') {
      loadDrafts(); loadDead(); loadAudit();
    }
  }
  function stopTimers() { timers.forEach(clearInterval); timers = []; }

  /* ---------- words for the codes the API returns ---------- */
  /** Why a handoff was asked for, as the server records it (in English): the pattern and its message. */
  var REASONS = [[/^asked for a person during (.+)$/, 'console.reason.askedDuring'], [/^asked for a person$/, 'console.reason.askedForPerson'],
    [/^answers kept failing validation in (.+)$/, 'console.reason.failingValidation'],
    [/^the user rated an answer as wrong$/, 'console.reason.ratedWrong'],
    [/^the bot could not answer twice in a row$/, 'console.reason.couldNotAnswer'], [/^picked by staff$/, 'console.reason.pickedByStaff']];
  function word(kind, code) {
    var value = String(code || '').toLowerCase();
    return textIn(lang, 'console.' + kind + '.' + value) || value;
  }
  function reasonText(reason) {
    var out = reason || '';
    REASONS.forEach(function (r) {
      var m = r[0].exec(out);
      if (m) { out = t(r[1], { process: m[1] }); }
    });
    return out;
  }
  function who(item) {
    var name = item.enterprise || t('console.anonymous');
    return item.uscc ? name + ' · ' + item.uscc : name;
  }
  /** Whether a row matches the search box and, for queue rows ({@code status} given), the status filter. */
  function matches(text, status) {
    var q = ($('queue-filter').value || '').trim().toLowerCase();
    var wanted = $('status-filter').value;
    return (!q || text.toLowerCase().indexOf(q) >= 0) && (!wanted || status === undefined || wanted === status);
  }

  /* ---------- queues and conversations ---------- */
  function loadQueues() {
    return api('GET', '/api/v1/staff/handoffs').then(function (data) {
      var box = clear($('queues'));
      var queues = (data && data.queues) || {};
      var total = 0;
      var departments = Object.keys(queues).sort();
      departments.forEach(function (dept) {
        var items = queues[dept] || [];
        total += items.filter(function (i) { return i.status === 'queued'; }).length;
        var names = items.length && items[0].departmentName;
        var deptName = (names && (names[lang] || names.zh)) || dept;
        var shown = items.filter(function (item) {
          return (!$('dept-filter').value || $('dept-filter').value === dept)
            && matches([item.enterprise, item.uscc, item.firstMessage, item.callBack, item.conversationId, deptName].join(' '), item.status);
        });
        if (!shown.length) { return; }
        var section = h('div', { class: 'dept' }, h('h4', null, h('span', null, deptName), h('span', { class: 'muted' }, String(shown.length))));
        shown.forEach(function (item) {
          var wait = item.waitingSeconds || 0;
          var row = h('div', {
            class: 'queue-item' + (current && current.id === item.conversationId ? ' selected' : ''),
            'data-conversation': item.conversationId, 'data-status': item.status, tabindex: '0', role: 'button',
            onclick: function () { openConversation(item.conversationId); },
            onkeydown: function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); openConversation(item.conversationId); } }
          },
            h('div', null,
              h('div', null, h('span', { class: 'badge ' + item.status }, word('status', item.status)), ' ',
                h('span', { class: 'who-waiting' }, who(item)), ' ',
                h('span', { class: 'muted small' }, word('channel', item.channel))),
              item.firstMessage ? h('div', { class: 'first-message', title: item.firstMessage }, '“' + item.firstMessage + '”') : null,
              h('div', { class: 'reason', title: item.reason || '' }, item.claimedBy ? t('console.claimedBy') + ' ' + item.claimedBy : reasonText(item.reason)),
              item.callBack ? h('div', { class: 'call-back' }, t('console.callBack') + ' ' + item.callBack) : null),
            h('span', { class: 'wait' + (item.status === 'queued' && wait > 300 ? ' late' : item.status === 'queued' && wait > 60 ? ' soon' : '') }, fmtWait(wait)));
          section.appendChild(row);
        });
        box.appendChild(section);
      });
      var filter = $('dept-filter');
      var chosen = filter.value;
      clear(filter).appendChild(h('option', { value: '' }, t('console.allDepartments')));
      departments.forEach(function (d) {
        var n = queues[d].length && queues[d][0].departmentName;
        filter.appendChild(h('option', { value: d }, (n && (n[lang] || n.zh)) || d));
      });
      filter.value = departments.indexOf(chosen) >= 0 ? chosen : '';
      if (!box.children.length) {
        box.appendChild(h('div', { class: 'empty-line' }, t('console.noQueue')));
      }
      var pill = $('queue-total');
      pill.textContent = String(total);
      pill.classList.toggle('zero', total === 0);
      var list = $('departments');
      clear(list);
      departments.concat(departmentIds(), ['general'])
        .filter(function (d, i, all) { return all.indexOf(d) === i; })
        .forEach(function (d) { list.appendChild(h('option', { value: d, label: textIn(lang, 'department.' + d) || d })); });
    }).catch(function () {});
  }

  function loadConversations() {
    return api('GET', '/api/v1/staff/conversations?limit=100').then(function (data) {
      var list = clear($('conversation-list'));
      var rows = (data && data.conversations) || [];
      rows.filter(function (c) {
        return matches([c.enterprise, c.uscc, c.firstMessage, c.id].join(' '));
      }).forEach(function (c) {
        list.appendChild(h('li', {
          class: 'conv-item' + (current && current.id === c.id ? ' selected' : ''), 'data-conversation': c.id,
          tabindex: '0',
          onclick: function () { openConversation(c.id); },
          onkeydown: function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); openConversation(c.id); } }
        },
          h('div', null,
            h('div', null, h('span', { class: 'who-waiting' }, who(c)), ' ', h('span', { class: 'badge ' + String(c.mode).toLowerCase() }, word('status', c.mode))),
            c.firstMessage ? h('div', { class: 'first-message', title: c.firstMessage }, '“' + c.firstMessage + '”') : null,
            h('div', { class: 'muted small' }, word('channel', c.channel) + ' · ' + t('console.messageCount', { n: c.messages }))),
          h('span', { class: 'muted small' }, fmtTime(c.updatedAt))));
      });
      if (!rows.length) { list.appendChild(h('li', { class: 'empty-line' }, t('console.noConversations'))); }
    }).catch(function () {});
  }

  /* ---------- one conversation ---------- */
  function openConversation(id) {
    closeSocket();
    current = { id: id, lastSeq: 0, seen: {}, socket: null, retry: 0, messages: [] };
    document.querySelectorAll('[data-conversation]').forEach(function (el) {
      el.classList.toggle('selected', el.getAttribute('data-conversation') === id);
    });
    $('chat-empty').hidden = true;
    $('chat-body').hidden = false;
    $('chat-error').textContent = '';
    clear($('transcript'));
    return api('GET', '/api/v1/staff/conversations/' + encodeURIComponent(id)).then(function (data) {
      if (!current || current.id !== id) { return; }
      var conv = data.conversation || {};
      var ent = conv.enterprise && (conv.enterprise.name || conv.enterprise.uscc);
      $('chat-title').textContent = (ent ? ent + ' · ' : '') + id;
      $('chat-meta').textContent = t('console.channel') + ': ' + (conv.channel || '') + ' · ' + fmtTime(conv.createdAt);
      (data.messages || []).forEach(addMessage);
      renderState(data.state);
      renderAnswers(data.answers || {});
      renderNotes(data.notes || []);
      connect();
    }).catch(function (e) { $('chat-error').textContent = e.message; });
  }

  function connect() {
    if (!current || !session) { return; }
    var c = current;
    var proto = location.protocol === 'https:' ? 'wss://' : 'ws://';
    var url = proto + location.host + '/api/v1/staff/conversations/' + encodeURIComponent(c.id) + '/events?token='
      + encodeURIComponent(session.token) + '&after=' + c.lastSeq;
    var socket = new WebSocket(url);
    c.socket = socket;
    socket.onopen = function () { c.retry = 0; $('live').classList.add('on'); };
    socket.onmessage = function (ev) {
      if (current !== c) { return; }
      var frame;
      try { frame = JSON.parse(ev.data); } catch (e) { return; }
      if (frame.type === 'message' && frame.message) { addMessage(frame.message); }
      else if (frame.type === 'state' && frame.state) { renderState(frame.state); }
    };
    socket.onclose = function () {
      if (current !== c || c.socket !== socket) { return; }
      $('live').classList.remove('on');
      var delay = Math.min(15000, 500 * Math.pow(2, c.retry++));
      c.reconnect = setTimeout(connect, delay);
    };
  }

  function closeSocket() {
    if (current) {
      clearTimeout(current.reconnect);
      if (current.socket) { var s = current.socket; current.socket = null; try { s.close(); } catch (e) { /* closed */ } }
    }
    $('live').classList.remove('on');
  }

  /* Appends a message once: a message is known by its seq, so a replay after a reconnect shows nothing twice. */
  function addMessage(m) {
    if (!current || m.seq === undefined || current.seen[m.seq]) { return; }
    current.seen[m.seq] = true;
    current.lastSeq = Math.max(current.lastSeq, m.seq);
    current.messages.push(m);
    var from = String(m.from || 'system').toLowerCase();
    var type = String(m.type || 'text').toLowerCase();
    var li = h('li', { class: 'msg ' + from + ' ' + type, 'data-seq': m.seq, 'data-from': from });
    li.appendChild(h('span', { class: 'meta' }, t('console.from.' + from) + ' · #' + m.seq + ' · ' + fmtTime(m.at)));
    var text = m.text || '';
    if (type === 'file' && m.file) { text = '📎 ' + (m.file.name || text) + (m.file.size ? ' (' + Math.round(m.file.size / 1024) + ' KB)' : ''); }
    li.appendChild(h('div', { class: 'bubble' }, text));
    if (m.citations && m.citations.length) {
      li.appendChild(h('div', { class: 'citations' }, m.citations.map(function (c) {
        return h('span', { title: c.source || '' }, (c.title || c.source || '') + (c.section ? ' · ' + c.section : ''));
      })));
    }
    if (m.quickReplies && m.quickReplies.length) {
      li.appendChild(h('div', { class: 'quick' }, '▸ ' + m.quickReplies.map(function (q) { return q.label; }).join(' / ')));
    }
    if (from === 'bot' && type === 'text') {
      li.appendChild(h('button', { type: 'button', class: 'btn-link mark-wrong', onclick: function () { openCorrection(li, m); } }, t('console.markWrong')));
    }
    var list = $('transcript');
    var nearBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 80;
    list.appendChild(li);
    if (nearBottom || from === 'staff') { list.scrollTop = list.scrollHeight; }
  }

  function openCorrection(li, m) {
    if (li.querySelector('.correct-form')) { return; }
    var before = current.messages.filter(function (x) { return x.seq < m.seq && String(x.from).toLowerCase() === 'user'; });
    var question = h('input', { class: 'correct-question', value: before.length ? before[before.length - 1].text : '' });
    var answer = h('textarea', { class: 'correct-answer', rows: 3 });
    var error = h('p', { class: 'error' });
    var form = h('form', { class: 'correct-form' },
      h('strong', null, t('console.correctTitle')),
      h('label', { class: 'small muted' }, t('console.askedQuestion')), question,
      h('label', { class: 'small muted' }, t('console.rightAnswer')), answer, error,
      h('div', { class: 'row' },
        h('button', { type: 'button', class: 'btn btn-small', onclick: function () { form.remove(); } }, t('console.cancel')),
        h('button', { type: 'submit', class: 'btn btn-small btn-primary' }, t('console.submitCorrection'))));
    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      api('POST', '/api/v1/staff/feedback', { conversationId: current.id, seq: m.seq, question: question.value, correctAnswer: answer.value })
        .then(function () { form.remove(); toast(t('console.correctionSent')); })
        .catch(function (e) { error.textContent = e.message; });
    });
    li.appendChild(form);
    answer.focus();
  }

  function renderState(state) {
    if (!state) { return; }
    var dl = clear($('state'));
    function row(k, v) { dl.appendChild(h('dt', null, k)); dl.appendChild(h('dd', null, v)); }
    var mode = String(state.mode || '').toLowerCase();
    row(t('console.mode'), h('span', { class: 'badge ' + mode }, mode));
    if (state.handoff) {
      row(t('console.handoff'), h('span', { class: 'badge ' + state.handoff.status }, state.handoff.status + ' · ' + (state.handoff.department || '')));
    }
    if (state.process) {
      row(t('console.process'), (state.process.title || state.process.id) + '');
      row(t('console.step'), state.process.step + ' / ' + state.process.steps + (state.process.field ? ' · ' + (state.process.field.label || state.process.field.name) : ''));
    }
    var handoff = state.handoff;
    $('btn-claim').disabled = !(handoff && handoff.status === 'queued') && !!handoff;
    $('btn-resolve').disabled = !handoff;
    var subs = clear($('submissions'));
    (state.submissions || []).forEach(function (s) {
      subs.appendChild(h('li', { 'data-submission': s.id },
        h('div', null, h('span', { class: 'receipt' }, s.receipt || s.id), ' ', h('span', { class: 'badge ' + s.status }, s.status)),
        h('div', { class: 'muted' }, (s.process || '') + ' · v' + s.version + (s.expectedBy ? ' · ' + t('console.expected') + ' ' + s.expectedBy : '')),
        (s.targets || []).length ? h('div', { class: 'muted' }, s.targets.map(function (x) { return x.connector + ': ' + x.status + (x.comment ? ' (' + x.comment + ')' : ''); }).join('; ')) : null));
    });
    if (!(state.submissions || []).length) { subs.appendChild(h('li', { class: 'empty-line' }, t('console.none'))); }
  }

  function renderAnswers(answers) {
    var dl = clear($('answers'));
    var keys = Object.keys(answers);
    keys.forEach(function (k) {
      var a = answers[k] || {};
      var shown = a.display ? (a.display[lang] || a.display.zh || a.display.en) : null;
      if (!shown && a.file) { shown = '📎 ' + (a.file.name || ''); }
      dl.appendChild(h('dt', null, k));
      dl.appendChild(h('dd', null, String(shown || a.value || '')));
    });
    // An empty list says so through CSS (a <dl> may hold only term/description pairs).
    dl.setAttribute('data-empty', t('console.none'));
  }

  function renderNotes(notes) {
    var ul = clear($('notes'));
    notes.forEach(function (n) {
      ul.appendChild(h('li', null, h('span', { class: 'meta' }, n.author + ' · ' + fmtTime(n.createdAt)), n.body));
    });
    if (!notes.length) { ul.appendChild(h('li', { class: 'empty-line' }, t('console.none'))); }
  }

  function act(path, body, done) {
    if (!current) { return Promise.resolve(); }
    var id = current.id;
    $('chat-error').textContent = '';
    return api('POST', '/api/v1/staff/conversations/' + encodeURIComponent(id) + path, body).then(function (result) {
      if (current && current.id === id && result) {
        (result.messages || []).forEach(addMessage);
        if (result.state) { renderState(result.state); }
      }
      if (done) { toast(done); }
      loadQueues();
      return result;
    }).catch(function (e) { $('chat-error').textContent = e.message; });
  }

  /* ---------- dashboard ---------- */
  function loadEcharts() {
    if (window.echarts) { return Promise.resolve(window.echarts); }
    if (loadEcharts.pending) { return loadEcharts.pending; }
    loadEcharts.pending = new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      s.src = '/console/vendor/echarts.min.js';
      s.onload = function () { resolve(window.echarts); };
      s.onerror = function () { loadEcharts.pending = null; reject(new Error('ECharts could not be loaded')); };
      document.head.appendChild(s);
    });
    return loadEcharts.pending;
  }

  function loadDashboard() {
    $('dash-error').textContent = '';
    return Promise.all([loadEcharts(), api('GET', '/api/v1/staff/dashboards/summary?days=' + $('dash-days').value)])
      .then(function (r) { lastSummary = r[1]; renderDashboard(r[1]); })
      .catch(function (e) { $('dash-error').textContent = e.message; });
  }

  function pct(x) { return x === null || x === undefined ? '—' : Math.round(x * 100) + '%'; }

  function chart(id, option) {
    var el = $(id);
    if (!charts[id]) { charts[id] = window.echarts.init(el, null, { renderer: 'canvas' }); }
    charts[id].setOption(option, true);
  }

  function renderDashboard(s) {
    if (!window.echarts || !s) { return; }
    var a = s.answering || {};
    var sumQ = (s.days || []).reduce(function (n, d) { return n + d.questions; }, 0);
    var responded = 0, within = 0;
    (s.departments || []).forEach(function (d) { responded += d.responded; within += Math.round((d.withinOneMinute || 0) * d.responded); });
    var decided = 0, onTime = 0;
    (s.decisions || []).forEach(function (d) { decided += d.decided; onTime += d.onTime; });
    var kpis = clear($('kpis'));
    [[t('console.kpiConversations'), String(a.conversations || 0)], [t('console.kpiQuestions'), String(sumQ)], [t('console.kpiBotShare'), pct(a.botShare)],
      [t('console.kpiStaff'), String(a.staffConversations || 0)], [t('console.kpiWithin'), responded ? pct(within / responded) : '—', true],
      [t('console.kpiOnTime'), decided ? pct(onTime / decided) : '—', true],
      [t('console.kpiSatisfied'), s.satisfaction && s.satisfaction.ratings ? pct(s.satisfaction.satisfiedShare) + ' (' + s.satisfaction.ratings + ')' : '—']].forEach(function (k) {
      kpis.appendChild(h('div', { class: 'kpi' + (k[2] ? ' target' : '') }, h('div', { class: 'v' }, k[1]), h('div', { class: 'l' }, k[0])));
    });
    var palette = ['#0f4c97', '#c8102e', '#1f8a4c', '#c77700', '#6a7787'];
    var grid = { left: 48, right: 16, top: 36, bottom: 36, containLabel: true };
    var days = s.days || [];
    chart('chart-daily', {
      color: palette, tooltip: { trigger: 'axis' }, legend: { top: 0 }, grid: grid,
      xAxis: { type: 'category', data: days.map(function (d) { return d.date.substring(5); }) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: t('console.conversationsL'), type: 'bar', data: days.map(function (d) { return d.conversations; }) },
        { name: t('console.questionsL'), type: 'line', smooth: true, data: days.map(function (d) { return d.questions; }) },
        { name: t('console.handoffsL'), type: 'line', smooth: true, data: days.map(function (d) { return d.handoffs; }) }
      ]
    });
    chart('chart-share', {
      color: palette, tooltip: { trigger: 'axis' }, grid: grid,
      xAxis: { type: 'category', data: [t('console.botAnswers'), t('console.clarify'), t('console.unknownQ'), t('console.staffConv')] },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', barWidth: '45%', label: { show: true, position: 'top' },
        data: [a.botAnswers || 0, a.clarifications || 0, a.unknown || 0, a.staffConversations || 0].map(function (v, i) {
          return { value: v, itemStyle: { color: ['#0f4c97', '#6a7787', '#c8102e', '#1f8a4c'][i] } };
        }) }]
    });
    var funnels = s.funnels || [];
    chart('chart-funnel', {
      color: ['#9db8dd', '#5b8ccc', '#0f4c97', '#1f8a4c'], tooltip: { trigger: 'axis' }, legend: { top: 0 }, grid: grid,
      xAxis: { type: 'category', data: funnels.map(function (f) { return f.processId; }), axisLabel: { interval: 0, rotate: 20 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: ['started', 'completed', 'submitted', 'approved'].map(function (k) {
        return { name: t('console.' + k), type: 'bar', data: funnels.map(function (f) { return f[k]; }) };
      })
    });
    var deps = s.departments || [];
    chart('chart-wait', {
      color: ['#9db8dd', '#0f4c97', '#f0a7b3', '#c8102e'], tooltip: { trigger: 'axis' }, legend: { top: 0 }, grid: grid,
      xAxis: { type: 'category', data: deps.map(function (d) { return d.department; }) },
      yAxis: { type: 'value', name: 's' },
      series: [
        { name: t('console.waitMedian'), type: 'bar', data: deps.map(function (d) { return d.waitMedianSeconds; }) },
        { name: t('waitP90'), type: 'bar', data: deps.map(function (d) { return d.waitP90Seconds; }) },
        { name: t('console.frMedian'), type: 'bar', data: deps.map(function (d) { return d.firstResponseMedianSeconds; }),
          markLine: { silent: true, symbol: 'none', lineStyle: { color: '#c8102e', type: 'dashed' }, data: [{ yAxis: 60, name: '1 min' }] } },
        { name: t('frP90'), type: 'bar', data: deps.map(function (d) { return d.firstResponseP90Seconds; }) }
      ]
    });
    var dec = s.decisions || [];
    chart('chart-decision', {
      color: ['#1f8a4c', '#0f4c97', '#c77700'], tooltip: { trigger: 'axis' }, legend: { top: 0 }, grid: grid,
      xAxis: { type: 'category', data: dec.map(function (d) { return d.processId; }), axisLabel: { interval: 0, rotate: 20 } },
      yAxis: [{ type: 'value', name: '%', max: 100 }, { type: 'value', name: 'h / d' }],
      series: [
        { name: t('console.onTimeShare'), type: 'bar', data: dec.map(function (d) { return d.onTimeShare === null ? null : Math.round(d.onTimeShare * 100); }) },
        { name: t('console.medianHours'), type: 'line', yAxisIndex: 1, data: dec.map(function (d) { return d.medianHours; }) },
        { name: t('console.committed'), type: 'line', yAxisIndex: 1, lineStyle: { type: 'dashed' }, data: dec.map(function (d) { return d.committedWorkingDays; }) }
      ]
    });
    var body = clear($('unanswered').querySelector('tbody'));
    (s.unanswered || []).forEach(function (u) {
      body.appendChild(h('tr', null, h('td', null, u.question), h('td', { class: 'num' }, String(u.count))));
    });
    if (!(s.unanswered || []).length) { body.appendChild(h('tr', null, h('td', { colspan: 2, class: 'empty-line' }, t('console.none')))); }
  }

  /* ---------- admin ---------- */
  function adminError(e) { $('admin-error').textContent = e.message; }

  function loadDrafts() {
    return api('GET', '/api/v1/admin/faq-drafts?status=draft').then(function (data) {
      var body = clear($('drafts').querySelector('tbody'));
      (data.drafts || []).forEach(function (d) {
        body.appendChild(h('tr', { 'data-draft': d.id },
          h('td', null, d.question), h('td', { class: 'muted' }, d.wrongAnswer), h('td', null, d.correctAnswer),
          h('td', null, d.createdBy + ' · ' + fmtTime(d.createdAt)),
          h('td', null, h('div', { class: 'ops' },
            h('button', { type: 'button', class: 'btn btn-small btn-primary approve', onclick: function () {
              api('POST', '/api/v1/admin/faq-drafts/' + encodeURIComponent(d.id) + '/approve', {}).then(loadDrafts).catch(adminError); } }, t('console.approve')),
            h('button', { type: 'button', class: 'btn btn-small btn-danger reject', onclick: function () {
              api('POST', '/api/v1/admin/faq-drafts/' + encodeURIComponent(d.id) + '/reject', {}).then(loadDrafts).catch(adminError); } }, t('console.reject'))))));
      });
      if (!(data.drafts || []).length) { body.appendChild(h('tr', null, h('td', { colspan: 5, class: 'empty-line' }, t('console.noDrafts')))); }
    }).catch(adminError);
  }

  function loadDead() {
    return api('GET', '/api/v1/admin/deliveries?state=dead&limit=100').then(function (data) {
      var body = clear($('dead').querySelector('tbody'));
      (data.deliveries || []).forEach(function (d) {
        body.appendChild(h('tr', { 'data-delivery': d.id },
          h('td', { class: 'small' }, d.id), h('td', null, d.connectorId), h('td', null, d.processId),
          h('td', { class: 'num' }, String(d.attempts)), h('td', { class: 'small muted' }, d.lastError || ''),
          h('td', null, h('div', { class: 'ops' },
            h('button', { type: 'button', class: 'btn btn-small', onclick: function () {
              api('POST', '/api/v1/admin/deliveries/' + encodeURIComponent(d.id) + '/retry', {}).then(loadDead).catch(adminError); } }, t('console.retry')),
            h('button', { type: 'button', class: 'btn btn-small btn-danger', onclick: function () {
              api('POST', '/api/v1/admin/deliveries/' + encodeURIComponent(d.id) + '/cancel', {}).then(loadDead).catch(adminError); } }, t('console.cancelDelivery'))))));
      });
      if (!(data.deliveries || []).length) { body.appendChild(h('tr', null, h('td', { colspan: 6, class: 'empty-line' }, t('console.noDead')))); }
    }).catch(adminError);
  }

  function loadAudit() {
    return api('GET', '/api/v1/admin/audit?limit=50').then(function (data) {
      var body = clear($('audit').querySelector('tbody'));
      (data.entries || []).forEach(function (e) {
        body.appendChild(h('tr', null, h('td', null, fmtTime(e.at)), h('td', null, e.actor), h('td', null, e.action),
          h('td', { class: 'small' }, e.conversationId || ''), h('td', { class: 'small' }, e.target || '')));
      });
    }).catch(adminError);
  }

  /* ---------- wiring ---------- */
  function init() {
    $('login-form').addEventListener('submit', function (ev) {
      ev.preventDefault();
      $('login-error').textContent = '';
      api('POST', '/api/v1/staff/login', { username: $('login-username').value.trim(), password: $('login-password').value })
        .then(function (data) {
          session = { token: data.token, expiresAt: data.expiresAt, staff: data.staff };
          sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
          $('login-password').value = '';
          showApp();
        })
        .catch(function (e) { $('login-error').textContent = e.message; });
    });
    $('logout').addEventListener('click', function () { logout(false); });
    $('queue-filter').addEventListener('input', function () { loadQueues(); loadConversations(); });
    $('status-filter').addEventListener('change', function () { loadQueues(); loadConversations(); });
    $('dept-filter').addEventListener('change', function () { loadQueues(); });
    $('presence').addEventListener('change', function () { setPresence(this.checked); });
    $('alerts').addEventListener('change', function () {
      localStorage.setItem(ALERTS_KEY, this.checked ? 'on' : 'off');
      // Asked on the agent's own click, as browsers require.
      if (this.checked && window.Notification && Notification.permission === 'default') { Notification.requestPermission(); }
    });
    $('lang-toggle').addEventListener('click', function () {
      lang = lang === 'zh' ? 'en' : 'zh';
      localStorage.setItem('onewindow.console.lang', lang);
      applyLang();
    });
    document.querySelectorAll('.tab').forEach(function (b) {
      b.addEventListener('click', function () { switchTab(b.getAttribute('data-tab')); });
    });
    $('refresh-conversations').addEventListener('click', loadConversations);
    $('btn-claim').addEventListener('click', function () { act('/claim', {}, t('console.claimed')); });
    $('btn-resolve').addEventListener('click', function () { act('/resolve', {}, t('console.resolved')); });
    $('btn-transfer').addEventListener('click', function () {
      var dept = $('transfer-department').value.trim();
      if (dept) { act('/transfer', { department: dept }, t('console.transferred')); }
    });
    $('composer').addEventListener('submit', function (ev) {
      ev.preventDefault();
      var box = $('reply-text');
      var text = box.value.trim();
      if (!text) { return; }
      act('/messages', { text: text }).then(function (r) { if (r) { box.value = ''; } });
    });
    $('reply-text').addEventListener('keydown', function (ev) {
      if (ev.key === 'Enter' && (ev.ctrlKey || ev.metaKey)) { ev.preventDefault(); $('btn-send').click(); }
    });
    $('canned').addEventListener('change', function () {
      var v = this.value;
      if (!v) { return; }
      var parts = v.split(':');
      $('reply-text').value = textIn(parts[0], 'console.canned.' + parts[1] + '.text') || '';
      $('reply-text').focus();
      this.value = '';
    });
    $('note-form').addEventListener('submit', function (ev) {
      ev.preventDefault();
      var text = $('note-text').value.trim();
      if (!text || !current) { return; }
      var id = current.id;
      api('POST', '/api/v1/staff/conversations/' + encodeURIComponent(id) + '/notes', { text: text })
        .then(function () {
          $('note-text').value = '';
          return api('GET', '/api/v1/staff/conversations/' + encodeURIComponent(id));
        })
        .then(function (data) { if (current && current.id === id && data) { renderNotes(data.notes || []); } })
        .catch(function (e) { $('chat-error').textContent = e.message; });
    });
    $('dash-days').addEventListener('change', loadDashboard);
    $('dash-refresh').addEventListener('click', loadDashboard);
    $('drafts-refresh').addEventListener('click', loadDrafts);
    $('dead-refresh').addEventListener('click', loadDead);
    $('audit-refresh').addEventListener('click', loadAudit);
    window.addEventListener('resize', function () { Object.keys(charts).forEach(function (k) { charts[k].resize(); }); });
    applyLang();
    if (session) { showApp(); }
  }

  // The texts first; without them (the server is unreachable) the console still starts, showing keys.
  loadTexts().then(init, init);
})();
