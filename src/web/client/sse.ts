/**
 * Reading a server-sent-events response from fetch (POST, so no
 * EventSource): splits the stream into { event, data } with data parsed as JSON.
 */
interface SseEvent {
  event: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON from the service, read field by field
  data: any;
  text: string;
}

/** Parses complete events out of a buffer; returns them and the unfinished rest. */
export function parseSse(buffer: string): { events: SseEvent[]; rest: string } {
  const events: SseEvent[] = [];
  const parts = buffer.replace(/\r\n?/g, '\n').split('\n\n');
  const rest = parts.pop() ?? '';
  for (const block of parts) {
    let event = 'message';
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (!line || line[0] === ':') continue;
      const i = line.indexOf(':');
      const field = i < 0 ? line : line.slice(0, i);
      const value = i < 0 ? '' : line.slice(i + 1).replace(/^ /, '');
      if (field === 'event') event = value;
      else if (field === 'data') data.push(value);
    }
    if (!data.length) continue;
    const text = data.join('\n');
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = null;
    }
    events.push({ event, data: json, text });
  }
  return { events, rest };
}

/** Reads a fetch Response body as SSE, calling onEvent for each event as it arrives. */
export async function readSse(response: Response, onEvent: (ev: SseEvent) => void | Promise<void>): Promise<void> {
  if (!response.body) return;
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    buffer += done ? decoder.decode() : decoder.decode(value, { stream: true });
    const parsed = parseSse(done ? buffer + '\n\n' : buffer);
    buffer = parsed.rest;
    for (const ev of parsed.events) await onEvent(ev);
    if (done) return;
  }
}
