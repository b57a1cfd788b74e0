'use strict';
// GET /data/report in its two tiers (stacks/CONTRACT.md). Both layouts are built once at start-up from
// the same CSV and keep every column; rows=N reads the first N orders, so one file serves the size sweep.
//  - realistic: what a typical Node.js user writes, an array of plain objects and a loop into a Map;
//  - tuned: columnar and dictionary-encoded, typed arrays with region and product as small integer codes.
// This file is the same in node-express and node-fastify.

const fs = require('node:fs');

const TIERS = ['realistic', 'tuned'];

function loadOrders(path) {
  const lines = fs.readFileSync(path, 'utf8').split('\n');
  const realistic = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '') continue;
    const [region, product, qty, price] = line.split(',');
    realistic.push({ region, product, qty: Number(qty), price: Number(price) });
  }
  return { realistic, tuned: columns(realistic), count: realistic.length };
}

// The tuned layout: one typed array per column, strings replaced by codes into a dictionary.
function columns(rows) {
  const n = rows.length;
  const regionDict = new Dictionary();
  const productDict = new Dictionary();
  const region = new Uint16Array(n);
  const product = new Uint16Array(n);
  const qty = new Int32Array(n);
  const price = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const o = rows[i];
    region[i] = regionDict.code(o.region);
    product[i] = productDict.code(o.product);
    qty[i] = o.qty;
    price[i] = o.price;
  }
  return { regions: regionDict.values, products: productDict.values, region, product, qty, price };
}

class Dictionary {
  constructor() {
    this.values = [];
    this.codes = new Map();
  }

  code(value) {
    let c = this.codes.get(value);
    if (c === undefined) {
      c = this.values.length;
      this.values.push(value);
      this.codes.set(value, c);
    }
    return c;
  }
}

// The report over the first `rows` orders (all of them when rows is absent or larger than the data).
function report(data, minQty, tier, rows) {
  const n = rows === undefined ? data.count : Math.min(rows, data.count);
  return sorted(tier === 'tuned' ? tunedTotals(data.tuned, minQty, n) : realisticTotals(data.realistic, minQty, n));
}

function realisticTotals(orders, minQty, n) {
  const byRegion = new Map();
  for (let i = 0; i < n; i++) {
    const o = orders[i];
    if (o.qty < minQty) continue;
    let t = byRegion.get(o.region);
    if (t === undefined) {
      t = { region: o.region, orders: 0, units: 0, revenue: 0 };
      byRegion.set(o.region, t);
    }
    t.orders++;
    t.units += o.qty;
    t.revenue += o.qty * o.price;
  }
  return [...byRegion.values()];
}

function tunedTotals({ regions, region, qty, price }, minQty, n) {
  const orders = new Float64Array(regions.length);
  const units = new Float64Array(regions.length);
  const revenue = new Float64Array(regions.length);
  for (let i = 0; i < n; i++) {
    const q = qty[i];
    if (q < minQty) continue;
    const r = region[i];
    orders[r]++;
    units[r] += q;
    revenue[r] += q * price[i];
  }
  const out = [];
  for (let r = 0; r < regions.length; r++) {
    if (orders[r] > 0) out.push({ region: regions[r], orders: orders[r], units: units[r], revenue: revenue[r] });
  }
  return out;
}

function sorted(totals) {
  const out = totals.map((t) => ({
    region: t.region,
    orders: t.orders,
    units: t.units,
    revenue: Math.round(t.revenue * 100) / 100,
  }));
  out.sort((a, b) => b.revenue - a.revenue || (a.region < b.region ? -1 : a.region > b.region ? 1 : 0));
  return out;
}

module.exports = { TIERS, loadOrders, report };
