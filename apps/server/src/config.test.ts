import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('configuration', () => {
  it('has working defaults for a fresh machine', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 8080, DATA_DIR: './data', DB_POOL_MAX: 10, isProduction: false });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it.each([
    [{ PORT: 'huit' }, /^Invalid configuration: PORT: /],
    [{ PORT: '70000' }, /^Invalid configuration: PORT: /],
    [{ DB_POOL_MAX: '0' }, /^Invalid configuration: DB_POOL_MAX: /],
    [{ DATABASE_URL: 'mysql://x' }, /^Invalid configuration: DATABASE_URL: must be a postgres:\/\/ URL$/],
    [{ JWT_SECRET: 'court' }, /^Invalid configuration: JWT_SECRET: must be at least 32 characters$/],
    [{ NODE_ENV: 'production' }, /^Invalid configuration: JWT_SECRET: required when NODE_ENV=production$/],
    [{ ADMIN_EMAIL: 'a@example.org' }, /ADMIN_EMAIL and ADMIN_PASSWORD must be set together/],
  ])('stops on a bad value with one line naming the variable (%o)', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
    try {
      loadConfig(env);
    } catch (error) {
      expect((error as Error).message).not.toContain('\n');
    }
  });

  it('parses lists and booleans', () => {
    const config = loadConfig({ CORS_ALLOWED_ORIGINS: 'https://egoejo.org, https://www.egoejo.org', TRUST_PROXY: 'true' });
    expect(config.CORS_ALLOWED_ORIGINS).toEqual(['https://egoejo.org', 'https://www.egoejo.org']);
    expect(config.TRUST_PROXY).toBe(true);
  });
});
