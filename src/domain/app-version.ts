import { version } from '../../package.json';

/** The app's version, written into every PDF as its creator ("EIA Builder 0.1.0"). */
export const APP_VERSION: string = version;
