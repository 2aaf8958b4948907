#!/usr/bin/env node
/*
 * The scenarios of tools/ha-test.sh (issue 17), driven through the balancer with Chromium (the benchmark's
 * playwright-core) on a topology that script started: app nodes a and b, three Galera nodes, HAProxy. A browser is put
 * on a node by the balancer's cookie (ANTQ_NODE=a|b); nodes are killed with SIGKILL through the pid files in --work.
 * Each scenario prints PASS or FAIL with what it measured; screenshots go to --work/shots. Exit 1 if any failed.
 * HA_ONLY=1,3 runs only those scenarios (while developing against a topology left up with tools/ha-test.sh --keep).
 *
 *   node tools/ha-test.mjs --url http://127.0.0.1:8200 --work target/ha --app-a http://127.0.0.1:8201 \
 *     --app-b http://127.0.0.1:8202 [--chromium /usr/bin/chromium]
 */
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { CHROMIUM_ARGS } from '../bench/browser.mjs';

const { chromium } = createRequire(new URL('../bench/package.json', import.meta.url))('playwright-core');

const options = { url: '', work: 'target/ha', appA: '', appB: '', chromium: '/usr/bin/chromium', java: 'java', jar: '', dbUser: 'mysql' };
for (let i = 2; i < process.argv.length; i += 2) {
  options[process.argv[i].slice(2).replace(/-([a-z])/g, (m, c) => c.toUpperCase())] = process.argv[i + 1];
}
const SCREEN = 'antq-demo-screen-hoi-truong';
const SLIDES = 'map:coverage-communes,ranking:models,coverage,festival';
const intake = (province) => `/intake?province=${province}&year=2026&dataset=FESTIVAL`;
const TIMEOUT = 60_000;
const results = [];
let shot = 0;

const browser = await chromium.launch({ executablePath: options.chromium, args: CHROMIUM_ARGS });
try {
  await scenario('5 wrong passwords spread across both nodes lock the account', lockout);
  await scenario('a presenter on node a drives screens on node b', presenterAcrossNodes);
  await scenario('an import approved through node a is on node b within 2 s', importAcrossNodes);
  await scenario('node a killed: the screen resumes on b, the user signs in again where they were', nodeDies);
  await scenario('a Galera node killed while a large import is stored', databaseNodeDies);
  await scenario('the database away: a clear message, and back by itself within 10 s of its return', databaseAway);
  await scenario('a backup restored into a new database starts the app', backupAndRestore);
} finally {
  await browser.close();
}
console.log(`\n${results.filter((r) => r.ok).length} of ${results.length} scenarios passed`);
fs.writeFileSync(`${options.work}/results.json`, JSON.stringify(results, null, 2));
process.exit(results.every((r) => r.ok) ? 0 : 1);

// ---------------------------------------------------------------- scenarios

async function lockout() {
  // hanoi, so that the other scenarios' accounts stay usable; attempts alternate between the nodes directly
  const nodes = [options.appA, options.appB];
  const control = await signInOver(options.appA, 'hanoi', 'antq-demo-hanoi');
  check(!control.includes('/login'), `hanoi could not sign in with the right password to begin with (${control})`);
  for (let attempt = 0; attempt < 5; attempt++) {
    const answer = await signInOver(nodes[attempt % 2], 'hanoi', 'wrong-password-' + attempt);
    check(answer.includes('/login'), `wrong password ${attempt + 1} was accepted (${answer})`);
  }
  const right = await signInOver(options.appB, 'hanoi', 'antq-demo-hanoi');
  check(right.includes('/login'), `the right password right after five wrong ones let hanoi in on node b (${right})`);
  return `attempts a,b,a,b,a refused; the sixth, with the right password, on b refused too (→ ${right})`;
}

