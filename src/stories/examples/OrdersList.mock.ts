import { http, HttpResponse } from 'msw'
import type { ApiErrorType } from '../../index.js'
import { apiErrorResponse } from '../../testing/index.js'
import type { ApiErrorDialect } from '../../testing/index.js'
import type { Order } from './OrdersList.js'

export const ORDERS: Order[] = [
  { id: 'o_1', number: '#1041', total: '€120.00' },
  { id: 'o_2', number: '#1042', total: '€48.50' },
  { id: 'o_3', number: '#1043', total: '€9.90' },
]

/** The app's API when all is well: what the stories show with "No error" in the toolbar. */
export const ordersHandlers = [http.get('/api/orders', () => HttpResponse.json(ORDERS))]

/** `/api/every/<Type>` answers with that type in `dialect` (Network: no response at all). */
export const everyTypeHandlers = (dialect: ApiErrorDialect) => [
  http.get('/api/every/:type', ({ params }) =>
    params.type === 'Network' ? HttpResponse.error() : apiErrorResponse(params.type as ApiErrorType, { dialect }),
  ),
]
