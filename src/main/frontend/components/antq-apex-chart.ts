/*
 * <antq-apex-chart>: the only place that knows ApexCharts (4.7.0, MIT; never 5.x).
 * Properties: `config` (the server's ChartOptions as JSON) and `series` (the values alone, so that a new year only
 * animates the bars). Fires `antq-data-point-click` with {seriesIndex, dataPointIndex, category}.
 * The element's `lang` ("vi", "en") sets the language of ApexCharts' own words (the download menu); numbers are vi-VN
 * in every language, the product's standard.
 * Render marker for tests and the benchmark: once ApexCharts has drawn the current data (`mounted`/`updated`) the
 * element carries `data-drawn` (a page-wide increasing number) and `data-drawn-at` (performance.now() in ms); both
 * are removed as soon as new data arrives. See render-marker.ts.
 */
import ApexCharts from 'apexcharts';
import { markDrawn, markPending } from './render-marker';
import { afterMaps } from './maps-first';

type ChartType = 'bar' | 'line' | 'donut' | 'heatmap';

interface Series {
  name: string;
  data: (number | null)[];
}

interface ChartConfig {
  type: ChartType;
  horizontal: boolean;
  stacked: boolean;
  title?: string;
  categories: string[];
  series: Series[];
  colors: string[];
  xAxisTitle?: string;
  yAxisTitle?: string;
  height: number;
  format: { style: 'number' | 'percent'; fractionDigits: number; signed?: boolean };
  exportName?: string;
  markers?: Marker[];
  range?: { min: number; max: number };
  negativeColor?: string;
  notes?: string[];
}

/** A labelled line at a category (a year of a trend) or at a value (the reference of a ranking of differences). */
interface Marker {
  category?: string;
  value?: number;
  label: string;
}

const VI_LOCALE = {
  name: 'vi',
  options: {
    months: ['Tháng 1', 'Tháng 2', 'Tháng 3', 'Tháng 4', 'Tháng 5', 'Tháng 6', 'Tháng 7', 'Tháng 8', 'Tháng 9', 'Tháng 10', 'Tháng 11', 'Tháng 12'],
    shortMonths: ['Th1', 'Th2', 'Th3', 'Th4', 'Th5', 'Th6', 'Th7', 'Th8', 'Th9', 'Th10', 'Th11', 'Th12'],
    days: ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy'],
    shortDays: ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'],
    toolbar: {
      exportToSVG: 'Tải xuống SVG',
      exportToPNG: 'Tải xuống PNG',
      exportToCSV: 'Tải xuống CSV',
      menu: 'Tải xuống',
      selection: 'Chọn vùng',
      selectionZoom: 'Phóng to vùng chọn',
      zoomIn: 'Phóng to',
      zoomOut: 'Thu nhỏ',
      pan: 'Di chuyển',
      reset: 'Đặt lại',
    },
  },
};

/** Vietnamese number format: 1.234.567 and 97,37%; a signed format writes changes as +1,25, −0,4 and ±0. */
export function formatter(format: ChartConfig['format']): (value: unknown) => string {
  const nf = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: format.fractionDigits });
  return (value: unknown) => {
    if (value === null || value === undefined || value === '') {
      return '–';
    }
    const n = typeof value === 'number' ? value : Number(value);
    if (!Number.isFinite(n)) {
      return String(value);
    }
    const sign = !format.signed ? '' : nf.format(n) === nf.format(0) ? '±' : n > 0 ? '+' : '−';
    return sign + nf.format(format.signed ? Math.abs(n) : n) + (format.style === 'percent' ? '%' : '');
  };
}

const share = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** The tooltip's value, followed by the category's note if the server gave one ("+0,8 (97,4%)"). */
function withNote(value: string, notes: string[] | undefined, index: number | undefined): string {
  const note = index === undefined ? undefined : notes?.[index];
  return note ? `${value} (${note})` : value;
}

export class AntqApexChart extends HTMLElement {
  private _config?: ChartConfig;
  private _series?: Series[];
  private chart?: ApexCharts;
  private chartType?: ChartType;
  private host?: HTMLDivElement;
  private dirty: 'none' | 'series' | 'all' = 'none';
  private lastClick = '';

