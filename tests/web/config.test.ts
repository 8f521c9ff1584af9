import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, OSM_TILE_URL } from '../../src/config.ts';
import { contentSecurityPolicy, tileSource } from '../../src/web/routes.ts';

// The browser-facing settings: the explorer switch and map tiles, and the CSP they lead to. No browser needed.
describe('web configuration', () => {
  it('turns the explorer on by default, off in production unless EXPLORER=true', () => {
    expect(loadConfig({}).explorer).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }).explorer).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', EXPLORER: 'true' }).explorer).toBe(true);
    expect(loadConfig({ EXPLORER: 'false' }).explorer).toBe(false);
    expect(() => loadConfig({ EXPLORER: 'sometimes' })).toThrow(/EXPLORER/);
  });

  it('uses no third-party tiles unless MAP_TILE_URL names a tile server', () => {
    expect(loadConfig({}).mapTileUrl).toBeNull();
    expect(loadConfig({ MAP_TILE_URL: '' }).mapTileUrl).toBeNull();
    expect(loadConfig({ MAP_TILE_URL: OSM_TILE_URL }).mapTileUrl).toBe(OSM_TILE_URL);
    expect(loadConfig({ MAP_TILE_URL: OSM_TILE_URL }).mapTileAttribution).toMatch(/OpenStreetMap/);
    const own = loadConfig({
      MAP_TILE_URL: 'https://tiles.example.org/{z}/{x}/{y}.png',
      MAP_TILE_ATTRIBUTION: 'Example',
    });
    expect(own.mapTileUrl).toBe('https://tiles.example.org/{z}/{x}/{y}.png');
    expect(own.mapTileAttribution).toBe('Example');
  });

  it('refuses a tile URL that is not an http(s) template, naming the variable', () => {
    for (const bad of [
      'javascript:alert(1)//{z}',
      'https://tiles.example.org/tile.png',
      'ftp://x/{z}/{x}/{y}',
      'https://x/{z}/"><script>/{x}/{y}',
    ]) {
      expect(() => loadConfig({ MAP_TILE_URL: bad }), bad).toThrow(ConfigError);
      expect(() => loadConfig({ MAP_TILE_URL: bad }), bad).toThrow(/MAP_TILE_URL/);
    }
  });

  it('allows images from the tile host only, and nothing else from anywhere else', () => {
    expect(tileSource(OSM_TILE_URL)).toBe('https://tile.openstreetmap.org');
    expect(tileSource('https://{s}.tile.example.org/{z}/{x}/{y}.png')).toBe('https://*.tile.example.org');
    expect(tileSource(null)).toBeNull();
    const withTiles = contentSecurityPolicy({ mapTileUrl: OSM_TILE_URL }, 'index.html');
    expect(withTiles).toContain("img-src 'self' data: https://tile.openstreetmap.org");
    expect(withTiles).toContain("connect-src 'self'");
    expect(withTiles).not.toMatch(/unsafe-(inline|eval)/);
    // The explorer shows no map: no tile host at all.
    expect(contentSecurityPolicy({ mapTileUrl: OSM_TILE_URL }, 'explorer.html')).not.toContain('openstreetmap');
    expect(contentSecurityPolicy({ mapTileUrl: null }, 'index.html')).toContain("img-src 'self' data:;");
  });
});
