import { render } from '@testing-library/react';
import { type ReactNode } from 'react';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { createAppStorage, type AppStorage } from '@/storage/app-storage.ts';
import { StorageProvider } from '@/storage/storage-context.tsx';
import { testDatabase } from '../storage/support.ts';

/** A fresh app storage on fake-indexeddb (no Web Locks). */
export function testStorage(now?: () => Date): AppStorage {
  return createAppStorage(testDatabase(`ui-${crypto.randomUUID()}`), {
    locks: null,
    tabId: 'ui',
    ...(now ? { now } : {}),
  });
}

/** Renders a screen with its own storage and an in-memory router; `location.history` records navigation. */
export function renderWithStorage(ui: ReactNode, storage: AppStorage = testStorage(), path = '/') {
  const location = memoryLocation({ path, record: true });
  const result = render(
    <StorageProvider storage={storage}>
      <Router hook={location.hook}>{ui}</Router>
    </StorageProvider>,
  );
  return { ...result, storage, location };
}

/** Captures what the app "downloads" (jsdom has no object URLs): file name and text. */
export function captureDownloads() {
  const files: Array<{ name: string; text: Promise<string> }> = [];
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob);
    return url;
  };
  URL.revokeObjectURL = () => undefined;
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob) files.push({ name: this.download, text: blob.text() });
    else click.call(this);
  };
  return { files, restore: () => (HTMLAnchorElement.prototype.click = click) };
}
