#!/usr/bin/env node
/*
 * Long-run memory of presentation mode (/present): N screens (each its own browser context, so its own Vaadin
 * session) show a presentation for a while, and the server's and the browser's memory are measured before and after.
 * Run it against the PRODUCTION build; `bench/run.sh soak [normal|10x] [options]` starts one and passes --app-pid.
 *
 *   node bench/presentation-soak.mjs --url http://localhost:8096 --app-pid 12345 --jcmd /usr/lib/jvm/.../bin/jcmd \
 *        [--screens 3] [--mode accelerated|realtime] [--changes 2400] [--duration 900] [--press-every 200] [--json out.json]
 *
 * Modes:
 *  accelerated  every screen presses Right, waits until #present's data-slide changes (and, with --wait-drawn 1, until
 *               the new slide's maps and charts are drawn), then presses again, at most every --press-every ms: thousands
 *               of slide changes in minutes. Stops at --changes slide changes in all (0: no limit) or after --duration s.
 *  realtime     the slides move on by themselves (interval --interval s, at least 5) for --duration s.
 *
 * Measured:
 *  server   heap used after a full GC (`jcmd <pid> GC.run`, then `GC.heap_info`) and the live Vaadin state nodes
 *           (`GC.class_histogram`: com.vaadin.flow.internal.StateNode) with no screen open, with the screens open and
 *           settled, and at the end with the screens still open; differences per screen (= per session)
 *  browser  per screen, after a forced GC (CDP HeapProfiler.collectGarbage): JS heap used (Runtime.getHeapUsage), DOM
 *           nodes and event listeners (Performance.getMetrics: Nodes, JSEventListeners), elements in the document
 *           including shadow roots, before and after; page errors; slide changes done and how long each took
 *  samples  every --sample s the same (server without the class histogram), to see a trend rather than two points
 */
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import { serverHeap } from './jvm.mjs';
import { summary } from './browser.mjs';

const DEFAULTS = {
  url: 'http://localhost:8080',
  screens: 3,
  mode: 'accelerated',
  slides: 'map:coverage-communes,ranking:festival-sites,trend:coverage-communes,coverage,festival,spotlight:coverage-communes:01.79',
  year: 2025,
  interval: 5,
  duration: 900,
  changes: 2400,
  pressEvery: 200,
  waitDrawn: 0,
  sample: 60,
  appPid: 0,
  jcmd: 'jcmd',
  chromium: process.env.CHROMIUM || '/usr/bin/chromium',
  width: 1920,
  height: 1080,
  timeout: 60000,
  json: '',
  screenshots: '',
  screenToken: 'antq-demo-screen-hoi-truong', // the demo conference screen's token (README): screens sign in with it
};

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic', '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows'];

function parseArgs(argv) {
  const options = { ...DEFAULTS };
  const keys = Object.fromEntries(Object.keys(DEFAULTS).map((k) => [k.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase()), k]));
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-h' || arg === '--help') {
      console.log(fs.readFileSync(new URL(import.meta.url), 'utf8').split('\n').slice(1, 26).join('\n'));
      process.exit(0);
    }
    const key = keys[arg.replace(/^--/, '')];
    if (!arg.startsWith('--') || !key || i + 1 >= argv.length) {
      console.error(`unknown or incomplete argument: ${arg} (see --help)`);
      process.exit(2);
    }
    const value = argv[++i];
    options[key] = typeof DEFAULTS[key] === 'number' ? Number(value) : value;
  }
  options.url = options.url.replace(/\/+$/, '');
  if (!['accelerated', 'realtime'].includes(options.mode)) {
    console.error('--mode is accelerated or realtime');
    process.exit(2);
  }
  if (!(options.screens >= 1)) {
    console.error('--screens must be at least 1');
    process.exit(2);
  }
  return options;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const mb = (bytes) => (bytes == null ? null : Math.round((bytes / 1048576) * 100) / 100);

// ---------------------------------------------------------------- server

// ---------------------------------------------------------------- screens

async function slideState(page) {
  return page.evaluate(() => {
    const root = document.getElementById('present');
    const clients = window.Vaadin?.Flow?.clients;
    const idle = !!clients && Object.values(clients).every((c) => typeof c.isActive !== 'function' || !c.isActive());
    const slide = document.getElementById('present-slide');
    const drawables = slide ? [...slide.querySelectorAll('antq-choropleth-map, antq-apex-chart')] : [];
    return {
      present: !!root, slide: root?.getAttribute('data-slide'), slides: root?.getAttribute('data-slides'),
      kind: root?.getAttribute('data-kind'), paused: root?.getAttribute('data-paused'), idle,
      drawn: drawables.every((e) => e.hasAttribute('data-drawn')), url: location.pathname + location.search,
    };
  }).catch(() => null);
}

