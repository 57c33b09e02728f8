import type { Shortcut } from "../../lib/keys/shortcut"

/**
 * Ids, titles and shortcuts of the palette's actions, in one place so no two share a key. Features
 * register them with `useAction({ ...ACTIONS.newSession, run })`. */
export const ACTIONS = {
  palette: { id: "palette", title: "Command palette", group: "Help", shortcut: "Mod+K" },
  shortcuts: { id: "shortcuts", title: "Keyboard shortcuts", group: "Help", shortcut: "?" },
  serversPage: { id: "servers-page", title: "Servers page", group: "Go to", shortcut: "g" },
  switchServer: { id: "switch-server", title: "Switch server", group: "Server", shortcut: "s" },
  openDirectory: { id: "open-directory", title: "Open a directory", group: "Server", shortcut: "o" },
  newSession: { id: "new-session", title: "New session", group: "Directory", shortcut: "n" },
  goToFile: { id: "go-to-file", title: "Go to file", group: "Directory", shortcut: "Mod+P" },
  openTerminal: { id: "open-terminal", title: "Open terminal", group: "Directory", shortcut: "t" },
  answerAgent: { id: "answer-agent", title: "Answer the agent (permission or question)", group: "Session", shortcut: "Alt+A" },
  focusPrompt: { id: "focus-prompt", title: "Focus the prompt", group: "Session", shortcut: "Alt+P" },
  copyLink: { id: "copy-link", title: "Copy link to this view", group: "Go to", shortcut: "c" },
  exportServers: { id: "export-servers", title: "Export servers", group: "Servers", shortcut: "e" },
  importServers: { id: "import-servers", title: "Import servers", group: "Servers", shortcut: "i" },
  allServers: { id: "all-servers", title: "All servers", group: "Go to", shortcut: "a" },
  nextAttention: { id: "next-attention", title: "Next item needing attention", group: "Go to", shortcut: "Alt+N" },
  theme: { id: "theme", title: "Theme: next of Light, Dark, System", group: "Help", shortcut: "Shift+T" },
} as const satisfies Record<string, { id: string; title: string; group: string; shortcut: Shortcut }>
