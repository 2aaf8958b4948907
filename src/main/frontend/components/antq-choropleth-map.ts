/*
 * <antq-choropleth-map>: the only place that knows OpenLayers (ol 10.11.0, BSD-2). Vector layers only, no tiles.
 * Properties: `layerUrl` (a TopoJSON layer from /geo, fetched by the browser and cached there), `regions`
 * ({code: {fill, label, tooltip: string[], value}}: the figures, sent without geometry), `legend`.
 * Method: zoomTo(codes). Fires `antq-feature-click` with {code, name}.
 * Features whose code has no region (or a region without fill) are drawn hatched grey: "no data".
 * The layer's `labels` and `outlines` objects name and outline features too small to see (Hoàng Sa, Trường Sa)
 * at every zoom.
 * Render marker for tests and the benchmark: once OpenLayers has completed a frame (`rendercomplete`) that shows
 * the current layer, regions and zoom, the element carries `data-drawn` and `data-drawn-at` (see render-marker.ts);
 * a new layer, new regions or zoomTo remove them until drawn.
 */
import OlMap from 'ol/Map';
import View from 'ol/View';
import VectorLayer from 'ol/layer/Vector';
import VectorSource from 'ol/source/Vector';
import TopoJSON from 'ol/format/TopoJSON';
import Feature from 'ol/Feature';
import { Fill, Stroke, Style, Text } from 'ol/style';
import { createEmpty, extend, getWidth, getHeight, isEmpty, type Extent } from 'ol/extent';
import { defaults as defaultControls } from 'ol/control/defaults';
import type { FeatureLike } from 'ol/Feature';
import type MapBrowserEvent from 'ol/MapBrowserEvent';
import type MapEvent from 'ol/MapEvent';
import { markDrawn, markPending } from './render-marker';
import { mapDone, mapDrawing } from './maps-first';

interface Region {
  fill?: string;
  label?: string;
  tooltip?: string[];
  value?: number;
}

interface LegendEntry {
  colour: string;
  label: string;
}

interface Legend {
  title?: string;
  entries: LegendEntry[];
  noDataLabel?: string;
}

const NO_DATA_LABEL = 'Không có số liệu';

function hatch(): CanvasPattern | string {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 8;
  const ctx = canvas.getContext('2d');
  if (!ctx) {
    return '#e0e0e0';
  }
  ctx.fillStyle = '#eeeeee';
  ctx.fillRect(0, 0, 8, 8);
  ctx.strokeStyle = '#a8a8a8';
  ctx.lineWidth = 1.2;
  ctx.beginPath();
  ctx.moveTo(0, 8);
  ctx.lineTo(8, 0);
  ctx.moveTo(-2, 2);
  ctx.lineTo(2, -2);
  ctx.moveTo(6, 10);
  ctx.lineTo(10, 6);
  ctx.stroke();
  return ctx.createPattern(canvas, 'repeat') ?? '#e0e0e0';
}

const STYLE = `
antq-choropleth-map { display: block; position: relative; min-height: 200px; }
antq-choropleth-map .antq-map { position: absolute; inset: 0; background: #f4f8fb; }
antq-choropleth-map .antq-map-tooltip { position: absolute; pointer-events: none; z-index: 3; background: rgba(255,255,255,.96);
  border: 1px solid #bbb; border-radius: 4px; padding: 4px 8px; font-size: 13px; line-height: 1.35; box-shadow: 0 1px 4px rgba(0,0,0,.2);
  max-width: 280px; display: none; white-space: nowrap; }
antq-choropleth-map .antq-map-tooltip div:first-child { font-weight: 600; }
antq-choropleth-map .antq-map-legend { position: absolute; right: 8px; top: 8px; z-index: 2; background: rgba(255,255,255,.92);
  border-radius: 4px; padding: 6px 8px; font-size: 12px; line-height: 1.5; box-shadow: 0 1px 3px rgba(0,0,0,.2); }
antq-choropleth-map .antq-map-legend:empty { display: none; }
antq-choropleth-map .antq-map-legend .title { font-weight: 600; margin-bottom: 2px; max-width: 220px; }
antq-choropleth-map .antq-map-legend .row { display: flex; align-items: center; gap: 6px; }
antq-choropleth-map .antq-map-legend .swatch { width: 18px; height: 12px; border: 1px solid #999; flex: none; }
antq-choropleth-map .antq-map-legend .swatch.no-data { background: repeating-linear-gradient(135deg, #eee 0 3px, #aaa 3px 4px); }
`;

