#!/usr/bin/env node
/*
 * Browser benchmark of the ANTQ Dashboard: how long until maps and charts are drawn, measured in headless Chromium
 * through playwright-core. Run it against the PRODUCTION build (bench/run.sh starts one); node 20 or newer.
 *
 *   node bench/dashboard.mjs --url http://localhost:8096 --runs 20 [--json out.json] [--app-pid PID --jcmd PATH]
 *   node bench/dashboard.mjs --url ... --smoke      (3 runs, 1 warm-up, 5 sessions: proves that everything is measured)
 *
 * Every browser context signs in first (--user lanhdao by default, a POST to /login like the sign-in form's), as
 * users do; a context that cannot sign in, a page that ends on the sign-in page or lacks its maps and charts is a
 * scenario that could not be measured, and the script then exits with 1: it never reports nothing as success.
 *
 * "Drawn" is the render marker of the custom elements (src/main/frontend/components/render-marker.ts): after an
 * ApexCharts `mounted`/`updated` or an OpenLayers `rendercomplete` that shows the current data, the element has
 * `data-drawn` (a page-wide increasing number) and `data-drawn-at` (performance.now() of that moment).
 *
 * Scenarios (each reported as median / p95 / min / max over --runs runs):
 *  reference     navigation start → the static reference page drawn (bench/reference.mjs: OpenLayers and ApexCharts of
 *                the app's versions, the app's province geometry, two charts, no server), each run interleaved with an
 *                overview cold run, so that both meet the same machine state
 *  overview      navigation start → every antq-choropleth-map and antq-apex-chart on /?year=2025 drawn
 *                (cold: a new browser context per run, nothing cached; warm: one context, geometry cached), and
 *                the server's part: its work for the document, Vaadin's init and UIDL requests, from the Server-Timing
 *                header the app sends (base/web/ServerTiming); beside it, the same requests in the browser's network
 *                timing (request start → response end), which also counts the moments Chromium keeps this machine busy
 *  drill-*       on /?year=Y&indicator=COVERAGE_COMMUNES a click on #unit-link-{code} → #province-map drawn (old: the
 *                63 provinces as reported, &structure=reported; restated: the old year on today's structure, whose
 *                communes carry their predecessors' figures; new: a year after the reform), and
 *                the server time of the round trip the click triggers (the `?v-r=uidl` POST: request start →
 *                response end, from the browser's network timing; in development mode also Vaadin's own
 *                processing time from the response's `timings`)
 *  province-*    navigation start → #province-map (and every other map/chart) drawn on /province/{code}?year=Y&...
 *  memory        with --app-pid: heap used after full GCs (jcmd) before and after --memory-sessions signed-in
 *                sessions each hold a province page open; the difference per session
 * The targets of docs/PERFORMANCE.md are checked at the end (MET / MISSED): a missed target exits 3, except with
 * --smoke (a few runs on whatever machine CI has: there only what could not be measured fails).
 */
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import { serverHeap } from './jvm.mjs';
import { installReference, REFERENCE_URL } from './reference.mjs';
import { CHROMIUM_ARGS, DRAWABLE, newContext, reveal, summary, waitDrawn } from './browser.mjs';

const DEFAULTS = {
  url: 'http://localhost:8080',
  runs: 20,
  warmup: 2, // unmeasured visits of each page first, so that the server's JIT and caches are not what is measured
  year: 2025,
  indicator: 'COVERAGE_COMMUNES',
  oldYear: 2024,
  oldProvince: '36', // Nam Định (63-province era): its districts
  newYear: 2026,
  newProvince: '37', // Ninh Bình (34-province era, holds the former Nam Định): its communes
  chromium: process.env.CHROMIUM || '/usr/bin/chromium',
  timeout: 30000,
  json: '',
  screenshots: '',
  user: 'lanhdao',
  password: 'antq-demo-lanhdao',
  appPid: '',
  jcmd: 'jcmd',
  memorySessions: 50,
  memoryPath: '/province/37?year=2026',
  smoke: false,
};

