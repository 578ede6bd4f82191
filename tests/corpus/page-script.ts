// The script every generated page runs (as plain JS in the page's main world). It gives the
// page its behaviour (menus that open on hover, the assistant's conversation, sign-in) and
// records the ground truth: for each step, the element a correct guide would highlight,
// kept in `window.__corpusTruth` (a Map of step id -> elements). The truth lives only in the
// page's JavaScript world: no attribute marks it, and the script element removes itself after
// running so its configuration is not left in the DOM for a content script to read.
//
// `CONFIG` below is replaced by the generator with the variant's configuration (JSON).

export const PAGE_SCRIPT = String.raw`(function () {
var C = __CONFIG__;
var W = window;
var T = W.__corpusTruth || (W.__corpusTruth = new Map());
function mark(step, el) {
  if (!el) return;
  var a = T.get(step);
  if (!a) { a = []; T.set(step, a); }
  if (a.indexOf(el) < 0) a.push(el);
}
function q(tok, root) { return tok ? (root || document).querySelector('.' + tok) : null; }
function mk(doc, tag, cls, text) {
  var e = doc.createElement(tag);
  if (cls) e.className = cls;
  if (text != null) e.textContent = text;
  return e;
}
function later(ms, fn) { return setTimeout(fn, ms); }
function html(doc, s) { var t = doc.createElement('template'); t.innerHTML = s; return t.content.firstElementChild; }

// ---------------------------------------------------------------- wide variants: label shapes
// The same shapes as wide.ts shapeLabel, drawn from the label itself (the page has no dice).
function seeded(str) {
  var h = 2166136261;
  for (var i = 0; i < str.length; i++) { h ^= str.charCodeAt(i); h = Math.imul(h, 16777619) >>> 0; }
  return function () { h = (Math.imul(h ^ (h >>> 15), 2246822519) + 0x6d2b79f5) >>> 0; return (h >>> 8) / 16777216; };
}
var ICONS = ['\ud83d\udcac', '\ud83c\udfa7', '\u2709\ufe0f', '\ud83d\udc64', '\u2753', '\ud83d\udedf'];
var ZW = ['\u200b', '\u200c', '\u2060', '\ufeff'];
function odd(label, r) {
  var s = label.replace(/ /g, function () { return r() < 0.6 ? '\u00a0' : ' '; });
  var zw = ZW[Math.floor(r() * ZW.length)];
  var at = 1 + Math.floor(r() * Math.max(1, s.length - 1));
  s = s.slice(0, at) + zw + s.slice(at);
  s = s.replace(/([^\s]{4})([^\s]{4,})/, function (_, a, b) { return r() < 0.5 ? a + '\u00ad' + b : a + b; });
  return (r() < 0.5 ? ' ' : '') + s + (r() < 0.5 ? '\u00a0' : '');
}
function fillLabel(doc, el, label, mode) {
  var r = seeded(label);
  if (mode === 'nbsp-zw') { el.textContent = odd(label, r); return; }
  if (mode !== 'spans-icons') { el.textContent = label; return; }
  el.textContent = '';
  var icon = ICONS[Math.floor(r() * ICONS.length)];
  var x = r();
  if (x < 0.5) { var sp = mk(doc, 'span', '', icon); sp.setAttribute('aria-hidden', 'true'); el.appendChild(sp); el.appendChild(doc.createTextNode(' ')); }
  else el.appendChild(doc.createTextNode(icon + ' '));
  var gap = r() < 0.5;
  label.split(' ').forEach(function (w, i) {
    if (i > 0) el.appendChild(gap ? doc.createTextNode(' ') : mk(doc, 'span', '', ' '));
    el.appendChild(mk(doc, 'span', '', w));
  });
  if (r() < 0.4) { var ch = mk(doc, 'span', '', '\u203a'); ch.setAttribute('aria-hidden', 'true'); el.appendChild(doc.createTextNode(' ')); el.appendChild(ch); }
}
// Chips drawn as custom elements: the label is slotted into a button in an open shadow root.
function defineChip(doc) {
  var win = doc.defaultView;
  if (!win || win.customElements.get('wa-chip')) return;
  win.customElements.define('wa-chip', class extends win.HTMLElement {
    constructor() {
      super();
      var root = this.attachShadow({ mode: 'open' });
      var st = doc.createElement('style');
      st.textContent = 'button{border:1px solid #2fb7ec;border-radius:16px;padding:6px 12px;background:#fff;color:#1a8fc0;cursor:pointer;font:inherit}button:disabled{opacity:.5;cursor:default}';
      var b = doc.createElement('button');
      b.type = 'button';
      b.setAttribute('part', 'button');
      b.appendChild(doc.createElement('slot'));
      root.appendChild(st);
      root.appendChild(b);
    }
  });
}

// ---------------------------------------------------------------- the assistant
function mountAssistant(host, doc, flavour, orderId) {
  var A = C.A, K = A.cls;
  var panel = mk(doc, 'div', K.panel);
  var head = mk(doc, 'div', K.head);
  var title = mk(doc, A.titleTag, K.title, A.title);
  var closeB = mk(doc, 'button', K.close);
  closeB.type = 'button';
  closeB.setAttribute('aria-label', A.close);
  closeB.textContent = '\u00d7';
  head.appendChild(title); head.appendChild(closeB);
  var log = mk(doc, 'div', K.log);
  if (A.logRole) { log.setAttribute('role', 'log'); log.setAttribute('aria-live', 'polite'); }
  var replies = mk(doc, 'div', K.replies);
  var composer = mk(doc, 'div', K.composer);
  composer.style.display = 'none';
  panel.appendChild(head);
  panel.appendChild(log);
  if (A.repliesInLog) log.appendChild(replies); else panel.appendChild(replies);
  panel.appendChild(composer);
  host.appendChild(panel);
  closeB.addEventListener('click', function () { if (C.onCloseAssistant) C.onCloseAssistant(); panel.remove(); });

  function scroll() { log.scrollTop = log.scrollHeight; }
  // Streaming (chat=stream): a bot message grows word by word; what comes after it (chips,
  // articles, the message box) waits until every message has finished.
  var streaming = 0, idle = [];
  function whenIdle(fn) { if (streaming === 0) fn(); else idle.push(fn); }
  function bubble(text, mine) {
    var stream = A.chat === 'stream' && !mine;
    var b = mk(doc, 'div', mine ? K.me : K.bot, stream ? '' : text);
    if (A.repliesInLog && A.chat !== 'chips-stay') log.insertBefore(b, replies); else log.appendChild(b);
    scroll();
    if (stream) {
      streaming++;
      var words = text.split(' '), i = 0;
      (function grow() {
        i++;
        b.textContent = words.slice(0, i).join(' ');
        scroll();
        if (i < words.length) later(40, grow);
        else {
          streaming--;
          if (streaming === 0) { var q = idle; idle = []; q.forEach(function (f) { f(); }); }
        }
      })();
    }
    return b;
  }
  function typing(fn) {
    var t = bubble(A.typing, false);
    later(A.delay, function () { t.remove(); fn(); });
  }
  function control(label) {
    var b;
    if (A.chat === 'chip-elements') { defineChip(doc); b = doc.createElement('wa-chip'); b.className = K.btn.replace(/./, 'c'); b.setAttribute('role', 'none'); }
    else if (A.btnKind === 'div') { b = mk(doc, 'div', K.btn); b.setAttribute('role', 'button'); b.tabIndex = 0; }
    else if (A.btnKind === 'link') { b = mk(doc, 'a', K.btn); b.href = '#'; }
    else { b = mk(doc, 'button', K.btn); b.type = 'button'; }
    fillLabel(doc, b, label, A.shape);
    return b;
  }
  // chips-stay: earlier chips stay in the log, disabled, and each set of chips is a new row.
  function retire(row) {
    Array.prototype.forEach.call(row.children, function (b) {
      b.__off = true;
      if ('disabled' in b) b.disabled = true;
      b.setAttribute('aria-disabled', 'true');
      b.removeAttribute('tabindex');
      if (b.shadowRoot) b.shadowRoot.querySelector('button').disabled = true;
      b.style.opacity = '0.5';
      b.style.pointerEvents = 'none';
    });
  }
  function options(list) {
    whenIdle(function () {
      if (A.chat === 'chips-stay') {
        retire(replies);
        replies = mk(doc, 'div', K.replies);
        log.appendChild(replies);
      } else replies.replaceChildren();
      list.forEach(function (o) {
        var b = control(o.label);
        b.addEventListener('click', function (e) {
          e.preventDefault();
          if (b.__off) return;
          if (A.chat === 'chips-stay') retire(replies); else replies.replaceChildren();
          bubble(o.label, true);
          typing(o.go);
        });
        b.addEventListener('keydown', function (e) { if (e.key === 'Enter') b.click(); });
        if (o.step) {
          mark(o.step, b);
          if (b.shadowRoot) mark(o.step, b.shadowRoot.querySelector('button'));
        }
        replies.appendChild(b);
      });
      scroll();
    });
  }
  function articles() { whenIdle(articlesNow); }
  function articlesNow() {
    var box = mk(doc, 'div', K.bot);
    box.appendChild(mk(doc, 'p', '', A.faqIntro));
    var ul = mk(doc, 'ul', '');
    A.faqArticles.forEach(function (t, i) {
      var li = mk(doc, 'li', '');
      var a = mk(doc, 'a', K.article, t);
      a.href = 'https://cs-help.wish.com/hc/' + A.locale + '/articles/36000' + (4100 + i) + '-faq';
      a.target = '_blank';
      li.appendChild(a); ul.appendChild(li);
    });
    box.appendChild(ul);
    if (A.repliesInLog && A.chat !== 'chips-stay') log.insertBefore(box, replies); else log.appendChild(box);
  }
  function start() {
    bubble(flavour === 'order' ? A.helloOrder.replace('{order}', orderId) : A.hello, false);
    var topics = flavour === 'order' ? A.topicsOrder : A.topicsMenu;
    options(topics.map(function (t) {
      return { label: t.label, step: t.kind === 'sub' ? 'topic' : null, go: t.kind === 'sub' ? function () { sub(t); } : cancel };
    }));
  }
  function cancel() {
    bubble(A.cancelAsk, false);
    options([{ label: A.back, go: start }]);
  }
  function sub(t) {
    bubble(t.prompt, false);
    var list = t.sub.map(function (s) { return { label: s, go: answer }; });
    list.splice(A.elsePos === 'first' ? 0 : list.length, 0, { label: A.somethingElse, step: 'something-else', go: elseStage });
    if (A.withBack) list.push({ label: A.back, go: start });
    options(list);
  }
  function answer() {
    bubble(A.answerText, false);
    bubble(A.wasHelpful, false);
    options([{ label: A.yes, go: function () { bubble(A.thanks, false); } }, { label: A.no, go: start }]);
  }
  function elseStage() {
    articles();
    if (A.agentMode === 'question') {
      bubble(A.agentQuestion, false);
      options([{ label: A.yes, step: 'contact-agent', go: messageStage }, { label: A.no, go: start }]);
    } else {
      var list = [{ label: A.agent, step: 'contact-agent', go: messageStage }];
      if (A.withBack) list[A.agentFirst ? 'push' : 'unshift']({ label: A.back, go: start });
      options(list);
    }
  }
  function messageStage() {
    bubble(A.messagePrompt, false);
    whenIdle(composeStage);
  }
  function composeStage() {
    composer.style.display = '';
    composer.replaceChildren();
    var input;
    if (A.input === 'textarea') {
      input = mk(doc, 'textarea', K.input);
      input.rows = 3;
      if (A.labelKind === 'placeholder') input.placeholder = A.placeholder;
    } else {
      input = mk(doc, 'div', K.input);
      input.contentEditable = 'true';
      input.setAttribute('role', 'textbox');
      input.setAttribute('aria-multiline', 'true');
      if (A.labelKind === 'placeholder') input.setAttribute('aria-placeholder', A.placeholder);
    }
    input.id = A.inputId;
    if (A.labelKind === 'aria-label') input.setAttribute('aria-label', A.label);
    if (A.labelKind === 'label-for') {
      var lab = mk(doc, 'label', K.label, A.label);
      lab.htmlFor = A.inputId;
      composer.appendChild(lab);
    }
    var send = mk(doc, 'button', K.send);
    send.type = 'button';
    if (A.sendIcon) {
      send.setAttribute('aria-label', A.sendAria);
      send.innerHTML = '<svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true"><path d="M2 21l21-9L2 3v7l15 2-15 2z" fill="currentColor"/></svg>';
    } else fillLabel(doc, send, A.sendText, A.shape);
    composer.appendChild(input);
    composer.appendChild(send);
    mark('message', input);
    mark('send', send);
    send.addEventListener('click', function () {
      var text = (input.value != null ? input.value : input.textContent) || '';
      if (!text.trim()) { bubble(A.messagePrompt, false); return; }
      bubble(text, true);
      composer.style.display = 'none';
      typing(function () { bubble(A.sent, false); });
      try { W.__corpusSent = text; W.top.__corpusSent = text; } catch (e) { /* cross-origin top: not here */ }
    });
    scroll();
  }
  later(A.delay, start);
}
W.__corpusMountAssistant = mountAssistant;

// ---------------------------------------------------------------- opening the assistant
var assistantOpen = false;
function openAssistant(flavour, orderId) {
  var where = C.container;
  var path = C.assistantPath + '?' + (flavour === 'order' ? 'order=' + orderId : 'from=menu');
  if (where === 'new-tab') { W.open(path, '_blank'); return; }
  if (assistantOpen) return;
  assistantOpen = true;
  C.onCloseAssistant = function () { assistantOpen = false; if (wrap) wrap.remove(); };
  var wrap = null;
  later(C.openDelay, function () {
    if (where === 'inline' || where === 'log') {
      wrap = mk(document, 'div', C.A.cls.dock);
      (C.dockIn === 'main' && document.querySelector('main') || document.body).appendChild(wrap);
      mountAssistant(wrap, document, flavour, orderId);
    } else if (where === 'dialog') {
      wrap = mk(document, 'div', C.A.cls.backdrop);
      var dlg = mk(document, 'div', C.A.cls.dialog);
      dlg.setAttribute('role', 'dialog');
      dlg.setAttribute('aria-modal', 'true');
      dlg.setAttribute('aria-label', C.A.title);
      wrap.appendChild(dlg);
      document.body.appendChild(wrap);
      mountAssistant(dlg, document, flavour, orderId);
    } else if (where === 'shadow') {
      wrap = document.createElement(C.shadowTag);
      wrap.className = C.A.cls.dock;
      document.body.appendChild(wrap);
      var root = wrap.attachShadow({ mode: 'open' });
      var st = document.createElement('style');
      st.textContent = C.A.css;
      root.appendChild(st);
      mountAssistant(root, document, flavour, orderId);
    } else if (where === 'iframe-srcdoc' || where === 'iframe-path') {
      wrap = mk(document, 'div', C.A.cls.dock);
      var f = document.createElement('iframe');
      f.title = C.A.title;
      f.className = C.A.cls.frame;
      if (where === 'iframe-path') f.src = path + '&embed=1';
      else {
        f.addEventListener('load', function once() {
          f.removeEventListener('load', once);
          mountAssistant(f.contentDocument.body, f.contentDocument, flavour, orderId);
        });
        f.srcdoc = '<!doctype html><html lang="' + C.lang + '"><head><meta charset="utf-8"><style>' + C.A.css + '</style></head><body></body></html>';
      }
      wrap.appendChild(f);
      document.body.appendChild(wrap);
    }
  });
}

// ---------------------------------------------------------------- the page
function initMenu() {
  var k = C.k;
  var trigger = q(k.trigger);
  if (!trigger || trigger.__wired) return;
  trigger.__wired = true;
  mark('account-menu', trigger);
  var wrapEl = q(k.wrap);
  var menu = null, closeTimer = 0, openTimer = 0;
  function wireMenu(m) {
    var cs = q(k.cs, m);
    mark('customer-support', cs);
    if (cs && !cs.__wired) {
      cs.__wired = true;
      cs.addEventListener('click', function (e) { e.preventDefault(); hide(true); openAssistant('menu'); });
    }
  }
  function show() {
    clearTimeout(closeTimer);
    if (C.menuMech === 'css-hover') return;
    if (C.menuMech === 'aria-controls') {
      menu = document.getElementById(k.menuId);
      menu.hidden = false;
      trigger.setAttribute('aria-expanded', 'true');
      return;
    }
    if (menu && menu.isConnected) return;
    menu = html(document, C.menuHtml);
    if (C.menuMech === 'portal') {
      var r = trigger.getBoundingClientRect();
      menu.style.position = 'fixed';
      menu.style.top = Math.round(r.bottom) + 'px';
      if (C.side === 'right') menu.style.right = Math.max(0, Math.round(innerWidth - r.right)) + 'px';
      else menu.style.left = Math.round(r.left) + 'px';
      document.body.appendChild(menu);
      menu.addEventListener('mouseenter', function () { clearTimeout(closeTimer); });
      menu.addEventListener('mouseleave', scheduleHide);
    } else wrapEl.appendChild(menu);
    wireMenu(menu);
  }
  function hide(now) {
    clearTimeout(openTimer);
    if (C.menuMech === 'css-hover') return;
    if (C.menuMech === 'aria-controls') {
      var m = document.getElementById(k.menuId);
      if (m) m.hidden = true;
      trigger.setAttribute('aria-expanded', 'false');
      return;
    }
    if (menu) { menu.remove(); menu = null; }
    void now;
  }
  function scheduleHide() { clearTimeout(closeTimer); closeTimer = later(C.closeDelay, function () { hide(); }); }
  var hoverZone = C.menuMech === 'portal' ? trigger : wrapEl;
  hoverZone.addEventListener('mouseenter', function () {
    clearTimeout(closeTimer);
    openTimer = later(C.hoverDelay, show);
  });
  hoverZone.addEventListener('mouseleave', function () { clearTimeout(openTimer); scheduleHide(); });
  trigger.addEventListener('click', function (e) {
    e.preventDefault();
    // Clicking the trigger goes to the account settings (as the guide warns), or toggles
    // the menu on triggers drawn as menu buttons.
    if (C.triggerClick === 'settings') location.href = '/settings';
    else if (trigger.getAttribute('aria-expanded') === 'true' || (menu && menu.isConnected)) hide(true);
    else show();
  });
  if (C.menuMech === 'css-hover' || C.menuMech === 'aria-controls') {
    var m0 = C.menuMech === 'aria-controls' ? document.getElementById(k.menuId) : q(k.menu);
    if (m0) {
      wireMenu(m0);
      if (C.menuMech === 'aria-controls') {
        m0.addEventListener('mouseenter', function () { clearTimeout(closeTimer); });
        m0.addEventListener('mouseleave', scheduleHide);
      }
    }
  }
}

function initBell() {
  var b = q(C.k.bell);
  if (!b || b.__wired) return;
  b.__wired = true;
  var p = q(C.k.bellPanel);
  b.addEventListener('mouseenter', function () { p.hidden = false; b.setAttribute('aria-expanded', 'true'); });
  b.parentElement.addEventListener('mouseleave', function () { p.hidden = true; b.setAttribute('aria-expanded', 'false'); });
}

function initOrders() {
  (C.gh || []).forEach(function (g) {
    var b = q(g.t);
    if (!b || b.__wired) return;
    b.__wired = true;
    if (g.target) mark('get-help', b);
    b.addEventListener('click', function (e) { e.preventDefault(); openAssistant('order', g.order); });
  });
}

function initSignIn() {
  (C.k.signIn || []).forEach(function (tok) {
    document.querySelectorAll('.' + tok).forEach(function (b) {
      if (b.__wired) return;
      b.__wired = true;
      mark('sign-in', b);
      b.addEventListener('click', function (e) {
        e.preventDefault();
        if (C.signin === 'navigate') { location.href = C.signedInPath; return; }
        // A single-page app's login: the signed-in page replaces the signed-out one in place.
        later(C.openDelay, function () {
          var tpl = document.getElementById(C.k.tpl);
          var app = q(C.k.app);
          app.replaceChildren(tpl.content.cloneNode(true));
          tpl.remove();
          try { history.replaceState(null, '', C.signedInPath); } catch (e2) { /* same origin */ }
          T.delete('sign-in');
          initPage();
        });
      });
    });
  });
}

// Wide variants: a top bar that hides while the page scrolls down (the page opens scrolled
// down, as a feed restored where the shopper left it).
function initBar() {
  var bar = q(C.k.bar);
  if (!bar || bar.__wired || !C.k.barHides) return;
  bar.__wired = true;
  var lastY = W.scrollY;
  W.addEventListener('scroll', function () {
    var y = W.scrollY;
    if (!bar.isConnected) return;
    bar.style.transform = y > lastY && y > 80 ? 'translateY(-120%)' : '';
    lastY = y;
  }, { passive: true });
}
// A third party's chat widget: its markup moves into an open shadow root of its host.
function initBot() {
  var host = q(C.k.bot);
  if (!host || host.__wired) return;
  host.__wired = true;
  if (!C.k.botShadow || host.shadowRoot) return;
  var root = host.attachShadow({ mode: 'open' });
  while (host.firstChild) root.appendChild(host.firstChild);
}

function initPage() {
  initSignIn();
  initMenu();
  initBell();
  initOrders();
  initBar();
  initBot();
}

if (C.kind === 'assistant') {
  var order = new URLSearchParams(location.search).get('order');
  document.title = C.A.title;
  mountAssistant(q(C.k.app) || document.body, document, order ? 'order' : 'menu', order || '');
} else {
  // The script comes after the app's markup: everything it wires is already parsed.
  initPage();
  if (C.k.barHides) later(0, function () { W.scrollTo(0, 600); });
}
var self = document.currentScript;
if (self) self.remove();
})();`;