  set config(value: ChartConfig) {
    this._config = value;
    this.refits = 0;
    this.invalidate('all');
  }

  get config(): ChartConfig | undefined {
    return this._config;
  }

  set series(value: Series[]) {
    this._series = value;
    this.refits = 0;
    this.invalidate('series');
  }

  get series(): Series[] | undefined {
    return this._series;
  }

  /**
   * Presentation mode: the chart fills its container's height, text is sized from the element's font size (which
   * scales with the screen), light on dark, without toolbar, tooltips or animations.
   */
  set presentation(value: boolean) {
    this._presentation = value;
    this.invalidate('all');
  }

  get presentation(): boolean {
    return this._presentation;
  }

  private _presentation = false;
  private textSize = 0;
  private readonly onWindowResize = () => {
    if (this._presentation && this.fontSize() !== this.textSize) {
      this.invalidate('all');
    }
  };

  private fontSize(): number {
    return parseFloat(getComputedStyle(this).fontSize) || 16;
  }

  connectedCallback() {
    this.style.display = 'block';
    if (!this.host) {
      this.host = document.createElement('div');
      this.appendChild(this.host);
    }
    window.addEventListener('resize', this.onWindowResize);
    this.resized.observe(this);
    this.invalidate('all');
  }

  disconnectedCallback() {
    window.removeEventListener('resize', this.onWindowResize);
    this.resized.disconnect();
    window.clearTimeout(this.fitTimer);
    markPending(this);
    this.chart?.destroy();
    this.chart = undefined;
  }

  private invalidate(level: 'series' | 'all') {
    markPending(this);
    if (this.dirty === 'none') {
      queueMicrotask(() => afterMaps(() => this.render())); // the page's map first (maps-first.ts)
    }
    if (level === 'all' || this.dirty === 'none') {
      this.dirty = level;
    }
  }

  /** Marks the chart drawn, unless it must first be drawn again at its element's width (see {@link fit}). */
  private drawn() {
    if (!this.fit()) {
      markDrawn(this);
    }
  }

  /**
   * Draws the chart again if it is not as wide as its element: ApexCharts measures its container once per render and
   * ignores container resizes while it animates, so a chart drawn before the page's layout settled (the drawer opening
   * beside a page that is still loading) would stay too wide. At most three times per data received, so that a layout
   * sized by its content cannot loop.
   */
  private fit(): boolean {
    const svg = this.host?.querySelector('svg');
    const width = this.host?.clientWidth ?? 0;
    if (!this.chart || !svg || width <= 0 || Math.abs(svg.getBoundingClientRect().width - width) <= 1 || this.refits >= 3) {
      return false;
    }
    // ApexCharts' own resize handling waits for an end of animation that does not always come: draw a new chart.
    this.refits++;
    this.chartType = undefined;
    this.invalidate('all');
    return true;
  }

  private refits = 0;
  private fitTimer = 0;
  private readonly resized = new ResizeObserver(() => {
    window.clearTimeout(this.fitTimer);
    this.fitTimer = window.setTimeout(() => this.fit(), 200);
  });

  private render() {
    const level = this.dirty;
    this.dirty = 'none';
    if (!this._config || !this.host || !this.isConnected) {
      return;
    }
    const config = { ...this._config, series: this._series ?? this._config.series };
    if (this.chart && this.chartType === config.type) {
      if (level === 'all') {
        this.chart.updateOptions(this.options(config), true, true);
      } else {
        this.chart.updateSeries(this.apexSeries(config) as ApexAxisChartSeries, true);
      }
      return;
    }
    this.chart?.destroy();
    this.chartType = config.type;
    this.chart = new ApexCharts(this.host, this.options(config));
    this.chart.render();
  }

  private apexSeries(config: ChartConfig): ApexAxisChartSeries | ApexNonAxisChartSeries {
    if (config.type === 'donut') {
      return (config.series[0]?.data ?? []).map((v) => v ?? 0);
    }
    if (config.type === 'heatmap') {
      // ApexCharts draws the last heat-map series on top; reverse so rows read top-down in the server's order.
      return config.series
        .map((s) => ({ name: s.name, data: s.data.map((y, i) => ({ x: config.categories[i] ?? String(i), y })) }))
        .reverse();
    }
    return config.series.map((s) => ({ name: s.name, data: s.data }));
  }