/** What docs/PERFORMANCE.md promises (issue 13). */
const TARGETS = { overviewRatio: 1.3, pageServerP95: 100, drillP95: 300, firstVisit: 1500, sessionKB: 120, alertsP95: 300 };

function parseArgs(argv) {
  const options = { ...DEFAULTS };
  const keys = Object.fromEntries(Object.keys(DEFAULTS).map((k) => [k.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase()), k]));
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-h' || arg === '--help') {
      console.log('usage: node bench/dashboard.mjs --url http://localhost:PORT [--runs 20] [--warmup 2] [--json FILE] [--screenshots DIR]\n'
        + '  [--year 2025] [--old-year 2024 --old-province 36] [--new-year 2026 --new-province 37]\n'
        + '  [--indicator COVERAGE_COMMUNES] [--chromium /usr/bin/chromium] [--timeout 30000]\n'
        + '  [--user lanhdao --password antq-demo-lanhdao] [--app-pid PID --jcmd jcmd --memory-sessions 50 --memory-path P]\n'
        + '  [--smoke]');
      process.exit(0);
    }
    const key = keys[arg.replace(/^--/, '')];
    if (key && typeof DEFAULTS[key] === 'boolean') {
      options[key] = true;
      continue;
    }
    if (!arg.startsWith('--') || !key || i + 1 >= argv.length) {
      console.error(`unknown or incomplete argument: ${arg} (see --help)`);
      process.exit(2);
    }
    const value = argv[++i];
    options[key] = typeof DEFAULTS[key] === 'number' ? Number(value) : value;
  }
  options.url = options.url.replace(/\/+$/, '');
  if (options.smoke) {
    Object.assign(options, { runs: 3, warmup: 1, memorySessions: Math.min(options.memorySessions, 5) });
  }
  if (!(options.runs >= 1)) {
    console.error('--runs must be at least 1');
    process.exit(2);
  }
  return options;
}

/** Collects Vaadin requests (`v-r=`) and document requests from now on; `settled()` gives them with network timing. */
function recordRequests(page) {
  const requests = [];
  const listener = (request) => {
    if (request.url().includes('v-r=') || request.resourceType() === 'document') {
      requests.push(request);
    }
  };
  page.on('request', listener);
  return {
    async settled() {
      page.off('request', listener);
      const out = [];
      for (const request of requests) {
        const response = await request.response().catch(() => null);
        if (!response) {
          continue;
        }
        await response.finished().catch(() => null);
        const t = request.timing();
        let vaadinMs = null;
        if (request.url().includes('v-r=uidl')) {
          // Vaadin's response carries "timings":[cumulative, this request] in ms, measured on the server.
          const body = await response.text().catch(() => '');
          const match = /"timings":\[\s*[\d.]+\s*,\s*([\d.]+)\s*\]/.exec(body);
          vaadinMs = match ? Number(match[1]) : null;
        }
        out.push({
          kind: request.url().includes('v-r=uidl') ? 'uidl' : request.url().includes('v-r=') ? 'vaadin' : 'document',
          url: request.url(), status: response.status(),
          startEpoch: t.startTime + Math.max(0, t.requestStart),
          serverMs: t.responseEnd >= 0 && t.requestStart >= 0 ? t.responseEnd - t.requestStart : null, vaadinMs,
        });
      }
      return out;
    },
  };
}

/**
 * The server's own time for the page's requests since `since` (performance.now()): the sum of the `app` entries of the
 * Server-Timing headers the app sends with its pages and Vaadin requests (base/web/ServerTiming), read from the
 * browser's navigation and resource timing. Unlike the network timing, it does not grow when the browser keeps this
 * 2-core machine busy at the same moment.
 */