async function waitReady(page, timeout, want = (s) => true) {
  const deadline = Date.now() + timeout;
  let state = null;
  while (Date.now() < deadline) {
    state = await slideState(page);
    if (state && state.present && state.idle && state.drawn && want(state)) {
      return state;
    }
    await sleep(25);
  }
  throw new Error(`not ready within ${timeout} ms: ${JSON.stringify(state)}`);
}

/** Browser-side memory of one screen after a forced GC. */
async function browserMemory(screen) {
  const { cdp, page } = screen;
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const elements = await page.evaluate(() => {
    let n = 0;
    const walk = (root) => {
      for (const e of root.querySelectorAll('*')) {
        n++;
        if (e.shadowRoot) {
          walk(e.shadowRoot);
        }
      }
    };
    walk(document);
    return n;
  });
  return { jsHeapUsedBytes: heap.usedSize, jsHeapTotalBytes: heap.totalSize, nodes: metrics.Nodes,
    listeners: metrics.JSEventListeners, documents: metrics.Documents, layoutObjects: metrics.LayoutObjects, elements };
}

function trouble(page) {
  return page.evaluate(() => {
    const seen = [];
    for (const e of document.querySelectorAll('.v-system-error')) seen.push('system error: ' + e.textContent.trim().slice(0, 100));
    for (const e of document.querySelectorAll('vaadin-connection-indicator')) {
      for (const a of ['offline', 'reconnecting']) if (e.hasAttribute(a)) seen.push('connection ' + a);
    }
    for (const e of document.querySelectorAll('vaadin-dialog[opened], vaadin-confirm-dialog[opened]')) seen.push('open ' + e.localName);
    return seen;
  }).catch((e) => [`page not readable: ${e.message}`]);
}

/** Accelerated: Right, wait for the new slide (and its drawing with --wait-drawn), again, at most every pressEvery ms. */
async function accelerate(screen, options, shared) {
  const { page } = screen;
  while (!shared.stop) {
    const t0 = Date.now();
    const before = (await slideState(page))?.slide;
    await page.keyboard.press('ArrowRight');
    const deadline = t0 + options.timeout;
    let changed = false;
    while (Date.now() < deadline && !shared.stop) {
      const s = await slideState(page);
      if (s && s.slide !== before && (!options.waitDrawn || (s.idle && s.drawn))) {
        changed = true;
        break;
      }
      await sleep(10);
    }
    if (!changed) {
      if (!shared.stop) {
        screen.timeouts++;
      }
      continue;
    }
    screen.changes++;
    shared.changes++;
    screen.changeMs.push(Date.now() - t0);
    if (options.changes > 0 && shared.changes >= options.changes) {
      shared.stop = true;
    }
    const rest = options.pressEvery - (Date.now() - t0);
    if (rest > 0) {
      await sleep(rest);
    }
  }
}

/** Realtime: counts the slide changes the timer makes. */
async function watch(screen, shared) {
  let last = (await slideState(screen.page))?.slide;
  while (!shared.stop) {
    await sleep(250);
    const s = (await slideState(screen.page))?.slide;
    if (s && s !== last) {
      screen.changes++;
      shared.changes++;
      last = s;
    }
  }
}