  private options(config: ChartConfig): ApexCharts.ApexOptions {
    const fmt = formatter(config.format);
    const many = config.categories.length > 15;
    const clicked = (seriesIndex: number, dataPointIndex: number) => this.clicked(config, seriesIndex, dataPointIndex);
    const options: ApexCharts.ApexOptions = {
      chart: {
        type: config.type,
        height: config.height,
        stacked: config.stacked,
        fontFamily: 'inherit',
        // the download menu in the page's language (the element's lang); numbers stay vi-VN in every language
        ...(this.lang === 'en' ? {} : { locales: [VI_LOCALE], defaultLocale: 'vi' }),
        redrawOnParentResize: true,
        toolbar: {
          show: true,
          tools: { download: true, selection: false, zoom: false, zoomin: false, zoomout: false, pan: false, reset: false },
          export: {
            svg: { filename: config.exportName },
            png: { filename: config.exportName },
            csv: { filename: config.exportName },
          },
        },
        // no animation: a page of six charts is drawn in one frame each instead of 300 ms of frames each
        animations: { enabled: false },
        events: {
          mounted: () => this.drawn(),
          updated: () => this.drawn(),
          dataPointSelection: (_e: unknown, _ctx: unknown, opts: { seriesIndex: number; dataPointIndex: number }) =>
            clicked(opts.seriesIndex, opts.dataPointIndex),
          markerClick: (_e: unknown, _ctx: unknown, opts: { seriesIndex: number; dataPointIndex: number }) =>
            clicked(opts.seriesIndex, opts.dataPointIndex),
        },
      },
      series: this.apexSeries(config),
      title: config.title ? { text: config.title, style: { fontSize: '15px', fontWeight: 600 } } : { text: undefined },
      tooltip: { y: { formatter: (v: number, o?: { dataPointIndex?: number }) => withNote(fmt(v), config.notes, o?.dataPointIndex) } },
      legend: { show: config.series.length > 1 || config.type === 'donut', position: 'bottom' },
      // The server answers a click (drill-down, a notification); a bar that stays darkened would mislead after new data.
      states: { active: { allowMultipleDataPointsSelection: false, filter: { type: 'none' } } },
    };
    if (config.colors.length > 0) {
      options.colors = config.colors;
    }
    this.applyTypeOptions(options, config, fmt, many);
    this.applyMarks(options, config);
    if (this._presentation) {
      this.forPresentation(options, config);
    }
    return options;
  }