async function serverWorked(page, since) {
  return page.evaluate((since) => [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
    .filter((e) => e.startTime >= since)
    .flatMap((e) => e.serverTiming || []).filter((t) => t.name === 'app').reduce((sum, t) => sum + t.duration, 0), since);
}

async function screenshot(page, options, name) {
  if (options.screenshots) {
    fs.mkdirSync(options.screenshots, { recursive: true });
    await page.screenshot({ path: `${options.screenshots}/${name}.png`, fullPage: false }).catch(() => {});
  }
}

// ---------------------------------------------------------------- scenarios

/** Navigation start → all maps/charts drawn, `runs` times. cold: a new context per run. */
async function measureNavigation(browser, options, { path, require = '', cold, reference = null, noDrawables = false }) {
  const times = [];
  const server = [];
  const worked = [];
  const failures = [];
  const referenceTimes = [];
  let context = cold ? null : await newContext(browser, options);
  let info = null;
  for (let i = 0; i < options.runs; i++) {
    if (reference) {
      referenceTimes.push(await measureReference(browser, options, reference));
    }
    if (cold) {
      context = await newContext(browser, options);
    }
    const page = await context.newPage();
    try {
      const requests = recordRequests(page);
      const response = await page.goto(options.url + path, { waitUntil: 'commit', timeout: options.timeout });
      const state = await waitDrawn(page, { timeout: options.timeout, require, noDrawables });
      const seen = await requests.settled();
      if (state.missing) {
        const status = response ? response.status() : 0;
        await screenshot(page, options, `missing-${slug(path)}`);
        return { skipped: `${state.missing}${status >= 400 ? ` (HTTP ${status})` : ''}` };
      }
      const origin = await page.evaluate(() => performance.timeOrigin);
      times.push(state.drawnAt - origin);
      // the page's own requests to the server: the document, Vaadin's init and its UIDL round trips (one after another)
      server.push(seen.filter((r) => r.kind !== 'vaadin' || r.url.includes('v-r=init')).reduce((sum, r) => sum + (r.serverMs ?? 0), 0));
      const work = await serverWorked(page, 0);
      if (work > 0) {
        worked.push(work);
      } else {
        failures.push(`no Server-Timing header on the requests of ${path}: the server's part cannot be measured`);
      }
      info ||= { elements: state.elements };
      if (i === 0) {
        await screenshot(page, options, slug(path));
      }
    } catch (e) {
      failures.push(String(e.message || e).split('\n')[0]);
    } finally {
      await page.close();
      if (cold) {
        await context.close();
      }
    }
  }
  if (!cold) {
    await context.close();
  }
  const result = { drawnMs: summary(times), pageServerMs: summary(server), pageWorkedMs: summary(worked), failures, ...info };
  if (reference) {
    result.referenceMs = summary(referenceTimes);
  }
  return result;
}

/** Navigation start → the static reference page drawn, in a new context (nothing cached, no sign-in: no server). */
async function measureReference(browser, options, geometry) {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, locale: 'vi-VN' });
  try {
    await installReference(context, geometry);
    const page = await context.newPage();
    await page.goto(REFERENCE_URL, { waitUntil: 'commit', timeout: options.timeout });
    const drawn = await page.waitForFunction(() => document.documentElement.getAttribute('data-reference-drawn-at'),
      null, { timeout: options.timeout, polling: 25 });
    return Number(await drawn.jsonValue());
  } finally {
    await context.close();
  }
}

/** The geometry the overview's map fetches (the layer every page preloads), as the reference page gets it. */
async function appGeometry(browser, options) {
  const context = await newContext(browser, options);
  try {
    const html = await (await context.request.get(options.url + '/')).text();
    const href = /<link[^>]*rel="preload"[^>]*href="([^"]+)"/.exec(html)?.[1];
    if (!href) {
      throw new Error('no preloaded geometry link in the page head: the reference page cannot draw the same geometry');
    }
    const response = await context.request.get(new URL(href, options.url + '/').href);
    if (!response.ok()) {
      throw new Error(`geometry ${href}: HTTP ${response.status()}`);
    }
    return { geometry: await response.body(), contentType: response.headers()['content-type'] || 'application/json' };
  } finally {
    await context.close();
  }
}

