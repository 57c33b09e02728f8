import type { NotificationApi, NotifyPermission } from "./notifier"

/** The browser's Notification API behind the notifier's interface ("unsupported" where absent). */
export function browserNotifications(api: typeof Notification | undefined): NotificationApi {
  return {
    permission: (): NotifyPermission => api?.permission ?? "unsupported",
    request: async (): Promise<NotifyPermission> => (api ? api.requestPermission() : "unsupported"),
    show(text, tag, onClick) {
      if (!api) return
      const note = new api(text.title, { body: text.body, tag })
      note.onclick = () => {
        onClick()
        note.close()
      }
    },
  }
}

/** A short soft tone; a page may only play sound after the person interacted with it, so failures are silent by design. */
export function beep(): void {
  try {
    const audio = new AudioContext()
    const tone = audio.createOscillator()
    const gain = audio.createGain()
    tone.frequency.value = 880
    gain.gain.setValueAtTime(0.08, audio.currentTime)
    gain.gain.exponentialRampToValueAtTime(0.0001, audio.currentTime + 0.25)
    tone.connect(gain).connect(audio.destination)
    tone.start()
    tone.stop(audio.currentTime + 0.25)
    tone.onended = () => void audio.close()
  } catch {
    // No audio (policy or device): the notification itself still shows.
  }
}
