// Progressive enhancement: links marked with data-dialog open the matching <dialog> in place.
// Without JavaScript the same links lead to plain pages with the same forms.
(function () {
  'use strict';

  function open(dialog, opener) {
    if (typeof dialog.showModal !== 'function') {
      return false;
    }
    dialog.showModal();
    dialog.addEventListener('close', function () {
      if (opener) {
        opener.focus();
      }
    }, { once: true });
    return true;
  }

  document.addEventListener('click', function (event) {
    var opener = event.target.closest('[data-dialog]');
    if (!opener) {
      return;
    }
    var dialog = document.getElementById(opener.getAttribute('data-dialog'));
    if (dialog && open(dialog, opener)) {
      event.preventDefault();
    }
  });

  // A dialog whose form came back with errors opens again, with focus on the first field in error.
  document.addEventListener('DOMContentLoaded', function () {
    var dialog = document.querySelector('dialog[data-open="true"]');
    if (!dialog) {
      return;
    }
    var opener = document.querySelector('[data-dialog="' + dialog.id + '"]');
    if (open(dialog, opener)) {
      var invalid = dialog.querySelector('[aria-invalid="true"]');
      if (invalid) {
        invalid.focus();
      }
    }
  });
})();
