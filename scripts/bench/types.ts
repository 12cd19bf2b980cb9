import type { Browser } from 'playwright-core';

export type Figure = {
  name: string;
  value: number;
  unit: string;
  /** The figure should stay below this. */
  target?: number;
  note?: string;
};

export type BenchContext = {
  root: string;
  distDir: string;
  /** The production build served by `vite preview` on loopback. */
  baseURL: string;
  /** Debian's Chromium, launched on first use and shared by the benches. */
  browser: () => Promise<Browser>;
};
