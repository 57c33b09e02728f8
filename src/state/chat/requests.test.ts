import { createRoot } from "solid-js"
import { describe, expect, it } from "vitest"
import { createRequests, type RequestDeps } from "./requests"

function setup(overrides: Partial<RequestDeps> = {}) {
  const calls: string[] = []
  const reports: string[] = []
  const requests = createRoot(() =>
    createRequests({
      replyPermission: async (id, reply, message) => void calls.push(`permission ${id} ${reply}${message ? ` ${message}` : ""}`),
      replyQuestion: async (id, answers) => void calls.push(`question ${id} ${JSON.stringify(answers)}`),
      rejectQuestion: async (id) => void calls.push(`dismiss ${id}`),
      abort: async () => void calls.push("abort"),
      report: (message) => void reports.push(message),
      ...overrides,
    }),
  )
  return { requests, calls, reports }
}

describe("createRequests", () => {
  it("passes each answer on", async () => {
    const { requests, calls } = setup()
    await requests.replyPermission("per_1", "once")
    await requests.replyPermission("per_2", "reject", "not now")
    await requests.answerQuestion("que_1", [["Red"]])
    await requests.dismissQuestion("que_2")
    await requests.abort()
    expect(calls).toEqual(["permission per_1 once", "permission per_2 reject not now", 'question que_1 [["Red"]]', "dismiss que_2", "abort"])
  })

  it("answers a request once at a time and says it is pending meanwhile", async () => {
    let release = () => {}
    const calls: string[] = []
    const { requests } = setup({ replyPermission: (id) => new Promise<void>((resolve) => ((release = resolve), calls.push(id))) })
    const first = requests.replyPermission("per_1", "once")
    expect(requests.pending("per_1")).toBe(true)
    expect(requests.pending("per_2")).toBe(false)
    expect(await requests.replyPermission("per_1", "always")).toBe(false)
    release()
    expect(await first).toBe(true)
    expect(requests.pending("per_1")).toBe(false)
    expect(calls).toEqual(["per_1"])
  })

  it("reports a failure with the server's message and frees the request", async () => {
    const { requests, reports } = setup({ abort: () => Promise.reject(new Error("Could not stop the reply on Alpha: unauthorized.")) })
    expect(await requests.abort()).toBe(false)
    expect(reports).toEqual(["Could not stop the reply on Alpha: unauthorized."])
    expect(requests.pending("abort")).toBe(false)
  })
})
