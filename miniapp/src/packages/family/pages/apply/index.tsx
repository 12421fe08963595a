import { useSession } from '../../../../session/use-session'
import SignInFirst from '../../../../components/sign-in-first'
import { applyWhat } from '../../../../first-screen/first-screen-words'
import ChildStep from './child-step'
import ProgrammeStep from './programme-step'
import { useApplyFlow } from './use-apply-flow'
import '../../family.scss'

/** 申请补贴 step 1 and 2: which child, which programme; then the application's own screens take over. */
function ApplyFlow() {
  const flow = useApplyFlow()
  return flow.child ? <ProgrammeStep child={flow.child} flow={flow} /> : <ChildStep flow={flow} />
}

export default function ApplyPage() {
  const session = useSession()
  return session ? <ApplyFlow /> : <SignInFirst what={applyWhat} block='family' />
}