async function presenterAcrossNodes() {
  const presenter = await onNode('a', 'lanhdao', 'antq-demo-lanhdao');
  const screen = await onNode('b');
  const lead = await presenter.newPage();
  const follow = await screen.newPage();
  await lead.goto(`${options.url}/present?slides=${SLIDES}&year=2025&presenter=true&slide=1`);
  await follow.goto(`${options.url}/present?screen=${SCREEN}&slides=${SLIDES}&year=2025&slide=1`);
  await waitPosition(lead, '1/');
  await waitPosition(follow, '1/');
  check(await nodeOf(presenter) === 'a' && await nodeOf(screen) === 'b', 'the balancer did not keep the nodes asked for');
  const delays = [];
  for (const expected of ['2/', '3/', '4/']) {
    await lead.keyboard.press('ArrowRight');
    await waitPosition(lead, expected);
    const start = Date.now();
    await waitPosition(follow, expected, 10_000);
    delays.push(Date.now() - start);
  }
  await screenshot(follow, 'screen-on-b-follows');
  await presenter.close();
  await screen.close();
  check(Math.max(...delays) <= 2_000, `a screen on b followed after ${delays.join(', ')} ms`);
  return `the screen on b followed each of 3 slides after ${delays.join(', ')} ms`;
}

async function importAcrossNodes() {
  // a file with fewer sites than the province has: node b must show that count, approved
  await reopenIfApproved('a', '33');
  const officer = await onNode('a', 'hungyen', 'antq-demo-hungyen');
  const page = await officer.newPage();
  const template = await loadTemplate(page, '33');
  const sites = template.length - 2 - Math.floor(Math.random() * 10);
  check(sites > 10, `the festival template has only ${template.length - 1} sites`);
  await upload(page, template.slice(0, sites + 1));
  await page.click('#intake-store');
  await waitText(page, '#intake-state', 'Bản nháp');
  await page.click('#intake-step-submit');
  await waitText(page, '#intake-state', 'Chờ duyệt');
  await officer.close();

  const leadership = await onNode('a', 'lanhdao', 'antq-demo-lanhdao');
  const approver = await leadership.newPage();
  await approver.goto(options.url + intake('33'));
  await waitText(approver, '#intake-state', 'Chờ duyệt');
  await approver.click('#intake-step-approve');
  await waitText(approver, '#intake-state', 'Đã duyệt');
  const approved = Date.now();

  const reader = await onNode('b', 'lanhdao', 'antq-demo-lanhdao');
  const onB = await reader.newPage();
  const card = `Điểm tổ chức Ngày hội\n${new Intl.NumberFormat('vi-VN').format(sites)}\n[^\n]*đã phê duyệt`;
  for (;;) {
    const asked = Date.now() - approved;
    await onB.goto(`${options.url}/province/33?year=2026&indicator=FESTIVAL_SITES`);
    const found = await onB.waitForFunction((c) => new RegExp(c).test(document.body.innerText), card, { timeout: 5_000 })
      .then(() => true, () => false);
    if (found) {
      check(await nodeOf(reader) === 'b', 'the reader was not on node b');
      await screenshot(onB, 'import-on-b');
      await leadership.close();
      await reader.close();
      check(asked <= 2_000, `node b first showed the approved sites on a page asked for ${asked} ms after the approval`);
      return `node b showed the approved ${sites} sites on the first page asked for after the approval (${asked} ms after it)`;
    }
    check(Date.now() - approved < 30_000, `node b did not show ${sites} approved sites within 30 s`);
  }
}

