// Rolewire: progressive enhancement only. Every page works without this file (CSP: script-src 'self',
// so no inline scripts or handlers anywhere).
(function () {
  'use strict';

  // Where a copy is said to screen readers: the page's #copy-status, else one made when the page
  // has copy buttons (a live region must exist before its text changes to be read).
  function statusRegion() {
    var status = document.getElementById('copy-status');
    if (!status) {
      status = document.createElement('span');
      status.id = 'copy-status';
      status.className = 'visually-hidden';
      status.setAttribute('aria-live', 'polite');
      document.body.appendChild(status);
    }
    return status;
  }

  function announce(text) {
    statusRegion().textContent = text;
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
    var buttons = document.querySelectorAll('[data-copy-target]');
    if (buttons.length > 0) {
      statusRegion();
    }
    buttons.forEach(function (button) {
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

  // Live apply progress: while the run page's #apply-progress says data-live="true", fetch the same
  // fragment from its data-progress-url every second and swap it in. When a fetched fragment says
  // the apply is over, reload the page once, so the status, the buttons and the event log follow.
  // Without this script the page shows the state at load and a Refresh link.
  var PROGRESS_INTERVAL_MS = 1000;
  var PROGRESS_MAX_FAILURES = 5;

  function isLive(section) {
    return section && section.getAttribute('data-live') === 'true';
  }

  function pollProgress(url, failures) {
    window.setTimeout(function () {
      fetch(url, {credentials: 'same-origin', headers: {'Accept': 'text/html'}, cache: 'no-store'})
        .then(function (response) {
          // A redirect means the session ended (sign-in page): stop, the Refresh link still works.
          if (!response.ok || response.redirected) {
            throw new Error('progress answered ' + response.status);
          }
          return response.text();
        })
        .then(function (html) {
          var fetched = new DOMParser().parseFromString(html, 'text/html').getElementById('apply-progress');
          var current = document.getElementById('apply-progress');
          if (!fetched || !current) {
            throw new Error('no progress fragment');
          }
          current.replaceWith(document.importNode(fetched, true));
          if (isLive(fetched)) {
            pollProgress(url, 0);
          } else {
            window.location.reload();
          }
        })
        .catch(function () {
          if (failures + 1 < PROGRESS_MAX_FAILURES) {
            pollProgress(url, failures + 1);
          }
        });
    }, PROGRESS_INTERVAL_MS);
  }

  function setUpApplyProgress() {
    var section = document.getElementById('apply-progress');
    if (isLive(section) && window.fetch && window.DOMParser) {
      pollProgress(section.getAttribute('data-progress-url'), 0);
    }
  }

  // "Expand all" / "Collapse all": a link that renders the page with every <details> open (works
  // without this script); here it opens or closes them in place instead, without a reload.
  function setUpDetailsToggles() {
    document.querySelectorAll('[data-details-toggle]').forEach(function (toggle) {
      toggle.addEventListener('click', function (event) {
        var container = document.getElementById(toggle.getAttribute('data-details-toggle'));
        if (!container) {
          return;
        }
        event.preventDefault();
        var open = toggle.getAttribute('data-expanded') !== 'true';
        container.querySelectorAll('details').forEach(function (details) {
          details.open = open;
        });
        toggle.setAttribute('data-expanded', String(open));
        toggle.textContent = toggle.getAttribute(open ? 'data-label-collapse' : 'data-label-expand');
      });
    });
  }

  // Dependent fields: <div class="dependent" data-depends-on="NAME" data-depends-value="V"> holds
  // fields that apply only while the control NAME (radios or a checkbox) has the value V. Otherwise
  // they are disabled (and hidden with data-depends-hide="true"). The server ignores them anyway;
  // they are enabled again just before the form posts, so what was typed in them is kept.
  function controlValue(form, name) {
    var value = '';
    form.querySelectorAll('input[name="' + name + '"]').forEach(function (input) {
      if ((input.type === 'radio' || input.type === 'checkbox') ? input.checked : true) {
        value = input.value;
      }
    });
    return value;
  }

  function setEnabled(container, on) {
    container.querySelectorAll('input, select, textarea').forEach(function (field) {
      field.disabled = !on;
    });
    container.classList.toggle('dependent-off', !on);
    if (container.getAttribute('data-depends-hide') === 'true') {
      container.hidden = !on;
    }
  }

  function setUpDependentFields() {
    document.querySelectorAll('form').forEach(function (form) {
      var dependents = form.querySelectorAll('[data-depends-on]');
      if (dependents.length === 0) {
        return;
      }
      var refresh = function () {
        dependents.forEach(function (container) {
          var name = container.getAttribute('data-depends-on');
          setEnabled(container, controlValue(form, name) === container.getAttribute('data-depends-value'));
        });
      };
      form.addEventListener('change', refresh);
      form.addEventListener('submit', function () {
        dependents.forEach(function (container) {
          container.querySelectorAll('input, select, textarea').forEach(function (field) {
            field.disabled = false;
          });
        });
      });
      refresh();
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    setUpDependentFields();
    setUpCopyButtons();
    setUpDetailsToggles();
    focusErrorSummary();
    setUpApplyProgress();
  });
}());
