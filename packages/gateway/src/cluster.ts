/**
 * What gateway instances tell each other: cache invalidations. Alone, a local bus; with
 * REDIS_URL, Redis pub/sub so any number of instances behind a load balancer agree.
 */
import type { Redis } from 'ioredis';

export interface Invalidation {
  publish(topic: string, key: string): Promise<void>;
  subscribe(topic: string, handler: (key: string) => void): void;
  close(): Promise<void>;
}

export class LocalInvalidation implements Invalidation {
  private readonly handlers = new Map<string, ((key: string) => void)[]>();

  async publish(topic: string, key: string): Promise<void> {
    for (const h of this.handlers.get(topic) ?? []) h(key);
  }

  subscribe(topic: string, handler: (key: string) => void): void {
    this.handlers.set(topic, [...(this.handlers.get(topic) ?? []), handler]);
  }

  async close(): Promise<void> {}
}

export class RedisInvalidation implements Invalidation {
  private readonly local = new LocalInvalidation();
  private readonly channel: string;

  constructor(
    private readonly pub: Redis,
    private readonly sub: Redis,
    prefix: string,
  ) {
    this.channel = `${prefix}invalidate`;
    void this.sub.subscribe(this.channel);
    this.sub.on('message', (channel: string, message: string) => {
      if (channel !== this.channel) return;
      const i = message.indexOf(' ');
      if (i > 0) void this.local.publish(message.slice(0, i), message.slice(i + 1));
    });
  }

  async publish(topic: string, key: string): Promise<void> {
    await this.local.publish(topic, key);
    await this.pub.publish(this.channel, `${topic} ${key}`);
  }

  subscribe(topic: string, handler: (key: string) => void): void {
    this.local.subscribe(topic, handler);
  }

  async close(): Promise<void> {
    this.sub.disconnect();
  }
}
