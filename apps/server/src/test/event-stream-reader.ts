/** Test helper: opens a server-sent event stream over HTTP and collects the JSON of its `data:` lines. */
export interface OpenStream<T> {
  /** The events received so far, in order. */
  events: T[];
  /** Resolves once `count` events have arrived, or after `timeoutMs` with what there is. */
  waitFor(count: number, timeoutMs?: number): Promise<T[]>;
  close(): Promise<void>;
}

export async function openEventStream<T = unknown>(
  url: string,
  headers: Record<string, string>,
): Promise<OpenStream<T>> {
  const controller = new AbortController();
  const response = await fetch(url, {
    headers: { accept: "text/event-stream", ...headers },
    signal: controller.signal,
  });
  if (response.status !== 200 || !response.body)
    throw new Error(`${url}: ${response.status} ${await response.text()}`);
  const events: T[] = [];
  const decoder = new TextDecoder();
  let buffer = "";
  let opened!: () => void;
  const ready = new Promise<void>((resolve) => (opened = resolve));
  const done = (async () => {
    try {
      for await (const value of response.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(value, { stream: true });
        opened();
        let cut: number;
        while ((cut = buffer.indexOf("\n\n")) >= 0) {
          const frame = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const data = frame.split("\n").find((l) => l.startsWith("data: "));
          if (data) events.push(JSON.parse(data.slice(6)) as T);
        }
      }
    } catch {
      // aborted
    }
  })();
  // The stream writes a comment first: once it arrives the server has subscribed.
  await ready;
  return {
    events,
    async waitFor(count, timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      while (events.length < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      return events;
    },
    async close() {
      controller.abort();
      await done;
    },
  };
}
