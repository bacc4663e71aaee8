import { describe, expect, test } from 'vitest';
import { redisConnection } from '../../../scripts/lib/campaign/queue';

describe('--redis URL', () => {
  const cases: [string, object][] = [
    ['redis://127.0.0.1:6390', { host: '127.0.0.1', port: 6390, maxRetriesPerRequest: null }],
    ['redis://queue.internal', { host: 'queue.internal', port: 6379, maxRetriesPerRequest: null }],
    ['redis://:s%40cret@10.0.0.5:6380/2', { host: '10.0.0.5', port: 6380, password: 's@cret', db: 2, maxRetriesPerRequest: null }],
    ['rediss://auditor:pw@redis.example.com:6390', { host: 'redis.example.com', port: 6390, username: 'auditor', password: 'pw', tls: {}, maxRetriesPerRequest: null }],
  ];
  test.each(cases)('%s', (url, expected) => {
    expect(redisConnection(url)).toEqual(expected);
  });
  test.each(['127.0.0.1:6379', 'http://127.0.0.1:6379', ''])('refuses %j', (url) => {
    expect(() => redisConnection(url)).toThrow(/--redis takes redis:\/\/HOST:PORT/);
  });
});
