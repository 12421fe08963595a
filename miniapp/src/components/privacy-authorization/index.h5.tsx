/** H5 portal: WeChat's privacy authorisation does not exist in the browser. */
export default function PrivacyAuthorization() {
  return null
}