async function nodeDies() {
  const screen = await onNode('a');
  const user = await onNode('a', 'lanhdao', 'antq-demo-lanhdao');
  const show = await screen.newPage();
  const work = await user.newPage();
  await show.goto(`${options.url}/present?screen=${SCREEN}&slides=${SLIDES}&year=2025&slide=3&paused=true`);
  await waitPosition(show, '3/');
  const before = await frozen(show);
  const where = '/province/37?year=2026&indicator=COVERAGE_COMMUNES';
  await work.goto(options.url + where);
  await work.waitForSelector('#province-map', { timeout: TIMEOUT });
  check(await nodeOf(screen) === 'a' && await nodeOf(user) === 'a', 'the balancer did not keep both on node a');
  await screenshot(show, 'screen-on-a');

  const killed = Date.now();
  process.kill(Number(fs.readFileSync(`${options.work}/app-a.pid`, 'utf8')), 'SIGKILL');
  let after = null;
  while (Date.now() - killed < 60_000) {
    after = await frozen(show).catch(() => null);
    if (after && after.node === 'b' && after.position === before.position && after.takenAt === before.takenAt) {
      break;
    }
    await show.waitForTimeout(200);
  }
  const resumed = Date.now() - killed;
  await screenshot(show, 'screen-resumed-on-b');
  check(after && after.node === 'b', `the screen did not come back on node b within 60 s (${JSON.stringify(after)})`);
  check(!after.url.includes('/login'), 'the screen was asked to sign in');
  check(after.position === before.position, `the screen came back on slide ${after.position}, not ${before.position}`);
  check(after.takenAt === before.takenAt, `the screen's figures were taken again (${after.takenAt}, not ${before.takenAt})`);
  check(resumed <= 10_000, `the screen resumed ${resumed} ms after node a died`);

  // the user's next step (a reload, as after any click that finds its session gone) asks them to sign in
  await work.reload();
  await work.waitForSelector('input[name=username]', { timeout: TIMEOUT });
  await screenshot(work, 'user-asked-to-sign-in');
  await work.fill('input[name=username]', 'lanhdao');
  await work.fill('input[name=password]', 'antq-demo-lanhdao');
  await work.keyboard.press('Enter');
  await work.waitForURL((u) => !u.pathname.startsWith('/login'), { timeout: TIMEOUT });
  const landed = new URL(work.url());
  await work.waitForSelector('#province-map', { timeout: TIMEOUT });
  await screenshot(work, 'user-back-on-b');
  landed.searchParams.delete('continue'); // Spring Security's mark of a request it kept for after the sign-in
  check(landed.pathname + landed.search === where, `after signing in again the user landed on ${landed.pathname}${landed.search}`);
  check(await nodeOf(user) === 'b', 'the user is not on node b');
  await screen.close();
  await user.close();
  return `screen back on b on slide ${after.position}, same figures (taken ${after.takenAt}), ${resumed} ms after the kill,`
    + ` no sign-in; the user signed in again and landed on ${where}`;
}

async function databaseNodeDies() {
  // the nodes write to the first Galera node (the driver's sequential mode): kill it in the middle of the store
  await reopenIfApproved('b', '08');
  const officer = await onNode('b', 'tuyenquang', 'antq-demo-tuyenquang');
  const page = await officer.newPage();
  const rows = await loadTemplate(page, '08');
  const large = enlarge(rows, 3_000);
  await upload(page, large);
  await page.click('#intake-store');
  await page.waitForTimeout(150);
  const pid = Number(fs.readFileSync(`${options.work}/db1/mysqld.pid`, 'utf8'));
  process.kill(pid, 'SIGKILL');
  const killedAt = Date.now();
  // whatever the page says, the import is all there or not at all, and the app keeps serving
  await page.waitForFunction(() => {
    const state = document.querySelector('#intake-state')?.textContent ?? '';
    return state.includes('Bản nháp') || document.querySelector('vaadin-notification-card') !== null;
  }, null, { timeout: TIMEOUT }).catch(() => {});
  await screenshot(page, 'import-while-db-node-died');
  const stored = enlargedSites(2);
  check(stored === 0 || stored === large.length - 1,
    `${stored} of ${large.length - 1} rows stored: the import is neither complete nor absent`);
  const serving = await officer.newPage();
  await serving.goto(`${options.url}/province/08?year=2026`);
  await serving.waitForSelector('#province-map', { timeout: TIMEOUT });
  const servedAfter = Date.now() - killedAt;

  startDatabase(1);
  const rejoined = await awaitSynced(1);
  const size = sqlOn(1, "SHOW STATUS LIKE 'wsrep_cluster_size'").split('\t')[1];
  check(size === '3', `cluster size ${size} after the rejoin`);
  check(enlargedSites(1) === stored, 'the rejoined node does not hold what the others hold');
  await officer.close();
  return `${stored === 0 ? 'absent' : 'complete'} (${stored} of ${large.length - 1} rows), the app served a page`
    + ` ${servedAfter} ms after the kill, the node rejoined in ${rejoined} ms (cluster size ${size})`;
}