export class AntqChoroplethMap extends HTMLElement {
  private _layerUrl = '';
  private _regions: Record<string, Region> = {};
  private _legend?: Legend;
  private map?: OlMap;
  private units = new VectorSource();
  private labels = new VectorSource();
  private hovered?: FeatureLike;
  private tooltip?: HTMLDivElement;
  private legendBox?: HTMLDivElement;
  private pendingZoom?: string[];
  private loaded = false;
  private userMoved = false;
  private loading = 0;
  private readonly noData = hatch();
  private readonly format = new TopoJSON({ dataProjection: 'EPSG:4326', layerName: 'layer' });
  private resizeObserver?: ResizeObserver;
  /** Render marker: `changes` counts new layers, regions and zooms; `framed` is the count a rendered frame showed. */
  private changes = 0;
  private framed = -1;
  private loadedUrl = '';

  set layerUrl(url: string) {
    if (url !== this._layerUrl) {
      this._layerUrl = url;
      this.changed();
      this.load();
    }
  }

  get layerUrl(): string {
    return this._layerUrl;
  }

  set regions(value: Record<string, Region> | null | undefined) {
    this._regions = value ?? {};
    this.changed();
    this.units.changed();
    this.hideTooltip();
  }

  get regions(): Record<string, Region> {
    return this._regions;
  }

  set legend(value: Legend | null | undefined) {
    this._legend = value ?? undefined;
    this.renderLegend();
  }

  get legend(): Legend | undefined {
    return this._legend;
  }

  /** Presentation mode: labels sized from the element's font size (which scales with the screen), light on dark. */
  set presentation(value: boolean) {
    this._presentation = value;
    this.updateLabelSize();
  }

  get presentation(): boolean {
    return this._presentation;
  }

  private _presentation = false;

  private labelSize = 11;

  /** Label size in px: 11 on the dashboard; in presentation mode 60% of the element's font size. */
  private labelPx(): number {
    return this.labelSize;
  }

  private updateLabelSize() {
    const size = this._presentation && this.isConnected ? Math.round(0.6 * (parseFloat(getComputedStyle(this).fontSize) || 18)) : 11;
    if (size !== this.labelSize) {
      this.labelSize = size;
      this.units.changed();
      this.labels.changed();
    }
  }

  connectedCallback() {
    if (!document.getElementById('antq-choropleth-map-style')) {
      const style = document.createElement('style');
      style.id = 'antq-choropleth-map-style';
      style.textContent = STYLE;
      document.head.appendChild(style);
    }
    if (!this.map) {
      this.create();
    } else {
      this.map.setTarget(this.querySelector<HTMLElement>('.antq-map') ?? undefined);
    }
    this.resizeObserver = new ResizeObserver(() => this.resized());
    this.resizeObserver.observe(this);
  }

  disconnectedCallback() {
    this.resizeObserver?.disconnect();
    mapDone(this);
    // Releases OpenLayers' listeners and canvases: a presentation removes a map with every slide, for hours.
    this.map?.setTarget(undefined);
  }

  /** Fits the view to the features with these codes, or to the whole layer when none match or none are given. */
  zoomTo(codes: string[] | null | undefined) {
    this.pendingZoom = codes ?? [];
    this.userMoved = false;
    this.changed();
    if (this.loaded && this.hasSize()) {
      this.fit(this.pendingZoom);
      this.pendingZoom = undefined;
    }
  }

  private create() {
    const target = document.createElement('div');
    target.className = 'antq-map';
    this.tooltip = document.createElement('div');
    this.tooltip.className = 'antq-map-tooltip';
    this.legendBox = document.createElement('div');
    this.legendBox.className = 'antq-map-legend';
    this.append(target, this.tooltip, this.legendBox);

    this.map = new OlMap({
      target,
      controls: defaultControls({ attribution: false, rotate: false }),
      layers: [
        new VectorLayer({ source: this.units, style: (f, r) => this.unitStyle(f, r), declutter: true }),
        new VectorLayer({ source: this.labels, style: (f) => this.labelStyle(f), zIndex: 10 }),
      ],
      view: new View({ center: [0, 0], zoom: 2, maxZoom: 14 }),
    });
    this.map.on('pointermove', (e) => this.pointerMoved(e));
    this.map.on('singleclick', (e) => this.clicked(e));
    this.map.on('movestart', () => {
      if (this.loaded) {
        this.userMoved = true;
      }
    });
    this.map.on('postrender', (e) => this.framedChanges(e));
    this.map.on('rendercomplete', () => this.renderCompleted());
    target.addEventListener('pointerleave', () => this.hover(undefined));
    this.renderLegend();
    if (this._layerUrl) {
      this.load();
    }
  }

