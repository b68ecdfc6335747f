// Pages that refresh themselves. The page's header carries the stamp of what it shows; every few
// seconds, while the page is visible, the stamp is asked again, and when it has moved the page is
// fetched anew and its live regions ([data-live-region]) are swapped in. A region the rep is
// working in (focus inside, or a form with unsaved input) is left alone until the rep is done.
(function () {
  'use strict';
  var INTERVAL = 3000;

  function start() {
    var header = document.querySelector('header[data-live-stamp]');
    if (!header || !document.querySelector('[data-live-region]') || !window.fetch || !window.DOMParser) {
      return;
    }
    var stamp = header.getAttribute('data-live-stamp');
    var stampUrl = header.getAttribute('data-live-url');
    var busy = false;

    function edited(region) {
      var active = document.activeElement;
      if (active && active !== document.body && region.contains(active)) {
        return true;
      }
      var fields = region.querySelectorAll('input, textarea, select');
      for (var i = 0; i < fields.length; i++) {
        var field = fields[i];
        if (field.type === 'hidden') {
          continue;
        }
        if ((field.type === 'checkbox' || field.type === 'radio') ? field.checked !== field.defaultChecked
            : field.tagName === 'SELECT' ? changedSelect(field) : field.value !== field.defaultValue) {
          return true;
        }
      }
      return false;
    }

    function changedSelect(select) {
      for (var i = 0; i < select.options.length; i++) {
        if (select.options[i].selected !== select.options[i].defaultSelected) {
          return true;
        }
      }
      return false;
    }

    function swap(html) {
      var fresh = new DOMParser().parseFromString(html, 'text/html');
      var complete = true;
      var regions = document.querySelectorAll('[data-live-region]');
      for (var i = 0; i < regions.length; i++) {
        var region = regions[i];
        var replacement = fresh.getElementById(region.id);
        if (!replacement) {
          continue;
        }
        if (edited(region)) {
          complete = false;
          continue;
        }
        var node = document.importNode(replacement, true);
        region.parentNode.replaceChild(node, region);
        if (window.htmx) {
          window.htmx.process(node);
        }
      }
      var freshHeader = fresh.querySelector('header[data-live-stamp]');
      return complete && freshHeader ? freshHeader.getAttribute('data-live-stamp') : null;
    }

    function check() {
      if (busy || document.hidden) {
        return;
      }
      busy = true;
      fetch(stampUrl, {credentials: 'same-origin', cache: 'no-store', headers: {'Accept': 'text/plain'}})
        .then(function (answer) {
          if (!answer.ok || answer.redirected) {
            return null;
          }
          return answer.text();
        })
        .then(function (now) {
          if (now === null || now.trim() === stamp) {
            return null;
          }
          return fetch(window.location.href, {credentials: 'same-origin', cache: 'no-store',
            headers: {'Accept': 'text/html'}})
            .then(function (page) {
              return page.ok && !page.redirected ? page.text() : null;
            })
            .then(function (html) {
              if (html !== null) {
                var shown = swap(html);
                if (shown !== null) {
                  stamp = shown;
                }
              }
            });
        })
        .catch(function () { /* offline for a moment: the next check tries again */ })
        .then(function () { busy = false; });
    }

    window.setInterval(check, INTERVAL);
    document.addEventListener('visibilitychange', check);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
