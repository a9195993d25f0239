// Progressive enhancement: links marked with data-dialog open the matching <dialog> in place.
// Without JavaScript the same links lead to plain pages with the same forms.
(function () {
  'use strict';

  // Only with a working <dialog> do these links open a popup; without it they are plain links to plain pages,
  // and announcing a popup would mislead screen reader users.
  if (typeof HTMLDialogElement !== 'function') {
    return;
  }
  document.querySelectorAll('[data-dialog]').forEach(function (opener) {
    if (document.getElementById(opener.getAttribute('data-dialog'))) {
      opener.setAttribute('aria-haspopup', 'dialog');
    }
  });

  document.addEventListener('click', function (event) {
    var opener = event.target.closest('[data-dialog]');
    if (!opener) {
      return;
    }
    var dialog = document.getElementById(opener.getAttribute('data-dialog'));
    if (!dialog) {
      return;
    }
    event.preventDefault();
    dialog.showModal();
    dialog.addEventListener('close', function () {
      opener.focus();
    }, { once: true });
  });
})();
