// A notice with Undo stays a few seconds, then goes (kept while the pointer or the keyboard is on it).
(function () {
  'use strict';
  var SHOWN_MS = 8000;

  function start() {
    var toast = document.querySelector('[data-fades]');
    if (!toast) {
      return;
    }
    var timer = null;
    function arm() {
      timer = window.setTimeout(function () { toast.hidden = true; }, SHOWN_MS);
    }
    function hold() {
      window.clearTimeout(timer);
    }
    toast.addEventListener('mouseenter', hold);
    toast.addEventListener('focusin', hold);
    toast.addEventListener('mouseleave', arm);
    toast.addEventListener('focusout', arm);
    arm();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
