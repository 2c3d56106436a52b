/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_MEMBERSHIP_URL?: string;
  readonly VITE_DONATION_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
