// Sets the theme before the first paint, so a dark page never flashes white. A file, not an inline
// script, because the CSP allows scripts from this origin only. Same key as src/storage/theme.ts.
;(function () {
  var choice = null
  try {
    choice = window.localStorage.getItem("opencode-portal.theme.v1")
  } catch {
    // Storage blocked: follow the system.
  }
  var dark = choice === "dark" || (choice !== "light" && window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches)
  document.documentElement.dataset.theme = dark ? "dark" : "light"
})()
