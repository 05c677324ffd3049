// govgraph SPARQL editor: runs the query through /sparql and shows the results as a table.
// Every value from the endpoint is inserted with textContent, never as markup.
(function () {
  'use strict';
  var form = document.getElementById('sparql-form');
  if (!form) { return; }
  var textarea = document.getElementById('query');
  var format = document.getElementById('format');
  var results = document.getElementById('results');
  var status = document.getElementById('status');
  var permalink = document.getElementById('permalink');
  var base = form.getAttribute('data-base') || '';

  function setStatus(text, isError) {
    status.textContent = text;
    status.className = isError ? 'error' : '';
  }

  function link() {
    return location.pathname + '?q=' + encodeURIComponent(textarea.value);
  }

  function updatePermalink() {
    var href = link();
    permalink.setAttribute('href', href);
    if (history.replaceState) { history.replaceState(null, '', href); }
  }

  function cell(term) {
    var td = document.createElement('td');
    if (!term) { return td; }
    if (term.type === 'uri') {
      var iri = term.value;
      var href = null;
      if (base && iri.indexOf(base) === 0) {
        href = '/' + iri.substring(base.length);
      } else if (/^https?:\/\//i.test(iri)) {
        href = iri;
      }
      var el = document.createElement(href ? 'a' : 'span');
      if (href) { el.setAttribute('href', href); }
      el.textContent = iri;
      td.appendChild(el);
    } else {
      td.textContent = term.value;
      if (term['xml:lang']) {
        var lang = document.createElement('span');
        lang.className = 'lang';
        lang.textContent = term['xml:lang'];
        td.appendChild(document.createTextNode(' '));
        td.appendChild(lang);
      }
      if (/^-?[0-9.]+(e-?[0-9]+)?$/i.test(term.value)) { td.className = 'num'; }
    }
    return td;
  }

  function renderJson(data) {
    results.textContent = '';
    if (typeof data.boolean === 'boolean') {
      var p = document.createElement('p');
      p.textContent = 'Answer: ' + (data.boolean ? 'yes (true)' : 'no (false)');
      results.appendChild(p);
      return 1;
    }
    var vars = data.head && data.head.vars ? data.head.vars : [];
    var rows = data.results && data.results.bindings ? data.results.bindings : [];
    var table = document.createElement('table');
    table.className = 'data';
    var thead = table.createTHead().insertRow();
    vars.forEach(function (v) {
      var th = document.createElement('th');
      th.textContent = v;
      thead.appendChild(th);
    });
    var tbody = table.createTBody();
    rows.forEach(function (b) {
      var tr = tbody.insertRow();
      vars.forEach(function (v) { tr.appendChild(cell(b[v])); });
    });
    results.appendChild(table);
    return rows.length;
  }

  function run() {
    updatePermalink();
    if (format.value) {            // a raw format: let the endpoint answer in a new page
      var url = '/sparql?query=' + encodeURIComponent(textarea.value) + '&format=' + encodeURIComponent(format.value);
      window.open(url, '_blank', 'noopener');
      return;
    }
    setStatus('Running…', false);
    var started = Date.now();
    fetch('/sparql', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        'Accept': 'application/sparql-results+json, text/turtle;q=0.9'
      },
      body: 'query=' + encodeURIComponent(textarea.value)
    }).then(function (response) {
      var type = response.headers.get('Content-Type') || '';
      return response.text().then(function (body) {
        var seconds = ((Date.now() - started) / 1000).toFixed(2);
        if (!response.ok) {
          var message = body;
          try { message = JSON.parse(body).message || body; } catch (notJson) { /* plain text */ }
          results.textContent = '';
          setStatus('Error ' + response.status + ': ' + message, true);
          return;
        }
        if (type.indexOf('json') >= 0) {
          var n = renderJson(JSON.parse(body));
          setStatus(n + (n === 1 ? ' result' : ' results') + ' in ' + seconds + ' s', false);
        } else {
          results.textContent = '';
          var pre = document.createElement('pre');
          pre.textContent = body;
          results.appendChild(pre);
          setStatus('Graph result in ' + seconds + ' s', false);
        }
      });
    }).catch(function (e) {
      setStatus('The request failed: ' + e.message, true);
    });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    run();
  });

  textarea.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      run();
    } else if (event.key === 'Tab' && !event.shiftKey) {
      event.preventDefault();
      var s = textarea.selectionStart;
      textarea.setRangeText('  ', s, textarea.selectionEnd, 'end');
    }
  });
  textarea.addEventListener('input', function () { permalink.setAttribute('href', link()); });

  Array.prototype.forEach.call(document.querySelectorAll('a.example'), function (a) {
    a.addEventListener('click', function (event) {
      event.preventDefault();
      textarea.value = a.getAttribute('data-query');
      run();
    });
  });

  // Permalinks: ?q=... (the page was served with the query in the editor) or #query=...
  var hash = location.hash;
  if (hash.indexOf('#query=') === 0) {
    textarea.value = decodeURIComponent(hash.substring(7).replace(/\+/g, ' '));
    run();
  } else if (form.getAttribute('data-run-on-load') === 'true') {
    run();
  } else {
    permalink.setAttribute('href', link());
    textarea.scrollTop = textarea.scrollHeight;   // show the query below the preloaded prefixes
  }
})();