  private forPresentation(options: ApexCharts.ApexOptions, config: ChartConfig) {
    const fs = (this.textSize = this.fontSize());
    const px = (factor: number) => `${Math.round(fs * factor)}px`;
    const label = { style: { fontSize: px(0.8), colors: '#e8edf3' } };
    options.chart = { ...options.chart, height: '100%', foreColor: '#e8edf3', background: 'transparent',
      toolbar: { show: false }, animations: { enabled: false } };
    options.theme = { mode: 'dark' };
    options.title = { ...options.title, style: { fontSize: px(1), fontWeight: 600, color: '#ffffff' } };
    options.tooltip = { enabled: false };
    options.legend = { ...options.legend, fontSize: px(0.85), labels: { colors: '#e8edf3' }, markers: { size: fs * 0.35 } };
    // Room at the right for the value at the end of the longest bar.
    const line = config.type === 'line';
    options.grid = { borderColor: '#34415a', padding: { right: config.type === 'bar' && config.horizontal ? fs * 2.5 : line ? fs * 1.5 : fs * 0.5,
      left: line ? fs * 1.5 : 0 } };
    // Values on the bars even for 20 provinces: a hall reads them, it cannot hover for a tooltip.
    const values = config.type === 'bar' && config.categories.length <= 40 ? { enabled: true } : {};
    options.dataLabels = { ...options.dataLabels, ...values, style: { ...(options.dataLabels?.style ?? {}), fontSize: px(0.8) } };
    if (options.dataLabels.offsetX) {
      options.dataLabels.offsetX = fs * 2.2;
    }
    if (options.dataLabels.offsetY) {
      options.dataLabels.offsetY = -fs * 1.4;
    }
    if (config.type === 'bar' && !config.stacked) {
      options.dataLabels.style = { ...options.dataLabels.style, colors: ['#ffffff'] };
    }
    // ApexCharts leaves too little room under the bars for large category labels: push them down a little.
    const below = (config.type === 'bar' && !config.horizontal) || line ? { offsetY: fs * 0.3 } : {};
    options.xaxis = { ...options.xaxis, labels: { ...(options.xaxis?.labels ?? {}), ...label, ...below },
      title: { ...(options.xaxis?.title ?? {}), style: { fontSize: px(0.8) } } };
    const yaxis = (options.yaxis ?? {}) as ApexYAxis;
    // About five value lines, readable from the back of a hall (ApexCharts would draw one every 0.2% of a rate).
    const ticks = config.type === 'bar' && config.horizontal ? {} : { tickAmount: 5, forceNiceScale: true };
    options.yaxis = { ...yaxis, ...ticks, labels: { ...(yaxis.labels ?? {}), ...label, maxWidth: fs * 14 },
      title: { ...(yaxis.title ?? {}), style: { fontSize: px(0.8) } } };
    if (config.type === 'line') {
      options.stroke = { width: Math.max(3, fs * 0.22), curve: 'straight' };
      options.markers = { size: Math.max(4, fs * 0.3) };
      // One line: its values on the points (no tooltips on a screen); two lines would collide.
      options.dataLabels = { ...options.dataLabels, enabled: config.series.length === 1, offsetY: -fs * 0.6, formatter: formatter(config.format),
        background: { enabled: true, foreColor: '#0b1220', borderWidth: 0, padding: fs * 0.25 } };
    }
    const marks = options.annotations;
    for (const a of [...(marks?.xaxis ?? []), ...(marks?.yaxis ?? [])]) {
      a.borderColor = '#cbd5e1';
      a.label = { ...a.label, style: { ...(a.label?.style ?? {}), background: '#e8edf3', color: '#0b1220', fontSize: px(0.7) } };
    }
    if (config.type === 'donut' && options.plotOptions?.pie?.donut?.labels) {
      const labels = options.plotOptions.pie.donut.labels;
      labels.name = { fontSize: px(0.9), color: '#e8edf3' };
      labels.value = { ...labels.value, fontSize: px(1.6), color: '#ffffff' };
      labels.total = { ...labels.total, fontSize: px(0.9), color: '#e8edf3' };
    }
  }

  private applyTypeOptions(options: ApexCharts.ApexOptions, config: ChartConfig, fmt: (value: unknown) => string, many: boolean) {
    switch (config.type) {
      case 'donut':
        options.labels = config.categories;
        options.dataLabels = { enabled: true, formatter: (pct: number) => share.format(pct) + '%' };
        options.plotOptions = {
          pie: {
            donut: {
              labels: {
                show: true,
                value: { formatter: (v: string) => fmt(v) },
                total: { show: true, label: 'Tổng', formatter: (w: any) => fmt(w.globals.seriesTotals.reduce((a: number, b: number) => a + b, 0)) },
              },
            },
          },
        };
        break;
      case 'heatmap':
        options.dataLabels = { enabled: !many, formatter: (v: number) => fmt(v) };
        options.plotOptions = { heatmap: { enableShades: true, shadeIntensity: 0.6 } };
        options.xaxis = { title: { text: config.xAxisTitle } };
        options.yaxis = { title: { text: config.yAxisTitle } };
        break;
      case 'line':
        options.stroke = { width: 3, curve: 'straight' };
        options.markers = { size: 4, hover: { size: 6 } };
        options.dataLabels = { enabled: false };
        options.xaxis = { categories: config.categories, title: { text: config.xAxisTitle } };
        options.yaxis = { title: { text: config.yAxisTitle }, labels: { formatter: (v: number) => fmt(v) } };
        options.tooltip = { shared: false, intersect: true,
          y: { formatter: (v: number, o?: { dataPointIndex?: number }) => withNote(fmt(v), config.notes, o?.dataPointIndex) } };
        break;
      default:
        options.plotOptions = { bar: { horizontal: config.horizontal, borderRadius: 2, dataLabels: { position: config.stacked ? 'center' : 'top' } } };
        options.dataLabels = {
          enabled: !many,
          formatter: (v: number) => fmt(v),
          offsetX: config.horizontal && !config.stacked ? 24 : 0,
          offsetY: !config.horizontal && !config.stacked ? -18 : 0,
          style: { fontSize: '11px', colors: [config.stacked ? '#fff' : '#333'] },
        };
        // In a horizontal bar chart the values run along the x axis; either way the value axis gets the format.
        options.xaxis = {
          categories: config.categories,
          title: { text: config.xAxisTitle },
          labels: config.horizontal ? { formatter: (v: string) => fmt(v) } : { trim: true, hideOverlappingLabels: true },
        };
        options.yaxis = {
          title: { text: config.yAxisTitle },
          labels: config.horizontal ? { maxWidth: 180 } : { formatter: (v: number) => fmt(v) },
        };
        break;
    }
  }

