'use client'
import { createContext } from 'react'

/** True inside a global outlet (`ApiErrorNotifications`): what renders there shows an error without claiming it. */
export const ErrorOutletContext = /* @__PURE__ */ createContext(false)