async function databaseAway() {
  // every Galera node killed at once; then the cluster is started again as docs/DEPLOYMENT.md says
  const user = await onNode('b', 'lanhdao', 'antq-demo-lanhdao');
  const page = await user.newPage();
  await page.goto(`${options.url}/province/08?year=2026`);
  await page.waitForSelector('#province-map', { timeout: TIMEOUT });
  for (const n of [1, 2, 3]) {
    process.kill(Number(fs.readFileSync(`${options.work}/db${n}/mysqld.pid`, 'utf8')), 'SIGKILL');
  }
  const killed = Date.now();
  await page.goto(`${options.url}/province/33?year=2026`, { timeout: TIMEOUT }).catch(() => {});
  await page.waitForFunction(() => document.body.innerText.includes('Cơ sở dữ liệu tạm thời không truy cập được'),
    null, { timeout: TIMEOUT });
  const told = Date.now() - killed;
  check((await page.$('#database-away')) !== null, 'the message is not the page that reloads itself');
  await screenshot(page, 'database-away');

  // all were killed together: any may start the cluster again; db1, marked safe to do so
  execFileSync('sed', ['-i', 's/^safe_to_bootstrap: 0/safe_to_bootstrap: 1/', `${options.work}/db1/data/grastate.dat`]);
  startDatabase(1, '--wsrep-new-cluster');
  await awaitSynced(1);
  const returned = Date.now();
  await page.waitForSelector('#province-map', { timeout: 60_000 });
  const recovered = Date.now() - returned;
  await screenshot(page, 'database-back');
  await user.close();
  startDatabase(2);
  await awaitSynced(2);
  startDatabase(3);
  await awaitSynced(3);
  check(recovered <= 10_000, `the page came back ${recovered} ms after the database did`);
  return `the next page said so ${told} ms after every database node was killed; ${recovered} ms after the cluster`
    + ' was started again the same tab showed the province by itself (no restart of the app); all three nodes back';
}

function stopRestoredDatabase(restore) {
  if (fs.existsSync(`${restore}/mysqld.pid`)) {
    try {
      process.kill(Number(fs.readFileSync(`${restore}/mysqld.pid`, 'utf8')));
    } catch (e) {
      // stopped already
    }
    execFileSync('bash', ['-c', `for i in $(seq 30); do [ -e ${restore}/mysqld.sock ] || break; sleep 1; done`]);
  }
}

function startDatabase(node, ...args) {
  execFileSync('bash', ['-c', `mariadbd --defaults-file=${options.work}/db${node}/my.cnf ${args.join(' ')}`
    + ` >>${options.work}/db${node}/stdout.log 2>&1 &`]);
}

async function awaitSynced(node) {
  const start = Date.now();
  let state = '';
  while (Date.now() - start < 120_000 && state !== 'Synced') {
    state = sqlOn(node, "SHOW STATUS LIKE 'wsrep_local_state_comment'", true).split('\t')[1] ?? '';
    await new Promise((r) => setTimeout(r, 500));
  }
  check(state === 'Synced', `database node ${node} not synced within 120 s (state ${state || 'down'})`);
  return Date.now() - start;
}

