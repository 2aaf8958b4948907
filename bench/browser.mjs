/*
 * What the browser benchmarks share (dashboard.mjs, load.mjs): signed-in contexts, "drawn" as the render marker tells
 * it, Vaadin's idle state, the lazy unit table, and the statistics.
 */

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic'];
export const DRAWABLE = 'antq-choropleth-map, antq-apex-chart';

// ---------------------------------------------------------------- statistics

/** Nearest-rank percentile (p95 of 20 runs is the 19th smallest). */
export function percentile(sorted, p) {
  return sorted[Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length))) - 1];
}

export function summary(values) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) {
    return null;
  }
  const round = (x) => Math.round(x * 10) / 10;
  return { n: v.length, median: round(percentile(v, 50)), p95: round(percentile(v, 95)), min: round(v[0]), max: round(v[v.length - 1]),
    mean: round(v.reduce((a, b) => a + b, 0) / v.length) };
}

// ---------------------------------------------------------------- page helpers

/** True once no Vaadin client has a request under way (the same check Vaadin TestBench makes). */
export async function vaadinIdle(page) {
  return page.evaluate(() => {
    const clients = window.Vaadin?.Flow?.clients;
    return !!clients && Object.values(clients).every((c) => typeof c.isActive !== 'function' || !c.isActive());
  });
}

/**
 * Waits until Vaadin is idle and every map and chart on the page has been drawn (after `after`, a data-drawn number),
 * optionally requiring one element by selector. Returns {count, drawnAt (epoch ms of the last drawing), ...} or
 * {missing: reason} when the page settles without any map/chart (or without the required element).
 */
export async function waitDrawn(page, { timeout, require = '', after = 0, graceMs = 2500, noDrawables = false }) {
  const deadline = Date.now() + timeout;
  let idleSince = 0;
  for (;;) {
    const state = await page.evaluate(({ selector, require, after }) => {
      const els = [...document.querySelectorAll(selector)];
      const required = require ? document.querySelector(require) : null;
      const drawn = els.filter((e) => Number(e.getAttribute('data-drawn') || 0) > after);
      const clients = window.Vaadin?.Flow?.clients;
      const idle = !!clients && Object.values(clients).every((c) => typeof c.isActive !== 'function' || !c.isActive());
      return {
        idle, count: els.length, drawn: drawn.length, hasRequired: !require || !!required,
        drawnAt: drawn.length ? performance.timeOrigin + Math.max(...drawn.map((e) => Number(e.getAttribute('data-drawn-at')))) : 0,
        elements: els.map((e) => `${e.localName}${e.id ? '#' + e.id : ''}`),
        url: location.pathname + location.search, title: document.title,
        now: performance.timeOrigin + performance.now(),
      };
    }, { selector: DRAWABLE, require, after }).catch(() => null); // a navigation may swap the document meanwhile
    if (state) {
      if (state.idle && state.url.startsWith('/login')) {
        return { missing: `signed out: the sign-in page answered instead (${state.url})`, ...state };
      }
      if (state.idle && state.hasRequired && state.count > 0 && state.drawn === state.count) {
        return state;
      }
      if (noDrawables && state.idle && state.hasRequired && require) {
        // a page of grids and text (the alerts page): ready when Vaadin is idle with the required element shown
        return { ...state, drawnAt: state.now };
      }
      if (state.idle && (!state.hasRequired || state.count === 0)) {
        idleSince ||= Date.now();
        if (Date.now() - idleSince > graceMs) {
          const what = !state.hasRequired ? `no ${require}` : 'no antq-choropleth-map or antq-apex-chart';
          return { missing: `${what} on ${state.url} ("${state.title}")`, ...state };
        }
      } else {
        idleSince = 0;
      }
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeout} ms: ${state ? `${state.drawn}/${state.count} drawn on ${state.url}, vaadin ${state.idle ? 'idle' : 'busy'}` : 'page not readable'}`);
    }
    await page.waitForTimeout(25);
  }
}

/**
 * Finds `link` on the page; a link inside a lazy vaadin-grid (the unit table renders only the rows in view) is brought
 * into the DOM by scrolling the grid row by row block. False when no grid row holds it.
 */
export async function reveal(page, link, timeout) {
  const deadline = Date.now() + timeout;
  for (let row = 0; Date.now() < deadline; row += 8) {
    if (await page.$(link)) {
      return true;
    }
    const size = await page.evaluate((row) => {
      const grid = document.querySelector('vaadin-grid#unit-table') ?? document.querySelector('vaadin-grid');
      if (!grid || typeof grid.scrollToIndex !== 'function') {
        return -1;
      }
      grid.scrollToIndex(row);
      return grid.size ?? 0;
    }, row);
    if (size < 0 || row > size) {
      return !!(await page.$(link));
    }
    // the rows' components come from the server: wait for that round trip
    await page.waitForTimeout(50);
    while (!(await vaadinIdle(page)) && Date.now() < deadline) {
      await page.waitForTimeout(20);
    }
  }
  return false;
}


/** A new browser context (no cache, no cookies) signed in as --user, as the sign-in form does it. */
export async function newContext(browser, options) {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, locale: 'vi-VN' });
  const response = await context.request.post(options.url + '/login', {
    form: { username: options.user, password: options.password }, maxRedirects: 0, timeout: options.timeout });
  const location = response.headers().location || '';
  if (response.status() !== 302 || /\/login/.test(new URL(location || '/login', options.url).pathname)) {
    await context.close();
    throw new SignInError(`could not sign in as ${options.user}: HTTP ${response.status()}${location ? ` → ${location}` : ''}`);
  }
  return context;
}

export class SignInError extends Error {}