  /**
   * Markers, the value range and the colour of negative bars. In a horizontal bar chart ApexCharts swaps the axes:
   * its x-axis annotations and min/max are on the value axis there, its y-axis annotations on the categories.
   */
  private applyMarks(options: ApexCharts.ApexOptions, config: ChartConfig) {
    const horizontal = config.type === 'bar' && config.horizontal;
    const onCategories: XAxisAnnotations[] = [];
    const onValues: YAxisAnnotations[] = [];
    // Labels of lines at categories: each on its own row, and reading away from the nearer edge, so none is cut off.
    const row = this._presentation ? this.fontSize() * 1.4 : 20;
    const last = Math.max(1, config.categories.length - 1);
    for (const marker of config.markers ?? []) {
      const label = { text: marker.label, borderWidth: 0, style: { background: '#334155', color: '#ffffff', fontSize: '11px' } };
      const line = { borderColor: '#334155', strokeDashArray: 4, borderWidth: 2 };
      if (marker.category !== undefined) {
        const right = config.categories.indexOf(marker.category) / last > 0.5;
        onCategories.push({ ...line, x: marker.category, label: { ...label, orientation: 'horizontal', position: 'top',
          textAnchor: right ? 'end' : 'start', offsetY: onCategories.length * row } });
      } else {
        onValues.push({ ...line, y: marker.value, label: { ...label, position: 'left', textAnchor: 'start' } });
      }
    }
    if (horizontal) {
      options.annotations = {
        xaxis: onValues.map((a) => ({ ...a, x: a.y as number, y: undefined,
          label: { ...a.label, orientation: 'horizontal', position: 'top', textAnchor: 'middle' } })),
        yaxis: onCategories.map((a) => ({ ...a, y: a.x, x: undefined })),
      };
    } else {
      options.annotations = { xaxis: onCategories, yaxis: onValues };
    }
    if (config.range) {
      if (horizontal) {
        options.xaxis = { ...options.xaxis, min: config.range.min, max: config.range.max, tickAmount: 4 };
      } else {
        options.yaxis = { ...(options.yaxis as ApexYAxis), min: config.range.min, max: config.range.max };
      }
    }
    if (config.negativeColor && options.plotOptions?.bar) {
      options.plotOptions.bar.colors = { ranges: [{ from: Number.NEGATIVE_INFINITY, to: -Number.MIN_VALUE, color: config.negativeColor }] };
    }
  }

  private clicked(config: ChartConfig, seriesIndex: number, dataPointIndex: number) {
    if (seriesIndex < 0 || dataPointIndex < 0) {
      return;
    }
    // A line marker can report both a marker click and a selection for one click: send it once.
    const key = `${seriesIndex}:${dataPointIndex}:${Math.floor(performance.now() / 250)}`;
    if (key === this.lastClick) {
      return;
    }
    this.lastClick = key;
    const category = config.categories[dataPointIndex] ?? '';
    const series = config.type === 'donut' ? 0 : config.type === 'heatmap' ? config.series.length - 1 - seriesIndex : seriesIndex;
    this.dispatchEvent(new CustomEvent('antq-data-point-click', { detail: { seriesIndex: series, dataPointIndex, category } }));
  }
}

customElements.define('antq-apex-chart', AntqApexChart);
