import { apiErrorTypes } from '../../core/index.js'
import { apiErrorDialects } from '../dialects/index.js'

/** The toolbar value that leaves the story's endpoints alone. */
export const NO_API_ERROR = 'none'

/**
 * Two Storybook globals, each a toolbar menu: `apiError` ("API error": no error, each type a
 * response can carry, or Network) and `apiErrorDialect` (whose bodies to imitate). Spread them
 * into `globalTypes` in `.storybook/preview`; `withApiErrors` reads them.
 */
export const apiErrorGlobalTypes = {
  apiError: {
    description: 'The error the endpoints a story names answer with (parameters.apiErrors)',
    toolbar: {
      title: 'API error',
      icon: 'alert',
      items: [
        { value: NO_API_ERROR, title: 'No error' },
        ...apiErrorTypes
          .filter((type) => type !== 'Aborted')
          .map((type) => ({ value: type, title: type === 'Network' ? 'Network (no response)' : type })),
      ],
      dynamicTitle: true,
    },
  },
  apiErrorDialect: {
    description: 'Whose error bodies the endpoints imitate',
    toolbar: {
      title: 'Error dialect',
      icon: 'transfer',
      items: apiErrorDialects.map((dialect) => ({ value: dialect, title: dialect })),
      dynamicTitle: true,
    },
  },
}
