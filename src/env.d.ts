/**
 * True in the development build (the `development` export condition, tests and Storybook), false in
 * the default one: long misuse explanations are compiled out of production bundles.
 */
declare const __DEV__: boolean