  private async load() {
    if (!this.map || !this._layerUrl) {
      return;
    }
    const attempt = ++this.loading;
    const requested = this._layerUrl;
    const url = new URL(this._layerUrl, document.baseURI).href;
    const response = await fetch(url);
    if (!response.ok) {
      console.error(`antq-choropleth-map: ${url} answered ${response.status}`);
      return;
    }
    const topology = await response.json();
    if (attempt !== this.loading) {
      return; // a newer layer was asked for meanwhile
    }
    const features = this.format.readFeatures(topology, { featureProjection: this.map.getView().getProjection() }) as Feature[];
    this.units.clear(true);
    this.labels.clear(true);
    const marks = new Set(['labels', 'outlines']);
    this.units.addFeatures(features.filter((f) => !marks.has(f.get('layer'))));
    this.labels.addFeatures(features.filter((f) => marks.has(f.get('layer'))));
    this.loaded = true;
    this.loadedUrl = requested;
    this.userMoved = false;
    this.hover(undefined);
    if (this.hasSize()) {
      this.fit(this.pendingZoom ?? []);
      this.pendingZoom = undefined;
    }
  }

  /** New data or zoom: not drawn until a frame that shows it completes. */
  private changed() {
    this.changes += 1;
    markPending(this);
    mapDrawing(this);
    this.map?.render(); // a frame even when nothing visible changes (e.g. zoomTo the extent already shown)
  }

  /** Called synchronously for every frame: remember whether this frame drew the current layer and regions. */
  private framedChanges(e: MapEvent) {
    if (e.frameState && this.loaded && this.loadedUrl === this._layerUrl && this.pendingZoom === undefined) {
      this.framed = this.changes;
    }
  }

  private renderCompleted() {
    if (this.framed === this.changes && !this.hasAttribute('data-drawn')) {
      markDrawn(this);
      mapDone(this);
    }
  }

  private hasSize(): boolean {
    return this.clientWidth > 0 && this.clientHeight > 0;
  }

  private resized() {
    if (!this.map || !this.hasSize()) {
      return;
    }
    this.updateLabelSize();
    this.map.updateSize();
    if (this.loaded && (!this.userMoved || this.pendingZoom)) {
      this.fit(this.pendingZoom ?? this.lastFit);
      this.pendingZoom = undefined;
    }
  }

  private lastFit: string[] = [];

  private fit(codes: string[]) {
    if (!this.map) {
      return;
    }
    this.lastFit = codes;
    const wanted = new Set(codes);
    const extent: Extent = createEmpty();
    this.units.forEachFeature((f) => {
      if (wanted.size === 0 || wanted.has(f.get('code'))) {
        extend(extent, f.getGeometry()!.getExtent());
      }
    });
    if (isEmpty(extent)) {
      this.units.forEachFeature((f) => {
        extend(extent, f.getGeometry()!.getExtent());
      });
    }
    if (!isEmpty(extent)) {
      this.map.getView().fit(extent, { padding: [16, 16, 16, 16], duration: this.userMoved ? 250 : 0 });
      this.userMoved = false;
    }
  }

  private unitStyle(feature: FeatureLike, resolution: number): Style {
    const code = feature.get('code') as string;
    const region = this._regions[code];
    const hovered = feature === this.hovered;
    const name = region?.label ?? (feature.get('name') as string);
    const extent = feature.getGeometry()!.getExtent();
    // A label only where it fits: the unit must be wider than its name at this zoom.
    const widthPx = getWidth(extent) / resolution;
    const heightPx = getHeight(extent) / resolution;
    const px = this.labelPx();
    const showLabel = name && widthPx > Math.max(3.3 * px, name.length * 0.6 * px) && heightPx > 1.3 * px;
    const dark = this._presentation;
    return new Style({
      fill: new Fill({ color: region?.fill ? region.fill : this.noData }),
      // A grey outline (not white) so that islands a pixel wide stay visible on the sea.
      stroke: new Stroke({ color: hovered ? '#111' : dark ? '#1a2333' : '#6f6f6f', width: hovered ? 2.5 : dark ? 1 : 0.6 }),
      zIndex: hovered ? 1 : 0,
      text: showLabel
        ? new Text({
            text: name,
            font: `${px}px system-ui, sans-serif`,
            fill: new Fill({ color: dark ? '#ffffff' : '#1d1d1d' }),
            stroke: new Stroke({ color: dark ? 'rgba(0,0,0,.8)' : 'rgba(255,255,255,.85)', width: dark ? 4 : 3 }),
            overflow: false,
          })
        : undefined,
    });
  }

