"""Talk to the warm-up API from Python with httpx. Save it in the project root.

With `uv run fastapi dev hello_api.py` running in another terminal:

    uv run python client.py
"""

import httpx

with httpx.Client(base_url="http://127.0.0.1:8000", timeout=10) as client:
    # GET with query parameters: httpx builds ?epochs=2&batch_size=64 for you.
    response = client.get("/steps", params={"epochs": 2, "batch_size": 64})
    print(response.status_code, response.headers["content-type"], response.json())

    # POST with a JSON body: httpx serialises the dict and sets Content-Type.
    response = client.post("/runs", json={"optimizer": "sgd", "lr": 0.05, "epochs": 2})
    print(response.status_code, response.json())
    run_id = response.json()["id"]

    # A path parameter, then one that does not exist.
    print(client.get(f"/runs/{run_id}").json()["config"])
    missing = client.get("/runs/999")
    print(missing.status_code, missing.json())

    # A body that fails validation: FastAPI answers 422 and says what is wrong.
    invalid = client.post("/runs", json={"optimizer": "rmsprop", "lr": -1})
    for error in invalid.json()["detail"]:
        print(invalid.status_code, error["loc"], error["msg"])

    # httpx never raises for 4xx or 5xx by itself; raise_for_status() does.
    try:
        invalid.raise_for_status()
    except httpx.HTTPStatusError as error:
        print("raise_for_status:", error.response.status_code, error.request.url)
