#!/usr/bin/env node
/*
 * Load test of the ANTQ Dashboard (issue 13): --sessions signed-in users each drilling nation → province → back
 * continuously for --minutes, against the PRODUCTION build (bench/run.sh load starts one); node 20 or newer.
 *
 *   node bench/load.mjs --url http://localhost:8096 [--sessions 100] [--browsers 5] [--minutes 5] [--think 5000-10000]
 *
 * What it drives, honestly: a 2-core machine cannot draw 100 Chromium pages at once, so the sessions are of two kinds.
 *  - HTTP users (sessions − browsers): each signs in with a POST to /login, loads the page and Vaadin's init like a
 *    browser, and then replays the round trips a browser sends for a drill-down: the router's `ui-navigate` event to
 *    /province/{code} (trigger "link", as a click on the unit table's link) and back to the overview (trigger
 *    "history", as the browser's Back), each as a UIDL POST with the session's CSRF token (Vaadin-Security-Key), the
 *    server's syncId and the client's message id. The server builds the same views and sends the same changes as for a
 *    browser (the answer is checked to hold #province-map or #national-map). Not replayed: the small follow-up
 *    messages a browser sends after drawing (property syncs, grid acknowledgements, under 1 KB). Their time is the
 *    server's round trip: request sent → answer read.
 *  - Browser users (--browsers): real Chromium contexts in one headless browser, signed in the same way, clicking the
 *    unit table's link (#unit-link-{code}) and going Back; their time is click → the new page's map drawn (the render
 *    marker, as in dashboard.mjs). These carry the target: p95 ≤ 500 ms.
 * The users sign in and open the overview one after another (so many sign-ins of one account at the same instant are
 * throttled as guessing, by design), then all drill for --minutes, each waiting a random think time (--think, ms)
 * between actions, as a person reading the page does. A session is lost when the server answers with Vaadin's
 * session-expired or a sign-in page, or refuses its UIDL; any error or lost session fails the target. Exits 1 when
 * nothing could be measured, 3 when a target was missed (not with --smoke: 6 sessions for half a minute, for CI).
 */
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import { CHROMIUM_ARGS, newContext, reveal, summary, waitDrawn } from './browser.mjs';

const DEFAULTS = {
  url: 'http://localhost:8080',
  sessions: 100,
  browsers: 5,
  minutes: 5,
  think: '5000-10000',
  year: 2025,
  indicator: 'COVERAGE_COMMUNES',
  provinces: '01,79,31,48,92,37,33,46', // today's provinces, so that the HTTP users do not all ask for the same page
  browserProvince: '37',
  user: 'lanhdao',
  password: 'antq-demo-lanhdao',
  chromium: process.env.CHROMIUM || '/usr/bin/chromium',
  timeout: 30000,
  json: '',
  smoke: false,
};

const TARGETS = { drawnP95: 500 };

function parseArgs(argv) {
  const options = { ...DEFAULTS };
  const keys = Object.fromEntries(Object.keys(DEFAULTS).map((k) => [k.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase()), k]));
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const key = keys[arg.replace(/^--/, '')];
    if (key && typeof DEFAULTS[key] === 'boolean') {
      options[key] = true;
      continue;
    }
    if (!arg.startsWith('--') || !key || i + 1 >= argv.length) {
      console.error(`unknown or incomplete argument: ${arg} (see the head of bench/load.mjs)`);
      process.exit(2);
    }
    const value = argv[++i];
    options[key] = typeof DEFAULTS[key] === 'number' ? Number(value) : value;
  }
  options.url = options.url.replace(/\/+$/, '');
  if (options.smoke) {
    Object.assign(options, { sessions: Math.min(options.sessions, 6), browsers: Math.min(options.browsers, 1), minutes: 0.5 });
  }
  const [low, high = low] = options.think.split('-').map(Number);
  options.thinkMs = [low, high];
  if (!(options.sessions >= options.browsers && options.browsers >= 1 && low >= 0 && high >= low)) {
    console.error('need --sessions ≥ --browsers ≥ 1 and --think LOW-HIGH in ms');
    process.exit(2);
  }
  return options;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const think = (options) => sleep(options.thinkMs[0] + Math.random() * (options.thinkMs[1] - options.thinkMs[0]));
