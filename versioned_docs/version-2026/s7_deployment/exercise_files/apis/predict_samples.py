"""Send every PNG in samples/ to a running API and compare the answers with the labels.

Save it as scripts/predict_samples.py. With the API running on port 8000:

    uv run python scripts/predict_samples.py
    uv run python scripts/predict_samples.py --url http://127.0.0.1:8080

The first character of each file name is the true label (see make_samples.py).
"""

import argparse
from pathlib import Path

import httpx


def predict_folder(client: httpx.Client, folder: Path) -> float:
    """POST each PNG in folder to /predict, print one line per file, return the accuracy."""
    health = client.get("/health")
    health.raise_for_status()  # stop here with a clear error if the API is not healthy
    print(f"API healthy, serving {health.json()['model_path']}")

    files = sorted(folder.glob("*.png"))
    correct = 0
    for path in files:
        with path.open("rb") as f:
            response = client.post("/predict", files={"file": (path.name, f, "image/png")})
        response.raise_for_status()
        answer = response.json()
        confidence = max(answer["probabilities"])
        hit = answer["digit"] == int(path.name[0])
        correct += hit
        verdict = "ok" if hit else "WRONG"
        print(f"{path.name:14} -> {answer['digit']}  ({confidence:.0%})  {verdict}")
    accuracy = correct / len(files) if files else 0.0
    print(f"{correct}/{len(files)} correct")
    return accuracy


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://127.0.0.1:8000", help="where the API runs")
    parser.add_argument("--folder", type=Path, default=Path("samples"))
    args = parser.parse_args()
    with httpx.Client(base_url=args.url, timeout=10) as client:
        predict_folder(client, args.folder)
