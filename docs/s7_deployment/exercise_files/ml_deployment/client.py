"""Call the BentoML service: check its answers, then load it to watch adaptive batching.

Save it as serving/client.py. With the service running (`bentoml serve` in serving/),
run it from the project root, where samples/ and models/normalisation.json are:

    uv run --group serving python serving/client.py
    uv run --group serving python serving/client.py --requests 800 --clients 1 8 32

Part 1 sends all sample images in one request and compares the digits with the labels
(the first character of each file name). Part 2 sends one-image requests from several
threads at once and reads the server's /metrics to see how many requests it merged into
each batch.
"""

import argparse
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import bentoml
import httpx
import numpy as np
from PIL import Image

from corrupt_mnist.onnx_predictor import (
    NORMALISATION_PATH,
    load_normalisation,
    preprocess,
)


def load_samples(folder: Path) -> tuple[np.ndarray, list[int]]:
    """Preprocess every PNG in folder; return a batch (N, 1, 28, 28) and the true labels."""
    mean, std = load_normalisation(NORMALISATION_PATH)
    paths = sorted(folder.glob("*.png"))
    batch = np.concatenate([preprocess(Image.open(p), mean, std) for p in paths])
    return batch, [int(p.name[0]) for p in paths]


def batching_counters(url: str) -> tuple[float, float]:
    """Sum and count of the server's adaptive batch size histogram, over all its labels."""
    total = count = 0.0
    for line in httpx.get(f"{url}/metrics", timeout=10).text.splitlines():
        if line.startswith("bentoml_service_adaptive_batch_size_sum"):
            total += float(line.rsplit(" ", 1)[1])
        elif line.startswith("bentoml_service_adaptive_batch_size_count"):
            count += float(line.rsplit(" ", 1)[1])
    return total, count


def load_test(url: str, batch: np.ndarray, requests: int, clients: int) -> None:
    """Send `requests` one-image requests from `clients` threads; print rate and batching."""
    connections = [bentoml.SyncHTTPClient(url) for _ in range(clients)]

    def work(index: int) -> None:
        client = connections[index]
        for i in range(index, requests, clients):  # this thread's share of the requests
            client.classify(images=batch[i % len(batch)][None])  # shape (1, 1, 28, 28)

    sum_before, count_before = batching_counters(url)
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=clients) as pool:
        list(pool.map(work, range(clients)))  # list() re-raises any error of a thread
    seconds = time.perf_counter() - start
    sum_after, count_after = batching_counters(url)
    for client in connections:
        client.close()

    batches = count_after - count_before
    per_batch = (sum_after - sum_before) / batches if batches else float("nan")
    print(f"{clients:>7} {requests:>9} {seconds:>8.2f} {requests / seconds:>11.0f} {per_batch:>19.2f}")


def main() -> None:
    """Check the answers, then run one load test per number of clients."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://localhost:3000")
    parser.add_argument("--samples", type=Path, default=Path("samples"))
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--clients", type=int, nargs="+", default=[1, 16])
    args = parser.parse_args()

    batch, labels = load_samples(args.samples)
    with bentoml.SyncHTTPClient(args.url) as client:
        probabilities = np.asarray(client.classify(images=batch))
    digits = probabilities.argmax(axis=1)
    correct = sum(int(d) == label for d, label in zip(digits, labels, strict=True))
    print(f"One request with {len(batch)} images: {correct}/{len(batch)} correct, "
          f"probabilities of shape {probabilities.shape}\n")

    print(f"{'clients':>7} {'requests':>9} {'seconds':>8} {'requests/s':>11} {'requests per batch':>19}")
    for clients in args.clients:
        load_test(args.url, batch, args.requests, clients)


if __name__ == "__main__":
    main()
