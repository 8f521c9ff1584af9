import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import type { PageConfig } from './api.ts';

export interface MapPoint {
  id: string;
  name: string;
  latitude: number;
  longitude: number;
  approximate: boolean;
}

/**
 * A Leaflet map with vector markers only (no marker images), tiles when MAP_TILE_URL is set, and a plain
 * background when it is not. The page works without it: callers treat a null map as "no map".
 */
export function createMap(container: HTMLElement, config: PageConfig) {
  let map: L.Map;
  try {
    map = L.map(container, { center: [30, 0], zoom: 2, worldCopyJump: true, keyboard: true });
  } catch {
    container.hidden = true;
    return null;
  }
  if (config.tileUrl) {
    L.tileLayer(config.tileUrl, { maxZoom: 19, attribution: attributionHtml(config) }).addTo(map);
  } else {
    container.classList.add('no-tiles');
  }
  const results = L.featureGroup().addTo(map);
  const overlay = L.featureGroup().addTo(map);
  return {
    map,
    /** A marker per located result; approximate places as a circle of about a kilometre. */
    setResults(points: MapPoint[], onSelect: (id: string) => void) {
      results.clearLayers();
      for (const p of points) {
        const layer = p.approximate
          ? L.circle([p.latitude, p.longitude], { radius: 700, color: '#7a3e00', weight: 2, fillOpacity: 0.15 })
          : L.circleMarker([p.latitude, p.longitude], {
              radius: 7,
              color: '#0b3d91',
              weight: 2,
              fillColor: '#2f6fdf',
              fillOpacity: 0.9,
            });
        layer.bindTooltip(p.approximate ? `${p.name} (approximate area)` : p.name);
        layer.on('click', (e) => {
          L.DomEvent.stopPropagation(e);
          onSelect(p.id);
        });
        layer.addTo(results);
      }
    },
    /** The searched point and its radius. */
    setSearchArea(lat: number, lng: number, radiusKm: number) {
      overlay.clearLayers();
      L.circle([lat, lng], {
        radius: radiusKm * 1000,
        color: '#444',
        weight: 1,
        dashArray: '4 4',
        fill: false,
        interactive: false,
      }).addTo(overlay);
      L.circleMarker([lat, lng], {
        radius: 5,
        color: '#000',
        weight: 2,
        fillColor: '#fff',
        fillOpacity: 1,
        interactive: false,
      }).addTo(overlay);
    },
    clearSearchArea() {
      overlay.clearLayers();
    },
    fit() {
      const bounds = L.featureGroup([...results.getLayers(), ...overlay.getLayers()]).getBounds();
      if (bounds.isValid()) map.fitBounds(bounds, { padding: [20, 20], maxZoom: 14 });
    },
    onClick(handler: (lat: number, lng: number) => void) {
      map.on('click', (e: L.LeafletMouseEvent) =>
        handler(e.latlng.lat, L.Util.wrapNum(e.latlng.lng, [-180, 180], true)),
      );
    },
    invalidate() {
      map.invalidateSize();
    },
  };
}

/** Leaflet renders attributions as HTML: the configured text is escaped; OpenStreetMap's links its licence. */
function attributionHtml(config: PageConfig): string {
  const text = config.tileAttribution
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
  if (config.tileUrl?.includes('openstreetmap.org') && text === '© OpenStreetMap contributors') {
    return '© <a href="https://www.openstreetmap.org/copyright" rel="noopener noreferrer">OpenStreetMap</a> contributors';
  }
  return text;
}

export type AtlasMap = NonNullable<ReturnType<typeof createMap>>;
