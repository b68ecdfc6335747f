// What keeps the page from being used with a thumb: the page wider than the window, a box whose
// content sticks out of it sideways (text running over a card's edge, which widens nothing when the
// card itself fits), or a control (matched by the first argument, unless inside something [hidden])
// that is off-screen, under something else, or shorter than the second argument in px.
const [selector, minimumHeight] = arguments;
const problems = [];
const page = document.documentElement;
if (page.scrollWidth > window.innerWidth) {
  problems.push(`the page is ${page.scrollWidth} px wide in a ${window.innerWidth} px window`);
}
for (const box of document.body.querySelectorAll('*')) {
  if (box.closest('[hidden]') || box.clientWidth === 0) {
    continue;
  }
  const style = getComputedStyle(box);
  // a box that scrolls or clips its overflow shows it on purpose; only what spills out is a problem
  if (style.overflowX !== 'visible' || style.display.startsWith('inline') || style.display === 'contents') {
    continue;
  }
  if (box.scrollWidth > box.clientWidth + 1) {
    const name = `<${box.tagName.toLowerCase()}${box.id ? ' id=' + box.id : ''}`
        + `${box.className && typeof box.className === 'string' ? ' class=' + box.className : ''}>`;
    problems.push(`${name} holds content ${box.scrollWidth} px wide in ${box.clientWidth} px: `
        + `"${box.textContent.trim().replace(/\s+/g, ' ').slice(0, 40)}"`);
  }
}
for (const control of document.querySelectorAll(selector)) {
  if (control.closest('[hidden]')) {
    continue;
  }
  control.scrollIntoView({block: 'center', inline: 'nearest'});
  const box = control.getBoundingClientRect();
  const name = `<${control.tagName.toLowerCase()}${control.id ? ' id=' + control.id : ''}`
      + `${control.className ? ' class=' + control.className : ''}> "${control.textContent.trim().slice(0, 30)}"`;
  if (box.width === 0 || box.height === 0) {
    problems.push(`${name} is not shown`);
    continue;
  }
  const left = box.left + window.scrollX;
  const right = box.right + window.scrollX;
  if (left < 0 || right > window.innerWidth) {
    problems.push(`${name} spans ${Math.round(left)}..${Math.round(right)} px`);
  }
  if (box.height < minimumHeight) {
    problems.push(`${name} is ${box.height} px tall`);
  }
  const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  if (hit === null || !(hit === control || control.contains(hit))) {
    problems.push(`${name} is covered by ${hit === null ? 'nothing on screen' : hit.outerHTML.slice(0, 80)}`);
  }
}
window.scrollTo(0, 0);
return problems;
