/** The mini-program has WeChat's own back button in its bar; only the H5 portal draws one (index.h5.tsx). */
export default function BackLink(_props: { onBack?: () => void }) {
  return null
}
