/**
 * Owns the tab's "run this in a later task": a message to ourselves on one channel, so runs keep
 * the order they were asked in, and a new task comes at once (chained timeouts are clamped to
 * 4 ms each, and throttled in a hidden tab).
 */
let channel: MessageChannel | undefined
const waiting: (() => void)[] = []

export function nextTask(run: () => void): void {
  if (!channel) {
    channel = new MessageChannel()
    channel.port1.onmessage = () => waiting.shift()?.()
  }
  waiting.push(run)
  channel.port2.postMessage(undefined)
}