// ---------------------------------------------------------------- main

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const probe = await fetch(options.url + '/').catch((e) => ({ ok: false, status: e.cause?.code || e.message }));
  if (!probe.ok) {
    console.error(`${options.url}/ does not answer (${probe.status}); start the app first (bench/run.sh soak does).`);
    process.exit(1);
  }
  const interval = options.mode === 'realtime' ? Math.max(5, options.interval) : 600;
  const path = `/present?slides=${options.slides}&year=${options.year}&interval=${interval}`;
  const started = new Date();
  const result = { url: options.url + path, date: started.toISOString(), options, host: { cores: os.cpus().length,
    loadBefore: os.loadavg() } };
  const log = (line) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);

  const presentAnswer = await fetch(options.url + path);
  if (!presentAnswer.ok) {
    console.error(`${options.url + path} answers HTTP ${presentAnswer.status}: is presentation mode in this build?`);
    process.exit(1);
  }

  log(`server heap with no screen open (full GC)…`);
  result.serverBaseline = serverHeap(options, { histogram: true });
  const browser = await chromium.launch({ executablePath: options.chromium, headless: true, args: CHROMIUM_ARGS });
  result.chromium = browser.version();
  const screens = [];
  const shared = { stop: false, changes: 0 };
  try {
    for (let i = 0; i < options.screens; i++) {
      const context = await browser.newContext({ viewport: { width: options.width, height: options.height } });
      const page = await context.newPage();
      const screen = { index: i + 1, context, page, changes: 0, timeouts: 0, changeMs: [], errors: [], console: [] };
      page.on('pageerror', (e) => screen.errors.push(String(e.message || e).split('\n')[0]));
      page.on('console', (m) => m.type() === 'error' && screen.console.push(m.text().slice(0, 200)));
      page.on('response', (r) => r.status() >= 400 && screen.console.push(`HTTP ${r.status()} ${r.url().slice(0, 160)}`));
      // the token signs the screen in (a cookie) and the server redirects to the same address without it
      await page.goto(`${options.url}${path}&screen=${encodeURIComponent(options.screenToken)}`, { waitUntil: 'commit', timeout: options.timeout });
      await page.waitForURL((u) => !u.searchParams.has('screen'), { timeout: options.timeout });
      if (new URL(page.url()).pathname.startsWith('/login')) {
        throw new Error(`screen ${i + 1} was not signed in by its token (${page.url()}); pass --screen-token`);
      }
      const state = await waitReady(page, options.timeout, (s) => s.slide === '1');
      screen.cdp = await context.newCDPSession(page);
      await screen.cdp.send('Performance.enable');
      screens.push(screen);
      log(`screen ${i + 1} shows slide ${state.slide}/${state.slides} (${state.kind})`);
      if (i === 0 || i === options.screens - 1) {
        // the first screen also fills the shared caches (snapshot, facts, boundaries); the others cost only themselves
        await sleep(2000);
        result[i === 0 ? 'serverWithOneScreen' : 'serverWithScreensUnsettled'] = serverHeap(options);
      }
    }
    // settle: let every screen draw, then measure
    await sleep(3000);
    result.browserBefore = [];
    for (const s of screens) {
      result.browserBefore.push(await browserMemory(s));
    }
    log(`server heap with ${options.screens} screens open…`);
    result.serverWithScreens = serverHeap(options, { histogram: true });

    const runStart = Date.now();
    const samples = [];
    const sampler = (async () => {
      let next = runStart + options.sample * 1000;
      while (!shared.stop) {
        await sleep(250);
        if (Date.now() >= next && !shared.stop) {
          next += options.sample * 1000;
          const browserNow = [];
          for (const s of screens) {
            browserNow.push(await browserMemory(s).catch((e) => ({ error: e.message })));
          }
          const server = serverHeap(options);
          const sample = { seconds: Math.round((Date.now() - runStart) / 1000), changes: shared.changes,
            serverUsedMB: mb(server?.usedBytes), jsHeapMB: browserNow.map((b) => mb(b.jsHeapUsedBytes)),
            nodes: browserNow.map((b) => b.nodes), listeners: browserNow.map((b) => b.listeners) };
          samples.push(sample);
          log(`${sample.seconds} s, ${sample.changes} slide changes: server ${sample.serverUsedMB} MB; JS heap ${sample.jsHeapMB.join(' / ')} MB; DOM nodes ${sample.nodes.join(' / ')}; listeners ${sample.listeners.join(' / ')}`);
        }
      }
    })();
    const timer = setTimeout(() => { shared.stop = true; }, options.duration * 1000);
    log(`${options.mode}: ${options.mode === 'accelerated' ? `Right every ${options.pressEvery} ms or slower until ${options.changes || '∞'} slide changes or ` : `interval ${interval} s for `}${options.duration} s`);
    await Promise.all(screens.map((s) => (options.mode === 'accelerated' ? accelerate(s, options, shared) : watch(s, shared))));
    clearTimeout(timer);
    shared.stop = true;
    await sampler;
    const runMs = Date.now() - runStart;

    // back to slide 1 on every screen, so that "after" is measured on the slide "before" was
    for (const s of screens) {
      try {
        for (let i = 0; i < 50 && (await slideState(s.page))?.slide !== '1'; i++) {
          const before = (await slideState(s.page))?.slide;
          await s.page.keyboard.press('ArrowRight');
          await waitReady(s.page, options.timeout, (st) => st.slide !== before);
        }
        await waitReady(s.page, options.timeout, (st) => st.slide === '1');
      } catch (e) {
        s.errors.push(`not back on slide 1 at the end: ${e.message}`);
      }
    }
    await sleep(3000);
    result.browserAfter = [];
    for (const s of screens) {
      result.browserAfter.push(await browserMemory(s));
      s.trouble = await trouble(s.page);
      if (options.screenshots) {
        fs.mkdirSync(options.screenshots, { recursive: true });
        await s.page.screenshot({ path: `${options.screenshots}/soak-screen-${s.index}.png` }).catch(() => {});
      }
    }
    log('server heap at the end, screens still open…');
    result.serverAfter = serverHeap(options, { histogram: true });
    result.run = { ms: runMs, changes: shared.changes, perScreen: screens.map((s) => ({ changes: s.changes, timeouts: s.timeouts,
      changeMsMedian: summary(s.changeMs)?.median ?? null, changeMsP95: summary(s.changeMs)?.p95 ?? null, errors: [...new Set(s.errors)].slice(0, 5),
      errorCount: s.errors.length, consoleErrors: [...new Set(s.console)].slice(0, 5), consoleErrorCount: s.console.length,
      trouble: s.trouble })) };
    result.samples = samples;
  } finally {
    await browser.close();
  }
  result.host.loadAfter = os.loadavg();
  report(result, options);
  if (options.json) {
    fs.writeFileSync(options.json, JSON.stringify(result, null, 2));
    console.log(`\nresults: ${options.json}`);
  }
  const failed = result.run.perScreen.some((s) => s.timeouts > 0 || s.trouble?.length || s.errorCount > 0);
  process.exit(failed ? 1 : 0);
}

