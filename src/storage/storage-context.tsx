import { createContext, useContext, type ReactNode } from 'react';
import { getAppStorage, type AppStorage } from './app-storage.ts';

/**
 * Which storage the screens use. The app needs no provider (it uses the database named DB_NAME); tests
 * and the real-browser harness wrap screens in <StorageProvider storage={…}> to use their own.
 */
const StorageContext = createContext<AppStorage | null>(null);

export function StorageProvider({ storage, children }: { storage: AppStorage; children: ReactNode }) {
  return <StorageContext.Provider value={storage}>{children}</StorageContext.Provider>;
}

export function useAppStorage(): AppStorage {
  return useContext(StorageContext) ?? getAppStorage();
}
