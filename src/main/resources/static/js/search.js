// Suggestions for the header search box: titles and contributors from the JSON API as the
// reader types. The box works without this file (it submits to the search page); this only
// adds a list of links below it. Arrow keys move between the box and the links, Escape
// closes the list.
(function () {
  'use strict';
  var form = document.querySelector('form.site-search');
  if (!form || !window.fetch) {
    return;
  }
  var input = form.querySelector('input[name=q]');
  var list = form.querySelector('.suggestions');
  var endpoint = form.getAttribute('data-suggest');
  var timer = null;
  var latest = 0;

  function close() {
    list.hidden = true;
    list.textContent = '';
  }

  function links() {
    return Array.prototype.slice.call(list.querySelectorAll('a'));
  }

  function show(suggestions) {
    list.textContent = '';
    suggestions.forEach(function (suggestion) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = suggestion.url;
      link.textContent = suggestion.text;
      link.className = 'suggestion-' + suggestion.kind;
      item.appendChild(link);
      list.appendChild(item);
    });
    list.hidden = suggestions.length === 0;
  }

  function ask() {
    var query = input.value.trim();
    if (query.length < 2) {
      close();
      return;
    }
    var asked = ++latest;
    fetch(endpoint + '?q=' + encodeURIComponent(query), { headers: { Accept: 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : []; })
      .then(function (suggestions) {
        if (asked === latest) {
          show(suggestions);
        }
      })
      .catch(close);
  }

  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(ask, 120);
  });
  input.addEventListener('keydown', function (event) {
    if (event.key === 'ArrowDown' && !list.hidden && links().length > 0) {
      event.preventDefault();
      links()[0].focus();
    }
    else if (event.key === 'Escape') {
      close();
    }
  });
  list.addEventListener('keydown', function (event) {
    var all = links();
    var at = all.indexOf(document.activeElement);
    if (event.key === 'ArrowDown' && at < all.length - 1) {
      event.preventDefault();
      all[at + 1].focus();
    }
    else if (event.key === 'ArrowUp') {
      event.preventDefault();
      (at > 0 ? all[at - 1] : input).focus();
    }
    else if (event.key === 'Escape') {
      close();
      input.focus();
    }
  });
  form.addEventListener('focusout', function (event) {
    if (!form.contains(event.relatedTarget)) {
      close();
    }
  });
}());
