'use strict';
// The ml endpoints of stacks/CONTRACT.md on onnxruntime-node, ONNX Runtime's official Node.js binding:
// POST /ml/predict scores a JSON batch of feature rows with the model `bakeoff setup` trained (the ONNX
// file in ML_MODEL_ONNX), GET /ml/info says how long loading it took. The session is created once per
// worker process at start-up, one intra-op thread (node:cluster already runs a process per core), and
// Fastify's JSON schema validates the body (400 on bad input).
//
// The hybrid (a Node.js API in front of a Python ML service): with ML_SERVICE_URL set, this app loads no
// model and answers /ml/predict by forwarding the validated batch to $ML_SERVICE_URL/ml/predict over an
// undici keep-alive pool created once at start-up, passing its status and scores through; a service that
// is down, or slower than ML_SERVICE_TIMEOUT_MS (default 2000), answers 502. The lab sets it for the
// composed stack stacks/hybrid-fastify-fastapi (stacks/README.md, "Composed stacks").

const ort = require('onnxruntime-node');
const { Pool } = require('undici');

const FEATURES = 30;
const MAX_ROWS = 256;

const bodySchema = {
  body: {
    type: 'object',
    required: ['rows'],
    properties: {
      rows: {
        type: 'array',
        minItems: 1,
        maxItems: MAX_ROWS,
        items: { type: 'array', minItems: FEATURES, maxItems: FEATURES, items: { type: 'number' } },
      },
    },
  },
  querystring: { type: 'object', properties: { engine: { type: 'string', enum: ['onnx', 'native'] } } },
};

module.exports = async function routes(fastify) {
  if (process.env.ML_SERVICE_URL) return forwardToService(fastify, new URL(process.env.ML_SERVICE_URL));
  let session = null;
  let loadMs = null;
  const path = process.env.ML_MODEL_ONNX;
  if (path) {
    const start = process.hrtime.bigint();
    session = await ort.InferenceSession.create(path, {
      intraOpNumThreads: 1,
      interOpNumThreads: 1,
      executionMode: 'sequential',
    });
    loadMs = Number(process.hrtime.bigint() - start) / 1e6;
  }
  const unavailable = (reply) => reply.code(503).send({ error: 'the model is not loaded (run: ./bakeoff setup)' });

  fastify.post('/ml/predict', { schema: bodySchema }, async (request, reply) => {
    if (session === null) return unavailable(reply);
    const { rows } = request.body;
    const input = new Float32Array(rows.length * FEATURES);
    for (let r = 0; r < rows.length; r++) input.set(rows[r], r * FEATURES);
    const out = await session.run({ input: new ort.Tensor('float32', input, [rows.length, FEATURES]) });
    return { scores: Array.from(out.score.data) };
  });

  fastify.get('/ml/info', async (request, reply) => {
    if (session === null) return unavailable(reply);
    return { engine: 'onnx', load_ms: loadMs, engines: { onnx: loadMs } };
  });
};

function forwardToService(fastify, service) {
  const timeout = Number(process.env.ML_SERVICE_TIMEOUT_MS || 2000);
  const prefix = service.pathname.replace(/\/$/, '');
  const pool = new Pool(service.origin, { connections: 64, keepAliveTimeout: 30_000 });
  fastify.post('/ml/predict', { schema: bodySchema }, async (request, reply) => {
    try {
      const { statusCode, body } = await pool.request({
        method: 'POST',
        path: prefix + '/ml/predict',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ rows: request.body.rows }),
        headersTimeout: timeout,
        bodyTimeout: timeout,
      });
      const text = await body.text();
      return reply.code(statusCode).type('application/json').send(text);
    } catch (err) {
      return reply.code(502).send({ error: `ML service failed: ${err.message}` });
    }
  });
  fastify.get('/ml/info', async () => ({ engine: 'service', load_ms: 0, service: service.origin }));
}
