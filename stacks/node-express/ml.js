'use strict';
// The ml endpoints of stacks/CONTRACT.md on onnxruntime-node, ONNX Runtime's official Node.js binding:
// POST /ml/predict scores a JSON batch of feature rows with the model `bakeoff setup` trained (the ONNX
// file in ML_MODEL_ONNX), GET /ml/info says how long loading it took. The session is created once per
// worker process at start-up (the server listens once it is loaded), one intra-op thread (node:cluster
// already runs a process per core); express.json() parses the body, checked by hand (400 on bad input).

const express = require('express');
const ort = require('onnxruntime-node');

const FEATURES = 30;
const MAX_ROWS = 256;

// The body's rows when it is {"rows": [[30 numbers], ...]} with 1..256 rows, else null.
function validRows(body) {
  const rows = body && body.rows;
  if (!Array.isArray(rows) || rows.length < 1 || rows.length > MAX_ROWS) return null;
  for (const row of rows) {
    if (!Array.isArray(row) || row.length !== FEATURES) return null;
    for (const v of row) if (typeof v !== 'number' || !Number.isFinite(v)) return null;
  }
  return rows;
}

// Registers the routes now; resolves once the model is loaded (or at once without ML_MODEL_ONNX).
module.exports = function routes(app) {
  let session = null;
  let loadMs = null;
  const unavailable = (res) => res.status(503).json({ error: 'the model is not loaded (run: ./bakeoff setup)' });

  app.post('/ml/predict', express.json({ limit: '1mb' }), async (req, res, next) => {
    if (session === null) return unavailable(res);
    const rows = validRows(req.body);
    if (rows === null) return res.status(400).json({ error: 'expected {"rows": [[30 numbers], ...]}, 1 to 256 rows' });
    try {
      const input = new Float32Array(rows.length * FEATURES);
      for (let r = 0; r < rows.length; r++) input.set(rows[r], r * FEATURES);
      const out = await session.run({ input: new ort.Tensor('float32', input, [rows.length, FEATURES]) });
      res.json({ scores: Array.from(out.score.data) });
    } catch (err) {
      next(err);
    }
  });

  app.get('/ml/info', (req, res) => {
    if (session === null) return unavailable(res);
    res.json({ engine: 'onnx', load_ms: loadMs, engines: { onnx: loadMs } });
  });

  const path = process.env.ML_MODEL_ONNX;
  if (!path) return Promise.resolve();
  const start = process.hrtime.bigint();
  return ort.InferenceSession.create(path, { intraOpNumThreads: 1, interOpNumThreads: 1, executionMode: 'sequential' })
    .then((created) => {
      session = created;
      loadMs = Number(process.hrtime.bigint() - start) / 1e6;
    });
};
