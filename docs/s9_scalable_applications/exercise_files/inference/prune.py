"""Prune the trained DigitClassifier with torch.nn.utils.prune and find out how far you can go.

Save it as scripts/prune.py and run it from the project root after training:

    uv run python scripts/prune.py                                  # global, saves 80 %
    uv run python scripts/prune.py --method layerwise
    uv run python scripts/prune.py --method structured --amounts 0.25 0.5 0.75 --amount 0.5
    uv run python scripts/prune.py --amount 0.95 --finetune-steps 500

It first sweeps: for every amount in --amounts it prunes a fresh copy of the model and
reports the share of zero weights and the test accuracy, without any retraining. Then it
prunes once more with --amount, fine-tunes for a few steps with the masks in place, makes
the pruning permanent with prune.remove and saves models/model_pruned.pt.
"""

import argparse
import copy
from pathlib import Path

import torch
from torch import nn
from torch.nn.utils import prune
from torch.utils.data import DataLoader, TensorDataset

from corrupt_mnist.data import corrupt_mnist
from corrupt_mnist.measure import accuracy, load_classifier, serialized_kb


def prunable(model: nn.Module) -> list[tuple[nn.Module, str]]:
    """The (module, parameter name) pairs to prune: every convolution and linear weight."""
    return [(m, "weight") for m in model.modules() if isinstance(m, nn.Conv2d | nn.Linear)]


def apply_pruning(model: nn.Module, method: str, amount: float) -> None:
    """Zero `amount` of the weights, in place, the way `method` chooses them."""
    targets = prunable(model)
    if method == "global":  # the smallest |w| across all layers together
        prune.global_unstructured(targets, pruning_method=prune.L1Unstructured, amount=amount)
    elif method == "layerwise":  # the smallest |w| within each layer, the same share everywhere
        for module, name in targets:
            prune.l1_unstructured(module, name, amount=amount)
    elif method == "structured":  # whole output channels (rows) with the smallest L2 norm
        for module, name in targets[:-1]:  # the last layer's outputs are the ten classes
            prune.ln_structured(module, name, amount=amount, n=2, dim=0)
    else:
        raise ValueError(f"Unknown method {method!r}")


def sparsity_rows(model: nn.Module) -> list[tuple[str, int, int, int]]:
    """Per layer: name, number of weights, number of zeros, number of all-zero output channels."""
    rows = []
    for name, module in model.named_modules():
        if isinstance(module, nn.Conv2d | nn.Linear):
            weight = module.weight.detach()  # with pruning active: weight_orig * weight_mask
            dead = int((weight.flatten(start_dim=1) == 0).all(dim=1).sum())
            rows.append((name, weight.numel(), int((weight == 0).sum()), dead))
    return rows


def overall_sparsity(model: nn.Module) -> float:
    """Share of zeros among all convolution and linear weights."""
    rows = sparsity_rows(model)
    return sum(r[2] for r in rows) / sum(r[1] for r in rows)


def finetune(model: nn.Module, train_set: TensorDataset, steps: int, lr: float = 1e-4) -> None:
    """Train a few steps. The masks stay applied, so pruned weights stay zero."""
    if steps == 0:
        return
    loader = DataLoader(train_set, batch_size=64, shuffle=True)
    optimizer = torch.optim.Adam(model.parameters(), lr=lr)  # weight_orig, not weight
    loss_fn = nn.CrossEntropyLoss()
    model.train()
    done = 0
    while done < steps:
        for images, targets in loader:
            optimizer.zero_grad()
            loss_fn(model(images), targets).backward()
            optimizer.step()
            done += 1
            if done == steps:
                break
    model.eval()


def main() -> None:
    """Sweep the amounts, then prune, fine-tune and save one model."""
    parser = argparse.ArgumentParser(description="Prune the trained model.")
    parser.add_argument("--checkpoint", type=Path, default=Path("models/model.pt"))
    parser.add_argument("--out", type=Path, default=Path("models/model_pruned.pt"))
    parser.add_argument("--method", choices=["global", "layerwise", "structured"], default="global")
    parser.add_argument("--amounts", type=float, nargs="+", default=[0.5, 0.8, 0.9, 0.95, 0.98])
    parser.add_argument("--amount", type=float, default=0.8, help="share zeroed in the saved model")
    parser.add_argument("--finetune-steps", type=int, default=200)
    parser.add_argument("--test-limit", type=int, default=None, help="test images to use")
    args = parser.parse_args()

    torch.manual_seed(2476)
    device = torch.device("cpu")
    train_set, test_set = corrupt_mnist()
    original = load_classifier(args.checkpoint, device)
    print(f"Unpruned test accuracy: {accuracy(original, test_set, device, args.test_limit):.4f}")

    print(f"\n{args.method} pruning, no fine-tuning:")
    print("| amount | zero weights | test accuracy |")
    print("| ---: | ---: | ---: |")
    for amount in args.amounts:
        model = copy.deepcopy(original)
        apply_pruning(model, args.method, amount)
        acc = accuracy(model, test_set, device, args.test_limit)
        print(f"| {amount:.2f} | {overall_sparsity(model):.1%} | {acc:.4f} |")

    model = copy.deepcopy(original)
    apply_pruning(model, args.method, args.amount)
    acc_pruned = accuracy(model, test_set, device, args.test_limit)
    finetune(model, train_set, args.finetune_steps)
    acc_tuned = accuracy(model, test_set, device, args.test_limit)
    print(f"\nAmount {args.amount}: accuracy {acc_pruned:.4f} after pruning, "
          f"{acc_tuned:.4f} after {args.finetune_steps} fine-tuning steps")

    print("| layer | weights | zeros | sparsity | all-zero output channels |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for name, total, zeros, dead in sparsity_rows(model):
        print(f"| {name} | {total:,} | {zeros:,} | {zeros / total:.1%} | {dead} |")

    print("\nParameters and buffers while pruning is active:",
          [k for k in model.state_dict() if k.startswith("classifier.2.")])
    for module, name in prunable(model):
        if prune.is_pruned(module):  # structured pruning leaves the last layer alone
            prune.remove(module, name)  # weight = weight_orig * mask, for good; hook gone
    print("after prune.remove:", [k for k in model.state_dict() if k.startswith("classifier.2.")])

    args.out.parent.mkdir(parents=True, exist_ok=True)
    torch.save(model.state_dict(), args.out)
    raw_before, gz_before = serialized_kb(original.state_dict())
    raw_after, gz_after = serialized_kb(model.state_dict())
    print(f"Saved {args.out}: {raw_after:,.1f} kB ({raw_before:,.1f} kB unpruned); "
          f"gzipped {gz_after:,.1f} kB ({gz_before:,.1f} kB unpruned)")


if __name__ == "__main__":
    main()
