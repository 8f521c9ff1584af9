import type { Config } from '../../config.ts';
import type { FeedSettings } from './feed-service.ts';
import { nominatimGeocoder } from './geocoder.ts';

/** Feed settings from the configuration: fetch limits, default interval, the geocoder (one per process). */
export function feedSettingsFrom(config: Config): FeedSettings {
  return {
    limits: { timeoutMs: config.feedTimeoutMs, maxBytes: config.feedMaxBytes, allowPrivate: config.feedsAllowPrivate },
    defaultIntervalMinutes: config.feedDefaultIntervalMinutes,
    geocoder: config.geocoderUrl ? nominatimGeocoder(config.geocoderUrl, { minIntervalMs: config.geocoderMinIntervalMs }) : null,
  };
}
