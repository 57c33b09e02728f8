import { A } from "@solidjs/router"

export function NotFound() {
  return (
    <section class="p-6" aria-labelledby="nf-title">
      <h1 id="nf-title" class="text-xl font-semibold">Page not found</h1>
      <p class="mt-2 text-slate-600">This address is not part of the portal.</p>
      <A href="/servers" class="mt-4 inline-block text-blue-700 underline">Go to servers</A>
    </section>
  )
}
