import { rejectionOf } from '../core/support/server.js'
import { create, createFileRegistry } from '@bufbuild/protobuf'
import type { GenService } from '@bufbuild/protobuf/codegenv2'
import type { StringValueSchema } from '@bufbuild/protobuf/wkt'
import { FileDescriptorProtoSchema, file_google_protobuf_wrappers } from '@bufbuild/protobuf/wkt'
import { Code, ConnectError, createClient, createContextKey, createContextValues } from '@connectrpc/connect'
import { connectNodeAdapter, createConnectTransport } from '@connectrpc/connect-node'
import { describeClient, echoed, TOKEN } from './support/scenarios.js'
import type { Scenario } from './support/scenarios.js'

// A service without generated code: `rpc CreateUser(StringValue) returns (StringValue)`.
const registry = createFileRegistry(
  create(FileDescriptorProtoSchema, {
    name: 'users.proto',
    package: 'test.v1',
    syntax: 'proto3',
    dependency: ['google/protobuf/wrappers.proto'],
    service: [
      {
        name: 'UserService',
        method: [
          { name: 'CreateUser', inputType: '.google.protobuf.StringValue', outputType: '.google.protobuf.StringValue' },
        ],
      },
    ],
  }),
  (name) => (name === file_google_protobuf_wrappers.name + '.proto' ? file_google_protobuf_wrappers : undefined),
)
type Unary = { methodKind: 'unary'; input: typeof StringValueSchema; output: typeof StringValueSchema }
const UserService = registry.getService('test.v1.UserService') as GenService<{ createUser: Unary }>

const SCENARIO = createContextKey<Scenario>('422')
const CODES: Partial<Record<Scenario, Code>> = {
  '401': Code.Unauthenticated,
  '403': Code.PermissionDenied,
  '404': Code.NotFound,
  '422': Code.InvalidArgument,
  '409': Code.AlreadyExists,
  '503': Code.Unavailable,
}

const handler = connectNodeAdapter({
  contextValues: (req) => createContextValues().set(SCENARIO, (req as { scenario?: Scenario }).scenario ?? '422'),
  routes: (router) =>
    router.service(UserService, {
      createUser(_request, context) {
        const scenario = context.values.get(SCENARIO)
        if (scenario === '429') throw new ConnectError('Slow down', Code.ResourceExhausted, { 'retry-after': '7' })
        if (scenario === 'echo')
          throw new ConnectError(echoed(context.requestHeader.get('authorization') ?? ''), Code.Unauthenticated)
        throw new ConnectError(`Refused (${scenario})`, CODES[scenario] ?? Code.Internal)
      },
    }),
})

// Connect (connect-node's transport against a connect-node handler): a ConnectError with a code
// and `metadata` (the response headers and trailers). The HTTP status is not kept, but the Connect
// protocol fixes it for each code (invalid_argument is 400). Error details are protobuf
// messages: no field errors without the app's own schema.
describeClient({
  name: 'Connect',
  backend: { handle: (scenario, req, res) => handler(Object.assign(req, { scenario }), res) },
  needsSecrets: true,
  expected: {
    '422': { type: 'InvalidPayload', status: 400, fields: [] },
    '409': { type: 'AlreadyExists' },
  },
  fail: (scenario, api) =>
    rejectionOf(
      createClient(UserService, createConnectTransport({ baseUrl: api.url(scenario), httpVersion: '1.1' })).createUser(
        { value: 'ada@example.com' },
        { headers: { authorization: `Bearer ${TOKEN}` }, signal: scenario === 'abort' ? api.signal : undefined },
      ),
    ),
})
