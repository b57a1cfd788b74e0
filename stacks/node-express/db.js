'use strict';
// The db endpoints of stacks/CONTRACT.md on node-postgres (pg), the driver Express's own database
// integration guide shows for PostgreSQL, with its built-in pool. Raw driver, no ORM. Each row is its
// own query (a named prepared statement); the N queries of a request run concurrently on the pool.

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

// A query parameter as an integer, or null when it is missing or not an integer.
function count(value) {
  if (typeof value !== 'string' || !/^-?\d+$/.test(value)) return null;
  const n = Number(value);
  return Number.isSafeInteger(n) ? clamp(n) : null;
}

module.exports = function routes(app) {
  // /fortunes through Express's view system with EJS, the engine its docs use as the example
  // (expressjs.com/en/guide/using-template-engines.html); <%= %> escapes HTML.
  app.set('views', path.join(__dirname, 'views'));
  app.set('view engine', 'ejs');
  app.use(['/db', '/queries', '/updates', '/fortunes'], (req, res, next) => {
    if (pool === null) return res.status(503).json({ error: 'DATABASE_URL is not set' });
    next();
  });

  app.get('/db', async (req, res) => {
    res.json(await world(randomId()));
  });

  app.get('/queries', async (req, res) => {
    const n = count(req.query.n);
    if (n === null) return res.status(400).json({ error: 'n must be an integer' });
    res.json(await Promise.all(Array.from({ length: n }, () => world(randomId()))));
  });

  app.get('/updates', async (req, res) => {
    const n = count(req.query.n);
    if (n === null) return res.status(400).json({ error: 'n must be an integer' });
    const rows = await Promise.all(Array.from({ length: n }, () => world(randomId())));
    for (const row of rows) row.randomNumber = randomId();
    await Promise.all(rows.map((row) => pool.query({ ...UPDATE, values: [row.randomNumber, row.id] })));
    res.json(rows);
  });

  app.get('/fortunes', async (req, res) => {
    const { rows } = await pool.query(FORTUNES);
    rows.push({ id: 0, message: 'Additional fortune added at request time.' });
    rows.sort((a, b) => (a.message < b.message ? -1 : a.message > b.message ? 1 : 0));
    res.render('fortunes', { fortunes: rows }); // text/html; <%= %> HTML-escapes
  });
};
