"""Profile a few training steps of corrupt_mnist with torch.profiler and export a trace.

Starter: it runs and profiles, but every step is recorded and the table has no labels
of your own. Do the "Your turn" changes, save it as scripts/profile_training.py and
run it from the project root after the data step:

    uv run python scripts/profile_training.py
    uv run python scripts/profile_training.py --steps 12 --batch-size 64

It prints the operators that took the most time and writes a trace, a JSON file in the
Chrome trace format, to reports/profiles/. Open the trace at https://ui.perfetto.dev.
"""

import argparse
from pathlib import Path

import torch
from torch import nn
from torch.profiler import ProfilerActivity, profile
from torch.utils.data import DataLoader

from corrupt_mnist.data import PROCESSED_DIR, corrupt_mnist
from corrupt_mnist.model import DigitClassifier
from corrupt_mnist.train import pick_device

TRACE_DIR = Path("reports/profiles")


def parse_args() -> argparse.Namespace:
    """Read the command-line options."""
    parser = argparse.ArgumentParser(description="Profile a few training steps.")
    parser.add_argument("--steps", type=int, default=8, help="training steps to run")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--data-dir", type=Path, default=PROCESSED_DIR)
    return parser.parse_args()


def save_trace(prof: profile) -> None:
    """Write the steps recorded so far to a trace file; the profiler calls this itself."""
    TRACE_DIR.mkdir(parents=True, exist_ok=True)
    path = TRACE_DIR / f"train_trace_step{prof.step_num}.json"
    prof.export_chrome_trace(str(path))
    print(f"Trace written to {path}")


def main() -> None:
    """Train for a few steps under torch.profiler and print the busiest operators."""
    args = parse_args()
    torch.manual_seed(0)
    device = pick_device()
    train_set, _ = corrupt_mnist(args.data_dir)
    loader = DataLoader(train_set, batch_size=args.batch_size, shuffle=True)
    model = DigitClassifier().to(device)
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    loss_fn = nn.CrossEntropyLoss()

    activities = [ProfilerActivity.CPU]
    if device.type == "cuda":
        activities.append(ProfilerActivity.CUDA)  # kernels on the GPU, not just their launch

    with profile(
        activities=activities,
        # Your turn: add schedule=schedule(...) (import it from torch.profiler) so that
        # step 0 is skipped, step 1 warms up and steps 2 to 4 are recorded.
        on_trace_ready=save_trace,
        record_shapes=True,  # input shapes of every operator
        profile_memory=True,  # bytes allocated and freed by every operator
    ) as prof:
        model.train()
        for step, (images, targets) in enumerate(loader):
            if step == args.steps:
                break
            # Your turn: wrap each of the four parts below in its own
            # `with record_function("..."):` block (import it from torch.profiler), named
            # to_device, forward, backward and optimizer_step.
            images, targets = images.to(device), targets.to(device)
            loss = loss_fn(model(images), targets)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            # Your turn: tell the profiler that a step is over, so the schedule can count.

    sort_by = "self_device_time_total" if device.type == "cuda" else "self_cpu_time_total"
    print(prof.key_averages().table(sort_by=sort_by, row_limit=12))
    print(prof.key_averages().table(sort_by="self_cpu_memory_usage", row_limit=5))


if __name__ == "__main__":
    main()