async function backupAndRestore() {
  const dump = `${options.work}/antq-backup.sql.gz`;
  const started = Date.now();
  execFileSync('bash', ['-c', `set -o pipefail; mariadb-dump --no-defaults -uroot -S ${options.work}/db3/mysqld.sock`
    + ` --single-transaction --routines --triggers --databases antq | gzip > ${dump}`]);
  const dumped = Date.now() - started;
  const restore = `${options.work}/restore`;
  stopRestoredDatabase(restore);
  // as docs/DEPLOYMENT.md says: a new, empty MariaDB, the application's account, then the dump
  execFileSync('bash', ['-c', `set -euo pipefail
    rm -rf ${restore}; mkdir -p ${restore}; chown ${options.dbUser} ${restore}
    mariadb-install-db --no-defaults --user=${options.dbUser} --datadir=${restore}/data >${restore}/install.log 2>&1
    mariadbd --no-defaults --user=${options.dbUser} --datadir=${restore}/data --socket=${restore}/mysqld.sock \
      --pid-file=${restore}/mysqld.pid --port=3320 --bind-address=127.0.0.1 --log-error=${restore}/error.log \
      --log-bin-trust-function-creators=1 --character-set-server=utf8mb4 --collation-server=utf8mb4_vietnamese_ci >>${restore}/stdout.log 2>&1 &
    for i in $(seq 60); do mariadb --no-defaults -uroot -S ${restore}/mysqld.sock -e 'SELECT 1' >/dev/null 2>&1 && break; sleep 1; done
    mariadb --no-defaults -uroot -S ${restore}/mysqld.sock -e "CREATE USER 'antq'@'127.0.0.1' IDENTIFIED BY 'antq-ha-test';
      GRANT ALL ON antq.* TO 'antq'@'127.0.0.1'"
    gunzip -c ${dump} | mariadb --no-defaults -uroot -S ${restore}/mysqld.sock`]);
  const restored = Date.now() - started - dumped;
  const tables = ['festival_event', 'safety_assessment', 'audit_log', 'presentation_snapshot', 'DATABASECHANGELOG'];
  for (const table of tables) {
    const source = sqlOn(3, `SELECT COUNT(*) FROM antq.${table}`);
    const copy = execFileSync('mariadb', ['--no-defaults', '-uroot', '-S', `${restore}/mysqld.sock`, '-N', '-B', '-e',
      `SELECT COUNT(*) FROM antq.${table}`], { encoding: 'utf8' }).trim();
    check(copy === source, `${table}: ${copy} rows restored of ${source}`);
  }
  // an app node on the restored database: Liquibase finds every change applied, and the node gets ready
  const log = `${options.work}/app-restored.log`;
  execFileSync('bash', ['-c', `PORT=8203 DB_URL=jdbc:mariadb://127.0.0.1:3320/antq DB_USER=antq DB_PASSWORD=antq-ha-test`
    + ` ANTQ_DATA_DIR=${options.work}/app-restored ANTQ_DEMO_DATA=true ${options.java} -Xmx1g -jar ${options.jar}`
    + ` >${log} 2>&1 & echo $! > ${options.work}/app-restored.pid`]);
  const deadline = Date.now() + 300_000;
  for (;;) {
    const ready = await fetch('http://127.0.0.1:8203/actuator/health/readiness').then((r) => r.status, () => 0);
    if (ready === 200) {
      break;
    }
    check(Date.now() < deadline, `the app on the restored database is not ready after 300 s (see ${log})`);
    await new Promise((r) => setTimeout(r, 1_000));
  }
  const text = fs.readFileSync(log, 'utf8');
  check(!/ChangeSet .* ran successfully/.test(text), 'Liquibase applied changes to the restored database');
  check(text.includes('Demo data already present'), 'the app on the restored database did not find the data');
  const answer = await signInOver('http://127.0.0.1:8203', 'lanhdao', 'antq-demo-lanhdao');
  check(!answer.includes('/login'), `lanhdao could not sign in on the restored database (${answer})`);
  process.kill(Number(fs.readFileSync(`${options.work}/app-restored.pid`, 'utf8')));
  stopRestoredDatabase(restore);
  return `mariadb-dump of Galera node 3 in ${dumped} ms (${Math.round(fs.statSync(dump).size / 1e6)} MB gzipped), restored`
    + ` into a new MariaDB in ${restored} ms, ${tables.length} tables' rows equal, an app node started on it without a`
    + ' schema change and let lanhdao sign in';
}

// ---------------------------------------------------------------- helpers

async function scenario(name, run) {
  const number = results.length + 1;
  if (process.env.HA_ONLY && !process.env.HA_ONLY.split(',').includes(String(number))) {
    results.push({ name, ok: true, detail: 'left out (HA_ONLY)', ms: 0 });
    return;
  }
  const started = Date.now();
  try {
    const detail = await run();
    results.push({ name, ok: true, detail, ms: Date.now() - started });
    console.log(`PASS ${name}: ${detail}`);
  } catch (e) {
    results.push({ name, ok: false, detail: e.message, ms: Date.now() - started });
    console.log(`FAIL ${name}: ${e.message}`);
  }
}

function check(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}

/** A browser context the balancer sends to `node`, signed in when a user is given (a screen signs in by its token). */
async function onNode(node, user, password) {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, locale: 'vi-VN' });
  await context.addCookies([{ name: 'ANTQ_NODE', value: node, url: options.url }]);
  if (user) {
    const answer = await context.request.post(options.url + '/login', { form: { username: user, password }, maxRedirects: 0 });
    const location = answer.headers().location || '';
    check(answer.status() === 302 && !location.includes('/login'), `${user} could not sign in on node ${node}: ${answer.status()} ${location}`);
  }
  return context;
}

async function nodeOf(context) {
  return (await context.cookies(options.url)).find((c) => c.name === 'ANTQ_NODE')?.value;
}

/** Where a sign-in form post answered by `base` sends the browser. */
async function signInOver(base, username, password) {
  const body = new URLSearchParams({ username, password });
  const answer = await fetch(base + '/login', { method: 'POST', body, redirect: 'manual' });
  return answer.headers.get('location') || String(answer.status);
}

async function waitPosition(page, prefix, timeout = TIMEOUT) {
  await page.waitForFunction((p) => (document.querySelector('#present-position')?.textContent ?? '').startsWith(p),
    prefix, { timeout });
}