  private labelStyle(feature: FeatureLike): Style[] {
    // On a dark presentation screen the islands are drawn light blue, elsewhere dark blue.
    const colour = this._presentation ? '#8ec5ff' : '#0b3d91';
    if (feature.get('layer') === 'outlines') {
      // Islands a pixel wide: a solid outline keeps every one of them visible at national zoom.
      return [new Style({ stroke: new Stroke({ color: colour, width: this._presentation ? 2 : 1.4 }), fill: new Fill({ color: colour }) })];
    }
    const px = this.labelPx() + 1;
    return [
      new Style({
        text: new Text({
          text: feature.get('name') as string,
          font: `italic 600 ${px}px system-ui, sans-serif`,
          fill: new Fill({ color: colour }),
          stroke: new Stroke({ color: this._presentation ? 'rgba(0,0,0,.85)' : 'rgba(255,255,255,.9)', width: 3 }),
          offsetY: -1.2 * px,
        }),
      }),
    ];
  }

  private featureAt(pixel: number[]): FeatureLike | undefined {
    return this.map?.forEachFeatureAtPixel(pixel, (f) => f, { layerFilter: (l) => l.getSource() === this.units, hitTolerance: 2 });
  }

  private pointerMoved(e: MapBrowserEvent<any>) {
    if (e.dragging) {
      return;
    }
    const feature = this.featureAt(e.pixel);
    this.hover(feature);
    if (feature && this.tooltip) {
      const region = this._regions[feature.get('code')];
      const lines = region?.tooltip?.length ? region.tooltip : [feature.get('name') as string, NO_DATA_LABEL];
      this.tooltip.replaceChildren(
        ...lines.map((line) => {
          const div = document.createElement('div');
          div.textContent = line; // text, never HTML
          return div;
        }),
      );
      this.tooltip.style.display = 'block';
      const [x, y] = e.pixel;
      const left = x + 14 + this.tooltip.offsetWidth > this.clientWidth ? x - 14 - this.tooltip.offsetWidth : x + 14;
      this.tooltip.style.left = `${Math.max(0, left)}px`;
      this.tooltip.style.top = `${Math.max(0, y - this.tooltip.offsetHeight - 10)}px`;
    } else {
      this.hideTooltip();
    }
  }

  private hover(feature: FeatureLike | undefined) {
    if (feature !== this.hovered) {
      this.hovered = feature;
      this.units.changed();
      const target = this.map?.getTargetElement() as HTMLElement | undefined;
      if (target) {
        target.style.cursor = feature ? 'pointer' : '';
      }
    }
    if (!feature) {
      this.hideTooltip();
    }
  }

  private hideTooltip() {
    if (this.tooltip) {
      this.tooltip.style.display = 'none';
    }
  }

  private clicked(e: MapBrowserEvent<any>) {
    const feature = this.featureAt(e.pixel);
    if (feature) {
      this.dispatchEvent(
        new CustomEvent('antq-feature-click', { detail: { code: feature.get('code'), name: feature.get('name') ?? '' } }),
      );
    }
  }

  private renderLegend() {
    const box = this.legendBox;
    if (!box) {
      return;
    }
    box.replaceChildren();
    const legend = this._legend;
    if (!legend) {
      return;
    }
    if (legend.title) {
      const title = document.createElement('div');
      title.className = 'title';
      title.textContent = legend.title;
      box.appendChild(title);
    }
    const row = (colour: string | undefined, text: string) => {
      const div = document.createElement('div');
      div.className = 'row';
      const swatch = document.createElement('span');
      swatch.className = colour ? 'swatch' : 'swatch no-data';
      if (colour) {
        swatch.style.background = colour;
      }
      const label = document.createElement('span');
      label.textContent = text;
      div.append(swatch, label);
      box.appendChild(div);
    };
    legend.entries.forEach((e) => row(e.colour, e.label));
    row(undefined, legend.noDataLabel ?? NO_DATA_LABEL);
  }
}

customElements.define('antq-choropleth-map', AntqChoroplethMap);
