'use strict';
// The ml endpoints of stacks/CONTRACT.md on onnxruntime-node, ONNX Runtime's official Node.js binding:
// POST /ml/predict scores a JSON batch of feature rows with the model `bakeoff setup` trained (the ONNX
// file in ML_MODEL_ONNX), GET /ml/info says how long loading it took. The session is created once per
// worker process at start-up, one intra-op thread (node:cluster already runs a process per core), and
// Fastify's JSON schema validates the body (400 on bad input).

const ort = require('onnxruntime-node');

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