/**
 * On `from`, a click on `link` → `target` drawn (a new element or a newer drawing), plus the server time of the
 * round trip the click triggers. `back` returns to `from` between runs (reload when absent).
 */
async function measureClick(browser, options, { from, link, target, label, noDrawables = false, warmUps = 0 }) {
  const context = await newContext(browser, options);
  const firstMs = [];
  const page = await context.newPage();
  const times = [];
  const server = [];
  const vaadin = [];
  const worked = [];
  const failures = [];
  let via = '';
  try {
    for (let i = 0; i < warmUps + options.runs; i++) {
      try {
        await page.goto(options.url + from, { waitUntil: 'commit', timeout: options.timeout });
        const start = await waitDrawn(page, { timeout: options.timeout });
        if (start.missing && i === 0) {
          await screenshot(page, options, `missing-${slug(from)}`);
          return { skipped: start.missing };
        }
        const found = await reveal(page, link, options.timeout);
        if (!found) {
          await screenshot(page, options, `missing-${slug(from)}`);
          return { skipped: `no ${link} on ${from}${label ? ` (${label})` : ''}` };
        }
        const before = await page.evaluate((sel) => Math.max(0, ...[...document.querySelectorAll(sel)].map((e) => Number(e.getAttribute('data-drawn') || 0))), DRAWABLE);
        await page.locator(link).first().scrollIntoViewIfNeeded();
        const requests = recordRequests(page);
        // Click inside the page and take the time there, so that Playwright's own actionability checks do not count.
        const clickedAt = await page.evaluate((sel) => {
          const el = document.querySelector(sel);
          const t = performance.timeOrigin + performance.now();
          el.click();
          return t;
        }, link);
        const state = await waitDrawn(page, { timeout: options.timeout, require: target, after: before, noDrawables });
        const seen = await requests.settled();
        if (state.missing) {
          await screenshot(page, options, `missing-after-${slug(link)}`);
          return { skipped: `after the click on ${link}: ${state.missing}` };
        }
        const targetAt = noDrawables ? state.drawnAt : await page.evaluate((sel) => {
          const e = document.querySelector(sel);
          return performance.timeOrigin + Number(e.getAttribute('data-drawn-at'));
        }, target);
        if (i < warmUps) {
          firstMs.push(Math.round((targetAt - clickedAt) * 10) / 10);
          continue;
        }
        times.push(targetAt - clickedAt);
        // The first Vaadin round trip (or full page load) that the click started.
        const trip = seen.find((r) => r.startEpoch >= clickedAt - 5 && (r.kind === 'uidl' || r.kind === 'document'));
        if (trip) {
          via ||= trip.kind === 'uidl' ? 'Vaadin UIDL POST (?v-r=uidl)' : `full page load (${new URL(trip.url).pathname})`;
          server.push(trip.serverMs);
          worked.push(await serverWorked(page, clickedAt - await page.evaluate(() => performance.timeOrigin)));
          vaadin.push(trip.vaadinMs);
        }
        if (i === warmUps) {
          await screenshot(page, options, `after-${slug(link)}`);
        }
      } catch (e) {
        failures.push(String(e.message || e).split('\n')[0]);
      }
    }
  } finally {
    await context.close();
  }
  return { drawnMs: summary(times), serverMs: summary(server), workedMs: summary(worked), vaadinMs: summary(vaadin), via, failures, firstMs };
}

/**
 * Retained heap per signed-in session: heap after full GCs before and after `sessions` contexts have each signed in
 * and opened `path` (drawn), all still open when measured. Null without --app-pid.
 */
