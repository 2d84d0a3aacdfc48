"""Train DigitClassifier with DistributedDataParallel (part of the corrupt_mnist package).

Starter. Save it as src/corrupt_mnist/train_ddp.py. As it is, it trains in one process:

    uv run python -m corrupt_mnist.train_ddp --epochs 1 --limit 4000

Started with torchrun, it runs the same single-process training several times over:

    uv run torchrun --standalone --nproc-per-node 2 -m corrupt_mnist.train_ddp \
        --epochs 1 --limit 4000

Turn it into data parallel training in the six places marked "Your turn": join a process
group, give each rank its share of every epoch, wrap the model in DDP, combine the
epoch's numbers over ranks, let only rank 0 log and save, and leave the group at the end.

--synthetic N trains on N seven-segment digits made in memory, so the script also runs
without data/processed/. --results FILE writes rank 0's timings as JSON (for the benchmark).
"""

import argparse
import json
import logging
import math
import os
import time
from pathlib import Path

import torch
from torch import Tensor, nn
from torch.utils.data import DataLoader, RandomSampler, Subset, TensorDataset

from corrupt_mnist.data import PROCESSED_DIR, corrupt_mnist, synthetic_digits
from corrupt_mnist.model import DigitClassifier
from corrupt_mnist.train import train_step

SEED = 2476
log = logging.getLogger("corrupt_mnist.train_ddp")


def parse_args() -> argparse.Namespace:
    """Read the command line; the same options work with and without torchrun."""
    parser = argparse.ArgumentParser(description="Train DigitClassifier with DDP.")
    parser.add_argument("--epochs", type=int, default=5)
    parser.add_argument("--batch-size", type=int, default=32, help="per process")
    parser.add_argument("--lr", type=float, default=1e-3, help="for one process")
    parser.add_argument("--scale-lr", choices=["none", "linear", "sqrt"], default="none")
    parser.add_argument("--limit", type=int, default=0, help="use the first N images; 0: all")
    parser.add_argument("--synthetic", type=int, default=0, help="N in-memory digits instead")
    parser.add_argument("--log-every", type=int, default=100, help="steps between log lines")
    parser.add_argument("--out", type=Path, default=Path("models/model.pt"))
    parser.add_argument("--results", type=Path, default=None, help="JSON file for timings")
    parser.add_argument("--cpu", action="store_true", help="use gloo on the CPU despite a GPU")
    return parser.parse_args()


def setup(force_cpu: bool) -> tuple[int, int, torch.device]:
    """Join the process group; return (rank, world size, this process's device)."""
    # Your turn (1): join a process group (import torch.distributed as dist).
    # - Without torchrun its variables are missing: os.environ.setdefault RANK "0",
    #   LOCAL_RANK "0", WORLD_SIZE "1", MASTER_ADDR "127.0.0.1" and MASTER_PORT "29500".
    # - With CUDA (and not force_cpu): device cuda:LOCAL_RANK, torch.cuda.set_device(device)
    #   and backend "nccl"; otherwise the CPU and backend "gloo".
    # - dist.init_process_group(backend=backend); rank and world size from dist.get_rank()
    #   and dist.get_world_size().
    use_cuda = torch.cuda.is_available() and not force_cpu
    device = torch.device("cuda" if use_cuda else "cpu")
    backend = "none"
    rank, world_size = 0, 1

    # Every line says which rank wrote it; other libraries only show warnings.
    logging.basicConfig(
        level=logging.WARNING,
        format=f"%(asctime)s rank {rank}/{world_size} %(message)s",
        datefmt="%H:%M:%S",
    )
    log.setLevel(logging.INFO)
    log.info(
        "joined: backend %s, device %s, %d CPU threads, pid %d",
        backend,
        device,
        torch.get_num_threads(),
        os.getpid(),
    )
    return rank, world_size, device


def load_data(synthetic: int, limit: int) -> tuple[TensorDataset, TensorDataset]:
    """The project's tensors, or N synthetic digits split 5:1 into train and test."""
    if synthetic:
        # Every rank makes the same images: the generator is seeded identically.
        images, targets = synthetic_digits(synthetic, torch.Generator().manual_seed(SEED))
        x = images.float().div(255).unsqueeze(1)
        x = (x - x.mean()) / x.std()
        cut = synthetic * 5 // 6
        train_set = TensorDataset(x[:cut], targets[:cut])
        test_set = TensorDataset(x[cut:], targets[cut:])
    else:
        train_set, test_set = corrupt_mnist(PROCESSED_DIR)
    if limit:
        train_set = TensorDataset(*(t[:limit] for t in train_set.tensors))
    return train_set, test_set


def learning_rate(base: float, world_size: int, rule: str) -> float:
    """Scale the one-process learning rate for an effective batch world_size times larger."""
    if rule == "linear":
        return base * world_size
    if rule == "sqrt":
        return base * math.sqrt(world_size)
    return base


