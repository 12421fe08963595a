import { shippedParameterFiles, type ParameterSet } from '@ccs/shared/rules/parameters'

let params: ParameterSet | null = null

/** The figures shipped with the app, for the expected amounts the check shows; the server decides with its own. */
export function appParameters(): ParameterSet {
  params ??= shippedParameterFiles()
  return params
}
