'use strict';
// Bakeoff reference app: Express 5 + ws on Node.js. Serves stacks/CONTRACT.md.

const cluster = require('node:cluster');
const http = require('node:http');
const express = require('express');
const { WebSocketServer } = require('ws');
// undici is the Node.js project's HTTP client (it powers the built-in fetch). Its request() API skips
// fetch's WHATWG Request/Response layer, and a Pool gives one keep-alive connection pool per origin,
// created once at start-up. undici 8 needs Node.js 22.19+; the stack runs on Node.js 24 LTS.
const { Pool } = require('undici');
const data = require('./data');

const PORT = Number(process.env.PORT || 8080);
const WORKERS = Math.max(1, Number.parseInt(process.env.WORKERS || '1', 10) || 1);
const SHUTDOWN_GRACE_MS = 2000;

// Node runs JavaScript on one event loop per process, so using more than one core takes
// node:cluster: the primary forks WORKERS processes that share the listening port.
if (cluster.isPrimary && WORKERS > 1) {
  runPrimary();
} else {
  runServer();
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

function runServer() {
  const dataset = data.loadOrders(process.env.DATASET); // both tiers' layouts (data.js)
  const downstream = new URL(process.env.DOWNSTREAM_URL);
  const delayPath = downstream.pathname.replace(/\/$/, '') + '/delay?ms=';
  const pool = new Pool(downstream.origin, { connections: 1024, keepAliveTimeout: 30_000 });

  const app = express();
  app.disable('x-powered-by');

  app.get('/health', (req, res) => {
    res.type('text/plain').send('ok');
  });

  app.get('/plaintext', (req, res) => {
    res.type('text/plain').send('Hello, World!');
  });

  app.get('/json', (req, res) => {
    res.json({ message: 'Hello, World!' });
  });

  app.get('/io', async (req, res) => {
    const ms = intParam(req.query.ms);
    if (ms === null) return res.status(400).json({ error: 'ms must be an integer' });
    try {
      const { statusCode, body } = await pool.request({ method: 'GET', path: delayPath + ms });
      if (statusCode !== 200) {
        await body.dump();
        return res.status(502).json({ error: `downstream answered ${statusCode}` });
      }
      res.json(await body.json());
    } catch (err) {
      res.status(502).json({ error: `downstream failed: ${err.message}` });
    }
  });

  app.get('/cpu', (req, res) => {
    const n = intParam(req.query.n);
    if (n === null) return res.status(400).json({ error: 'n must be an integer' });
    res.json({ n, primes: countPrimes(n) });
  });

  app.get('/data/report', (req, res) => {
    const minQty = intParam(req.query.min_qty);
    if (minQty === null) return res.status(400).json({ error: 'min_qty must be an integer' });
    const tier = req.query.tier === undefined ? 'realistic' : req.query.tier;
    if (!data.TIERS.includes(tier)) return res.status(400).json({ error: 'tier must be realistic or tuned' });
    const rows = req.query.rows === undefined ? undefined : intParam(req.query.rows);
    if (rows === null || rows < 1) return res.status(400).json({ error: 'rows must be a positive integer' });
    res.json(data.report(dataset, minQty, tier, rows));
  });

  require('./db')(app); // /db, /queries, /updates, /fortunes on PostgreSQL
  const mlLoaded = require('./ml')(app); // /ml/predict, /ml/info on onnxruntime-node
  const server = http.createServer(app);

  // WebSocket /ws on the same HTTP server: one room, each text message goes to every other client.
  const wss = new WebSocketServer({ server, path: '/ws' });
  const broadcast = (data, isBinary, sender) => {
    for (const client of wss.clients) {
      if (client !== sender && client.readyState === client.OPEN) client.send(data, { binary: isBinary });
    }
  };
  wss.on('connection', (ws) => {
    ws.on('message', (data, isBinary) => {
      broadcast(data, isBinary, ws);
      if (cluster.isWorker) process.send({ data, isBinary }); // clients on other workers too
    });
  });
  if (cluster.isWorker) process.on('message', (msg) => broadcast(Buffer.from(msg.data), msg.isBinary, null));

  mlLoaded.then(() => server.listen(PORT, '127.0.0.1'));

  process.on('SIGTERM', () => {
    // Stop accepting, let in-flight requests finish, but never wait longer than the grace period.
    server.close(() => process.exit(0));
    for (const client of wss.clients) client.close(1001, 'server shutting down');
    setTimeout(() => process.exit(0), SHUTDOWN_GRACE_MS).unref();
  });
}

// A query parameter as an integer, or null when it is missing or not an integer.
function intParam(value) {
  if (typeof value !== 'string' || !/^-?\d+$/.test(value)) return null;
  const n = Number(value);
  return Number.isSafeInteger(n) ? n : null;
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