/** What a screen shows: its slide, when its figures were taken, which node serves it. */
async function frozen(page) {
  const state = await page.evaluate(() => ({
    position: document.querySelector('#present-position')?.textContent ?? '',
    takenAt: document.querySelector('#present')?.getAttribute('data-taken-at') ?? '',
    url: location.pathname,
  }));
  return { ...state, node: await nodeOf(page.context()) };
}

async function waitText(page, selector, text) {
  await page.waitForFunction(({ s, t }) => (document.querySelector(s)?.textContent ?? '').includes(t),
    { s: selector, t: text }, { timeout: TIMEOUT });
}

async function screenshot(page, name) {
  await page.screenshot({ path: `${options.work}/shots/${String(++shot).padStart(2, '0')}-${name}.png` }).catch(() => {});
}

/** The ministry reopens a province's approved festival file of 2026, so that the province may send a new one. */
async function reopenIfApproved(node, province) {
  const leadership = await onNode(node, 'lanhdao', 'antq-demo-lanhdao');
  const page = await leadership.newPage();
  await page.goto(options.url + intake(province));
  await page.waitForSelector('#intake-state', { timeout: TIMEOUT });
  if ((await page.textContent('#intake-state')).includes('Đã duyệt')) {
    await page.click('#intake-step-reopen');
    await page.fill('#intake-step-reason textarea', 'Kiểm thử vận hành: nhận tệp mới');
    await page.click('#intake-step-confirm');
    await waitText(page, '#intake-state', 'Bản nháp');
  }
  await leadership.close();
}

/** The intake page's festival template of a province for 2026 as rows of fields (the header first). */
async function loadTemplate(page, province) {
  await page.goto(options.url + intake(province));
  await page.waitForSelector('#intake-upload vaadin-upload', { timeout: TIMEOUT });
  const href = await page.getAttribute('.intake-templates a.export-menu__csv', 'href');
  const csv = await page.evaluate(async (h) => (await fetch(h)).text(), href);
  return parseCsv(csv.replace(/^\uFEFF/, ''));
}

async function upload(page, rows) {
  await page.evaluate((text) => {
    const up = document.querySelector('#intake-upload vaadin-upload');
    up._addFiles([new File([text], 'ngay-hoi-2026.csv', { type: 'text/csv' })]);
  }, '\uFEFF' + printCsv(rows));
  await page.waitForFunction(() => document.querySelector('#intake-preview-summary')?.getAttribute('data-errors') === '0',
    null, { timeout: TIMEOUT });
  const comment = await page.$('#intake-comment:not([hidden])');
  if (comment) {
    await page.evaluate(() => {
      const a = document.querySelector('#intake-comment');
      a.value = 'Kiểm thử vận hành cụm máy chủ';
      a.dispatchEvent(new Event('change', { bubbles: true }));
    });
  }
}

/** The template's rows repeated under new site names until the file has `count` rows. */
function enlarge(rows, count) {
  const name = rows[0].indexOf('Tên điểm tổ chức');
  check(name >= 0, 'no "Tên điểm tổ chức" column in the festival template');
  const body = rows.slice(1);
  const out = [rows[0]];
  for (let i = 0; out.length <= count; i++) {
    const row = [...body[i % body.length]];
    row[name] = `${row[name]} (điểm ${i + 1})`;
    out.push(row);
  }
  return out;
}

function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') { quoted = false; } else { field += c; }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(field); field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') { i++; }
      row.push(field); field = '';
      rows.push(row); row = [];
    } else {
      field += c;
    }
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows.filter((r) => r.some((v) => v !== ''));
}

function printCsv(rows) {
  return rows.map((r) => r.map((v) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(',')).join('\r\n') + '\r\n';
}

function sqlOn(node, query, quiet = false) {
  try {
    return execFileSync('mariadb', ['--no-defaults', '-uroot', '-S', `${options.work}/db${node}/mysqld.sock`, '-N', '-B',
      '-e', query], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  } catch (e) {
    if (quiet) {
      return '';
    }
    throw e;
  }
}

/** The festival sites of the enlarged file (named "… (điểm N)") that database node `node` holds. */
function enlargedSites(node) {
  return Number(sqlOn(node, "SELECT COUNT(*) FROM antq.festival_event WHERE site_name LIKE '% (điểm %)'"));
}
