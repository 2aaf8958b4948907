/*
 * The static reference page of the benchmark: the overview page's drawing work (OpenLayers choropleth of the provinces,
 * two ApexCharts charts; the same library versions as the app) with no server at all, so that dashboard.mjs can tell
 * the cost of the libraries and the browser from the cost of the application. Served from memory through
 * context.route under a fake origin; the page script is bench/reference/entry.js, bundled here by esbuild.
 *
 *   await installReference(context, { geometry, contentType });
 *   await page.goto(REFERENCE_URL);
 *   // <html data-reference-drawn-at="…">: performance.now() when the map and both charts had drawn
 */
import esbuild from 'esbuild';
import fs from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

export const REFERENCE_ORIGIN = 'http://reference.test';
export const REFERENCE_URL = `${REFERENCE_ORIGIN}/`;

const here = path.dirname(fileURLToPath(import.meta.url));
const resolve = createRequire(import.meta.url).resolve;

/** The bundle and the page, made once per process (bundling OpenLayers and ApexCharts takes a few hundred ms). */
let assets;

function buildAssets() {
  assets ??= (async () => {
    const [result, olCss] = await Promise.all([
      esbuild.build({
        entryPoints: [path.join(here, 'reference', 'entry.js')],
        bundle: true, minify: true, write: false, format: 'esm', target: 'es2022', logLevel: 'silent',
        // Like a production build: minified, without development-only code paths.
        define: { 'process.env.NODE_ENV': '"production"' },
      }),
      fs.readFile(resolve('ol/ol.css'), 'utf8'),
    ]);
    const html = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>ANTQ reference</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>${olCss}</style>
<style>
  body { margin: 0; font-family: system-ui, sans-serif; color: #1d1d1d; background: #fff; }
  header { height: 56px; display: flex; align-items: center; padding: 0 24px; background: #0b3d91; color: #fff; font-size: 18px; font-weight: 600; }
  main { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 16px; padding: 16px 24px; }
  #map { height: 700px; background: #f4f8fb; position: relative; }
  .chart { min-height: 340px; }
</style></head>
<body><header>ANTQ Dashboard — trang tham chiếu</header>
<main><div id="map"></div><div><div id="bar" class="chart"></div><div id="line" class="chart"></div></div></main>
<script type="module" src="/reference.js"></script>
</body></html>`;
    return { js: result.outputFiles[0].contents, html };
  })();
  assets.catch(() => {
    assets = undefined; // let a later call retry and report the error again
  });
  return assets;
}

/**
 * Serves the reference page in `context` (a Playwright BrowserContext) under `origin`: `/` the page, `/reference.js`
 * the bundle, `/geometry` the layer bytes the app serves (`geometry`, a Buffer, with its `contentType`).
 * Gzip bytes are unpacked first: a fulfilled route hands the browser the body as is, decoded, like the app's
 * gzip response reaches the page after Chromium decodes it.
 */
export async function installReference(context, { geometry, contentType = 'application/json', origin = REFERENCE_ORIGIN }) {
  const { js, html } = await buildAssets();
  const body = geometry[0] === 0x1f && geometry[1] === 0x8b ? gunzipSync(geometry) : Buffer.from(geometry);
  const files = {
    '/': { contentType: 'text/html; charset=utf-8', body: Buffer.from(html) },
    '/reference.js': { contentType: 'text/javascript; charset=utf-8', body: Buffer.from(js) },
    '/geometry': { contentType, body },
  };
  await context.route(`${origin.replace(/\/+$/, '')}/**`, (route) => {
    const file = files[new URL(route.request().url()).pathname];
    return file
      ? route.fulfill({ status: 200, contentType: file.contentType, body: file.body })
      : route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' });
  });
}
