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

  function open(dialog, opener) {
    dialog.showModal();
    dialog.addEventListener('close', function () {
      if (opener) {
        opener.focus();
      }
    }, { once: true });
  }

  document.addEventListener('click', function (event) {
    var opener = event.target.closest('[data-dialog]');
    if (!opener) {
      return;
    }
    var dialog = document.getElementById(opener.getAttribute('data-dialog'));
    if (dialog) {
      event.preventDefault();
      open(dialog, opener);
    }
  });

  // A dialog whose form came back with errors opens again, with focus on the first field in error.
  var returned = document.querySelector('dialog[data-open="true"]');
  if (returned) {
    open(returned, document.querySelector('[data-dialog="' + returned.id + '"]'));
    var invalid = returned.querySelector('[aria-invalid="true"]');
    if (invalid) {
      invalid.focus();
    }
  }
})();
