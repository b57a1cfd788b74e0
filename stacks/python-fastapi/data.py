"""GET /data/report in its two tiers (see ../CONTRACT.md); the same file serves python-django.

Both layouts are built once at start-up from the same CSV and keep every column; rows=N reads the
first N orders, so one file serves the size sweep.
- realistic: pandas as its user guide shows it, read_csv with dtypes, then filter, groupby and agg;
- tuned: columnar and dictionary-encoded, pandas categoricals turned into numpy code arrays, and the
  per-region sums done by numpy's bincount over those codes.
"""
import numpy as np
import pandas as pd

TIERS = ("realistic", "tuned")


class Orders:
    def __init__(self, path: str) -> None:
        self.frame = pd.read_csv(
            path, dtype={"region": str, "product": str, "qty": "int64", "price": "float64"}
        )
        self.count = len(self.frame)
        region = self.frame["region"].astype("category")
        product = self.frame["product"].astype("category")
        self.region_names = [str(name) for name in region.cat.categories]
        self.product_names = [str(name) for name in product.cat.categories]
        self.region_codes = region.cat.codes.to_numpy()
        self.product_codes = product.cat.codes.to_numpy()
        self.qty = self.frame["qty"].to_numpy()
        self.price = self.frame["price"].to_numpy()

    def report(self, min_qty: int, tier: str = "realistic", rows: int | None = None) -> list:
        n = self.count if rows is None else min(rows, self.count)
        return self._tuned(min_qty, n) if tier == "tuned" else self._realistic(min_qty, n)

    def _realistic(self, min_qty: int, n: int) -> list:
        orders = self.frame.iloc[:n]
        kept = orders[orders["qty"] >= min_qty]
        report = (
            kept.assign(revenue=kept["qty"] * kept["price"])
            .groupby("region", as_index=False)
            .agg(orders=("qty", "size"), units=("qty", "sum"), revenue=("revenue", "sum"))
        )
        report["revenue"] = report["revenue"].round(2)
        report = report.sort_values(["revenue", "region"], ascending=[False, True])
        # to_dict("records") yields Python int/float/str, which every JSON encoder here can encode.
        return report.to_dict("records")

    def _tuned(self, min_qty: int, n: int) -> list:
        qty = self.qty[:n]
        keep = qty >= min_qty
        codes = self.region_codes[:n][keep]
        kept_qty = qty[keep]
        k = len(self.region_names)
        orders = np.bincount(codes, minlength=k)
        units = np.bincount(codes, weights=kept_qty, minlength=k)
        revenue = np.bincount(codes, weights=kept_qty * self.price[:n][keep], minlength=k)
        report = [
            {
                "region": self.region_names[r],
                "orders": int(orders[r]),
                "units": int(units[r]),
                "revenue": round(float(revenue[r]), 2),
            }
            for r in range(k)
            if orders[r] > 0
        ]
        report.sort(key=lambda t: (-t["revenue"], t["region"]))
        return report
