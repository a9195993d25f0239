// Progressive enhancement: links marked with data-dialog open the matching <dialog> in place.
// Without JavaScript the same links lead to plain pages with the same forms.
(function () {
  'use strict';

  document.addEventListener('click', function (event) {
    var opener = event.target.closest('[data-dialog]');
    if (!opener) {
      return;
    }
    var dialog = document.getElementById(opener.getAttribute('data-dialog'));
    if (!dialog || typeof dialog.showModal !== 'function') {
      return;
    }
    event.preventDefault();
    dialog.showModal();
    dialog.addEventListener('close', function () {
      opener.focus();
    }, { once: true });
  });
})();