const query = (options) => `year=${options.year}&indicator=${options.indicator}`;

// ---------------------------------------------------------------- HTTP users: Vaadin's protocol replayed

class SessionLost extends Error {}

/** One signed-in Vaadin session spoken to over HTTP, as Flow's client does. */
class VaadinClient {
  constructor(options) {
    this.options = options;
    this.cookies = new Map();
  }

  async request(path, init = {}) {
    const response = await fetch(this.options.url + path, { ...init, redirect: 'manual',
      headers: { ...init.headers, cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
      signal: AbortSignal.timeout(this.options.timeout) });
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const at = pair.indexOf('=');
      this.cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }
    return response;
  }

  async signIn() {
    const form = new URLSearchParams({ username: this.options.user, password: this.options.password });
    const response = await this.request('/login', { method: 'POST', body: form,
      headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    const location = response.headers.get('location') || '';
    if (response.status !== 302 || location.includes('/login')) {
      throw new Error(`could not sign in as ${this.options.user}: HTTP ${response.status} → ${location}`);
    }
  }

  /** The page and Vaadin's init, as a browser's first visit: the UI, its CSRF token and the first navigation. */
  async open() {
    const page = await this.request(`/?${query(this.options)}`);
    await page.text();
    if (page.status !== 200) {
      throw new SessionLost(`the page answered HTTP ${page.status} ${page.headers.get('location') || ''}`);
    }
    const init = await this.request(`/?v-r=init&location=&query=${encodeURIComponent(query(this.options))}`
      + '&v-sh=1000&v-sw=1600&v-wh=1000&v-ww=1600&v-bh=1000&v-bw=1600&v-tzo=-420&v-rtzo=-420&v-dstd=0&v-dston=false'
      + `&v-tzid=Asia%2FHo_Chi_Minh&v-wn=load-${Math.random()}&v-td=false&v-pr=1&v-curdate=${Date.now()}`);
    const config = JSON.parse(await init.text());
    this.uiId = config.appConfig['v-uiId'];
    this.csrf = config.appConfig.uidl['Vaadin-Security-Key'];
    this.syncId = config.appConfig.uidl.syncId;
    this.clientId = config.appConfig.uidl.clientId ?? 0;
    if (this.uiId == null || !this.csrf) {
      throw new Error('Vaadin init without a UI id or security key');
    }
    return this.navigate('', '', '#national-map');
  }

  /** The router's navigation event as a click on a router link ("link") or the browser's Back ("history") sends it. */
  async navigate(route, trigger, expect) {
    const body = JSON.stringify({ csrfToken: this.csrf, rpc: [{ type: 'event', node: 1, event: 'ui-navigate',
      data: { route, query: query(this.options), appShellTitle: 'ANTQ Dashboard', historyState: { idx: 0 }, trigger } }],
    syncId: this.syncId, clientId: this.clientId });
    const started = performance.now();
    const response = await this.request(`/?v-r=uidl&v-uiId=${this.uiId}`, { method: 'POST', body,
      headers: { 'content-type': 'application/json; charset=UTF-8' } });
    const text = await response.text();
    const ms = performance.now() - started;
    if (response.status !== 200) {
      throw new SessionLost(`UIDL answered HTTP ${response.status} ${response.headers.get('location') || ''}`);
    }
    const uidl = JSON.parse(text.replace(/^for\(;;\);/, '').replace(/^\[(.*)\]$/s, '$1'));
    if (uidl.meta?.sessionExpired || uidl.meta?.appError) {
      throw new SessionLost(`Vaadin answered ${JSON.stringify(uidl.meta).slice(0, 200)}`);
    }
    if (uidl.syncId == null || !text.includes(`"${expect.slice(1)}"`)) {
      throw new Error(`the answer to ui-navigate "${route}" does not hold ${expect} (${text.length} bytes: ${text.slice(0, 120)})`);
    }
    this.syncId = uidl.syncId;
    this.clientId = uidl.clientId ?? this.clientId + 1;
    return ms;
  }
}

/** Signs a user in and opens the overview; null (and the error counted) when that fails. */
async function startHttpUser(options, index, stats) {
  const client = new VaadinClient(options);
  try {
    await client.signIn();
    await client.open();
    return client;
  } catch (e) {
    stats.errors.push(`user ${index} start: ${e.message}`);
    stats.lost += e instanceof SessionLost ? 1 : 0;
    return null;
  }
}

async function httpUser(client, options, index, until, stats) {
  const provinces = options.provinces.split(',');
  await sleep(Math.random() * options.thinkMs[1]); // the users do not all click in step
  for (let i = index; Date.now() < until; i++) {
    try {
      stats.httpProvince.push(await client.navigate(`province/${provinces[i % provinces.length]}`, 'link', '#province-map'));
      await think(options);
      stats.httpBack.push(await client.navigate('', 'history', '#national-map'));
      await think(options);
    } catch (e) {
      stats.errors.push(`user ${index}: ${e.message}`);
      if (e instanceof SessionLost) {
        stats.lost++;
        return;
      }
    }
  }
}

// ---------------------------------------------------------------- browser users: click → drawn

/** A signed-in Chromium page on the overview, drawn; null (and the error counted) when that fails. */
async function startBrowserUser(browser, options, index, stats) {
  try {
    const context = await newContext(browser, options);
    const page = await context.newPage();
    await page.goto(`${options.url}/?${query(options)}`, { waitUntil: 'commit', timeout: options.timeout });
    const first = await waitDrawn(page, { timeout: options.timeout, require: '#national-map' });
    if (first.missing) {
      throw new Error(first.missing);
    }
    return page;
  } catch (e) {
    stats.errors.push(`browser ${index} start: ${String(e.message || e).split('\n')[0]}`);
    stats.browserFailed++;
    return null;
  }
}

async function browserUser(page, options, index, until, stats) {
  const link = `#unit-link-${options.browserProvince}`;
  try {
    await sleep(Math.random() * options.thinkMs[1]);
    while (Date.now() < until) {
      if (!(await reveal(page, link, options.timeout))) {
        throw new Error(`no ${link} on the overview`);
      }
      stats.browserProvince.push(await timed(page, options, '#province-map', link));
      await think(options);
      stats.browserBack.push(await timed(page, options, '#national-map', 'back'));
      await think(options);
    }
  } catch (e) {
    stats.errors.push(`browser ${index}: ${String(e.message || e).split('\n')[0]}`);
    stats.browserFailed++;
  }
}

/** Clicks `link` (or goes Back) in the page and waits until `target` is drawn anew: ms from the action to that drawing. */
async function timed(page, options, target, link) {
  const before = await page.evaluate(() => Math.max(0, ...[...document.querySelectorAll('[data-drawn]')]
    .map((e) => Number(e.getAttribute('data-drawn')))));
  const startedAt = await page.evaluate((link) => {
    const t = performance.timeOrigin + performance.now();
    if (link === 'back') {
      history.back();
    } else {
      document.querySelector(link).click();
    }
    return t;
  }, link);
  const state = await waitDrawn(page, { timeout: options.timeout, require: target, after: before });
  if (state.missing) {
    throw new Error(state.missing);
  }
  const drawnAt = await page.evaluate((sel) => performance.timeOrigin + Number(document.querySelector(sel).getAttribute('data-drawn-at')), target);
  return drawnAt - startedAt;
}

// ---------------------------------------------------------------- main

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const probe = await fetch(options.url + '/login').catch((e) => ({ ok: false, status: e.cause?.code || e.message }));
  if (!probe.ok) {
    console.error(`${options.url}/login does not answer (${probe.status}); start the app first (bench/run.sh load does).`);
    process.exit(1);
  }
  const stats = { httpProvince: [], httpBack: [], browserProvince: [], browserBack: [], errors: [], lost: 0, browserFailed: 0 };
  const browser = await chromium.launch({ executablePath: options.chromium, headless: true, args: CHROMIUM_ARGS });
  const started = new Date();
  const load = [fs.readFileSync('/proc/loadavg', 'utf8').split(' ')[0]];
  const sampler = setInterval(() => load.push(fs.readFileSync('/proc/loadavg', 'utf8').split(' ')[0]), 60000);
  const httpUsers = options.sessions - options.browsers;
  let until = 0;
  try {
    // The users sign in and open the overview one after another (95 sign-ins of one account in the same instant would
    // be throttled as a guessing attack, by design); the 5 minutes start once all are in.
    const clients = [];
    for (let i = 0; i < httpUsers; i++) {
      clients.push(await startHttpUser(options, i, stats));
    }
    const pages = [];
    for (let i = 0; i < options.browsers; i++) {
      pages.push(await startBrowserUser(browser, options, i, stats));
    }
    console.log(`${clients.filter(Boolean).length + pages.filter(Boolean).length} of ${options.sessions} sessions signed in after `
      + `${Math.round((Date.now() - started.getTime()) / 1000)} s; drilling for ${options.minutes} min`);
    until = Date.now() + options.minutes * 60000;
    await Promise.all([
      ...clients.map((client, i) => client && httpUser(client, options, i, until, stats)),
      ...pages.map((page, i) => page && browserUser(page, options, i, until, stats)),
    ]);
  } finally {
    clearInterval(sampler);
    await browser.close();
  }
  load.push(fs.readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
  const seconds = options.minutes * 60 + (Date.now() - until) / 1000;
  const results = {
    httpProvinceMs: summary(stats.httpProvince), httpBackMs: summary(stats.httpBack),
    browserProvinceMs: summary(stats.browserProvince), browserBackMs: summary(stats.browserBack),
    browserDrawnMs: summary([...stats.browserProvince, ...stats.browserBack]),
    navigationsPerSecond: Math.round(((stats.httpProvince.length + stats.httpBack.length + stats.browserProvince.length
      + stats.browserBack.length) / seconds) * 10) / 10,
    errors: stats.errors.length, sessionsLost: stats.lost, loadAverage: load,
  };
  const fmt = (s) => (s ? `median ${s.median} ms, p95 ${s.p95} ms (min ${s.min}, max ${s.max}, n=${s.n})` : 'no data');
  console.log(`\nANTQ Dashboard load test — ${options.url}, ${started.toISOString()}, ${options.minutes} min, ${options.sessions} signed-in `
    + `sessions (${httpUsers} HTTP users replaying Vaadin's UIDL, ${options.browsers} Chromium users), think time ${options.think} ms, `
    + `year ${options.year}, ${options.indicator}`);
  console.log(`HTTP users, ui-navigate → province page (server round trip): ${fmt(results.httpProvinceMs)}`);
  console.log(`HTTP users, ui-navigate back → overview (server round trip):  ${fmt(results.httpBackMs)}`);
  console.log(`Chromium users, click #unit-link-${options.browserProvince} → #province-map drawn: ${fmt(results.browserProvinceMs)}`);
  console.log(`Chromium users, Back → #national-map drawn: ${fmt(results.browserBackMs)}`);
  console.log(`navigations per second: ${results.navigationsPerSecond}; load average (1 min) every minute: ${load.join(', ')}`);
  console.log(`errors: ${stats.errors.length}${stats.errors.length ? ` (${[...new Set(stats.errors)].slice(0, 5).join(' | ')})` : ''}; `
    + `sessions lost: ${stats.lost}`);
  const measured = results.httpProvinceMs && results.browserDrawnMs && stats.browserFailed === 0;
  const checks = [
    ['click → drawn p95 (Chromium users, both directions)', results.browserDrawnMs?.p95, TARGETS.drawnP95, 'ms'],
    ['errors', stats.errors.length, 0, ''], ['sessions lost', stats.lost, 0, ''],
  ].map(([name, value, limit, unit]) => ({ name, value, limit, unit, met: value != null && value <= limit }));
  console.log('\ntargets (docs/PERFORMANCE.md):');
  for (const c of checks) {
    console.log(`  ${c.met ? 'MET   ' : 'MISSED'} ${c.name}: ${c.value ?? 'not measured'} ${c.unit} (limit ${c.limit} ${c.unit})`);
  }
  if (options.json) {
    fs.writeFileSync(options.json, JSON.stringify({ date: started.toISOString(), options, results, errors: stats.errors.slice(0, 50) }, null, 2));
    console.log(`\nresults: ${options.json}`);
  }
  if (!measured) {
    console.log('\nNOT MEASURED (exit 1): no HTTP navigation or no browser drawing measured, or a browser user failed');
  }
  const missed = checks.some((c) => !c.met);
  process.exit(!measured ? 1 : missed && !options.smoke ? 3 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
