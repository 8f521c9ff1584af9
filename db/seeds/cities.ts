/** Real city centres for the demo data: [name, latitude, longitude, country, region, time zone, languages]. */
export const cities: Array<{
  name: string;
  lat: number;
  lng: number;
  country: string;
  region: string;
  tz: string;
  languages: string[];
}> = [
  { name: 'London', lat: 51.5074, lng: -0.1278, country: 'GB', region: 'GB-ENG', tz: 'Europe/London', languages: ['en'] },
  { name: 'Manchester', lat: 53.4808, lng: -2.2426, country: 'GB', region: 'GB-ENG', tz: 'Europe/London', languages: ['en'] },
  { name: 'Leeds', lat: 53.8008, lng: -1.5491, country: 'GB', region: 'GB-ENG', tz: 'Europe/London', languages: ['en'] },
  { name: 'Birmingham', lat: 52.4862, lng: -1.8904, country: 'GB', region: 'GB-ENG', tz: 'Europe/London', languages: ['en'] },
  { name: 'Bristol', lat: 51.4545, lng: -2.5879, country: 'GB', region: 'GB-ENG', tz: 'Europe/London', languages: ['en'] },
  { name: 'Brighton', lat: 50.8225, lng: -0.1372, country: 'GB', region: 'GB-ENG', tz: 'Europe/London', languages: ['en'] },
  { name: 'Glasgow', lat: 55.8642, lng: -4.2518, country: 'GB', region: 'GB-SCT', tz: 'Europe/London', languages: ['en'] },
  { name: 'Edinburgh', lat: 55.9533, lng: -3.1883, country: 'GB', region: 'GB-SCT', tz: 'Europe/London', languages: ['en'] },
  { name: 'Cardiff', lat: 51.4816, lng: -3.1791, country: 'GB', region: 'GB-WLS', tz: 'Europe/London', languages: ['en', 'cy'] },
  { name: 'Belfast', lat: 54.5973, lng: -5.9301, country: 'GB', region: 'GB-NIR', tz: 'Europe/London', languages: ['en'] },
  { name: 'Dublin', lat: 53.3498, lng: -6.2603, country: 'IE', region: 'IE-L', tz: 'Europe/Dublin', languages: ['en', 'ga'] },
  { name: 'Cork', lat: 51.8985, lng: -8.4756, country: 'IE', region: 'IE-M', tz: 'Europe/Dublin', languages: ['en'] },
  { name: 'New York', lat: 40.7128, lng: -74.006, country: 'US', region: 'US-NY', tz: 'America/New_York', languages: ['en', 'es'] },
  { name: 'Chicago', lat: 41.8781, lng: -87.6298, country: 'US', region: 'US-IL', tz: 'America/Chicago', languages: ['en'] },
  { name: 'Los Angeles', lat: 34.0522, lng: -118.2437, country: 'US', region: 'US-CA', tz: 'America/Los_Angeles', languages: ['en', 'es'] },
  { name: 'Miami', lat: 25.7617, lng: -80.1918, country: 'US', region: 'US-FL', tz: 'America/New_York', languages: ['es', 'en'] },
  { name: 'Seattle', lat: 47.6062, lng: -122.3321, country: 'US', region: 'US-WA', tz: 'America/Los_Angeles', languages: ['en'] },
  { name: 'Toronto', lat: 43.6532, lng: -79.3832, country: 'CA', region: 'CA-ON', tz: 'America/Toronto', languages: ['en'] },
  { name: 'Montréal', lat: 45.5017, lng: -73.5673, country: 'CA', region: 'CA-QC', tz: 'America/Toronto', languages: ['fr', 'en'] },
  { name: 'Madrid', lat: 40.4168, lng: -3.7038, country: 'ES', region: 'ES-MD', tz: 'Europe/Madrid', languages: ['es'] },
  { name: 'Barcelona', lat: 41.3874, lng: 2.1686, country: 'ES', region: 'ES-CT', tz: 'Europe/Madrid', languages: ['es'] },
  { name: 'Paris', lat: 48.8566, lng: 2.3522, country: 'FR', region: 'FR-IDF', tz: 'Europe/Paris', languages: ['fr'] },
  { name: 'Lyon', lat: 45.764, lng: 4.8357, country: 'FR', region: 'FR-ARA', tz: 'Europe/Paris', languages: ['fr'] },
  { name: 'Berlin', lat: 52.52, lng: 13.405, country: 'DE', region: 'DE-BE', tz: 'Europe/Berlin', languages: ['de'] },
  { name: 'München', lat: 48.1351, lng: 11.582, country: 'DE', region: 'DE-BY', tz: 'Europe/Berlin', languages: ['de'] },
  { name: 'Lisboa', lat: 38.7223, lng: -9.1393, country: 'PT', region: 'PT-11', tz: 'Europe/Lisbon', languages: ['pt'] },
  { name: 'Porto', lat: 41.1579, lng: -8.6291, country: 'PT', region: 'PT-13', tz: 'Europe/Lisbon', languages: ['pt'] },
  { name: 'São Paulo', lat: -23.5505, lng: -46.6333, country: 'BR', region: 'BR-SP', tz: 'America/Sao_Paulo', languages: ['pt'] },
  { name: 'Sydney', lat: -33.8688, lng: 151.2093, country: 'AU', region: 'AU-NSW', tz: 'Australia/Sydney', languages: ['en'] },
  { name: 'Melbourne', lat: -37.8136, lng: 144.9631, country: 'AU', region: 'AU-VIC', tz: 'Australia/Melbourne', languages: ['en'] },
];
