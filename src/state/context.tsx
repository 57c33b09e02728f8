import { createContext, useContext, type JSX } from "solid-js"

/**
 * A context with its provider and a guarded hook: using the hook outside its provider throws a
 * named error instead of failing later on `undefined`.
 *
 * @example const { Provider: ToastsProvider, use: useToasts } = makeContext<Toasts>("Toasts")
 */
export function makeContext<T>(name: string) {
  const Context = createContext<T | undefined>(undefined)
  return {
    /** `value` is a store object created once; it is read once on purpose. */
    Provider: (props: { value: T; children?: JSX.Element }) => (
      // eslint-disable-next-line solid/reactivity -- the value is a stable store object, not a signal
      <Context.Provider value={props.value}>{props.children}</Context.Provider>
    ),
    use: (): T => {
      const value = useContext(Context)
      if (value === undefined) throw new Error(`use${name} must be used inside <${name}Provider>.`)
      return value
    },
  }
}
