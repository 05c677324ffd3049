// govgraph search box: suggestions from /api/suggest while typing. The plain form works without it.
(function () {
  'use strict';
  Array.prototype.forEach.call(document.querySelectorAll('input[data-suggest]'), function (input) {
    var list = document.createElement('ul');
    list.className = 'suggestions';
    list.id = input.id + '-suggestions';
    list.setAttribute('role', 'listbox');
    list.hidden = true;
    input.parentNode.appendChild(list);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-controls', list.id);
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('autocomplete', 'off');
    var lang = input.getAttribute('data-lang') || 'en';
    var timer = null;
    var active = -1;
    var latest = 0;

    function close() {
      list.hidden = true;
      list.textContent = '';
      active = -1;
      input.setAttribute('aria-expanded', 'false');
    }

    function highlight(i) {
      var items = list.querySelectorAll('li');
      active = i;
      Array.prototype.forEach.call(items, function (li, j) {
        li.setAttribute('aria-selected', j === i ? 'true' : 'false');
      });
    }

    function show(suggestions) {
      list.textContent = '';
      suggestions.forEach(function (s, i) {
        var li = document.createElement('li');
        li.setAttribute('role', 'option');
        li.id = list.id + '-' + i;
        li.textContent = s.title;
        var kind = document.createElement('span');
        kind.className = 'kind';
        kind.textContent = s.kind || '';
        li.appendChild(kind);
        li.addEventListener('mousedown', function (event) {
          event.preventDefault();
          input.value = s.title;
          close();
          input.form.submit();
        });
        list.appendChild(li);
      });
      list.hidden = suggestions.length === 0;
      input.setAttribute('aria-expanded', suggestions.length ? 'true' : 'false');
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      var q = input.value.trim();
      if (q.length < 2) { close(); return; }
      timer = setTimeout(function () {
        var ticket = ++latest;
        fetch('/api/suggest?q=' + encodeURIComponent(q) + '&lang=' + encodeURIComponent(lang) + '&limit=8',
              { headers: { 'Accept': 'application/json' } })
          .then(function (r) { return r.ok ? r.json() : []; })
          .then(function (data) {
            if (ticket !== latest) { return; }
            var items = Array.isArray(data) ? data : (data.suggestions || []);
            show(items);
          })
          .catch(close);
      }, 150);
    });

    input.addEventListener('keydown', function (event) {
      var items = list.querySelectorAll('li');
      if (list.hidden || !items.length) { return; }
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        highlight((active + 1) % items.length);
      } else if (event.key === 'ArrowUp') {
        event.preventDefault();
        highlight((active - 1 + items.length) % items.length);
      } else if (event.key === 'Enter' && active >= 0) {
        event.preventDefault();
        input.value = items[active].firstChild.textContent;
        close();
        input.form.submit();
      } else if (event.key === 'Escape') {
        close();
      }
    });
    input.addEventListener('blur', function () { setTimeout(close, 100); });
  });
})();
