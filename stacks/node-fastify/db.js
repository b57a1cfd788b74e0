'use strict';
// The db endpoints of stacks/CONTRACT.md on node-postgres (pg), the driver most Node.js users run,
// with its built-in pool. Raw driver, no ORM: "pg" is how Fastify's own docs (@fastify/postgres) reach
// PostgreSQL. Each row is its own query (a named prepared statement); the N queries of a request run
// concurrently on the pool, as an async Node.js app would write them.

const path = require('node:path');
const { Pool } = require('pg');

const WORKERS = Math.max(1, Number.parseInt(process.env.WORKERS || '1', 10) || 1);
// DATABASE_POOL is the app's total (the lab's rule); each worker process gets its share.
const POOL_SIZE = Math.max(1, Math.ceil(Number(process.env.DATABASE_POOL || 3) / WORKERS));
const pool = process.env.DATABASE_URL
  ? new Pool({ connectionString: process.env.DATABASE_URL, max: POOL_SIZE })
  : null;

const SELECT = { name: 'world-select', text: 'SELECT id, randomnumber FROM world WHERE id = $1' };
const UPDATE = { name: 'world-update', text: 'UPDATE world SET randomnumber = $1 WHERE id = $2' };
const FORTUNES = { name: 'fortunes', text: 'SELECT id, message FROM fortune' };

const randomId = () => 1 + Math.floor(Math.random() * 10000);
const clamp = (n) => Math.min(500, Math.max(1, n));

async function world(id) {
  const { rows } = await pool.query({ ...SELECT, values: [id] });
  return { id: rows[0].id, randomNumber: rows[0].randomnumber };
}

const intQuery = {
  querystring: { type: 'object', required: ['n'], properties: { n: { type: 'integer' } } },
};

module.exports = function routes(fastify) {
  // /fortunes through @fastify/view, Fastify's own plugin for template engines, with EJS.
  fastify.register(require('@fastify/view'), { engine: { ejs: require('ejs') }, root: path.join(__dirname, 'views') });
  fastify.addHook('onRequest', async (request, reply) => {
    if (pool === null && /^\/(db|queries|updates|fortunes)\b/.test(request.url)) {
      return reply.code(503).send({ error: 'DATABASE_URL is not set' });
    }
  });

  fastify.get('/db', async () => world(randomId()));

  fastify.get('/queries', { schema: intQuery }, async (request) => {
    const n = clamp(request.query.n);
    return Promise.all(Array.from({ length: n }, () => world(randomId())));
  });

  fastify.get('/updates', { schema: intQuery }, async (request) => {
    const n = clamp(request.query.n);
    const rows = await Promise.all(Array.from({ length: n }, () => world(randomId())));
    for (const row of rows) row.randomNumber = randomId();
    await Promise.all(rows.map((row) => pool.query({ ...UPDATE, values: [row.randomNumber, row.id] })));
    return rows;
  });

  fastify.get('/fortunes', async (request, reply) => {
    const { rows } = await pool.query(FORTUNES);
    rows.push({ id: 0, message: 'Additional fortune added at request time.' });
    rows.sort((a, b) => (a.message < b.message ? -1 : a.message > b.message ? 1 : 0));
    return reply.view('fortunes.ejs', { fortunes: rows }); // text/html; <%= %> HTML-escapes
  });

  fastify.addHook('onClose', async () => {
    if (pool !== null) await pool.end();
  });
};