async function measureMemory(browser, options) {
  const sessions = options.memorySessions;
  const before = serverHeap(options);
  if (!before) {
    return null;
  }
  const contexts = [];
  try {
    for (let i = 0; i < sessions; i++) {
      const context = await newContext(browser, options);
      contexts.push(context);
      const page = await context.newPage();
      await page.goto(options.url + options.memoryPath, { waitUntil: 'commit', timeout: options.timeout });
      const state = await waitDrawn(page, { timeout: options.timeout, require: '#province-map' });
      if (state.missing) {
        return { skipped: state.missing };
      }
    }
    const after = serverHeap(options, { histogram: true });
    if (before.usedBytes == null || after.usedBytes == null) {
      return { skipped: `heap not readable from jcmd (${before.raw || after.raw})` };
    }
    return { sessions, path: options.memoryPath, beforeBytes: before.usedBytes, afterBytes: after.usedBytes,
      perSessionKB: Math.round((after.usedBytes - before.usedBytes) / sessions / 102.4) / 10,
      vaadinSessions: after.sessions, uis: after.uis, stateNodes: after.stateNodes };
  } finally {
    for (const context of contexts) {
      await context.close();
    }
  }
}

/** Each promise of docs/PERFORMANCE.md with what was measured: {name, measured, limit, met}. */
function verdicts(results) {
  const out = [];
  const check = (name, measured, limit, unit) => out.push({ name, measured, limit, unit, met: measured != null && measured <= limit });
  const ref = results.overviewCold?.referenceMs;
  const dash = results.overviewCold?.drawnMs;
  if (ref && dash) {
    check('overview cold median ÷ reference median', Math.round((dash.median / ref.median) * 100) / 100, TARGETS.overviewRatio, '×');
    check('overview cold p95 ÷ reference p95', Math.round((dash.p95 / ref.p95) * 100) / 100, TARGETS.overviewRatio, '×');
  }
  for (const key of ['overviewCold', 'provinceOld', 'provinceRestated', 'provinceNew']) {
    if (results[key]?.pageWorkedMs) {
      check(`${key}: server part of the page p95`, results[key].pageWorkedMs.p95, TARGETS.pageServerP95, 'ms');
    }
  }
  for (const key of ['drillOld', 'drillRestated', 'drillNew']) {
    if (results[key]?.drawnMs) {
      check(`${key}: click → province map drawn p95`, results[key].drawnMs.p95, TARGETS.drillP95, 'ms');
    }
  }
  for (const [path, ms] of Object.entries(results.firstVisit || {})) {
    if (typeof ms === 'number') {
      check(`first visit after start ${path}`, ms, TARGETS.firstVisit, 'ms');
    }
  }
  if (results.alerts?.drawnMs) {
    check('alerts page opened by the bell (click → grid shown, Vaadin idle) p95', results.alerts.drawnMs.p95, TARGETS.alertsP95, 'ms');
  }
  if (results.memory?.perSessionKB != null) {
    check(`retained heap per session (${results.memory.sessions} sessions)`, results.memory.perSessionKB, TARGETS.sessionKB, 'KB');
  }
  return out;
}

