"""The ml endpoints of ../CONTRACT.md: POST /ml/predict scores a JSON batch of feature rows with the model
`bakeoff setup` trained (stacks/ml/train.py), GET /ml/info says which engines loaded and how long that took.

Served the way FastAPI users serve a scikit-learn model: the native object (joblib) in-process, loaded once
per worker at start-up, a plain `def` endpoint (FastAPI runs it in its threadpool, off the event loop), a
pydantic model validating the body. ONNX Runtime is the second, labelled variant (`?engine=onnx`).
One BLAS / ONNX Runtime thread per call: uvicorn already runs one worker process per core."""
import os
import time
from typing import Annotated

import numpy as np
from fastapi import APIRouter, HTTPException
from pydantic import BaseModel, Field
from threadpoolctl import threadpool_limits

FEATURES = 30
MAX_ROWS = 256

router = APIRouter()
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


Row = Annotated[list[float], Field(min_length=FEATURES, max_length=FEATURES)]


class Batch(BaseModel):
    rows: Annotated[list[Row], Field(min_length=1, max_length=MAX_ROWS)]


@router.post("/ml/predict")
def predict(batch: Batch, engine: str = "native") -> dict:
    if engine not in ("native", "onnx"):
        raise HTTPException(status_code=400, detail="engine must be native or onnx")
    model = native if engine == "native" else onnx
    if model is None:
        raise HTTPException(status_code=503, detail="the model is not loaded (run: ./bakeoff setup)")
    if engine == "native":
        scores = model.predict_proba(np.asarray(batch.rows, dtype=np.float64))[:, 1]
    else:
        scores = model.run(["score"], {"input": np.asarray(batch.rows, dtype=np.float32)})[0][:, 0]
    return {"scores": scores.tolist()}


@router.get("/ml/info")
def info() -> dict:
    if native is None and onnx is None:
        raise HTTPException(status_code=503, detail="the model is not loaded (run: ./bakeoff setup)")
    return {"engine": "native", "load_ms": load_ms.get("native"), "engines": load_ms}