function report(r, options) {
  const n = options.screens;
  const per = (a, b, div = n) => (a?.usedBytes != null && b?.usedBytes != null ? mb((b.usedBytes - a.usedBytes) / div) : null);
  console.log(`\nPresentation soak — ${r.url}\n${r.date}, ${options.mode}, ${n} screens, ${Math.round(r.run.ms / 1000)} s, `
    + `${r.run.changes} slide changes (${r.run.perScreen.map((s) => s.changes).join(' / ')}), Chromium ${r.chromium}`);
  if (options.mode === 'accelerated') {
    console.log(`slide change (Right → data-slide changed${options.waitDrawn ? ' and drawn' : ''}), per screen median / p95 ms: `
      + r.run.perScreen.map((s) => `${s.changeMsMedian} / ${s.changeMsP95}`).join('; '));
  } else {
    console.log(`seconds per slide (interval ${Math.max(5, options.interval)} s), per screen: `
      + r.run.perScreen.map((s) => (s.changes ? Math.round(r.run.ms / s.changes / 10) / 100 : '-')).join(' / ')
      + ' (the "before" figures are on whichever slide the timer had reached)');
  }
  if (r.serverBaseline) {
    const line = (label, s) => `${label}: heap used ${mb(s.usedBytes)} MB (committed ${mb(s.committedBytes)} MB), `
      + `StateNode ${s.stateNodes}, UI ${s.uis}, VaadinSession ${s.sessions}`;
    console.log('server, after a full GC:');
    console.log('  ' + line('no screen', r.serverBaseline));
    console.log('  ' + line(`${n} screens open`, r.serverWithScreens));
    console.log('  ' + line('at the end', r.serverAfter));
    if (r.serverWithOneScreen && n > 1) {
      console.log(`  with the first screen open: ${mb(r.serverWithOneScreen.usedBytes)} MB (it also fills the shared caches: `
        + `+${per(r.serverBaseline, r.serverWithOneScreen, 1)} MB); each further screen: `
        + `${per(r.serverWithOneScreen, r.serverWithScreens, n - 1)} MB`);
    }
    console.log(`  per screen (session): ${per(r.serverBaseline, r.serverWithScreens)} MB when opened, `
      + `${per(r.serverBaseline, r.serverAfter)} MB at the end; growth during the run ${per(r.serverWithScreens, r.serverAfter)} MB per screen, `
      + `${per(r.serverWithScreens, r.serverAfter, 1)} MB in all`);
  } else {
    console.log('server: not measured (no --app-pid)');
  }
  console.log('browser, per screen after a forced GC (before → after):');
  r.browserBefore.forEach((b, i) => {
    const a = r.browserAfter[i];
    console.log(`  screen ${i + 1}: JS heap ${mb(b.jsHeapUsedBytes)} → ${mb(a.jsHeapUsedBytes)} MB; DOM nodes ${b.nodes} → ${a.nodes}; `
      + `elements ${b.elements} → ${a.elements}; listeners ${b.listeners} → ${a.listeners}; documents ${b.documents} → ${a.documents}`);
  });
  r.run.perScreen.forEach((s, i) => {
    if (s.timeouts || s.errorCount || s.trouble?.length) {
      console.log(`  screen ${i + 1} PROBLEMS: ${s.timeouts} presses without a new slide within ${options.timeout} ms; `
        + `${s.errorCount} page errors ${JSON.stringify(s.errors)}; on screen: ${JSON.stringify(s.trouble)}`);
    }
    if (s.consoleErrorCount) {
      console.log(`  screen ${i + 1}: ${s.consoleErrorCount} console errors, e.g. ${JSON.stringify(s.consoleErrors)}`);
    }
  });
  console.log(`load average before ${r.host.loadBefore.map((x) => x.toFixed(2)).join(' ')}, after ${r.host.loadAfter.map((x) => x.toFixed(2)).join(' ')}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
