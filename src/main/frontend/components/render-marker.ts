/*
 * Render markers: how a browser test or the benchmark (bench/) knows that a chart or a map has drawn its current
 * data. After drawing, an element carries `data-drawn` = a number that increases across the whole page (so that a
 * newer drawing, even by a new element, always has a higher number) and `data-drawn-at` = performance.now() in ms
 * (milliseconds since the page's navigation started). New data removes both until it has been drawn.
 * Nothing in the application reads them.
 */
let drawings = 0;

export function markPending(element: HTMLElement) {
  element.removeAttribute('data-drawn');
  element.removeAttribute('data-drawn-at');
}

export function markDrawn(element: HTMLElement) {
  drawings += 1;
  element.setAttribute('data-drawn-at', performance.now().toFixed(1));
  element.setAttribute('data-drawn', String(drawings));
}
