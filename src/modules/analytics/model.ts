export interface StatBucketModel {
  key: string[];
  count: number;
  labels: string[];
}

export interface CoverageGapModel {
  point: { latitude: number; longitude: number };
  covered: boolean;
  nearestKm: number | null;
}
