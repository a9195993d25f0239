// Progressive enhancement for citations: a copy button for each formatted citation. Without
// JavaScript (or without the Clipboard API) the buttons stay hidden and the text can be selected.
(function () {
  'use strict';

  if (!navigator.clipboard || typeof navigator.clipboard.writeText !== 'function') {
    return;
  }

  document.querySelectorAll('[data-copy]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () {
      var source = document.getElementById(button.getAttribute('data-copy'));
      var status = button.parentNode.querySelector('.copy-status');
      if (!source) {
        return;
      }
      navigator.clipboard.writeText(source.textContent.trim()).then(function () {
        if (status) {
          status.textContent = button.getAttribute('data-copied');
        }
      });
    });
  });
})();
