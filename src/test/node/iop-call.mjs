// One call through the public aliexpress-api-sdk, unchanged: node iop-call.mjs '<json>'
// {server, appKey, secret, api, params, session, httpMethod, clockSkewMs}; prints the answer's body as JSON.
import { IopClient, IopRequest } from 'aliexpress-api-sdk';

const call = JSON.parse(process.argv[2]);
if (call.clockSkewMs) {
  const realNow = Date.now;
  Date.now = () => realNow() + call.clockSkewMs;
}
const client = new IopClient(call.server, call.appKey, call.secret);
const request = new IopRequest(call.api, call.httpMethod || 'POST');
for (const [key, value] of Object.entries(call.params || {})) {
  request.add_api_param(key, typeof value === 'string' ? value : JSON.stringify(value));
}
const response = await client.execute(request, call.session || null);
process.stdout.write(JSON.stringify(response.body));
