'use strict';
// Bakeoff reference app: Fastify 5 + @fastify/websocket on Node.js. Serves stacks/CONTRACT.md.

const cluster = require('node:cluster');
const Fastify = require('fastify');
const fastifyWebsocket = require('@fastify/websocket');
// undici is the Node.js project's HTTP client (it powers the built-in fetch). Its request() API skips
// fetch's WHATWG Request/Response layer, and a Pool gives one keep-alive connection pool per origin,
// created once at start-up. undici 8 needs Node.js 22.19+; the stack runs on Node.js 24 LTS.
const { Pool } = require('undici');
const data = require('./data');

const PORT = Number(process.env.PORT || 8080);
const WORKERS = Math.max(1, Number.parseInt(process.env.WORKERS || '1', 10) || 1);
const SHUTDOWN_GRACE_MS = 2000;

// Fastify validates the query string with these JSON schemas: a missing or non-integer value is a 400.
const intQuery = (name) => ({
  querystring: { type: 'object', required: [name], properties: { [name]: { type: 'integer' } } },
});

// Node runs JavaScript on one event loop per process, so using more than one core takes
// node:cluster: the primary forks WORKERS processes that share the listening port.
if (cluster.isPrimary && WORKERS > 1) {
  runPrimary();
} else {
  runServer().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}

function runPrimary() {
  // 'advanced' (structured clone) IPC lets WebSocket payloads cross between workers as Buffers.
  cluster.setupPrimary({ serialization: 'advanced' });
  let stopping = false;
  const listening = new WeakSet();
  const stop = (code) => {
    stopping = true;
    for (const worker of Object.values(cluster.workers)) worker.process.kill('SIGTERM');
    setTimeout(() => process.exit(code), SHUTDOWN_GRACE_MS + 500).unref();
  };
  const exitWhenAllGone = () => {
    if (stopping && Object.keys(cluster.workers).length === 0) process.exit();
  };
  for (let i = 0; i < WORKERS; i++) cluster.fork();
  cluster.on('listening', (worker) => listening.add(worker));
  cluster.on('disconnect', exitWhenAllGone);
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return exitWhenAllGone();
    if (listening.has(worker)) return cluster.fork(); // replace a crashed worker, as a supervisor would
    console.error(`worker ${worker.process.pid} failed to start (${signal || code})`); // no crash loop
    process.exitCode = 1;
    stop(1);
  });
  // One chat room across workers: relay a WebSocket message to every other worker.
  cluster.on('message', (from, msg) => {
    for (const worker of Object.values(cluster.workers)) if (worker !== from) worker.send(msg);
  });
  process.on('SIGTERM', () => stop(0));
}

async function runServer() {
  const dataset = data.loadOrders(process.env.DATASET); // both tiers' layouts (data.js)
  const downstream = new URL(process.env.DOWNSTREAM_URL);
  const delayPath = downstream.pathname.replace(/\/$/, '') + '/delay?ms=';
  const pool = new Pool(downstream.origin, { connections: 1024, keepAliveTimeout: 30_000 });

  const fastify = Fastify({ logger: false });
  await fastify.register(fastifyWebsocket);

  fastify.get('/health', async (request, reply) => {
    reply.type('text/plain');
    return 'ok';
  });

  fastify.get('/plaintext', async (request, reply) => {
    reply.type('text/plain');
    return 'Hello, World!';
  });

  fastify.get('/json', async () => ({ message: 'Hello, World!' }));

  fastify.get('/io', { schema: intQuery('ms') }, async (request, reply) => {
    try {
      const { statusCode, body } = await pool.request({ method: 'GET', path: delayPath + request.query.ms });
      if (statusCode !== 200) {
        await body.dump();
        return reply.code(502).send({ error: `downstream answered ${statusCode}` });
      }
      return await body.json();
    } catch (err) {
      return reply.code(502).send({ error: `downstream failed: ${err.message}` });
    }
  });

  fastify.get('/cpu', { schema: intQuery('n') }, async (request) => {
    const n = request.query.n;
    return { n, primes: countPrimes(n) };
  });

  const reportQuery = {
    querystring: {
      type: 'object',
      required: ['min_qty'],
      properties: {
        min_qty: { type: 'integer' },
        tier: { type: 'string', enum: data.TIERS },
        rows: { type: 'integer', minimum: 1 },
      },
    },
  };
  fastify.get('/data/report', { schema: reportQuery }, async (request) => {
    const { min_qty: minQty, tier, rows } = request.query;
    return data.report(dataset, minQty, tier, rows);
  });

  // WebSocket /ws: one room, each text message goes to every other client.
  const broadcast = (data, isBinary, sender) => {
    for (const client of fastify.websocketServer.clients) {
      if (client !== sender && client.readyState === client.OPEN) client.send(data, { binary: isBinary });
    }
  };
  fastify.get('/ws', { websocket: true }, (socket) => {
    socket.on('message', (data, isBinary) => {
      broadcast(data, isBinary, socket);
      if (cluster.isWorker) process.send({ data, isBinary }); // clients on other workers too
    });
  });
  if (cluster.isWorker) process.on('message', (msg) => broadcast(Buffer.from(msg.data), msg.isBinary, null));

  require('./db')(fastify); // /db, /queries, /updates, /fortunes on PostgreSQL
  await require('./ml')(fastify); // /ml/predict, /ml/info on onnxruntime-node
  await fastify.listen({ port: PORT, host: '127.0.0.1' });

  process.on('SIGTERM', () => {
    // fastify.close() stops accepting, closes idle and WebSocket connections and waits for in-flight
    // requests; never wait longer than the grace period.
    fastify.close().then(() => process.exit(0));
    setTimeout(() => process.exit(0), SHUTDOWN_GRACE_MS).unref();
  });
}

// Primes below n by trial division, exactly the algorithm in CONTRACT.md.
function countPrimes(n) {
  let count = n > 2 ? 1 : 0;
  for (let k = 3; k < n; k += 2) {
    let prime = true;
    for (let d = 3; d * d <= k; d += 2) {
      if (k % d === 0) { prime = false; break; }
    }
    if (prime) count++;
  }
  return count;
}
