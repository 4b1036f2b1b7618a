// seedgen report: draws the views from the JSON in this page. Seed strings only ever reach the
// page through text nodes (appendText), never as markup.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('seedgen-data').textContent);
  var docs = data.docs;
  var C = {};
  data.columns.forEach(function (name, i) { C[name] = i; });
  var kinds = data.kinds;
  var KIND = {};
  kinds.forEach(function (k, i) { KIND[k.name] = i; });
  var byId = new Map();
  docs.forEach(function (d, i) { if (!byId.has(d[C.id])) byId.set(d[C.id], i); });
  var app = document.getElementById('app');
  var PAGE = 100;
  var state = { filter: '', check: '', sort: C.path, asc: true, page: 0 };

  // Controls, U+2028/2029 and invisible format characters (bidi controls, ZWSP, BOM …): shown as a visible mark.
  // ZWJ and ZWNJ are spelling in Indic scripts and stay as they are. Tag characters (U+E0000–E007F) are pairs.
  var INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b\u200e\u200f\u202a-\u202e\u2028\u2029\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]|\udb40[\udc00-\udc7f]/g;

  function codeOf(ch) {
    var code = ch.codePointAt(0).toString(16).toUpperCase();
    while (code.length < 4) code = '0' + code;
    return 'U+' + code;
  }

  function appendText(parent, s) {
    s = String(s);
    INVISIBLE.lastIndex = 0;
    var last = 0, m;
    while ((m = INVISIBLE.exec(s)) !== null) {
      if (m.index > last) parent.appendChild(document.createTextNode(s.slice(last, m.index)));
      var mark = document.createElement('span');
      mark.className = 'fc';
      mark.title = codeOf(m[0]) + ': an invisible control or format character of the seed, shown';
      mark.textContent = codeOf(m[0]);
      parent.appendChild(mark);
      last = m.index + m[0].length;
    }
    if (last < s.length) parent.appendChild(document.createTextNode(last ? s.slice(last) : s));
  }

  // A seed string for an attribute (a tooltip): invisible characters as [U+XXXX].
  function visible(s) {
    return String(s).replace(INVISIBLE, function (ch) { return '[' + codeOf(ch) + ']'; });
  }

  // el('td', {class: 'num', dir: 'auto'}, child, 'text', …): attributes by setAttribute, children as nodes or text nodes.
  function el(tag, attrs) {
    var e = document.createElement(tag);
    if (attrs) for (var k in attrs) {
      var v = attrs[k];
      if (v === null || v === undefined || v === false) continue;
      if (typeof v === 'function') e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, visible(v));
    }
    for (var i = 2; i < arguments.length; i++) add(e, arguments[i]);
    return e;
  }
  function add(parent, c) {
    if (c === null || c === undefined || c === false) return;
    if (Array.isArray(c)) c.forEach(function (x) { add(parent, x); });
    else if (typeof c === 'object') parent.appendChild(c);
    else appendText(parent, c);
  }
  function fmt(n) { return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ','); }
  function pct(n, of) { return of ? Math.round(100 * n / of) + '%' : '–'; }
  function bar(n, of, width) { return el('span', { class: 'bar', style: 'width:' + Math.max(1, Math.round((width || 120) * (of ? n / of : 0))) + 'px' }); }
  function docLink(i, text) { return el('a', { href: '#doc=' + encodeURIComponent(docs[i][C.id]), dir: 'auto' }, text === undefined ? docs[i][C.id] : text); }
  function score(agreement) { return (agreement / data.signatureSize).toFixed(2); }
  function size(bytes) { return bytes >= 1048576 ? (bytes / 1048576).toFixed(1) + ' MB' : bytes >= 1024 ? (bytes / 1024).toFixed(1) + ' KB' : bytes + ' B'; }
  function clear() { while (app.firstChild) app.removeChild(app.firstChild); }
  function setNav(which) {
    ['overview', 'corpus'].forEach(function (n) { document.getElementById('nav-' + n).className = n === which ? 'active' : ''; });
  }

  // ---------- Overview ----------
  var CHECKS = [
    ['', 'all documents', function () { return true; }],
    ['no-title', 'no title', function (d) { return d[C.title] === null; }],
    ['no-dateline', 'no dateline', function (d) { return d[C.dateline] === null; }],
    ['no-byline', 'no byline', function (d) { return d[C.byline] === null; }],
    ['no-source', 'no source', function (d) { return d[C.source] === null; }],
    ['no-published', 'no published date', function (d) { return d[C.published] === null; }],
    ['short-lead', 'short lead (' + data.shortLeadWords + ' words or fewer: a byline or crosshead read as the lead?)', function (d) { return (d[C.flags] & 1) !== 0; }],
    ['findings', 'with diagnostics', function (d) { return d[C.findings] > 0; }],
    ['not-generated', 'not generated', function (d) { return (d[C.flags] & 2) !== 0; }]
  ];
  data.diagnostics.forEach(function (x) {
    CHECKS.push(['id-' + x[0], 'with ' + x[0], function (d) { return (' ' + d[C.ids] + ' ').indexOf(' ' + x[0] + ' ') >= 0; }]);
  });
  var COVERAGE_CHECK = { Title: 'no-title', Dateline: 'no-dateline', Byline: 'no-byline', Source: 'no-source', Published: 'no-published' };

  function showOverview() {
    setNav('overview');
    clear();
    var n = docs.length;
    var generated = docs.filter(function (d) { return d[C.cls] !== null; }).length;
    var withFindings = docs.filter(function (d) { return d[C.findings] > 0; }).length;
    var words = 0, bytes = 0;
    docs.forEach(function (d) { words += d[C.words]; bytes += d[C.bytes]; });
    app.appendChild(el('div', { class: 'cards' },
      card(fmt(n), 'documents', 'doc-count'), card(fmt(generated), 'generated'), card(fmt(withFindings), 'with diagnostics'),
      card(fmt(words), 'words'), card(size(bytes), 'of text'), card(fmt(data.pairCount), 'related pairs')));

    var grid = el('div', { class: 'grid' });
    var cov = el('table', { id: 'coverage' }, el('tr', null, el('th', null, 'readout'), el('th', { class: 'num' }, 'documents'), el('th', null, '')));
    data.coverage.forEach(function (c) {
      var check = COVERAGE_CHECK[c[0]];
      cov.appendChild(el('tr', { 'data-readout': c[0], class: check ? 'clickable' : null, title: check ? 'List the documents without it' : null,
        onclick: check ? function () { state.check = check; state.page = 0; drawTable(); document.getElementById('documents').scrollIntoView(); } : null },
        el('td', null, el('code', null, c[0])), el('td', { class: 'num' }, fmt(c[1]), el('span', { class: 'muted' }, ' (' + pct(c[1], generated) + ')')),
        el('td', null, bar(c[1], generated))));
    });
    grid.appendChild(el('section', null, el('h2', null, 'Readouts: documents that have each'), cov));

    var side = el('section', null);
    side.appendChild(el('h2', null, 'Scripts and languages'));
    side.appendChild(tally(data.scripts, 'script', 'scripts'));
    side.appendChild(tally(data.languages, 'language', 'languages'));
    side.appendChild(el('h2', null, 'Diagnostics'));
    if (data.diagnostics.length === 0) side.appendChild(el('p', { class: 'muted' }, 'No diagnostics.'));
    else {
      var dt = el('table', { id: 'diagnostics' }, el('tr', null, el('th', null, 'id'), el('th', null, 'severity'), el('th', { class: 'num' }, 'documents'), el('th', { class: 'num' }, 'findings')));
      data.diagnostics.forEach(function (x) {
        dt.appendChild(el('tr', { class: 'clickable', 'data-id': x[0], onclick: function () { state.check = 'id-' + x[0]; state.page = 0; drawTable(); document.getElementById('documents').scrollIntoView(); } },
          el('td', null, el('code', null, x[0])), el('td', { class: 'sev-' + x[1] }, x[1]), el('td', { class: 'num' }, fmt(x[2])), el('td', { class: 'num' }, fmt(x[3]))));
      });
      side.appendChild(dt);
    }
    if (data.otherFindings.length) {
      side.appendChild(el('h3', null, 'Files left out'));
      data.otherFindings.forEach(function (f) { side.appendChild(el('div', { class: 'mono', dir: 'auto' }, f)); });
    }
    grid.appendChild(side);

    var bySize = docs.map(function (d, i) { return i; }).filter(function (i) { return docs[i][C.bytes] > 0; })
      .sort(function (a, b) { return docs[b][C.bytes] - docs[a][C.bytes] || a - b; });
    var extremes = el('section', null, el('h2', null, 'Largest and smallest documents'));
    extremes.appendChild(sizeList('Largest', bySize.slice(0, 5)));
    if (bySize.length > 5) extremes.appendChild(sizeList('Smallest', bySize.slice(Math.max(5, bySize.length - 5)).reverse()));
    grid.appendChild(extremes);
    app.appendChild(grid);

    app.appendChild(el('h2', { id: 'documents' }, 'Documents'));
    var search = el('input', { type: 'search', id: 'filter', placeholder: 'Filter: id, path, title, dateline, source, byline…', value: state.filter });
    search.addEventListener('input', function () { state.filter = search.value; state.page = 0; drawTable(); });
    var select = el('select', { id: 'check' });
    CHECKS.forEach(function (c) { select.appendChild(el('option', { value: c[0] }, c[1])); });
    select.value = state.check;
    select.addEventListener('change', function () { state.check = select.value; state.page = 0; drawTable(); });
    app.appendChild(el('div', { class: 'tools' }, search, select, el('span', { id: 'shown', class: 'muted' })));
    app.appendChild(el('div', { id: 'table' }));
    drawTable();
  }

  function card(n, text, id) { return el('div', { class: 'card' }, el('div', { class: 'n', id: id }, String(n)), el('div', { class: 't' }, text)); }

  function tally(rows, what, id) {
    var total = 0;
    rows.forEach(function (r) { total += r[1]; });
    var t = el('table', { id: id }, el('tr', null, el('th', null, what), el('th', { class: 'num' }, 'documents'), el('th', null, '')));
    rows.forEach(function (r) { t.appendChild(el('tr', null, el('td', null, r[0]), el('td', { class: 'num' }, fmt(r[1])), el('td', null, bar(r[1], total, 80)))); });
    return t;
  }

  function sizeList(title, list) {
    var t = el('table', null, el('tr', null, el('th', null, title), el('th', { class: 'num' }, 'size'), el('th', { class: 'num' }, 'words')));
    list.forEach(function (i) { t.appendChild(el('tr', null, el('td', null, docLink(i)), el('td', { class: 'num' }, size(docs[i][C.bytes])), el('td', { class: 'num' }, fmt(docs[i][C.words])))); });
    return t;
  }

  var TABLE = [
    ['id', 'id', '16%'], ['title', 'title', '26%'], ['dateline', 'dateline', '10%'], ['source', 'source', '9%'], ['byline', 'byline', '9%'],
    ['published', 'published', '11%'], ['paragraphs', '¶', '4%', 1], ['sentences', 'sentences', '6%', 1], ['words', 'words', '5%', 1],
    ['findings', 'diagnostics', '7%', 1]
  ];

  function matches() {
    var check = CHECKS.filter(function (c) { return c[0] === state.check; })[0] || CHECKS[0];
    var q = state.filter.trim().toLowerCase();
    var list = [];
    for (var i = 0; i < docs.length; i++) {
      var d = docs[i];
      if (!check[2](d)) continue;
      if (q) {
        var hay = [d[C.id], d[C.path], d[C.title], d[C.dateline], d[C.source], d[C.byline], d[C.ids]].join('\u0001').toLowerCase();
        if (hay.indexOf(q) < 0) continue;
      }
      list.push(i);
    }
    var col = state.sort, dir = state.asc ? 1 : -1;
    list.sort(function (a, b) {
      var x = docs[a][col], y = docs[b][col];
      if (x === y) return a - b;
      if (x === null) return 1;
      if (y === null) return -1;
      return (typeof x === 'number' ? x - y : (x < y ? -1 : 1)) * dir;
    });
    return list;
  }

  function drawTable() {
    var host = document.getElementById('table');
    if (!host) return;
    var list = matches();
    var pages = Math.max(1, Math.ceil(list.length / PAGE));
    if (state.page >= pages) state.page = pages - 1;
    var from = state.page * PAGE, to = Math.min(list.length, from + PAGE);
    document.getElementById('shown').textContent = list.length === docs.length
      ? fmt(docs.length) + ' documents' : fmt(list.length) + ' of ' + fmt(docs.length) + ' documents';
    var t = el('table', { class: 'docs', id: 'doc-table' });
    var head = el('tr');
    TABLE.forEach(function (c) {
      var sorted = C[c[0]] === state.sort;
      head.appendChild(el('th', { class: (c[3] ? 'num ' : '') + (sorted ? 'sorted' + (state.asc ? ' asc' : '') : ''), style: 'width:' + c[2], title: 'Sort by ' + c[1],
        onclick: function () { if (state.sort === C[c[0]]) state.asc = !state.asc; else { state.sort = C[c[0]]; state.asc = !c[3]; } drawTable(); } }, c[1]));
    });
    t.appendChild(head);
    for (var r = from; r < to; r++) {
      var i = list[r], d = docs[i];
      var tr = el('tr', { 'data-doc': i });
      TABLE.forEach(function (c) {
        var v = d[C[c[0]]];
        if (c[0] === 'id') tr.appendChild(el('td', { title: d[C.path] }, docLink(i)));
        else if (c[0] === 'findings') tr.appendChild(el('td', { class: 'num' + (d[C.severity] ? ' sev-' + d[C.severity] : ''), title: d[C.ids] || null }, String(v)));
        else if (c[3]) tr.appendChild(el('td', { class: 'num' }, fmt(v)));
        else if (v === null) tr.appendChild(el('td', { class: 'none' }, '—'));
        else tr.appendChild(el('td', { dir: 'auto', title: v }, v));
      });
      t.appendChild(tr);
    }
    var pager = el('div', { class: 'pager' },
      el('button', { disabled: state.page === 0 ? 'disabled' : null, onclick: function () { state.page--; drawTable(); } }, '‹ previous'),
      el('span', { class: 'muted' }, list.length ? 'rows ' + fmt(from + 1) + '–' + fmt(to) + ', page ' + (state.page + 1) + ' of ' + pages : 'no documents match'),
      el('button', { disabled: state.page >= pages - 1 ? 'disabled' : null, onclick: function () { state.page++; drawTable(); } }, 'next ›'));
    while (host.firstChild) host.removeChild(host.firstChild);
    host.appendChild(t);
    host.appendChild(pager);
  }

  // ---------- Document ----------
  function detail(i) { return JSON.parse(document.getElementById('d' + i).textContent); }

  function memberNames(cls, kind, z) {
    if (!cls) return [];
    var doc = cls + '.Document.' + kind.member;
    if (kind.shape === 'list') return [doc + '[' + z[3] + ']'];
    if (kind.shape === 'map') return [doc + '[' + z[4] + ']'];
    if (kind.shape === 'text') return [cls + '.' + kind.member, doc];
    return [doc];
  }

  function showDoc(id) {
    setNav('');
    clear();
    var i = byId.has(id) ? byId.get(id) : -1;
    if (i < 0) { app.appendChild(el('p', null, 'No document ', el('code', null, id), ' in this report. ', el('a', { href: '#overview' }, 'Overview'))); return; }
    var d = docs[i], x = detail(i), cls = d[C.cls];
    document.title = visible(d[C.id]) + ' – SeedGen report';
    app.appendChild(el('div', { class: 'doc-head' },
      el('a', { href: '#overview' }, '‹ all documents'),
      i > 0 ? docLink(i - 1, '← previous') : null, i + 1 < docs.length ? docLink(i + 1, 'next →') : null,
      el('h2', { id: 'doc-id', dir: 'auto' }, d[C.id]),
      el('span', { class: 'mono muted', dir: 'auto' }, d[C.path]),
      cls ? el('code', { id: 'doc-class' }, cls) : el('span', { class: 'sev-warning' }, x.notGenerated || 'not generated'),
      el('span', { class: 'muted' }, fmt(d[C.paragraphs]) + ' paragraphs, ' + fmt(d[C.sentences]) + ' sentences, ' + fmt(d[C.words]) + ' words, ' + size(d[C.bytes]))));

    var body = el('div', { class: 'doc-body' });
    var left = el('div');
    var right = el('div');
    body.appendChild(left);
    body.appendChild(right);
    app.appendChild(body);

    var selection = el('div', { class: 'panel selection', id: 'selection' }, el('h3', null, 'Selected zone'), el('p', { class: 'muted' }, 'Click a marked zone of the text to see the member that reads it.'));
    right.appendChild(selection);

    if (x.text === undefined) {
      left.appendChild(el('p', { class: 'muted' }, x.textOmitted ? 'Text not in this page: ' + x.textOmitted + '.' : 'No text: ' + (x.notGenerated || 'the file could not be read') + '.'));
    } else {
      var counts = kinds.map(function () { return 0; });
      x.zones.forEach(function (z) { counts[z[0]]++; });
      var text = el('div', { class: 'text', id: 'doc-text', dir: 'auto', lang: d[C.language] || null });
      var legend = el('div', { class: 'legend', id: 'legend' });
      kinds.forEach(function (k, ki) {
        if (!counts[ki]) return;
        var box = el('input', { type: 'checkbox', checked: 'checked' });
        box.addEventListener('change', function () { text.classList.toggle('hide-' + k.name, !box.checked); });
        legend.appendChild(el('label', { title: k.member }, box, el('span', { class: 'sw z-' + k.name }), k.name + ' ' + counts[ki]));
      });
      left.appendChild(legend);
      left.appendChild(text);
      renderText(text, x.text, x.zones, cls, function (z, e) { select(selection, x.text, cls, z, e); });
    }

    if (x.findings.length) {
      var f = el('div', { class: 'panel', id: 'findings' }, el('h3', null, 'Diagnostics'));
      x.findings.forEach(function (g) { f.appendChild(el('div', null, el('span', { class: 'sev-' + g[0] }, g[0] + ' ' + g[1]), ' (' + g[2] + ',' + g[3] + '): ', el('span', { dir: 'auto' }, g[4]))); });
      right.appendChild(f);
    }
    if (x.members.length) {
      var m = el('div', { class: 'members', id: 'members' });
      x.members.forEach(function (p) {
        m.appendChild(el('div', { class: 'member' }, el('code', null, (p[0].charAt(0) === '.' ? cls : '') + p[0]), ' = ',
          el('span', { class: 'value' + (p[1] === null ? ' none' : ''), dir: 'auto' }, p[1] === null ? 'null' : p[1])));
      });
      right.appendChild(el('div', { class: 'panel' }, el('h3', null, 'Constants and members'), m));
    }
    var rel = el('div', { class: 'panel', id: 'related' }, el('h3', null, 'Related documents'));
    if (!x.related.length) rel.appendChild(el('p', { class: 'muted' }, 'None at or above ' + score(data.relatedThreshold) + '.'));
    x.related.forEach(function (r) {
      rel.appendChild(el('div', null, bar(r[1], data.signatureSize, 60), ' ', score(r[1]), r[1] >= data.nearDuplicate ? ' near-duplicate ' : ' ', docLink(r[0]),
        docs[r[0]][C.title] ? el('span', { class: 'muted', dir: 'auto' }, ' ', docs[r[0]][C.title]) : null));
    });
    right.appendChild(rel);
    window.scrollTo(0, 0);
  }

  function select(panel, text, cls, z, e) {
    var prev = document.querySelector('.z.selected');
    if (prev) prev.classList.remove('selected');
    e.classList.add('selected');
    var kind = kinds[z[0]];
    while (panel.firstChild) panel.removeChild(panel.firstChild);
    panel.appendChild(el('h3', null, 'Selected zone: ' + kind.name + (kind.shape === 'list' ? ' ' + z[3] : '')));
    var names = memberNames(cls, kind, z);
    if (!names.length) panel.appendChild(el('p', { class: 'muted' }, 'This seed is not generated: no member reads it.'));
    names.forEach(function (n) { panel.appendChild(el('code', { class: 'member' }, n)); });
    if (kind.name === 'number') panel.appendChild(el('p', null, 'Value: ', el('code', null, z[4])));
    if (kind.name === 'weekday' || kind.name === 'month') panel.appendChild(el('p', null, 'Reads as ', el('code', null, z[4])));
    panel.appendChild(el('p', { dir: 'auto', class: 'zone-text' }, text.substr(z[1], z[2])));
    panel.appendChild(el('p', { class: 'muted' }, 'characters ' + z[1] + '–' + (z[1] + z[2]) + ' of the text'));
  }

  // Zones nest: sorted by start, longer first, outer kind first. A zone that runs past the end of
  // the zone it starts in is cut there and continues after it (data-part > 0).
  function renderText(container, text, zones, cls, onSelect) {
    var queue = zones.map(function (z) { return { z: z, s: z[1], e: z[1] + z[2], part: 0 }; });
    var stack = [{ end: text.length, el: container }];
    var pos = 0;
    function before(a, b) { return a.s !== b.s ? a.s < b.s : a.e !== b.e ? a.e > b.e : a.z[0] < b.z[0]; }
    function flushTo(target) {
      while (pos < target) {
        var top = stack[stack.length - 1];
        var upto = Math.min(target, top.end);
        if (upto > pos) { appendText(top.el, text.slice(pos, upto)); pos = upto; }
        while (stack.length > 1 && stack[stack.length - 1].end <= pos) stack.pop();
      }
      while (stack.length > 1 && stack[stack.length - 1].end <= pos) stack.pop();
    }
    for (var qi = 0; qi < queue.length; qi++) {
      var q = queue[qi];
      flushTo(q.s);
      var top = stack[stack.length - 1];
      var end = q.e;
      if (end > top.end) {
        var rest = { z: q.z, s: top.end, e: q.e, part: q.part + 1 };
        var at = qi + 1;
        while (at < queue.length && before(queue[at], rest)) at++;
        queue.splice(at, 0, rest);
        end = top.end;
      }
      var kind = kinds[q.z[0]];
      var names = memberNames(cls, kind, q.z);
      var e = el('span', { class: 'z z-' + kind.name, 'data-kind': kind.name, 'data-index': q.z[3], 'data-part': q.part || null,
        title: (names.length ? names[names.length - 1] : kind.name) + (q.z[4] !== undefined && kind.shape !== 'map' ? ' = ' + q.z[4] : '') });
      (function (zone, node) { node.addEventListener('click', function (ev) { ev.stopPropagation(); onSelect(zone, node); }); })(q.z, e);
      if (kind.name === 'sentence' && q.part === 0) e.appendChild(el('span', { class: 'sb', 'data-index': q.z[3] }));
      top.el.appendChild(e);
      stack.push({ end: end, el: e });
    }
    flushTo(text.length);
  }

  // ---------- Corpus ----------
  function showCorpus() {
    setNav('corpus');
    clear();
    var pairs = data.pairs;
    app.appendChild(el('p', { class: 'muted' }, 'Related documents as the generator finds them (MinHash of the content words; ' +
      'score = agreeing signature positions / ' + data.signatureSize + '; related from ' + score(data.relatedThreshold) + ', near-duplicate from ' + score(data.nearDuplicate) +
      '). ' + fmt(data.pairCount) + ' related pairs' + (pairs.length < data.pairCount ? ', the best ' + fmt(pairs.length) + ' in this page.' : '.')));

    var near = pairs.filter(function (p) { return p[2] >= data.nearDuplicate; });
    app.appendChild(el('h2', null, 'Near-duplicates (' + near.length + ')'));
    app.appendChild(near.length ? pairTable(near, 'near-duplicates') : el('p', { class: 'muted' }, 'None.'));

    // The most connected documents (by related pairs, then by their best scores) as a matrix.
    var degree = new Map();
    pairs.forEach(function (p) {
      [p[0], p[1]].forEach(function (i) { var g = degree.get(i) || { n: 0, s: 0 }; g.n++; g.s += p[2]; degree.set(i, g); });
    });
    var top = Array.from(degree.keys()).sort(function (a, b) {
      var x = degree.get(a), y = degree.get(b);
      return y.n - x.n || y.s - x.s || a - b;
    }).slice(0, 30).sort(function (a, b) { return a - b; });
    app.appendChild(el('h2', null, 'Matrix of the ' + top.length + ' most connected documents'));
    if (top.length) {
      app.appendChild(el('p', { class: 'muted' }, 'A cell is a related pair: the darker, the higher the score; red is a near-duplicate. Hover for the score, click to open the document.'));
      app.appendChild(el('div', { class: 'matrix-wrap' }, matrix(top, pairs)));
    }
    else app.appendChild(el('p', { class: 'muted' }, 'No related documents.'));

    app.appendChild(el('h2', null, 'Best related pairs'));
    app.appendChild(pairs.length ? pairTable(pairs.slice(0, 300), 'pairs') : el('p', { class: 'muted' }, 'None.'));
  }

  function pairTable(list, id) {
    var t = el('table', { id: id }, el('tr', null, el('th', null, 'score'), el('th', null, ''), el('th', null, 'document'), el('th', null, 'related document')));
    list.forEach(function (p) {
      t.appendChild(el('tr', null, el('td', { class: 'num' }, score(p[2])), el('td', null, bar(p[2], data.signatureSize, 80)),
        el('td', null, docLink(p[0])), el('td', null, docLink(p[1]))));
    });
    return t;
  }

  function matrix(top, pairs) {
    var NS = 'http://www.w3.org/2000/svg';
    function svg(tag, attrs) { var e = document.createElementNS(NS, tag); for (var k in attrs) e.setAttribute(k, String(attrs[k])); return e; }
    var index = new Map();
    top.forEach(function (d, i) { index.set(d, i); });
    var cell = 16, label = 190, head = 140, n = top.length;
    var root = svg('svg', { width: label + n * cell + 110, height: head + n * cell + 10, id: 'matrix', role: 'img' });
    function name(i) { var s = visible(docs[i][C.id]); return s.length > 30 ? s.slice(0, 29) + '…' : s; }
    top.forEach(function (d, i) {
      var row = svg('text', { x: label - 6, y: head + i * cell + 12, 'text-anchor': 'end' });
      row.textContent = name(d);
      root.appendChild(row);
      var col = svg('text', { x: 0, y: 0, transform: 'translate(' + (label + i * cell + 11) + ',' + (head - 6) + ') rotate(-60)' });
      col.textContent = name(d);
      root.appendChild(col);
      root.appendChild(svg('rect', { x: label + i * cell, y: head + i * cell, width: cell - 1, height: cell - 1, fill: '#d5d9e2' }));
    });
    pairs.forEach(function (p) {
      if (!index.has(p[0]) || !index.has(p[1])) return;
      var a = index.get(p[0]), b = index.get(p[1]);
      [[a, b], [b, a]].forEach(function (xy) {
        var s = p[2] / data.signatureSize;
        var r = svg('rect', { class: 'cell', x: label + xy[0] * cell, y: head + xy[1] * cell, width: cell - 1, height: cell - 1,
          fill: p[2] >= data.nearDuplicate ? '#b3261e' : 'hsl(220, 75%, ' + Math.round(92 - 55 * Math.min(1, s / 0.6)) + '%)', 'data-score': s.toFixed(2) });
        var tip = svg('title', {});
        tip.textContent = visible(docs[p[0]][C.id] + ' ↔ ' + docs[p[1]][C.id]) + ': ' + s.toFixed(2);
        r.appendChild(tip);
        r.addEventListener('click', function () { location.hash = 'doc=' + encodeURIComponent(docs[p[0]][C.id]); });
        root.appendChild(r);
      });
    });
    return root;
  }

  function route() {
    var h = location.hash.slice(1);
    try { h = decodeURIComponent(h); } catch (e) { /* a hash that is not percent-encoding: as it is */ }
    document.title = 'SeedGen report: ' + visible(data.label);
    if (h.indexOf('doc=') === 0) {
      // #doc=ID, or #doc=ID&zone=KIND:INDEX to open it with a zone selected.
      var z = h.lastIndexOf('&zone=');
      showDoc(z > 0 && !byId.has(h.slice(4)) ? h.slice(4, z) : h.slice(4));
      if (z > 0 && !byId.has(h.slice(4))) {
        var want = h.slice(z + 6).split(':');
        var spans = document.querySelectorAll('#doc-text .z');
        for (var i = 0; i < spans.length; i++) {
          if (spans[i].getAttribute('data-kind') === want[0] && spans[i].getAttribute('data-index') === (want[1] || '0')) { spans[i].click(); break; }
        }
      }
    }
    else if (h === 'corpus') showCorpus();
    else showOverview();
    document.body.setAttribute('data-view', h.indexOf('doc=') === 0 ? 'document' : h === 'corpus' ? 'corpus' : 'overview');
  }
  window.addEventListener('hashchange', route);
  route();
})();
