// Rolewire: progressive enhancement only. Every page works without this file (CSP: script-src 'self',
// so no inline scripts or handlers anywhere).
(function () {
  'use strict';

  function announce(text) {
    var status = document.getElementById('copy-status');
    if (status) {
      status.textContent = text;
    }
  }

  function copyFallback(text) {
    var area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'visually-hidden';
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try {
      ok = document.execCommand('copy');
    } catch (e) {
      ok = false;
    }
    document.body.removeChild(area);
    return ok ? Promise.resolve() : Promise.reject(new Error('copy refused'));
  }

  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    return copyFallback(text);
  }

  // Copy buttons: <button data-copy-target="doc-KEY" data-copied-label="Copied"> copies the text of
  // the element with that id. They are hidden in the markup and only shown when this script runs.
  function setUpCopyButtons() {
    document.querySelectorAll('[data-copy-target]').forEach(function (button) {
      button.hidden = false;
      button.addEventListener('click', function () {
        var target = document.getElementById(button.getAttribute('data-copy-target'));
        if (!target) {
          return;
        }
        var label = button.querySelector('span');
        var original = label ? label.textContent : '';
        copy(target.textContent).then(function () {
          var copied = button.getAttribute('data-copied-label') || original;
          if (label) {
            label.textContent = copied;
            window.setTimeout(function () { label.textContent = original; }, 2000);
          }
          announce(copied);
        }, function () {
          // Could not copy: select the text so the person can copy it by hand.
          var range = document.createRange();
          range.selectNodeContents(target);
          var selection = window.getSelection();
          selection.removeAllRanges();
          selection.addRange(range);
          target.focus();
        });
      });
    });
  }

  // After a refused form, move focus to the error summary so screen readers read it first.
  function focusErrorSummary() {
    var summary = document.getElementById('error-summary');
    if (summary) {
      summary.focus();
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    setUpCopyButtons();
    focusErrorSummary();
  });
}());
