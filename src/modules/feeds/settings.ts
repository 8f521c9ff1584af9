import type { Config } from '../../config.ts';
import type { FeedSettings } from './feed-service.ts';
import { nominatimGeocoder } from './geocoder.ts';

/** Feed settings from the configuration: fetch limits, default interval, the geocoder (one per process). */
export function feedSettingsFrom(config: Config): FeedSettings {
  return {
    limits: { timeoutMs: config.feedTimeoutMs, maxBytes: config.feedMaxBytes, allowPrivate: config.feedsAllowPrivate },
    defaultIntervalMinutes: config.feedDefaultIntervalMinutes,
    geocoder: config.geocoderUrl
      ? nominatimGeocoder(config.geocoderUrl, { minIntervalMs: config.geocoderMinIntervalMs })
      : null,
  };
}

let configured: FeedSettings | null = null;

/** Set by createApp: the settings GraphQL's registerFeed checks URLs with. */
export function configureFeedSettings(settings: FeedSettings): void {
  configured = settings;
}

export function configuredFeedSettings(): FeedSettings {
  return (
    configured ?? {
      limits: { timeoutMs: 30_000, maxBytes: 20_000_000, allowPrivate: false },
      defaultIntervalMinutes: 360,
      geocoder: null,
    }
  );
}