function slug(text) {
  return text.replace(/^\/+/, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'root';
}

// ---------------------------------------------------------------- report

function line(label, result) {
  if (!result) {
    return `${label}: not run`;
  }
  if (result.skipped) {
    return `${label}: SKIPPED: ${result.skipped}`;
  }
  const fmt = (s) => (s ? `median ${s.median} ms, p95 ${s.p95} ms (min ${s.min}, max ${s.max}, n=${s.n})` : 'no data');
  let out = `${label}\n    drawn:  ${fmt(result.drawnMs)}`;
  if ('serverMs' in result) {
    out += `\n    server: ${fmt(result.serverMs)}  [${result.via || 'no round trip seen'}; request start → response end]`;
    if (result.workedMs) {
      out += `\n    worked: ${fmt(result.workedMs)}  [the server's work for the click: Server-Timing of its requests, summed]`;
    }
    if (result.vaadinMs) { // Vaadin reports its processing time only in development mode
      out += `\n    vaadin: ${fmt(result.vaadinMs)}  [processing time the server reports in the UIDL response]`;
    }
  }
  if (result.pageServerMs) {
    out += `\n    server: ${fmt(result.pageWorkedMs)}  [the server's work: Server-Timing of the document, Vaadin init and UIDL requests, summed]`;
    out += `\n    wire:   ${fmt(result.pageServerMs)}  [the same requests in the browser's network timing, request start → response end, summed]`;
  }
  if (result.elements) {
    out += `\n    elements: ${result.elements.join(', ')}`;
  }
  if (result.note) {
    out += `\n    (${result.note})`;
  }
  if (result.failures?.length) {
    out += `\n    FAILED RUNS: ${result.failures.length}: ${[...new Set(result.failures)].slice(0, 3).join(' | ')}`;
  }
  return out;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const probe = await fetch(options.url + '/').catch((e) => ({ ok: false, status: e.cause?.code || e.message }));
  if (!probe.ok) {
    console.error(`${options.url}/ does not answer (${probe.status}); start the app first (bench/run.sh does).`);
    process.exit(1);
  }
  const browser = await chromium.launch({ executablePath: options.chromium, headless: true, args: CHROMIUM_ARGS });
  const reference = await appGeometry(browser, options);
  // Chromium's own first page (its processes, fonts, shader caches) is not the server's first visit: pay it here.
  await measureReference(browser, options, reference);
  const version = browser.version();
  const q = (year, structure) => `?year=${year}&indicator=${options.indicator}${structure ? `&structure=${structure}` : ''}`;
  const results = {};
  const started = new Date();
  try {
    const firstVisit = {};
    for (let i = 0; i < options.warmup; i++) {
      for (const path of [`/?year=${options.year}`, `/province/${options.oldProvince}${q(options.oldYear, 'reported')}`,
        `/province/${options.newProvince}${q(options.oldYear)}`, `/province/${options.newProvince}${q(options.newYear)}`]) {
        const r = await measureNavigation(browser, { ...options, runs: 1 }, { path, cold: true });
        if (i === 0) {
          firstVisit[path] = r.drawnMs ? r.drawnMs.median : r.skipped || r.failures?.[0];
        }
      }
    }
    results.firstVisit = firstVisit;
    results.overviewCold = await measureNavigation(browser, options,
      { path: `/?year=${options.year}`, require: '#national-map', cold: true, reference });
    results.overviewWarm = results.overviewCold.skipped ? { skipped: results.overviewCold.skipped }
      : await measureNavigation(browser, options, { path: `/?year=${options.year}`, require: '#national-map', cold: false });
    for (const [key, year, code, level, structure] of [['Old', options.oldYear, options.oldProvince, 'districts', 'reported'],
      ['Restated', options.oldYear, options.newProvince, 'communes restated', ''], ['New', options.newYear, options.newProvince, 'communes', '']]) {
      results[`drill${key}`] = await measureClick(browser, options, {
        from: `/${q(year, structure)}`, link: `#unit-link-${code}`, target: '#province-map', label: `${year}, ${level}` });
      results[`province${key}`] = await measureNavigation(browser, options, {
        path: `/province/${code}${q(year, structure)}`, require: '#province-map', cold: false });
    }
    if (options.memorySessions > 0) {
      results.memory = await measureMemory(browser, options)
        ?? { skipped: 'no --app-pid: the server heap cannot be read (bench/run.sh passes it; --memory-sessions 0 leaves memory out)' };
    }
    // issue 16: the ministry user opens the alerts page (every alert nationwide) from the overview by the bell
    results.alerts = await measureClick(browser, options, {
      from: `/?year=${options.year}`, link: '#alert-bell', target: '#alerts-grid', label: 'the bell', noDrawables: true,
      // the first opening after a start builds the view's classes (JIT, class loading): shown apart, not in the p95
      warmUps: 1 });
  } finally {
    await browser.close();
  }

  console.log(`\nANTQ Dashboard browser benchmark — ${options.url}, ${options.runs} runs each after ${options.warmup} warm-up visits, ${started.toISOString()}, Chromium ${version}`);
  if (options.warmup > 0) {
    console.log(`first visits after the app started (server cold), ms: ${Object.entries(results.firstVisit).map(([p, t]) => `${p} ${typeof t === 'number' ? t : `(${t})`}`).join('; ')}`);
  }
  console.log(line(`static reference page (OpenLayers + 2 ApexCharts, same geometry, no server), interleaved with the overview cold runs`,
    results.overviewCold.referenceMs ? { drawnMs: results.overviewCold.referenceMs } : results.overviewCold));
  console.log(line(`overview /?year=${options.year}, cold (new context per run)`, results.overviewCold));
  console.log(line(`overview /?year=${options.year}, warm (geometry cached)`, results.overviewWarm));
  console.log(line(`drill-down ${options.oldYear} (as reported, districts): click #unit-link-${options.oldProvince} → #province-map`, results.drillOld));
  console.log(line(`province page /province/${options.oldProvince}${q(options.oldYear, 'reported')} (warm)`, results.provinceOld));
  console.log(line(`drill-down ${options.oldYear} (today's structure, communes restated): click #unit-link-${options.newProvince} → #province-map`, results.drillRestated));
  console.log(line(`province page /province/${options.newProvince}${q(options.oldYear)} (warm)`, results.provinceRestated));
  console.log(line(`drill-down ${options.newYear} (new era, communes): click #unit-link-${options.newProvince} → #province-map`, results.drillNew));
  console.log(line(`province page /province/${options.newProvince}${q(options.newYear)} (warm)`, results.provinceNew));
  console.log(line(`alerts page: click #alert-bell on /?year=${options.year} → #alerts-grid shown, Vaadin idle`, results.alerts));
  if (results.alerts?.firstMs?.length) {
    console.log(`    first opening after the start (not in the figures above): ${results.alerts.firstMs.join(', ')} ms`);
  }
  if (results.memory) {
    const m = results.memory;
    console.log(m.skipped ? `memory: SKIPPED: ${m.skipped}` : `memory: ${m.sessions} signed-in sessions on ${m.path}: heap after full GC `
      + `${(m.beforeBytes / 1048576).toFixed(1)} → ${(m.afterBytes / 1048576).toFixed(1)} MB, ${m.perSessionKB} KB per session `
      + `(live: ${m.vaadinSessions} VaadinSession, ${m.uis} UI, ${m.stateNodes} StateNode)`);
  }
  results.targets = verdicts(results);
  console.log('\ntargets (docs/PERFORMANCE.md):');
  for (const v of results.targets) {
    console.log(`  ${v.met ? 'MET   ' : 'MISSED'} ${v.name}: ${v.measured} ${v.unit} (limit ${v.limit} ${v.unit})`);
  }
  // Could not measure: a scenario skipped, a run failed, or nothing measured at all. Never reported as success.
  const unmeasured = Object.entries(results).filter(([, r]) => r && !Array.isArray(r)
    && (r.skipped || (Array.isArray(r.failures) && r.failures.length > 0) || ('drawnMs' in r && !r.drawnMs)));
  for (const [path, t] of Object.entries(results.firstVisit || {})) {
    if (typeof t !== 'number') {
      unmeasured.push([`first visit ${path}`, { skipped: String(t) }]);
    }
  }
  if (!results.overviewCold?.referenceMs) {
    unmeasured.push(['reference', { skipped: 'the static reference page was not measured' }]);
  }
  const failed = unmeasured.length > 0;
  if (failed) {
    console.log(`\nNOT MEASURED (exit 1): ${unmeasured.map(([k, r]) => `${k}: ${r.skipped || r.failures?.[0] || 'no data'}`).join('; ')}`);
  }
  const missed = results.targets.filter((v) => !v.met);
  if (options.json) {
    fs.writeFileSync(options.json, JSON.stringify({ url: options.url, runs: options.runs, date: started.toISOString(), chromium: version, options, results }, null, 2));
    console.log(`\nresults: ${options.json}`);
  }
  process.exit(failed ? 1 : !options.smoke && missed.length > 0 ? 3 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
