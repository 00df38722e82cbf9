import { SignupForm } from './SignupForm'

export default function SignupPage() {
  return (
    <>
      <h1>Sign up</h1>
      <SignupForm />
    </>
  )
}