def main() -> None:
    """Train, save on rank 0, load everywhere, test on all ranks together."""
    args = parse_args()
    rank, world_size, device = setup(args.cpu)
    is_main = rank == 0
    try:
        train_set, test_set = load_data(args.synthetic, args.limit)

        # Your turn (2): give every rank its own share of each epoch: replace the
        # RandomSampler with DistributedSampler(train_set, num_replicas=world_size,
        # rank=rank, seed=SEED), from torch.utils.data.distributed.
        sampler = RandomSampler(train_set)
        train_loader = DataLoader(train_set, batch_size=args.batch_size, sampler=sampler)
        log.info(
            "%d training images per epoch on this rank, %d batches of %d",
            len(sampler),
            len(train_loader),
            args.batch_size,
        )

        torch.manual_seed(SEED)
        # Your turn (3): wrap the model in DistributedDataParallel (from torch.nn.parallel),
        # with device_ids=[device.index] on a GPU and None on the CPU. After wrapping, seed
        # with SEED + rank, so that the ranks draw different dropout masks. Log the
        # effective batch below on rank 0 only.
        model = DigitClassifier().to(device)
        lr = learning_rate(args.lr, world_size, args.scale_lr)
        optimizer = torch.optim.Adam(model.parameters(), lr=lr)
        loss_fn = nn.CrossEntropyLoss()
        log.info(
            "effective batch %d (%d per process x %d processes), lr %g (%s scaling)",
            args.batch_size * world_size,
            args.batch_size,
            world_size,
            lr,
            args.scale_lr,
        )

        epoch_seconds: list[float] = []
        seen = 0.0  # images in the last epoch, summed over ranks
        for epoch in range(args.epochs):
            # Your turn (4): three lines in this loop. Call sampler.set_epoch(epoch) here;
            # put dist.barrier() before the clock starts; all_reduce `totals` after the
            # last batch, so that the epoch's numbers cover all ranks. Then make the two
            # log calls of the loop happen on rank 0 only.
            model.train()
            totals = torch.zeros(3, device=device)  # loss sum, correct, images on this rank
            start = time.perf_counter()
            for step, (images, targets) in enumerate(train_loader):
                images, targets = images.to(device), targets.to(device)
                # backward() inside train_step all-reduces the gradients: after it, every
                # rank holds the average gradient over all ranks' batches.
                loss, logits = train_step(model, images, targets, loss_fn, optimizer)
                totals[0] += loss.detach() * len(targets)
                totals[1] += (logits.argmax(dim=1) == targets).sum()
                totals[2] += len(targets)
                if step % args.log_every == 0:
                    log.info("epoch %d step %4d loss %.3f", epoch + 1, step, loss.item())
            seconds = time.perf_counter() - start
            epoch_seconds.append(seconds)
            loss_sum, correct, seen = totals.tolist()
            log.info(
                "epoch %d: loss %.3f, accuracy %.3f over %d images, %.1f s, %.0f images/s",
                epoch + 1,
                loss_sum / seen,
                correct / seen,
                seen,
                seconds,
                seen / seconds,
            )

        # Your turn (5): only rank 0 writes the checkpoint, and it saves model.module's
        # state_dict (the DigitClassifier inside DDP, without the "module." key prefix).
        # Then dist.barrier(), so that no rank reads the file before it is complete.
        args.out.parent.mkdir(parents=True, exist_ok=True)
        torch.save(model.state_dict(), args.out)
        log.info("saved checkpoint %s", args.out)

        # Every rank loads the file onto its own device and tests its share of the test set.
        tested = DigitClassifier().to(device)
        tested.load_state_dict(torch.load(args.out, map_location=device, weights_only=True))
        tested.eval()
        counts = test_share(tested, test_set, rank, world_size, device)
        log.info("loaded %s and tested %d images", args.out, int(counts[1].item()))
        # Your turn (6): all_reduce `counts` here, so that the accuracy covers every rank's
        # share; in the `finally` block below, call dist.destroy_process_group().
        if is_main:
            accuracy = counts[0].item() / counts[1].item()
            log.info("test accuracy %.4f on %d images", accuracy, int(counts[1].item()))
            if args.results:
                write_results(args.results, world_size, int(seen), epoch_seconds, accuracy)
    finally:
        log.info("finished")


def test_share(
    model: nn.Module, test_set: TensorDataset, rank: int, world_size: int, device: torch.device
) -> Tensor:
    """Return tensor([correct, images]) for every world_size-th test image from rank on."""
    # A strided Subset, not a DistributedSampler: the sampler pads with repeated images
    # to give every rank the same length, which would count some images twice.
    share = Subset(test_set, range(rank, len(test_set), world_size))
    counts = torch.zeros(2, device=device)
    with torch.inference_mode():
        for images, targets in DataLoader(share, batch_size=256):
            images, targets = images.to(device), targets.to(device)
            counts[0] += (model(images).argmax(dim=1) == targets).sum()
            counts[1] += len(targets)
    return counts


def write_results(
    path: Path, world_size: int, images: int, epoch_seconds: list[float], accuracy: float
) -> None:
    """Save what the benchmark needs: without warm-up, the mean time of the later epochs."""
    timed = epoch_seconds[1:] or epoch_seconds
    path.write_text(
        json.dumps(
            {
                "processes": world_size,
                "threads": torch.get_num_threads(),
                "images_per_epoch": images,
                "epoch_seconds": epoch_seconds,
                "seconds_per_epoch": sum(timed) / len(timed),
                "test_accuracy": accuracy,
            }
        )
    )


if __name__ == "__main__":
    main()
