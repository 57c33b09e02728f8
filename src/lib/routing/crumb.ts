/** One step of the breadcrumb trail under a server. */
export type Crumb = { label: string; href?: string }
