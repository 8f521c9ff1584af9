/** Reports DataLoader batch sizes (to metrics) by loader name. */
export type BatchObserver = (loader: string) => ((size: number) => void) | undefined;
export const ignoreBatches: BatchObserver = () => undefined;
