/*
 * Maps first. A page's map is what its user looks at first, and what a click on a unit asks for; ApexCharts holds the
 * main thread for 100–300 ms per page while it measures its texts. So a chart starts drawing once no map on the page
 * is still drawing new data, or after MAX_WAIT_MS at the latest, so that a map waiting for a slow network does not
 * hold the charts up for long. A map with no size cannot draw, so it never holds them up.
 */
const MAX_WAIT_MS = 1000;
const drawing = new Set<HTMLElement>();
let waiting: (() => void)[] = [];
let timer = 0;

/** A map has new data, a new layer or a new zoom to draw. */
export function mapDrawing(map: HTMLElement) {
  drawing.add(map);
}

/** A map has drawn its current data, or left the page. */
export function mapDone(map: HTMLElement) {
  drawing.delete(map);
  if (!mapsBusy()) {
    runWaiting();
  }
}

/** Runs `draw` now if no map is drawing, else once they are done (at most MAX_WAIT_MS from now). */
export function afterMaps(draw: () => void) {
  if (!mapsBusy()) {
    draw();
    return;
  }
  waiting.push(draw);
  timer ||= window.setTimeout(runWaiting, MAX_WAIT_MS);
}

function mapsBusy(): boolean {
  for (const map of drawing) {
    if (map.isConnected && map.clientWidth > 0 && map.clientHeight > 0) {
      return true;
    }
    if (!map.isConnected) {
      drawing.delete(map);
    }
  }
  return false;
}

function runWaiting() {
  window.clearTimeout(timer);
  timer = 0;
  const draws = waiting;
  waiting = [];
  draws.forEach((draw) => draw());
}
