// Offers the browser's time zone to a user who never picked one (the page renders the form only for
// them), when it is another zone than theirs. Nothing changes unless they press a button, and the
// server checks the zone against its list as for any other choice.
(() => {
  const form = document.getElementById('zone-proposal');
  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!form || !browserZone) {
    return;
  }
  // Intl's own name for a zone, so that Etc/UTC and UTC, or Asia/Calcutta and Asia/Kolkata, compare equal.
  const canonical = zone => {
    try {
      return new Intl.DateTimeFormat('en-US', {timeZone: zone}).resolvedOptions().timeZone;
    } catch (e) {
      return zone;
    }
  };
  if (canonical(browserZone) === canonical(form.dataset.zone)) {
    return;
  }
  form.querySelector('#zone-proposal-use').value = browserZone;
  form.querySelectorAll('.browser-zone').forEach(name => { name.textContent = browserZone; });
  form.hidden = false;
})();
