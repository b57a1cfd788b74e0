"""Trains the ml workload's model and writes it in both formats with reference predictions.

Usage: python train.py OUT_DIR

One model for every stack: a small MLP classifier (30 numeric features, hidden layers 32 and 16, ReLU,
logistic output) on a seeded synthetic dataset. Writes into OUT_DIR:
  model.onnx      the stack-neutral graph (MatMul/Add/Relu..., Sigmoid), built here from the weights
  model.joblib    the native scikit-learn object, for the Python stacks (same scikit-learn pinned there)
  reference.json  input rows and the expected positive-class scores for batch sizes 1, 7 and 64
Deterministic: fixed seeds, single-threaded BLAS, inputs rounded to 4 decimals before scoring.
"""

import os

# One BLAS thread: the same sums in the same order on every run and machine size.
for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[var] = "1"

import json  # noqa: E402
import sys  # noqa: E402
import warnings  # noqa: E402

import joblib  # noqa: E402
import numpy as np  # noqa: E402
import onnx  # noqa: E402
import onnxruntime as ort  # noqa: E402
from onnx import TensorProto, helper, numpy_helper  # noqa: E402
from sklearn.datasets import make_classification  # noqa: E402
from sklearn.exceptions import ConvergenceWarning  # noqa: E402
from sklearn.neural_network import MLPClassifier  # noqa: E402

FEATURES = 30
SEED = 14
BATCHES = (1, 7, 64)
TOLERANCE = 1e-4
# Opset 17 / IR 8: old enough for every ONNX Runtime binding the stacks pin (1.2x and later).
OPSET = 17
IR_VERSION = 8


def train():
    x, y = make_classification(
        n_samples=4000, n_features=FEATURES, n_informative=12, n_redundant=6,
        class_sep=0.8, flip_y=0.02, random_state=SEED)
    x = np.round(x, 4)
    split = 3000
    model = MLPClassifier(hidden_layer_sizes=(32, 16), activation="relu", max_iter=200,
                          random_state=SEED)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        model.fit(x[:split], y[:split])
    return model, x[split:], y[split:]


def onnx_graph(model):
    """The MLP's forward pass as an ONNX graph: input [N,30] float -> score [N,1] (positive class)."""
    nodes, inits = [], []
    current = "input"
    layers = len(model.coefs_)
    for i, (w, b) in enumerate(zip(model.coefs_, model.intercepts_)):
        inits.append(numpy_helper.from_array(w.astype(np.float32), f"W{i}"))
        inits.append(numpy_helper.from_array(b.astype(np.float32), f"B{i}"))
        nodes.append(helper.make_node("MatMul", [current, f"W{i}"], [f"mm{i}"]))
        nodes.append(helper.make_node("Add", [f"mm{i}", f"B{i}"], [f"z{i}"]))
        if i < layers - 1:
            nodes.append(helper.make_node("Relu", [f"z{i}"], [f"h{i}"]))
            current = f"h{i}"
    nodes.append(helper.make_node("Sigmoid", [f"z{layers - 1}"], ["score"]))
    graph = helper.make_graph(
        nodes, "bakeoff_mlp",
        [helper.make_tensor_value_info("input", TensorProto.FLOAT, ["N", FEATURES])],
        [helper.make_tensor_value_info("score", TensorProto.FLOAT, ["N", 1])],
        inits)
    proto = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)],
                              producer_name="bakeoff-train")
    proto.ir_version = IR_VERSION
    onnx.checker.check_model(proto)
    return proto


def main(out):
    model, x_test, y_test = train()
    os.makedirs(out, exist_ok=True)
    proto = onnx_graph(model)
    onnx_path = os.path.join(out, "model.onnx")
    onnx.save(proto, onnx_path)
    joblib.dump(model, os.path.join(out, "model.joblib"))

    session = ort.InferenceSession(onnx_path, providers=["CPUExecutionProvider"])
    batches, worst, start = [], 0.0, 0
    for size in BATCHES:
        rows = x_test[start:start + size]
        start += size
        expected = model.predict_proba(rows)[:, 1]
        got = session.run(["score"], {"input": rows.astype(np.float32)})[0][:, 0]
        worst = max(worst, float(np.max(np.abs(expected - got))))
        batches.append({"size": size, "rows": rows.tolist(),
                        "scores": [round(float(s), 8) for s in expected]})
    if worst > TOLERANCE:
        sys.exit(f"train.py: ONNX and scikit-learn differ by {worst:.3g} > {TOLERANCE}")
    accuracy = float(model.score(x_test, y_test))
    reference = {"features": FEATURES, "tolerance": TOLERANCE, "onnx_vs_native_max_abs": worst,
                 "test_accuracy": round(accuracy, 4), "batches": batches}
    with open(os.path.join(out, "reference.json"), "w") as f:
        json.dump(reference, f, indent=1)
    print(f"trained: accuracy {accuracy:.3f} on held-out rows; ONNX vs native max |diff| {worst:.2g}")



if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python train.py OUT_DIR")
    main(sys.argv[1])
