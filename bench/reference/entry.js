/*
 * The static reference page of the benchmark (bundled by bench/reference.mjs): what the overview page draws, without
 * a server — one choropleth map of the provinces (OpenLayers, styled like antq-choropleth-map.ts) and two charts
 * (ApexCharts, animations off like antq-apex-chart.ts). The figures are made up; only the drawing work matters.
 * Once the map has completed a frame showing the features and both charts are mounted, <html> gets
 * `data-reference-drawn-at` = performance.now() of the last of those moments (ms since navigation start).
 */
import OlMap from 'ol/Map';
import View from 'ol/View';
import VectorLayer from 'ol/layer/Vector';
import VectorSource from 'ol/source/Vector';
import TopoJSON from 'ol/format/TopoJSON';
import { Fill, Stroke, Style, Text } from 'ol/style';
import { getHeight, getWidth } from 'ol/extent';
import { defaults as defaultControls } from 'ol/control/defaults';
import ApexCharts from 'apexcharts';

const PROVINCES = ['Hà Nội', 'Cao Bằng', 'Tuyên Quang', 'Điện Biên', 'Lai Châu', 'Sơn La', 'Lào Cai', 'Thái Nguyên',
  'Lạng Sơn', 'Quảng Ninh', 'Bắc Ninh', 'Phú Thọ', 'Hải Phòng', 'Hưng Yên', 'Ninh Bình', 'Thanh Hoá', 'Nghệ An',
  'Hà Tĩnh', 'Quảng Trị', 'Huế', 'Đà Nẵng', 'Quảng Ngãi', 'Gia Lai', 'Khánh Hoà', 'Đắk Lắk', 'Lâm Đồng', 'Đồng Nai',
  'Hồ Chí Minh', 'Tây Ninh', 'Đồng Tháp', 'Vĩnh Long', 'An Giang', 'Cần Thơ', 'Cà Mau'];
const YEARS = ['2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025'];
const PALETTE = ['#fee5d9', '#fcae91', '#fb6a4a', '#de2d26', '#a50f15'];

/** A stable made-up figure in [0, 100) per key, so that every run draws the same picture. */
function value(key) {
  let h = 2166136261;
  for (const c of String(key)) {
    h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  }
  return (h >>> 0) % 1000 / 10;
}

// ---------------------------------------------------------------- "drawn" bookkeeping

const pending = new Set(['map', 'bar', 'line']);

function done(part) {
  if (!pending.delete(part)) {
    return;
  }
  const now = performance.now().toFixed(1);
  document.documentElement.setAttribute(`data-reference-${part}-at`, now); // for diagnosis only
  if (pending.size === 0) {
    document.documentElement.setAttribute('data-reference-drawn-at', now);
  }
}

// ---------------------------------------------------------------- map (as antq-choropleth-map.ts draws it)

const units = new VectorSource();
const marks = new VectorSource();

function unitStyle(feature, resolution) {
  const name = feature.get('name');
  const extent = feature.getGeometry().getExtent();
  const px = 11;
  // A label only where it fits, like the app.
  const showLabel = name && getWidth(extent) / resolution > Math.max(3.3 * px, name.length * 0.6 * px)
    && getHeight(extent) / resolution > 1.3 * px;
  return new Style({
    fill: new Fill({ color: PALETTE[Math.floor(value(feature.get('code')) / 20)] }),
    stroke: new Stroke({ color: '#6f6f6f', width: 0.6 }),
    text: showLabel ? new Text({ text: name, font: `${px}px system-ui, sans-serif`, fill: new Fill({ color: '#1d1d1d' }),
      stroke: new Stroke({ color: 'rgba(255,255,255,.85)', width: 3 }), overflow: false }) : undefined,
  });
}

function markStyle(feature) {
  if (feature.get('layer') === 'outlines') {
    return new Style({ stroke: new Stroke({ color: '#0b3d91', width: 1.4 }), fill: new Fill({ color: '#0b3d91' }) });
  }
  return new Style({ text: new Text({ text: feature.get('name'), font: 'italic 600 12px system-ui, sans-serif',
    fill: new Fill({ color: '#0b3d91' }), stroke: new Stroke({ color: 'rgba(255,255,255,.9)', width: 3 }), offsetY: -14 }) });
}

const map = new OlMap({
  target: 'map',
  controls: defaultControls({ attribution: false, rotate: false }),
  layers: [
    new VectorLayer({ source: units, style: unitStyle, declutter: true }),
    new VectorLayer({ source: marks, style: markStyle, zIndex: 10 }),
  ],
  view: new View({ center: [0, 0], zoom: 2, maxZoom: 14 }),
});

// A frame counts only once it shows the features at the fitted extent: `postrender` runs synchronously per frame.
let loaded = false;
let framed = false;
map.on('postrender', (e) => {
  framed ||= loaded && !!e.frameState;
});
map.on('rendercomplete', () => {
  if (framed) {
    done('map');
  }
});

async function loadMap() {
  const response = await fetch('/geometry');
  const topology = await response.json();
  // layerName puts the TopoJSON object's name on each feature, as in the app: units vs. archipelago marks.
  const format = new TopoJSON({ dataProjection: 'EPSG:4326', layerName: 'layer' });
  const features = format.readFeatures(topology, { featureProjection: map.getView().getProjection() });
  const isMark = (f) => f.get('layer') === 'labels' || f.get('layer') === 'outlines';
  units.addFeatures(features.filter((f) => !isMark(f)));
  marks.addFeatures(features.filter(isMark));
  map.getView().fit(units.getExtent(), { padding: [16, 16, 16, 16], duration: 0 });
  loaded = true;
  map.render();
}

// ---------------------------------------------------------------- charts (as antq-apex-chart.ts configures them)

const number = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

function chartOptions(part, options) {
  return {
    ...options,
    chart: {
      ...options.chart,
      height: 340,
      fontFamily: 'inherit',
      redrawOnParentResize: true,
      toolbar: { show: true, tools: { download: true, selection: false, zoom: false, zoomin: false, zoomout: false, pan: false, reset: false } },
      animations: { enabled: false },
      events: { mounted: () => done(part) },
    },
    title: { text: options.title, style: { fontSize: '15px', fontWeight: 600 } },
    legend: { show: false },
  };
}

const bar = new ApexCharts(document.getElementById('bar'), chartOptions('bar', {
  chart: { type: 'bar' },
  title: 'Tỷ lệ theo tỉnh, thành phố (2025)',
  series: [{ name: 'Tỷ lệ', data: PROVINCES.map((p) => value(p)) }],
  plotOptions: { bar: { horizontal: false, borderRadius: 2, dataLabels: { position: 'top' } } },
  dataLabels: { enabled: false }, // more than 15 categories: no values on the bars, like the app
  xaxis: { categories: PROVINCES, labels: { trim: true, hideOverlappingLabels: true } },
  yaxis: { labels: { formatter: (v) => number.format(v) + '%' } },
}));

const line = new ApexCharts(document.getElementById('line'), chartOptions('line', {
  chart: { type: 'line' },
  title: 'Diễn biến toàn quốc 2018–2025',
  series: [{ name: 'Toàn quốc', data: YEARS.map((y) => value(y)) }],
  stroke: { width: 3, curve: 'straight' },
  markers: { size: 4, hover: { size: 6 } },
  dataLabels: { enabled: false },
  xaxis: { categories: YEARS },
  yaxis: { labels: { formatter: (v) => number.format(v) + '%' } },
}));

loadMap();
bar.render();
line.render();
