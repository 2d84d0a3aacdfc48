"""Send many requests at once to one endpoint of the warm-up API and time them.

Save it in the project root. With `uv run fastapi dev hello_api.py` running:

    uv run python race.py /sleep/thread
    uv run python race.py /sleep/awaited
    uv run python race.py /sleep/blocking
"""

import argparse
import asyncio
import time

import httpx


async def race(path: str, n: int, base_url: str) -> float:
    """Start n GET requests together, wait for all of them, return the seconds taken."""
    async with httpx.AsyncClient(base_url=base_url, timeout=60) as client:
        start = time.perf_counter()
        responses = await asyncio.gather(*(client.get(path) for _ in range(n)))
        elapsed = time.perf_counter() - start
    for response in responses:
        response.raise_for_status()
    return elapsed


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Time n simultaneous requests.")
    parser.add_argument("path", help="an endpoint of the warm-up API, e.g. /sleep/thread")
    parser.add_argument("-n", type=int, default=10, help="number of simultaneous requests")
    parser.add_argument("--url", default="http://127.0.0.1:8000")
    args = parser.parse_args()
    seconds = asyncio.run(race(args.path, args.n, args.url))
    print(f"{args.n} requests to {args.path} took {seconds:.1f} s")
