"""The ml endpoints of ../../CONTRACT.md: POST /ml/predict scores a JSON batch of feature rows with the model
`bakeoff setup` trained (stacks/ml/train.py), GET /ml/info says which engines loaded and how long it took.

Served the way Django users serve a scikit-learn model: the native object (joblib) loaded once per worker
process at start-up (AppConfig.ready), a plain sync view (Django runs it in a thread, off the event loop),
the body parsed with the json module and checked by hand. ONNX Runtime is the second, labelled variant
(`?engine=onnx`). One BLAS / ONNX Runtime thread per call: uvicorn already runs one worker per core."""
import json
import os
import time

import numpy as np
from django.http import JsonResponse
from django.views.decorators.http import require_GET, require_POST
from threadpoolctl import threadpool_limits

FEATURES = 30
MAX_ROWS = 256

native = None
onnx = None
load_ms: dict[str, float] = {}


def load() -> None:
    """Called once per worker at start-up; without ML_MODEL_NATIVE / ML_MODEL_ONNX the endpoints answer 503."""
    global native, onnx
    threadpool_limits(1)
    path = os.environ.get("ML_MODEL_NATIVE")
    if path and os.path.isfile(path):
        start = time.perf_counter()
        import joblib

        native = joblib.load(path)
        load_ms["native"] = (time.perf_counter() - start) * 1000
    path = os.environ.get("ML_MODEL_ONNX")
    if path and os.path.isfile(path):
        start = time.perf_counter()
        import onnxruntime

        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        onnx = onnxruntime.InferenceSession(path, options, providers=["CPUExecutionProvider"])
        load_ms["onnx"] = (time.perf_counter() - start) * 1000


def _rows(body: bytes) -> list | None:
    """The body's rows when it is {"rows": [[30 numbers], ...]} with 1..256 rows, else None."""
    try:
        rows = json.loads(body)["rows"]
    except (ValueError, KeyError, TypeError):
        return None
    if not isinstance(rows, list) or not 1 <= len(rows) <= MAX_ROWS:
        return None
    for row in rows:
        if not isinstance(row, list) or len(row) != FEATURES:
            return None
        if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in row):
            return None
    return rows


def _unavailable() -> JsonResponse:
    return JsonResponse({"detail": "the model is not loaded (run: ./bakeoff setup)"}, status=503)


@require_POST
def predict(request):
    engine = request.GET.get("engine", "native")
    if engine not in ("native", "onnx"):
        return JsonResponse({"detail": "engine must be native or onnx"}, status=400)
    rows = _rows(request.body)
    if rows is None:
        return JsonResponse({"detail": 'expected {"rows": [[30 numbers], ...]}, 1 to 256 rows'}, status=400)
    model = native if engine == "native" else onnx
    if model is None:
        return _unavailable()
    if engine == "native":
        scores = model.predict_proba(np.asarray(rows, dtype=np.float64))[:, 1]
    else:
        scores = model.run(["score"], {"input": np.asarray(rows, dtype=np.float32)})[0][:, 0]
    return JsonResponse({"scores": scores.tolist()})


@require_GET
def info(request):
    if native is None and onnx is None:
        return _unavailable()
    return JsonResponse({"engine": "native", "load_ms": load_ms.get("native"), "engines": load_ms})
