// What the pages of one website say to each other about a Kutse sign-in, over a BroadcastChannel
// (same origin, every tab): a sign-out on one page signs out every page that is signed in, and the
// person's activity on one page keeps the others from ending the sign-in as idle.
import * as v from 'valibot';

const Message = v.variant('type', [
  /** The person signed out of `body` on a page, or that page ended the sign-in as idle. */
  v.object({ type: v.literal('signed-out'), body: v.string(), idle: v.boolean() }),
  /** The person did something on a page signed in to `body`, at `at` (ms since the epoch). */
  v.object({ type: v.literal('active'), body: v.string(), at: v.number() }),
]);

export type ChannelMessage = v.InferOutput<typeof Message>;

export interface SessionChannel {
  post(message: ChannelMessage): void;
}

/**
 * The channel of the sessions with the API at `api`; `receive` gets what the other pages post
 * (a BroadcastChannel never hears itself). Without BroadcastChannel, posting does nothing.
 */
export function openChannel(api: string, receive: (message: ChannelMessage) => void): SessionChannel {
  if (typeof BroadcastChannel === 'undefined') return { post: () => {} };
  const channel = new BroadcastChannel(`kutse-session ${api}`);
  channel.addEventListener('message', (event) => {
    const parsed = v.safeParse(Message, event.data);
    if (parsed.success) receive(parsed.output);
  });
  return { post: (message) => channel.postMessage(message) };
}
