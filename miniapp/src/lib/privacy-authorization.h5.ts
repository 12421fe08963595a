/** H5 portal: no WeChat privacy authorisation; the browser asks for the camera and position itself. */
export function startPrivacyAuthorization(): void {}

export const privacyAuthorized = (): Promise<boolean> => Promise.resolve(true)
