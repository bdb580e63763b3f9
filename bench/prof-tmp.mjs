import autocannon from 'autocannon';
import { startServer, tempDir, registerLearners } from './lib/server.mjs';
const server = await startServer({ dir: tempDir('ceil'), port: 3910 });
const [l] = await registerLearners(server.url, 1, 'c' + Date.now());
const q = process.argv[2] ?? '{ me { id } }';
const r = await autocannon({ url: server.url + '/graphql', connections: 8, duration: 8, method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${l.token}` }, body: JSON.stringify({ query: q }) });
console.log(Math.round(r.requests.average), r.latency.p99);
server.child.kill('SIGINT');
await new Promise(r => setTimeout(r, 1500));
